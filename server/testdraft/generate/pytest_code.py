"""Small pieces of pytest source shared by the deterministic generators."""

from __future__ import annotations

import ast
import builtins
import functools
import json
import re
from pathlib import Path

from testdraft.generate.base import ImportTarget
from testdraft.parsing.pyast import parsed_snippets
from testdraft.render.edits import CallRewriter
from testdraft.spec.extract import is_context_manager, is_generator
from testdraft.spec.model import FunctionSpec

_BUILTIN_NAMES = frozenset(dir(builtins))


def quoted(text: str) -> str:
    """A double-quoted Python string literal (the style ruff and black prefer)."""
    return json.dumps(text, ensure_ascii=False)


def snake(text: str) -> str:
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    return re.sub(r"[^0-9a-zA-Z]+", "_", text).strip("_").lower()


def name_words(text: str) -> str:
    """Identifier-safe snake_case words of `text`, for a test's name (`ValueError` ->
    `value_error`, `-1` -> `minus_1`)."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    text = re.sub(r"-(?=\d)", "minus_", text)
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))


def make_test_name(spec: FunctionSpec, suffix: str = "") -> str:
    parts = [*spec.class_path, spec.name] if spec.class_path else [spec.name]
    base = "test_" + "_".join(snake(part) for part in parts)
    return f"{base}_{suffix}" if suffix else base


def check_outcome(test: ast.expr) -> tuple[str, ast.expr]:
    """What an assert's test shows, as a test name says it (`is_false`, `returns_none`,
    `returns_expected_value`...), and the expression whose call's arguments may follow."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return "is_false", test.operand
    if isinstance(test, ast.Compare) and len(test.comparators) == 1:
        expected = test.comparators[0]
        if isinstance(expected, ast.Constant) and isinstance(expected.value, bool):
            return f"is_{str(expected.value).lower()}", test.left
        if isinstance(expected, ast.Constant) and expected.value is None:
            return "returns_none", test.left
        if isinstance(expected, ast.List | ast.Tuple | ast.Dict | ast.Set) and not getattr(
                expected, "elts", getattr(expected, "keys", [1])):
            return "returns_empty", test.left
        return "returns_expected_value", test.left
    return "is_true", test


def literal_value(text: str) -> object | None:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def needs_approx(value: object) -> bool:
    """Floats, or a flat list/tuple/dict of numbers with a float: `pytest.approx` handles those."""
    if isinstance(value, float):
        return True
    items: list[object] = []
    if isinstance(value, (list, tuple)):
        items = list(value)
    elif isinstance(value, dict):
        items = list(value.values())
    return bool(items) and all(_is_number(item) for item in items) and any(isinstance(i, float) for i in items)


