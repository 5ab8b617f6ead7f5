"""The tests a project already has for a function: in TDD, the user's own spec of it.

Test-driven development starts with a test: by the time the user asks for more, the test
file often holds one or two that call the function, written before its body. They say what
the function must do as surely as its docstring's examples do, so in TDD the bodies the model
drafts are held to them too (`pipeline._keep_drafts_meeting_the_spec`): a draft that fails
the user's test neither votes nor gives values. Only top-level test functions are read (a
`TestX` class's methods need its set-up; left out).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass

from testdraft.generate.base import CandidateTest
from testdraft.spec.locate import Function
from testdraft.spec.model import FunctionSpec

# `CandidateTest.origin` of a test the project already has (never inserted: it is there).
OWN_TEST = "project test"


@dataclass(frozen=True)
class TestFunction:
    __test__ = False  # a record of a test module's function, not a pytest test class

    node: Function
    code: str  # its source, decorators first


def top_level_tests(text: str) -> tuple[list[str], list[TestFunction]]:
    """The import statements and the top-level `test*` functions of a test module's `text`
    (none when it does not parse)."""
    try:
        tree = ast.parse(text)
    except SyntaxError:
        return [], []
    imports = [ast.unparse(node) for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom)]
    tests = []
    for node in tree.body:
        if isinstance(node, Function) and node.name.startswith("test"):
            decorators = "".join(f"@{ast.get_source_segment(text, d)}\n" for d in node.decorator_list)
            tests.append(TestFunction(node, decorators + (ast.get_source_segment(text, node, padded=False) or "")))
    return imports, tests


def calling_tests(text: str, spec: FunctionSpec) -> list[CandidateTest]:
    """The top-level tests of the test module `text` that use `spec`'s function (a method
    through any attribute of that name, `cart.total()`), as candidates that bring the module's
    imports along."""
    imports, tests = top_level_tests(text)
    return [CandidateTest(test.node.name, test.code, tuple(imports), OWN_TEST) for test in tests
            if spec.name in _used_names(test.node, method=bool(spec.class_path))]


def _used_names(function: Function, method: bool) -> Iterator[str]:
    """The names `function` uses as a method's (any attribute) or a function's would be
    (a name, or an attribute of a name: `stats.span`)."""
    for node in ast.walk(function):
        if isinstance(node, ast.Attribute) and (method or isinstance(node.value, ast.Name)):
            yield node.attr
        elif isinstance(node, ast.Name) and not method:
            yield node.id
