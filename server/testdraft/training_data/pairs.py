"""Reading (function, tests) pairs, choosing a training subset, and what a prompt sees of one.

The format is JSON lines (gzip when the name ends in `.gz`, like the committed
`models/training-data/pairs-*.jsonl.gz`):

    {"source": "def f(x):\\n    \\"\\"\\"Docstring.\\"\\"\\"\\n", "tests": "def test_f():\\n    assert ...",
     "function": "f", "module": "pkg.mod", "package": "pkg"}

`source` needs the signature and docstring (a body is ignored: prompts never show it),
`function` defaults to the first function in `source`, `module` (what the tests import
from) to `solution`, `package` (for capping a package's share) to none.
"""

from __future__ import annotations

import ast
import gzip
import json
import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from testdraft.generate.base import ImportTarget
from testdraft.model.assets import MODELS_DIR
from testdraft.spec.model import FunctionSpec

T = TypeVar("T")

TRAINING_DATA_DIR = MODELS_DIR / "training-data"
# The verified pairs of the last build, committed (models/README.md).
TRAIN_PAIRS = TRAINING_DATA_DIR / "pairs-train.jsonl.gz"


class TrainingDataError(ValueError):
    """The data file is missing, not JSON lines, or a pair lacks what it needs."""


@dataclass(frozen=True)
class Pair:
    source: str
    tests: str
    function: str | None = None
    module: str = "solution"
    package: str | None = None

    @property
    def checks(self) -> int:
        """Asserts and `pytest.raises` blocks in the tests (0 when they do not parse)."""
        from testdraft.model.parse_output import count_checks

        try:
            return count_checks(ast.parse(self.tests))
        except SyntaxError:
            return 0


def read_data(path: Path) -> bytes:
    """The file's JSON lines, uncompressed (what the manifest's sha256 is of)."""
    try:
        data = path.read_bytes()
        return gzip.decompress(data) if path.name.endswith(".gz") else data
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise TrainingDataError(f"cannot read {path}: {error}") from error


def read_pairs(path: Path) -> list[Pair]:
    try:
        lines = read_data(path).decode("utf-8").splitlines()
    except UnicodeDecodeError as error:
        raise TrainingDataError(f"cannot read {path}: {error}") from error
    pairs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            pairs.append(Pair(source=str(item["source"]), tests=str(item["tests"]),
                              function=item.get("function"), module=item.get("module") or "solution",
                              package=item.get("package")))
        except (ValueError, KeyError, TypeError) as error:
            raise TrainingDataError(
                f"{path}:{number}: expected {{\"source\": ..., \"tests\": ...}} ({error})"
            ) from error
    if not pairs:
        raise TrainingDataError(f"{path} holds no pairs")
    return pairs


def cap_per_package(pairs: Sequence[Pair], limit: int | None, seed: int) -> list[Pair]:
    """At most `limit` pairs of each package (a seeded sample; pairs without one count as one
    package), in the data's order: one heavily documented package must not be the whole run."""
    return cap_per_group(pairs, lambda pair: pair.package, limit, seed)


def cap_per_group(items: Sequence[T], group: Callable[[T], str | None], limit: int | None,
                  seed: int) -> list[T]:
    """At most `limit` items of each group (a seeded sample), in the items' order."""
    if limit is None:
        return list(items)
    by_group: dict[str | None, list[int]] = defaultdict(list)
    for index, item in enumerate(items):
        by_group[group(item)].append(index)
    rng = random.Random(seed)
    kept: set[int] = set()
    for name in sorted(by_group, key=str):
        indices = by_group[name]
        kept.update(indices if len(indices) <= limit else rng.sample(indices, limit))
    return [item for index, item in enumerate(items) if index in kept]


def shorter_tests(pair: Pair) -> list[Pair]:
    """`pair` with its tests cut after each statement that checks something, shortest first.

    A cut keeps whole statements in order: every earlier test, and the leading statements of
    the test it ends in. The tests were verified as a whole, and a prefix of a test that ran
    to its end runs to its end too, so each cut is still verified. Training uses the longest
    cut that fits the token budget instead of leaving a long pair out.
    """
    from testdraft.model.parse_output import count_checks

    try:
        module = ast.parse(pair.tests)
    except SyntaxError:
        return []
    lines = pair.tests.splitlines()
    ends: list[int] = []
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
            ends.extend(statement.end_lineno or statement.lineno
                        for statement in node.body if count_checks(statement))
    return [replace(pair, tests="\n".join(lines[:end]) + "\n") for end in ends]


def pair_prompt_view(pair: Pair) -> tuple[FunctionSpec, ImportTarget]:
    """The spec and import target a suggestion for `pair`'s function would have.

    Suggestions (editor, CLI, eval) always carry a project context; a module with nothing
    around the function gives one with only the test's imports, and so does this, so that
    training and few-shot examples use the prompt that suggestions get.
    """
    from testdraft.parsing.languages import parse_python
    from testdraft.project.context import ProjectContext
    from testdraft.project.imports import target_for
    from testdraft.spec.extract import extract_spec, find_function, iter_functions

    tree = parse_python(pair.source.encode("utf-8"))
    node = find_function(tree, pair.function) if pair.function else next(iter_functions(tree), None)
    if node is None:
        raise TrainingDataError(f"no function {pair.function or ''} in: {pair.source[:60]!r}")
    spec = extract_spec(node)
    target = target_for(spec, pair.module, ".")
    context = ProjectContext(test_imports=("import pytest", target.import_line))
    return spec, replace(target, context=context)
