"""A small pytest-compatible test runner for the sandbox worker.

Why not pytest itself: mutation testing calls every passing test once per mutant, and a
pytest session per mutant (or even `runtestprotocol` per item) costs far more than the
tests. This runner covers what generated tests use: `test_*` functions and `Test*`
classes, `pytest.mark.parametrize` (with `pytest.param`, ids), `skip`/`skipif`/`xfail`
marks, fixtures defined in the test module (yield fixtures, autouse, dependencies, module
scope cached) and in the project's conftest.py files, async tests, and the built-in
fixtures `tmp_path`, `capsys`, `monkeypatch` and a basic `request`. Parametrized fixtures
(`params=`) and pytest plugins/hooks are not supported.
`pytest` is imported lazily: assert-only suites never pay for it.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import functools
import inspect
import io
import itertools
import signal
import sys
import tempfile
import time
import traceback
import types
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class TestTimeout(BaseException):
    """Raised by the per-test alarm; a BaseException so `except Exception` cannot eat it."""


class Skip(Exception):
    pass


@dataclass
class TestItem:
    id: str
    name: str
    line: int
    func: Callable[..., Any]
    cls: type | None = None
    params: dict[str, Any] = field(default_factory=dict)
    skip_reason: str | None = None
    assert_lines: list[int] = field(default_factory=list)


@dataclass
class Outcome:
    status: str  # passed | failed | error | timeout | skipped
    duration: float
    message: str = ""
    error_type: str | None = None
    error_line: int | None = None
    source_line: int | None = None  # line in the module under test where it was raised


def _marks(obj: Any) -> list[Any]:
    marks = getattr(obj, "pytestmark", [])
    return list(marks) if isinstance(marks, list | tuple) else [marks]


def _id_part(value: Any, argname: str, index: int) -> str:
    if isinstance(value, str | int | float | bool) or value is None:
        text = str(value)
        return text if len(text) <= 40 else f"{argname}{index}"
    return f"{argname}{index}"


def _parametrize(mark: Any) -> list[tuple[str, dict[str, Any], list[Any]]]:
    """(id, params, marks) for each case of one `parametrize` mark."""
    args = list(mark.args) + [None] * 2
    argnames = mark.kwargs.get("argnames", args[0])
    argvalues = mark.kwargs.get("argvalues", args[1]) or []
    names = [n.strip() for n in argnames.split(",") if n.strip()] if isinstance(argnames, str) \
        else list(argnames)
    ids = mark.kwargs.get("ids")
    cases = []
    for index, raw in enumerate(argvalues):
        case_marks: list[Any] = []
        case_id = None
        values = raw
        if type(raw).__name__ == "ParameterSet":
            values, case_marks, case_id = raw.values, list(raw.marks), raw.id
            if len(names) == 1:
                values = values[0]
        params = {names[0]: values} if len(names) == 1 else dict(zip(names, values, strict=False))
        if case_id is None and ids is not None:
            explicit = ids(values) if callable(ids) else (ids[index] if index < len(ids) else None)
            case_id = None if explicit is None else str(explicit)
        if case_id is None:
            case_id = "-".join(_id_part(params[n], n, index) for n in names)
        cases.append((case_id, params, case_marks))
    return cases


def _skip_reason(marks: list[Any]) -> str | None:
    for mark in marks:
        if mark.name == "skip":
            return str(mark.kwargs.get("reason", mark.args[0] if mark.args else "skip mark"))
        if mark.name == "skipif":
            condition = mark.args[0] if mark.args else mark.kwargs.get("condition", False)
            if condition:
                return str(mark.kwargs.get("reason", "skipif condition true"))
        if mark.name == "xfail":
            return "xfail mark (expected to fail; not run)"
    return None


def collect(module: types.ModuleType, tree: ast.Module, path: str) -> list[TestItem]:
    """Tests in definition order, parametrized cases expanded."""
    from testdraft.validate.worker.asserts import assert_lines

    defs: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            defs[stmt.name] = stmt
        elif isinstance(stmt, ast.ClassDef):
            for inner in stmt.body:
                if isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef):
                    defs[f"{stmt.name}.{inner.name}"] = inner
    items: list[TestItem] = []

    def add(name: str, func: Callable[..., Any], cls: type | None, extra_marks: list[Any]) -> None:
        node = defs.get(name)
        line = node.lineno if node is not None else func.__code__.co_firstlineno
        lines = assert_lines(node) if node is not None else []
        marks = _marks(func) + extra_marks
        cases: list[tuple[str, dict[str, Any], list[Any]]] = [("", {}, [])]
        for mark in marks:
            if mark.name == "parametrize":
                cases = [
                    (f"{a_id}-{b_id}" if a_id else b_id, {**a_params, **b_params},
                     a_marks + b_marks)
                    for (a_id, a_params, a_marks), (b_id, b_params, b_marks)
                    in itertools.product(cases, _parametrize(mark))
                ]
        test_id = name.replace(".", "::")
        for case_id, params, case_marks in cases:
            items.append(TestItem(
                id=f"{test_id}[{case_id}]" if case_id else test_id, name=name, line=line,
                func=func, cls=cls, params=params, skip_reason=_skip_reason(marks + case_marks),
                assert_lines=lines,
            ))

    for name, obj in list(vars(module).items()):
        if name.startswith("test") and inspect.isfunction(obj) \
                and obj.__code__.co_filename == path:
            add(name, obj, None, [])
        elif name.startswith("Test") and inspect.isclass(obj) and "__init__" not in vars(obj) \
                and obj.__module__ == module.__name__:
            for attr, member in vars(obj).items():
                if attr.startswith("test") and inspect.isfunction(member):
                    add(f"{name}.{attr}", member, obj, _marks(obj))
    return items


class _CaptureResult(NamedTuple):
    out: str
    err: str


class CaptureFixture:
    """The part of pytest's `capsys` that tests use: `readouterr()`."""

    def __init__(self) -> None:
        self._saved = (sys.stdout, sys.stderr)
        self._out, self._err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = self._out, self._err

    def readouterr(self) -> _CaptureResult:
        result = _CaptureResult(self._out.getvalue(), self._err.getvalue())
        self._out.seek(0)
        self._out.truncate()
        self._err.seek(0)
        self._err.truncate()
        return result

    def close(self) -> None:
        sys.stdout, sys.stderr = self._saved


