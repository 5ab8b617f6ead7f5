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

from testdraft.generate.base import DroppedTest, DropReason, ImportTarget
from testdraft.generate.fakes import Fakes, annotation_head, fake_value, is_plain_value
from testdraft.generate.names import (
    bound_inside,
    bound_modules,
    called_on_its_class,
    missing_imports,
    names_in,
    unknown_class_attributes,
    unknown_imports,
    unknown_names,
    wrong_arguments,
)
from testdraft.generate.pytest_code import check_outcome, name_words
from testdraft.model.prompts import PromptFormat
from testdraft.project.context import ASYNC_ANYIO, ASYNC_AUTO, ASYNC_STRICT
from testdraft.project.definitions import project_definitions
from testdraft.render.edits import CallRewriter, unique_name
from testdraft.spec.extract import is_generator
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
    # What was left out and why; an unnamed entry stands for the whole answer.
    dropped: list[DroppedTest] = field(default_factory=list)

    @property
    def reason(self) -> str:
        """Why nothing (or less than everything) was kept, in one line."""
        return "; ".join(f"{item.name + ' ' if item.name else ''}{item.detail or item.reason.value}"
                         for item in self.dropped)


def _unusable(reason: DropReason, detail: str) -> ParseResult:
    return ParseResult(dropped=[DroppedTest("", "model", reason, detail)])


# Projects whose pytest runs `async def` tests (pytest-asyncio, anyio): the marker each needs.
ASYNC_MARKERS = {ASYNC_AUTO: "", ASYNC_STRICT: "pytest.mark.asyncio", ASYNC_ANYIO: "pytest.mark.anyio"}
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
        return _unusable(DropReason.PARSE_ERROR, "the model wrote prose, not code")
    module = _parse_longest_prefix(code)
    if module is None:
        return _unusable(DropReason.PARSE_ERROR, "the model's code does not parse")
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
        return _unusable(DropReason.PARSE_ERROR, "the model wrote no complete assert")
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
    dropped = result.dropped
    context = target.context
    fixtures = _known_fixtures(target)
    tests: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    for node in module.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            line = _without_target(node, spec, target)
            if line and line not in result.imports:
                result.imports.append(line)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
            tests.append(node)
        elif isinstance(node, ast.Assert):
            loose.append(node)
    if context is not None:  # `from module import Invented`: the import goes, its tests then fail the name check
        for name in unknown_imports(result.imports, target.module, context.module_names):
            dropped.append(DroppedTest(name, "model", DropReason.UNKNOWN_NAME, f"{target.module} has no {name}"))
        result.imports = [line for line in result.imports
                          if not unknown_imports([line], target.module, context.module_names)]
    for node in tests:
        if node.args.args:
            params = {a.arg for a in node.args.args}
            missing = params - fixtures - _parametrized_names(node)
            if missing and _bind_arguments(node, missing, spec, target, result.imports):
                missing = set()
            if missing:
                dropped.append(DroppedTest(node.name, "model", DropReason.UNKNOWN_NAME,
                                           f"needs fixtures {sorted(missing)}"))
                continue
        _keep(result, node, spec, target, dropped)
    if loose:
        _keep(result, _function_node(f"test_{spec.name}", loose), spec, target, dropped)
    if not result.tests and not dropped:
        dropped.append(DroppedTest("", "model", DropReason.PARSE_ERROR, "the model wrote no test function"))
    uses_pytest = any("pytest." in t.code for t in result.tests)
    if uses_pytest and "import pytest" not in result.imports:
        result.imports.insert(0, "import pytest")
    return result


