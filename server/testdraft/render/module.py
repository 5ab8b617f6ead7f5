"""Test module text: render a new module, or merge tests into an existing one.

Merging never rewrites what is there: it inserts missing imports after the existing
ones and appends tests at the end. A test whose name is taken gets a numbered name;
a test identical to one already there is left out.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

from testdraft.generate.base import ALREADY_IN_FILE, CandidateTest, DroppedTest, DropReason
from testdraft.render.edits import renamed, same_test_key, unique_name

# `import pytest` goes with the standard library, above the project's own imports.
_FIRST_GROUP = frozenset(sys.stdlib_module_names) | {"pytest"}


@dataclass(frozen=True)
class Insertion:
    """Insert `text` before 0-based `line` of the old text (line == line count: at the end)."""

    line: int
    text: str


@dataclass(frozen=True)
class ModuleEdit:
    old_text: str
    insertions: tuple[Insertion, ...]
    test_names: tuple[str, ...]  # the names the added tests got
    skipped_duplicates: tuple[str, ...] = field(default=())
    skipped_origins: tuple[str, ...] = field(default=())  # beside skipped_duplicates

    @property
    def skipped(self) -> list[DroppedTest]:
        """The tests left out because the module already has them."""
        return [
            DroppedTest(name, origin, DropReason.DUPLICATE, ALREADY_IN_FILE)
            for name, origin in zip(self.skipped_duplicates, self.skipped_origins, strict=False)
        ]

    @property
    def new_text(self) -> str:
        lines = self.old_text.splitlines(keepends=True)
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        for insertion in sorted(self.insertions, key=lambda item: item.line, reverse=True):
            lines.insert(min(insertion.line, len(lines)), insertion.text)
        return "".join(lines)

    @property
    def is_empty(self) -> bool:
        return not self.insertions


def _import_sort_key(line: str) -> tuple[int, str]:
    words = line.split()
    top = words[1].split(".")[0] if len(words) > 1 and words[0] in ("import", "from") else ""
    return (0 if top in _FIRST_GROUP else 1, line)


def _grouped_imports(imports: Sequence[str]) -> str:
    ordered = sorted(dict.fromkeys(imports), key=_import_sort_key)
    groups: list[list[str]] = [[], []]
    for line in ordered:
        groups[_import_sort_key(line)[0]].append(line)
    return "\n\n".join("\n".join(group) for group in groups if group)


@dataclass(frozen=True)
class _ExistingModule:
    imports: frozenset[str]
    last_import_line: int  # 0-based line after which new imports go; -1 = top of the file
    test_names: frozenset[str]
    test_bodies: frozenset[str]
    line_count: int


def _first_import_slot(tree: ast.Module) -> int:
    """After a module docstring and `from __future__` imports."""
    slot = -1
    for node in tree.body:
        is_docstring = (
            isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        )
        is_future = isinstance(node, ast.ImportFrom) and node.module == "__future__"
        if is_docstring or is_future:
            slot = (node.end_lineno or node.lineno) - 1
        else:
            break
    return slot


def _scan(text: str) -> _ExistingModule:
    lines = text.splitlines()
    try:
        tree = ast.parse(text)
    except SyntaxError:
        # A broken test file still gets appended to; imports are matched line by line.
        import_lines = {line.strip() for line in lines if re.match(r"^(import|from)\s", line)}
        last = max((i for i, line in enumerate(lines) if re.match(r"^(import|from)\s", line)), default=-1)
        test_names = set(re.findall(r"^(?:async\s+)?def\s+(test_\w+)", text, re.MULTILINE))
        return _ExistingModule(frozenset(import_lines), last, frozenset(test_names), frozenset(), len(lines))
    imports: set[str] = set()
    last = _first_import_slot(tree)
    names: set[str] = set()
    bodies: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                single = (
                    ast.Import(names=[alias])
                    if isinstance(node, ast.Import)
                    else ast.ImportFrom(module=node.module, names=[alias], level=node.level)
                )
                imports.add(ast.unparse(single))
            last = max(last, (node.end_lineno or node.lineno) - 1)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            segment = ast.get_source_segment(text, node)
            if segment:
                start = node.decorator_list[0].lineno - 1 if getattr(node, "decorator_list", None) else node.lineno - 1
                bodies.add(same_test_key("\n".join(lines[start : node.end_lineno])))
    return _ExistingModule(frozenset(imports), last, frozenset(names), frozenset(bodies), len(lines))


def _split_import(line: str) -> list[str]:
    """`from a import b, c` -> one line per name, so merging compares like with like."""
    try:
        node = ast.parse(line).body[0]
    except (SyntaxError, IndexError):
        return [line]
    if isinstance(node, ast.ImportFrom):
        return [ast.unparse(ast.ImportFrom(module=node.module, names=[a], level=node.level)) for a in node.names]
    if isinstance(node, ast.Import):
        return [ast.unparse(ast.Import(names=[a])) for a in node.names]
    return [line]


def _used_by(line: str, names: set[str] | None, code: str) -> bool:
    """Whether the one-name import `line` binds one of `names`, the names `code` uses (a star
    import, or a line that is not an import, always). `names` is None when `code` does not
    parse: then any mention of the name counts."""
    try:
        node = ast.parse(line).body[0]
    except (SyntaxError, IndexError):
        return True
    if not isinstance(node, ast.Import | ast.ImportFrom) or node.names[0].name == "*":
        return True
    alias = node.names[0]
    bound = alias.asname or alias.name.split(".")[0]
    if names is None:
        return re.search(rf"\b{re.escape(bound)}\b", code) is not None
    return bound in names


def _names_used(code: str) -> set[str] | None:
    """The names `code` reads (not those only in its strings or comments); None if it does not parse."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return None
    return {node.id for node in ast.walk(tree) if isinstance(node, ast.Name)}


