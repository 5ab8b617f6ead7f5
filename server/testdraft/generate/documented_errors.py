"""Tests of the errors a docstring documents, read from its `Raises:` entries.

`ValueError: If ``limit`` is negative.` becomes

    with pytest.raises(ValueError):
        top_words(text="text", limit=-1)

A condition is read clause by clause ("If ``values`` is empty, or ``pct`` is below 0"): a
clause that names a parameter (in backquotes, as a word, or "the rate" for `rate`) and says
one thing about it that gives one value (negative, zero, empty or blank, below/above a
number, a module constant or another parameter, at least/at most one (the bound itself),
outside a range, NaN, infinite, None, a float, a file that does or does not exist, an unknown
name ("not in the gradebook", "no task of that name": a fresh instance holds none), one bad item of a list, a missing
key of a mapping, a naive datetime, a value of neither type it takes, none or fewer items
given than it needs) yields a call with that
value and stand-ins for the other arguments (`fakes`). Clauses about state ("the window is empty") or about what a text
looks like ("does not start with /") give nothing: a made-up reading would give a test that
lies. Nor does a call whose stand-in another documented error may reject ("If the student is
not in the gradebook": the stand-in student is not). Like the properties read from prose, these tests are conjectures
(`must_pass`): the spec in TDD mode; with an implementation they are kept only if they pass
against it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from testdraft.generate.base import CandidateTest, ImportTarget, entering
from testdraft.generate.fakes import (
    COUNT_WORDS,
    EMPTY_VALUES,
    MAPPING_TYPES,
    PATH_NAME,
    TIME_VALUES,
    Fakes,
    annotation_head,
    aware,
    build_instance,
    call_setup,
    call_text,
    count_of,
    digit_text,
    is_aware,
    later_moment,
    required,
    stand_ins,
)
from testdraft.generate.pytest_code import body, imports_for, make_test_name, quoted, run_call, snake
from testdraft.spec.extract import is_context_manager, is_generator
from testdraft.spec.model import FunctionSpec, Parameter, ParameterKind, RaisesEntry

_COUNT_WORD = rf"\d+|{'|'.join(COUNT_WORDS)}"
MAX_PER_ERROR = 2  # calls tried per documented exception (each its own test)
EXISTING = 'tmp_path / "existing.txt"'  # a file the test writes before the call ("if ``path`` exists")
_NUMBER = r"(-?\d+(?:\.\d+)?)"
# A bound: a number, or a name in capitals ("below ``MIN_ITERATIONS``") that the module defines.
_BOUND = rf"(?:{_NUMBER}|`*((?-i:[A-Z][A-Z0-9_]*))\b`*)"  # capitals even in a search that ignores case
# (comparator, direction, whether the bound itself is included), most specific first.
_COMPARATORS = (
    (r"at or below|at most|no more than|not more than|no greater than|not greater than"
     r"|(?:less|smaller|lower) than or equal to|<=|≤", -1, True),
    (r"at or above|at least|no less than|not less than|no fewer than|not fewer than"
     r"|(?:greater|larger|more) than or equal to|>=|≥", 1, True),
    (r"(?<!no )(?<!not )(?<!or )(?:less than|below|smaller than|under|lower than|fewer than)|<", -1, False),
    (r"(?<!no )(?<!not )(?<!or )(?:greater than|above|more than|larger than|exceeds|over)|>", 1, False),
)
_Check = tuple[str, str | None, tuple[tuple[str, str], ...]]  # words, value, other parameters' values
_LAZY = ("Iterator", "Generator", "Iterable", "AsyncIterator", "AsyncGenerator", "AsyncIterable")
_NUMERIC = ("int", "float", "Decimal", "Fraction", "Real", "Number", "", "Any")


@dataclass(frozen=True)
class Violation:
    """A value for `parameter` that the docstring says raises, and a few words saying why."""

    parameter: Parameter
    value: str
    words: str  # for the test's name: "negative", "empty", "above_100"
    names: tuple[str, ...] = ()  # module constants the value uses, imported by the test
    others: tuple[tuple[str, str], ...] = ()  # values of the parameters it is compared with
    # Moments compared with each other: both take a time zone where the stand-ins have one
    # (an aware and a naive moment do not compare: TypeError, not the documented error).
    moments: bool = False


def documented_error_tests(spec: FunctionSpec, target: ImportTarget, entry: RaisesEntry,
                           origin: str) -> list[CandidateTest]:
    """One test per clause of `entry`'s condition that gives a value (at most MAX_PER_ERROR)."""
    constants = module_constants(spec)
    violations = violations_in(entry.condition, spec.call_params, constants)[:MAX_PER_ERROR]
    unsure = _unsure_parameters(spec, entry, constants)
    tests: list[CandidateTest] = []
    if not violations and _speaks_of_an_empty_instance(entry.condition, spec):
        test = _raising_test(spec, target, entry.exception, None, origin)
        return [test] if test is not None else []
    if not violations and _speaks_of_an_instance_not_entered(entry.condition, spec):
        test = _raising_test(spec, target, entry.exception, None, origin, entered=False)
        return [test] if test is not None else []
    for violation in violations:
        if any(param.name in unsure and param != violation.parameter for param in required(spec.call_params)):
            continue  # its stand-in may raise another documented error first
        test = _raising_test(spec, target, entry.exception, violation, origin)
        if test is not None and all(test.name != other.name for other in tests):
            tests.append(test)
    return tests


