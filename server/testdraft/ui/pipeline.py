"""The UI pipeline the LSP code action, the CLI and the eval call: component + steps -> test.

parse (tree-sitter inventory) -> steps -> generate (mapper or model) -> validate (syntax, every
locator against the inventory, optionally the real browser) -> suggestion with issues.
"""

from __future__ import annotations

import ast
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.parsing.jsx import ComponentSyntaxError
from testdraft.ui.explore import explore_todo_steps
from testdraft.ui.fill_todos import DRAFTED_ISSUE, FilledTest, take_back
from testdraft.ui.generators import (
    UI_GENERATORS,
    Complete,
    UiCandidate,
    UiGeneratorUnavailable,
    UiRequest,
    ui_generator,
)
from testdraft.ui.invariants import gate_ui_module
from testdraft.ui.inventory import Inventory, InventoryError, build_inventory, unique_locator
from testdraft.ui.issues import Issue, shifted
from testdraft.ui.render import FRAMEWORKS, with_base_url
from testdraft.ui.repair import Repair, Runner, browser_runner, repair_ui_test
from testdraft.ui.run import LocatorCheck, UiJob, UiRunResult, browser_available, check_locators, run_ui_tests
from testdraft.ui.steps import NoStepsError, find_steps


class UiInputError(ValueError):
    """Input the UI generator cannot work from: the message says what is wrong and where."""


@dataclass
class UiSuggestion:
    component: str
    test_path: str  # where the suggested test file goes
    code: str
    issues: list[Issue] = field(default_factory=list)
    generator: str = UI_GENERATORS[0]
    steps_source: str = ""
    run: UiRunResult | None = None  # the browser run of `code`, when the repair loop ran
    repairs: list[Repair] = field(default_factory=list)  # locators the browser run replaced


@dataclass
class UiValidation:
    syntax_ok: bool
    issues: list[Issue] = field(default_factory=list)
    locators: list[LocatorCheck] = field(default_factory=list)
    run: UiRunResult | None = None

    @property
    def locators_resolved(self) -> int:
        return sum(1 for c in self.locators if c.count >= 1)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def suggested_test_path(component_path: str, component: str) -> str:
    return str(Path(component_path).with_name(f"test_{_snake(component)}_ui.py"))


def load_inventory(component_path: str, source: str, component_name: str | None) -> Inventory:
    try:
        return build_inventory(source, component_path, component_name)
    except (ComponentSyntaxError, InventoryError) as exc:
        raise UiInputError(str(exc)) from exc


def generate_ui_test(
    component_path: str,
    component_source: str,
    steps_text: str | None = None,
    framework: str = "playwright",
    component_name: str | None = None,
    generator: str = UI_GENERATORS[0],
    complete: Complete | None = None,
    samples: int = 1,
    cancel: CancelToken = NEVER_CANCELLED,
    base_url: str = "",
    repair: bool | None = None,
) -> UiSuggestion:
    """Draft a UI test for the component; raises UiInputError on input it cannot use.

    `complete` is the model for `generator="model"`; with `samples` > 1 it is asked several
    times and the candidate whose locators resolve best (then the longest) is kept.
    `base_url` (a running dev server) becomes the test's default `APP_URL`.
    `repair` (default: when a browser is available) runs the test in headless Chromium and
    replaces locators that find nothing from the live page (`ui.repair`, at most 3 rounds);
    TESTDRAFT_UI_REPAIR=0 turns that default off. With it, steps the mapper left as TODOs (or
    did in part) before the failing line are tried on the live page (`ui.explore`);
    TESTDRAFT_UI_EXPLORE=0 turns that off."""
    if framework not in FRAMEWORKS:
        raise UiInputError(f"unknown framework {framework!r}: use one of {', '.join(FRAMEWORKS)}")
    try:
        chosen = ui_generator(generator, complete, samples)
    except UiGeneratorUnavailable as exc:
        raise UiInputError(str(exc)) from exc
    inventory = load_inventory(component_path, component_source, component_name)
    try:
        case = find_steps(component_path, component_source, inventory.component, steps_text)
    except NoStepsError as exc:
        raise UiInputError(str(exc)) from exc
    issues: list[Issue] = []
    if not any(unique_locator(inventory, e) for e in inventory):
        issues.append(
            Issue(
                f"{inventory.component} has no element a locator can find (no test id, role with a "
                "name, label, placeholder, text or id): steps that need one become TODOs",
                "warning",
                1,
            )
        )
    request = UiRequest(inventory, case, component_source, framework)
    gated: list[tuple[str, list[Issue], UiCandidate]] = []
    refused: list[Issue] = []  # the last step before the editor: nothing broken or vacuous
    for candidate in chosen.generate(request, cancel):
        code, problems = gate_ui_module(candidate.code, candidate.issues)
        if code is None:
            refused += problems
        else:
            gated.append((code, problems, candidate))
    if not gated:
        raise UiInputError("no UI test to insert: " + "; ".join(issue.message for issue in refused))
    code, found, chosen_candidate = max(gated, key=lambda pair: _static_score(pair[0], inventory))
    suggestion = UiSuggestion(
        component=inventory.component,
        test_path=suggested_test_path(component_path, inventory.component),
        code=with_base_url(code, base_url) if base_url else code,
        issues=issues + found,
        generator=generator,
        steps_source=case.source,
    )
    if repair if repair is not None else _repair_by_default():
        run = browser_runner(component_path, component_source, inventory.component, base_url)
        _repaired(suggestion, suggestion.code, suggestion.issues, inventory, run)
        if chosen_candidate.filled is not None:
            _take_back_refuted(suggestion, chosen_candidate.filled, inventory, run)
        if os.environ.get("TESTDRAFT_UI_EXPLORE", "1") != "0":
            _explore_todo_steps(suggestion, inventory, run, cancel)
    return suggestion


