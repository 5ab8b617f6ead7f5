"""Score systems (predictions files, our generators) on a dataset under PyTester's settings.

Every (system, problem, rank, setting) becomes a job: the asserts that setting runs.
Identical jobs (same reference, same asserts) run once, outcomes are cached by content,
and the rest run on a pool of `jobs` workers (each run is a sandboxed subprocess, so
threads suffice to keep every core busy).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from testdraft.evaluation.anchors import PaperFigures
from testdraft.evaluation.cache import JsonCache, outcome_key
from testdraft.evaluation.metrics import ProblemResult, RunOutcome, Summary, mean_summary, summarize
from testdraft.evaluation.predictions import candidate_at
from testdraft.evaluation.problems import Problem
from testdraft.evaluation.progress import ProgressBar
from testdraft.evaluation.runner import RUNNER_FAILED, AssertRunner, preflight
from testdraft.evaluation.settings import Setting, SettingInput, problem_setting_input, problem_syntax_ok

log = logging.getLogger(__name__)


class Mode(StrEnum):
    """TDD: the tests were written without the solution (how the paper scores).
    Validated: the pipeline ran the model's candidates on the solution to rank them."""

    TDD = "tdd"
    VALIDATED = "validated"


@dataclass(frozen=True)
class SampledAnswers:
    """A sampled generator's answers before ranking (each of the `--candidates` per problem):
    how many gave a test at all (the block parsed and named the function) and how many asserts
    they hold. The scored block is what ranking kept; these say what the model wrote."""

    answers: int = 0
    with_tests: int = 0
    asserts: int = 0
    three_or_more: int = 0  # answers of 3+ asserts

    def __add__(self, other: SampledAnswers) -> SampledAnswers:
        return SampledAnswers(self.answers + other.answers, self.with_tests + other.with_tests,
                              self.asserts + other.asserts, self.three_or_more + other.three_or_more)

    @classmethod
    def of(cls, asserts_per_answer: Sequence[int | None]) -> SampledAnswers:
        """From each answer's assert count (None: it gave no test)."""
        counts = [n or 0 for n in asserts_per_answer]
        return cls(len(counts), sum(n is not None for n in asserts_per_answer), sum(counts),
                   sum(n >= 3 for n in counts))

    def describe(self) -> str:
        if not self.answers:
            return "no answers"
        return (f"{self.with_tests} of {self.answers} answers gave a test "
                f"({100 * self.with_tests / self.answers:.1f}%), {self.asserts / self.answers:.2f} asserts "
                f"per answer, {self.three_or_more} with 3 or more")


@dataclass(frozen=True)
class System:
    """One source of tests: its candidates per task id, and which ranks to score."""

    name: str
    mode: Mode
    candidates: Mapping[str, Sequence[str]]
    ranks: tuple[int, ...] = (0,)
    paper: PaperFigures | None = None
    sampled: SampledAnswers | None = None  # a sampled generator's answers before ranking


@dataclass
class SystemScore:
    name: str
    mode: Mode
    ranks: tuple[int, ...]
    summaries: dict[Setting, Summary]
    paper: PaperFigures | None = None
    results: dict[Setting, list[ProblemResult]] = field(default_factory=dict)  # rank 0 only
    sampled: SampledAnswers | None = None

    @property
    def label(self) -> str:
        """The name with the ranks scored: "GPT-3.5 (rank 0)", "GPT-3.5 (mean of ranks 0-4)"."""
        if len(self.ranks) == 1:
            return f"{self.name} (rank {self.ranks[0]})"
        return f"{self.name} (mean of ranks {self.ranks[0]}-{self.ranks[-1]})"

    def to_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "label": self.label,
            "mode": self.mode.value,
            "ranks": list(self.ranks),
            "paper": asdict(self.paper) if self.paper else None,
            "settings": {s.value: summary.to_dict() for s, summary in self.summaries.items()},
            **({"sampled_answers": asdict(self.sampled)} if self.sampled else {}),
        }


@dataclass
class Evaluation:
    dataset: str
    problems: int
    settings: tuple[Setting, ...]
    systems: list[SystemScore]
    seconds: float  # scoring the settings
    runs: int  # jobs executed in this invocation
    cached: int  # jobs answered from the cache or an identical earlier job
    jobs: int  # worker count
    generation_seconds: float = 0.0  # our generators, and validated mode's filtering
    repaired: dict[str, int] = field(default_factory=dict)  # rows repaired on loading, by repair
    repaired_rows: int = 0  # rows with any repair

    def to_dict(self) -> dict[str, object]:
        return {
            "dataset": self.dataset,
            "problems": self.problems,
            "repaired": dict(self.repaired),
            "repaired_rows": self.repaired_rows,
            "settings": [s.value for s in self.settings],
            "seconds": round(self.seconds, 2),
            "generation_seconds": round(self.generation_seconds, 2),
            "runs": self.runs,
            "cached": self.cached,
            "jobs": self.jobs,
            "systems": [s.to_dict() for s in self.systems],
        }


@dataclass(frozen=True)
class _Job:
    key: str
    problem: Problem
    asserts: tuple[str, ...]


