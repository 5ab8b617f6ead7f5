"""One `testdraft eval` invocation: build the systems, score them, render the outputs."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.evaluation.anchors import PAPER_HUMANEVAL_RAW, anchor_key
from testdraft.evaluation.cache import JsonCache
from testdraft.evaluation.chart import write_chart
from testdraft.evaluation.generators import (
    MODES,
    Generations,
    GeneratorUnavailable,
    Recorded,
    scored_block,
    suggest_problem,
)
from testdraft.evaluation.harness import Evaluation, Mode, SampledAnswers, Scorer, System, evaluate
from testdraft.evaluation.predictions import PredictionsError, as_candidate, load_predictions, save_predictions
from testdraft.evaluation.problems import DatasetError, Problem, load_dataset
from testdraft.evaluation.progress import ProgressBar
from testdraft.evaluation.report import to_json, to_markdown
from testdraft.evaluation.runner import AssertRunner
from testdraft.evaluation.settings import Setting, parse_setting
from testdraft.generate.base import Generator
from testdraft.generate.registry import SAMPLED
from testdraft.model.settings import ModelSettings

log = logging.getLogger(__name__)


PACKAGE_NOTE = (
    "- This dataset's functions live in real packages (`testdraft.evaluation.package_problems`): "
    "the pipeline drafts tests for the function in its real module inside a copy of its package "
    "(TDD: that one function reduced to its signature and docstring, examples removed; validated: "
    "examples removed, body kept), and the asserts run against the real installed module. "
    "coverage is the line coverage of the function under test (PyTester's whole-script figure "
    "would count every line of the module), so it equals solution cov. A candidate is a test "
    "module scored by units, not assert lines: each check (an assert, or a `pytest.raises` "
    "block) with the set-up statements before it and the module's imports is one pytest test, "
    "fixtures kept (`tmp_path`, `capsys`); Raw runs every unit that names the function, n-test "
    "the first n, Filtered those that parse (at most 10), and asserts held counts units.\n"
)


class EvalSetupError(ValueError):
    """The request cannot run: bad dataset, predictions, rank, setting or generator."""


@dataclass(frozen=True)
class EvalRequest:
    dataset: str = "humaneval"
    predictions: tuple[Path, ...] = ()
    rank: str = "0"  # an int, or "all" for the mean over every candidate rank
    generators: tuple[str, ...] = ()
    modes: tuple[str, ...] = ("tdd", "validated")
    settings: str = "raw,3-test,5-test,filtered"
    limit: int | None = None
    jobs: int = 2
    model_settings: ModelSettings = field(default_factory=ModelSettings)
    save_predictions: Path | None = None
    show_progress: bool = True
    reference_tests: bool = False  # also score the dataset's own asserts (the ceiling)


@dataclass(frozen=True)
class EvalOutcome:
    evaluation: Evaluation
    markdown: str
    json: str


def run_request(
    request: EvalRequest,
    cache: JsonCache,
    chart: Path | None = None,
    runner: AssertRunner | None = None,
    chart_link: str | None = None,
    command: str | None = None,
) -> EvalOutcome:
    """Score everything `request` names; `chart_link` is how the markdown refers to `chart`."""
    try:
        problems = load_dataset(request.dataset, request.limit)
        settings = [parse_setting(name) for name in request.settings.split(",") if name.strip()]
    except (DatasetError, ValueError) as exc:
        raise EvalSetupError(str(exc)) from exc
    if not problems:
        raise EvalSetupError(f"dataset {request.dataset!r} has no problems")
    if not request.predictions and not request.generators and not request.reference_tests:
        raise EvalSetupError("nothing to score: give --predictions, --generator and/or --reference-tests")
    in_packages = any(problem.location is not None for problem in problems)
    scorer = Scorer(runner or _engine_runner(in_packages), cache, request.jobs, request.show_progress)
    started = time.monotonic()
    systems = [_predictions_system(path, request.rank) for path in request.predictions]
    systems += [reference_system(problems)] if request.reference_tests else []
    systems += _generator_systems(request, problems, scorer, cache)
    generation_seconds = time.monotonic() - started
    dataset_name = (
        "HumanEval" if request.dataset.lower() == "humaneval" else Path(request.dataset).name
    )
    evaluation = evaluate(dataset_name, problems, systems, settings or list(Setting), scorer,
                          generation_seconds=generation_seconds)
    if chart is not None:
        write_chart(evaluation, chart)
    markdown = to_markdown(evaluation, chart_link or (str(chart) if chart else None), command)
    return EvalOutcome(
        evaluation=evaluation,
        markdown=markdown + PACKAGE_NOTE if in_packages else markdown,
        json=to_json(evaluation),
    )


def _engine_runner(in_packages: bool) -> AssertRunner:
    if in_packages:
        from testdraft.evaluation.package_runner import PackageRunner

        return PackageRunner()
    from testdraft.evaluation.engine_runner import EngineRunner

    return EngineRunner()


def _ranks(rank: str, candidates: dict[str, list[str]]) -> tuple[int, ...]:
    if rank == "all":
        return tuple(range(max((len(c) for c in candidates.values()), default=1)))
    try:
        value = int(rank)
    except ValueError:
        raise EvalSetupError(f"--rank must be a number or `all`, not {rank!r}") from None
    if value < 0:
        raise EvalSetupError("--rank must be 0 or more")
    return (value,)


def split_rank(path: Path, default_rank: str) -> tuple[Path, str]:
    """`file.jsonl@all` or `file.jsonl@2` overrides --rank for that one file."""
    text = str(path)
    head, at, suffix = text.rpartition("@")
    if at and not path.exists() and (suffix == "all" or suffix.isdigit()):
        return Path(head), suffix
    return path, default_rank


def _predictions_system(path: Path, rank: str) -> System:
    path, rank = split_rank(path, rank)
    try:
        candidates = load_predictions(path)
    except PredictionsError as exc:
        raise EvalSetupError(str(exc)) from exc
    key = anchor_key(path)
    return System(
        name=PAPER_HUMANEVAL_RAW[key].system if key else path.stem,
        mode=Mode.TDD,  # other systems' outputs were written from the prompt alone
        candidates=candidates,
        ranks=_ranks(rank, candidates),
        paper=PAPER_HUMANEVAL_RAW.get(key) if key else None,
    )


def reference_system(problems: list[Problem]) -> System:
    """The dataset's own tests as one block per problem, scored like any system's: what a
    generator that wrote them would get under the same conventions."""
    candidates = {p.task_id: [candidate_of(p, "\n".join(p.reference_tests))] for p in problems if p.reference_tests}
    return System("dataset's reference tests", Mode.TDD, candidates)


def candidate_of(problem: Problem, block: str) -> str:
    """How a scored block is stored: PyTester's text after `assert `, or for a package
    problem the test module as it is."""
    return block if problem.location is not None else as_candidate(block)


def _generator_systems(
    request: EvalRequest, problems: list[Problem], scorer: Scorer, cache: JsonCache
) -> list[System]:
    """Our generators, each scored on what `testdraft suggest` gives in each mode."""
    generations = Generations(cache, request.model_settings)
    systems = []
    for name in request.generators:
        for mode in (m for m in MODES if m in request.modes):
            bar = ProgressBar(len(problems), f"generate {name} [{mode}]", enabled=request.show_progress)
            replays = {}
            for problem in problems:
                try:
                    replays[problem.task_id] = generations.replay(problem, name, mode)
                except GeneratorUnavailable as exc:
                    raise EvalSetupError(str(exc)) from exc
                bar.advance()
            bar.close()
            jobs = [(problem, mode, replays[problem.task_id]) for problem in problems]
            blocks = _suggest_all(jobs, scorer.jobs, f"suggest {name} [{mode}]", request.show_progress)
            candidates = {
                problem.task_id: [candidate_of(problem, block)] if block else []
                for problem, block in zip(problems, blocks, strict=True)
            }
            sampled = None
            if name in SAMPLED:
                count = request.model_settings.num_candidates
                sampled = sum((generator.answers(count) for p in problems for generator in replays[p.task_id]
                               if isinstance(generator, Recorded)), SampledAnswers())
            systems.append(System(f"ours: {name}", Mode(mode), candidates, (0,), sampled=sampled))
            _save(request, f"{name}_{mode}", candidates)
    return systems


def _suggest_all(
    jobs: list[tuple[Problem, str, list[Generator]]], workers: int, label: str, show_progress: bool
) -> list[str]:
    """The scored block of each (problem, mode, generators), with the pipeline run in parallel:
    ranking runs the sandbox, and threads suffice to keep the cores busy."""
    bar = ProgressBar(len(jobs), label, enabled=show_progress)

    def run(job: tuple[Problem, str, list[Generator]]) -> str:
        block = scored_block(suggest_problem(*job), job[0])
        bar.advance()
        return block

    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        blocks = list(pool.map(run, jobs))
    bar.close()
    return blocks


def _save(request: EvalRequest, stem: str, candidates: dict[str, list[str]]) -> None:
    if request.save_predictions is not None:
        save_predictions(request.save_predictions / f"{stem}.jsonl", candidates)
