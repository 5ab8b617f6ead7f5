"""Characterization tests: inputs proposed, expected values taken from the implementation.

Chosen explicitly (`testdraft suggest --mode characterize`), and only for a function that
has a body. The inputs come from the other generators (the model's tests, whose expected
values are ignored) and from boundary values built from the signature. Each candidate is
run once in the sandbox with its asserts turned into probes that record what the
implementation returns (or raises); the asserts are then rewritten to pin those values.
The tests say what the code does today, not what it should do: each is labelled so.
In TDD mode (no body) nothing comes from execution: this generator yields nothing.
"""

from __future__ import annotations

import ast
import json
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, DroppedTest, DropReason, Generator, ImportTarget, entering
from testdraft.generate.fakes import (
    MAPPING_TYPES,
    Fakes,
    annotation_head,
    call_setup,
    call_text,
    fake_value,
    required,
    stand_ins,
    used_as,
    with_fixture_imports,
)
from testdraft.generate.pytest_code import body, make_test_name, run_call
from testdraft.parsing.languages import parse_python
from testdraft.spec.docstring import parameter_description
from testdraft.spec.extract import extract_spec, is_context_manager, iter_functions
from testdraft.spec.model import FunctionSpec, Parameter, ParameterKind
from testdraft.validate.engine import ValidationOptions, validate_suite
from testdraft.validate.target import ValidationTarget

log = logging.getLogger(__name__)

