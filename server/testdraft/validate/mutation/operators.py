"""Mutation operators as pure AST transforms (the seed paper's / MutPy's table).

Each operator looks at ONE node and yields replacements for it; it never mutates its
input. `testdraft.validate.mutation.generate` walks the function under test, asks every
operator about every node, and builds one mutant per replacement.

Standard operators: AOR, AOD, ASR, BCR, COD, COI, CRP, EHD, EXS, LCR, LOD, LOR, ROR, SIR.
Class-level operators that apply to a single method: SCD (super call deletion),
IOP (super call moved first <-> last) and SVD (`self.x` -> `x`). DDL, IHD, IOD and SCI
change a class's shape rather than one function's code, so they do not apply when only
the target function's code object is swapped; see the module docstring of `generate`.

This module imports only the standard library: the sandbox worker uses it too.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass

# A replacement is either a new expression/statement node, or a list of statements
# (which replaces a statement-list field such as an `except` body).
Replacement = ast.AST | list[ast.stmt]


@dataclass(frozen=True)
class Mutation:
    operator: str
    replacement: Replacement
    description: str  # e.g. "`<` to `<=`" (the caller adds "on line N")


MutationRule = Callable[[ast.AST], Iterator[Mutation]]

_OP_SYMBOLS: dict[type[ast.AST], str] = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
    ast.Mod: "%", ast.Pow: "**", ast.MatMult: "@", ast.BitAnd: "&", ast.BitOr: "|",
    ast.BitXor: "^", ast.LShift: "<<", ast.RShift: ">>", ast.Lt: "<", ast.LtE: "<=",
    ast.Gt: ">", ast.GtE: ">=", ast.Eq: "==", ast.NotEq: "!=", ast.Is: "is",
    ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in", ast.And: "and", ast.Or: "or",
    ast.USub: "-", ast.UAdd: "+", ast.Not: "not ", ast.Invert: "~",
}

ARITHMETIC_SWAPS: dict[type[ast.operator], tuple[type[ast.operator], ...]] = {
    ast.Add: (ast.Sub,),
    ast.Sub: (ast.Add,),
    ast.Mult: (ast.Div, ast.FloorDiv, ast.Pow),
    ast.Div: (ast.Mult, ast.FloorDiv),
    ast.FloorDiv: (ast.Div, ast.Mult),
    ast.Mod: (ast.Mult,),
    ast.Pow: (ast.Mult,),
}
BITWISE_SWAPS: dict[type[ast.operator], tuple[type[ast.operator], ...]] = {
    ast.BitAnd: (ast.BitOr,),
    ast.BitOr: (ast.BitAnd,),
    ast.BitXor: (ast.BitAnd,),
    ast.LShift: (ast.RShift,),
    ast.RShift: (ast.LShift,),
}
RELATIONAL_SWAPS: dict[type[ast.cmpop], tuple[type[ast.cmpop], ...]] = {
    ast.Lt: (ast.LtE, ast.Gt),
    ast.LtE: (ast.Lt, ast.GtE),
    ast.Gt: (ast.GtE, ast.Lt),
    ast.GtE: (ast.Gt, ast.LtE),
    ast.Eq: (ast.NotEq,),
    ast.NotEq: (ast.Eq,),
    ast.Is: (ast.IsNot,),
    ast.IsNot: (ast.Is,),
    ast.In: (ast.NotIn,),
    ast.NotIn: (ast.In,),
}


def symbol(op: ast.AST) -> str:
    return _OP_SYMBOLS.get(type(op), type(op).__name__)


def snippet(node: ast.AST, limit: int = 40) -> str:
    """Short source text of a node for descriptions."""
    try:
        text = ast.unparse(node)
    except Exception:  # a few synthetic nodes cannot be unparsed
        text = type(node).__name__
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _swap_binop(node: ast.BinOp, op_type: type[ast.operator]) -> ast.BinOp:
    return ast.BinOp(left=node.left, op=op_type(), right=node.right)


def aor(node: ast.AST) -> Iterator[Mutation]:
    """Arithmetic operator replacement: `a + b` -> `a - b`, `-x` -> `+x`."""
    if isinstance(node, ast.BinOp):
        for new in ARITHMETIC_SWAPS.get(type(node.op), ()):
            yield Mutation("AOR", _swap_binop(node, new),
                           f"`{symbol(node.op)}` to `{symbol(new())}`")
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        new_op: ast.unaryop = ast.UAdd() if isinstance(node.op, ast.USub) else ast.USub()
        yield Mutation("AOR", ast.UnaryOp(op=new_op, operand=node.operand),
                       f"unary `{symbol(node.op)}` to `{symbol(new_op)}`")


def aod(node: ast.AST) -> Iterator[Mutation]:
    """Arithmetic operator deletion: `-x` -> `x`."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        yield Mutation("AOD", node.operand,
                       f"`{snippet(node)}` to `{snippet(node.operand)}`")


