"""Per-problem results and their aggregation into PyTester's table columns.

Every rate is a percentage over all problems of the dataset: a problem whose tests fail
counts 0 for coverage and mutation score, as in PyTester's `functional_evaluation`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from testdraft.evaluation.settings import Setting

PASSED = "passed"


@dataclass(frozen=True)
class RunOutcome:
    """What running one setting's asserts against the reference solution gave."""

    passed: bool
    error: str | None  # exception type of the first failure (None when passed)
    coverage: float  # PyTester's convention: % of the whole test script, truncated to int
    solution_coverage: float  # % of the reference solution's lines
    mutation: float  # % of the engine's mutants killed
    assert_results: tuple[bool, ...] = ()  # each assert on its own: did it hold?
    reward: float = 0.0  # the seed reward of the run (testdraft.validate.reward)
    mutants: int = 0
    seconds: float = 0.0

    @classmethod
    def failed(cls, error: str, asserts_total: int = 0) -> RunOutcome:
        return cls(False, error, 0.0, 0.0, 0.0, assert_results=(False,) * asserts_total)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> RunOutcome:
        values = dict(data)
        results = values.get("assert_results") or ()
        if not isinstance(results, list | tuple):
            raise ValueError("assert_results must be a list")
        values["assert_results"] = tuple(bool(v) for v in results)
        return cls(**values)  # type: ignore[arg-type]

    @property
    def asserts_total(self) -> int:
        return len(self.assert_results)

    @property
    def asserts_passed(self) -> int:
        return sum(self.assert_results)


@dataclass(frozen=True)
class ProblemResult:
    task_id: str
    setting: Setting
    syntax_ok: bool
    outcome: RunOutcome


@dataclass(frozen=True)
class Summary:
    """One row of the table: a system under one setting."""

    problems: int
    syntax: float
    passing: float
    coverage: float
    solution_coverage: float
    mutation: float
    test_quality: float
    errors: dict[str, float] = field(default_factory=dict)  # error type -> % of problems
    asserts_passed: float = 0.0  # % of all generated asserts that held

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def harmonic_mean(coverage: float, mutation: float) -> float:
    """TestQuality in percent, from the one reward module the ranker and RL use too."""
    from testdraft.validate.reward import test_quality

    return 100.0 * test_quality(coverage / 100.0, mutation / 100.0)


def summarize(results: Sequence[ProblemResult]) -> Summary:
    n = len(results)
    if n == 0:
        return Summary(0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)

    def percent(count: float) -> float:
        return 100.0 * count / n

    def mean(values: list[float]) -> float:
        return sum(values) / n

    outcomes = [r.outcome for r in results]
    coverage = mean([o.coverage for o in outcomes])
    mutation = mean([o.mutation for o in outcomes])
    errors = Counter(o.error or PASSED for o in outcomes)
    asserts_total = sum(o.asserts_total for o in outcomes)
    held = sum(o.asserts_passed for o in outcomes)
    return Summary(
        problems=n,
        syntax=percent(sum(r.syntax_ok for r in results)),
        passing=percent(sum(o.passed for o in outcomes)),
        coverage=coverage,
        solution_coverage=mean([o.solution_coverage for o in outcomes]),
        mutation=mutation,
        # TestQuality is defined on the aggregate figures (harmonic mean of the two means).
        test_quality=harmonic_mean(coverage, mutation),
        errors={k: percent(v) for k, v in sorted(errors.items(), key=lambda kv: -kv[1])},
        asserts_passed=100.0 * held / asserts_total if asserts_total else 0.0,
    )


def mean_summary(summaries: Sequence[Summary]) -> Summary:
    """The mean of several candidates' rows (how the paper reports GPT-3.5 and Copilot)."""
    if len(summaries) == 1:
        return summaries[0]
    k = len(summaries)

    def avg(name: str) -> float:
        return sum(float(getattr(s, name)) for s in summaries) / k

    error_names = {name for s in summaries for name in s.errors}
    coverage, mutation = avg("coverage"), avg("mutation")
    return Summary(
        problems=summaries[0].problems,
        syntax=avg("syntax"),
        passing=avg("passing"),
        coverage=coverage,
        solution_coverage=avg("solution_coverage"),
        mutation=mutation,
        test_quality=harmonic_mean(coverage, mutation),
        errors={e: sum(s.errors.get(e, 0.0) for s in summaries) / k for e in sorted(error_names)},
        asserts_passed=avg("asserts_passed"),
    )
