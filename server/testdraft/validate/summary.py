"""A validation report in words: the one-line summary and the surviving mutants, for the
CLI (`testdraft check`) and the editor's lenses and commands."""

from __future__ import annotations

from testdraft.validate.report import ValidationReport


def summary_text(report: ValidationReport) -> str:
    """E.g. "4 passed · lines 92% · branches 85% · mutants killed 11/13"."""
    if not report.syntax_ok:
        return "syntax error"
    parts = [f"{report.count(status)} {status}"
             for status in ("passed", "failed", "error", "timeout", "flaky", "pending", "skipped")
             if report.count(status)]
    if report.collection_error:
        parts.insert(0, "cannot run")
    if not parts:
        parts.append("no tests")
    if report.coverage is not None:
        parts.append(f"lines {round(100 * report.coverage.line_rate)}%")
        if report.coverage.branch_rate is not None:
            parts.append(f"branches {round(100 * report.coverage.branch_rate)}%")
    if report.mutation is not None:
        parts.append(f"mutants killed {report.mutation.killed}/{report.mutation.total}")
    return " · ".join(parts)


def survivors_text(report: ValidationReport) -> str:
    """A Markdown list of surviving mutants, for `testdraft.showSurvivors`."""
    if report.mutation is None:
        return "Mutation testing did not run."
    mutation = report.mutation
    head = f"Mutants killed {mutation.killed}/{mutation.total}"
    if mutation.note:
        head += f" ({mutation.note})"
    if not mutation.survivors:
        return head + ": every mutant was killed."
    items = [f"- {s.sentence} ({s.operator})" for s in mutation.survivors]
    return "\n".join([head + ". Surviving mutants:", *items])
