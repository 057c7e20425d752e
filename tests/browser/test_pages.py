"""The HTML report and the review app in a real browser."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from tests.conftest import SEED

runner = CliRunner()

HOSTILE = (
    "Exports rose 5% last year <script>window.__pwned = 1</script> [3].\n\n"
    "<img src=x onerror=\"window.__pwned = 2\"> Imports fell [4]. "
    "[click](javascript:window.__pwned=3) </script><script>window.__pwned = 4</script>\n\n"
    "<svg onload=\"window.__pwned = 5\"></svg> China supports the new tariffs [1]. "
    "China rejects the new tariffs [2].\n"
)


def wait_for(condition: Any, timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def test_html_report_highlights_every_finding_and_runs_no_injected_script(
    browser: Any, tmp_path: Path, artifacts: Path
) -> None:
    from selenium.webdriver.common.by import By

    hostile = tmp_path / "hostile.md"
    hostile.write_text(HOSTILE)
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["check", str(SEED), str(hostile), "--format", "html",
                                 "--output", str(page)])
    assert result.exit_code == 1
    report = json.loads(runner.invoke(app, ["check", str(SEED), str(hostile), "--format",
                                            "json"]).stdout)
    browser.get(page.as_uri())
    assert browser.execute_script("return window.__pwned") is None
    for number, document in enumerate(report["documents"]):
        for index, finding in enumerate(document["findings"]):
            if finding["span"] is None:
                continue
            marks = browser.find_elements(
                By.CSS_SELECTOR, f'mark[data-findings~="f{number}-{index}"]')
            assert marks, f"finding {finding['rule_id']} is not highlighted"
            text = "".join(mark.get_attribute("textContent") for mark in marks)
            start, end = finding["span"]["start"], finding["span"]["end"]
            source = Path(document["path"]).read_text(encoding="utf-8")
            assert text == source[start:end]
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")
    current = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "li.finding.current"))
    assert len(current) == 1
    errors = [e for e in browser.find_elements(By.CSS_SELECTOR, "input[data-severity='error']")]
    errors[0].click()
    hidden = browser.find_elements(By.CSS_SELECTOR, "li.finding.error.hidden")
    assert hidden and len(hidden) == len(browser.find_elements(By.CSS_SELECTOR, "li.finding.error"))
    assert browser.execute_script("return window.__pwned") is None
    browser.save_screenshot(str(artifacts / "html-report.png"))


@pytest.fixture
def review_server(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    from factcheck.dsl.ruleset import load_ruleset
    from factcheck.extract import default_lexicon
    from factcheck.pipeline import BatchOptions, check_paths
    from factcheck.review.server import ReviewSession, make_server, new_token
    from factcheck.review.store import ReviewStore

    article = tmp_path / "story.md"
    article.write_text(HOSTILE)
    review_file = tmp_path / "review.json"
    documents = list(check_paths([article], load_ruleset(), default_lexicon(),
                                 BatchOptions(keep_text=True, engine="python")))
    server = make_server(ReviewSession(documents, ReviewStore(review_file), new_token()))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", article, review_file
    finally:
        server.shutdown()
        server.server_close()


def test_review_app_decisions_reach_the_file_and_the_baseline(
    browser: Any, review_server: tuple[str, Path, Path], artifacts: Path
) -> None:
    from selenium.webdriver.common.by import By

    url, article, review_file = review_server
    browser.get(url)
    items = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "li.finding"))
    assert browser.execute_script("return window.__pwned") is None
    first = items[0]
    first.find_element(By.TAG_NAME, "textarea").send_keys("checked with the desk")
    first.find_element(By.CSS_SELECTOR, "button.dismiss").click()
    wait_for(lambda: first.find_element(By.CSS_SELECTOR, ".decision").text == "dismissed")
    items[1].find_element(By.CSS_SELECTOR, "button.accept").click()
    wait_for(lambda: items[1].find_element(By.CSS_SELECTOR, ".decision").text == "accepted")
    browser.save_screenshot(str(artifacts / "review-app.png"))

    decisions = json.loads(review_file.read_text())["decisions"]
    assert sorted(d["status"] for d in decisions.values()) == ["accepted", "dismissed"]
    assert any(d["note"] == "checked with the desk" for d in decisions.values())

    before = json.loads(runner.invoke(app, ["check", str(article), "--format", "json"]).stdout)
    after = json.loads(runner.invoke(app, ["check", str(article), "--format", "json",
                                           "--baseline", str(review_file)]).stdout)
    assert after["summary"]["baselined"] == 1
    assert after["summary"]["findings"] == before["summary"]["findings"] - 1
