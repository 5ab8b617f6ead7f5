"""The one pipeline: parse -> spec -> generate -> validate/rank -> render edit.

`testdraft suggest` and the eval harness call `suggest_tests` (everything at once); the
LSP command calls `stream_suggestions` (the same steps, in batches as candidates arrive).
None of them re-implements a step.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import tree_sitter

from testdraft.cancellation import NEVER_CANCELLED, Cancelled, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.generate.pytest_code import make_test_name, same_test_key
from testdraft.generate.skeleton import SkeletonGenerator
from testdraft.parsing.languages import parse_python
from testdraft.project.context import with_context
from testdraft.project.imports import import_target
from testdraft.project.layout import project_root, suggested_test_file
from testdraft.render.module import ModuleEdit, merge_tests
from testdraft.spec.extract import extract_spec, find_function, function_at
from testdraft.spec.model import FunctionSpec
from testdraft.validate.engine import ValidationOptions, ValidationTarget
from testdraft.validate.rank import rank_candidates
from testdraft.validate.target import target_for

# Generators whose tests restate the spec: kept as they are, never outvoted.
DETERMINISTIC_ORIGINS = frozenset({"docstring", "skeleton"})
# Ranking runs every candidate unit; mutation decides between units of equal coverage.
RANKING_OPTIONS = ValidationOptions(test_timeout_s=3.0, suite_timeout_s=60.0)

log = logging.getLogger(__name__)

# Reads a file's current text: the editor's buffer when it is open, else the disk.
TextReader = Callable[[Path], str | None]
# Hears about each candidate as it arrives (for streaming progress).
CandidateListener = Callable[[CandidateTest], None]


class SuggestError(Exception):
    """A request that cannot give tests, with a message meant for the user."""


@dataclass
class Suggestion:
    source_path: Path
    spec: FunctionSpec
    target: ImportTarget
    test_file: Path
    candidates: list[CandidateTest]
    chosen: list[CandidateTest]
    edit: ModuleEdit
    notes: list[str] = field(default_factory=list)

    @property
    def code(self) -> str:
        return self.edit.new_text

    def to_json(self) -> dict[str, object]:
        return {
            "test_file": str(self.test_file),
            "code": self.code,
            "tests": [
                {"name": name, "origin": test.origin, "placeholder": test.is_placeholder}
                for name, test in zip(self.edit.test_names, self._added(), strict=False)
            ],
            "function": self.spec.qualname,
            "implemented": self.spec.is_implemented,
            "import": self.target.import_line,
            "notes": self.notes,
        }

    def _added(self) -> list[CandidateTest]:
        skipped = set(self.edit.skipped_duplicates)
        return [test for test in self.chosen if test.name not in skipped]


def read_disk(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError as error:
        raise SuggestError(f"{path} is not UTF-8 text: {error.reason} at byte {error.start}") from error


def default_generators() -> list[Generator]:
    return [DocstringExamplesGenerator()]


def spec_at(tree: tree_sitter.Tree, point: tuple[int, int]) -> FunctionSpec | None:
    node = function_at(tree, point)
    return extract_spec(node) if node is not None else None


def spec_named(source: bytes, qualname: str) -> FunctionSpec:
    tree = parse_python(source)
    node = find_function(tree, qualname)
    if node is None:
        raise SuggestError(f"no function named {qualname!r} in this file")
    return extract_spec(node)


def collect_candidates(
    spec: FunctionSpec,
    target: ImportTarget,
    generators: Iterable[Generator],
    cancel: CancelToken = NEVER_CANCELLED,
    on_candidate: CandidateListener | None = None,
) -> list[CandidateTest]:
    return list(_generated(spec, target, generators, cancel, on_candidate))


def _generated(
    spec: FunctionSpec,
    target: ImportTarget,
    generators: Iterable[Generator],
    cancel: CancelToken,
    on_candidate: CandidateListener | None,
) -> Iterator[CandidateTest]:
    for generator in generators:
        try:
            for candidate in generator.generate(spec, target, cancel):
                cancel.raise_if_cancelled()
                if on_candidate is not None:
                    on_candidate(candidate)
                yield candidate
        except Cancelled:
            raise
        except Exception as error:  # one failing generator must not sink the others
            log.warning("generator %s failed: %s", getattr(generator, "name", generator), error)


def is_sampled(generator: Generator) -> bool:
    """Generators whose candidates take seconds each to arrive (the model): streamed."""
    return bool(getattr(generator, "sampled", False))


def validation_target(
    spec: FunctionSpec,
    target: ImportTarget,
    source_path: Path,
    source_text: str | None = None,
    test_file: Path | None = None,
) -> ValidationTarget:
    """The validation engine's view of the function; an unsaved buffer shadows the disk."""
    overlays: dict[str, str] = {}
    if source_text is not None:
        overlays[str(source_path.resolve().relative_to(Path(target.sys_path_root).resolve()))] = source_text
    validation = target_for(target, spec, overlays, str(source_path))
    return replace(validation, test_dir=str(test_file.parent)) if test_file is not None else validation


