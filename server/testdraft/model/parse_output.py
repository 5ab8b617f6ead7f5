"""Model text -> pytest test functions.

Models write fenced code, bare asserts, half-finished functions cut off by the token limit,
or prose. We keep every complete test function that parses and checks the function under
test, and say why when nothing is left.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from testdraft.generate.base import ImportTarget
from testdraft.model.prompts import PromptFormat
from testdraft.spec.model import FunctionSpec

_FENCE = "```"
# Fixtures pytest provides without a conftest; tests asking for others cannot run alone.
_BUILTIN_FIXTURES = frozenset(
    {"tmp_path", "tmp_path_factory", "capsys", "capfd", "monkeypatch", "caplog", "request",
     "recwarn", "tmpdir"}
)
_CODE_HINT = re.compile(r"^\s*(def |assert |import |from \S+ import |@pytest)", re.MULTILINE)


@dataclass(frozen=True)
class ParsedTest:
    name: str
    code: str
    asserts: int


@dataclass
class ParseResult:
    tests: list[ParsedTest] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    reason: str = ""  # why nothing (or less than everything) was kept


MAX_TESTS_PER_ANSWER = 3
_NEXT_TEST = re.compile(r"^(?:@.*\n)*def test", re.MULTILINE)


def chat_output_end(text: str, max_tests: int = MAX_TESTS_PER_ANSWER) -> int | None:
    """The answer is complete once the code block closes, or once it holds `max_tests`
    finished tests (the prompt pre-fills the first `def test_`, so `text` starts inside it):
    small models tend to write near-identical tests until the token limit otherwise."""
    index = text.find(_FENCE)
    starts = [m.start() for m in _NEXT_TEST.finditer(text)]
    if len(starts) >= max_tests:
        cut = starts[max_tests - 1]
        return cut if index < 0 else min(index, cut)
    return None if index < 0 else index


def completion_output_end(text: str) -> int | None:
    """PyTester's format: the answer is the run of `assert` lines after the prompt's `assert `.

    Complete once a finished line no longer starts with `assert` (the first line is the
    continuation of the prompt's `assert `).
    """
    lines = text.split("\n")
    offset = len(lines[0]) + 1
    for line in lines[1:-1]:  # the last line may still be growing
        if not line.startswith("assert "):
            return offset - 1
        offset += len(line) + 1
    return None


def answer_end(fmt: PromptFormat) -> Callable[[str], int | None]:
    """Where a complete answer in this prompt format ends (the stop criterion)."""
    return chat_output_end if fmt is PromptFormat.CHAT else completion_output_end


def parse_answer(text: str, fmt: PromptFormat, spec: FunctionSpec, target: ImportTarget) -> ParseResult:
    """The tests in a model answer written in this prompt format."""
    if fmt is PromptFormat.CHAT:
        return parse_chat_output(text, spec, target)
    return parse_completion_output(text, spec, target)


def parse_chat_output(text: str, spec: FunctionSpec, target: ImportTarget) -> ParseResult:
    """`text` is the whole answer (pre-filled start included)."""
    code = _extract_code(text)
    if code is None:
        return ParseResult(reason="the model wrote prose, not code")
    module = _parse_longest_prefix(code)
    if module is None:
        return ParseResult(reason="the model's code does not parse")
    return _collect_tests(module, spec, target)


def parse_completion_output(text: str, spec: FunctionSpec, target: ImportTarget) -> ParseResult:
    """`text` starts with the prompt's `assert `: keep the assert lines that parse."""
    end = completion_output_end(text + "\n\n")
    body = text[:end] if end is not None else text
    asserts: list[ast.stmt] = []
    for line in body.splitlines():
        try:
            statements = ast.parse(line.strip()).body
        except SyntaxError:
            break  # cut off mid-line by the token limit
        if len(statements) == 1 and isinstance(statements[0], ast.Assert):
            asserts.append(statements[0])
        else:
            break
    if not asserts:
        return ParseResult(reason="the model wrote no complete assert")
    function = _function_node(f"test_{spec.name}", asserts)
    return _collect_tests(ast.Module(body=[function], type_ignores=[]), spec, target)


def _extract_code(text: str) -> str | None:
    if _FENCE in text:
        blocks = re.findall(r"```[a-zA-Z0-9_+-]*\n(.*?)(?:```|\Z)", text, flags=re.DOTALL)
        code = "\n".join(b for b in blocks if _CODE_HINT.search(b))
        return code or None
    return text if _CODE_HINT.search(text) else None


def _parse_longest_prefix(code: str) -> ast.Module | None:
    """Parse `code`, dropping trailing lines until it does (output cut off mid-test)."""
    lines = code.splitlines()
    for end in range(len(lines), 0, -1):
        try:
            return ast.parse("\n".join(lines[:end]))
        except SyntaxError:
            continue
    return None


def _collect_tests(module: ast.Module, spec: FunctionSpec, target: ImportTarget) -> ParseResult:
    result = ParseResult()
    loose: list[ast.stmt] = []
    dropped: list[str] = []
    seen_code: set[str] = set()
    for node in module.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            line = ast.unparse(node)
            if not _imports_target(node, spec, target) and line not in result.imports:
                result.imports.append(line)
        elif isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
            if node.args.args:
                params = {a.arg for a in node.args.args}
                missing = params - _BUILTIN_FIXTURES - _parametrized_names(node)
                if missing:
                    dropped.append(f"{node.name} needs fixtures {sorted(missing)}")
                    continue
            _keep(result, node, spec, target, seen_code, dropped)
        elif isinstance(node, ast.Assert):
            loose.append(node)
    if loose:
        _keep(result, _function_node(f"test_{spec.name}", loose), spec, target, seen_code,
              dropped)
    if not result.tests:
        result.reason = "; ".join(dropped) or "the model wrote no test function"
    elif dropped:
        result.reason = "dropped " + "; ".join(dropped)
    uses_pytest = any("pytest." in t.code for t in result.tests)
    if uses_pytest and "import pytest" not in result.imports:
        result.imports.insert(0, "import pytest")
    return result


def _keep(
    result: ParseResult,
    node: ast.FunctionDef,
    spec: FunctionSpec,
    target: ImportTarget,
    seen_code: set[str],
    dropped: list[str],
) -> None:
    node = _CallRewriter(spec.name, target.access).visit(node)
    node = tidy_test(node, spec.name)
    ast.fix_missing_locations(node)
    if target.setup:
        setup = [s for line in target.setup for s in ast.parse(line).body]
        node.body = setup + node.body
    checks = _count_checks(node)
    if checks == 0:
        dropped.append(f"{node.name} checks nothing")
        return
    if not _mentions_target(node, spec, target):
        dropped.append(f"{node.name} never calls {target.access}")
        return
    name = _unique_name(node.name, {t.name for t in result.tests})
    node.name = name
    code = ast.unparse(node)
    if code in seen_code:
        return
    seen_code.add(code)
    result.tests.append(ParsedTest(name=name, code=code, asserts=checks))


def _function_node(name: str, body: list[ast.stmt]) -> ast.FunctionDef:
    function = ast.parse(f"def {name}():\n    pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    function.body = body
    return function


def _parametrized_names(node: ast.FunctionDef) -> set[str]:
    names: set[str] = set()
    for decorator in node.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and ast.unparse(decorator.func).endswith("parametrize")
            and decorator.args
            and isinstance(decorator.args[0], ast.Constant)
            and isinstance(decorator.args[0].value, str)
        ):
            names.update(n.strip() for n in decorator.args[0].value.split(","))
    return names


def _count_checks(node: ast.AST) -> int:
    count = 0
    for child in ast.walk(node):
        is_raises_block = isinstance(child, ast.With) and any(
            "raises" in ast.unparse(item.context_expr) for item in child.items
        )
        if isinstance(child, ast.Assert) or is_raises_block:
            count += 1
    return count


def _mentions_target(node: ast.AST, spec: FunctionSpec, target: ImportTarget) -> bool:
    source = ast.unparse(node)
    return target.access in source or re.search(rf"\b{re.escape(spec.name)}\b", source) is not None


def _imports_target(node: ast.Import | ast.ImportFrom, spec: FunctionSpec,
                    target: ImportTarget) -> bool:
    """The model's own import of the function under test: replaced by target.import_line."""
    names = {alias.asname or alias.name for alias in node.names}
    return spec.name in names or target.symbol in names or (
        isinstance(node, ast.ImportFrom) and node.module == target.module
    )


def _unique_name(name: str, taken: set[str]) -> str:
    if not name.startswith("test_"):
        name = "test_" + name.removeprefix("test")
    candidate, suffix = name, 2
    while candidate in taken:
        candidate, suffix = f"{name}_{suffix}", suffix + 1
    return candidate


class _CallRewriter(ast.NodeTransformer):
    """Calls to the bare function name become calls through `target.access`.

    The model sees `def greet(self, ...)` and writes `greet(...)`; the test must call
    `Greeter().greet(...)` (or whatever the import target says).
    """

    def __init__(self, name: str, access: str) -> None:
        self.name = name
        self.access = ast.parse(access, mode="eval").body if access != name else None

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if self.access is not None and node.id == self.name and isinstance(node.ctx, ast.Load):
            return ast.copy_location(_clone(self.access), node)
        return node


def _clone(node: ast.expr) -> ast.expr:
    copy = ast.parse(ast.unparse(node), mode="eval").body
    return copy


# Messages that only number the check ("Test case 02 failed"): prompt-format leftovers that
# say less than pytest's own assertion report.
_NUMBERED_MESSAGE = re.compile(r"^\s*(test(\s*case)?|case|example|check)\s*#?\s*\d+\b[\w\s!.:-]*$",
                               re.IGNORECASE)
# `test_f_1`, `test_f2`, `test_case_3`, `test1`: names that say nothing about the check.
_NUMBERED_NAME = re.compile(r"^test_?(?:case_?)?(?:\w*?[a-z])?_?\d+$")


def tidy_test(node: ast.FunctionDef, function: str) -> ast.FunctionDef:
    """What a careful engineer would write: `assert x` not `assert x == True`, no numbered
    assertion messages, and a name that says what the test checks instead of a number."""
    node = _Tidy().visit(node)
    if _NUMBERED_NAME.match(node.name):
        node.name = descriptive_name(node, function)
    return node


class _Tidy(ast.NodeTransformer):
    def visit_Assert(self, node: ast.Assert) -> ast.Assert:
        if isinstance(node.msg, ast.Constant) and isinstance(node.msg.value, str) \
                and _NUMBERED_MESSAGE.match(node.msg.value):
            node.msg = None
        test = node.test
        if (isinstance(test, ast.Compare) and len(test.ops) == 1
                and isinstance(test.ops[0], ast.Eq | ast.Is | ast.NotEq | ast.IsNot)
                and isinstance(test.comparators[0], ast.Constant)
                and isinstance(test.comparators[0].value, bool)):
            positive = test.comparators[0].value == isinstance(test.ops[0], ast.Eq | ast.Is)
            node.test = test.left if positive else ast.UnaryOp(op=ast.Not(), operand=test.left)
        return node


def descriptive_name(node: ast.FunctionDef, function: str) -> str:
    """`test_<function>_<what the first check shows>`: raises X, returns true/false/none,
    or the arguments of the first call."""
    for child in ast.walk(node):
        if isinstance(child, ast.With):
            for item in child.items:
                call = item.context_expr
                if isinstance(call, ast.Call) and ast.unparse(call.func).endswith("raises") \
                        and call.args:
                    return f"test_{function}_raises_{_words(ast.unparse(call.args[0]))}"
        if isinstance(child, ast.Assert):
            return f"test_{function}_{_outcome(child.test, function)}"
    return f"test_{function}"


def _outcome(test: ast.expr, function: str) -> str:
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return "is_false" + _arguments_of(test.operand, function)
    if isinstance(test, ast.Compare) and len(test.comparators) == 1:
        expected = test.comparators[0]
        if isinstance(expected, ast.Constant) and expected.value is None:
            return "returns_none" + _arguments_of(test.left, function)
        if isinstance(expected, ast.List | ast.Tuple | ast.Dict | ast.Set) and not getattr(
                expected, "elts", getattr(expected, "keys", [1])):
            return "returns_empty" + _arguments_of(test.left, function)
        return "returns_expected_value" + _arguments_of(test.left, function)
    return "is_true" + _arguments_of(test, function)


def _arguments_of(expression: ast.expr, function: str) -> str:
    """`_for_<first literal arguments>` of the call to `function` in `expression`, if short."""
    for child in ast.walk(expression):
        if isinstance(child, ast.Call) and ast.unparse(child.func).split(".")[-1] == function:
            words = _words(" ".join(ast.unparse(a) for a in child.args))
            if words and len(words) <= 30:
                return f"_for_{words}"
            return "" if words else "_without_arguments"
    return ""


def _words(text: str) -> str:
    """Identifier-safe snake_case words of `text` (`ValueError` -> `value_error`)."""
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", text)
    text = re.sub(r"-(?=\d)", "minus_", text)
    return "_".join(re.findall(r"[a-z0-9]+", text.lower()))