def _keep(
    result: ParseResult,
    node: ast.FunctionDef | ast.AsyncFunctionDef,
    spec: FunctionSpec,
    target: ImportTarget,
    dropped: list[DroppedTest],
) -> None:
    context = target.context
    marker = ASYNC_MARKERS.get(context.async_mode) if context is not None else None
    if isinstance(node, ast.AsyncFunctionDef) and marker is not None:
        node = _AsyncTestKept(spec, target).visit(node)
        if marker and marker not in {ast.unparse(d) for d in node.decorator_list}:
            node.decorator_list.insert(0, ast.parse(marker, mode="eval").body)
    else:
        node = CallRewriter(spec, target).visit(node)
    if spec.method_kind == "property":
        node = _PropertyRead(spec.name).visit(node)
    if not spec.is_async and (is_generator(spec) or annotation_head(spec.return_annotation) in _LAZY_RESULTS):
        node = _GeneratorListed(spec.name).listed(node)
    node = tidy_test(node, spec.name)
    ast.fix_missing_locations(node)
    if target.setup and not target.note and target.access.startswith("instance."):
        for call in called_on_its_class(node, spec):  # `Cart.total()` meant the instance's
            call.func = ast.parse(target.access, mode="eval").body
    if target.setup and _needs_setup(node, target):
        setup = [s for line in target.setup for s in ast.parse(line).body]
        node.body = setup + node.body
    refused = wrong_calls(node, spec, target)
    if any(refused):
        before = ast.unparse(node)
        wrong = _without_wrong_calls(node, refused)
        if count_checks(node) == 0:
            dropped.append(DroppedTest(node.name, "model", DropReason.WRONG_ARGUMENTS, wrong, before))
            return
    checks = count_checks(node)
    if checks == 0:
        dropped.append(DroppedTest(node.name, "model", DropReason.OFF_TARGET, "checks nothing", ast.unparse(node)))
        return
    if not _mentions_target(node, spec, target):
        dropped.append(DroppedTest(node.name, "model", DropReason.OFF_TARGET, f"never calls {target.access}",
                                   ast.unparse(node)))
        return
    unknown = unknown_names(node, [*result.imports, target.import_line, "import asyncio"])
    # `apple` or `tmp_path` used as if in scope, where pytest or the project has that fixture:
    # pytest gives it once the test asks for it as a parameter.
    taken = sorted(name for name in unknown if name in _known_fixtures(target))
    if taken:
        node.args.args += [ast.arg(name) for name in taken]
        unknown = [name for name in unknown if name not in taken]
    # `REPO_URL` or a helper the test file defines (an existing test the prompt showed uses it):
    # the test goes into that file, where the name is bound.
    if context is not None:
        unknown = [name for name in unknown if name not in context.test_file_names]
    # A name that exists but was not imported (an exception class of the module, Mock, Path)
    # gets its import instead of costing the test.
    module_names = context.module_names if context is not None else frozenset()
    elsewhere = [name for name in unknown if name not in module_names]
    project_names = project_definitions(target.sys_path_root, target.module.split(".")[0]) \
        if context is not None and elsewhere else None
    found = missing_imports(node, unknown, target.module, module_names, project_names)
    unknown = [name for name in unknown if name not in found]
    node = _ModuleCalled(bound_modules([*result.imports, *found.values()]) - bound_inside(node)).visit(node)
    if context is not None:  # `instance` is the setup's object of the method's class (`target.setup`)
        unknown += unknown_class_attributes(node, context.class_members,
                                            {spec.class_path[-1]: ["instance"]} if spec.class_path else {})
    if unknown:
        dropped.append(DroppedTest(node.name, "model", DropReason.UNKNOWN_NAME, ", ".join(unknown),
                                   ast.unparse(node)))
        return
    name = node.name if node.name.startswith("test_") else "test_" + node.name.removeprefix("test")
    name = unique_name(name, (t.name for t in result.tests))
    node.name = name
    code = ast.unparse(node)
    result.imports += [line for line in found.values() if line not in result.imports]
    if "asyncio." in code and "import asyncio" not in result.imports:
        result.imports.insert(0, "import asyncio")
    result.tests.append(ParsedTest(name=name, code=code, asserts=checks))


def _known_fixtures(target: ImportTarget) -> frozenset[str]:
    """pytest's own fixtures and the project's (the sandbox and pytest provide them)."""
    return _BUILTIN_FIXTURES | (target.context.fixture_names if target.context is not None else frozenset())


def _bind_arguments(node: ast.FunctionDef | ast.AsyncFunctionDef, missing: set[str], spec: FunctionSpec,
                    target: ImportTarget, imports: list[str]) -> bool:
    """`def test_ship(warehouse, sku, qty)`: the model took the function's own arguments as
    test parameters, which no fixture gives. A test written for any `sku` and `qty` holds for
    one value of each: bind the stand-in values of those arguments at the top (`sku = "text"`)
    and keep it. False (nothing changed) when a missing name is no argument of the function or
    has no stand-in, or when a plain value (`cents = 1`) would be a guess: only where the
    expected side of a comparison names it too (`== qty`) does the test hold for any value;
    `test_format_cents_1234(cents)` meant one value the test does not say."""
    arguments = {param.name: param for param in spec.call_params}
    context = target.context
    fakes = Fakes.offering(target)
    constructors = dict(context.constructors) if context is not None else {}
    expected = {name.id for compare in ast.walk(node) if isinstance(compare, ast.Compare)
                for side in compare.comparators for name in ast.walk(side) if isinstance(name, ast.Name)}
    values = {}
    for name in sorted(missing):
        if name not in arguments:
            return False
        value = fake_value(arguments[name].annotation, name, fakes, constructors, spec.is_async)
        if value == "..." or (is_plain_value(value) and name not in expected):
            return False
        values[name] = value
    node.args.args = [arg for arg in node.args.args if arg.arg not in missing]
    node.args.args += [ast.arg(name) for name in sorted(fakes.fixtures) if name not in {a.arg for a in node.args.args}]
    node.body[:0] = [ast.parse(f"{name} = {value}").body[0] for name, value in values.items()]
    imports += [line for line in fakes.all_imports(target.module) if line not in imports]
    return True


