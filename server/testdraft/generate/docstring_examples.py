"""The deterministic generator: a docstring's examples and `Raises:` entries become tests.

- Several examples calling the function with the same positional arity -> one
  `pytest.mark.parametrize` test over the parameters and `expected`.
- Examples that build state first (`>>> x = Stack()`) -> one test that replays them in order.
- `Traceback` examples -> `pytest.raises`; `Raises:` entries without an example -> a skipped
  test whose TODO says which inputs to choose (we never invent inputs).
- Floats compare with `pytest.approx`; sets and dicts compare as values, so order is moot.
- `>>>` outputs keep doctest's meaning (directives, reprs, printed output, tracebacks with
  their message): `doctest_checks` writes each assert.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.doctest_checks import (
    expected_value,
    expression_source,
    output_assert,
    raises_block,
    value_assert,
)
from testdraft.generate.documented_errors import documented_error_tests
from testdraft.generate.empty_inputs import empty_input_tests
from testdraft.generate.names import unknown_names
from testdraft.generate.pytest_code import (
    absolute_imports_in,
    adapt_example,
    body,
    bound_names,
    free_names,
    imports_for,
    make_test_name,
    quoted,
    snake,
)
from testdraft.parsing.pyast import parsed_snippets
from testdraft.spec.model import DocExample, FunctionSpec, ParameterKind


def _skipped_if_unbound(test: CandidateTest) -> CandidateTest:
    """The test skipped, with a TODO, when its examples use a name nothing defines
    (`>>> driver.find_element(...)` in a docstring that never makes a `driver`): as written it
    can only fail with a NameError, against the implementation as against anything else."""
    try:
        function = next(node for node in ast.parse(test.code).body if isinstance(node, ast.FunctionDef))
    except (SyntaxError, StopIteration):
        return test  # the last step's checks say what is wrong with it
    unbound = unknown_names(function, test.imports)
    if not unbound:
        return test
    names = ", ".join(f"`{name}`" for name in unbound)
    reason = f"TODO: define {names}: the docstring's examples use {'it' if len(unbound) == 1 else 'them'} undefined"
    return replace(test, code=f"@pytest.mark.skip(reason={quoted(reason)})\n{test.code}", is_placeholder=True,
                   imports=tuple(dict.fromkeys(["import pytest", *test.imports])), asserts=0)


@dataclass(frozen=True)
class _DirectCall:
    """An example of the form `name(arg, ...)` with literal-like positional arguments."""

    example: DocExample
    arguments: tuple[str, ...]


def _direct_call(example: DocExample, spec: FunctionSpec) -> _DirectCall | None:
    try:
        node = ast.parse(example.source, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Call) or node.keywords:
        return None
    func = node.func
    name = func.id if isinstance(func, ast.Name) else None
    if name != spec.name or any(isinstance(arg, ast.Starred) for arg in node.args):
        return None
    arguments = tuple(ast.get_source_segment(example.source, arg) or ast.unparse(arg) for arg in node.args)
    return _DirectCall(example, arguments)


def _is_comparison(source: str) -> bool:
    try:
        node = ast.parse(source, mode="eval").body
    except SyntaxError:
        return False
    return isinstance(node, ast.Compare)


# `print(x)`, `pprint(x)`, `pprint.pprint(x)`, `pp(x)`: what shows is printed, the value is None.
_PRINTING_CALL = re.compile(r"(print|pp|pprint|pprint\.pprint|pprint\.pp)\s*\(")


def _prints(expression: str, example: DocExample, spec: FunctionSpec) -> bool:
    """Whether the example's output is what it printed rather than its value's repr.

    `print(...)` or `pprint(...)` itself, or a call of a function that prints, whose output is
    no Python value.
    """
    if _PRINTING_CALL.match(expression):
        return True
    calls_it = re.search(rf"\b{re.escape(spec.name)}\s*\(", expression) is not None
    return calls_it and "print(" in spec.source and expected_value(example) is None


class _Displayed(ast.NodeTransformer):
    """Expression statements inside a compound example shown as doctest shows them: its
    interactive mode passes every value of the module's scope to `sys.displayhook` (`if
    ...:\n    x == 1` prints `True`); a test function shows nothing unless asked."""

    def __init__(self) -> None:
        self.changed = False

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        if isinstance(node.value, ast.Call) and _PRINTING_CALL.match(ast.unparse(node.value)):
            return node  # prints, and its value is None: nothing more to show
        self.changed = True
        display = ast.Attribute(value=ast.Name(id="sys", ctx=ast.Load()), attr="displayhook", ctx=ast.Load())
        return ast.Expr(value=ast.Call(func=display, args=[node.value], keywords=[]))

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        return node  # a scope of its own: doctest shows nothing of it

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]
    visit_ClassDef = visit_FunctionDef  # type: ignore[assignment]


def _displayed(source: str) -> str:
    """`source` with what doctest would show of its values shown (see `_Displayed`)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    displayed = _Displayed()
    tree = displayed.visit(tree)
    return ast.unparse(ast.fix_missing_locations(tree)) if displayed.changed else source


def _split_last_expression(source: str) -> tuple[list[str], str | None]:
    """Statements before a final expression statement, and that expression (None if none)."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return [], None
    if len(tree.body) < 2 or not isinstance(tree.body[-1], ast.Expr):
        return [], None
    return [ast.unparse(statement) for statement in tree.body[:-1]], ast.unparse(tree.body[-1])


def _unused_binding(source: str, later: Sequence[str]) -> bool:
    """A plain assignment (no call, nothing else) whose names no later example reads."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    if len(tree.body) != 1 or not isinstance(tree.body[0], ast.Assign):
        return False
    if any(isinstance(node, ast.Call) for node in ast.walk(tree.body[0].value)):
        return False
    if any(isinstance(node, (ast.Attribute, ast.Subscript)) for t in tree.body[0].targets for node in ast.walk(t)):
        return False  # `b.hue = 0.5` changes an object later examples read
    read: set[str] = set()
    for other in later:
        try:
            read |= {node.id for node in ast.walk(ast.parse(other)) if isinstance(node, ast.Name)}
        except SyntaxError:
            return False  # cannot tell what it reads
    return not _assigned([source]) & read


def _assigned(statements: Sequence[str]) -> set[str]:
    names: set[str] = set()
    for tree in parsed_snippets(statements):
        names |= {node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)}
    return names


def _attributes(source: str) -> set[str]:
    try:
        return {node.attr for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Attribute)}
    except SyntaxError:
        return set()


def _parameter_names(spec: FunctionSpec, arity: int) -> list[str] | None:
    positional = [param.name for param in spec.call_params if param.kind in (ParameterKind.POSITIONAL,)]
    if arity > len(positional) or arity == 0:
        return None
    return positional[:arity]


def _call(spec: FunctionSpec, target: ImportTarget, arguments: str) -> str:
    call = f"{target.access}({arguments})"
    return f"asyncio.run({call})" if spec.is_async else call


def _row(arguments: Sequence[str], expected: str) -> str:
    return "(" + ", ".join([*arguments, expected]) + ")"


class DocstringExamplesGenerator(Generator):
    name = "docstring"

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        cancel.raise_if_cancelled()
        examples = [replace(example, source=absolute_imports_in(example.source, target)) for example in spec.examples]
        direct = [_direct_call(example, spec) for example in examples]
        values = [call for call in direct if call and expected_value(call.example) and not call.example.exception]
        errors = [call for call in direct if call and call.example.exception]
        from_examples: list[CandidateTest] = []
        if examples and len(values) + len(errors) == len(examples) and not spec.class_path:
            if values:
                from_examples.append(self._value_test(spec, target, values))
            from_examples += self._exception_tests(spec, target, errors)
        elif examples:
            scenario = self._scenario_test(spec, target, examples)
            if scenario is not None:
                from_examples.append(scenario)
        yield from (_skipped_if_unbound(test) for test in from_examples)
        if not examples:  # "an empty list for an empty text": the one result prose often states
            yield from empty_input_tests(spec, target, self.name)
        shown = {example.exception for example in examples if example.exception}
        for entry in spec.raises:
            if entry.exception not in shown:
                # A condition that names a value gives a real test; else the reader chooses one.
                documented = documented_error_tests(spec, target, entry, self.name)
                yield from documented or [self._raises_todo(spec, target, entry.exception, entry.condition)]

    def _imports(self, spec: FunctionSpec, target: ImportTarget, sources: list[str], code: str) -> tuple[str, ...]:
        lines = ["import pytest"] if "pytest." in code else []
        for module in ("asyncio", "doctest", "re", "sys"):
            if re.search(rf"(?<![\w.]){module}\.", code) and f"import {module}" not in lines:  # not `capsys.`
                lines.append(f"import {module}")
        lines.append(target.import_line)
        names = free_names(sources) - {spec.name}
        lines.extend(imports_for(names, spec, target))
        package = target.module.split(".")[0]
        if package in names and package not in spec.module_definitions and package not in dict(spec.module_imports):
            lines.append(f"import {package}")  # `>>> semver.compare(...)`: examples may name their package
        return tuple(dict.fromkeys(lines))

    def _value_test(self, spec: FunctionSpec, target: ImportTarget, calls: list[_DirectCall]) -> CandidateTest:
        arities = {len(call.arguments) for call in calls}
        names = _parameter_names(spec, arities.pop()) if len(arities) == 1 else None
        setup = list(target.setup)
        if len(calls) >= 2 and names is not None:
            expected_name = "expected" if "expected" not in names else "expected_result"
            rows = [_row(call.arguments, expected_value(call.example) or "") for call in calls]
            header = ", ".join(quoted(name) for name in [*names, expected_name])
            lines = [
                "@pytest.mark.parametrize(",
                f"    ({header}),",
                "    [",
                *(f"        {row}," for row in rows),
                "    ],",
                ")",
                f"def {make_test_name(spec, 'examples')}({', '.join([*names, expected_name])}):",
                body([*setup, f"assert {_call(spec, target, ', '.join(names))} == {expected_name}"]),
            ]
        else:
            asserts = [value_assert(_call(spec, target, ", ".join(call.arguments)), call.example) for call in calls]
            lines = [f"def {make_test_name(spec, 'examples')}():", body([*setup, *asserts])]
        code = "\n".join(lines)
        sources = [call.example.source for call in calls] + [call.example.expected or "" for call in calls]
        return CandidateTest(
            name=make_test_name(spec, "examples"),
            code=code,
            imports=self._imports(spec, target, sources, code),
            origin=self.name,
            asserts=len(calls),
        )

    def _exception_tests(
        self, spec: FunctionSpec, target: ImportTarget, calls: list[_DirectCall]
    ) -> Iterator[CandidateTest]:
        by_exception: dict[str, list[_DirectCall]] = {}
        for call in calls:
            by_exception.setdefault(call.example.exception or "Exception", []).append(call)
        for exception, group in by_exception.items():
            name = make_test_name(spec, f"raises_{snake(exception)}")
            statements = list(target.setup)
            for call in group:
                statements += raises_block([_call(spec, target, ", ".join(call.arguments))], call.example, spec, target)
            code = f"def {name}():\n" + body(statements)
            yield CandidateTest(
                name=name,
                code=code,
                imports=self._imports(spec, target, [call.example.source for call in group] + [exception], code),
                origin=self.name,
                asserts=len(group),
            )

    def _scenario_test(
        self, spec: FunctionSpec, target: ImportTarget, examples: list[DocExample]
    ) -> CandidateTest | None:
        """Replay the examples in order: later ones may use names that earlier ones bound.

        None when no example shows an output and none calls the function (setup alone); with
        calls but no output, the test checks what doctest does then: that they run.
        """
        rebound = spec.is_method and spec.name in bound_names([example.source for example in examples])
        sources = [adapt_example(example.source, spec, target, rebound) for example in examples]
        # The instance the target builds, only when the examples reach the method through it.
        statements = list(target.setup) if free_names(sources) & _assigned(target.setup) else []
        uses_capsys = False
        checks = 0
        for index, (example, source) in enumerate(zip(examples, sources, strict=True)):
            if example.expected is None and _unused_binding(source, sources[index + 1 :]):
                continue  # `>>> names = [...]` kept for a `+SKIP` example only
            expression = expression_source(source)
            if expression is None and example.expected is not None:
                # `>>> x = f(); g(x)`: doctest shows the value of the last expression statement.
                leading, expression = _split_last_expression(source)
                statements += leading
            if example.exception:
                statements += raises_block(source.splitlines(), example, spec, target)
                checks += 1
            elif example.expected is None and expression is not None and _is_comparison(expression):
                statements.append(f"assert {expression}")  # `>>> f(1) == 2` with no output means "is True"
                checks += 1
            elif example.expected is None:
                statements += source.splitlines()
            elif expression is None or _prints(expression, example, spec):
                uses_capsys = True
                printed = output_assert("capsys.readouterr().out", example.expected, example.options)
                shown = source if expression is not None else _displayed(source)
                statements += [*shown.splitlines(), printed]
                checks += 1
            elif _last_value_read(sources, examples, index):
                # `>>> d.parse(_)`: doctest's `_` is the last value it showed.
                statements += [f"_ = {expression}", value_assert("_", example)]
                checks += 1
            else:
                statements.append(value_assert(expression, example))
                checks += 1
        called = spec.class_name if spec.is_constructor else spec.name  # `Merger(...)` runs `__init__`
        if not checks and not any(called in free_names([s]) | _attributes(s) for s in sources):
            return None  # only setup that never reaches the function: nothing to check
        name = make_test_name(spec, "examples")
        fixtures = ["capsys"] if uses_capsys else []
        if _touches_relative_files(sources, target.sys_path_root):
            # `open('example.csv', 'w')`, `tocsv(t, 'out.csv')`: in a fresh folder, not wherever pytest
            # runs; a file left there by an earlier run would let a later one pass without the function writing it.
            statements.insert(0, "monkeypatch.chdir(tmp_path)")
            fixtures += ["tmp_path", "monkeypatch"]
        code = f"def {name}({', '.join(fixtures)}):\n" + body(statements)
        # Outputs compared as text (reprs) name nothing the test must import.
        sources += [e.expected or "" for e in examples if expected_value(e)] + [e.exception or "" for e in examples]
        return CandidateTest(
            name=name,
            code=code,
            imports=self._imports(spec, target, sources, code),
            origin=self.name,
            asserts=checks,
            documents_function=spec.examples_owner is None,
        )

    def _raises_todo(self, spec: FunctionSpec, target: ImportTarget, exception: str, condition: str) -> CandidateTest:
        name = make_test_name(spec, f"raises_{snake(exception)}")
        reason = f"TODO: choose inputs for which {spec.name} raises {exception}"
        if condition:
            reason += f" ({condition.rstrip('.')})"
        statements = [
            *target.setup,
            f"with pytest.raises({exception}):",
            f"    {_call(spec, target, '...')}  # TODO: real arguments",
        ]
        code = f"@pytest.mark.skip(reason={quoted(reason)})\ndef {name}():\n" + body(statements)
        return CandidateTest(
            name=name,
            code=code,
            imports=self._imports(spec, target, [exception], code),
            origin=self.name,
            is_placeholder=True,
        )


def _last_value_read(sources: Sequence[str], examples: Sequence[DocExample], index: int) -> bool:
    """Does a later example read `_` while example `index`'s value is still the last shown?"""
    for source, example in zip(sources[index + 1 :], examples[index + 1 :], strict=True):
        if "_" in free_names([source]):
            return True
        if example.expected is not None:
            return False
    return False


# Names of files an example may write through the function (`etl.tocsv(table, 'out.csv')`).
_DATA_FILE = re.compile(
    r"^(?![a-z]+://)[\w.\-/]*\w\.(csv|tsv|txt|json|jsonl|xml|html?|ya?ml|toml|ini|cfg|log|db|sqlite3?|pkl|pickle"
    r"|npy|npz|h5|hdf5|xlsx?|ods|zip|gz|bz2|xz|tar|avro|parquet|feather|bcolz|png|jpe?g|gif|svg|pdf|md|rst|dat|bin)$",
    re.IGNORECASE,
)


def _touches_relative_files(sources: list[str], root: str) -> bool:
    """Whether an example opens a file by a relative path (`open('example.csv')`) or hands a
    call a data file's relative name that the project does not hold (`tocsv(t, 'out.csv')`)."""
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            opens = isinstance(node.func, ast.Name) and node.func.id == "open"
            arguments = node.args[:1] if opens else [*node.args, *(keyword.value for keyword in node.keywords)]
            for argument in arguments:
                if not isinstance(argument, ast.Constant) or not isinstance(argument.value, str):
                    continue
                path = argument.value
                if path.startswith("/") or not path:
                    continue
                if opens or (_DATA_FILE.match(path) and not os.path.exists(os.path.join(root, path))):
                    return True
    return False