LABEL = "Characterization test: pins what {name} returns today (run on the implementation), not a spec."
_MARK = "__testdraft_observed__"
_MAX_PROBES = 3  # per test: the sandbox keeps 1,200 characters of a failure message
_MAX_REPR = 120
_FIELDS_ROOM = 240  # characters of attributes pinned one by one, per check
_MAX_ITEMS = 50  # a generator that yields more is not pinned
_UNPARSED = "it does not parse"
_CALL_INDEX = 100  # observations of calls before the checks are numbered from here
_MOCK_INDEX = 200  # and the calls the test's mocks received, from here
_PROBE_OPTIONS = ValidationOptions(coverage=False, mutation=False, test_timeout_s=3.0, suite_timeout_s=30.0)
_VARIANTS = {
    "int": ("0", "-1", "100"),
    "float": ("0.0", "-2.5"),
    "str": ('""', '"Hello, World"'),
    "list": ("[]",),
    **dict.fromkeys(MAPPING_TYPES, ("{}",)),
    "bool": ("False",),
    "timedelta": ("datetime.timedelta(0)", "datetime.timedelta(days=1, hours=2)"),
    "Decimal": ('Decimal("0")', 'Decimal("-2.50")'),
    **dict.fromkeys(("TextIO", "StringIO", "TextIOBase", "IO"), ("io.StringIO()",)),  # one to write to
}
_PROBE_HELPER = f'''
def _testdraft_types(value, depth=0):
    # The types a value is built of (items, fields): where the names its repr needs come from.
    found = [type(value)]
    if depth < 3:
        items = (list(value.items()) if isinstance(value, dict)
                 else list(value) if isinstance(value, (list, tuple, set, frozenset))
                 else list(vars(value).values()) if hasattr(value, "__dict__") and not isinstance(value, type)
                 else [])
        for item in items[:20]:
            found += _testdraft_types(item, depth + 1)
    return found


def _testdraft_repr(value, roots):
    # repr, except where it does not print back: enum members by name, paths under a fixture's folder.
    import dataclasses, enum, pathlib
    if isinstance(value, enum.Enum):
        return type(value).__qualname__ + "." + value.name
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [field for field in dataclasses.fields(value) if field.init]
        return type(value).__qualname__ + "(" + ", ".join(
            field.name + "=" + _testdraft_repr(getattr(value, field.name), roots) for field in fields) + ")"
    if isinstance(value, str):  # a path under a fixture's folder, passed as text
        for name, root in roots.items():
            if value.startswith(str(root) + "/"):
                return "str(" + name + " / " + repr(value[len(str(root)) + 1 :]) + ")"
    if isinstance(value, pathlib.PurePath):
        for name, root in roots.items():
            if value == root:
                return name
            if value.is_relative_to(root):
                return name + " / " + repr(value.relative_to(root).as_posix())
    if isinstance(value, (list, tuple)):
        items = [_testdraft_repr(item, roots) for item in value]
        if type(value) is list:
            return "[" + ", ".join(items) + "]"
        if type(value) is tuple:
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if type(value) is dict:
        return "{{" + ", ".join(_testdraft_repr(k, roots) + ": " + _testdraft_repr(v, roots)
                               for k, v in value.items()) + "}}"
    return repr(value)


def _testdraft_evaluates(text, value, roots):
    # Whether `text` gives back `value`, and the imports it needs (names the value's types come from).
    import importlib, sys
    names, imports = {{**globals(), **roots}}, []
    for _ in range(4):
        try:
            return eval(text, names) == value, imports
        except NameError as missing:
            name = missing.name
            modules = [kind.__module__ for kind in _testdraft_types(value)
                       if kind.__module__ not in ("builtins", "__main__") and not kind.__module__.startswith("_")]
            if any(module.split(".")[0] == name for module in modules):  # `datetime.datetime(...)`
                names[name] = importlib.import_module(name)
                imports.append([name, ""])
            for module in modules:
                if name not in names and hasattr(sys.modules.get(module), name):
                    names[name] = getattr(sys.modules[module], name)
                    imports.append([module, name])
            if name not in names:
                return False, imports
        except Exception:
            return False, imports
    return False, imports


def _testdraft_printed(value, roots):
    try:
        text = _testdraft_repr(value, roots)
    except Exception:
        return "", False, []
    return (text, *_testdraft_evaluates(text, value, roots))


def _testdraft_observe(observed, index, thunk_value=None, error=None, roots={{}}):
    import inspect, itertools, pathlib
    # The test's fixtures that are folders, the deepest first (`photo_dir` under `tmp_path`).
    roots = dict(sorted(((name, root) for name, root in roots.items() if isinstance(root, pathlib.PurePath)),
                        key=lambda item: -len(item[1].parts)))
    entry = {{"i": index}}
    if error is None and inspect.isgenerator(thunk_value):  # it prints as <generator ...>: what it yields
        try:
            items = list(itertools.islice(thunk_value, {_MAX_ITEMS} + 1))
        except Exception as raised:
            error, entry["listed"] = raised, True
        else:
            if len(items) <= {_MAX_ITEMS}:
                thunk_value, entry["listed"] = items, True
    if error is not None:
        entry["error"] = type(error).__name__
        entry["error_module"] = type(error).__module__
    else:
        value = thunk_value
        text, exact, imports = _testdraft_printed(value, roots)
        if not exact and hasattr(value, "__dict__") and not isinstance(value, type):
            # an object: its attributes, when they print back
            value = vars(value)
            text, exact, imports = _testdraft_printed(value, roots)
            entry["attributes"] = exact
        if exact and len(text) <= {_MAX_REPR}:
            entry.update(repr=text, exact=True)
            if imports:
                entry["imports"] = imports
        elif hasattr(thunk_value, "__len__") and not isinstance(thunk_value, type):
            entry.update(exact=False, size=len(thunk_value))  # too long to pin whole: its size
        else:
            entry["exact"] = False
        if not entry["exact"] and hasattr(thunk_value, "__dict__") and not isinstance(thunk_value, type):
            # some attributes print back where not all do (a clock, a client): those, one by one
            fields, room = {{}}, {_FIELDS_ROOM}
            for name, item in vars(thunk_value).items():
                item_text, item_exact, item_imports = _testdraft_printed(item, roots)
                if name.startswith("_") or not item_exact or len(item_text) > room:
                    continue
                fields[name], room = item_text, room - len(name) - len(item_text)
                imports += item_imports
            if fields:
                entry.update(fields=fields, imports=imports)
        entry["kind"] = type(thunk_value).__name__
    observed.append(entry)


def _testdraft_observe_mocks(observed, names):
    # The calls each mock the test holds received: what a function did to its collaborators.
    from unittest import mock
    for name, value in names.items():
        if name.startswith("_testdraft") or not isinstance(value, mock.NonCallableMock):
            continue
        text, exact, imports = _testdraft_printed(value.mock_calls, {{}})
        if exact and len(text) <= {_MAX_REPR} and len(observed) < {_MAX_PROBES + 2}:
            observed.append({{"i": {_MOCK_INDEX} + len(observed), "mock": name, "repr": text, "exact": True,
                             "imports": imports, "kind": "list"}})


def _testdraft_report(observed):
    import json
    raise AssertionError("{_MARK}" + json.dumps(observed))
'''


@dataclass(frozen=True)
class Observation:
    index: int
    value: str | None = None  # repr, when it evaluates back to an equal value
    kind: str = ""
    error: str | None = None
    attributes: bool = False  # `value` is `vars(...)` of the object the expression gave
    imports: tuple[str, ...] = ()  # what `value` needs imported to evaluate in the test
    fields: tuple[tuple[str, str], ...] = ()  # attributes that print back, of an object that does not
    size: int | None = None  # len() of a value too long to pin whole
    mock: str | None = None  # `value` is the `mock_calls` of the test's mock of this name
    listed: bool = False  # the expression gave a generator; `value` is `list()` of it
    error_import: str | None = None  # how a test imports `error` from the module that defines it