def _function_node(name: str, body: list[ast.stmt]) -> ast.FunctionDef:
    function = ast.parse(f"def {name}():\n    pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    function.body = body
    return function


def _parametrized_names(node: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
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


def wrong_calls(node: ast.FunctionDef | ast.AsyncFunctionDef, spec: FunctionSpec,
                target: ImportTarget) -> list[str | None]:
    """`names.wrong_arguments` of the test, with the project's fixtures that give an instance
    and the signatures of the project's classes and methods around the function."""
    context = target.context
    instances = context.fixtures_building(spec.class_path[-1]) if context and spec.class_path else []
    return wrong_arguments(node, spec, instances, dict(context.signatures) if context else {})


def _without_wrong_calls(node: ast.FunctionDef | ast.AsyncFunctionDef, refused: list[str | None]) -> str:
    """Takes out of `node` each check with a call whose signature refuses its arguments
    (`refused`, per statement: it could only fail, with TypeError), and everything from a
    set-up statement that makes one; says why."""
    reason = ""
    kept: list[ast.stmt] = []
    for statement, wrong in zip(node.body, refused, strict=True):
        if wrong is None:
            kept.append(statement)
            continue
        reason = wrong
        if count_checks(statement) == 0:
            break  # set-up that fails: so would every check after it
    node.body = kept or [ast.Pass()]
    return reason


def count_checks(node: ast.AST) -> int:
    count = 0
    for child in ast.walk(node):
        is_raises_block = isinstance(child, ast.With) and any(
            "raises" in ast.unparse(item.context_expr) for item in child.items
        )
        if isinstance(child, ast.Assert) or is_raises_block:
            count += 1
    return count


def _mentions_target(node: ast.AST, spec: FunctionSpec, target: ImportTarget) -> bool:
    """Whether the test names the function, or a name the module binds it to (`Table.cut = cut`),
    as the last gate (`render.invariants`) reads it too."""
    source = ast.unparse(node)
    names = (spec.name, *spec.aliases)
    return target.access in source or any(re.search(rf"\b{re.escape(name)}\b", source) for name in names)


def _without_target(node: ast.Import | ast.ImportFrom, spec: FunctionSpec, target: ImportTarget) -> str:
    """The model's import minus the function under test (target.import_line brings that);
    other names from the same module (`Item` beside `Cart`) stay."""
    names = [alias for alias in node.names if (alias.asname or alias.name) not in (spec.name, target.symbol)]
    if isinstance(node, ast.ImportFrom) and node.module == target.module and not node.level:
        names = [alias for alias in names if alias.name != target.imported]
    if not names:
        return ""
    if isinstance(node, ast.ImportFrom):
        return ast.unparse(ast.ImportFrom(module=node.module, names=names, level=node.level))
    return ast.unparse(ast.Import(names=names))


def _needs_setup(node: ast.AST, target: ImportTarget) -> bool:
    """The target's setup (`instance = Class(...)`) goes in when the test uses a name it binds
    without binding it itself: a test that builds its own object needs none."""
    setup_names = {name for line in target.setup for name in names_in(ast.parse(line), ast.Store)}
    return bool(setup_names & names_in(node, ast.Load) - names_in(node, ast.Store)) or not setup_names


class _AsyncTestKept(CallRewriter):
    """For a project whose pytest runs coroutines: reach the function, keep `async def` and `await`."""

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        self.generic_visit(node)
        return node

    def visit_Await(self, node: ast.Await) -> ast.AST:
        if isinstance(node.value, ast.Call) and self._is_target_call(node.value):
            self.generic_visit(node.value)  # its arguments, not the call itself (no asyncio.run)
            return node
        self.generic_visit(node)
        return node


# Standard-library modules named like the callable they hold: `import datetime`, then `datetime(...)`.
_SAME_NAMED = frozenset({"datetime", "time", "copy", "glob", "pprint", "fnmatch", "random", "array"})


class _ModuleCalled(ast.NodeTransformer):
    """`datetime(2024, 1, 2)` where the test's imports bind `datetime` to the module (its own
    `import datetime`, or one added for `datetime.timedelta`): `datetime.datetime(...)`."""

    def __init__(self, modules: set[str]) -> None:
        self.modules = modules & _SAME_NAMED

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id in self.modules:
            node.func = ast.Attribute(ast.Name(node.func.id, ast.Load()), node.func.id, ast.Load())
        return node


class _PropertyRead(ast.NodeTransformer):
    """`note.slug()` for a property `slug` is a TypeError waiting to happen: read it instead."""

    def __init__(self, name: str) -> None:
        self.name = name

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == self.name and not node.args and not node.keywords:
            return func
        return node


_LAZY_RESULTS = ("Iterator", "Generator")
# What takes an iterator as it is: wrapping the call in these is already right.
_CONSUMERS = frozenset({"list", "tuple", "set", "frozenset", "sorted", "next", "iter", "sum", "any", "all", "dict",
                        "min", "max", "enumerate", "zip", "map", "filter", "Counter", "deque"})


class _GeneratorListed(ast.NodeTransformer):
    """`list(f(...))` for a call of a generator function that the test treats as a list
    (`f(x)[0]`, `len(f(x))`, `f(x) == [...]`): a generator has none of these, and the model
    writes them often. A call already consumed (`list(...)`, `next(...)`, `for ... in`) stays,
    and so does one bound to a name the test passes to `next`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.kept: set[int] = set()

    def listed(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> ast.FunctionDef | ast.AsyncFunctionDef:
        stepped = {ast.unparse(call.args[0]) for call in ast.walk(node) if isinstance(call, ast.Call)
                   and isinstance(call.func, ast.Name) and call.func.id == "next" and call.args}
        for parent in ast.walk(node):
            if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id in _CONSUMERS:
                self.kept.update(id(arg) for arg in parent.args)
            elif isinstance(parent, ast.For | ast.AsyncFor | ast.comprehension):
                self.kept.add(id(parent.iter))
            elif isinstance(parent, ast.Assign) and any(ast.unparse(t) in stepped for t in parent.targets):
                self.kept.add(id(parent.value))
            elif isinstance(parent, ast.withitem):
                self.kept.add(id(parent.context_expr))
        result = self.visit(node)
        assert isinstance(result, ast.FunctionDef | ast.AsyncFunctionDef)
        return result

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        func = node.func
        called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if called != self.name or id(node) in self.kept:
            return node
        return ast.Call(ast.Name("list", ast.Load()), [node], [])


# Messages that only number the check ("Test case 02 failed", "Error in test case 5"):
# prompt-format leftovers that say less than pytest's own assertion report.
_NUMBERED_MESSAGE = re.compile(
    r"^\s*(?:(?:failed|failure|error)\s*(?:in|on|at|for)?\s*)?"
    r"(?:test(?:[\s_]*case)?|case|assertion|example|check)[\s_#]*\d+\b[\w\s!.:,()-]*$",
    re.IGNORECASE)
# "Test with single element failed", "Failed for an empty list": the message says only that
# the check failed, which pytest's own report says with the values; "expected free shipping
# for 80.0" says what was meant, and stays.
_FAILED_MESSAGE = re.compile(
    r"^\s*(?:(?:test|check|case|assertion)\b.*\bfail(?:ed|s|ure)?|fail(?:ed|ure)?\b.*)\W*$", re.IGNORECASE)
# Name parts that only number or label a test: `test_01_f_7`, `test_case_3`, `test1`.
_LABEL_WORD = re.compile(r"(?:\d+|(?:test|case|tc|example|check)\d*)", re.IGNORECASE)
# Calls whose result is always a bool: `not call(...)` is as strict as `call(...) is False`.
_BOOLEAN_CALLS = frozenset({"isinstance", "issubclass", "callable", "hasattr", "bool", "all", "any"})


def tidy_test(node: ast.FunctionDef | ast.AsyncFunctionDef,
              function: str) -> ast.FunctionDef | ast.AsyncFunctionDef:
    """What a careful engineer would write: `assert x` not `assert x == True`, `x is False`
    not `x == False`, no numbered or "... failed" assertion messages, chatty prints or stray
    values, and a name that says what the test checks instead of a number."""
    node = _Tidy().visit(node)
    kept = [s for index, s in enumerate(node.body) if not (_is_chatter(s) or (index and _does_nothing(s)))]
    if kept:
        node.body = kept
    name = tidy_name(node.name, function)
    node.name = name if name is not None else descriptive_name(node, function)
    return node


def tidy_name(name: str, function: str) -> str | None:
    """`name` without leading ordinals (`test_01_f_at_zero` -> `test_f_at_zero`), or None
    when it only numbers the test (`test_f_1`, `test_case_3`): nothing in it but the
    function's own words, numbers and labels. Plain `test_<function>` stays."""
    words = [word for word in name.removeprefix("test").split("_") if word]
    while words and words[0].isdigit():
        words.pop(0)
    own = {word.lower() for word in function.split("_")}
    labels = [word for word in words if _LABEL_WORD.fullmatch(word)]
    if not words or (labels and all(word.lower() in own for word in words if word not in labels)):
        return None
    return "test_" + "_".join(words)


def _is_chatter(statement: ast.stmt) -> bool:
    """`print("All tests passed!")`: output for a script, not a check."""
    return (isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call)
            and isinstance(statement.value.func, ast.Name) and statement.value.func.id == "print"
            and all(isinstance(a, ast.Constant | ast.JoinedStr) for a in statement.value.args))


def _does_nothing(statement: ast.stmt) -> bool:
    """A stray `'text'`, `42`, `...` or bare name left on a line of its own (the first line's
    string is the test's docstring): it neither sets up nor checks anything."""
    return isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant | ast.Name)


