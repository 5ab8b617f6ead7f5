"""The one pipeline: parse -> spec -> generate -> validate/rank -> render edit.

The LSP command, `testdraft suggest`, the eval harness and training all call
`suggest_tests`; none of them re-implements a step.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import tree_sitter

from testdraft.cancellation import NEVER_CANCELLED, Cancelled, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.generate.skeleton import SkeletonGenerator
from testdraft.parsing.languages import parse_python
from testdraft.project.imports import import_target
from testdraft.project.layout import project_root, suggested_test_file
from testdraft.render.module import ModuleEdit, merge_tests
from testdraft.spec.extract import extract_spec, find_function, function_at
from testdraft.spec.model import FunctionSpec

log = logging.getLogger(__name__)

# Reads a file's current text: the editor's buffer when it is open, else the disk.
TextReader = Callable[[Path], str | None]
# Hears about each candidate as it arrives (for streaming progress).
CandidateListener = Callable[[CandidateTest], None]


class SuggestError(Exception):
    """A request that cannot give tests, with a message meant for the user."""


@dataclass
class Suggestion:
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
    candidates: list[CandidateTest] = []
    for generator in generators:
        try:
            for candidate in generator.generate(spec, target, cancel):
                cancel.raise_if_cancelled()
                candidates.append(candidate)
                if on_candidate is not None:
                    on_candidate(candidate)
        except Cancelled:
            raise
        except Exception as error:  # one failing generator must not sink the others
            log.warning("generator %s failed: %s", getattr(generator, "name", generator), error)
    return candidates


def choose(candidates: Sequence[CandidateTest], spec: FunctionSpec, target: ImportTarget) -> list[CandidateTest]:
    """Real tests first; a skeleton only when nothing real came out."""
    real = [test for test in candidates if not test.is_placeholder]
    placeholders = [test for test in candidates if test.is_placeholder]
    if not any(test.origin != "skeleton" for test in candidates):
        return placeholders if placeholders else list(SkeletonGenerator().generate(spec, target))
    seen: set[str] = set()
    chosen: list[CandidateTest] = []
    for test in [*real, *placeholders]:
        if test.code in seen:
            continue
        seen.add(test.code)
        chosen.append(test)
    return chosen


def suggest_tests(
    source_path: Path,
    spec: FunctionSpec,
    generators: Iterable[Generator] | None = None,
    read_text: TextReader = read_disk,
    cancel: CancelToken = NEVER_CANCELLED,
    on_candidate: CandidateListener | None = None,
) -> Suggestion:
    """Tests for one function, as an edit of the test module they belong in."""
    source_path = source_path.resolve()
    root = project_root(source_path)
    test_file = suggested_test_file(source_path, root)
    target = import_target(spec, source_path, root, test_file)
    cancel.raise_if_cancelled()
    candidates = collect_candidates(
        spec, target, default_generators() if generators is None else generators, cancel, on_candidate
    )
    chosen = choose(candidates, spec, target)
    cancel.raise_if_cancelled()
    old_text = read_text(test_file) or ""
    edit = merge_tests(old_text, chosen, subject=f"`{spec.qualname}` in {source_path.name}")
    notes = [target.note] if target.note else []
    if not spec.is_implemented:
        notes.append(f"{spec.qualname} has no implementation yet: its tests are pending until it does.")
    if edit.skipped_duplicates:
        notes.append("already in the test file: " + ", ".join(edit.skipped_duplicates))
    return Suggestion(spec, target, test_file, candidates, chosen, edit, notes)