def adapt_example(source: str, spec: FunctionSpec, target: ImportTarget, rebound: bool = False) -> str:
    """An example's source as the test must write it (unchanged when nothing needs changing);
    `rebound`: the examples bind the function's bare name to something else."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    if spec.is_async and "await" in source:
        # `await` at top level of an example: parse it as the body of an async function.
        try:
            tree = ast.parse("async def _():\n" + "\n".join("    " + line for line in source.splitlines()))
            tree = ast.Module(body=tree.body[0].body, type_ignores=[])  # type: ignore[attr-defined]
        except SyntaxError:
            return source
    rewriter = CallRewriter(spec, target, rebound)
    rewritten = rewriter.visit(tree)
    if not rewriter.changed:
        return source
    return ast.unparse(ast.fix_missing_locations(rewritten))


def free_names(sources: list[str]) -> set[str]:
    """Names the sources read but never bind: what the test module must import."""
    loaded, bound = _loaded_and_bound(sources)
    return loaded - bound - _BUILTIN_NAMES


def bound_names(sources: list[str]) -> set[str]:
    """Names the sources bind: assigned, imported, defined, taken as arguments."""
    return _loaded_and_bound(sources)[1]


def _loaded_and_bound(sources: list[str]) -> tuple[set[str], set[str]]:
    loaded: set[str] = set()
    bound: set[str] = set()
    for tree in parsed_snippets(sources):
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                (loaded if isinstance(node.ctx, ast.Load) else bound).add(node.id)
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                bound.add(node.name)
            elif isinstance(node, ast.arg):
                bound.add(node.arg)
    return loaded, bound


def imports_for(names: set[str], spec: FunctionSpec, target: ImportTarget) -> list[str]:
    """Import lines for names the examples use: module definitions first, then its imports."""
    lines: list[str] = []
    imported = dict(spec.module_imports)
    deferred = dict(spec.deferred_imports)
    starred = star_imported_names(spec, target)
    for name in sorted(names):
        if name in spec.module_definitions and name != target.import_line.rsplit(" ", 1)[-1]:
            lines.append(f"from {target.module} import {name}")
        elif name in imported:
            lines.append(imported[name])
        elif name in deferred:
            lines.append(absolute_import(deferred[name], target))
        elif name == "asyncio":
            lines.append("import asyncio")
        elif name in starred:
            lines.append(f"from {target.module} import {name}")
    return lines


def star_imported_names(spec: FunctionSpec, target: ImportTarget) -> frozenset[str]:
    """Names the module under test binds through its `from x import *` lines, where x is a
    module of the project (read from its source, not imported)."""
    names: set[str] = set()
    for statement in spec.star_imports:
        module = ast.parse(absolute_import(statement, target)).body[0]
        if isinstance(module, ast.ImportFrom) and module.module:
            names |= exported_names(target.sys_path_root, module.module)
    return frozenset(names)


def exported_names(sys_path_root: str, module: str, depth: int = 0) -> frozenset[str]:
    """What `from module import *` binds: its `__all__` when it lists names, else its public
    top-level names (those of its own star imports too, a few levels down)."""
    base = Path(sys_path_root, *module.split("."))
    path = next((p for p in (base.with_suffix(".py"), base / "__init__.py") if p.is_file()), None)
    if path is None or depth > 3:
        return frozenset()
    try:
        return _exported(str(path), path.stat().st_mtime_ns, module, sys_path_root, depth)
    except OSError:
        return frozenset()


@functools.lru_cache(maxsize=256)
def _exported(path: str, mtime_ns: int, module: str, sys_path_root: str, depth: int) -> frozenset[str]:
    """`exported_names` of the file as it is at `mtime_ns` (the server outlives edits)."""
    try:
        tree = ast.parse(Path(path).read_bytes())
    except (SyntaxError, ValueError, OSError):
        return frozenset()
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            try:
                listed = ast.literal_eval(node.value)
            except ValueError:
                continue
            if isinstance(listed, (list, tuple)) and all(isinstance(item, str) for item in listed):
                return frozenset(listed)
        names |= _bound_at_top(node, Path(path), module, sys_path_root, depth)
    return frozenset(name for name in names if not name.startswith("_"))


def _bound_at_top(node: ast.stmt, path: Path, module: str, sys_path_root: str, depth: int) -> set[str]:
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return {node.name}
    if isinstance(node, (ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return {name.id for target in targets for name in ast.walk(target) if isinstance(name, ast.Name)}
    if isinstance(node, ast.Import):
        return {(alias.asname or alias.name).split(".")[0] for alias in node.names}
    if isinstance(node, ast.ImportFrom):
        if node.names[0].name != "*":
            return {alias.asname or alias.name for alias in node.names}
        package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
        base = package[: len(package) - node.level + 1] if node.level else []
        source = ".".join([*base, node.module] if node.module else base)
        return set(exported_names(sys_path_root, source, depth + 1)) if source else set()
    return set()


def absolute_import(statement: str, target: ImportTarget) -> str:
    """`statement` with a relative `from .x import y` made absolute from the target's module
    (a package's `__init__` is its own first level)."""
    parsed = ast.parse(statement).body[0]
    if not isinstance(parsed, ast.ImportFrom) or not parsed.level:
        return statement
    parts = target.module.split(".")
    if not Path(target.sys_path_root, *parts, "__init__.py").is_file():
        parts = parts[:-1]
    base = parts[: len(parts) - (parsed.level - 1)]
    module = ".".join([*base, parsed.module] if parsed.module else base)
    return ast.unparse(ast.ImportFrom(module=module, names=parsed.names, level=0))


def absolute_imports_in(source: str, target: ImportTarget) -> str:
    """An example's source with its relative imports made absolute: a module's doctests run in
    its package (`>>> from .util import u`), a test module does not."""
    try:
        statements = ast.parse(source).body
    except SyntaxError:
        return source
    lines = source.splitlines()
    for statement in reversed(statements):  # from the end: earlier line numbers stay right
        if isinstance(statement, ast.ImportFrom) and statement.level and statement.end_lineno is not None:
            indent = lines[statement.lineno - 1][: statement.col_offset]
            absolute = absolute_import(ast.unparse(statement), target)
            lines[statement.lineno - 1 : statement.end_lineno] = [indent + absolute]
    return "\n".join(lines)


def run_call(spec: FunctionSpec, call: str) -> tuple[list[str], str]:
    """The statements a test runs first, and the expression that runs `call` of `spec` to its
    result: `asyncio.run(call)` for a coroutine; an async context manager entered, and an
    async generator's items collected, by a coroutine of the test's own (`asyncio.run` takes
    neither, and neither runs until entered or iterated); a plain call as it is (a generator's
    items are the caller's to list)."""
    if spec.is_async and is_context_manager(spec):  # an @asynccontextmanager: what `async with` gives
        return ["async def entered():", f"    async with {call} as value:", "        return value"], \
            "asyncio.run(entered())"
    if spec.is_async and is_generator(spec):
        return ["async def collected():", f"    return [item async for item in {call}]"], "asyncio.run(collected())"
    return [], f"asyncio.run({call})" if spec.is_async else call


def body(lines: list[str], indent: str = "    ") -> str:
    return "\n".join(indent + line if line else "" for line in lines)