def choose(
    candidates: Sequence[CandidateTest],
    spec: FunctionSpec,
    target: ImportTarget,
    ranking_target: ValidationTarget | None = None,
    options: ValidationOptions | None = None,
    cancel: CancelToken = NEVER_CANCELLED,
) -> list[CandidateTest]:
    """The tests to insert.

    Docstring tests are the spec: they stay even when they fail (the failure is news).
    Sampled candidates (the model's) are split, validated and ranked when a ranking
    target is given: by execution if the function exists, by votes (TDD) if not.
    A skeleton comes only when nothing real came out.
    """
    real = [test for test in candidates if not test.is_placeholder]
    placeholders = [test for test in candidates if test.is_placeholder]
    deterministic = [test for test in real if test.origin in DETERMINISTIC_ORIGINS]
    sampled = [test for test in real if test.origin not in DETERMINISTIC_ORIGINS]
    if sampled and ranking_target is not None:
        ranking = rank_candidates([*deterministic, *sampled], ranking_target, options or RANKING_OPTIONS, spec, cancel)
        kept = {same_test_key(test.code) for test in deterministic}
        sampled = [ranked.test for ranked in ranking.selected if ranked.test.origin not in DETERMINISTIC_ORIGINS]
        sampled = [test for test in sampled if same_test_key(test.code) not in kept]
    chosen = _unique([*deterministic, *_named_after(spec, sampled)])
    if chosen:
        return chosen + placeholders
    return placeholders or list(SkeletonGenerator().generate(spec, target))


def _named_after(spec: FunctionSpec, tests: Sequence[CandidateTest]) -> list[CandidateTest]:
    """Sampled tests whose names do not mention the function get `test_<function>_<n>`."""
    named: list[CandidateTest] = []
    for number, test in enumerate(tests, start=1):
        if spec.name.lower() in test.name.lower():
            named.append(test)
            continue
        name = make_test_name(spec, str(number))
        code = re.sub(rf"\bdef {re.escape(test.name)}\(", f"def {name}(", test.code, count=1)
        named.append(replace(test, name=name, code=code))
    return named


def _unique(tests: Sequence[CandidateTest]) -> list[CandidateTest]:
    seen: set[str] = set()
    unique: list[CandidateTest] = []
    for test in tests:
        key = same_test_key(test.code)
        if key not in seen:
            seen.add(key)
            unique.append(test)
    return unique


@dataclass(frozen=True)
class _Request:
    """Where one function's tests go, and what ranking runs them against."""

    source_path: Path
    spec: FunctionSpec
    target: ImportTarget
    test_file: Path
    ranking_target: ValidationTarget | None