def _unsure_parameters(spec: FunctionSpec, entry: RaisesEntry, constants: Collection[str]) -> set[str]:
    """Parameters another documented error speaks of in words no value is read from ("If the
    window is full"), or as unknown ("If the student is not in the gradebook"): a stand-in for
    one may raise that error instead."""
    unsure: set[str] = set()
    plain = _plain(spec.call_params)
    for other in spec.raises:
        if other.exception == entry.exception:
            continue
        for clause in _clauses(other.condition):
            param = _named_parameter(clause, plain)
            violation = _violation(clause, param, constants, plain) if param is not None else None
            if param is not None and (violation is None or violation.words == "unknown"):
                unsure.add(param.name)  # an unknown name is what its stand-in ("text") is too
    return unsure


_COLLECTIONS = ("list", "List", "Sequence", "Iterable", "Collection", "Iterator", "set", "Set", "frozenset",
                "tuple", "Tuple", "dict", "Dict", "Mapping", "MutableMapping", "MutableSequence")
_EMPTY_STATE = re.compile(
    r"^(?:if|when)\s+(?:(?:the|this)\s+(\w+)\s+(?:is|has\s+become)\s+empty|(?:there\s+is\s+)?(?:nobody|no\s+one)\s+"
    r"(?:is\s+\w+ing|in\s+(?:the\s+)?\w+)|(?:it|the\s+instance)\s+is\s+empty)\W*$", re.IGNORECASE)


