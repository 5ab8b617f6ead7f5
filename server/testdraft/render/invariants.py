"""The last gate before tests reach the editor, whatever generator wrote them.

Every test that is inserted must parse, must use the function under test (its own docstring's
examples may reach it through another call: the stub check sees whether they do), and must not
hold a vacuous assert: a constant (`assert True`, `assert (x, "msg")`), an operand compared
with itself (`x == x`), a comparison left in a comment (`assert f(x)  # == 3`), or a bare
call whose docstring example showed an output (`assert f(x)` where the example says `[1]`).
A vacuous assert is repaired (the call stays as a statement, the claim goes) and said in a
note; a test left with no check at all, or that does not parse or never uses the function,
is dropped (`DropReason.INVARIANT`, with the detail).
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Sequence
from dataclasses import dataclass, replace

from testdraft.generate.base import CandidateTest, DroppedTest, DropReason
from testdraft.spec.model import FunctionSpec

# A comment that carries a comparison (or a doctest directive): the claim was commented out.
_COMMENTED_CLAIM = re.compile(r"==|!=|<=|>=|\bis\b|\bdoctest:")
_CHECK_CALLS = re.compile(r"^(pytest\.(raises|warns|approx|fail)|.*\bassert\w*)$")


@dataclass(frozen=True)
class Gated:
    tests: list[CandidateTest]  # what may be inserted, repaired where needed
    dropped: list[DroppedTest]
    notes: list[str]  # the repairs


def enforce_invariants(tests: Sequence[CandidateTest], spec: FunctionSpec | None = None) -> Gated:
    """The tests that may be inserted (repaired where they can be), what was dropped and why."""
    gated = Gated([], [], [])
    for test in tests:
        checked, problem = _gate(test, spec)
        if checked is None:
            gated.dropped.append(DroppedTest(test.name, test.origin, DropReason.INVARIANT, problem))
            continue
        if problem:
            gated.notes.append(f"{test.name}: {problem}")
        gated.tests.append(checked)
    return gated


def _gate(test: CandidateTest, spec: FunctionSpec | None) -> tuple[CandidateTest | None, str]:
    """The test as it may be inserted (None: not at all), and what was wrong with it."""
    try:
        ast.parse("\n".join(test.imports))
        tree = ast.parse(test.code)
    except SyntaxError as error:
        return None, f"not valid Python ({error.msg}, line {error.lineno})"
    if test.is_placeholder:
        return test, ""  # a skipped TODO claims nothing
    if spec is not None and not test.documents_function:
        functions = [node for node in tree.body if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
        idle = [node.name for node in functions if node.name.startswith("test") and not _uses(node, spec)]
        if idle or not _uses(tree, spec):
            return None, f"{', '.join(idle) or 'it'} never calls {spec.name}"
    vacuous = vacuous_asserts(tree, test.code, spec)
    if not vacuous:
        return test, ""
    code = without_asserts(test.code, vacuous)
    try:
        repaired_tree = ast.parse(code)
    except SyntaxError:
        return None, f"{len(vacuous)} vacuous assert(s) could not be taken out"
    if not _has_check(repaired_tree):
        return None, "its only asserts were vacuous (they could not fail)"
    repaired = replace(test, code=code, asserts=max(0, test.asserts - len(vacuous)))
    return repaired, f"{len(vacuous)} vacuous assert(s) taken out (they could not fail)"


def _uses(tree: ast.AST, spec: FunctionSpec) -> bool:
    if spec.name.startswith("__") and spec.name.endswith("__"):
        return True  # dunders run through operators and builtins (`len(x)`, `a == b`)
    names = {spec.name, *spec.aliases}  # `table.cut(...)` calls `cut` where the module set `Table.cut = cut`
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in names and isinstance(node.ctx, ast.Load):
            return True
        if isinstance(node, ast.Attribute) and node.attr in names:
            return True
    return False


def vacuous_asserts(tree: ast.AST, code: str, spec: FunctionSpec | None = None) -> list[ast.Assert]:
    """The asserts of `tree` (parsed from `code`) that cannot fail the way they claim."""
    return [node for node in ast.walk(tree) if isinstance(node, ast.Assert) and _vacuous(node, code, spec)]


def _vacuous(node: ast.Assert, code: str, spec: FunctionSpec | None) -> bool:
    test = node.test
    if isinstance(test, ast.Constant):
        return bool(test.value)
    if isinstance(test, (ast.Tuple, ast.List, ast.Set)):
        return bool(test.elts)
    if isinstance(test, ast.Dict):
        return bool(test.keys)
    if isinstance(test, ast.Compare) and all(isinstance(op, (ast.Eq, ast.Is, ast.LtE, ast.GtE)) for op in test.ops):
        first = ast.dump(test.left)
        return all(ast.dump(other) == first for other in test.comparators)
    if isinstance(test, ast.Compare):
        return False
    if _claim_in_comment(node, code):
        return True
    return spec is not None and isinstance(test, ast.Call) and _example_had_output(test, spec)


def _claim_in_comment(node: ast.Assert, code: str) -> bool:
    lines = range(node.lineno, (node.end_lineno or node.lineno) + 1)
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(code).readline))
    except (tokenize.TokenError, SyntaxError):
        return False
    return any(
        token.type == tokenize.COMMENT and token.start[0] in lines and _COMMENTED_CLAIM.search(token.string)
        for token in tokens
    )


def _call_key(call: ast.Call) -> str:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    return name + ast.dump(ast.Tuple([*call.args, *(kw.value for kw in call.keywords)], ast.Load()))


def _example_had_output(call: ast.Call, spec: FunctionSpec) -> bool:
    """`assert f(x)` where the docstring shows `f(x)` giving something other than True."""
    key = _call_key(call)
    for example in spec.examples:
        if example.expected is None or example.expected.strip() == "True":
            continue
        try:
            source = ast.parse(example.source.strip(), mode="eval").body
        except SyntaxError:
            continue
        if isinstance(source, ast.Call) and _call_key(source) == key:
            return True
    return False


def _has_check(tree: ast.AST) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            try:
                name = ast.unparse(node.func)
            except (ValueError, AttributeError):
                continue
            if _CHECK_CALLS.match(name):
                return True
    return False


def without_asserts(code: str, asserts: list[ast.Assert]) -> str:
    """`code` with each assert replaced by its calls as a statement, or `pass`."""
    lines = code.splitlines()
    for node in sorted(asserts, key=lambda item: item.lineno, reverse=True):
        start, end = node.lineno - 1, node.end_lineno or node.lineno
        indent = re.match(r"\s*", lines[start]).group(0)  # type: ignore[union-attr]
        has_call = any(isinstance(inner, ast.Call) for inner in ast.walk(node.test))
        lines[start:end] = [indent + (ast.unparse(node.test) if has_call else "pass")]
    return "\n".join(lines)
