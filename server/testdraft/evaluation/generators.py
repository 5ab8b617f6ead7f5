"""Which of our generators a name means, as a callable `(problem) -> list[str]`.

Each returned string is one candidate: a block of assert lines (as a PyTester model
would write them). Generators are imported lazily: the harness and the predictions path
work without the model stack installed.

Generators see the prompt only (`tdd_view`), in both modes: a prompt is built from the
signature and docstring, never from a body. The modes differ after generation: TDD mode
scores the candidates as they are, validated mode lets `testdraft.evaluation.validated`
run them against the solution to filter and rank, as the editor does. So one generation
serves both, and `combined` is put together from the docstring and model candidates.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from testdraft.evaluation.problems import Problem
from testdraft.evaluation.test_code import asserts_from_test_code
from testdraft.model.settings import ModelSettings

if TYPE_CHECKING:
    from testdraft.generate.base import ImportTarget
    from testdraft.spec.model import FunctionSpec

log = logging.getLogger(__name__)

GeneratorFn = Callable[[Problem], list[str]]
GENERATOR_NAMES = ("docstring", "model", "combined")


class GeneratorUnavailable(RuntimeError):
    """The named generator cannot be built here (not installed, or not merged yet)."""


# The packages whose code decides each generator's output: a change there re-generates.
_SOURCES = {
    "docstring": ("generate", "spec", "parsing"),
    "model": ("model", "generate", "spec", "parsing"),
}
# Modules in those packages that never run while generating: editing them must not throw
# away a cached 25-minute model run.
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
    if name != "docstring":
        digest.update(repr(settings).encode())
    return f"{name}:{digest.hexdigest()[:16]}"


def tdd_view(problem: Problem) -> Problem:
    """What a TDD generator may see: the prompt, never the solution or the dataset's tests."""
    return dataclasses.replace(problem, solution="", reference_tests=())


def load_generator(name: str, settings: ModelSettings | None = None) -> GeneratorFn:
    """A single generator; `combined` is assembled from two (see `combine`)."""
    if name == "docstring":
        return _docstring_generator()
    if name == "model":
        return _model_generator(settings or ModelSettings())
    raise GeneratorUnavailable(f"unknown generator {name!r} (choose from docstring, model)")


def combine(deterministic: list[str], sampled: list[str]) -> list[str]:
    """The docstring's asserts lead (they are the spec); the model fills in behind them.

    Rank 0 is the docstring's block alone when it has one: in TDD nothing can check the
    model's values, and a wrong one fails the whole block. Each later rank adds one model
    sample, for validated mode to keep what holds. With no docstring asserts, the model's
    samples are the candidates.
    """
    base = "\n".join(deterministic)
    if not base:
        return list(sampled)
    return [base, *("\n".join((base, sample)) for sample in sampled)]


def _import(module: str, what: str) -> object:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise GeneratorUnavailable(f"the {what} generator needs `{module}`: {exc}") from exc


def _docstring_generator() -> GeneratorFn:
    """The deterministic docstring-examples generator, through the shared pipeline."""
    pipeline = _import("testdraft.pipeline", "docstring")
    generators = pipeline.default_generators()  # type: ignore[attr-defined]

    def generate(problem: Problem) -> list[str]:
        spec, target = _spec_and_target(problem)
        tests = pipeline.collect_candidates(spec, target, generators)  # type: ignore[attr-defined]
        block = "\n".join(_asserts(test.code for test in tests if not test.is_placeholder))
        return [block] if block else []

    return generate


def _model_generator(settings: ModelSettings) -> GeneratorFn:
    """The local model, loaded once: each sample is one candidate."""
    service_module = _import("testdraft.model.service", "model")
    errors = _import("testdraft.model.errors", "model")
    model_error: type[Exception] = errors.ModelError  # type: ignore[attr-defined]
    service = service_module.ModelService()  # type: ignore[attr-defined]
    try:
        service.load_now(settings)
    except model_error as exc:
        raise GeneratorUnavailable(f"the model did not load: {exc}") from exc
    generator = service.generator()

    def generate(problem: Problem) -> list[str]:
        spec, target = _spec_and_target(problem)
        blocks: list[str] = []
        try:
            for test in generator.generate(spec, target):
                block = "\n".join(asserts_from_test_code(test.code))
                if block:
                    blocks.append(block)
        except model_error as exc:  # e.g. no sample held a usable test: score what we have
            log.info("%s: %s", problem.task_id, exc)
        return blocks

    return generate


def _asserts(codes: Iterable[str]) -> list[str]:
    return [line for code in codes for line in asserts_from_test_code(code)]


def _spec_and_target(problem: Problem) -> tuple[FunctionSpec, ImportTarget]:
    """The FunctionSpec of the problem's function, parsed from the text the mode allows."""
    from testdraft.generate.base import ImportTarget
    from testdraft.pipeline import SuggestError, spec_named

    source = problem.prompt_code + problem.solution
    try:
        spec = spec_named(source.encode("utf-8"), problem.fn_name)
    except SuggestError as exc:
        raise GeneratorUnavailable(f"{problem.task_id}: {exc}") from exc
    return spec, ImportTarget.plain("solution", problem.fn_name)