class Scorer:
    """Runs jobs through an `AssertRunner` with deduplication, a cache, and a pool."""

    def __init__(
        self,
        runner: AssertRunner,
        cache: JsonCache,
        jobs: int = 2,
        show_progress: bool = True,
    ) -> None:
        self.runner = runner
        self.cache = cache
        self.jobs = max(1, jobs)
        self.show_progress = show_progress
        self.runs = 0
        self.cached = 0
        # Outcomes already known in this process: other systems and ranks often repeat
        # the same asserts, and --no-cache must not run them twice.
        self._memo: dict[str, RunOutcome] = {}

    def key(self, problem: Problem, asserts: Sequence[str]) -> str:
        # A package problem's outcome also depends on which function of the module is scored
        # and on the package build it runs against.
        where = problem.location
        place = (where.wheel, where.module, where.qualname) if where is not None else ()
        return outcome_key("run", self.runner.version, problem.reference_code, *place, *asserts)

    def outcomes(
        self, requests: Sequence[tuple[Problem, tuple[str, ...]]], label: str
    ) -> list[RunOutcome]:
        """Outcome of each (problem, asserts) request, in order."""
        decided: dict[str, RunOutcome] = {}
        pending: dict[str, _Job] = {}
        keys: list[str] = []
        for problem, asserts in requests:
            key = self.key(problem, asserts)
            keys.append(key)
            if key in decided or key in pending:
                continue
            if key in self._memo:
                decided[key] = self._memo[key]
                self.cached += 1
                continue
            early = preflight(problem, asserts)
            if early is not None:
                decided[key] = early
                continue
            stored = self.cache.get(key)
            if isinstance(stored, dict):
                try:
                    decided[key] = RunOutcome.from_dict(stored)
                    self.cached += 1
                    continue
                except (TypeError, ValueError):
                    log.warning("cache entry %s has an old layout; re-running", key)
            pending[key] = _Job(key, problem, asserts)
        decided.update(self._run_all(list(pending.values()), label))
        self._memo.update(decided)
        return [decided[key] for key in keys]

    def _run_all(self, jobs: list[_Job], label: str) -> dict[str, RunOutcome]:
        bar = ProgressBar(len(jobs), label, enabled=self.show_progress)
        results: dict[str, RunOutcome] = {}

        def run(job: _Job) -> tuple[str, RunOutcome]:
            try:
                outcome = self.runner.run(job.problem, job.asserts)
            except Exception as exc:  # an engine fault fails this problem, not the whole run
                log.error("%s: the runner failed: %s", job.problem.task_id, exc, exc_info=True)
                return job.key, RunOutcome.failed(RUNNER_FAILED, len(job.asserts))
            self.cache.put(job.key, asdict(outcome))
            return job.key, outcome

        with ThreadPoolExecutor(max_workers=self.jobs) as pool:
            for future in as_completed([pool.submit(run, job) for job in jobs]):
                key, outcome = future.result()
                results[key] = outcome
                self.runs += 1
                bar.advance()
        bar.close()
        return results


def score_system(
    system: System,
    problems: Sequence[Problem],
    settings: Sequence[Setting],
    scorer: Scorer,
) -> SystemScore:
    summaries: dict[Setting, list[Summary]] = {s: [] for s in settings}
    first_rank: dict[Setting, list[ProblemResult]] = {}
    for rank in system.ranks:
        inputs: list[tuple[Problem, SettingInput]] = [
            (problem, problem_setting_input(problem, _candidate(system, problem, rank), setting))
            for setting in settings
            for problem in problems
        ]
        label = f"{system.name} [{system.mode.value}] rank {rank}"
        outcomes = scorer.outcomes([(p, i.asserts) for p, i in inputs], label)
        by_setting: dict[Setting, list[ProblemResult]] = {s: [] for s in settings}
        for (problem, item), outcome in zip(inputs, outcomes, strict=True):
            syntax_ok = problem_syntax_ok(problem, item.candidate)
            by_setting[item.setting].append(
                ProblemResult(problem.task_id, item.setting, syntax_ok, outcome)
            )
        for setting, results in by_setting.items():
            summaries[setting].append(summarize(results))
        if not first_rank:
            first_rank = by_setting
    return SystemScore(
        name=system.name,
        mode=system.mode,
        ranks=system.ranks,
        summaries={s: mean_summary(rows) for s, rows in summaries.items()},
        paper=system.paper,
        results=first_rank,
        sampled=system.sampled,
    )


def _candidate(system: System, problem: Problem, rank: int) -> str:
    return candidate_at(system.candidates.get(problem.task_id, ()), rank)


def evaluate(
    dataset: str,
    problems: Sequence[Problem],
    systems: Sequence[System],
    settings: Sequence[Setting],
    scorer: Scorer,
    clock: Callable[[], float] = time.monotonic,
    generation_seconds: float = 0.0,
) -> Evaluation:
    started = clock()
    scores = [score_system(system, problems, settings, scorer) for system in systems]
    repaired = Counter(repair for problem in problems for repair in problem.repairs)
    return Evaluation(
        dataset=dataset,
        problems=len(problems),
        settings=tuple(settings),
        systems=scores,
        seconds=clock() - started,
        runs=scorer.runs,
        cached=scorer.cached,
        jobs=scorer.jobs,
        generation_seconds=generation_seconds,
        repaired=dict(repaired),
        repaired_rows=sum(1 for problem in problems if problem.repairs),
    )
