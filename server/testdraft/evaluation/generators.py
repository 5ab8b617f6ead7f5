"""Our generators in the harness: every problem goes through `pipeline.suggest_file`.

That is the function `testdraft suggest` calls, so what is scored is the test module the
CLI would print (and the editor insert): the same choosing, voting, ranking and rendering.
Each problem becomes a module in a throw-away project, and the pipeline runs on it in
one of two modes:

- tdd: the module is the prompt alone (signature and docstring, no body). The function
  is not implemented, so the model's candidates are voted on: the paper's setting.
- validated: the module is the prompt plus the reference solution. The model's
  candidates run against it and are ranked, as in the editor once the body exists.

Generators see the prompt only, in both modes: they run on the tdd module, their
candidates are cached on disk (a model run takes many minutes) and replayed into the
pipeline. Deterministic generators run once per problem for both modes; sampled ones (the
model) once per mode, told in validated mode that the function exists, as the editor does
(another prompt and `model.validatedTemperature`). The test module's asserts (parametrize
rows expanded) are the candidate the harness scores.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.evaluation.cache import JsonCache, outcome_key
from testdraft.evaluation.harness import SampledAnswers
from testdraft.evaluation.package_problems import write_package
from testdraft.evaluation.problems import Problem
from testdraft.evaluation.test_code import asserts_from_test_code
from testdraft.generate.base import Adjusted, CandidateTest, DroppedTest, DropReason, FailedRun, Generator, ImportTarget
from testdraft.generate.registry import SAMPLED, build_single, expand_names
from testdraft.model.settings import ModelSettings
from testdraft.pipeline import SuggestError, Suggestion, suggest_file
from testdraft.spec.model import FunctionSpec

log = logging.getLogger(__name__)

MODES = ("tdd", "validated")
MODULE = "solution"  # the problem's module in its throw-away project


class GeneratorUnavailable(RuntimeError):
    """The named generator cannot be built here (not installed, or the model did not load)."""


# The packages whose code decides each generator's output: a change there re-generates.
_SOURCES = {
    "docstring": ("generate", "spec", "parsing", "project"),
    "properties": ("generate", "spec", "parsing", "project"),
    "model": ("model", "generate", "spec", "parsing", "project"),
}
# Modules in those packages that never run while generating: editing them must not throw
# away a cached model run.
_NOT_GENERATING = frozenset({"model/training.py", "model/reinforce.py"})


def generator_fingerprint(name: str, settings: ModelSettings) -> str:
    """Identifies a generator's behaviour (its code, and the knobs when a model is used)."""
    import testdraft

    digest = hashlib.sha256(name.encode())
    root = Path(testdraft.__file__).parent
    for package in _SOURCES.get(name, ()):
        for path in sorted((root / package).rglob("*.py")):
            if path.relative_to(root).as_posix() not in _NOT_GENERATING:
                digest.update(path.read_bytes())
    if name in SAMPLED:  # the model's knobs and the adapters' weights change what it gives
        digest.update(repr(settings).encode())
        for adapter in settings.resolved_adapters():
            weights = Path(adapter.path).expanduser() / "adapter_model.safetensors"
            digest.update(weights.read_bytes() if weights.is_file() else adapter.path.encode())
    return f"{name}:{digest.hexdigest()[:16]}"


def tdd_view(problem: Problem) -> Problem:
    """What a TDD generator may see: the prompt, never the solution or the dataset's tests."""
    return dataclasses.replace(problem, solution="", reference_tests=())


def problem_module(problem: Problem, mode: str) -> str:
    """The module the pipeline sees in `mode`: the prompt alone, or prompt + solution."""
    return problem.prompt_code if mode == "tdd" else problem.reference_code


def suggest_problem(problem: Problem, mode: str, generators: Sequence[Generator]) -> Suggestion | None:
    """`testdraft suggest` on the problem's module in `mode`; None if it has no such function."""
    with tempfile.TemporaryDirectory(prefix="testdraft-eval-") as folder:
        project = Path(folder)
        (project / "pyproject.toml").write_text('[project]\nname = "problem"\nversion = "0"\n')
        if problem.location is not None:  # the function's module inside a copy of its package
            path = write_package(problem.location, problem_module(problem, mode), project)
        else:
            path = project / f"{MODULE}.py"
            path.write_text(problem_module(problem, mode), encoding="utf-8")
        try:
            return suggest_file(path, problem.qualname, generators)
        except SuggestError as exc:
            log.info("%s: %s", problem.task_id, exc)
            return None


def scored_block(suggestion: Suggestion | None, problem: Problem | None = None) -> str:
    """What the harness scores: the suggested test module's asserts, or for a package
    problem the module itself (it is scored by units, `settings.problem_setting_input`)."""
    if suggestion is None:
        return ""
    if problem is not None and problem.location is not None:
        return suggestion.code
    return "\n".join(asserts_from_test_code(suggestion.code))


