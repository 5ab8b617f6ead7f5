"""Stage 5, run: every locator of a test checked against the inventory (`locators`), and the
test run in headless Chromium against the bundled component (`browser`)."""


from testdraft.ui.run.browser import (
    BrowserUnavailable,
    UiJob,
    UiRunResult,
    browser_available,
    find_chromium,
    run_ui_tests,
)
from testdraft.ui.run.locators import LocatorCheck, check_locators

__all__ = [
    "BrowserUnavailable",
    "LocatorCheck",
    "UiJob",
    "UiRunResult",
    "browser_available",
    "check_locators",
    "find_chromium",
    "run_ui_tests",
]