def _request(source_path: Path, spec: FunctionSpec, read_text: TextReader, rank: bool) -> _Request:
    source_path = source_path.resolve()
    root = project_root(source_path)
    test_file = suggested_test_file(source_path, root)
    target = import_target(spec, source_path, root, test_file)
    source_text = read_text(source_path)
    if source_text is not None:
        target = with_context(target, spec, source_text.encode("utf-8"), source_path, root, test_file)
    ranking_target = None
    if rank:
        ranking_target = validation_target(spec, target, source_path, source_text, test_file)
    return _Request(source_path, spec, target, test_file, ranking_target)


def _suggestion(
    request: _Request, candidates: list[CandidateTest], chosen: list[CandidateTest], read_text: TextReader
) -> Suggestion:
    spec, source_path = request.spec, request.source_path
    old_text = read_text(request.test_file) or ""
    edit = merge_tests(old_text, chosen, subject=f"`{spec.qualname}` in {source_path.name}")
    notes = [request.target.note] if request.target.note else []
    if not spec.is_implemented:
        notes.append(f"{spec.qualname} has no implementation yet: its tests are pending until it does.")
    if edit.skipped_duplicates:
        notes.append("already in the test file: " + ", ".join(edit.skipped_duplicates))
    return Suggestion(source_path, spec, request.target, request.test_file, list(candidates), chosen, edit, notes)


def suggest_tests(
    source_path: Path,
    spec: FunctionSpec,
    generators: Iterable[Generator] | None = None,
    read_text: TextReader = read_disk,
    cancel: CancelToken = NEVER_CANCELLED,
    on_candidate: CandidateListener | None = None,
    rank: bool = True,
) -> Suggestion:
    """Tests for one function, as an edit of the test module they belong in."""
    request = _request(source_path, spec, read_text, rank)
    cancel.raise_if_cancelled()
    candidates = collect_candidates(
        spec, request.target, default_generators() if generators is None else generators, cancel, on_candidate
    )
    chosen = choose(candidates, spec, request.target, request.ranking_target, cancel=cancel)
    cancel.raise_if_cancelled()
    return _suggestion(request, candidates, chosen, read_text)


def stream_suggestions(
    source_path: Path,
    spec: FunctionSpec,
    generators: Iterable[Generator] | None = None,
    read_text: TextReader = read_disk,
    cancel: CancelToken = NEVER_CANCELLED,
    on_candidate: CandidateListener | None = None,
) -> Iterator[Suggestion]:
    """Tests for one function in batches, as they become ready (what the editor shows).

    First the instant generators' tests (docstring examples); then, each time a sampled
    candidate (the model's) arrives, it is validated and ranked with everything so far and
    the tests it newly earns come as the next batch. Each batch's edit is made against the
    test file as `read_text` returns it when the batch is ready: apply one before pulling
    the next. A skeleton alone comes only at the end, if no batch had a real test.
    """
    request = _request(source_path, spec, read_text, rank=True)
    target = request.target
    cancel.raise_if_cancelled()
    generators = list(default_generators() if generators is None else generators)
    candidates = collect_candidates(spec, target, [g for g in generators if not is_sampled(g)], cancel, on_candidate)
    sampled = [g for g in generators if is_sampled(g)]
    sent: set[str] = set()
    first = choose(candidates, spec, target)
    if any(not test.is_placeholder for test in first) or not sampled:
        sent.update(same_test_key(test.code) for test in first)
        yield _suggestion(request, candidates, first, read_text)
    for candidate in _generated(spec, target, sampled, cancel, on_candidate):
        candidates.append(candidate)
        chosen = choose(candidates, spec, target, request.ranking_target, cancel=cancel)
        new = [test for test in chosen if not test.is_placeholder and same_test_key(test.code) not in sent]
        if new:
            sent.update(same_test_key(test.code) for test in new)
            yield _suggestion(request, candidates, new, read_text)
    if not sent:
        yield _suggestion(request, candidates, choose(candidates, spec, target), read_text)
