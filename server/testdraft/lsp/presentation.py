"""Pure functions from validation results to what the editor shows: diagnostics (for Python
test files, their sources and generated UI tests alike) and code lenses.

Report lines are 1-based; LSP positions are 0-based: the conversion happens here only.
The LSP layer calls these and publishes the results; nothing here does I/O.
"""

from __future__ import annotations

from lsprotocol import types as lsp

from testdraft.lsp.commands import SHOW_SURVIVORS, SHOW_TEST_RESULT
from testdraft.ui.issues import Issue
from testdraft.validate.report import TestOutcome, ValidationReport
from testdraft.validate.summary import summary_text

SOURCE = "testdraft"

_TEST_ICONS = {"passed": "✓", "failed": "✗", "error": "⚠", "timeout": "⏱", "pending": "…",
               "flaky": "≈", "skipped": "○"}


def _line_range(line: int, text_lines: list[str] | None) -> lsp.Range:
    """The whole (non-blank part of the) 1-based `line`."""
    row = max(line - 1, 0)
    if text_lines is not None and row < len(text_lines):
        content = text_lines[row]
        start = len(content) - len(content.lstrip())
        return lsp.Range(lsp.Position(row, start), lsp.Position(row, len(content)))
    return lsp.Range(lsp.Position(row, 0), lsp.Position(row + 1, 0))


def _diagnostic(line: int, message: str, severity: lsp.DiagnosticSeverity,
                text_lines: list[str] | None, code: str) -> lsp.Diagnostic:
    return lsp.Diagnostic(range=_line_range(line, text_lines), message=message,
                          severity=severity, source=SOURCE, code=code)


def _test_diagnostics(test: TestOutcome, lines: list[str] | None) -> list[lsp.Diagnostic]:
    error, warning, hint = (lsp.DiagnosticSeverity.Error, lsp.DiagnosticSeverity.Warning,
                            lsp.DiagnosticSeverity.Hint)
    found: list[lsp.Diagnostic] = []
    if test.status == "pending":
        for check in test.asserts or ():
            found.append(_diagnostic(check.line, f"{test.id}: pending (no implementation yet)",
                                     hint, lines, "pending"))
        if not test.asserts:
            found.append(_diagnostic(test.line, f"{test.id}: pending (no implementation yet)",
                                     hint, lines, "pending"))
    elif test.status == "failed":
        failed = [a for a in test.asserts if a.status == "failed"]
        for check in failed:
            found.append(_diagnostic(check.line, f"{test.id}: {check.message}", error, lines,
                                     "assertion-failed"))
        if not failed:
            found.append(_diagnostic(test.error_line or test.line, f"{test.id}: {test.message}",
                                     error, lines, "test-failed"))
    elif test.status in ("error", "timeout", "flaky"):
        where = test.error_line or test.line
        found.append(_diagnostic(where, f"{test.id}: {test.message}", warning, lines,
                                 f"test-{test.status}"))
    return found


def test_file_diagnostics(report: ValidationReport,
                          text: str | None = None) -> list[lsp.Diagnostic]:
    """Errors on failing assertions (with the actual value), warnings on errors and
    timeouts, hints on pending checks."""
    lines = text.splitlines() if text is not None else None
    if not report.syntax_ok and report.syntax_error is not None:
        problem = report.syntax_error
        return [_diagnostic(problem.line, f"syntax error: {problem.message}",
                            lsp.DiagnosticSeverity.Error, lines, "syntax")]
    found: list[lsp.Diagnostic] = []
    if report.collection_error:
        found.append(_diagnostic(report.collection_error_line or 1,
                                 f"the test module cannot run: {report.collection_error}",
                                 lsp.DiagnosticSeverity.Error, lines, "collection"))
    seen: set[tuple[int, str]] = set()
    for test in report.tests:
        for diagnostic in _test_diagnostics(test, lines):
            key = (diagnostic.range.start.line, diagnostic.message)
            if key not in seen:  # parametrized cases can repeat the same line and text
                seen.add(key)
                found.append(diagnostic)
    return found


test_file_diagnostics.__test__ = False  # type: ignore[attr-defined]  # not a pytest test

_ISSUE_SEVERITY = {
    "error": lsp.DiagnosticSeverity.Error,
    "warning": lsp.DiagnosticSeverity.Warning,
    "info": lsp.DiagnosticSeverity.Information,
}


def ui_test_diagnostics(issues: list[Issue], text: str | None = None) -> list[lsp.Diagnostic]:
    """A generated UI test's issues (locators that match nothing or several elements, steps
    with no element, the browser run's outcome) on their lines."""
    lines = text.splitlines() if text is not None else None
    return [_diagnostic(max(issue.line, 1), issue.message,
                        _ISSUE_SEVERITY.get(issue.severity, lsp.DiagnosticSeverity.Warning), lines, "ui-test")
            for issue in issues]


def source_diagnostics(report: ValidationReport, text: str | None = None) -> list[lsp.Diagnostic]:
    """Hints on the function's lines (and branches) the tests never reach."""
    if report.coverage is None:
        return []
    lines = text.splitlines() if text is not None else None
    hint = lsp.DiagnosticSeverity.Hint
    found = [_diagnostic(line, "not covered by the tests", hint, lines, "uncovered-line")
             for line in report.coverage.uncovered_lines]
    uncovered = set(report.coverage.uncovered_lines)
    for branch in report.coverage.missing_branches:
        if branch.line in uncovered:
            continue
        where = "leaving the function" if branch.to is None else f"to line {branch.to}"
        found.append(_diagnostic(branch.line, f"branch {where} is never taken by the tests",
                                 hint, lines, "uncovered-branch"))
    return found


def _test_lens_title(test: TestOutcome) -> str:
    icon = _TEST_ICONS.get(test.status, "?")
    detail = ""
    if test.status in ("failed", "error", "timeout", "flaky") and test.message:
        detail = f": {test.message}"
        detail = detail if len(detail) <= 80 else detail[:79] + "…"
    return f"{icon} {test.status}{detail}"


def code_lenses(report: ValidationReport, summary_line: int = 1) -> list[lsp.CodeLens]:
    """A summary lens (survivors on click) at `summary_line`, then one lens per test
    function (parametrized cases are folded into one: the worst outcome shows)."""
    lenses = [lsp.CodeLens(
        range=_line_range(summary_line, None),
        command=lsp.Command(title=summary_text(report), command=SHOW_SURVIVORS,
                            arguments=[survivor_entries(report)]))]
    order = {"error": 0, "timeout": 1, "failed": 2, "flaky": 3, "pending": 4, "skipped": 5,
             "passed": 6}
    worst: dict[int, TestOutcome] = {}
    for test in report.tests:
        current = worst.get(test.line)
        if current is None or order.get(test.status, 9) < order.get(current.status, 9):
            worst[test.line] = test
    for line, test in sorted(worst.items()):
        lenses.append(lsp.CodeLens(
            range=_line_range(line, None),
            command=lsp.Command(title=_test_lens_title(test), command=SHOW_TEST_RESULT,
                                arguments=[test.id])))
    return lenses


def survivor_entries(report: ValidationReport) -> list[dict[str, object]]:
    if report.mutation is None:
        return []
    return [{"operator": s.operator, "line": s.line, "col": s.col, "message": s.sentence}
            for s in report.mutation.survivors]