def _speaks_of_an_empty_instance(condition: str, spec: FunctionSpec) -> bool:
    """"If the queue is empty" of `WaitingQueue.pop` ("the" + a word of the class's name),
    "when nobody is waiting": the error of a method called on an instance holding nothing."""
    found = _EMPTY_STATE.match(condition.strip())
    if found is None or spec.method_kind not in ("instance", "property") or len(spec.class_path) != 1:
        return False
    words = {word.lower() for word in re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", spec.class_path[0])}
    return found.group(1) is None or found.group(1).lower() in words


# "If the writer is used outside a ``with`` block", "when it has not been entered".
_NOT_ENTERED = re.compile(r"\boutside\s+(?:of\s+)?(?:an?|the|its)\s+`*with`*\b|\bnot\s+(?:been\s+|yet\s+)?entered\b|"
                          r"\bbefore\s+(?:it\s+is\s+)?entered\b|\bnot\s+inside\s+(?:an?|the)\s+`*with`*\b",
                          re.IGNORECASE)


def _speaks_of_an_instance_not_entered(condition: str, spec: FunctionSpec) -> bool:
    """"If the writer is used outside a ``with`` block", of a method of a class that defines
    `__enter__`: the error of a method called on an instance never entered."""
    return spec.class_entered and spec.method_kind in ("instance", "property") and len(spec.class_path) == 1 \
        and _NOT_ENTERED.search(condition) is not None


def _raising_test(spec: FunctionSpec, target: ImportTarget, exception: str, violation: Violation | None,
                  origin: str, entered: bool = True) -> CandidateTest | None:
    """The test that `violation` raises `exception`; with no violation, the method called on an
    instance its constructor built (a fixture's may hold items): an empty one, or with
    `entered` False, one never entered by `with`."""
    fakes = Fakes.offering(target)
    constructors = dict(target.context.constructors) if target.context is not None else {}
    if violation is None:
        own = constructors.get(spec.class_path[0], ())
        if entered and any(annotation_head(param.annotation) in _COLLECTIONS for param in required(own)):
            return None  # its stand-in holds an item: the instance would not be empty
        built = build_instance(spec, constructors, fakes, target.context.module_source if target.context else "")
        prepared = ([built, *(entering(spec) if entered else ())], f"instance.{spec.name}") \
            if built is not None else None
    else:
        prepared = call_setup(spec, target, fakes)
    if prepared is None or (spec.method_kind == "property" and violation is not None):
        return None  # no instance to call the method on; a property takes no argument
    setup, access = prepared
    arguments = stand_ins(spec, required(spec.call_params), fakes, constructors)  # a defaulted one last
    if violation is not None:
        arguments.update(violation.others)
        if violation.parameter.kind is not ParameterKind.VAR_POSITIONAL:  # else none is passed: "no pattern is given"
            arguments[violation.parameter.name] = violation.value
        if violation.moments:
            compared = [violation.parameter, *(p for p in spec.call_params if p.name in dict(violation.others))]
            if any(map(is_aware, stand_ins(spec, compared, fakes, constructors).values())):
                arguments.update({param.name: aware(arguments[param.name]) for param in compared})
        arguments = {p.name: arguments[p.name] for p in spec.call_params if p.name in arguments}  # in their order
    if any(value == "..." for value in arguments.values()):
        return None
    call = access if spec.method_kind == "property" else call_text(access, arguments, spec.call_params)
    statement = f"    {call}"
    collect: list[str] = []
    if is_context_manager(spec) and not spec.is_async:
        statement = f"    with {call}:\n        pass"  # a @contextmanager raises when entered
    elif spec.is_async and (is_context_manager(spec) or is_generator(spec)):
        # raises only once entered by `async with`, or iterated by `async for`
        collect, run = run_call(spec, call)
        statement = f"    {run}"
    elif annotation_head(spec.return_annotation) in _LAZY or is_generator(spec):
        statement = f"    list({call})"  # a generator raises only once iterated
    elif spec.is_async:
        statement = f"    asyncio.run({call})"
    value = violation.value if violation is not None else ""
    if "Decimal(" in value:
        fakes.imports.add("from decimal import Decimal")
    if "datetime." in value:
        fakes.imports.add("import datetime")
    if "tmp_path" in value:
        fakes.fixtures.add("tmp_path")
    if EXISTING in value:
        setup = [*setup, f'({EXISTING}).write_text("")']
    case = f"{snake(violation.parameter.name)}_{violation.words}" if violation is not None \
        else "empty" if entered else "not_entered"
    name = make_test_name(spec, f"raises_{snake(exception)}_when_{case}")
    lines = [*setup, *collect, f"with pytest.raises({exception}):", *statement.splitlines()]
    # Only the fixtures the test still uses: the violated argument's stand-in may have asked for one.
    fixtures = sorted(f for f in fakes.fixtures if re.search(rf"\b{f}\b", "\n".join(lines)))
    code = f"def {name}({', '.join(fixtures)}):\n" + body(lines)
    imports = ["import pytest", *(["import asyncio"] if "asyncio." in statement else []),
               *fakes.all_imports(target.module, target.imported), target.import_line,
               *imports_for({exception.split(".")[0], *(violation.names if violation else ())}, spec, target)]
    return CandidateTest(name, code, tuple(dict.fromkeys(imports)), origin=origin, asserts=1, must_pass=True)


# --- reading a condition ----------------------------------------------------------------

def module_constants(spec: FunctionSpec) -> frozenset[str]:
    """The module's top-level names in capitals (`MIN_ITERATIONS = 1000`): bounds a condition may name."""
    return frozenset(name for name in spec.module_definitions if re.fullmatch(r"[A-Z][A-Z0-9_]*", name))


def violations_in(condition: str, params: Sequence[Parameter],
                  constants: Collection[str] = ()) -> list[Violation]:
    """The values the clauses of `condition` name, in order; a clause without a parameter of
    its own speaks of the one before it ("``pct`` is below 0, above 100"). `constants` are
    the names a bound may be ("below ``MIN_ITERATIONS``")."""
    plain = _plain(params)
    found: list[Violation] = []
    subject: Parameter | None = None
    for clause in _clauses(condition):
        # "If either number is negative", "if either scale is unknown": each of them, one test each
        each = [p for p in plain if _number_type(p) in ("int", "float", "Decimal")] if _EITHER.match(clause) \
            else _named_pair(clause, plain)
        if each:
            for param in each:
                violation = _violation(clause, param, constants, plain)
                if violation is not None and violation not in found:
                    found.append(violation)
            subject = None
            continue
        if (missing := _missing_key(clause, plain) or _too_few(clause, params) or _no_such(clause, plain)) is not None:
            found += [missing] if missing not in found else []
            subject = None
            continue
        if (one := _ONE_OF.match(clause)) is not None:  # "one of the tags is empty": a list holding it
            item = _item_violation(one.group(1), one.group(2), plain, constants)
            found += [item] if item is not None and item not in found else []
            subject = None
            continue
        named = _named_parameter(clause, plain)
        if named is not None:
            subject = named
        elif _names_something_else(clause) or _LEAD.match(clause):
            subject = None  # "the request line does not ...", "units is not ...": not the parameter before it
        if subject is None:
            continue
        violation = _violation(clause, subject, constants, plain)
        if violation is not None and violation not in found:
            found.append(violation)
    return found


_EITHER = re.compile(r"^(?:either|each|any|both)\s+(?:of\s+the\s+)?(?:numbers?|values?|arguments?|counts?)\b",
                     re.IGNORECASE)

def _named_pair(clause: str, params: Sequence[Parameter]) -> list[Parameter]:
    """"Either scale ..." of `from_scale` and `to_scale`: the parameters named after the noun
    (`*_scale`, `scale_*`), two or more of them."""
    noun = re.match(r"^(?:either|each|both)\s+(?:of\s+the\s+)?`*(\w+?)s?`*\s", clause, re.IGNORECASE)
    if noun is None:
        return []
    word = noun.group(1).lower()
    named = [p for p in params if p.name.lower().endswith(f"_{word}") or p.name.lower().startswith(f"{word}_")]
    return named if len(named) >= 2 else []


def _missing_key(clause: str, params: Sequence[Parameter]) -> Violation | None:
    """"``topic`` is missing", where `topic` is no parameter but a key of the one mapping the
    function takes (`from_dict(data)`), or "a required field is missing": the empty mapping
    lacks it."""
    keys = [name for name in re.findall(r"`+(\w+)`+", clause) if all(p.name != name for p in params)]
    named_key = bool(keys) and re.search(r"\b(?:is|are)\s+missing\b", clause) is not None
    mappings = [p for p in params if annotation_head(p.annotation) in MAPPING_TYPES]
    if len(mappings) != 1 or not (named_key or _REQUIRED_KEY.search(clause)):
        return None
    return Violation(mappings[0], "{}", f"{snake(keys[-1])}_missing" if named_key else "required_key_missing")


def _too_few(clause: str, params: Sequence[Parameter]) -> Violation | None:
    """"No pattern is given" of `*patterns`: the call passes none; "fewer than two points are
    given" of `points: Iterable[Point]`: the empty collection (zero is fewer than any count)."""
    few = _TOO_FEW.match(clause)
    count = count_of(few.group("count")) if few is not None and few.group("count") else None
    if few is None or (count is not None and count < 1):
        return None
    noun = few.group("noun").lower()
    for param in params:
        if param.name.lower() not in (noun, noun + "s", noun.removesuffix("s")):
            continue
        if param.kind is ParameterKind.VAR_POSITIONAL:
            return Violation(param, "", "none_given")
        head = annotation_head(param.annotation) or ""
        if head != "str" and (empty := EMPTY_VALUES.get(head)) is not None:
            return Violation(param, empty, "none_given" if count is None else f"fewer_than_{count}")
    return None


def _no_such(clause: str, params: Sequence[Parameter]) -> Violation | None:
    """"No task of that name is scheduled", "no book has that id", "there is no VAT rate for the
    country", "an unknown method": a text no fresh instance (or table) holds."""
    such = _NO_SUCH.match(clause)
    if such is None:
        return None
    word = next(group for group in such.groups() if group).lower()
    named = [p for p in params if p.name.lower() == word or p.name.lower().endswith(f"_{word}")]
    if len(named) != 1 or _number_type(named[0]) != "str":
        return None
    return Violation(named[0], quoted(f"no-such-{named[0].name}"), "unknown")


_NO_SUCH = re.compile(r"^no\s+\w+\s+(?:of|with|has|by|for|under)\s+(?:that|this|the\s+given|the\s+same)\s+`*(\w+)`*"
                      r"|^there\s+is\s+no\s+[\w ]+?\s+for\s+(?:the|this|that)\s+`*(\w+)`*\s*\.?$"
                      r"|^(?:for\s+)?an?\s+unknown\s+`*(\w+)`*\s*\.?$", re.IGNORECASE)
_TOO_FEW = re.compile(rf"^(?:no|(?:fewer|less)\s+than\s+(?P<count>{_COUNT_WORD}))\s+`*(?P<noun>\w+)`*\s+"
                      r"(?:is|are)\s+(?:given|passed|supplied|provided)\b", re.IGNORECASE)
_REQUIRED_KEY = re.compile(r"^(?:a|any|one)\s+required\s+(?:field|key|column|entry)s?\s+(?:is|are)\s+missing\b|"
                           r"\b(?:lacks|misses)\s+a\s+required\s+(?:field|key|column|entry)\b", re.IGNORECASE)
_ONE_OF = re.compile(r"^(?:one|any|some|either)\s+of\s+(?:the\s+)?`*(\w+)`*\s+(.+)$", re.IGNORECASE)
_ITEM_HEADS = ("list", "List", "Sequence", "Iterable", "Collection", "set", "Set", "frozenset", "tuple", "Tuple")


def _item_violation(name: str, rest: str, params: Sequence[Parameter],
                    constants: Collection[str]) -> Violation | None:
    """"One of the ``tags`` is empty" of `tags: list[str]`: a list of one item that breaks the rule."""
    param = next((p for p in params if p.name == name), None)
    if param is None or (head := annotation_head(param.annotation)) not in _ITEM_HEADS:
        return None
    item = re.fullmatch(r"\w+\[(\w+)(?:,\s*\.\.\.)?\]", (param.annotation or "").replace(" ", ""))
    single = _violation(rest, Parameter(name.removesuffix("s"), item.group(1)), constants) if item else None
    if single is None or single.others:
        return None
    value = f"({single.value},)" if head in ("tuple", "Tuple") else \
        f"{{{single.value}}}" if head in ("set", "Set", "frozenset") else f"[{single.value}]"
    return Violation(param, value, f"one_{single.words}", single.names)


def _plain(params: Sequence[Parameter]) -> list[Parameter]:
    return [p for p in params if p.kind in (ParameterKind.POSITIONAL, ParameterKind.KEYWORD_ONLY)]


def _clauses(condition: str) -> list[str]:
    text = re.sub(r"\([^)]*\)", "", condition.strip())  # asides: "(raised on the first ``next``)"
    text = re.sub(r"(?<![*\w])\*(\w+)\*(?![*\w])", r"``\1``", text)  # reST emphasis names a parameter: *ttl*
    text = re.sub(r"^\s*(?:if|when|on)\s+", "", text, flags=re.IGNORECASE)
    # "outside 0 to 6" and "between 0 and 1" hold one clause each: protect their "and"...
    text = re.sub(r"\b(between\s+\S+)\s+and\b", r"\1 AND", text, flags=re.IGNORECASE)
    # "at or above 5" and "greater than or equal to 5" too.
    text = re.sub(r"\b(at|than)\s+or\s+(above|below|over|under|equal)\b", r"\1 OR \2", text, flags=re.IGNORECASE)
    parts = re.split(r";|,?\s+\bor\b\s+|,\s+(?:or\s+)?(?:if\s+|when\s+)?|\.\s+", text)
    return [part.strip() for part in parts if part and part.strip()]


# What a clause is about: "there are no points" (before "there" is read as the subject of "are"),
# "nothing is left of the tag", "the rate is ...".
_LEAD = re.compile(r"^(?:there\s+(?:are|is)\s+)?no\s+(?P<none>\w+)\s*\.?$|^nothing\s+is\s+left\s+of\s+(?:the\s+)?"
                   r"`*(?P<left>\w+)`*|^(?:the\s+|either\s+|there\s+(?:are|is)\s+no\s+|no\s+)?(?P<lead>[\w ]+?)\s+"
                   r"(?:(?:is|are|has|have|does|do|contains|holds|exists|already|cannot|could)\b|<|>|==)",
                   re.IGNORECASE)


def _named_parameter(clause: str, params: Sequence[Parameter]) -> Parameter | None:
    """The parameter a clause is about: quoted (``limit``), or its words lead the clause
    ("the rate is", "terms days is", "there are no points"), the whole name or its first
    or last words (`margin_km` for "the margin", `unit_price` for "the price"); "the file"
    for the one path a function takes."""
    # A capitalised name in backquotes is a class or a constant, not the subject ("neither a ``Decimal`` nor ...").
    backquoted = [name for name in re.findall(r"`+(\w+)`+", clause) if not name[:1].isupper()]
    for name in backquoted:
        for param in params:
            if param.name == name:
                return param
    if backquoted:
        return None
    lead = _LEAD.match(clause)
    if lead is None:
        return None
    words = (lead.group("none") or lead.group("left") or lead.group("lead")).lower().replace(" ", "_")
    exact = [param for param in params if param.name.lower() == words]
    prefixed = [param for param in params if param.name.lower().startswith(words + "_")]
    suffixed = [param for param in params if param.name.lower().endswith("_" + words)]  # "the price": `unit_price`
    paths = [param for param in params if _is_path(param)] if words in ("file", "path", "folder", "directory") else []
    # "If the value is not between 1 and 8" in a function of one argument speaks of that argument.
    # ... and so does "If there is no ``@``" (a mark it lacks; "when there is none" is no value of it).
    mark = words == "there" and _LACKS_A_MARK.search(clause) is not None
    only = list(params) if words in ("value", "input", "argument", "given_value", "text", "string") or mark else []
    for found in (exact, prefixed, suffixed, paths, only):
        if len(found) == 1:
            return found[0]
    return None


def _is_path(param: Parameter) -> bool:
    head = annotation_head(param.annotation)
    return head in ("Path", "PathLike") or (head in ("str", "") and PATH_NAME.search(param.name) is not None)


def _names_something_else(clause: str) -> bool:
    return re.match(r"^(?:the|a|an|either|any)\s+\w+", clause, re.IGNORECASE) is not None or "`" in clause


def _violation(clause: str, param: Parameter, constants: Collection[str] = (),
               params: Sequence[Parameter] = ()) -> Violation | None:
    head = _number_type(param)
    numeric = head in _NUMERIC
    step = 0.5 if head == "float" else 1  # just past a bound
    text = clause.lower()

    def number(value: float) -> str | None:
        if head == "timedelta" and value <= 0:  # a duration: zero or negative, as signs go
            return f"datetime.timedelta(seconds={int(value)})"
        return _number(value, head) if numeric else None

    def compared(comparator: str, direction: int, inclusive: bool) -> _Check | None:
        """The value a comparison gives: the bound itself when it is included ("at least 5"
        raises at 5), else just past it. The bound is a number, a module constant, or another
        numeric parameter, which is then set to 1 ("``low`` is greater than ``high``")."""
        words = ("at_most" if direction < 0 else "at_least") if inclusive else ("below" if direction < 0 else "above")
        shift = 0 if inclusive else direction * step
        if bound := re.search(rf"(?:{comparator})\s*{_BOUND}", clause, re.IGNORECASE):
            if bound.group(1) is not None:
                value = float(bound.group(1))
                return f"{words}_{_word(value)}", number(value + shift), ()
            name = bound.group(2)
            if name in constants and numeric:
                value_text = name if inclusive else f"{name} {'-' if direction < 0 else '+'} {step}"
                return f"{words}_{snake(name)}", value_text, ()
        if other := re.search(rf"(?:{comparator})\s*(?:the\s+)?`*(\w+)`*", clause, re.IGNORECASE):
            for candidate in params:
                other_head = _number_type(candidate)
                if candidate.name == other.group(1) and candidate != param and other_head in _NUMERIC:
                    others = ((candidate.name, _number(1, other_head)),)
                    return f"{words}_{snake(candidate.name)}", number(1 + shift), others
        return None

    checks: list[_Check] = []
    if re.search(r"\bnan\b", text):
        checks.append(("nan", 'float("nan")' if head in ("float", "") else None, ()))
    if re.search(r"\bnot\s+(?:a\s+)?finite\b", text):  # "is not a finite number": infinity is not
        checks.append(("infinite", 'Decimal("Infinity")' if head == "Decimal" else
                       'float("inf")' if head in ("float", "") else None, ()))
    elif re.search(r"\binfinite\b|\binfinity\b", text):
        checks.append(("infinite", 'float("inf")' if head in ("float", "") else None, ()))
    not_positive = re.search(r"\b(?:not positive|non-positive|zero or negative|negative or zero)\b", text)
    if not_positive:  # where a clause says it with "negative" or "zero" too, this is its one reading
        checks.append(("not_positive", number(0), ()))
    elif re.search(r"\bis\s+(?:a\s+)?negative\b|\bnegative\b", text) and "non-negative" not in text:
        checks.append(("negative", number(-1), ()))
    if re.search(r"\bis\s+(?:zero|0)\b|==\s*0\b", text) and not not_positive:
        checks.append(("zero", number(0), ()))
    if re.search(r"\bis\s+not\s+(?:a\s+)?callable\b", text) and head not in ("str", "int", "float", "bool"):
        checks.append(("not_callable", '"not callable"', ()))
    for comparator, direction, inclusive in _COMPARATORS:
        if (inclusive or "or equal" not in text) and (check := compared(comparator, direction, inclusive)):
            checks.append(check)
    if outside := re.search(rf"(?:outside(?: of)?(?: the range)?|not between|not in the range)\s*\[?{_NUMBER}"
                            rf"\s*(?:to|AND|and|-|through|\.\.|,)\s*{_NUMBER}", clause, re.IGNORECASE):
        bound = float(outside.group(2))
        checks.append((f"above_{_word(bound)}", number(bound + step), ()))
    # "no points", "nothing is left of the tag" (not "there is no ``@``": a mark, `_LACKS_A_MARK`)
    nothing = r"^(?:there\s+(?:are|is)\s+)?no\s+(?!`)|^nothing\s+is\s+left\b"
    if re.search(rf"\bempty\b|{nothing}", text) and not re.search(r"not empty|non-empty", text):
        empty = EMPTY_VALUES.get(head) or ('""' if not head and re.search(r"name|text|string|word", param.name)
                                           else None)
        checks.append(("empty", empty, ()))
    if re.search(r"\bblank\b", text) and head in ("str", ""):
        checks.append(("blank", '""', ()))
    if re.search(r"\b(?:does not|doesn't) exist\b|\bis missing\b|\b(?:cannot|could not) be (?:read|opened)\b", text) \
            and _is_path(param):  # a file that cannot be read: one that is not there
        checks.append(("missing", 'str(tmp_path / "missing.txt")' if head == "str" else 'tmp_path / "missing.txt"', ()))
    if re.search(r"\b(?:exists|already exists|is already there)\b", text) and _is_path(param) and \
            not re.search(r"\b(?:not|n't)\s+exist", text):  # the test writes it first (`_raising_test`)
        flags = tuple((other.name, "False") for other in params if other != param and other.annotation == "bool"
                      and re.search(rf"`*\b{other.name}\b`*\s+is\s+(?:false|not\s+set)\b", text))
        checks.append(("exists", f"str({EXISTING})" if head == "str" else EXISTING, flags))
    if _UNKNOWN.search(text) and head == "str":
        checks.append(("unknown", quoted(f"no-such-{param.name}"), ()))
    if head in TIME_VALUES and (order := _TIME_ORDER.search(clause)):
        checks += _out_of_order(param, head, order, params)
    if re.search(r"\bnaive\b|\bhas no time ?zone\b", text) and head == "datetime":
        checks.append(("naive", "datetime.datetime(2024, 1, 2, 3, 4, 5)", ()))
    if re.search(r"\bis\s+none\b", text) and head not in ("", "None"):
        checks.append(("none", "None", ()))
    if re.search(r"\bis\s+neither\s+(?:an?\s+)?`*\w+`*\s+nor\b", text):  # "neither a stream nor a path": no type
        checks.append(("of_another_type", "object()", ()))
    if re.search(r"\bis\s+a\s+float\b", text) and head != "float":
        checks.append(("float", "1.5", ()))
    if other_type := re.search(r"\bis\s+not\s+an?\s+`*(decimal|int|integer|str|string|number)\b`*", text):
        # a value of another type; of text, text that is no number ("units is not an integer", "the
        # text is not a number followed by a unit"); a number that is "not a number" is not read
        named = other_type.group(1)
        value = None if named == "number" and head != "str" else \
            ('"nonsense"' if named not in ("str", "string") else None) if head in ("str", "") \
            else "1.5" if named in ("decimal", "int", "integer") else "1"
        checks.append((f"not_{named}", value, ()))
    if head in ("str", "") and (digits := _DIGIT_COUNT.search(text)):
        # "not exactly eight digits": one digit short; "not 1 to 3 digits": one too many
        count = count_of(digits.group(2)) + 1 if digits.group(2) else count_of(digits.group(1)) - 1
        checks.append(("wrong_digit_count", digit_text(count) if 0 <= count <= 10 else None, ()))
    if head in ("str", "") and (length := _CHARACTER_COUNT.search(text)):
        # "is not exactly four characters long": one short; "is not 3 to 32 characters long": one too many
        count = count_of(length.group(2)) + 1 if length.group(2) else count_of(length.group(1)) - 1
        checks.append(("wrong_length", _text_of_length(count), ()))
    if head in ("str", "") and (letters := _LETTER_COUNT.search(text)):
        # "is not three upper-case letters": one letter short, in the case it asks for
        count = count_of(letters.group(2)) + 1 if letters.group(2) else count_of(letters.group(1)) - 1
        value = _text_of_length(count) if 0 <= count <= 12 else None
        checks.append(("wrong_letter_count", value.upper() if value and letters.group(3) == "upper" else value, ()))
    if head in ("str", "") and (limit := _LENGTH_BOUND.search(text)):
        # "is longer than 64 characters": one more; "is shorter than 3 characters": one fewer
        count = count_of(limit.group(2))
        longer = limit.group(1).split()[0] in ("longer", "more", "exceeds", "over")
        checks.append((f"{'longer' if longer else 'shorter'}_than_{count}",
                       _text_of_length(count + 1 if longer else count - 1), ()))
    if head in ("str", "") and _LACKS_A_MARK.search(clause):  # "holds no ``<email>``": a word has none
        checks.append(("without_mark", '"nonsense"', ()))
    if head in ("str", "") and not _is_path(param) and (  # a file's content is no value of its path
            _MALFORMED.search(text) or (_MALFORMED_IF_FORMATTED.search(text) and re.search(
                rf"\b(?:{_FORMATS})\b", f"{text} {param.name.replace('_', ' ')}"))):
        checks.append(("malformed", '"nonsense"', ()))
    # One clause, one reading: "less than or equal to 0" and "not positive" agree; two values do not.
    usable = {(value, others): words for words, value, others in reversed(checks) if value is not None}
    if len(usable) != 1:
        return None  # nothing, or several readings of one clause: none is sure
    (value, others), words = next(iter(usable.items()))
    lead = value.split(" ", 1)[0]  # a constant bound leads its value: "MIN_ITERATIONS - 1"
    return Violation(param, value, words, (lead,) if lead in constants else (), others,
                     moments=head in TIME_VALUES and bool(others))


# A name no instance holds, as a fresh one holds none: "``code`` is unknown", "matches no priority",
# "the student is not in the gradebook", "the key is not found".
_UNKNOWN = re.compile(r"\bis\s+(?:unknown|not\s+(?:known|registered|one\s+of|found|in\s+(?:the|this)\b))"
                      r"|\bmatches\s+no\b")


# "``since`` is later than ``until``", "``end`` is before ``start``", "``end`` is not after ``start``".
_TIME_ORDER = re.compile(
    r"\b(not\s+)?(later\s+than|after|earlier\s+than|before|precedes|follows)\s+(?:the\s+)?`*(\w+)`*", re.IGNORECASE)


def _out_of_order(param: Parameter, head: str, order: re.Match[str], params: Sequence[Parameter]) -> list[_Check]:
    """Two moments in the order a clause says raises: `param` later than the other moment it
    names, earlier, or (for "not after") the same moment."""
    base = TIME_VALUES[head]
    later = later_moment(base)
    other = next((p for p in params if p.name == order.group(3) and p != param and _number_type(p) == head), None)
    if other is None or later is None:
        return []
    negated, relation = order.group(1) is not None, re.sub(r"\s+", "_", order.group(2).lower())
    if negated:  # "not after" the other: at the same moment already
        return [(f"not_{relation}_{snake(other.name)}", base, ((other.name, base),))]
    after = relation in ("later_than", "after", "follows")
    value, other_value = (later, base) if after else (base, later)
    return [(f"{relation}_{snake(other.name)}", value, ((other.name, other_value),))]


# "is not exactly eight digits" (one digit short), "is not 1 to 3 digits" (one too many).
_COUNT = rf"(\d+|{'|'.join(COUNT_WORDS[:10])})"
_DIGIT_COUNT = re.compile(rf"\bis\s+not\s+(?:exactly\s+)?{_COUNT}(?:\s+to\s+{_COUNT})?\s+digits?\b")
# "is not exactly four characters long", "is not 3 to 32 characters long".
_CHARACTER_COUNT = re.compile(rf"\bis\s+not\s+(?:exactly\s+)?{_COUNT}(?:\s+to\s+{_COUNT})?\s+characters?\b")
# "is not three letters", "is not two upper-case letters", "is not 2 to 3 ASCII letters".
_LETTER_COUNT = re.compile(rf"\bis\s+not\s+(?:exactly\s+)?{_COUNT}(?:\s+to\s+{_COUNT})?\s+"
                           r"(?:(upper|lower)[- ]?case\s+|ascii\s+)?letters?\b")
# "is longer than 64 characters", "exceeds 64 characters", "has fewer than 3 characters".
_LENGTH_BOUND = re.compile(rf"\b(longer\s+than|more\s+than|exceeds|over|shorter\s+than|fewer\s+than|less\s+than)"
                           rf"\s+{_COUNT}\s+characters?\b")


def _text_of_length(count: int) -> str | None:
    """A text literal of `count` letters (written as a repetition when long); None below zero."""
    if count < 0:
        return None
    return quoted("abcdefghijkl"[:count]) if count <= 12 else f'"x" * {count}'


# Text that does not have the form the clause names: a word of no format breaks it.
_FORMATS = (r"date|time|timestamp|date-?time|version|semantic version|e-?mail(?: address)?|url|uri|json|uuid"
            r"|ip address|phone number|postcode|postal code|zip code|hex(?:adecimal)?(?: string)?|iso \w+")
_MALFORMED = re.compile(
    rf"\bis\s+not\s+(?:an?\s+)?(?:valid\s+|well-formed\s+)?(?:[\w-]+\s+)?(?:{_FORMATS})\b"
    r"|\bdoes\s+not\s+match\s+(?:the\s+|that\s+|its\s+)?(?:expected\s+)?(?:format|form|pattern|syntax)\b"
    r"|\bis\s+not\s+in\s+(?:that|the|the expected)\s+(?:form|format)\b")
# "holds no ``<email>``", "contains no ``=``": a mark of punctuation that a plain word lacks.
_LACKS_A_MARK = re.compile(r"\b(?:holds|contains|has|have|there\s+is)\s+no\s+`+[^`\s]*[^\w`\s][^`\s]*`+")
# "is malformed", "cannot be parsed": of a date, yes; of a label or a name, "nonsense" may be one.
_MALFORMED_IF_FORMATTED = re.compile(r"\bis\s+malformed\b|\bcannot\s+be\s+parsed\b")


def _number_type(param: Parameter) -> str:
    """The annotation's head, or for `limit=10` the default's type."""
    head = annotation_head(param.annotation)
    if not head and param.default is not None:
        head = {"int": "int", "float": "float", "str": "str"}.get(_literal_type(param.default), "")
    return head


def _number(value: float, head: str) -> str:
    if head == "Decimal":
        return f'Decimal("{value:g}")'
    if head == "float" or value != int(value):
        return repr(float(value))
    return str(int(value))


def _word(bound: float) -> str:
    return snake(f"{bound:g}".replace("-", "minus_").replace(".", "_"))


def _literal_type(text: str) -> str:
    if re.fullmatch(r"-?\d+", text):
        return "int"
    if re.fullmatch(r"-?\d*\.\d+", text):
        return "float"
    return "str" if re.fullmatch(r"[rbu]?['\"].*['\"]", text) else ""

