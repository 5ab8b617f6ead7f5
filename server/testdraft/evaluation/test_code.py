"""Turn pytest test functions into the plain assert lines PyTester's settings operate on.

Our generators write pytest functions (often `pytest.mark.parametrize`d); the benchmark
scores assert lines. Each test becomes its asserts with the parameters substituted, one
row at a time, so every system is cut and filtered by the same rules.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from testdraft.render.edits import parameter_rows, substitute_parameters
from testdraft.validate.rank import is_property_based, is_skipped


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
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test") and not is_skipped(node) \
                and not is_property_based(node):
            for row in parameter_rows(node):
                lines.extend(_asserts(node, row))
    return lines


def _asserts(test: ast.FunctionDef, row: dict[str, ast.expr]) -> Iterator[str]:
    for statement in test.body:
        if isinstance(statement, ast.Assert):
            yield ast.unparse(substitute_parameters(statement, row))
