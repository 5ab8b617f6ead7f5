from __future__ import annotations

from testdraft.evaluation.problems import Problem
from testdraft.evaluation.runner import BROKEN_REFERENCE, NO_ASSERTS, preflight


def _problem(solution: str) -> Problem:
    return Problem("M/1", "def f(x):\n", solution, "f", "def f(x):\n    pass\nassert ")


def test_broken_reference_fails_without_running() -> None:
    # MBPP's CSV has rows whose solution was cut mid-line; PyTester counts them as failures.
    outcome = preflight(_problem("    return (x"), ["assert f(1) == 1"])
    assert outcome is not None and outcome.error == BROKEN_REFERENCE
    assert outcome.assert_results == (False,)


def test_no_asserts_and_syntax_errors_are_decided_before_running() -> None:
    good = _problem("    return x\n")
    no_asserts = preflight(good, [])
    assert no_asserts is not None and no_asserts.error == NO_ASSERTS
    bad = preflight(good, ["assert f(1) == (1"])
    assert bad is not None and bad.error == "SyntaxError"
    indented = preflight(good, ["assert f(1) == 1\n    assert f(2) == 2"])
    assert indented is not None and indented.error == "IndentationError"
    assert preflight(good, ["assert f(1) == 1"]) is None
