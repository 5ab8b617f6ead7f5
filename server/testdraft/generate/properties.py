"""Property-based tests (hypothesis) for what a docstring says holds for every input.

The docstring's claims about the result (its summary, its `Returns` section, sentences about
"the result") are read for properties a test can check on any input the type hints allow:

- sorted ("sorted", "in ascending order"; "descending", "largest first" the other way),
- a permutation of the input ("reorders", "permutation", "Sort the ..."), the input's
  length kept ("same length"), no duplicates ("unique", "distinct"), a subset of the input
  ("the items of `xs` that ..."),
- not empty, lower/upper case, no surrounding whitespace; the argument left unchanged
  ("does not modify `xs`", "a copy of"),
- idempotent (`f(f(x)) == f(x)`: "idempotent", "applying it twice", "Normalize ..."),
- a round trip with its inverse in the same module (`decode(encode(x)) == x`: encode/decode,
  serialize/deserialize, to_x/from_x, a_to_b/b_to_a, "inverse of `g`"),
- commutative ("commutative", "order of the arguments does not matter"),
- a range (non-negative, positive, "between 0 and 1", "in [0, 100)", "at most 10",
  a percentage, a probability; "the number of", "the distance").

Inputs come from the type hints (int, float without nan, str, bytes, bool, lists, tuples,
sets, dicts, Optional), bounded by what the docstring says of each parameter ("non-negative",
"positive", "non-empty"); a function whose hints give no strategy gets no property test.
Every test also checks the result's type where the hint says it, so that it cannot pass
against a stub returning None. Exceptions the docstring documents (`Raises:`) reject the
input instead of failing the test. The tests are conjectures read from prose: they are the
spec in TDD mode, and with an implementation they are kept only if they pass against it
(`CandidateTest.must_pass`).
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.fakes import call_text
from testdraft.generate.pytest_code import body, make_test_name, snake
from testdraft.parsing.languages import parse_python
from testdraft.spec.docstring import section_text
from testdraft.spec.extract import extract_spec, find_function
from testdraft.spec.model import FunctionSpec, Parameter, ParameterKind

# Small enough that a test runs well inside the sandbox's 3 s per test, mutants included.
MAX_EXAMPLES = 30
SETTINGS = f"@settings(max_examples={MAX_EXAMPLES}, deadline=None, derandomize=True, database=None)"
_INT_BOUND = 1000
_FLOAT_BOUND = 1e6
_MAX_SIZE = 10

_ISINSTANCE = {
    "int": "int", "float": "(int, float)", "str": "str", "bytes": "bytes", "bool": "bool",
    "list": "list", "List": "list", "tuple": "tuple", "Tuple": "tuple", "dict": "dict", "Dict": "dict",
    "set": "set", "Set": "set", "frozenset": "frozenset",
}
_SEQUENCES = ("list", "List", "tuple", "Tuple", "Sequence", "MutableSequence")
_HASHABLE = ("int", "str", "bytes", "bool", "float", "tuple", "Tuple", "frozenset")
_NUMBER = r"-?\d+(?:\.\d+)?"

# Name tokens of functions that undo each other; the first of each pair goes forward.
_INVERSE_TOKENS = (
    ("encode", "decode"), ("serialize", "deserialize"), ("dumps", "loads"), ("compress", "decompress"),
    ("encrypt", "decrypt"), ("pack", "unpack"), ("escape", "unescape"), ("quote", "unquote"),
    ("marshal", "unmarshal"), ("obfuscate", "deobfuscate"), ("to", "from"), ("format", "parse"),
)
_IDEMPOTENT_VERBS = re.compile(
    r"^(normali[sz]e|canonicali[sz]e|dedupe|deduplicate|strip|collapse|sanitize|slugify|clean)s?\b", re.IGNORECASE)


# --- what the docstring says -----------------------------------------------------------------

def _sentences(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"(?<=[.;!?])\s+|\n\s*\n", text) if part.strip()]


def result_claims(spec: FunctionSpec) -> str:
    """What the docstring says about the result: its summary, its Returns section, and its
    sentences about the result (not those about the arguments or the errors)."""
    docstring = spec.docstring or ""
    parts = [spec.summary, section_text(docstring, "returns?|yields?")]
    parts += [s for s in _sentences(docstring) if re.search(r"\b(result|returned|output|return value|always)\b", s,
                                                            re.IGNORECASE) and s not in spec.summary]
    return " ".join(part for part in parts if part)


def _mentions_parameter(text: str, spec: FunctionSpec) -> bool:
    return any(re.search(rf"\b{re.escape(p.name)}\b", text) for p in spec.call_params)


def _whole_docstring(spec: FunctionSpec) -> str:
    return " ".join((spec.docstring or spec.summary).split())


@dataclass(frozen=True)
class Bounds:
    low: float | None = None
    high: float | None = None
    low_open: bool = False
    high_open: bool = False


def _range_in(text: str) -> Bounds | None:
    """A range the text states: "between 0 and 1", "in [0, 100)", "non-negative", "at most 5"."""
    match = re.search(rf"between\s+({_NUMBER})\s+and\s+({_NUMBER})", text, re.IGNORECASE)
    if match:
        return Bounds(float(match.group(1)), float(match.group(2)))
    match = re.search(rf"(?:\bin|within|range|interval)\s*(?:the\s+)?(?:range|interval)?\s*([\[(])\s*({_NUMBER})\s*,"
                      rf"\s*({_NUMBER})\s*([\])])", text, re.IGNORECASE)
    if match:
        return Bounds(float(match.group(2)), float(match.group(3)), match.group(1) == "(", match.group(4) == ")")
    match = re.search(rf"from\s+({_NUMBER})\s+to\s+({_NUMBER})", text, re.IGNORECASE)
    if match:
        return Bounds(float(match.group(1)), float(match.group(2)))
    if re.search(r"\bpercentage\b", text, re.IGNORECASE):
        return Bounds(0.0, 100.0)
    if re.search(r"\bprobability\b", text, re.IGNORECASE):
        return Bounds(0.0, 1.0)
    if re.search(r"\b(non-?negative|never negative|not negative|zero or (more|greater))\b|>=\s*0\b", text,
                 re.IGNORECASE):
        return Bounds(0.0)
    if re.search(r"\b(strictly )?positive\b|\bgreater than (0|zero)\b", text, re.IGNORECASE):
        return Bounds(0.0, low_open=True)
    low = re.search(rf"\b(?:at least|no less than|>=)\s*({_NUMBER})", text, re.IGNORECASE)
    high = re.search(rf"\b(?:at most|no more than|no greater than|<=)\s*({_NUMBER})", text, re.IGNORECASE)
    if low or high:
        return Bounds(float(low.group(1)) if low else None, float(high.group(1)) if high else None)
    return None


def _parameter_text(spec: FunctionSpec, param: Parameter) -> str:
    """What the docstring says of one parameter: its entry under `Args:` (or `:param x:`) and
    sentences that bound it ("`n` must be positive"), not the summary's words about the result."""
    docstring = spec.docstring or ""
    described = section_text(docstring, "args|arguments|parameters|params|keyword args")
    name = re.escape(param.name)
    lines = [line.strip() for line in docstring.splitlines() if re.search(rf"\b{name}\b", line)]
    return " ".join(line for line in lines if line in described or line.startswith(":param")
                    or re.search(rf"\b{name}`?\s+(must|should|has to|is expected to)\b", line))


