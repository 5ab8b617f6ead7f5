"""Tests of what a docstring says a function returns for an empty input.

"The parsed commits; an empty list for an empty text." becomes

    def test_parse_log_empty_text():
        assert parse_log(text="") == []

Read where a sentence names the result first and the empty input after it ("an empty dict for
an empty string", "0 if ``items`` is empty"), or the input first and then what it gives
("empty text gives an empty list"). The input is the function's one required argument: named
in backquotes or by its name, or, for a function of one argument, by a word of its kind
("string", "text", "list"). A result is a value that a stub returning None would not give
(None itself would make a test that cannot fail), written as a literal or in words ("an
empty list", "zero", "``False``"). A phrase whose value is not the function's result ("the
size is ``-`` for an empty body") is not read: the result must open its clause.

Like the documented errors, these tests are conjectures (`must_pass`): the spec in TDD mode;
with an implementation they are kept only if they pass against it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from testdraft.generate.base import CandidateTest, ImportTarget
from testdraft.generate.fakes import (
    EMPTY_VALUES,
    MAPPING_TYPES,
    Fakes,
    annotation_head,
    call_setup,
    call_text,
    required,
    stand_ins,
)
from testdraft.generate.pytest_code import body, make_test_name, run_call, snake
from testdraft.spec.extract import is_context_manager, is_generator
from testdraft.spec.model import FunctionSpec, Parameter

# A result in words, and the literal it is.
_WORDED = {
    "an empty list": "[]", "an empty dict": "{}", "an empty dictionary": "{}", "an empty mapping": "{}",
    "an empty string": '""', "an empty text": '""', "an empty str": '""', "an empty tuple": "()",
    "an empty set": "set()", "zero": "0", "false": "False", "true": "True",
}
_RESULT = (r"(?P<result>an\s+empty\s+(?:list|dict|dictionary|mapping|string|text|str|tuple|set)\b"
           r"|``[^`]+``|zero\b|False\b|True\b|-?\d+(?:\.\d+)?\b)")
# Where a result may open a clause: the start of a sentence or clause, or after "returns"/"or".
_OPENING = r"(?:^|[.;:(]\s+|,\s+|\bor\s+|\b(?:returns?|gives?|yields?)\s+)"
_EMPTY_NOUN = r"(?:an?\s+)?empty\s+(?:``)?(?P<noun>\w+)(?:``)?"
_EMPTY_PARAM = r"(?:``(?P<param>\w+)``|the\s+(?P<noun2>\w+))\s+is\s+empty\b"
_PATTERNS = (
    # "an empty dict for an empty string", "[] given an empty list"
    re.compile(rf"{_OPENING}{_RESULT}\s+(?:for|given|on)\s+{_EMPTY_NOUN}", re.IGNORECASE | re.MULTILINE),
    # "0 if ``items`` is empty", "an empty list when the text is empty"
    re.compile(rf"{_OPENING}{_RESULT}\s+(?:if|when)\s+{_EMPTY_PARAM}", re.IGNORECASE | re.MULTILINE),
    # "empty text gives an empty list", "An empty ``items`` returns 0"
    re.compile(rf"(?:^|[.;:]\s+|\band\s+){_EMPTY_NOUN}\s+(?:gives?|yields?|returns?|becomes?|produces?)\s+{_RESULT}",
               re.IGNORECASE | re.MULTILINE),
)
# Words for an argument of a kind, and the annotation heads of that kind with their empty value.
_TEXT_WORDS = ("string", "text", "str", "input", "line", "value")
_LIST_WORDS = ("list", "sequence", "iterable", "collection", "input")
_MAPPING_WORDS = ("dict", "dictionary", "mapping")
_EMPTY_VALUES = {**EMPTY_VALUES, "Collection": "[]"}
_LAZY = ("Iterator", "Generator", "Iterable")
_TEXT_HEADS = ("str", "bytes")


def empty_input_tests(spec: FunctionSpec, target: ImportTarget, origin: str) -> list[CandidateTest]:
    """One test per empty input whose result the docstring states (at most one per argument)."""
    if not spec.docstring or spec.method_kind == "property" or is_context_manager(spec) or \
            (spec.is_async and is_generator(spec)):
        return []
    tests: list[CandidateTest] = []
    seen: set[str] = set()
    for param, empty, result in _stated_results(spec):
        if param.name in seen:
            continue
        test = _test(spec, target, param, empty, result, origin)
        if test is not None:
            seen.add(param.name)
            tests.append(test)
    return tests


def _stated_results(spec: FunctionSpec) -> Iterator[tuple[Parameter, str, str]]:
    """(argument, its empty value, result literal) for each empty input the docstring gives a result for."""
    text = re.sub(r"\s+", " ", spec.docstring or "")
    for pattern in _PATTERNS:
        for found in pattern.finditer(text):
            groups = found.groupdict()
            argument = _argument(spec, groups.get("param"), groups.get("noun") or groups.get("noun2"))
            result = _literal(found.group("result"))
            if argument is not None and result is not None:
                yield *argument, result


def _argument(spec: FunctionSpec, name: str | None, noun: str | None) -> tuple[Parameter, str] | None:
    """The one required argument the phrase speaks of, and its empty value; None if it has none."""
    needed = required(spec.call_params)
    if len(needed) != 1:
        return None
    param = needed[0]
    head = annotation_head(param.annotation)
    if name is not None:
        empty = _empty_value(param, None)
        return (param, empty) if name == param.name and empty is not None else None
    if noun is None:
        return None
    noun = noun.lower()
    named = noun in (param.name.lower(), param.name.lower().split("_")[-1])
    kind = (noun in _TEXT_WORDS and head in (*_TEXT_HEADS, "")) \
        or (noun in _LIST_WORDS and _EMPTY_VALUES.get(head) in ("[]", "()")) \
        or (noun in _MAPPING_WORDS and head in (*MAPPING_TYPES, ""))
    empty = _empty_value(param, noun)
    return (param, empty) if (named or kind) and empty is not None else None


def _empty_value(param: Parameter, noun: str | None) -> str | None:
    """The empty value of the argument's type (of an unannotated one: the kind its noun names)."""
    head = annotation_head(param.annotation)
    if head:
        return _EMPTY_VALUES.get(head)
    if noun in _TEXT_WORDS:
        return '""'
    return "{}" if noun in _MAPPING_WORDS else "[]" if noun in _LIST_WORDS else None