def _explore_todo_steps(suggestion: UiSuggestion, inventory: Inventory, run: Runner, cancel: CancelToken) -> None:
    """Steps still TODO (or done in part) before the line the test fails on, tried on the live
    page (`ui.explore`); the locators that then fail further on are repaired as before."""
    if suggestion.run is None or suggestion.run.outcome != "failed":
        return
    explored = explore_todo_steps(suggestion.code, suggestion.run, suggestion.issues, run, cancel=cancel)
    if not explored.kept:
        return
    stale = ("not repaired:", "locator not repaired")  # said of the run before the steps were tried
    issues = [i for i in explored.issues if not i.message.startswith(stale)]
    _repaired(suggestion, explored.code, issues, inventory, run, ran=explored.run)


def _take_back_refuted(suggestion: UiSuggestion, filled: FilledTest, inventory: Inventory, run: Runner) -> None:
    """While the browser run fails on a step the model drafted, put that step's TODO back and
    run again: a draft the page refutes is not inserted (the mapper's lines stay as they are)."""
    for _ in filled.drafts:
        failed = suggestion.run
        if failed is None or failed.passed or failed.outcome == "unavailable":
            return
        taken = take_back(suggestion.code, filled.drafts, failed.line)
        if taken is None:
            return
        code, first, removed = taken
        issues = [i for i in suggestion.issues if not (i.line == first and i.message == DRAFTED_ISSUE)]
        issues = shifted(issues, first, -removed)
        issues.append(Issue(f"the model's draft for this step failed in the browser ({failed.message}): "
                            "left as a TODO", "warning", first))
        _repaired(suggestion, code, issues, inventory, run)


def _repaired(
    suggestion: UiSuggestion,
    code: str,
    issues: list[Issue],
    inventory: Inventory,
    run: Runner,
    ran: UiRunResult | None = None,
) -> None:
    """The suggestion becomes `code` with its failing locators repaired in the browser (`ran`: a
    run of `code` done already), with `issues` and the repair's own."""
    repaired = repair_ui_test(code, inventory, run, ran=ran)
    suggestion.code, suggestion.run = repaired.code, repaired.run
    suggestion.repairs += repaired.repairs
    suggestion.issues = issues + repaired.issues


def _repair_by_default() -> bool:
    """On where a browser is available, unless TESTDRAFT_UI_REPAIR=0 (a suite of reading tests)."""
    return os.environ.get("TESTDRAFT_UI_REPAIR", "1") != "0" and browser_available()


def _static_score(test_code: str, inventory: Inventory) -> tuple[int, float, int]:
    """(parses, share of locators that resolve, length): how a model sample ranks."""
    try:
        checks, _ = check_locators(test_code, inventory)
    except SyntaxError:
        return (0, 0.0, 0)
    resolved = sum(1 for c in checks if c.count >= 1) / len(checks) if checks else 0.0
    return (1, resolved, len(test_code))


def validate_ui_test(
    test_code: str,
    component_path: str,
    component_source: str,
    run_browser: bool,
    component_name: str | None = None,
    timeout: float = 120,
    base_url: str = "",
    run: UiRunResult | None = None,
) -> UiValidation:
    """Syntax, every locator against the inventory, and (optionally) a real browser run
    (a subprocess, killed after `timeout` seconds) against the bundled component, or against
    `base_url`, a dev server already running on this machine. `run` is a browser run of this
    very code done already (the repair loop's, `UiSuggestion.run`): it stands for a new one."""
    try:
        ast.parse(test_code)
    except SyntaxError as exc:
        return UiValidation(False, [Issue(f"syntax error: {exc.msg}", "error", exc.lineno or 1)])
    inventory = load_inventory(component_path, component_source, component_name)
    checks, issues = check_locators(test_code, inventory)
    if run_browser:
        if run is None:
            job = UiJob(component_path, test_code, component_source, inventory.component, base_url)
            run = run_ui_tests([job], timeout=timeout)[0]
        issues.append(_run_issue(run))
    else:
        run = None
    return UiValidation(True, issues, checks, run)


def _run_issue(run: UiRunResult) -> Issue:
    if run.passed:
        return Issue("passed in headless Chromium against the rendered component", "info", 1)
    if run.outcome == "unavailable":
        return Issue(f"browser run skipped: {run.message}", "info", 1)
    return Issue(f"browser run {run.outcome}: {run.message}", "error", run.line or 1)


def steps_source_label(
    component_path: str, component_source: str, component_name: str | None = None
) -> str | None:
    """Where the steps for the code action title come from ("testcase.md", "comment above
    LoginForm"), or None when there are none and the client must pass them."""
    try:
        case = find_steps(component_path, component_source, component_name)
    except (NoStepsError, ValueError):
        return None
    return Path(case.source).name if case.source.endswith((".md", ".feature")) else case.source