# --- strategies from type hints ---------------------------------------------------------------

@dataclass(frozen=True)
class Hint:
    """A parsed annotation: `list[int]` is Hint("list", (Hint("int"),))."""

    head: str
    args: tuple[Hint, ...] = ()
    ellipsis: bool = False  # tuple[int, ...]

    @property
    def uses_float(self) -> bool:
        return self.head == "float" or any(arg.uses_float for arg in self.args)


def parse_hint(annotation: str | None) -> Hint | None:
    if not annotation:
        return None
    try:
        node = ast.parse(annotation.strip().strip("'\""), mode="eval").body
    except SyntaxError:
        return None
    return _hint(node)


def _hint(node: ast.expr) -> Hint | None:
    if isinstance(node, ast.Constant) and node.value is None:
        return Hint("None")
    if isinstance(node, ast.Name):
        return Hint(node.id)
    if isinstance(node, ast.Attribute):  # typing.List
        return Hint(node.attr)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):  # X | None
        left, right = _hint(node.left), _hint(node.right)
        return Hint("Optional", (left,)) if left is not None and right == Hint("None") else None
    if isinstance(node, ast.Subscript):
        outer = _hint(node.value)
        items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        ellipsis = any(isinstance(item, ast.Constant) and item.value is Ellipsis for item in items)
        args = [_hint(item) for item in items if not (isinstance(item, ast.Constant) and item.value is Ellipsis)]
        if outer is None or any(arg is None for arg in args):
            return None
        return Hint(outer.head, tuple(arg for arg in args if arg is not None), ellipsis)
    return None


