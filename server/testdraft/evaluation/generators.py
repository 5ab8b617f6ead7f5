"""Which of our generators a name means, as a callable `(problem) -> list[str]`.

Each returned string is one candidate: a block of assert lines (as a PyTester model
would write them). Generators are imported lazily: the harness and the predictions path
work without the model stack installed.

TDD mode hands the generator the prompt only (`Problem.tdd_view`); validated mode hands
it the whole problem and lets `testdraft.evaluation.validated` filter and rank.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from testdraft.evaluation.problems import Problem
from testdraft.evaluation.test_code import asserts_from_test_code

if TYPE_CHECKING:
    from testdraft.generate.base import ImportTarget
    from testdraft.spec.model import FunctionSpec

log = logging.getLogger(__name__)

GeneratorFn = Callable[[Problem], list[str]]
GENERATOR_NAMES = ("docstring", "model", "combined")


class GeneratorUnavailable(RuntimeError):
    """The named generator cannot be built here (not installed, or not merged yet)."""


@dataclass(frozen=True)
class ModelOptions:
    """The model knobs `testdraft eval` passes through to the model generator."""

    model: str | None = None  # a model path/name; None: the default model
    adapter: str | None = None  # a LoRA adapter directory
    adapter_scale: float = 1.0
    temperature: float = 0.2
    samples: int = 5
    max_new_tokens: int = 256
    system_prompt: str | None = None
    seed: int = 0


# The packages whose code decides each generator's output: a change there re-generates.
_SOURCES = {
    "docstring": ("generate", "spec", "parsing"),
    "model": ("model", "generate", "spec", "parsing"),
    "combined": ("model", "generate", "spec", "parsing"),
}


def generator_fingerprint(name: str, options: ModelOptions) -> str:
    """Identifies a generator's behaviour (its code, and the knobs when a model is used)."""
    import testdraft

    digest = hashlib.sha256(name.encode())
    root = Path(testdraft.__file__).parent
    for package in _SOURCES.get(name, ()):
        for path in sorted((root / package).rglob("*.py")):
            digest.update(path.read_bytes())
    if name != "docstring":
        digest.update(repr(options).encode())
    return f"{name}:{digest.hexdigest()[:16]}"


def tdd_view(problem: Problem) -> Problem:
    """What a TDD generator may see: the prompt, never the solution or the dataset's tests."""
    return dataclasses.replace(problem, solution="", reference_tests=())


def load_generator(name: str, options: ModelOptions | None = None) -> GeneratorFn:
    options = options or ModelOptions()
    if name == "docstring":
        return _docstring_generator()
    if name == "model":
        return _model_generator(options)
    if name == "combined":
        docstring, model = _docstring_generator(), _model_generator(options)
        return lambda problem: _combine(docstring(problem), model(problem))
    raise GeneratorUnavailable(f"unknown generator {name!r} (choose from {GENERATOR_NAMES})")


def _combine(deterministic: list[str], sampled: list[str]) -> list[str]:
    """Docstring asserts first in every candidate, then each model sample's asserts."""
    base = "\n".join(deterministic)
    if not sampled:
        return [base] if base else []
    return ["\n".join(part for part in (base, sample) if part) for sample in sampled]


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


def _model_settings(options: ModelOptions) -> object:
    settings = _import("testdraft.model.settings", "model")
    values: dict[str, object] = {
        "model": options.model,
        "lora_scale": options.adapter_scale,
        "temperature": options.temperature,
        "num_candidates": options.samples,
        "max_new_tokens": options.max_new_tokens,
        "seed": options.seed,
    }
    if options.adapter:
        values["adapters"] = (settings.AdapterSettings(path=options.adapter),)  # type: ignore[attr-defined]
    if options.system_prompt is not None:
        values["system_prompt"] = options.system_prompt
    try:
        return settings.ModelSettings(**values)  # type: ignore[attr-defined]
    except ValueError as exc:  # ModelSettingsError
        raise GeneratorUnavailable(f"model settings: {exc}") from exc


def _model_generator(options: ModelOptions) -> GeneratorFn:
    """The local model, loaded once: each sample is one candidate."""
    service_module = _import("testdraft.model.service", "model")
    errors = _import("testdraft.model.errors", "model")
    model_error: type[Exception] = errors.ModelError  # type: ignore[attr-defined]
    service = service_module.ModelService()  # type: ignore[attr-defined]
    try:
        service.load_now(_model_settings(options))
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
    target = ImportTarget(
        module="solution",
        symbol=problem.fn_name,
        import_line=f"from solution import {problem.fn_name}",
        access=problem.fn_name,
        sys_path_root=".",
    )
    return spec, target
