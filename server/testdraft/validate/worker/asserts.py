"""Per-assert outcomes: `assert` statements are rewritten to report expected/actual values.

`assert f(x) == 3, msg` becomes, roughly::

    if _td_rec.active:
        _td_left = f(x); _td_right = 3
        if _td_left == _td_right: _td_rec.passed(LINE)
        else: _td_rec.failed(LINE, _td_left, _td_right, "==", actual_is_left, msg)
    else:
        assert f(x) == 3, msg        # the original, for mutant runs: no recording cost

`failed` records "expected 3, the implementation returns 4" and raises AssertionError,
so the test's control flow is unchanged. It also keeps the value as a literal when it has one
(`literal_repr`): in TDD the value a drafted implementation returns may become the expected
one (`validate.drafts`), and a short repr cannot say it exactly. Standard library only.
"""

from __future__ import annotations

import ast
import reprlib
from dataclasses import dataclass, field
from typing import Any

RECORDER_NAME = "_td_rec"

_repr = reprlib.Repr()
_repr.maxstring = 120
_repr.maxother = 120
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 12


LITERAL_LIMIT = 400  # longer values are no test's expected literal


def literal_repr(value: Any) -> str | None:
    """`repr(value)` when it reads back (`ast.literal_eval`) as an equal value of the same type,
    and is short: what a test may write as the expected value; else None."""
    try:
        text = repr(value)
        if len(text) > LITERAL_LIMIT:
            return None
        back = ast.literal_eval(text)
        return text if type(back) is type(value) and back == value else None
    except Exception:  # a broken __repr__ or __eq__, an object no literal writes: none
        return None


def short_repr(value: Any) -> str:
    try:
        return _repr.repr(value)
    except Exception as exc:  # a broken __repr__ must not break the report
        return f"<unrepresentable {type(value).__name__}: {exc}>"


@dataclass
class AssertRecord:
    line: int
    status: str = "passed"  # passed | failed
    runs: int = 0
    expected: str | None = None
    actual: str | None = None
    literal: str | None = None  # the actual value as a literal, when it has one
    message: str = ""


@dataclass
class AssertRecorder:
    active: bool = True
    records: dict[int, AssertRecord] = field(default_factory=dict)

    def reset(self) -> None:
        self.records = {}

    def _record(self, line: int) -> AssertRecord:
        record = self.records.get(line)
        if record is None:
            record = self.records[line] = AssertRecord(line)
        record.runs += 1
        return record

    def passed(self, line: int) -> None:
        self._record(line)

    def failed(self, line: int, left: Any, right: Any, op: str, actual_is_left: bool,
               actual_text: str, user_message: Any = None) -> None:
        actual, expected = (left, right) if actual_is_left else (right, left)
        record = self._record(line)
        record.status = "failed"
        record.actual = short_repr(actual)
        record.literal = literal_repr(actual)
        record.expected = short_repr(expected)
        if op == "==":
            text = f"expected {record.expected}, the implementation returns {record.actual}"
        elif op == "!=":
            text = f"expected a value other than {record.expected}, got {record.actual}"
        else:
            text = f"expected `{actual_text}` {op} {record.expected}, but it is {record.actual}"
        if user_message is not None:
            text = f"{user_message} ({text})"
        record.message = text
        raise AssertionError(text)

    def falsy(self, line: int, value: Any, negated: bool, actual_text: str,
              user_message: Any = None) -> None:
        record = self._record(line)
        record.status = "failed"
        record.actual = short_repr(value)
        record.literal = literal_repr(value)
        record.expected = "a false value" if negated else "a true value"
        wanted = "false" if negated else "true"
        text = f"expected `{actual_text}` to be {wanted}, it is {record.actual}"
        if user_message is not None:
            text = f"{user_message} ({text})"
        record.message = text
        raise AssertionError(text)


def _has_call(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) for n in ast.walk(node))


def actual_is_left(left: ast.expr, right: ast.expr) -> bool:
    """Which side of a comparison the recorder reports as the actual value: the one that calls."""
    return _has_call(left) or not _has_call(right)


def _name(id_: str, store: bool = False) -> ast.Name:
    return ast.Name(id=id_, ctx=ast.Store() if store else ast.Load())


def _call(method: str, *args: ast.expr) -> ast.stmt:
    func = ast.Attribute(value=_name(RECORDER_NAME), attr=method, ctx=ast.Load())
    return ast.Expr(ast.Call(func=func, args=list(args), keywords=[]))


def _const(value: str | int | bool | None) -> ast.Constant:
    return ast.Constant(value=value)


_CMP_TEXT = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
             ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is not", ast.In: "in",
             ast.NotIn: "not in"}


def _instrumented(node: ast.Assert) -> list[ast.stmt]:
    line = _const(node.lineno)
    message = node.msg if node.msg is not None else _const(None)
    test = node.test
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        op = test.ops[0]
        right = test.comparators[0]
        left_is_actual = actual_is_left(test.left, right)
        actual_src = ast.unparse(test.left if left_is_actual else right)
        compare = ast.Compare(left=_name("_td_left"), ops=[op], comparators=[_name("_td_right")])
        return [
            ast.Assign(targets=[_name("_td_left", store=True)], value=test.left),
            ast.Assign(targets=[_name("_td_right", store=True)], value=right),
            ast.If(test=compare, body=[_call("passed", line)], orelse=[_call(
                "failed", line, _name("_td_left"), _name("_td_right"),
                _const(_CMP_TEXT.get(type(op), "?")), _const(left_is_actual),
                _const(actual_src), message)]),
        ]
    negated = isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not)
    inner = test.operand if isinstance(test, ast.UnaryOp) and negated else test
    value_test: ast.expr = (ast.UnaryOp(op=ast.Not(), operand=_name("_td_value"))
                            if negated else _name("_td_value"))
    return [
        ast.Assign(targets=[_name("_td_value", store=True)], value=inner),
        ast.If(test=value_test, body=[_call("passed", line)], orelse=[_call(
            "falsy", line, _name("_td_value"), _const(negated), _const(ast.unparse(inner)),
            message)]),
    ]


class _AssertRewriter(ast.NodeTransformer):
    def visit_Assert(self, node: ast.Assert) -> ast.stmt:
        switch = ast.If(
            test=ast.Attribute(value=_name(RECORDER_NAME), attr="active", ctx=ast.Load()),
            body=_instrumented(node),
            orelse=[node],
        )
        return ast.copy_location(switch, node)


def rewrite_asserts(tree: ast.Module) -> ast.Module:
    new = _AssertRewriter().visit(tree)
    assert isinstance(new, ast.Module)
    return ast.fix_missing_locations(new)


def assert_lines(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[int]:
    """Lines of the assert statements written in a test function."""
    return sorted({n.lineno for n in ast.walk(func) if isinstance(n, ast.Assert)})
