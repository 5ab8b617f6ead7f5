"""The "mapper+model" generator: the mapper's TODO steps drafted by a model, each draft checked
against the component's inventory before it replaces the TODO (real tree-sitter inventory,
real mapper; the model's replies are scripted here, the real model runs in tests/model)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from testdraft.ui.fill_todos import DRAFTED, checked_draft, fill_todos, locator_listing, take_back
from testdraft.ui.inventory import build_inventory
from testdraft.ui.pipeline import _take_back_refuted, generate_ui_test
from testdraft.ui.run import UiRunResult

COMPONENT = """
import { useState } from "react";

export default function TipSplitter() {
  const [tip, setTip] = useState("");
  const [shown, setShown] = useState(false);
  return (
    <form onSubmit={(e) => { e.preventDefault(); setShown(true); }}>
      <label htmlFor="tip">Tip percent</label>
      <input id="tip" value={tip} onChange={(e) => setTip(e.target.value)} />
      <button type="submit">Split bill</button>
      {shown && <p data-testid="per-person">Each pays {tip}</p>}
    </form>
  );
}
"""

# The mapper does the steps, but "each person pays 15" names no element: it leaves a TODO.
STEPS = """# Splitting a bill

1. Put 15 as the tip
2. Click "Split bill"

Expected result:
- each person pays 15
"""


@pytest.fixture
def case(tmp_path: Path) -> Path:
    component = tmp_path / "TipSplitter.jsx"
    component.write_text(COMPONENT)
    (tmp_path / "testcase.md").write_text(STEPS)
    return component


def scripted(*replies: str) -> tuple[Callable[[str], str], list[str]]:
    asked: list[str] = []
    answers = iter(replies)

    def complete(prompt: str) -> str:
        asked.append(prompt)
        return "```python\n" + next(answers) + "\n```"

    return complete, asked


def mapped(case: Path) -> tuple[str, list[str]]:
    suggestion = generate_ui_test(str(case), case.read_text(), repair=False)
    return suggestion.code, [i.message for i in suggestion.issues]


def test_the_mapper_leaves_the_unread_step_as_a_todo(case: Path) -> None:
    code, messages = mapped(case)
    assert "# TODO" in code and any(m.startswith("TODO") for m in messages)


CHECK = 'expect(page.get_by_test_id("per-person")).to_contain_text("15")'


def test_a_draft_that_fits_the_inventory_replaces_the_todo_and_moves_later_issues(case: Path) -> None:
    inventory = build_inventory(COMPONENT, str(case))
    code, _ = mapped(case)
    lines = code.splitlines()
    todo_line = next(n for n, line in enumerate(lines, start=1) if "# TODO" in line)
    complete, asked = scripted(CHECK)
    from testdraft.ui.issues import Issue

    later = Issue("a later finding", "info", todo_line + 2)
    filled = fill_todos(code, [later], inventory, STEPS, complete)
    assert CHECK in filled.code and "# TODO" not in filled.code
    assert filled.code.splitlines()[todo_line - 1].strip().startswith(DRAFTED.strip())
    assert DRAFTED.strip() in filled.code
    # the prompt carries the steps, the component's locators and the test up to the TODO
    assert "each person pays 15" in asked[0] and "page.get_by_label('Tip percent')" in asked[0]
    assert asked[0].rstrip().endswith(lines[todo_line - 1].strip().removeprefix("# "))
    moved = next(i for i in filled.issues if i.message == "a later finding")
    assert moved.line == todo_line + 3  # one TODO line became a comment and one statement
    assert len(filled.drafts) == 1


def test_drafts_that_miss_the_inventory_or_weaken_a_check_are_refused(case: Path) -> None:
    inventory = build_inventory(COMPONENT, str(case))
    lines = ["def test_x(page):", "    page.goto(BASE_URL)", "    # Expected: each person pays 15",
             "    # TODO: no check written for 'each person pays 15': check it by hand"]
    refused = {
        "expect(page.get_by_label('Amount')).to_have_value('15')": "finds no element",
        'page.get_by_role("button", name="Split bill").click()': "does not only check it",
        "import os": "more than a step",
        "x = 1": "does not use the page",
        "def (": "not Python statements",
        # a check of something else: it would pass, and prove nothing about the step
        'expect(page.get_by_role("button", name="Split bill")).to_be_visible()': "names nothing the step names",
    }
    for draft, why in refused.items():
        statements, reason = checked_draft(draft, True, lines, 3, inventory)
        assert statements is None and why in reason, (draft, reason)
    statements, _ = checked_draft(
        'expect(page.get_by_test_id("per-person")).to_contain_text("15")\nmore words', True, lines, 3, inventory
    )
    assert statements == ['expect(page.get_by_test_id("per-person")).to_contain_text("15")']
    acting = [*lines[:3], "    # TODO: no control found to 'press the tip box'"]
    statements, reason = checked_draft('page.get_by_test_id("per-person").click()', False, acting, 3, inventory)
    assert statements is None and "takes no input" in reason  # a click on a paragraph does no step
    statements, _ = checked_draft('page.get_by_label("Tip percent").press("Enter")', False, acting, 3, inventory)
    assert statements == ['page.get_by_label("Tip percent").press("Enter")']
    statements, reason = checked_draft("page.goto(BASE_URL)", False, lines, 3, inventory)
    assert statements is None and "repeats a line" in reason
    # an action step needs an action: a check alone does not do the step
    only_checks = 'expect(page.get_by_label("Tip percent")).to_be_empty()'
    statements, reason = checked_draft(only_checks, False, lines, 3, inventory)
    assert statements is None and "does nothing" in reason


def test_the_generator_keeps_the_todo_with_the_reason_when_the_draft_is_refused(case: Path) -> None:
    complete, _ = scripted("expect(page.get_by_placeholder('Tip')).to_be_visible()")
    suggestion = generate_ui_test(str(case), case.read_text(), generator="mapper+model", complete=complete,
                                  repair=False)
    mapper_code, _ = mapped(case)
    assert suggestion.code == mapper_code
    assert any("draft for this step was not used" in i.message and "finds no element" in i.message
               for i in suggestion.issues)


def test_a_draft_the_browser_refutes_is_taken_back(case: Path) -> None:
    complete, _ = scripted(CHECK)
    inventory = build_inventory(COMPONENT, str(case))
    code, _ = mapped(case)
    filled = fill_todos(code, [], inventory, STEPS, complete)
    drafted_line = next(n for n, line in enumerate(filled.code.splitlines(), start=1) if "to_contain_text" in line)
    assert take_back(filled.code, filled.drafts, drafted_line - 3) is None  # a mapper line: not a draft
    restored, first, removed = take_back(filled.code, filled.drafts, drafted_line) or ("", 0, 0)
    assert restored == code and removed == 1 and first == drafted_line - 1

    from testdraft.ui.pipeline import UiSuggestion

    suggestion = UiSuggestion("TipSplitter", "t.py", filled.code, run=UiRunResult("failed", "timeout", drafted_line))
    runs: list[str] = []

    def browser(test_code: str) -> UiRunResult:
        runs.append(test_code)
        return UiRunResult("passed")

    _take_back_refuted(suggestion, filled, inventory, browser)
    assert suggestion.code == code and runs == [code] and suggestion.run is not None and suggestion.run.passed
    assert any("failed in the browser" in i.message for i in suggestion.issues)


def test_the_locator_listing_names_each_element_a_locator_finds_alone(case: Path) -> None:
    listing = locator_listing(build_inventory(COMPONENT, str(case))).splitlines()
    assert "page.get_by_label('Tip percent')  # input, textbox" in listing
    assert any(line.startswith("page.get_by_test_id('per-person')") and "shown only sometimes" in line
               for line in listing)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs headless chromium")
@pytest.mark.slow
def test_in_the_browser_a_good_draft_stays_and_a_refuted_one_goes(case: Path) -> None:
    complete, _ = scripted(CHECK, CHECK.replace('"15"', '"16"'))
    suggestion = generate_ui_test(str(case), case.read_text(), generator="mapper+model", complete=complete,
                                  repair=True)
    assert CHECK in suggestion.code
    assert suggestion.run is not None and suggestion.run.passed, suggestion.run
    wrong = generate_ui_test(str(case), case.read_text(), generator="mapper+model", complete=complete, repair=True)
    assert wrong.code == mapped(case)[0]  # the draft expecting 16 failed in the browser: the TODO is back
    assert any("failed in the browser" in i.message for i in wrong.issues)
