"""The HTML report's rendered Markdown in a real browser (issue 17): hostile Markdown runs
nothing, and clicking a finding scrolls its article's pane to the finding's mark."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from factcheck.cli import app
from tests.browser.test_pages import wait_for
from tests.report.test_markdown_html import HOSTILE_MARKDOWN

runner = CliRunner()

# Long enough that the pane scrolls: the last paragraph's finding starts out of sight.
FILLER = "Another paragraph says the port handled more ships this spring.\n\n" * 60
LONG_ARTICLE = ("# Port *report*\n\nExports rose **5%** last year [3].\n\n" + FILLER
                + "In the end, the share of exports reached **140%** of output.\n")


def report_page(tmp_path: Path, name: str, text: str) -> tuple[Path, dict[str, Any]]:
    article = tmp_path / name
    article.write_text(text)
    page = tmp_path / "report.html"
    arguments = ["check", str(article), "--engine", "python", "--no-config"]
    result = runner.invoke(app, [*arguments, "--format", "html", "--output", str(page)])
    assert result.exit_code == 1, result.output
    report = json.loads(runner.invoke(app, [*arguments, "--format", "json"]).stdout)
    return page, report


def test_hostile_markdown_runs_nothing_and_links_only_to_safe_places(
        browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    page, _ = report_page(tmp_path, "hostile.md", HOSTILE_MARKDOWN)
    browser.get(page.as_uri())
    assert browser.find_element(By.CSS_SELECTOR, ".text.markdown h1").text.startswith("Report <script>")
    assert browser.execute_script("return window.__pwned") is None
    # As the browser resolves them, not as the page spells them.
    protocols = browser.execute_script(
        "return Array.from(document.querySelectorAll('.text a[href], .text [src]'))"
        ".map(function (e) { return e.href ? e.protocol : new URL(e.src).protocol; });")
    assert protocols and set(protocols) <= {"http:", "mailto:"}
    for link in browser.find_elements(By.CSS_SELECTOR, ".text a"):
        assert link.get_attribute("rel") == "nofollow noopener noreferrer"
    assert not browser.find_elements(By.CSS_SELECTOR, ".text script, .text img, .text svg, .text iframe")
    # The text of every attack is there to read.
    shown = browser.find_element(By.CSS_SELECTOR, ".text").text
    for attack in ('<img src=x onerror="window.__pwned = 2">', "[plain](javascript:alert(6))",
                   "<script>alert(18)</script>", "<javascript:alert(15)>"):
        assert attack in shown
    assert browser.execute_script("return window.__pwned") is None


def pane_shows(browser: Any, pane: Any, element: Any) -> bool:
    return bool(browser.execute_script(
        "var p = arguments[0].getBoundingClientRect(), e = arguments[1].getBoundingClientRect();"
        "return e.top >= p.top && e.bottom <= p.bottom;", pane, element))


def test_clicking_a_finding_scrolls_its_pane_to_its_mark(
        browser: Any, tmp_path: Path, artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    page, report = report_page(tmp_path, "port.md", LONG_ARTICLE)
    findings = report["documents"][0]["findings"]
    last = next(index for index, f in enumerate(findings)
                if f["rule_id"] == "numeric.percent-out-of-range")
    first = next(index for index, f in enumerate(findings) if f["rule_id"] == "citation.unresolved")
    browser.get(page.as_uri())
    pane = browser.find_element(By.CSS_SELECTOR, "#doc0 .text.markdown")
    assert browser.execute_script("return arguments[0].scrollHeight > arguments[0].clientHeight",
                                  pane), "the article must be long enough to scroll"
    far_mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-findings~="f0-{last}"]')
    assert far_mark.text == "140%"
    assert browser.find_element(By.CSS_SELECTOR, f'mark[data-findings~="f0-{last}"]').find_element(
        By.XPATH, "..").tag_name == "strong"  # marked inside the rendered bold
    assert not pane_shows(browser, pane, far_mark)

    browser.find_element(By.ID, f"f0-{last}").click()
    wait_for(lambda: pane_shows(browser, pane, far_mark))
    assert browser.execute_script("return arguments[0].scrollTop", pane) > 0
    assert "current" in far_mark.get_attribute("class").split()
    assert "current" in browser.find_element(By.ID, f"f0-{last}").get_attribute("class").split()
    browser.save_screenshot(str(artifacts / "html-report-markdown.png"))

    near_mark = browser.find_element(By.CSS_SELECTOR, f'mark[data-findings~="f0-{first}"]')
    assert not pane_shows(browser, pane, near_mark)
    browser.find_element(By.ID, f"f0-{first}").click()
    wait_for(lambda: pane_shows(browser, pane, near_mark))
    assert "current" not in far_mark.get_attribute("class").split()