def module_docstring(subject: str) -> str:
    return f'"""Tests for {subject}, drafted by testdraft."""\n'


def existing_test_keys(text: str) -> frozenset[str]:
    """What the tests of a module's `text` check (`same_test_key`): a test with one of these keys
    is already there."""
    return _scan(text).test_bodies


def merge_tests(old_text: str, tests: Sequence[CandidateTest], subject: str = "") -> ModuleEdit:
    """Edits that add `tests` (and their imports) to a module whose text is `old_text`."""
    existing = _scan(old_text)
    taken = set(existing.test_names)
    bodies = set(existing.test_bodies)
    chunks: list[str] = []
    names: list[str] = []
    skipped: list[CandidateTest] = []
    wanted_imports: list[str] = []
    for test in tests:
        if same_test_key(test.code) in bodies:
            skipped.append(test)
            continue
        name = unique_name(test.name, taken)
        taken.add(name)
        code = renamed(test, name).code
        bodies.add(same_test_key(code))
        chunks.append(code.rstrip() + "\n")
        names.append(name)
        used = _names_used(code)
        for line in test.imports:  # those the test uses: a stand-in pinned away leaves its import
            wanted_imports.extend(single for single in _split_import(line) if _used_by(single, used, code))
    if not chunks:
        return ModuleEdit(old_text, (), (), *_skipped(skipped))
    missing = [line for line in dict.fromkeys(wanted_imports) if line not in existing.imports]
    insertions: list[Insertion] = []
    tests_text = "\n\n".join(chunks)
    if not old_text.strip():
        header = module_docstring(subject) if subject else ""
        text = header + ("\n" if header else "") + _grouped_imports(missing) + "\n\n\n" + tests_text
        return ModuleEdit(old_text, (Insertion(0, text),), tuple(names), *_skipped(skipped))
    if missing:
        block = "\n".join(sorted(missing, key=_import_sort_key)) + "\n"
        if existing.last_import_line < 0:
            block += "\n\n"
        insertions.append(Insertion(existing.last_import_line + 1, block))
    trailing_blank_lines = len(old_text) - len(old_text.rstrip("\n")) - 1
    ending = "\n" * max(0, 2 - max(trailing_blank_lines, 0))
    insertions.append(Insertion(existing.line_count, ending + tests_text))
    return ModuleEdit(old_text, tuple(insertions), tuple(names), *_skipped(skipped))


def _skipped(tests: Sequence[CandidateTest]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return tuple(test.name for test in tests), tuple(test.origin for test in tests)


def render_module(tests: Sequence[CandidateTest]) -> str:
    """A new test module holding `tests` (what ranking runs, what the RL reward scores)."""
    return merge_tests("", tests).new_text