def _literal(words: str) -> str | None:
    """The result as a Python literal; None for None (a stub returns it) or what is no literal."""
    words = re.sub(r"\s+", " ", words.strip())
    value = _WORDED.get(words.lower()) or words.strip("`")
    try:
        parsed = ast.literal_eval(value)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None
    return None if parsed is None else value


def _test(spec: FunctionSpec, target: ImportTarget, param: Parameter, empty: str, result: str,
          origin: str) -> CandidateTest | None:
    fakes = Fakes.offering(target)
    prepared = call_setup(spec, target, fakes)
    if prepared is None:
        return None
    setup, access = prepared
    constructors = dict(target.context.constructors) if target.context is not None else {}
    arguments = stand_ins(spec, required(spec.call_params), fakes, constructors)
    arguments[param.name] = empty
    if any(value == "..." for value in arguments.values()):
        return None
    collect, outcome = run_call(spec, call_text(access, arguments, spec.call_params))
    if not spec.is_async and (is_generator(spec) or annotation_head(spec.return_annotation) in _LAZY):
        outcome = f"list({outcome})"  # a generator's items, which the docstring's list names
    check = f"assert {outcome} is {result}" if result in ("True", "False") else f"assert {outcome} == {result}"
    name = make_test_name(spec, f"empty_{snake(param.name)}")
    code = f"def {name}({', '.join(sorted(fakes.fixtures))}):\n" + body([*setup, *collect, check])
    imports = [*(["import asyncio"] if "asyncio." in outcome else []),
               *fakes.all_imports(target.module, target.imported), target.import_line]
    return CandidateTest(name, code, tuple(dict.fromkeys(imports)), origin=origin, asserts=1, must_pass=True)
