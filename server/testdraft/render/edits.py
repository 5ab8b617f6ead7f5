"""Editing candidate tests: the one home for renaming, unique names and duplicate removal.

Every step that changes a test's name (the model's answers, split ranking units, tests
named after the function, merging into a file whose names are taken) goes through
`rename_test` and `unique_name`; one request removes duplicates once, with `unique_tests`,
comparing tests by `same_test_key`. Docstring examples and model answers reach the
function the same way, through `CallRewriter`. A `pytest.mark.parametrize` test is spelled
out row by row with `parameter_rows` and `substitute_parameters` (the eval's assert lines,
the training data's plain asserts).
"""

from __future__ import annotations

import ast
import copy
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from testdraft.generate.base import CandidateTest, DroppedTest, DropReason, ImportTarget
from testdraft.spec.model import FunctionSpec


def rename_test(code: str, old: str, new: str) -> str:
    """`code` with its `def old(` (or `async def old(`) renamed to `new`."""
    return re.sub(rf"\bdef {re.escape(old)}\(", f"def {new}(", code, count=1)


def unique_name(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name_2`, `name_3`, ... : the first one not in `taken`."""
    used = set(taken)
    candidate, suffix = name, 2
    while candidate in used:
        candidate, suffix = f"{name}_{suffix}", suffix + 1
    return candidate


def renamed(test: CandidateTest, name: str) -> CandidateTest:
    if name == test.name:
        return test
    return replace(test, name=name, code=rename_test(test.code, test.name, name))


def with_unique_names(tests: Sequence[CandidateTest], taken: Iterable[str] = ()) -> list[CandidateTest]:
    """The tests, each renamed where its name is taken (by `taken` or an earlier test)."""
    used = set(taken)
    out: list[CandidateTest] = []
    for test in tests:
        name = unique_name(test.name, used)
        used.add(name)
        out.append(renamed(test, name))
    return out


def unique_tests(
    tests: Sequence[CandidateTest], known: Mapping[str, str] | None = None
) -> tuple[list[CandidateTest], list[DroppedTest]]:
    """The tests minus those checking what an earlier one, or a `known` one (its
    `same_test_key` -> its name), already does."""
    seen: dict[str, str] = dict(known or {})
    kept: list[CandidateTest] = []
    dropped: list[DroppedTest] = []
    for test in tests:
        key = same_test_key(test.code)
        if key in seen:
            dropped.append(DroppedTest(test.name, test.origin, DropReason.DUPLICATE, f"same as {seen[key]}"))
        else:
            seen[key] = test.name
            kept.append(test)
    return kept, dropped


def same_test_key(code: str) -> str:
    """What a test checks, ignoring its name, docstring, assertion messages and layout.

    The one notion of "the same test": merging into a test file, de-duplicating ranked
    units and streaming batches all compare tests by it.
    """
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return "\n".join(line.strip() for line in code.strip().splitlines()[1:])
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert):
            node.msg = None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            node.name = "_"
            if node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant):
                node.body = node.body[1:] or [ast.Pass()]
    return ast.dump(tree)


class CallRewriter(ast.NodeTransformer):
    """Reach the function through `target.access`, and run its coroutines with asyncio.run.

    The model and the docstring see `def greet(self, ...)` and write `greet(...)`; the test
    must call `Greeter().greet(...)`. For a coroutine function, `await f(x)` and a bare
    `f(x)` both become `asyncio.run(f(x))`, and an `async def test_...` a plain one (pytest
    alone does not run coroutines). `changed` says whether anything was rewritten.
    """

    def __init__(self, spec: FunctionSpec, target: ImportTarget, rebound: bool = False) -> None:
        self.spec = spec
        self.access = ast.parse(target.access, mode="eval").body if target.access != spec.name else None
        # The code binds the bare name to something else (`>>> from multipledispatch import
        # dispatch` in the docstring of `Dispatcher.dispatch`): only `x.name(...)` is the method.
        self.rebound = rebound
        self.changed = False

    def _is_target_call(self, node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        func = node.func
        if isinstance(func, ast.Name):
            return func.id == self.spec.name and not self.rebound
        return isinstance(func, ast.Attribute) and func.attr == self.spec.name

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        self.generic_visit(node)
        if not node.name.startswith("test"):
            return node
        self.changed = True
        fields = {name: getattr(node, name) for name in node._fields}  # the same fields, not awaited
        return ast.copy_location(ast.FunctionDef(**fields), node)

    def visit_Await(self, node: ast.Await) -> ast.AST:
        self.changed = True
        value = node.value
        if self._is_target_call(value):  # rewrite inside the call, wrap it once
            self.generic_visit(value)
            return _asyncio_run(value)
        return _asyncio_run(self.visit(value))

    def visit_Call(self, node: ast.Call) -> ast.AST:
        if _is_asyncio_run(node) and node.args and self._is_target_call(node.args[0]):
            self.generic_visit(node.args[0])  # already run: rewrite the inside only
            return node
        self.generic_visit(node)
        if self.spec.is_async and self._is_target_call(node):
            self.changed = True
            return _asyncio_run(node)
        return node

    def visit_Name(self, node: ast.Name) -> ast.AST:
        access = None if self.rebound else self.access
        if access is not None and node.id == self.spec.name and isinstance(node.ctx, ast.Load):
            self.changed = True
            return ast.copy_location(ast.parse(ast.unparse(access), mode="eval").body, node)
        return node


def _is_asyncio_run(node: ast.Call) -> bool:
    return ast.unparse(node.func) == "asyncio.run"


def _asyncio_run(call: ast.expr) -> ast.Call:
    return ast.Call(
        func=ast.Attribute(value=ast.Name("asyncio", ast.Load()), attr="run", ctx=ast.Load()),
        args=[call],
        keywords=[],
    )


def parameter_rows(test: ast.FunctionDef) -> list[dict[str, ast.expr]]:
    """One binding of names to values per row of the test's literal parametrize marks.

    Stacked marks multiply out; a test without one has a single empty row. A mark whose
    names or values are computed cannot be spelled out and is left out.
    """
    rows: list[dict[str, ast.expr]] = [{}]
    for decorator in test.decorator_list:
        parsed = literal_parametrize(decorator)
        if parsed is not None:
            rows = [{**old, **new} for old in rows for new in parsed]
    return rows


def substitute_parameters(statement: ast.stmt, row: dict[str, ast.expr]) -> ast.stmt:
    """A copy of `statement` with each parameter it reads replaced by its value in `row`."""
    substituted: ast.stmt = _Substitute(row).visit(copy.deepcopy(statement))
    return substituted


def literal_parametrize(decorator: ast.expr) -> list[dict[str, ast.expr]] | None:
    """The rows of a literal `@pytest.mark.parametrize(names, [values...])`, else None."""
    if not (isinstance(decorator, ast.Call) and ast.unparse(decorator.func).endswith("parametrize")):
        return None
    if len(decorator.args) < 2:
        return None
    names = _parameter_names(decorator.args[0])
    values_node = decorator.args[1]
    if names is None or not isinstance(values_node, ast.List | ast.Tuple):
        return None
    rows = []
    for value in values_node.elts:
        if isinstance(value, ast.Call) and ast.unparse(value.func).endswith("param"):
            value = value.args[0] if len(names) == 1 and value.args else ast.Tuple(value.args)
        items = [value] if len(names) == 1 else getattr(value, "elts", None)
        if items is None or len(items) != len(names):
            return None
        rows.append(dict(zip(names, items, strict=True)))
    return rows


def _parameter_names(node: ast.expr) -> list[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [name.strip() for name in node.value.split(",") if name.strip()]
    if isinstance(node, ast.List | ast.Tuple) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts
    ):
        return [str(e.value) for e in node.elts if isinstance(e, ast.Constant)]
    return None


class _Substitute(ast.NodeTransformer):
    def __init__(self, row: dict[str, ast.expr]) -> None:
        self.row = row

    def visit_Name(self, node: ast.Name) -> ast.expr:
        replacement = self.row.get(node.id)
        return replacement if replacement is not None and isinstance(node.ctx, ast.Load) else node