def strategy(hint: Hint | None, bounds: Bounds | None = None, non_empty: bool = False) -> str | None:
    """A `hypothesis.strategies` expression (as `st.`) for a hint; None when the hint gives none."""
    if hint is None:
        return None
    head, args = hint.head, hint.args
    size = f"min_size=1, max_size={_MAX_SIZE}" if non_empty else f"max_size={_MAX_SIZE}"
    if head == "int":
        low = _INT_BOUND * -1 if bounds is None or bounds.low is None else int(bounds.low) + int(bounds.low_open)
        high = _INT_BOUND if bounds is None or bounds.high is None else int(bounds.high) - int(bounds.high_open)
        return f"st.integers(min_value={low}, max_value={high})"
    if head == "float":
        low_f = -_FLOAT_BOUND if bounds is None or bounds.low is None else bounds.low
        high_f = _FLOAT_BOUND if bounds is None or bounds.high is None else bounds.high
        opened = ""
        if bounds is not None and bounds.low_open:
            opened += ", exclude_min=True"
        if bounds is not None and bounds.high_open:
            opened += ", exclude_max=True"
        return f"st.floats(min_value={low_f!r}, max_value={high_f!r}, allow_nan=False{opened})"
    simple = {"str": f"st.text({size})", "bytes": f"st.binary({size})", "bool": "st.booleans()"}
    if head in simple and not args:
        return simple[head]
    if head in ("list", "List", "Sequence", "MutableSequence", "Iterable", "Collection") and len(args) == 1:
        inner = strategy(args[0], bounds)
        return f"st.lists({inner}, {size})" if inner else None
    if head in ("set", "Set", "frozenset", "FrozenSet") and len(args) == 1 and _hashable(args[0]):
        inner = strategy(args[0], bounds)
        kind = "st.frozensets" if head.lower() == "frozenset" else "st.sets"
        return f"{kind}({inner}, {size})" if inner else None
    if head in ("tuple", "Tuple") and args:
        inners = [strategy(arg, bounds) for arg in args]
        if any(inner is None for inner in inners):
            return None
        if hint.ellipsis and len(inners) == 1:
            return f"st.lists({inners[0]}, {size}).map(tuple)"
        return f"st.tuples({', '.join(inner for inner in inners if inner)})"
    if head in ("dict", "Dict", "Mapping") and len(args) == 2 and _hashable(args[0]):
        key, value = strategy(args[0]), strategy(args[1], bounds)
        return f"st.dictionaries({key}, {value}, max_size={_MAX_SIZE})" if key and value else None
    if head == "Optional" and len(args) == 1:
        inner = strategy(args[0], bounds, non_empty)
        return f"st.none() | {inner}" if inner else None
    return None


def _hashable(hint: Hint) -> bool:
    return hint.head in _HASHABLE and all(_hashable(arg) for arg in hint.args)


def _type_check(hint: Hint | None, name: str = "result") -> str | None:
    """`assert isinstance(result, list)` for a hint with a plain runtime type; None otherwise."""
    if hint is None or hint.head not in _ISINSTANCE:
        return None
    return f"assert isinstance({name}, {_ISINSTANCE[hint.head]})"