@dataclass
class _Request:
    node_id: str
    function: Callable[..., Any]
    cls: type | None
    param: Any = None

    @property
    def node(self) -> _Request:
        return self


FixtureDefinition = tuple[Callable[..., Any], str, bool]  # function, scope, autouse


def _fixture_definitions(module: types.ModuleType) -> dict[str, FixtureDefinition]:
    """Fixtures defined in the test module, by name."""
    found: dict[str, FixtureDefinition] = {}
    for obj in list(vars(module).values()):
        marker = getattr(obj, "_fixture_function_marker", None) or getattr(
            obj, "_pytestfixturefunction", None)
        if marker is None:
            continue
        getter = getattr(obj, "_get_wrapped_function", None)
        try:
            func = getter() if callable(getter) else getattr(obj, "__wrapped__", obj)
        except Exception:
            continue
        if not inspect.isroutine(func):  # `mock.call` and `mock.sentinel` answer every attribute
            continue
        name = getattr(marker, "name", None) or getattr(obj, "name", None) or func.__name__
        scope = getattr(marker, "scope", "function")
        found[str(name)] = (func, scope if isinstance(scope, str) else "function",
                            bool(getattr(marker, "autouse", False)))
    return found


class Runner:
    def __init__(self, fixture_modules: list[types.ModuleType], tmp_root: str) -> None:
        """`fixture_modules`: conftests outermost first, then the test module (the
        nearest definition of a fixture name wins, as in pytest)."""
        self._fixtures: dict[str, FixtureDefinition] = {}
        for module in fixture_modules:
            self._fixtures.update(_fixture_definitions(module))
        self._tmp_root = tmp_root
        self._wide_cache: dict[str, Any] = {}  # module/class/session scoped values
        self._wide_teardown: list[Iterator[Any]] = []
        self._counter = itertools.count()

    def close(self) -> None:
        for generator in reversed(self._wide_teardown):
            _finish(generator)

    def _builtin(self, name: str, item: TestItem, teardown: list[Callable[[], None]]) -> Any:
        if name in ("tmp_path", "tmpdir"):
            from pathlib import Path

            path = tempfile.mkdtemp(prefix=f"t{next(self._counter)}_", dir=self._tmp_root)
            return Path(path)
        if name == "capsys":
            capture = CaptureFixture()
            teardown.append(capture.close)
            return capture
        if name == "monkeypatch":
            from _pytest.monkeypatch import MonkeyPatch

            patch = MonkeyPatch()
            teardown.append(patch.undo)
            return patch
        if name == "request":
            return _Request(item.id, item.func, item.cls)
        raise LookupError(f"fixture {name!r} not found")

    def _resolve(self, name: str, item: TestItem, values: dict[str, Any],
                 teardown: list[Callable[[], None]], stack: tuple[str, ...]) -> Any:
        if name in values:
            return values[name]
        if name in item.params:
            return item.params[name]
        if name in stack:
            raise LookupError(f"fixture {name!r} depends on itself")
        definition = self._fixtures.get(name)
        if definition is None:
            value = self._builtin(name, item, teardown)
        else:
            func, scope, _autouse = definition
            if scope != "function" and name in self._wide_cache:
                return self._wide_cache[name]
            kwargs = {arg: self._resolve(arg, item, values, teardown, (*stack, name))
                      for arg in _argnames(func)}
            value = func(**kwargs)
            if inspect.isgenerator(value):
                generator = value
                value = next(generator)
                if scope == "function":
                    teardown.append(functools.partial(_finish, generator))
                else:
                    self._wide_teardown.append(generator)
            if scope != "function":
                self._wide_cache[name] = value
        values[name] = value
        return value

    def call(self, item: TestItem) -> None:
        """Set up fixtures, run the test, tear down; exceptions propagate."""
        teardown: list[Callable[[], None]] = []
        values: dict[str, Any] = {}
        try:
            for name, (_f, _s, autouse) in self._fixtures.items():
                if autouse:
                    self._resolve(name, item, values, teardown, ())
            func: Callable[..., Any] = item.func
            if item.cls is not None:
                func = types.MethodType(item.func, item.cls())
            kwargs = {arg: self._resolve(arg, item, values, teardown, ())
                      for arg in _argnames(func)}
            result = func(**kwargs)
            if inspect.iscoroutine(result):
                asyncio.run(result)
        finally:
            for action in reversed(teardown):
                action()