def asr(node: ast.AST) -> Iterator[Mutation]:
    """Assignment operator replacement: `x += 1` -> `x -= 1`."""
    if isinstance(node, ast.AugAssign):
        swaps = ARITHMETIC_SWAPS.get(type(node.op)) or BITWISE_SWAPS.get(type(node.op), ())
        for new in swaps:
            yield Mutation("ASR", ast.AugAssign(target=node.target, op=new(), value=node.value),
                           f"`{symbol(node.op)}=` to `{symbol(new())}=`")


def bcr(node: ast.AST) -> Iterator[Mutation]:
    """Break/continue replacement."""
    if isinstance(node, ast.Break):
        yield Mutation("BCR", ast.Continue(), "`break` to `continue`")
    elif isinstance(node, ast.Continue):
        yield Mutation("BCR", ast.Break(), "`continue` to `break`")


def cod(node: ast.AST) -> Iterator[Mutation]:
    """Conditional operator deletion: `not x` -> `x`."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        yield Mutation("COD", node.operand, f"`{snippet(node)}` to `{snippet(node.operand)}`")


def _negate(test: ast.expr) -> ast.expr:
    return ast.UnaryOp(op=ast.Not(), operand=test)


def coi(node: ast.AST) -> Iterator[Mutation]:
    """Conditional operator insertion: `if c:` -> `if not c:` (also while, ternary, filters)."""
    if isinstance(node, ast.If | ast.While):
        new = copy.copy(node)
        new.test = _negate(node.test)
        kind = "if" if isinstance(node, ast.If) else "while"
        yield Mutation("COI", new, f"`{kind} {snippet(node.test)}` negated")
    elif isinstance(node, ast.IfExp):
        yield Mutation("COI", ast.IfExp(test=_negate(node.test), body=node.body,
                                        orelse=node.orelse),
                       f"condition `{snippet(node.test)}` negated")
    elif isinstance(node, ast.comprehension):
        for index, condition in enumerate(node.ifs):
            new_comp = copy.copy(node)
            new_comp.ifs = [*node.ifs[:index], _negate(condition), *node.ifs[index + 1:]]
            yield Mutation("COI", new_comp, f"filter `{snippet(condition)}` negated")


def crp(node: ast.AST) -> Iterator[Mutation]:
    """Constant replacement: numbers + 1, strings changed, booleans flipped."""
    if not isinstance(node, ast.Constant):
        return
    value = node.value
    new_value: object
    if isinstance(value, bool):
        new_value = not value
    elif isinstance(value, int | float):
        new_value = value + 1
    elif isinstance(value, str):
        new_value = "" if value else "mutant"
    else:
        return
    yield Mutation("CRP", ast.Constant(value=new_value), f"constant `{value!r}` to `{new_value!r}`")


def _handler_name(handler: ast.ExceptHandler) -> str:
    return f"except {snippet(handler.type)}" if handler.type is not None else "except"


def ehd(node: ast.AST) -> Iterator[Mutation]:
    """Exception handler deletion: the handler re-raises instead of handling."""
    if isinstance(node, ast.ExceptHandler):
        body = node.body
        if not (len(body) == 1 and isinstance(body[0], ast.Raise) and body[0].exc is None):
            yield Mutation("EHD", [ast.Raise(exc=None, cause=None)],
                           f"`{_handler_name(node)}` handler replaced by `raise`")


def exs(node: ast.AST) -> Iterator[Mutation]:
    """Exception swallowing: the handler body becomes `pass`."""
    if isinstance(node, ast.ExceptHandler) and not (
            len(node.body) == 1 and isinstance(node.body[0], ast.Pass)):
        yield Mutation("EXS", [ast.Pass()], f"`{_handler_name(node)}` body replaced by `pass`")


def lcr(node: ast.AST) -> Iterator[Mutation]:
    """Logical connector replacement: `and` <-> `or`."""
    if isinstance(node, ast.BoolOp):
        new_op: ast.boolop = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        yield Mutation("LCR", ast.BoolOp(op=new_op, values=node.values),
                       f"`{symbol(node.op)}` to `{symbol(new_op)}`")


def lod(node: ast.AST) -> Iterator[Mutation]:
    """Logical operator deletion: `~x` -> `x`."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        yield Mutation("LOD", node.operand, f"`{snippet(node)}` to `{snippet(node.operand)}`")


