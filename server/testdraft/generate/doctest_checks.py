"""One doctest example as pytest statements, with doctest's meaning kept.

doctest compares text: the repr of an expression's value, or what the example printed, with
the expected output, under option flags (`+ELLIPSIS`, `+NORMALIZE_WHITESPACE`, ...). The
asserts here say the same thing in the form a reader expects:
- a plain Python value (`[1, 2]`, `{'a': 1}`, `1.5`) -> `assert expr == value` (floats with
  `pytest.approx`; dicts and sets compare as values, so their order is moot);
- `True`/`False` of a comparison or predicate -> `assert expr` / `assert not expr`, of
  anything else -> `assert expr is True` / `is False` (doctest wants exactly that repr);
- any other output (reprs of objects, `nan`) -> `assert repr(expr) == "..."`;
- printed output -> `capsys`;
- with `+ELLIPSIS` or `+NORMALIZE_WHITESPACE` the comparison is doctest's own
  `OutputChecker` with the same flags (the test imports the standard library's `doctest`);
- a traceback -> `pytest.raises(Error, match=...)` with the message when one is shown
  (none under `IGNORE_EXCEPTION_DETAIL`).
"""

from __future__ import annotations

import ast
import builtins
import doctest
import io
import re
import tokenize

from testdraft.generate.base import ImportTarget
from testdraft.generate.pytest_code import literal_value, needs_approx, quoted, star_imported_names
from testdraft.spec.model import DocExample, FunctionSpec

# Flags that change how output is compared (the others change what runs).
_COMPARISON_FLAGS = (
    "ELLIPSIS",
    "NORMALIZE_WHITESPACE",
    "DONT_ACCEPT_BLANKLINE",
    "DONT_ACCEPT_TRUE_FOR_1",
)
_BLANKLINE = re.compile(rf"(?m)^{re.escape(doctest.BLANKLINE_MARKER)}\s*?$")
_PREDICATES = frozenset({"isinstance", "issubclass", "callable", "hasattr", "all", "any", "bool"})


def expression_source(source: str) -> str | None:
    """`source` as one expression that can sit inside an assert, or None if it is statements.

    Comments and line breaks are dropped (a trailing comment would swallow the rest of the
    assert); otherwise the text is kept as written.
    """
    try:
        node = ast.parse(source.strip(), mode="eval")
    except SyntaxError:
        return None
    if "\n" in source.strip() or _has_comment(source):
        return ast.unparse(node)
    return source.strip()