# --- the tests --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Case:
    """A function's call with drawn arguments: what every property test of it shares."""

    spec: FunctionSpec
    target: ImportTarget
    drawn: dict[str, str]  # parameter -> strategy
    returns: Hint | None

    def call(self, arguments: dict[str, str] | None = None) -> str:
        arguments = arguments or {name: name for name in self.drawn}
        text = call_text(self.target.access, arguments, self.spec.call_params)
        return f"asyncio.run({text})" if self.spec.is_async else text

    def only(self, *heads: str) -> str | None:
        """The one drawn parameter whose hint is one of `heads` (the input a property is about)."""
        found = [name for name in self.drawn if (hint := self.hint(name)) is not None and hint.head in heads]
        return found[0] if len(found) == 1 else None

    def hint(self, name: str) -> Hint | None:
        param = next(p for p in self.spec.call_params if p.name == name)
        return parse_hint(param.annotation)


@dataclass(frozen=True)
class _Property:
    suffix: str  # the test's name after `test_<function>_`
    statements: tuple[str, ...]  # after `result = call` (the body checks `result`)
    before: tuple[str, ...] = ()  # statements before the call (a copy of the input)
    call: str | None = None  # a different first statement than `result = f(...)`


def _equal(left: str, right: str, hint: Hint | None) -> str:
    return f"assert {left} == pytest.approx({right})" if hint is not None and hint.uses_float else \
        f"assert {left} == {right}"


def _sequence_properties(case: _Case, claims: str) -> Iterator[_Property]:
    if case.returns is None or case.returns.head not in _SEQUENCES:
        return
    check = _type_check(case.returns)
    shape = (check,) if check else ()
    element = case.returns.args[0] if case.returns.args else None
    orderable = element is not None and element.head in ("int", "float", "str", "bytes", "bool")
    summary = case.spec.summary
    by_key = re.search(r"\b(sorted|ordered)\s+by\b|\bkey\b", claims, re.IGNORECASE)
    descending = re.search(r"\b(descending|decreasing|reverse(d)? (sorted|order)|largest first|highest first)\b",
                           claims, re.IGNORECASE)
    ascending = re.search(r"\b(sorted|sorts|ascending|increasing order|smallest first)\b|^sort\b", claims,
                          re.IGNORECASE)
    if orderable and not by_key and (descending or ascending):
        reverse = ", reverse=True" if descending else ""
        yield _Property("result_is_sorted" + ("_descending" if descending else ""),
                        (*shape, f"assert list(result) == sorted(result{reverse})"))
    source = case.only(*_SEQUENCES)
    if source is None:
        return
    copy = (f"original = list({source})",)
    if re.search(r"\b(permutation|reorders?|reordered|rearranges?|shuffles?|same (elements|items))\b|^sorts?\b",
                 summary + " " + claims, re.IGNORECASE) and orderable and not _drops_items(claims):
        yield _Property(f"is_a_permutation_of_{source}", (*shape, "assert sorted(result) == sorted(original)"), copy)
    if re.search(r"\bsame (length|size|number of)\b|\b(length|size) is (preserved|kept|unchanged)\b", claims,
                 re.IGNORECASE):
        yield _Property(f"keeps_the_length_of_{source}", (*shape, "assert len(result) == len(original)"), copy)
    if re.search(rf"\b(subset of|(elements|items|values|entries|members) (of|from|in) `?{source}`?\s+(that|which|"
                 rf"where|whose|for which))\b|^filters?\b", claims, re.IGNORECASE):
        yield _Property(f"result_is_a_subset_of_{source}", (*shape, "assert all(item in original for item in result)"),
                        copy)


def _drops_items(claims: str) -> bool:
    """Whether the result may leave items of the input out (then it is no permutation)."""
    return re.search(r"\b(unique|distinct|dedup\w*|duplicates?|filter\w*|top|remov\w*|without|except|only|"
                     r"(first|last|largest|smallest) `?(\d+|n|k))\b", claims, re.IGNORECASE) is not None


def _unique_property(case: _Case, claims: str) -> Iterator[_Property]:
    returns = case.returns
    if returns is None or returns.head not in _SEQUENCES or not returns.args or not _hashable(returns.args[0]):
        return
    if re.search(r"\b(unique|distinct|without duplicates|no duplicates|deduplicated)\b", claims, re.IGNORECASE):
        check = _type_check(returns)
        yield _Property("result_has_no_duplicates", (*((check,) if check else ()),
                                                     "assert len(set(result)) == len(result)"))


