"""Turn pytest test functions into the plain assert lines PyTester's settings operate on.

Our generators write pytest functions (often `pytest.mark.parametrize`d); the benchmark
scores assert lines. Each test becomes its asserts with the parameters substituted, one
row at a time, so every system is cut and filtered by the same rules.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator


def asserts_from_test_code(code: str) -> list[str]:
    """The `assert` statements of every `test_*` function in `code`, rows expanded.

    Statements other than asserts (setup, `pytest.raises` blocks) are dropped: the
    settings split on asserts, and a dangling setup line would only fail to parse.
    Tests marked `pytest.mark.skip` (a skeleton's TODO) never run, so they hold none.
    Code that does not parse yields nothing.
    """
    try:
        module = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    lines: list[str] = []
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test") and not _skipped(node):
            for row in _parameter_rows(node):
                lines.extend(_asserts(node, row))
    return lines


def _skipped(test: ast.FunctionDef) -> bool:
    return any(
        ast.unparse(decorator.func if isinstance(decorator, ast.Call) else decorator).endswith("mark.skip")
        for decorator in test.decorator_list
    )


def _asserts(test: ast.FunctionDef, row: dict[str, ast.expr]) -> Iterator[str]:
    for statement in test.body:
        if isinstance(statement, ast.Assert):
            yield ast.unparse(_Substitute(row).visit(copy.deepcopy(statement)))


def _parameter_rows(test: ast.FunctionDef) -> list[dict[str, ast.expr]]:
    rows: list[dict[str, ast.expr]] = [{}]
    for decorator in test.decorator_list:
        parsed = _parametrize(decorator)
        if parsed is not None:
            rows = [{**old, **new} for old in rows for new in parsed]
    return rows


def _parametrize(decorator: ast.expr) -> list[dict[str, ast.expr]] | None:
    """Rows of a literal `@pytest.mark.parametrize(names, [values...])`, else None."""
    if not isinstance(decorator, ast.Call):
        return None
    if not ast.unparse(decorator.func).endswith("parametrize"):
        return None
    if len(decorator.args) < 2:
        return None
    names_node, values_node = decorator.args[0], decorator.args[1]
    names = _names(names_node)
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


def _names(node: ast.expr) -> list[str] | None:
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