class BoundaryInputs(Generator):
    """Calls with stand-in arguments and boundary values of plain parameters (no expectations)."""

    name = "boundary"

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        fakes = Fakes.offering(target)
        prepared = call_setup(spec, target, fakes)
        if prepared is None:
            return  # the instance cannot be built: no call to make
        setup, access = prepared
        constructors = dict(target.context.constructors) if target.context is not None else {}
        base = stand_ins(spec, required(spec.call_params), fakes, constructors)
        for name, value in base.items():
            if value.startswith("io.StringIO(") and _writes_to(spec, name):
                base[name] = "io.StringIO()"  # text already there would be overwritten, not read
        if any(value == "..." for value in base.values()):
            return
        module_specs = _module_specs(target)
        # An argument made by the function the docstring names ("a hash made by hash_password"):
        # without it every call stops at the first check of its input.
        calls = [base, *({**base, name: value} for name, value in _produced_arguments(
            spec, base, target.module, module_specs, fakes, constructors))]
        calls += [{**base, name: value}
                  for name, value in _round_trip_arguments(spec, base, module_specs, fakes, constructors)]
        for param in spec.call_params:  # boundaries of plain parameters, defaulted ones too
            head = annotation_head(param.annotation)  # the first of a union: `int | str`, `int | None`
            if param.kind in (ParameterKind.VAR_POSITIONAL, ParameterKind.VAR_KEYWORD):
                continue
            calls += [{**base, param.name: variant} for variant in _VARIANTS.get(head, ())]
        instance = access.rsplit(".", 1)[0]
        if spec.method_kind == "property":
            calls = calls[:1]
        # The same call on an instance holding one item, where its class has a method that adds one.
        filled = _filling_call(spec, module_specs, fakes, constructors, instance)
        runs = [(f"case_{number}", arguments, setup) for number, arguments in enumerate(calls[:6], start=1)]
        runs += [("with_one_item", calls[0], [*setup, filled])] if filled is not None else []
        # A class used inside `with` is entered first; what its method does on one never entered
        # (often a RuntimeError) is pinned too: a check that a stub returning None fails.
        entered = set(entering(spec, instance))
        runs += [("not_entered", calls[0], [s for s in setup if s not in entered])] if entered & set(setup) else []
        # A file the function may read, there with two lines (the stand-in alone does not exist).
        runs += [(f"with_{name}_written", calls[0], [*setup, f"({found.group(1)}).write_text({_TWO_LINES!r})"])
                 for name, value in calls[0].items() if not _FOLDER_NAME.search(name)
                 and (found := re.fullmatch(r"(?:str\()?(tmp_path / \"[\w.]+\")\)?", value)) is not None]
        parameters = ", ".join(sorted(fakes.fixtures))
        for label, arguments, before in runs:
            # A mock is bound to a name first, so the calls it receives are observed (and pinned);
            # not a MagicMock standing for an async iterator (its one call is `__aiter__`).
            mocks = [f"{k} = {v}" for k, v in arguments.items() if re.fullmatch(r"(?:Async)?Mock\(.*\)", v)]
            # A text stream too, so what the function writes to it is pinned.
            streams = [k for k, v in arguments.items() if v.startswith("io.StringIO(")]
            mocks += [f"{k} = {arguments[k]}" for k in streams]
            arguments = {k: k if f"{k} = {v}" in mocks else v for k, v in arguments.items()}
            call = call_text(access, arguments, spec.call_params)
            if spec.method_kind == "property":
                call = access
            collect, call = run_call(spec, call)
            name = make_test_name(spec, label)
            checks = [f"assert {call} == None"]
            if is_context_manager(spec) and not spec.is_async:  # entered, then what it left behind is checked
                checks = [f"with {call}:", "    pass"]
            if spec.method_kind == "instance" and instance.isidentifier():
                checks.append(f"assert {instance} == None")  # its state after the call (a method may only mutate)
            checks += [f"assert {stream}.getvalue() == None" for stream in streams]
            code = f"def {name}({parameters}):\n" + body([*before, *mocks, *collect, *checks])
            imports = ["import asyncio"] if spec.is_async else []
            imports += [*fakes.all_imports(target.module, target.imported), target.import_line]
            yield CandidateTest(name, code, tuple(imports), origin=self.name, asserts=1)