def _range_property(case: _Case, claims: str) -> Iterator[_Property]:
    if case.returns is None or case.returns.head not in ("int", "float"):
        return
    bounds = _range_in(_without_parameter_clauses(claims, case.spec))
    if bounds is None and re.search(r"\b(number|count|length|size|distance)\s+(of|between)\b", case.spec.summary,
                                    re.IGNORECASE):
        bounds = Bounds(0.0)  # a count, a length, a distance is never negative
    if bounds is None:
        return
    check = _type_check(case.returns)
    checks = [check] if check else []
    if bounds.low is not None:
        checks.append(f"assert result {'>' if bounds.low_open else '>='} {_number(bounds.low)}")
    if bounds.high is not None:
        checks.append(f"assert result {'<' if bounds.high_open else '<='} {_number(bounds.high)}")
    yield _Property(_range_suffix(bounds), tuple(checks))


def _without_parameter_clauses(claims: str, spec: FunctionSpec) -> str:
    """The claims less the sentences that bound an argument ("`n` must be positive")."""
    names = "|".join(re.escape(p.name) for p in spec.call_params) or "$^"
    return " ".join(s for s in _sentences(claims)
                    if not re.search(rf"\b({names})`?\s+(must|should|is expected to)\b|"
                                     rf"\b(non-?negative|positive|between)\s+`?({names})\b", s))


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


def _range_suffix(bounds: Bounds) -> str:
    if bounds.low == 0 and bounds.high is None:
        return "result_is_positive" if bounds.low_open else "result_is_non_negative"
    if bounds.high is None:
        return f"result_is_at_least_{snake(_number(bounds.low or 0))}"
    if bounds.low is None:
        return f"result_is_at_most_{snake(_number(bounds.high))}"
    return f"result_is_between_{snake(_number(bounds.low))}_and_{snake(_number(bounds.high))}"


def _idempotent_property(case: _Case, claims: str) -> Iterator[_Property]:
    if len(case.drawn) != 1 or case.returns is None:
        return
    (name,) = case.drawn
    check = _type_check(case.returns)
    text = _whole_docstring(case.spec)
    said = re.search(r"\bidempotent\b|\b(applying|calling|running) it (twice|again)\b|f\(f\(x\)\)\s*==\s*f\(x\)", text,
                     re.IGNORECASE) or _IDEMPOTENT_VERBS.match(case.spec.summary)
    if not said or check is None or case.hint(name) != case.returns:
        return  # the result must be something the function takes, and a type a stub's None is not
    yield _Property("is_idempotent", (check, _equal(case.call({name: "result"}), "result", case.returns)))


def _commutative_property(case: _Case, claims: str) -> Iterator[_Property]:
    text = _whole_docstring(case.spec)
    if len(case.drawn) != 2 or not re.search(
            r"\bcommutative\b|\bsymmetric\b|order of (the )?arguments (does not|doesn't) matter", text, re.IGNORECASE):
        return
    first, second = case.drawn
    check = _type_check(case.returns)
    if check is None or case.hint(first) != case.hint(second):
        return
    swapped = case.call({first: second, second: first})
    yield _Property("is_commutative", (check, _equal(swapped, "result", case.returns)))


def _text_properties(case: _Case, claims: str) -> Iterator[_Property]:
    """Text results: lower or upper case, no surrounding whitespace."""
    if case.returns is None or case.returns.head != "str":
        return
    check = "assert isinstance(result, str)"
    for case_name, method in (("lower", "lower"), ("upper", "upper")):
        if re.search(rf"\b(in )?{case_name}[- ]?case(d)?\b|\b{case_name}s\b|\b{case_name}ed\b", claims, re.IGNORECASE):
            yield _Property(f"result_is_{case_name}case", (check, f"assert result == result.{method}()"))
    if re.search(r"\b(stripped|trimmed|no (leading|trailing|surrounding) (or trailing )?(white ?space|spaces|blanks)|"
                 r"without (leading|trailing|surrounding) (or trailing )?(white ?space|spaces|blanks))\b", claims,
                 re.IGNORECASE):
        yield _Property("result_has_no_surrounding_whitespace", (check, "assert result == result.strip()"))