def _message_text(message: ast.expr | None) -> str | None:
    """The assertion message as text (an f-string's fields read as 0), if it is a literal."""
    if isinstance(message, ast.Constant) and isinstance(message.value, str):
        return message.value
    if isinstance(message, ast.JoinedStr):
        return "".join(str(part.value) if isinstance(part, ast.Constant) else "0"
                       for part in message.values)
    return None


def _always_boolean(expression: ast.expr) -> bool:
    if isinstance(expression, ast.Compare) or (
            isinstance(expression, ast.UnaryOp) and isinstance(expression.op, ast.Not)):
        return True
    return (isinstance(expression, ast.Call) and isinstance(expression.func, ast.Name)
            and expression.func.id in _BOOLEAN_CALLS)


class _Tidy(ast.NodeTransformer):
    def visit_Assert(self, node: ast.Assert) -> ast.Assert:
        text = _message_text(node.msg)
        if text is not None and (_NUMBERED_MESSAGE.match(text) or _FAILED_MESSAGE.match(text)):
            node.msg = None
        test = node.test
        if (isinstance(test, ast.Compare) and len(test.ops) == 1
                and isinstance(test.ops[0], ast.Eq | ast.Is | ast.NotEq | ast.IsNot)
                and isinstance(test.comparators[0], ast.Constant)
                and isinstance(test.comparators[0].value, bool)):
            positive = test.comparators[0].value == isinstance(test.ops[0], ast.Eq | ast.Is)
            if positive:
                node.test = test.left
            elif _always_boolean(test.left):
                node.test = ast.UnaryOp(op=ast.Not(), operand=test.left)
            else:
                # Not `not f(x)`: a function that returns None (the stub check's stub, a
                # forgotten return) passes that, so the check could never fail.
                node.test = ast.Compare(left=test.left, ops=[ast.Is()],
                                        comparators=[ast.Constant(value=False)])
        return node


def descriptive_name(node: ast.FunctionDef | ast.AsyncFunctionDef, function: str) -> str:
    """`test_<function>_<what the first check shows>`: raises X, returns true/false/none,
    or the arguments of the first call."""
    for child in ast.walk(node):
        if isinstance(child, ast.With):
            for item in child.items:
                call = item.context_expr
                if isinstance(call, ast.Call) and ast.unparse(call.func).endswith("raises") \
                        and call.args:
                    return f"test_{function}_raises_{name_words(ast.unparse(call.args[0]))}"
        if isinstance(child, ast.Assert):
            return f"test_{function}_{_outcome(child.test, function)}"
    return f"test_{function}"


def _outcome(test: ast.expr, function: str) -> str:
    words, subject = check_outcome(test)
    return words + _arguments_of(subject, function)


def _arguments_of(expression: ast.expr, function: str) -> str:
    """`_for_<first literal arguments>` of the call to `function` in `expression`, if short."""
    for child in ast.walk(expression):
        if isinstance(child, ast.Call) and ast.unparse(child.func).split(".")[-1] == function:
            words = name_words(" ".join(ast.unparse(a) for a in child.args))
            if words and len(words) <= 30:
                return f"_for_{words}"
            return "" if words else "_without_arguments"
    return ""
