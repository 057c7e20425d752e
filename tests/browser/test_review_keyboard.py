"""The review app in a real browser (issue 17): keyboard navigation and decisions, filters by
rule, severity and decision, the keys listed in the page, and dismissing a whole rule at once."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_pages import wait_for

# Five citation.unresolved errors, and one finding each of three other rules.
ARTICLE = ("Exports rose 5% last year [3]. Imports fell 2% in May [4].\n\n"
           "The share of exports reached 140% of output [1].\n\n"
           "Sales hit a record 300,000 units in 2023, up 12% on 2022.\n\n"
           "China supports the new tariffs [1]. China rejects the new tariffs [2].\n")
RULE = "citation.unresolved"


@pytest.fixture
def review(tmp_path: Path) -> Iterator[tuple[str, Path, list[Any]]]:
    from factcheck.dsl.ruleset import load_ruleset
    from factcheck.extract import default_lexicon
    from factcheck.pipeline import BatchOptions, check_paths
    from factcheck.review.server import ReviewSession, make_server, new_token
    from factcheck.review.store import ReviewStore

    article = tmp_path / "story.md"
    article.write_text(ARTICLE)
    review_file = tmp_path / "review.json"
    documents = list(check_paths([article], load_ruleset(), default_lexicon(),
                                 BatchOptions(keep_text=True, engine="python")))
    findings = documents[0].findings
    assert sum(f.rule_id == RULE for f in findings) == 5 and len({f.rule_id for f in findings}) == 4
    server = make_server(ReviewSession(documents, ReviewStore(review_file), new_token()))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", review_file, findings
    finally:
        server.shutdown()
        server.server_close()


def saved(review_file: Path) -> dict[str, str]:
    if not review_file.exists():
        return {}
    return {fingerprint: decision["status"]
            for fingerprint, decision in json.loads(review_file.read_text())["decisions"].items()}


def press(browser: Any, keys: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(browser).send_keys(keys).perform()


def current(browser: Any) -> Any:
    from selenium.webdriver.common.by import By

    found = browser.find_elements(By.CSS_SELECTOR, "li.finding.current")
    return found[0] if len(found) == 1 else None


def shown_rules(browser: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    return [li.get_attribute("data-rule") for li in browser.find_elements(By.CSS_SELECTOR, "li.finding")
            if li.is_displayed()]


def open_page(browser: Any, url: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    browser.get(url)
    items = wait_for(lambda: browser.find_elements(By.CSS_SELECTOR, "li.finding"))
    browser.find_element(By.TAG_NAME, "h1").click()  # the page, not the address bar, has the keys
    return list(items)


def test_the_keyboard_moves_decides_and_shows_its_keys(
        browser: Any, review: tuple[str, Path, list[Any]], artifacts: Path) -> None:
    from selenium.webdriver.common.by import By

    url, review_file, findings = review
    items = open_page(browser, url)
    assert current(browser) is None
    press(browser, "j")
    assert wait_for(lambda: current(browser)) == items[0]
    press(browser, "jj")
    wait_for(lambda: current(browser) == items[2])
    press(browser, "k")
    wait_for(lambda: current(browser) == items[1])
    assert "current" in browser.find_element(
        By.CSS_SELECTOR, f'mark[data-fingerprints~="{findings[1].fingerprint}"]').get_attribute("class")

    press(browser, "a")
    wait_for(lambda: saved(review_file) == {findings[1].fingerprint: "accepted"})
    assert items[1].find_element(By.CSS_SELECTOR, ".decision").text == "accepted"
    press(browser, "n")  # a note, typed where the keys do not reach
    wait_for(lambda: browser.switch_to.active_element == items[1].find_element(By.TAG_NAME, "textarea"))
    press(browser, "desk checked")
    press(browser, "\ue00c")  # Escape leaves the note; the keys work again
    press(browser, "d")
    wait_for(lambda: saved(review_file) == {findings[1].fingerprint: "dismissed"})
    note = json.loads(review_file.read_text())["decisions"][findings[1].fingerprint]["note"]
    assert note == "desk checked"

    keys = browser.find_element(By.ID, "keys")
    assert not keys.is_displayed()
    press(browser, "?")
    wait_for(keys.is_displayed)
    listed = keys.text
    for key, what in (("j", "next"), ("a", "accept"), ("d", "dismiss"), ("D", "every finding"),
                      ("/", "filters"), ("?", "this list")):
        assert key in listed and what in listed
    browser.save_screenshot(str(artifacts / "review-keys.png"))
    press(browser, "?")
    wait_for(lambda: not keys.is_displayed())

    press(browser, "/")
    wait_for(lambda: browser.switch_to.active_element.get_attribute("id") == "filter-rule")
    press(browser, "\ue00c")
    wait_for(lambda: browser.switch_to.active_element.get_attribute("id") != "filter-rule")
    press(browser, "j")
    wait_for(lambda: current(browser) == items[2])


def test_filters_show_only_matching_findings(
        browser: Any, review: tuple[str, Path, list[Any]]) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    url, review_file, findings = review
    open_page(browser, url)
    every = [f.rule_id for f in findings]
    assert shown_rules(browser) == every
    rule = Select(browser.find_element(By.ID, "filter-rule"))
    assert [o.get_attribute("value") for o in rule.options] == ["", *sorted(set(every))]
    rule.select_by_value(RULE)
    wait_for(lambda: shown_rules(browser) == [RULE] * 5)
    rule.select_by_value("")
    severity = Select(browser.find_element(By.ID, "filter-severity"))
    severity.select_by_value("warning")
    wait_for(lambda: shown_rules(browser) == ["citation.uncited-statistic"])
    severity.select_by_value("")

    # The decision filter, "open": deciding a finding takes it off the list, and the next
    # one shown becomes current, so the editor goes on with j, a, d.
    Select(browser.find_element(By.ID, "filter-decision")).select_by_value("open")
    browser.find_element(By.TAG_NAME, "h1").click()
    press(browser, "j")
    first = wait_for(lambda: current(browser))
    press(browser, "d")
    wait_for(lambda: len(shown_rules(browser)) == len(every) - 1)
    assert not first.is_displayed()
    assert saved(review_file) == {findings[0].fingerprint: "dismissed"}
    wait_for(lambda: current(browser) is not None and current(browser).is_displayed())
    Select(browser.find_element(By.ID, "filter-decision")).select_by_value("dismissed")
    wait_for(lambda: shown_rules(browser) == [findings[0].rule_id])


def test_dismissing_a_whole_rule_from_the_filter_and_from_the_keyboard(
        browser: Any, review: tuple[str, Path, list[Any]], artifacts: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    url, review_file, findings = review
    items = open_page(browser, url)
    button = browser.find_element(By.ID, "dismiss-rule")
    assert not button.is_enabled()  # only once a rule is chosen
    Select(browser.find_element(By.ID, "filter-rule")).select_by_value(RULE)
    wait_for(button.is_enabled)
    assert button.text == f"Dismiss all 5 findings of {RULE}"
    button.click()
    of_rule = {f.fingerprint for f in findings if f.rule_id == RULE}
    wait_for(lambda: saved(review_file) == dict.fromkeys(of_rule, "dismissed"))
    labels = [li.find_element(By.CSS_SELECTOR, ".decision").text
              for li in items if li.get_attribute("data-rule") == RULE]
    assert labels == ["dismissed"] * 5
    assert "Dismissed 5 findings" in browser.find_element(By.ID, "bulk-status").text
    browser.save_screenshot(str(artifacts / "review-bulk.png"))

    # D: every finding of the current finding's rule.
    Select(browser.find_element(By.ID, "filter-rule")).select_by_value("numeric.percent-out-of-range")
    browser.find_element(By.TAG_NAME, "h1").click()
    press(browser, "j")
    wait_for(lambda: current(browser) is not None)
    press(browser, "D")
    numeric = next(f.fingerprint for f in findings if f.rule_id == "numeric.percent-out-of-range")
    wait_for(lambda: saved(review_file).get(numeric) == "dismissed")
    assert len(saved(review_file)) == 6  # and no other rule's findings