def _non_empty_property(case: _Case, claims: str) -> Iterator[_Property]:
    check = _type_check(case.returns)
    if check is None or case.returns is None or case.returns.head not in (*_SEQUENCES, "str", "bytes", "dict", "set"):
        return
    if re.search(r"\b(non-?empty|never empty|not empty|at least one)\b", _without_parameter_clauses(claims, case.spec),
                 re.IGNORECASE):
        yield _Property("result_is_not_empty", (check, "assert len(result) > 0"))


def _input_unchanged_property(case: _Case, claims: str) -> Iterator[_Property]:
    """"Does not modify `xs`", "`xs` is left as it was", "a copy": the argument is the same after."""
    source = case.only("list", "List", "dict", "Dict", "set", "Set", "MutableSequence", "MutableMapping")
    check = _type_check(case.returns)
    said = re.search(r"\b(does not|doesn't|do not|never|without) (modify|modifying|mutate|mutating|change|changing"
                     r"|alter)|\b(left|kept|leaves it|remains) (unchanged|as it (was|is)|intact|untouched)"
                     r"|\bunmodified\b|\bnot (modified|mutated|changed)\b|\bcopy of\b", _whole_docstring(case.spec),
                     re.IGNORECASE)
    if source is None or check is None or not said:
        return  # a stub returning None leaves the argument alone too: only with a type check
    yield _Property(f"leaves_{source}_unchanged", (check, f"assert {source} == original"),
                    (f"original = copy.deepcopy({source})",))


PROPERTIES: tuple[Callable[[_Case, str], Iterator[_Property]], ...] = (
    _sequence_properties, _unique_property, _non_empty_property, _range_property, _text_properties,
    _idempotent_property, _commutative_property, _input_unchanged_property,
)


def inverse_name(spec: FunctionSpec, names: frozenset[str] | tuple[str, ...]) -> tuple[str, bool] | None:
    """The function of the module that undoes `spec` (and whether `spec` goes forward):
    encode/decode, to_x/from_x, a_to_b/b_to_a, or "inverse of `g`" in the docstring."""
    said = re.search(r"\b(?:inverse of|undoes|reverses|inverts)\s+`*(\w+)", spec.docstring or "", re.IGNORECASE)
    if said and said.group(1) in names and said.group(1) != spec.name:
        return said.group(1), False
    tokens = spec.name.split("_")
    if "to" in tokens[1:-1]:
        index = tokens.index("to", 1)
        swapped = "_".join([*tokens[index + 1:], "to", *tokens[:index]])
        if swapped in names and swapped != spec.name:
            return swapped, True
    for forward, backward in _INVERSE_TOKENS:
        for index, token in enumerate(tokens):
            if token not in (forward, backward):
                continue
            other = backward if token == forward else forward
            candidate = "_".join([*tokens[:index], other, *tokens[index + 1:]])
            if candidate in names and candidate != spec.name:
                return candidate, token == forward
    return None


