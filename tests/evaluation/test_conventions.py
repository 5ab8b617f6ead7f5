from __future__ import annotations

from testdraft.evaluation.conventions import (
    PYTESTER_HEADER,
    script_coverage,
    solution_module,
    statement_count,
)

REFERENCE = 'def f(x):\n    """Doc."""\n    if x:\n        return 1\n    return 0\n'


def test_statement_count_skips_docstrings() -> None:
    # def, if, return, return: the docstring is not a statement to coverage.py.
    assert statement_count(REFERENCE) == 4


def test_script_coverage_counts_header_and_asserts_as_run() -> None:
    asserts = ["assert f(1) == 1"]
    header = statement_count(PYTESTER_HEADER)
    total = header + 4 + 1
    assert script_coverage(REFERENCE, asserts, missing_in_body=0) == 100.0
    # One body line missed: PyTester's figure is the truncated whole-script percentage.
    assert script_coverage(REFERENCE, asserts, missing_in_body=1) == float(
        int(100 * (total - 1) / total)
    )


def test_solution_module_keeps_pytester_imports_visible() -> None:
    namespace: dict[str, object] = {}
    exec(solution_module("def g():\n    return sqrt(4) + gcd(4, 6)\n"), namespace)
    assert namespace["g"]() == 4.0  # type: ignore[operator]
