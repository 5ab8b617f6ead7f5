"""The seed reward and TestQuality on reports built by hand and by real runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from testdraft.validate import reward
from testdraft.validate.engine import validate_asserts
from testdraft.validate.report import (
    CoverageReport,
    SyntaxProblem,
    TestOutcome,
    ValidationReport,
)

from .support import overlay_target


def _report(*statuses: str, line_rate: float | None = None) -> ValidationReport:
    coverage = None if line_rate is None else CoverageReport(line_rate, None, 10, (), ())
    tests = tuple(TestOutcome(f"t{i}", f"t{i}", i, s) for i, s in enumerate(statuses))
    return ValidationReport(syntax_ok=True, tests=tests, coverage=coverage)


def test_syntax_error_is_minus_two_and_nothing_else() -> None:
    report = ValidationReport(syntax_ok=False, syntax_error=SyntaxProblem("bad", 1))
    assert reward.seed_reward(report) == -2.0


@pytest.mark.parametrize(("statuses", "line_rate", "expected"), [
    (("passed", "passed"), 1.0, 2 + 2 + 2),
    (("passed", "passed"), 0.5, 2 + 2 + 1),
    (("passed", "failed"), 0.5, 2 - 0.3 + 1),
    (("passed", "error"), 0.5, 2 - 1 + 1),
    (("failed", "timeout"), 0.0, 2 - 1 + 0),
    (("pending",), None, 2 + 0),
])
def test_seed_reward_terms(statuses: tuple[str, ...], line_rate: float | None,
                           expected: float) -> None:
    assert reward.seed_reward(_report(*statuses, line_rate=line_rate)) == pytest.approx(expected)


@pytest.mark.parametrize(("statuses", "held_rate", "expected"), [
    (("passed", "passed", "passed", "failed"), 1.0, 2 + (3 * 2 - 0.3) / 4 + 2),
    (("passed", "error"), 0.5, 2 + (2 - 1) / 2 + 1),
    (("failed",), None, 2 - 0.3),
    ((), None, 2 - 1),
])
def test_check_reward_shares_the_execution_points_among_the_checks(
    statuses: tuple[str, ...], held_rate: float | None, expected: float,
) -> None:
    held = None if held_rate is None else _report("passed", line_rate=held_rate)
    assert reward.check_reward(_report(*statuses), held) == pytest.approx(expected)
    syntax_error = ValidationReport(syntax_ok=False, syntax_error=SyntaxProblem("bad", 1))
    assert reward.check_reward(syntax_error, None) == -2.0


def test_a_vacuous_check_earns_what_a_failing_one_does() -> None:
    held = _report("passed", line_rate=1.0)
    assert reward.check_reward(_report("passed", "passed"), held, vacuous=frozenset({"t1"})) == \
        pytest.approx(2 + (2 - 0.3) / 2 + 2)


def test_weights_are_configurable() -> None:
    weights = reward.RewardWeights(executes=1.0, coverage=4.0)
    breakdown = reward.reward_breakdown(_report("passed", line_rate=0.25), weights)
    assert (breakdown.syntax, breakdown.execution, breakdown.coverage) == (2.0, 1.0, 1.0)
    assert breakdown.total == 4.0


def test_collection_error_counts_as_execution_error() -> None:
    report = ValidationReport(syntax_ok=True, collection_error="ImportError: x")
    assert reward.seed_reward(report) == 2 - 1


def test_test_quality_is_the_harmonic_mean() -> None:
    assert reward.test_quality(0.8, 0.4) == pytest.approx(2 * 0.8 * 0.4 / 1.2)
    assert reward.test_quality(1.0, 0.0) == 0.0
    assert reward.test_quality(1.0, 1.0) == 1.0


def test_reward_of_real_runs_orders_suites(tmp_path: Path) -> None:
    source = "def sign(x):\n    if x < 0:\n        return -1\n    return 1\n"
    target = overlay_target(tmp_path, source, "sign")
    full = validate_asserts(["assert sign(-3) == -1", "assert sign(4) == 1"], target)
    half = validate_asserts(["assert sign(4) == 1"], target)
    wrong = validate_asserts(["assert sign(4) == 0"], target)
    broken = validate_asserts(["assert sign(4 == 1"], target)
    scores = [reward.seed_reward(r) for r in (full, half, wrong, broken)]
    assert scores[0] == pytest.approx(6.0)
    assert scores[0] > scores[1] > scores[2] > scores[3]
    assert reward.report_test_quality(full) > reward.report_test_quality(half)


def test_training_weights_add_the_mutation_score_and_the_seed_reward_ignores_it() -> None:
    from dataclasses import replace

    from testdraft.validate.report import MutationReport

    report = replace(_report("passed", line_rate=1.0), mutation=MutationReport(killed=3, total=4))
    assert reward.seed_reward(report) == 6.0  # ranking is unchanged
    breakdown = reward.reward_breakdown(report, reward.TRAINING_WEIGHTS)
    assert breakdown.mutation == pytest.approx(1.5)
    assert breakdown.total == pytest.approx(7.5)
