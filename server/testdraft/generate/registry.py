"""Generators from their names: the one place `docstring`, `model` and `combined` are decided.

The CLI's `--generator`, the eval's `--generator` and the editor's `testdraft.generators`
setting all come here; the order of the names is the order the generators run in (and
the order their tests are preferred in).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from testdraft.generate.base import Generator
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.generate.properties import PropertyGenerator

log = logging.getLogger(__name__)

# What each accepted name stands for. `docstring` is every deterministic source the docstring
# gives (its examples, then the properties it states); `combined` adds the model's tests.
EXPANSIONS: dict[str, tuple[str, ...]] = {
    "docstring": ("docstring", "properties"),
    "properties": ("properties",),
    "model": ("model",),
    "combined": ("docstring", "properties", "model"),
}
GENERATOR_NAMES = tuple(EXPANSIONS)
SAMPLED = frozenset({"model"})  # the generators whose `sampled` is True

# Builds the model generator when it is named (loading may take a while); None: not ready.
ModelFactory = Callable[[], Generator | None]


class UnknownGenerator(ValueError):
    """A name that is not one of GENERATOR_NAMES."""


def expand_names(names: Iterable[str]) -> tuple[str, ...]:
    """The single generators `names` stand for, in order, each once."""
    expanded: list[str] = []
    for name in names:
        if name not in EXPANSIONS:
            raise UnknownGenerator(f"unknown generator {name!r} (choose from {', '.join(GENERATOR_NAMES)})")
        expanded += EXPANSIONS[name]
    return tuple(dict.fromkeys(expanded))


def build_generators(names: Iterable[str], model: ModelFactory | None = None) -> list[Generator]:
    """The generators `names` call for, in that order; unknown names are logged and skipped
    (an editor setting must not break suggestions), and `model` is asked only when named."""
    names = list(names)
    for name in names:
        if name not in EXPANSIONS:
            log.warning("unknown generator %r: skipped", name)
    known = [name for name in names if name in EXPANSIONS]
    built = (build_single(name, model) for name in expand_names(known))
    return [generator for generator in built if generator is not None]


def build_single(name: str, model: ModelFactory | None = None) -> Generator | None:
    """The one generator a single name (one `expand_names` gives) stands for; None when it is
    the model and `model` is not given or not ready."""
    if name == "docstring":
        return DocstringExamplesGenerator()
    if name == "properties":
        return PropertyGenerator()
    return model() if model is not None else None
