"""Turn pytest test functions into the plain assert lines PyTester's settings operate on.

Our generators write pytest functions (often `pytest.mark.parametrize`d); the benchmark
scores assert lines. Each test becomes its asserts with the parameters substituted, one
row at a time, so every system is cut and filtered by the same rules.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator

from testdraft.render.edits import parameter_rows, substitute_parameters
from testdraft.validate.rank import check_units


def asserts_from_test_code(code: str) -> list[str]:
    """The `assert` statements of every `test_*` function in `code`, rows expanded.

    Statements other than asserts (setup, `pytest.raises` blocks) are dropped: the
    settings split on asserts, and a dangling setup line would only fail to parse.
    Tests marked `pytest.mark.skip` (a skeleton's TODO) never run, so they hold none; nor
    do property tests (`@given`): their asserts check names hypothesis draws, which no
    assert line can stand alone with. Code that does not parse yields nothing.
    """
    try:
        module = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    lines: list[str] = []
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test") and not _skipped(node) \
                and not _property_based(node):
            for row in parameter_rows(node):
                lines.extend(_asserts(node, row))
    return lines


def units_from_test_code(code: str) -> list[str]:
    """Every check of every `test_*` function in `code` as a test of its own, rows expanded:
    the check (one assert, or one `pytest.raises` block) with the set-up statements before it
    and the module's imports, as the ranker splits candidates (`validate.rank.check_units`).

    A unit stays a test function, so the fixtures it names (`tmp_path`, `capsys`) still
    reach it; other decorators go once the rows are spelled out. Skipped and property tests
    hold none, as in `asserts_from_test_code`; code that does not parse yields nothing.
    """
    try:
        module = ast.parse(code)
    except (SyntaxError, ValueError):
        return []
    imports = [node for node in module.body if isinstance(node, ast.Import | ast.ImportFrom)]
    units: list[str] = []
    for node in module.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test") and not _skipped(node) \
                and not _property_based(node):
            for row in parameter_rows(node):
                test = copy.copy(node)
                test.decorator_list = []
                test.args = copy.copy(node.args)
                test.args.args = [arg for arg in node.args.args if arg.arg not in row]
                test.body = [*imports, *(substitute_parameters(statement, row) for statement in node.body)]
                units += [ast.unparse(unit) for unit in check_units(test)]
    return units


def _skipped(test: ast.FunctionDef) -> bool:
    return any(
        ast.unparse(decorator.func if isinstance(decorator, ast.Call) else decorator).endswith("mark.skip")
        for decorator in test.decorator_list
    )


def _property_based(test: ast.FunctionDef) -> bool:
    return any(
        ast.unparse(decorator.func if isinstance(decorator, ast.Call) else decorator).split(".")[-1] == "given"
        for decorator in test.decorator_list
    )


def _asserts(test: ast.FunctionDef, row: dict[str, ast.expr]) -> Iterator[str]:
    for statement in test.body:
        if isinstance(statement, ast.Assert):
            yield ast.unparse(substitute_parameters(statement, row))