def _writes_to(spec: FunctionSpec, name: str) -> bool:
    """Whether the function's body writes to its parameter `name` (a stream it is given)."""
    written = rf"\b{re.escape(name)}\.write(?:lines)?\(|\bfile\s*=\s*{re.escape(name)}\b"
    return re.search(written, spec.source) is not None


_TWO_LINES = "line 1\nline 2\n"
_FOLDER_NAME = re.compile(r"(dir|directory|folder)$", re.IGNORECASE)
# Methods that put something into their instance: `add`, `push`, `add_task`, `register` ...
_FILLING = re.compile(r"^(?:add|append|push|put|insert|register|enqueue|record|receive|deposit|store|save|set)(?:_|$)")


def _module_specs(target: ImportTarget) -> list[FunctionSpec]:
    """The functions and methods of the module around `target` (from the request's text)."""
    source = target.context.module_source if target.context is not None else ""
    return [extract_spec(node) for node in iter_functions(parse_python(source.encode()))] if source else []


def _stand_in_call(callee: str, spec: FunctionSpec, fakes: Fakes,
                   constructors: dict[str, tuple[Parameter, ...]]) -> str | None:
    """`callee(required=stand-in, ...)` for the function `spec`; None where one has no stand-in."""
    arguments = {param.name: fake_value(param.annotation, param.name, fakes, constructors)
                 for param in required(spec.call_params)}
    return None if "..." in arguments.values() else call_text(callee, arguments, spec.call_params)


def _filling_call(spec: FunctionSpec, module_specs: Sequence[FunctionSpec], fakes: Fakes,
                  constructors: dict[str, tuple[Parameter, ...]], instance: str) -> str | None:
    """`instance.add(task=Task(...))`: a call of a method of the same class that adds an item
    (the function itself too: a second `add` finds the first), with stand-in arguments. On an
    empty container most methods give None or nothing, which pins little."""
    if not instance.isidentifier() or spec.method_kind not in ("instance", "property"):
        return None
    for sibling in module_specs:
        if sibling.class_path == spec.class_path and sibling.method_kind == "instance" and not sibling.is_async \
                and _FILLING.match(sibling.name) and required(sibling.call_params):
            call = _stand_in_call(f"{instance}.{sibling.name}", sibling, fakes, constructors)
            if call is not None:
                return call
    return None


def _produced_arguments(spec: FunctionSpec, base: dict[str, str], module: str, module_specs: Sequence[FunctionSpec],
                        fakes: Fakes, constructors: dict[str, tuple[Parameter, ...]]) -> Iterator[tuple[str, str]]:
    """(parameter, `producer(stand-ins)`) for each module-level function the docstring names
    whose return type is the parameter's: `verify_password(password, encoded)` documented as
    checking "a hash made by hash_password" gets `encoded=hash_password(password='text')`; an
    unannotated one, where its own docstring entry names the function."""
    named = set(re.findall(r"\b[A-Za-z_]\w*\b", spec.docstring or ""))
    for producer in module_specs:
        if producer.name not in named or producer.class_path or producer.name == spec.name or producer.is_async \
                or not producer.return_annotation:
            continue
        for param in spec.call_params:
            # Of the type the producer returns, or (without an annotation) described as its output:
            # ":param key: a key built with :func:`namespaced`".
            described = param.annotation is None and re.search(
                rf"\b{re.escape(producer.name)}\b", parameter_description(spec.docstring, param.name))
            if param.name in base and (param.annotation == producer.return_annotation or described):
                call = _stand_in_call(producer.name, producer, fakes, constructors)
                if call is not None:
                    fakes.imports.add(f"from {module} import {producer.name}")
                    yield param.name, call


_SERIALIZER = re.compile(r"^(?:to|as)_(?:dict|mapping|data|json|record)$")


