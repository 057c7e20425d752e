"""A real headless Chromium for the HTML report and the review app.

The tests use Debian's chromium and chromium-driver where they are installed (`.ci/run`
installs them on a fresh CI machine); elsewhere they are skipped with the reason. A test never
installs anything itself.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

ARTIFACTS = ROOT / "test-artifacts"


def _missing_chromium() -> str | None:
    if shutil.which("chromium") and shutil.which("chromedriver"):
        return None
    return ("chromium and chromium-driver are not installed (apt-get install chromium "
            "chromium-driver, as .ci/run does)")


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    problem = _missing_chromium()
    if problem:
        pytest.skip(problem)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1400,1000"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"),
                              options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
