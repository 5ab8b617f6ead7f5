"""The UI pipeline's last gate: what a generator (here the model, with scripted replies)
writes reaches the editor only if it parses, every test opens the page and checks
something, and no assert is vacuous: repaired or dropped with an issue, never inserted
broken."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from testdraft.ui.pipeline import UiInputError, UiSuggestion, generate_ui_test

COMPONENT = Path(__file__).parent / "fixtures" / "feedback" / "FeedbackForm.jsx"

HEADER = "from playwright.sync_api import Page, expect\n\nBASE_URL = 'http://127.0.0.1:5173'\n\n\n"
REAL = (
    "def test_rating(page: Page) -> None:\n"
    "    page.goto(BASE_URL)\n"
    "    page.get_by_role('radio', name='Great').check()\n"
    "    expect(page.get_by_role('button', name='Send feedback')).to_be_enabled()\n"
)


def _suggest(*replies: str) -> UiSuggestion:
    answers = iter(replies)
    return generate_ui_test(
        str(COMPONENT),
        COMPONENT.read_text(),
        generator="model",
        complete=lambda _: next(answers),
        samples=len(replies),
    )


def test_a_vacuous_assert_is_taken_out_and_said() -> None:
    vacuous = REAL + "    assert True\n    assert page.title() == page.title()\n"
    suggestion = _suggest(HEADER + vacuous)
    ast.parse(suggestion.code)
    assert "assert True" not in suggestion.code and "assert page.title()" not in suggestion.code
    assert "to_be_enabled()" in suggestion.code
    assert sum("vacuous assert" in issue.message for issue in suggestion.issues) == 2


def test_a_test_that_never_opens_the_page_is_left_out() -> None:
    idle = "\n\ndef test_idle(page: Page) -> None:\n    expect(page.get_by_text('Rate your visit')).to_be_visible()\n"
    suggestion = _suggest(HEADER + REAL + idle)
    assert "def test_rating" in suggestion.code and "def test_idle" not in suggestion.code
    assert any("test_idle left out: it never opens the page" in issue.message for issue in suggestion.issues)


def test_a_test_that_only_acts_stays_with_a_warning() -> None:
    acting = REAL.replace("    expect(page.get_by_role('button', name='Send feedback')).to_be_enabled()\n", "")
    suggestion = _suggest(HEADER + acting)
    assert "pytest.mark.skip" not in suggestion.code and ".check()" in suggestion.code
    assert any("has no expect or assert" in issue.message for issue in suggestion.issues)


def test_a_test_that_checks_nothing_is_a_skipped_todo() -> None:
    unchecked = "def test_rating(page: Page) -> None:\n    page.goto(BASE_URL)\n    page.wait_for_timeout(10)\n"
    suggestion = _suggest(HEADER + unchecked)
    tree = ast.parse(suggestion.code)
    assert any(isinstance(node, ast.Import) and node.names[0].name == "pytest" for node in tree.body)
    test = next(node for node in tree.body if isinstance(node, ast.FunctionDef))
    assert "pytest.mark.skip" in ast.unparse(test.decorator_list[0])
    issue = next(issue for issue in suggestion.issues if "checks nothing" in issue.message)
    assert suggestion.code.splitlines()[issue.line - 1].startswith("@pytest.mark.skip")


def test_a_reply_that_does_not_parse_is_never_inserted() -> None:
    suggestion = _suggest("def test_broken(page:\n", HEADER + REAL)
    assert "test_broken" not in suggestion.code and "def test_rating" in suggestion.code
    with pytest.raises(UiInputError, match="no UI test to insert: not inserted: the test module does not parse"):
        _suggest("def test_broken(page:\n")
    with pytest.raises(UiInputError, match="test_idle never opens the page"):
        _suggest(HEADER + "def test_idle(page: Page) -> None:\n    expect(page).to_have_title('x')\n")