def _round_trip_arguments(spec: FunctionSpec, base: dict[str, str], module_specs: Sequence[FunctionSpec],
                          fakes: Fakes, constructors: dict[str, tuple[Parameter, ...]]) -> Iterator[tuple[str, str]]:
    """(parameter, value) for a classmethod that builds its class from a mapping (`from_dict`):
    what an instance's own `to_dict()` gives (of a fixture that builds the class), and a mapping
    of the constructor's fields with stand-ins. An empty `{}` only reaches the first check."""
    if spec.method_kind != "classmethod" or len(spec.class_path) != 1:
        return
    class_name = spec.class_path[0]
    mappings = [param.name for param in spec.call_params if param.name in base and annotation_head(
        param.annotation or used_as(spec, param.name) or "") in ("dict", "Dict", "Mapping")]
    if not mappings:
        return
    fixture = fakes.fixture_for("", class_name)
    serializer = next((sibling.name for sibling in module_specs if sibling.class_path == spec.class_path
                       and sibling.method_kind == "instance" and not sibling.is_async
                       and _SERIALIZER.match(sibling.name) and not required(sibling.call_params)), None)
    fields = constructors.get(class_name)
    for name in mappings:
        if fixture is not None and serializer is not None:
            yield name, f"{fakes.take(fixture)}.{serializer}()"
        # The required fields, then every field (a row's reader may want each column).
        for chosen in dict.fromkeys((tuple(required(fields or ())), tuple(fields or ()))):
            values = {param.name: fake_value(param.annotation, param.name, fakes, constructors, depth=1)
                      for param in chosen}
            if values and "..." not in values.values():
                yield name, "{" + ", ".join(f"{key!r}: {value}" for key, value in values.items()) + "}"


class CharacterizationGenerator(Generator):
    """Runs the proposers' tests against the implementation and pins the observed values."""

    name = "characterize"
    sampled = True  # each candidate costs a sandbox run (and the model's, seconds)

    def __init__(self, proposers: Sequence[Generator]) -> None:
        self.proposers = list(proposers)
        self.notes: list[str] = []
        self.dropped: list[DroppedTest] = []

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        self.notes, self.dropped = [], []
        if not spec.is_implemented:
            self.notes.append(f"{spec.qualname} has no body: nothing to characterize (TDD mode)")
            return
        context = target.context
        validation = ValidationTarget(
            target.module, spec.qualname, target.sys_path_root,
            test_dir=context.test_dir if context is not None and context.test_dir else None,
            fixture_files=context.fixture_files if context is not None else (),
            merged_into=context.merged_into if context is not None else None,
        )
        for proposer in self.proposers:
            for candidate in proposer.generate(spec, target, cancel):
                cancel.raise_if_cancelled()
                pinned = characterize(candidate, spec, target, validation, cancel)
                if isinstance(pinned, str):
                    reason = DropReason.PARSE_ERROR if pinned == _UNPARSED else DropReason.FAILED
                    self.dropped.append(DroppedTest(candidate.name, self.name, reason, f"no value to pin: {pinned}"))
                    continue
                yield pinned
            self.dropped += proposer.dropped


def _observed(statement: ast.Assert) -> tuple[ast.expr, bool]:
    """What an assert checks: an equality's left side (True), or the whole condition (False)."""
    test = statement.test
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq):
        left = test.left  # `pytest.approx(f(x)) == 2.5`: the value is f(x)'s
        if isinstance(left, ast.Call) and ast.unparse(left.func) in ("pytest.approx", "approx") \
                and len(left.args) == 1 and not left.keywords:
            return left.args[0], True
        return left, True
    return test, False


def _probe_assert(statement: ast.Assert, index: int, roots: Sequence[str]) -> list[ast.stmt]:
    """Statements that record what the assert's checked expression gives (or raises)."""
    observed, _ = _observed(statement)
    record = f"_testdraft_observe(_testdraft_seen, {index}"
    folders = "{" + ", ".join(f"{root!r}: {root}" for root in roots) + "}"
    source = (
        f"try:\n    _testdraft_value = ({ast.unparse(observed)})\n"
        f"except Exception as _testdraft_error:\n    {record}, error=_testdraft_error)\n"
        f"else:\n    {record}, _testdraft_value, roots={folders})"
    )
    return ast.parse(source).body