def _argnames(func: Callable[..., Any]) -> list[str]:
    parameters = inspect.signature(func).parameters.values()
    return [p.name for p in parameters
            if p.default is inspect.Parameter.empty
            and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


def _finish(generator: Iterator[Any]) -> None:
    with contextlib.suppress(StopIteration):
        next(generator)


def _on_alarm(signum: int, frame: types.FrameType | None) -> None:
    raise TestTimeout()


signal.signal(signal.SIGALRM, _on_alarm)


def _lines_from_traceback(tb: types.TracebackType | None, test_path: str,
                          source_path: str | None) -> tuple[int | None, int | None]:
    test_line = source_line = None
    for frame, line in traceback.walk_tb(tb):
        filename = frame.f_code.co_filename
        if filename == test_path:
            test_line = line
        elif source_path is not None and filename == source_path:
            source_line = line
    return test_line, source_line


def run_item(runner: Runner, item: TestItem, timeout_s: float, test_path: str,
             source_path: str | None) -> Outcome:
    if item.skip_reason is not None:
        return Outcome("skipped", 0.0, item.skip_reason)
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, timeout_s)
    try:
        try:
            runner.call(item)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except TestTimeout:
        return Outcome("timeout", time.perf_counter() - start,
                       f"timed out after {timeout_s:g} s")
    except BaseException as exc:
        duration = time.perf_counter() - start
        test_line, source_line = _lines_from_traceback(exc.__traceback__, test_path, source_path)
        kind = type(exc).__name__
        if kind == "Skipped":
            return Outcome("skipped", duration, str(exc))
        failed = isinstance(exc, AssertionError) or kind == "Failed"
        message = str(exc) if failed else f"{kind}: {exc}"
        if isinstance(exc, MemoryError):
            message = "MemoryError: the test exceeded the sandbox memory limit"
        return Outcome("failed" if failed else "error", duration, message, kind, test_line,
                       source_line)
    return Outcome("passed", time.perf_counter() - start)
