"""What the UI pipeline found wrong with a generated test, by line; the LSP shows these."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Issue:
    message: str
    severity: str = "warning"  # error | warning | info
    line: int = 0  # 1-based line in the generated test; 0 before rendering


def shifted(issues: list[Issue], at: int, by: int) -> list[Issue]:
    """`issues` after `by` lines were inserted (by > 0) or deleted (by < 0) at 0-based line `at`."""
    kept = [issue for issue in issues if not (by < 0 and at < issue.line <= at - by)]
    return [replace(issue, line=issue.line + by) if issue.line > at else issue for issue in kept]
