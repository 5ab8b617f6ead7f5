"""Diagnostics, code lenses and survivor listings from real and hand-made reports."""

from __future__ import annotations

import textwrap
from pathlib import Path

from lsprotocol import types as lsp

from testdraft.lsp import commands, presentation
from testdraft.ui.issues import Issue
from testdraft.validate.engine import ValidationTarget, validate_suite
from testdraft.validate.report import (
    AssertOutcome,
    CoverageReport,
    MutationReport,
    Survivor,
    SyntaxProblem,
    TestOutcome,
    ValidationReport,
)
from testdraft.validate.summary import summary_text, survivors_text

SUITE = textwrap.dedent('''\
    from pkg.mod import clamp

    def test_low():
        assert clamp(-5, 0, 9) == 0

    def test_wrong():
        assert clamp(3, 0, 9) == 4

    def test_error():
        assert clamp(None, 0, 9) == 0
    ''')


def test_test_file_diagnostics_from_a_real_run(project: Path) -> None:
    report = validate_suite(SUITE, ValidationTarget("pkg.mod", "clamp", str(project)))
    diagnostics = presentation.test_file_diagnostics(report, SUITE)
    by_line = {d.range.start.line: d for d in diagnostics}
    assert set(by_line) == {6, 9}  # 0-based lines of the failing assert and the error
    failing = by_line[6]
    assert failing.severity == lsp.DiagnosticSeverity.Error
    assert failing.message == "test_wrong: expected 4, the implementation returns 3"
    assert (failing.range.start.character, failing.range.end.character) == (4, 30)
    assert by_line[9].severity == lsp.DiagnosticSeverity.Warning
    assert "TypeError" in by_line[9].message
    assert all(d.source == "testdraft" for d in diagnostics)

    hints = presentation.source_diagnostics(report, (project / "pkg" / "mod.py").read_text())
    assert {d.range.start.line for d in hints if d.code == "uncovered-line"} == {5}  # `return hi`
    assert all(d.severity == lsp.DiagnosticSeverity.Hint for d in hints)

    line = summary_text(report)
    assert line.startswith("1 passed · 1 failed · 1 error · lines 80% · branches ")
    assert "mutants killed " in line


def _hand_made_report() -> ValidationReport:
    return ValidationReport(
        syntax_ok=True,
        tests=(
            TestOutcome("test_a[1]", "test_a", 3, "passed"),
            TestOutcome("test_a[2]", "test_a", 3, "failed",
                        "expected 1, the implementation returns 2",
                        asserts=(AssertOutcome(4, "failed", "1", "2",
                                               "expected 1, the implementation returns 2"),)),
            TestOutcome("test_b", "test_b", 7, "pending",
                        asserts=(AssertOutcome(8, "pending"), AssertOutcome(9, "pending"))),
            TestOutcome("test_c", "test_c", 11, "passed"),
        ),
        coverage=CoverageReport(0.92, 0.85, 13, (), ()),
        mutation=MutationReport(killed=11, total=13, survivors=(
            Survivor(1, "ROR", 12, 7, "`<` to `<=` on line 12"),
            Survivor(4, "CRP", 14, 11, "constant `1` to `2` on line 14"))),
    )


def test_code_lenses_summary_and_one_per_test_function() -> None:
    report = _hand_made_report()
    lenses = presentation.code_lenses(report)
    summary, *per_test = lenses
    assert summary.command is not None
    assert summary.command.title == (
        "2 passed · 1 failed · 1 pending · lines 92% · branches 85% · mutants killed 11/13")
    assert summary.command.command == commands.SHOW_SURVIVORS
    assert summary.command.arguments == [[
        {"operator": "ROR", "line": 12, "col": 7, "message": "`<` to `<=` on line 12 survives"},
        {"operator": "CRP", "line": 14, "col": 11,
         "message": "constant `1` to `2` on line 14 survives"}]]
    titles = {lens.range.start.line: lens.command.title for lens in per_test if lens.command}
    # Parametrized cases fold into one lens showing the worst outcome.
    assert titles == {2: "✗ failed: expected 1, the implementation returns 2",
                      6: "… pending", 10: "✓ passed"}


def test_pending_checks_are_hints() -> None:
    diagnostics = presentation.test_file_diagnostics(_hand_made_report())
    hints = [d for d in diagnostics if d.severity == lsp.DiagnosticSeverity.Hint]
    assert [d.range.start.line for d in hints] == [7, 8]
    assert all("pending" in d.message for d in hints)


def test_survivors_text_and_syntax_error() -> None:
    text = survivors_text(_hand_made_report())
    assert text.splitlines() == [
        "Mutants killed 11/13. Surviving mutants:",
        "- `<` to `<=` on line 12 survives (ROR)",
        "- constant `1` to `2` on line 14 survives (CRP)"]
    broken = ValidationReport(syntax_ok=False, syntax_error=SyntaxProblem("invalid syntax", 3, 5))
    (diagnostic,) = presentation.test_file_diagnostics(broken, "a\nb\n  c(\n")
    assert diagnostic.range.start == lsp.Position(2, 2)
    assert summary_text(broken) == "syntax error"


def test_ui_test_issues_become_diagnostics_like_python_ones() -> None:
    code = "def test_x(page):\n    page.get_by_role('button', name='Go').click()\n    # TODO: no element\n"
    issues = [
        Issue("get_by_role('button', name='Go') matches nothing in Form", "error", 2),
        Issue("step 2: no element named 'Stop'", "warning", 3),
        Issue("browser run skipped: no Chromium found", "info", 0),
    ]
    error, warning, info = presentation.ui_test_diagnostics(issues, code)
    # The same line ranges as the Python diagnostics: the line's text without its indentation.
    assert (error.range.start.line, error.range.start.character, error.range.end.character) == (1, 4, 49)
    assert error.severity == lsp.DiagnosticSeverity.Error and error.source == "testdraft"
    assert warning.range.start.line == 2 and warning.severity == lsp.DiagnosticSeverity.Warning
    assert info.range.start.line == 0 and info.severity == lsp.DiagnosticSeverity.Information
    assert {d.code for d in (error, warning, info)} == {"ui-test"}