def _expected_raises_as_checks(function: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """`with pytest.raises(E): call` becomes `assert call == None`, in place: what the call
    really does (raises E, another error, or returns) is then observed and pinned like any check."""
    body: list[ast.stmt] = []
    for statement in function.body:
        if isinstance(statement, ast.With) and len(statement.items) == 1 and statement.items[0].optional_vars is None \
                and "raises" in ast.unparse(statement.items[0].context_expr) and statement.body:
            *before, last = statement.body
            value = last.value if isinstance(last, ast.Expr | ast.Assign) else None
            if value is not None:
                body += [*before, ast.Assert(ast.Compare(value, [ast.Eq()], [ast.Constant(None)]))]
                continue
        body.append(statement)
    function.body = body


def _calls(statement: ast.stmt, name: str) -> bool:
    """Whether a statement other than an assert calls `name` (`result = f(x)`, `cart.add(item)`)."""
    if not isinstance(statement, ast.Assign | ast.AnnAssign | ast.Expr):
        return False
    return any(isinstance(node, ast.Call) and (getattr(node.func, "id", None) == name
                                               or getattr(node.func, "attr", None) == name)
               for node in ast.walk(statement))


def _state_checked_after(statements: Sequence[ast.stmt], name: str) -> bool:
    """Whether an assert among `statements` checks something other than a call of `name`
    (`assert instance.total == 3` after `assert instance.add(3) is None`)."""
    return any(isinstance(statement, ast.Assert) and not _calls(ast.Expr(_observed(statement)[0]), name)
               for statement in statements)


def _guarded_call(statement: ast.stmt, index: int) -> list[ast.stmt]:
    """`statement`, reporting at once what it raises: the checks after it cannot run then."""
    guard: ast.Try = ast.parse(
        "try:\n    pass\nexcept Exception as _testdraft_error:\n"
        f"    _testdraft_observe(_testdraft_seen, {index}, error=_testdraft_error)\n"
        "    _testdraft_report(_testdraft_seen)").body[0]  # type: ignore[assignment]
    guard.body = [statement]
    return [guard]


def _probed(
    function: ast.FunctionDef | ast.AsyncFunctionDef, name: str
) -> tuple[ast.FunctionDef | ast.AsyncFunctionDef, int]:
    """A copy of the test whose top-level asserts record observations and whose end reports
    them; a statement before them that calls `name` and raises reports that error instead."""
    probe = ast.parse(ast.unparse(function)).body[0]
    assert isinstance(probe, ast.FunctionDef | ast.AsyncFunctionDef)
    statements: list[ast.stmt] = ast.parse("_testdraft_seen = []").body
    # A path under the test's own folder, or under a fixture's that is a folder, is pinned
    # relative to it (the folder differs per run); which fixtures are folders shows when it runs.
    roots = [arg.arg for arg in probe.args.args]
    if "tmp_path" not in roots:  # a fixture's folder may lie under it: pytest gives both the same one
        probe.args.args.append(ast.arg("tmp_path"))
        roots.append("tmp_path")
    index, calls = 0, 0
    for statement in probe.body:
        if _calls(statement, name):
            statements += _guarded_call(statement, _CALL_INDEX + calls)
            calls += 1
        elif isinstance(statement, ast.Assert) and index < _MAX_PROBES:
            statements += _probe_assert(statement, index, roots)
            index += 1
        elif isinstance(statement, ast.Assert):
            continue
        else:
            statements.append(statement)
    statements += ast.parse("_testdraft_observe_mocks(_testdraft_seen, locals())\n"
                            "_testdraft_report(_testdraft_seen)").body
    probe.body = statements
    return ast.fix_missing_locations(probe), index + calls


# A time to the microsecond comes from the clock (`datetime.now()`), and an object's address
# (`<object object at 0x7f...>`, `<Mock id='1402...'>`) from the run: pinned, either fails on the next run.
_DIFFERS_PER_RUN = re.compile(
    r"datetime\.(?:datetime|time)\((?:[^(),]+,){6}\s*[1-9]|microseconds=[1-9]|\bat 0x[0-9a-f]{6,}|\bid='\d+'")


def _observations(message: str) -> list[Observation] | None:
    if _MARK not in message:
        return None
    try:
        entries = json.loads(message.split(_MARK, 1)[1])
    except ValueError:
        return None
    found = []
    for entry in entries:
        exact = entry.get("exact") and len(entry.get("repr", "")) <= _MAX_REPR \
            and not _DIFFERS_PER_RUN.search(entry.get("repr", ""))
        imports = tuple(f"from {module} import {name}" if name else f"import {module}"
                        for module, name in entry.get("imports", ()))
        size = entry.get("size")
        fields = entry.get("fields") if isinstance(entry.get("fields"), dict) else {}
        fields = {name: text for name, text in fields.items() if not _DIFFERS_PER_RUN.search(str(text))}
        found.append(Observation(entry["i"], entry.get("repr") if exact else None, entry.get("kind", ""),
                                 entry.get("error"), bool(entry.get("attributes")), imports,
                                 size=size if isinstance(size, int) else None, fields=tuple(fields.items()),
                                 mock=entry.get("mock") if isinstance(entry.get("mock"), str) else None,
                                 listed=bool(entry.get("listed")),
                                 error_import=_error_import(entry.get("error"), entry.get("error_module"))))
    return found


def _error_import(error: object, module: object) -> str | None:
    """`from pkg.models import InvalidIsbnError` for an error of a public module the test can
    import (not a builtin, a private module, or a test's own); None otherwise."""
    if not isinstance(error, str) or not isinstance(module, str) or module in ("builtins", "__main__"):
        return None
    parts = module.split(".")
    if any(part.startswith("_") or part.startswith("test") or part == "conftest" for part in parts):
        return None
    return f"from {module} import {error}"


def _pinned_assert(statement: ast.Assert, seen: Observation, raisable: set[str]) -> list[ast.stmt] | None:
    checked, equality = _observed(statement)
    observed = f"list({ast.unparse(checked)})" if seen.listed else ast.unparse(checked)
    if seen.error is not None:
        if seen.error not in raisable:
            return None
        return ast.parse(f"with pytest.raises({seen.error}):\n    {observed}").body
    if seen.value is None and seen.size is not None and equality:
        return ast.parse(f"assert len({observed}) == {seen.size}").body
    if seen.value is None and seen.fields and equality and _reads_no_call(checked):
        return [statement for name, value in seen.fields
                for statement in _pinned_assert(ast.Assert(ast.parse(f"{observed}.{name} == None", mode="eval").body),
                                                Observation(0, value), raisable) or []]
    if seen.value is None:
        return None
    if seen.attributes:
        return ast.parse(f"assert vars({observed}) == {seen.value}").body
    if not equality:
        truthy = seen.value not in ("False", "None", "0", "''", '""', "[]", "{}", "()", "set()")
        return ast.parse(f"assert {observed}" if truthy else f"assert not ({observed})").body
    if seen.value in ("True", "False", "None"):
        return ast.parse(f"assert {observed} is {seen.value}").body
    expected = f"pytest.approx({seen.value})" if seen.kind == "float" else seen.value
    return ast.parse(f"assert {observed} == {expected}").body


def _reads_no_call(expression: ast.expr) -> bool:
    """Whether reading `expression` again (once per attribute pinned) has no effect: no call."""
    return not any(isinstance(node, ast.Call | ast.Await) for node in ast.walk(expression))


def characterize(
    candidate: CandidateTest,
    spec: FunctionSpec,
    target: ImportTarget,
    validation: ValidationTarget,
    cancel: CancelToken = NEVER_CANCELLED,
) -> CandidateTest | str:
    """`candidate` with its asserts pinned to what the implementation does, or why nothing pins."""
    try:
        function = ast.parse(candidate.code).body[-1]
    except SyntaxError:
        return _UNPARSED
    if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
        return "it is no test function"
    _expected_raises_as_checks(function)
    probe, probes = _probed(function, spec.name)
    if probes == 0:
        return "it has no assert whose value could be pinned"
    candidate = with_fixture_imports(candidate, target)
    module = "\n".join([*dict.fromkeys(candidate.imports), _PROBE_HELPER, "", ast.unparse(probe), ""])
    report = validate_suite(module, validation, _PROBE_OPTIONS, cancel)
    outcome = next((test for test in report.tests if test.name == function.name), None)
    seen = _observations(outcome.message) if outcome is not None else None
    if seen is None:
        first_line = outcome.message.strip().splitlines()[0][:160] if outcome is not None and outcome.message else ""
        return f"it failed before its checks: {first_line}" if first_line else "it did not run"
    if not seen:  # it ran to its end, its calls raised nothing, and no check or mock was observed
        return "it has no assert whose value could be pinned"
    by_index = {observation.index: observation for observation in seen}
    names = target.context.module_names if target.context is not None else frozenset()
    # Exceptions a test can name: builtins, the module's own (imported from it), and those of a
    # module that defines them (an error raised inside another class of the project).
    raisable = _builtin_exceptions() | set(names) | {item.error for item in seen if item.error and item.error_import}
    new_body: list[ast.stmt] = [ast.Expr(ast.Constant(LABEL.format(name=spec.qualname)))]
    index, pinned, extra_imports = 0, 0, set()
    if ast.get_docstring(function) is not None:
        function.body = function.body[1:]  # the label replaces it
    calls = 0
    mocks_pinned = any(item.mock is not None and item.value is not None for item in seen)
    for position, statement in enumerate(function.body):
        if _calls(statement, spec.name):
            raised = by_index.get(_CALL_INDEX + calls)
            calls += 1
            if raised is None or raised.error is None:
                new_body.append(statement)
                continue
            if raised.error not in raisable:
                break
            # It raised: that is what is pinned, and the checks after it (which never ran) go.
            call = statement.value if isinstance(statement, ast.Assign | ast.AnnAssign | ast.Expr) else None
            if call is None:
                break
            new_body += _pinned_assert(ast.Assert(ast.Compare(call, [ast.Eq()], [ast.Constant(None)])), raised,
                                       raisable) or []
            extra_imports |= _needed_imports(raised, names, target.module)
            pinned += 1
            break
        if not isinstance(statement, ast.Assert):
            new_body.append(statement)
            continue
        if index >= _MAX_PROBES:
            continue
        observation = by_index.get(index)
        index += 1
        checked, _ = _observed(statement)
        if (mocks_pinned or _state_checked_after(function.body[position + 1 :], spec.name)) \
                and observation is not None and observation.error is None and _calls(ast.Expr(checked), spec.name):
            # The call is bound first: each check becomes a test of its own when ranked, and
            # a check of what the call changed (the instance, the mocks) needs the call in it too.
            bound = "result" if "result" not in ast.unparse(function) else f"result_{index}"
            new_body += ast.parse(f"{bound} = {ast.unparse(checked)}").body
            test = statement.test
            statement = ast.Assert(ast.Compare(ast.Name(bound), test.ops, test.comparators)
                                   if isinstance(test, ast.Compare) and test.left is checked else ast.Name(bound))
        rewritten = _pinned_assert(statement, observation, raisable) if observation is not None else None
        if rewritten is None:
            continue
        if observation is not None:
            extra_imports |= _needed_imports(observation, names, target.module)
        new_body += rewritten
        pinned += 1
    for received in (item for item in seen if item.mock is not None and item.value is not None):
        # Observed only when the test ran to its end (a call that raised reports at once).
        new_body += ast.parse(f"assert {received.mock}.mock_calls == {received.value}").body
        extra_imports |= _needed_imports(received, names, target.module)
        pinned += 1
    if pinned == 0:
        return "no value it checks prints back as Python (" + ", ".join(_unpinnable(seen, raisable)) + ")"
    function.body = new_body
    if "tmp_path" not in {arg.arg for arg in function.args.args} and any(
            isinstance(node, ast.Name) and node.id == "tmp_path" for node in ast.walk(function)):
        function.args.args.append(ast.arg("tmp_path"))  # a path pinned under it (`file_store`'s folder)
    function.name = re.sub(r"^test_", "test_characterize_", function.name) if "characteriz" not in function.name \
        else function.name
    code = ast.unparse(ast.fix_missing_locations(function))
    imports = [*candidate.imports, *sorted(extra_imports)]
    if "pytest." in code and "import pytest" not in imports:
        imports.insert(0, "import pytest")
    return replace(candidate, name=function.name, code=code, imports=tuple(dict.fromkeys(imports)),
                   origin="characterize", asserts=pinned, meta={**candidate.meta, "proposed_by": candidate.origin})


def _needed_imports(seen: Observation, names: frozenset[str], module: str) -> set[str]:
    """What a pinned observation needs imported: its value's names, or the module's own error."""
    if seen.error is None or seen.error in _builtin_exceptions():
        return set(seen.imports)
    own_error = f"from {module} import {seen.error}" if seen.error in names else seen.error_import
    return {*seen.imports, *([own_error] if own_error else [])}


def _unpinnable(seen: Sequence[Observation], raisable: set[str]) -> list[str]:
    """What each observation was, for the note of a test that pinned nothing."""
    return [f"raised {item.error}" + ("" if item.error in raisable else ", which the test cannot import")
            if item.error is not None else f"a {item.kind}" for item in seen]


def _builtin_exceptions() -> set[str]:
    import builtins

    # Not the errors of a test that names what does not exist: those are the test's own bug.
    return {name for name in dir(builtins) if isinstance(getattr(builtins, name), type)
            and issubclass(getattr(builtins, name), BaseException)} - {"NameError", "UnboundLocalError", "ImportError",
                                                                       "ModuleNotFoundError"}


def proposers_for(generators: Iterable[Generator]) -> list[Generator]:
    """The generators whose tests propose inputs (the model), after the boundary values."""
    return [BoundaryInputs(), *generators]


def characterization_generators(generators: Iterable[Generator]) -> list[Generator]:
    """The generators of a characterization request (the CLI's `--mode characterize`, the
    editor's characterization action), from those of a spec request: the docstring's tests
    (its examples, the properties it states) stay the spec; the sampled generators (the
    model) only propose inputs."""
    generators = list(generators)
    spec = [g for g in generators if not g.sampled]
    return [*spec, CharacterizationGenerator(proposers_for(g for g in generators if g.sampled))]


def nothing_to_characterize(qualname: str) -> str:
    """Why a characterization request for a function without a body gives nothing."""
    return f"{qualname} has no body yet: there is nothing to characterize"