class Recorded(Generator):
    """Candidates a generator gave once, replayed (or recorded while it gives them)."""

    def __init__(self, name: str, sampled: bool, tests: Sequence[CandidateTest] = (),
                 dropped: Sequence[DroppedTest] = (), inner: Generator | None = None,
                 drafts: Sequence[str] = ()) -> None:
        self.name, self.sampled, self.inner = name, sampled, inner
        self.tests, self.dropped = list(tests), list(dropped)
        self.generated_dropped = list(dropped)  # `dropped` may since be a repair's
        self.drafts = list(drafts)  # the implementations it drafted (TDD), recorded as its tests are

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        if self.inner is None:
            yield from self.tests
            return
        try:
            for test in self.inner.generate(spec, target, cancel):
                self.tests.append(test)
                yield test
        finally:
            self.dropped = self.generated_dropped = list(self.inner.dropped)

    def repair(
        self, spec: FunctionSpec, target: ImportTarget, failures: Sequence[FailedRun],
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> Iterator[CandidateTest]:
        """The inner generator's rewrites, not recorded: a replay stands for `generate` only
        (its drops are replayed without their tests, so no repair round starts from them)."""
        if self.inner is not None:
            try:
                yield from self.inner.repair(spec, target, failures, cancel)
            finally:
                self.dropped = list(self.inner.dropped)

    def draft_implementations(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> list[str]:
        if self.inner is not None:
            self.drafts = self.inner.draft_implementations(spec, target, cancel)
        return list(self.drafts)

    def answers(self, count: int) -> SampledAnswers:
        """The `count` sampled answers' tests and asserts, as parsed (before ranking)."""
        per_answer: list[int | None] = [None] * count
        for test in self.tests:
            index = test.meta.get("candidate")
            if isinstance(index, int) and 0 <= index < count:
                per_answer[index] = (per_answer[index] or 0) + test.asserts
        return SampledAnswers.of(per_answer)

    def replay(self) -> Recorded:
        """What `generate` gave, to give again without the inner generator."""
        return Recorded(self.name, self.sampled, self.tests, self.generated_dropped, drafts=self.drafts)

    def to_json(self) -> dict[str, object]:
        return {
            "tests": [dataclasses.asdict(test) for test in self.tests],
            "dropped": [item.to_json() for item in self.dropped],
            "drafts": self.drafts,
        }

    @classmethod
    def from_json(cls, name: str, sampled: bool, data: object) -> Recorded | None:
        if not isinstance(data, dict):
            return None
        try:
            tests = [CandidateTest(**{**item, "imports": tuple(item["imports"])}) for item in data["tests"]]
            dropped = [DroppedTest(item["name"], item["origin"], DropReason(item["reason"]), item["detail"])
                       for item in data["dropped"]]
            drafts = [str(body) for body in data.get("drafts", [])]
        except (KeyError, TypeError, ValueError):
            return None
        return cls(name, sampled, tests, dropped, drafts=drafts)


class Generations:
    """Each single generator's candidates per problem, generated once (and cached on disk)."""

    def __init__(self, cache: JsonCache, settings: ModelSettings) -> None:
        self.cache, self.settings = cache, settings
        self.built: dict[str, Generator] = {}
        self.tags: dict[str, str] = {}

    def replay(self, problem: Problem, requested: str, mode: str = "tdd") -> list[Generator]:
        """The generators `requested` names, as replays of what they gave for `problem` in `mode`."""
        return [self._recorded(problem, name, mode) for name in expand_names((requested,))]

    def _recorded(self, problem: Problem, name: str, mode: str) -> Generator:
        sampled = name in SAMPLED
        if name not in self.tags:  # hashes the sources and the adapter weights: once per run
            self.tags[name] = generator_fingerprint(name, self.settings)
        implemented = sampled and mode != "tdd"  # deterministic generators: one record serves both
        tag = self.tags[name] + (":implemented" if implemented else "")
        key = outcome_key("candidates", tag, problem.prompt_code)
        stored = Recorded.from_json(name, sampled, self.cache.get(key))
        if stored is not None:
            return stored
        inner = self._generator(name)
        recorder = Recorded(name, sampled, inner=SeenImplemented(inner) if implemented else inner)
        suggest_problem(tdd_view(problem), "tdd", [recorder])
        self.cache.put(key, recorder.to_json())
        return recorder.replay()

    def _generator(self, name: str) -> Generator:
        if name not in self.built:
            self.built[name] = _build(name, self.settings)
        return self.built[name]


class SeenImplemented(Adjusted):
    """The generator told that the function exists, without showing it the solution: the
    prompt and the sampling of validated mode, while the module it runs on stays the prompt alone."""

    def adjust(self, spec: FunctionSpec, target: ImportTarget) -> tuple[FunctionSpec, ImportTarget]:
        return dataclasses.replace(spec, is_implemented=True), target


def _build(name: str, settings: ModelSettings) -> Generator:
    def model() -> Generator:
        try:
            from testdraft.model.errors import ModelError
            from testdraft.model.generator import load_model_generator
        except ImportError as exc:
            raise GeneratorUnavailable(f"the model generator needs the model stack: {exc}") from exc
        try:
            return load_model_generator(settings)
        except ModelError as exc:
            raise GeneratorUnavailable(f"the model did not load: {exc}") from exc

    generator = build_single(name, model=model)
    if generator is None:
        raise GeneratorUnavailable(f"the {name} generator is not ready")
    return generator