def lor(node: ast.AST) -> Iterator[Mutation]:
    """Logical (bitwise) operator replacement: `&` <-> `|`, `<<` <-> `>>`."""
    if isinstance(node, ast.BinOp):
        for new in BITWISE_SWAPS.get(type(node.op), ()):
            yield Mutation("LOR", _swap_binop(node, new),
                           f"`{symbol(node.op)}` to `{symbol(new())}`")


def ror(node: ast.AST) -> Iterator[Mutation]:
    """Relational operator replacement, one comparison of a chain at a time."""
    if isinstance(node, ast.Compare):
        for index, op in enumerate(node.ops):
            for new in RELATIONAL_SWAPS.get(type(op), ()):
                ops = [*node.ops[:index], new(), *node.ops[index + 1:]]
                yield Mutation("ROR", ast.Compare(left=node.left, ops=ops,
                                                  comparators=node.comparators),
                               f"`{symbol(op)}` to `{symbol(new())}`")


def sir(node: ast.AST) -> Iterator[Mutation]:
    """Slice index removal: `s[a:b]` -> `s[:b]`, `s[a:]`; the step is dropped too."""
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        for part in ("lower", "upper", "step"):
            if getattr(node.slice, part) is None:
                continue
            new_slice = copy.copy(node.slice)
            setattr(new_slice, part, None)
            new = ast.Subscript(value=node.value, slice=new_slice, ctx=node.ctx)
            yield Mutation("SIR", new, f"`{snippet(node)}` to `{snippet(new)}`")


def _is_super_call(stmt: ast.stmt) -> bool:
    """`super().m(...)` or `super(C, self).m(...)` as a statement."""
    if not isinstance(stmt, ast.Expr) or not isinstance(stmt.value, ast.Call):
        return False
    func = stmt.value.func
    return (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Call)
            and isinstance(func.value.func, ast.Name) and func.value.func.id == "super")


def scd(node: ast.AST) -> Iterator[Mutation]:
    """Super calling deletion: a `super().m(...)` statement is removed.

    Zero-argument `super()` gives the method a `__class__` closure cell; the replacement
    still reads `__class__` so the mutant's code keeps the same free variables and can be
    swapped into the existing function.
    """
    if isinstance(node, ast.stmt) and _is_super_call(node):
        assert isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)
        super_call = node.value.func.value  # type: ignore[attr-defined]
        keep_cell = not super_call.args
        replacement: ast.stmt = (ast.Expr(ast.Name(id="__class__", ctx=ast.Load()))
                                 if keep_cell else ast.Pass())
        yield Mutation("SCD", replacement, f"`{snippet(node)}` deleted")


def iop(node: ast.AST) -> Iterator[Mutation]:
    """Overridden method calling position change: a first super call moves last, or back."""
    if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or len(node.body) < 2:
        return
    body = node.body
    if _is_super_call(body[0]):
        new_body = [*body[1:], body[0]]
        where = "to the end"
    elif _is_super_call(body[-1]):
        new_body = [body[-1], *body[:-1]]
        where = "to the start"
    else:
        return
    new = copy.copy(node)
    new.body = new_body
    yield Mutation("IOP", new, f"super call moved {where} of `{node.name}`")


def svd(node: ast.AST) -> Iterator[Mutation]:
    """Self variable deletion: `self.x` -> `x` (reads only)."""
    if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            and node.value.id == "self" and isinstance(node.ctx, ast.Load)):
        yield Mutation("SVD", ast.Name(id=node.attr, ctx=ast.Load()),
                       f"`self.{node.attr}` to `{node.attr}`")


OPERATORS: dict[str, MutationRule] = {
    "AOR": aor, "AOD": aod, "ASR": asr, "BCR": bcr, "COD": cod, "COI": coi, "CRP": crp,
    "EHD": ehd, "EXS": exs, "LCR": lcr, "LOD": lod, "LOR": lor, "ROR": ror, "SIR": sir,
    "SCD": scd, "IOP": iop, "SVD": svd,
}
"""Operator name -> rule, in report order."""