def _has_comment(source: str) -> bool:
    try:
        return any(t.type == tokenize.COMMENT for t in tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return "#" in source


# What a plain value's source may hold: constants, containers and arithmetic on them
# (`19 - 5 - 6` in an informal `f(x) -> 19 - 5 - 6`); no names, calls or attributes.
_VALUE_NODES = (
    ast.Expression,
    ast.Constant,
    ast.Tuple,
    ast.List,
    ast.Set,
    ast.Dict,
    ast.BinOp,
    ast.UnaryOp,
    ast.operator,
    ast.unaryop,
    ast.expr_context,
)


def literal_source(text: str) -> str | None:
    """Source for an output that is a plain Python value, on one line; None otherwise."""
    stripped = text.strip()
    try:
        tree = ast.parse(stripped, mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    if not all(isinstance(node, _VALUE_NODES) for node in ast.walk(tree)):
        return None
    return ast.unparse(tree) if "\n" in stripped else stripped


def compares_text(example: DocExample) -> bool:
    """Options under which the output must be compared as doctest text, not as a value."""
    ellipsis = example.options & doctest.ELLIPSIS and "..." in (example.expected or "")
    return bool(ellipsis or example.options & doctest.NORMALIZE_WHITESPACE)


def expected_value(example: DocExample) -> str | None:
    """The output as a value expression for `==` (approx for floats), or None."""
    if example.expected is None or compares_text(example):
        return None
    source = literal_source(example.expected)
    if source is None:
        return None
    return f"pytest.approx({source})" if needs_approx(literal_value(source)) else source


def _flags_source(options: int) -> str:
    names = [f"doctest.{name}" for name in _COMPARISON_FLAGS if options & doctest.OPTIONFLAGS_BY_NAME[name]]
    return " | ".join(names) or "0"


def output_assert(got: str, want: str, options: int) -> str:
    """An assert that the text `got` (source of a str) is the output `want`, as doctest checks it."""
    want = want if want.endswith("\n") else want + "\n"
    if options & (doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE):
        return f"assert doctest.OutputChecker().check_output({quoted(want)}, {got}, {_flags_source(options)})"
    return f"assert {got} == {quoted(_BLANKLINE.sub('', want))}"


def _is_predicate(node: ast.expr) -> bool:
    if isinstance(node, (ast.Compare, ast.BoolOp)) or (isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not)):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _PREDICATES


def compared_operand(expression: str) -> str:
    """`expression` ready to sit left of `==` or `is`: in parentheses when it binds looser.

    `>>> f(1), f(2)` would give `assert f(1), f(2) == ...`, an assert with a message that
    never fails; `a or b`, `not a` and `a if c else b` would also swallow the comparison.
    """
    try:
        node = ast.parse(expression, mode="eval").body
        compared = ast.parse(f"{expression} == 0", mode="eval").body
    except SyntaxError:  # a lambda or a bare yield is whole only in parentheses
        return f"({expression})"
    whole = isinstance(compared, ast.Compare) and ast.dump(compared.left) == ast.dump(node)
    return expression if whole else f"({expression})"


def value_assert(expression: str, example: DocExample) -> str:
    """The assert for an expression example whose output is its value's repr."""
    want = (example.expected or "").strip()
    if want in ("True", "False") and not compares_text(example):
        node = ast.parse(expression, mode="eval").body
        if _is_predicate(node):
            return f"assert {expression}" if want == "True" else f"assert not ({expression})"
        return f"assert {compared_operand(expression)} is {want}"
    value = expected_value(example)
    if value is not None:
        return f"assert {compared_operand(expression)} == {value}"
    if compares_text(example):
        return output_assert(f'repr({expression}) + "\\n"', example.expected or "", example.options)
    # Several lines (a table's repr): the first line's indent is part of the text, as doctest
    # compares it (`       foo  bar` over `0   apples    1`).
    text = (example.expected or "").strip("\n") if "\n" in want else want
    return f"assert repr({expression}) == {quoted(_BLANKLINE.sub('', text))}"


def _known_exception(name: str, spec: FunctionSpec, target: ImportTarget) -> bool:
    """Whether the test can name the class: a builtin, or defined or imported by the module
    (for type checkers, inside the function or through `from x import *` too: the test
    imports it the same way)."""
    builtin = getattr(builtins, name, None)
    if isinstance(builtin, type) and issubclass(builtin, BaseException):
        return True
    known = (spec.module_definitions, dict(spec.module_imports), dict(spec.deferred_imports))
    return any(name in names for names in known) or name in star_imported_names(spec, target)


def _match_pattern(message: str) -> str:
    # `...` in a traceback's message elides it (`InvalidFormat: ...`), whether the docstring's
    # own doctest run sets ELLIPSIS on its command line or in a config no wheel carries.
    if "..." in message:
        return repr("(?s)" + ".*".join(re.escape(part) for part in message.split("...")))
    if re.escape(message) == message:
        return quoted(message)
    return f"re.escape({quoted(message)})"


def raises_block(body: list[str], example: DocExample, spec: FunctionSpec, target: ImportTarget) -> list[str]:
    """`with pytest.raises(...)` around `body`; the message is matched when the example shows it."""
    name = example.exception or "Exception"
    known = _known_exception(name, spec, target)
    arguments = [name if known else "Exception"]
    if example.message and example.message.strip() != "..." and not example.options & doctest.IGNORE_EXCEPTION_DETAIL:
        arguments.append(f"match={_match_pattern(example.message)}")
    lines = [f"with pytest.raises({', '.join(arguments)}){'' if known else ' as excinfo'}:"]
    lines += ["    " + line for line in body]
    if not known:  # a class the test cannot import: check it by name, as the traceback shows it
        lines.append(f"assert type(excinfo.value).__name__ == {quoted(name)}")
    return lines