class PropertyGenerator(Generator):
    """Hypothesis tests for the properties the docstring states (see the module docstring)."""

    name = "properties"

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        if spec.method_kind == "property" or target.note or not spec.docstring:
            return  # nothing to call with drawn arguments, or nothing stated
        cancel.raise_if_cancelled()
        case = _case(spec, target)
        claims = result_claims(spec)
        if case is not None:
            for find in PROPERTIES:
                for found in find(case, claims):
                    yield self._test(case, found)
        round_trip = self._round_trip(spec, target)
        if round_trip is not None:
            yield round_trip

    def _test(self, case: _Case, found: _Property, imports: tuple[str, ...] = ()) -> CandidateTest:
        spec = case.spec
        name = make_test_name(spec, found.suffix)
        call = found.call or f"result = {case.call()}"
        statements = [*case.target.setup, *found.before, *_guarded(call, spec), *found.statements]
        drawn = ", ".join(f"{param}={value}" for param, value in case.drawn.items())
        code = f"@given({drawn})\n{SETTINGS}\ndef {name}({', '.join(case.drawn)}):\n" + body(statements)
        lines = ["import asyncio"] if spec.is_async else []
        lines += ["import copy"] if "copy.deepcopy(" in code else []
        lines += ["import pytest"] if "pytest." in code else []
        lines += ["from hypothesis import given, settings"]
        if "reject()" in code:
            lines[-1] = "from hypothesis import given, reject, settings"
        lines += ["from hypothesis import strategies as st", case.target.import_line, *imports]
        lines += _exception_imports(spec, case.target)
        asserts = sum(1 for line in statements if line.lstrip().startswith("assert "))
        return CandidateTest(name, code, tuple(dict.fromkeys(lines)), origin=self.name, asserts=asserts,
                             must_pass=True)

    def _round_trip(self, spec: FunctionSpec, target: ImportTarget) -> CandidateTest | None:
        context = target.context
        if spec.class_path or context is None or not context.module_source:
            return None
        found = inverse_name(spec, spec.module_definitions)
        if found is None:
            return None
        partner_name, forward = found
        node = find_function(parse_python(context.module_source.encode("utf-8")), partner_name)
        if node is None:
            return None
        partner = extract_spec(node)
        encoder, decoder = (spec, partner) if forward else (partner, spec)
        case = _case(encoder, target if forward else _target_for(partner, target))
        if case is None or len(case.drawn) != 1:
            return None
        (value,) = case.drawn
        decoder_access = decoder.name
        call = f"{decoder_access}({case.call()})"
        if decoder.is_async:
            call = f"asyncio.run({call})"
        hint = case.hint(value)
        check = _equal("result", value, hint)
        suffix = f"round_trips_through_{snake(partner_name)}" if forward else f"inverts_{snake(partner_name)}"
        subject = _Case(spec, target, case.drawn, case.returns)
        # Each side is built for the function under test; the partner is imported beside it.
        test = self._test(subject, _Property(suffix, (check,), call=f"result = {call}"),
                          imports=(f"from {target.module} import {partner_name}",))
        if encoder is not spec:  # the partner raising what it documents rejects the input too
            test = _with_partner_raises(test, encoder, target)
        return test


def _target_for(partner: FunctionSpec, target: ImportTarget) -> ImportTarget:
    return ImportTarget.plain(target.module, partner.name, target.sys_path_root)


def _case(spec: FunctionSpec, target: ImportTarget) -> _Case | None:
    """The drawn arguments for every required parameter; None if a hint gives no strategy."""
    drawn: dict[str, str] = {}
    for param in spec.call_params:
        if param.kind in (ParameterKind.VAR_POSITIONAL, ParameterKind.VAR_KEYWORD) or param.default is not None:
            continue
        said = _parameter_text(spec, param)
        bounds = _range_in(said) if said else None
        non_empty = bool(re.search(r"\bnon-?empty\b|\bnot empty\b|\bat least one\b", said, re.IGNORECASE))
        drawn_from = strategy(parse_hint(param.annotation), bounds, non_empty)
        if drawn_from is None:
            return None
        drawn[param.name] = drawn_from
    if not drawn:
        return None
    return _Case(spec, target, drawn, parse_hint(spec.return_annotation))


def _raisable(spec: FunctionSpec) -> list[str]:
    """The exceptions the docstring documents that a test can name (builtins, the module's own)."""
    return [entry.exception for entry in spec.raises
            if isinstance(getattr(builtins, entry.exception, None), type) or entry.exception in spec.module_definitions]


def _guarded(call: str, spec: FunctionSpec) -> list[str]:
    """The call; an input for which it raises what the docstring documents is rejected."""
    errors = _raisable(spec)
    if not errors:
        return [call]
    caught = errors[0] if len(errors) == 1 else f"({', '.join(errors)})"
    return ["try:", f"    {call}", f"except {caught}:", "    reject()  # documented: outside the property's domain"]


def _exception_imports(spec: FunctionSpec, target: ImportTarget) -> list[str]:
    return [f"from {target.module} import {name}" for name in _raisable(spec) if name in spec.module_definitions]


def _with_partner_raises(test: CandidateTest, encoder: FunctionSpec, target: ImportTarget) -> CandidateTest:
    errors = _raisable(encoder)
    if not errors or "reject()" in test.code:
        return test
    lines = test.code.splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith("result = "))
    guarded = _guarded(lines[index].strip(), encoder)
    code = "\n".join([*lines[:index], *("    " + line for line in guarded), *lines[index + 1:]])
    imports = [line.replace("import given, settings", "import given, reject, settings") for line in test.imports]
    imports += _exception_imports(encoder, target)
    return replace(test, code=code, imports=tuple(dict.fromkeys(imports)))
