"""One function locator: `spec.locate` (stdlib `ast`, used by validate and the sandbox
worker) and `spec.extract` (tree-sitter, used for the editor's buffers) agree on which
definition a name means and on whether it is implemented."""

from __future__ import annotations

import ast

import pytest

from testdraft.parsing.languages import parse_python
from testdraft.spec.extract import find_function as find_node
from testdraft.spec.extract import is_implemented as node_is_implemented
from testdraft.spec.locate import TargetNotFound, find_function, is_implemented
from testdraft.spec.locate import function_body_lines as body_lines

CASES = {
    "docstring only": ('def f(x):\n    """Doc."""\n', "f"),
    "pass": ("def f(x):\n    pass\n", "f"),
    "ellipsis and comment": ("def f(x):\n    # later\n    ...\n", "f"),
    "raise NotImplementedError": ('def f(x):\n    """Doc."""\n    raise NotImplementedError("soon")\n', "f"),
    "raise NotImplemented": ("def f(x):\n    raise NotImplemented\n", "f"),
    "two strings": ('def f(x):\n    """Doc."""\n    "more text"\n', "f"),
    "f-string runs code": ('def f(x):\n    """Doc."""\n    f"{print(x)}"\n', "f"),
    "raise with the word in a message": ('def f(x):\n    raise ValueError("NotImplemented here")\n', "f"),
    "real body": ("def f(x):\n    return x + 1\n", "f"),
    "async method stub": ("class C:\n    async def m(self):\n        ...\n", "C.m"),
    "nested class method": ("class A:\n    class B:\n        def m(self):\n            return 1\n", "A.B.m"),
    "redefined: the last wins": ("def f(x):\n    return x\n\n\ndef f(x):\n    pass\n", "f"),
    "redefined the other way": ("def f(x):\n    pass\n\n\ndef f(x):\n    return x\n", "f"),
    # A property's setter does not hide its getter: tests read the getter.
    "property with a setter": ("class C:\n    @property\n    def v(self):\n        return self._v\n\n"
                               "    @v.setter\n    def v(self, value):\n        pass\n", "C.v"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_tree_sitter_and_ast_locate_the_same_definition_and_agree_on_implemented(case: str) -> None:
    source, qualname = CASES[case]
    node = find_node(parse_python(source.encode()), qualname)
    assert node is not None
    func, _ = find_function(ast.parse(source), qualname)
    assert node.start_point[0] + 1 == func.lineno  # the same definition
    assert node_is_implemented(node) == is_implemented(source, qualname), case


def test_expected_verdicts() -> None:
    verdicts = {case: is_implemented(*CASES[case]) for case in CASES}
    assert {case for case, implemented in verdicts.items() if implemented} == {
        "f-string runs code", "raise with the word in a message", "real body", "nested class method",
        "redefined the other way", "property with a setter",
    }


def test_missing_function_and_body_lines() -> None:
    with pytest.raises(TargetNotFound):
        find_function(ast.parse("class C:\n    x = 1\n"), "C.m")
    assert body_lines(ast.parse('def f():\n    """Doc."""\n    a = 1\n    return a\n'), "f") == (3, 4)
