"""The ONE reward: the seed paper's execution reward, plus TestQuality.

    syntax:      +2 when the test code parses, -2 (and nothing else) when it does not
    execution:   -1 when a test errors (or the module cannot be collected),
                 else -0.3 when an assertion fails, else +2 (it executes and holds)
    coverage:    line coverage of the function under test scaled to [0, 2]
    mutation:    the mutation score scaled by `weights.mutation` (0 in the seed reward;
                 RL training uses `TRAINING_WEIGHTS`, which adds up to 2 points for it)

Ranking, the eval harness and RL training all call `seed_reward`; weights are a
dataclass so experiments change numbers, not code.

`check_reward` is the same points for an answer split into its checks (RL): the execution
points are shared out over the checks, and coverage and mutation score are those of the
checks that hold and are not vacuous (they also hold when the function only returns None).
With `seed_reward` on a whole answer, one wrong assert costs the execution points of all the
others, so RL learned to answer with a single assert.
"""

from __future__ import annotations

from dataclasses import dataclass

from testdraft.validate.report import ValidationReport


@dataclass(frozen=True)
class RewardWeights:
    syntax_ok: float = 2.0
    syntax_error: float = -2.0
    execution_error: float = -1.0
    assertion_failure: float = -0.3
    executes: float = 2.0
    coverage: float = 2.0  # multiplied by the line rate in [0, 1]
    pending: float = 0.0  # TDD: nothing could run yet
    use_branch_coverage: bool = False  # scale by branch rate instead (when there are branches)
    mutation: float = 0.0  # multiplied by the mutation score in [0, 1] (needs a mutation run)


SEED_WEIGHTS = RewardWeights()
# RL: a test that runs but kills no mutant would catch no bug; the mutation score is the
# figure the product is judged on where the docstring has no examples.
TRAINING_WEIGHTS = RewardWeights(mutation=2.0)


@dataclass(frozen=True)
class RewardBreakdown:
    syntax: float
    execution: float
    coverage: float
    mutation: float = 0.0

    @property
    def total(self) -> float:
        return self.syntax + self.execution + self.coverage + self.mutation


def reward_breakdown(report: ValidationReport,
                     weights: RewardWeights = SEED_WEIGHTS) -> RewardBreakdown:
    if not report.syntax_ok:
        return RewardBreakdown(weights.syntax_error, 0.0, 0.0)
    statuses = {test.status for test in report.tests}
    if report.collection_error or not report.tests or statuses & {"error", "timeout"}:
        execution = weights.execution_error
    elif "failed" in statuses:
        execution = weights.assertion_failure
    elif statuses <= {"pending", "skipped"}:
        execution = weights.pending
    else:
        execution = weights.executes
    coverage = 0.0
    if report.coverage is not None:
        rate = report.coverage.line_rate
        if weights.use_branch_coverage and report.coverage.branch_rate is not None:
            rate = report.coverage.branch_rate
        coverage = weights.coverage * rate
    mutation = 0.0
    if weights.mutation and report.mutation is not None:
        mutation = weights.mutation * report.mutation.score
    return RewardBreakdown(weights.syntax_ok, execution, coverage, mutation)


def seed_reward(report: ValidationReport, weights: RewardWeights = SEED_WEIGHTS) -> float:
    """The scalar reward: from -2 (does not parse) to 6 (runs, holds, full coverage).

    With a mutation weight, up to that much more for killing every mutant.
    """
    return reward_breakdown(report, weights).total


def check_reward(checks: ValidationReport, held: ValidationReport | None,
                 weights: RewardWeights = SEED_WEIGHTS, vacuous: frozenset[str] = frozenset()) -> float:
    """The reward of an answer run as one test per check (`checks`, no mutation needed): syntax
    points; each check's share of `executes` when it holds, of `assertion_failure` when it
    fails or is `vacuous` (it holds when the function only returns None: `f(x) == f(x)`), of
    `execution_error` when it errors; then coverage and mutation of `held`, the run of the
    checks that held and are not vacuous (None when there are none)."""
    if not checks.syntax_ok:
        return weights.syntax_error
    if checks.collection_error or not checks.tests:
        return weights.syntax_ok + weights.execution_error
    points = {"passed": weights.executes, "failed": weights.assertion_failure,
              "pending": weights.pending, "skipped": weights.pending}
    execution = sum(weights.assertion_failure if test.name in vacuous
                    else points.get(test.status, weights.execution_error) for test in checks.tests)
    total = weights.syntax_ok + execution / len(checks.tests)
    if held is not None:
        measured = reward_breakdown(held, weights)
        total += measured.coverage + measured.mutation
    return total


def test_quality(coverage: float, mutation: float) -> float:
    """PyTester's TestQuality: the harmonic mean of coverage and mutation score (in [0, 1])."""
    if coverage <= 0 or mutation <= 0:
        return 0.0
    return 2 * coverage * mutation / (coverage + mutation)


def report_test_quality(report: ValidationReport) -> float:
    coverage = report.coverage.line_rate if report.coverage is not None else 0.0
    mutation = report.mutation.score if report.mutation is not None else 0.0
    return test_quality(coverage, mutation)
