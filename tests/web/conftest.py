"""One real headless Chromium per test session (../shared/docs/WEB.md): Debian's chromium through Playwright's
``executable_path``; `make test` installs it (scripts/debian-packages.txt), no browser is downloaded."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import REPO

CHROMIUM = os.environ.get("MAILSERVICE_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Where the screenshots of every page go, for a person to look at (var/ is not committed).
SCREENSHOTS = Path(os.environ.get("MAILSERVICE_TEST_OUTPUT", REPO / "var" / "test-output")) / "pages"


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not shutil.which(CHROMIUM) and not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium ontbreekt ({CHROMIUM}); `make test` installeert het Debian-pakket chromium.")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
