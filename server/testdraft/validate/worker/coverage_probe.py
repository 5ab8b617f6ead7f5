"""Line and branch coverage of one function, measured with coverage.py in the worker."""

from __future__ import annotations

from typing import Any


class FunctionCoverage:
    """Wraps one `coverage.Coverage` run restricted to the target's file."""

    def __init__(self, source_file: str) -> None:
        import coverage

        self._file = source_file
        self._cov = coverage.Coverage(data_file=None, branch=True, include=[source_file],
                                      config_file=False)

    def start(self) -> None:
        self._cov.start()

    def stop(self) -> None:
        self._cov.stop()

    def switch_test(self, test_id: str) -> None:
        """Attribute the lines run from now on to `test_id` (coverage.py dynamic contexts)."""
        self._cov.switch_context(test_id)

    def lines_per_test(self, body_first: int, body_last: int) -> dict[str, list[int]]:
        by_line = self._cov.get_data().contexts_by_lineno(self._file)
        per_test: dict[str, list[int]] = {}
        for line, contexts in sorted(by_line.items()):
            if body_first <= line <= body_last:
                for context in contexts:
                    if context:
                        per_test.setdefault(context, []).append(line)
        return per_test

    def summary(self, body_first: int, body_last: int) -> dict[str, Any]:
        """Coverage of lines body_first..body_last (the function body, docstring excluded).

        Uses coverage.py's `_analyze` (stable since 5.x) because the public API reports
        whole files only, and we want the function's own lines and branches.
        """
        analysis = self._cov._analyze(self._file)
        in_body = range(body_first, body_last + 1)
        statements = sorted(line for line in analysis.statements if line in in_body)
        missing = sorted(line for line in analysis.missing if line in in_body)
        covered = [line for line in statements if line not in set(missing)]
        branch_total = branch_taken = 0
        for line, (total, taken) in analysis.branch_stats().items():
            if line in in_body:
                branch_total += total
                branch_taken += taken
        missing_branches = [
            {"line": line, "to": dest if dest > 0 else None}
            for line, dests in sorted(analysis.missing_branch_arcs().items()) if line in in_body
            for dest in sorted(dests)
        ]
        return {
            "statements": len(statements),
            "covered_lines": covered,
            "uncovered_lines": missing,
            "line_rate": len(covered) / len(statements) if statements else 1.0,
            "branches": branch_total,
            "branches_covered": branch_taken,
            "branch_rate": branch_taken / branch_total if branch_total else None,
            "missing_branches": missing_branches,
        }
