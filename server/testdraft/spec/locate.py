"""The one function locator: find `func` or `Class.method` in module text, and say whether
it is implemented yet. Standard library only: the sandbox worker imports it too.

`spec.extract` finds functions in tree-sitter trees (buffers that may not parse); it
follows the same rules (the last definition of a name wins, as at run time, but a property's
setter or deleter never hides its getter; a body of
only a docstring, strings, `pass`, `...` or `raise NotImplementedError` is a stub), and
tests/core/test_locate.py checks that the two agree.
"""

from __future__ import annotations

import ast

NOT_IMPLEMENTED = frozenset({"NotImplementedError", "NotImplemented"})

Function = ast.FunctionDef | ast.AsyncFunctionDef


class TargetNotFound(LookupError):
    """The qualified name does not name a function defined in the module text."""


def find_function(tree: ast.Module, qualname: str) -> tuple[Function, list[ast.ClassDef]]:
    """The def node for `func` or `Class.method` (nested classes too), with its classes."""
    parts = qualname.split(".")
    body: list[ast.stmt] = tree.body
    classes: list[ast.ClassDef] = []
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        found: ast.stmt | None = None
        for stmt in body:
            if last and isinstance(stmt, Function) and stmt.name == part:
                if found is not None and _is_setter_or_deleter(stmt):
                    continue  # a property's other half: its getter is what tests read
                found = stmt  # the last definition wins, as at run time
            elif not last and isinstance(stmt, ast.ClassDef) and stmt.name == part:
                found = stmt
        if found is None:
            break
        if isinstance(found, ast.ClassDef):
            classes.append(found)
            body = found.body
        elif isinstance(found, Function):
            return found, classes
    raise TargetNotFound(f"no function {qualname!r} in the module")


def _is_setter_or_deleter(func: Function) -> bool:
    """`@name.setter` or `@name.deleter` on the def."""
    return any(isinstance(d, ast.Attribute) and d.attr in ("setter", "deleter") for d in func.decorator_list)


def body_without_docstring(func: Function) -> list[ast.stmt]:
    body = func.body
    if (body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)):
        return body[1:]
    return body


def is_stub_statement(stmt: ast.stmt) -> bool:
    """`pass`, `...`, a bare string, or `raise NotImplementedError[(...)]`."""
    if isinstance(stmt, ast.Pass):
        return True
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
        return stmt.value.value is Ellipsis or isinstance(stmt.value.value, str)
    if isinstance(stmt, ast.Raise) and stmt.exc is not None:
        exc = stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc
        return isinstance(exc, ast.Name) and exc.id in NOT_IMPLEMENTED
    return False


def why_not_implemented(source: str | None, qualname: str) -> str | None:
    """None when the function has a real body; else why its tests are pending."""
    if source is None:
        return "the module under test does not exist yet"
    try:
        func, _ = find_function(ast.parse(source), qualname)
    except SyntaxError as exc:
        return f"the module under test does not parse (line {exc.lineno}: {exc.msg})"
    except TargetNotFound:
        return f"`{qualname}` is not defined yet"
    if all(is_stub_statement(stmt) for stmt in body_without_docstring(func)):
        return f"`{qualname}` is not implemented yet"
    return None


def is_implemented(source: str | None, qualname: str) -> bool:
    """False when the function is missing or its body is only a stub (see module doc)."""
    return why_not_implemented(source, qualname) is None


def function_body_lines(tree: ast.Module, qualname: str) -> tuple[int, int]:
    """First and last line of the function body (docstring excluded); raises TargetNotFound."""
    func, _ = find_function(tree, qualname)
    body = body_without_docstring(func) or func.body
    return body[0].lineno, func.end_lineno or func.lineno


def replace_body(source: str, qualname: str, body: str) -> str | None:
    """`source` with the whole body of `qualname` (its docstring too) replaced by `body`, a
    dedented block of statements; the `def` line and its decorators stay. None when the
    module does not parse or has no such function."""
    try:
        func, _ = find_function(ast.parse(source), qualname)
    except (SyntaxError, TargetNotFound):
        return None
    first, last = func.body[0], func.body[-1]
    if last.end_lineno is None or last.end_col_offset is None:
        return None
    lines = source.splitlines(keepends=True)
    # Columns are UTF-8 byte offsets in the ast; cut the lines as bytes.
    head = lines[first.lineno - 1].encode("utf-8")[: first.col_offset].decode("utf-8")
    tail = lines[last.end_lineno - 1].encode("utf-8")[last.end_col_offset :].decode("utf-8")
    block = body.strip("\n").splitlines()
    indent = head
    if head.strip():  # `def f(): ...` on one line: the new body goes on lines of its own
        indent = " " * (func.col_offset + 4)
        head = head.rstrip() + "\n" + indent
    text = block[0] + "".join("\n" + (indent + line if line.strip() else "") for line in block[1:])
    return "".join([*lines[: first.lineno - 1], head, text, tail, *lines[last.end_lineno :]])
