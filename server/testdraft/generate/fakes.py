"""Stand-in arguments for a test: plain values for plain types, fakes for collaborators.

A parameter typed or named like a collaborator (a client, a session, a clock, a repository)
gets a `unittest.mock.Mock` (an `AsyncMock` when the code under test is async); a path gets
a file under pytest's `tmp_path`; a text stream an `io.StringIO`; a project class whose
constructor is known is built with stand-ins for its own arguments. A fixture of the
project that fits (named like the parameter, or giving its class or the method's instance)
is taken instead.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from testdraft.generate.base import CandidateTest, ImportTarget, entering
from testdraft.parsing.languages import parse_python
from testdraft.spec.docstring import parameter_description
from testdraft.spec.extract import concrete_subclasses
from testdraft.spec.model import FunctionSpec, Parameter, ParameterKind

if TYPE_CHECKING:
    from testdraft.project.context import Fixture

_COLLABORATOR = re.compile(
    r"(client|session|clock|api|http|transport|repo|repository|store|gateway|service|db|conn"
    r"|connection|fetcher|sender|notifier|mailer|logger|cache|queue|backend|provider|callback|handler)s?$",
    re.IGNORECASE,
)
PATH_NAME = re.compile(r"(path|file|filename|dir|directory|folder)$", re.IGNORECASE)
_STREAM_TYPES = ("TextIO", "IO[str]", "StringIO", "TextIOBase")
MAPPING_TYPES = ("dict", "Dict", "Mapping", "MutableMapping")  # annotation heads of a mapping
# The empty value of a type, by annotation head (what "If ``items`` is empty" passes).
EMPTY_VALUES = {"str": '""', "bytes": 'b""', "list": "[]", "List": "[]", "Sequence": "[]", "Iterable": "[]",
                "tuple": "()", "Tuple": "()", "dict": "{}", "Dict": "{}", "Mapping": "{}", "set": "set()",
                "Set": "set()", "frozenset": "frozenset()"}

PLAIN_VALUES = {
    "int": "1", "float": "1.5", "str": '"text"', "bool": "True", "bytes": 'b"data"',
    "list": "[]", "dict": "{}", "set": "set()", "tuple": "()", "frozenset": "frozenset()",
    "None": "None", "Decimal": 'Decimal("1.50")', "object": '"text"',
}
_TYPE_IMPORTS = {"Decimal": "from decimal import Decimal"}
# Classes of the `datetime` module, by the name an annotation gives them (a Mock is no duration).
TIME_VALUES = {
    "datetime": "datetime.datetime(2024, 1, 2, 3, 4, 5)",
    "date": "datetime.date(2024, 1, 2)",
    "time": "datetime.time(9, 30)",
    "timedelta": "datetime.timedelta(hours=1, minutes=30)",
}
# Text of a well-known format, by the words of the parameter's name: a function that parses or
# checks an e-mail address stops at its first check on "text", and so does every call of it.
_FORMATTED_TEXT = (  # (name pattern, value, whether an unannotated parameter of that name gets it)
    (r"e?mail|email_address", '"alice@example.com"', True),
    (r"url|uri|href|link|endpoint|website|homepage", '"https://example.com/news/item?id=42"', True),
    (r"host|hostname|domain", '"example.com"', True),
    (r"ip|ip_address|ipv4", '"192.168.1.10"', True),
    (r"uuid|guid", '"12345678-1234-5678-1234-567812345678"', True),
    (r"rfc822|rfc2822|rfc_822|pub_date|pubdate", '"Fri, 15 Mar 2024 10:30:00 +0000"', False),
    (r"iso_date|date|date_string|date_text", '"2024-03-15"', False),
    (r"iso_datetime|datetime|timestamp|iso_timestamp", '"2024-03-15T10:30:00+00:00"', False),
    (r"time|time_of_day", '"10:30"', False),
    (r"phone|phone_number|telephone|mobile|tel", '"+14155550123"', True),
    (r"version|semver", '"1.2.3"', False),
    (r"colou?r|hex_colou?r", '"#ff8800"', False),
    (r"slug", '"hello-world"', True),
    (r"isbn|isbn13", '"9780306406157"', True),
    (r"mention|handle", '"@alice"', False),
    (r"username|user_name", '"alice"', True),
    (r"currency|currency_code", '"EUR"', False),
    (r"country|country_code", '"GB"', False),
    (r"locale|language|lang", '"en_US"', False),
    (r"timezone|tz|tz_name", '"Europe/Paris"', False),
    (r"json|json_text", '\'{"name": "value"}\'', False),
)


def is_plain_value(value: str) -> bool:
    """A stand-in the model writes well by itself: a plain literal, text of a format included."""
    return value in PLAIN_VALUES.values() or value[:1] in ("'", '"')


def formatted_text(name: str, annotated: bool = True) -> str | None:
    """A well-formed value for a text parameter whose name says its format (`email`,
    `feed_url`, `pub_date`), or None. The whole name decides (`ip_address`), else its last
    word (`sender_email`). Unannotated, only a name that is text whatever it holds (`email`,
    not `date`: that may be a `datetime.date`)."""
    words = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower().strip("_")
    for candidate in (words, words.rsplit("_", 1)[-1]):
        for pattern, value, untyped in _FORMATTED_TEXT:
            if re.fullmatch(pattern, candidate) and (annotated or untyped):
                return value
    return None


# Text of the format a parameter's description names ("ISO 8601 date", "the e-mail address").
_DESCRIBED_TEXT = (
    (r"\biso[- ]?8601 (?:calendar )?date\b(?![- ]?time)|\byyyy-mm-dd\b", '"2024-03-15"'),
    (r"\biso[- ]?8601\b|\brfc[- ]?3339\b", '"2024-03-15T10:30:00+00:00"'),
    (r"\brfc[- ]?(?:822|2822|5322)\b", '"Fri, 15 Mar 2024 10:30:00 +0000"'),
    (r"\be-?mail address", '"alice@example.com"'),
    (r"\b(?:url|uri)\b", '"https://example.com/news/item?id=42"'),
    (r"\bip(?:v4)? address\b", '"192.168.1.10"'),
    (r"\buuid\b", '"12345678-1234-5678-1234-567812345678"'),
    (r"\bsemantic version|\bsemver\b", '"1.2.3"'),
    (r"\bphone number\b|\be\.164\b", '"+14155550123"'),
)
COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_DIGITS = re.compile(rf"\b({'|'.join(COUNT_WORDS)}|\d{{1,2}})[- ]digits?\b", re.IGNORECASE)


def count_of(word: str) -> int:
    """The number a count is written as: `8` or `eight` (one of COUNT_WORDS)."""
    return int(word) if word.isdigit() else COUNT_WORDS.index(word.lower()) + 1


def digit_text(count: int) -> str:
    """A text literal of `count` digits: `"12345678"` for 8."""
    return '"' + ("1234567890" * 3)[:count] + '"'


def described_text(description: str) -> str | None:
    """A well-formed value for text its description says the format of, or None: "ISO 8601 date"
    -> `"2024-03-15"`, "the eight digits between ..." -> `"12345678"`."""
    lowered = description.lower()
    for pattern, value in _DESCRIBED_TEXT:
        if re.search(pattern, lowered):
            return value
    digits = _DIGITS.search(description)
    if digits is not None:
        count = count_of(digits.group(1))
        return digit_text(count) if 0 < count <= 30 else None
    return None


_ITERATOR = re.compile(r"^(?:typing\.|collections\.abc\.)?(?:(Async)Iter(?:ator|able)|Iterator)\[")
_CONTAINER = re.compile(r"^(list|List|Sequence|Iterable|set|Set|frozenset|tuple|Tuple|dict|Dict|Mapping)\b")


@dataclass
class Fakes:
    """What the stand-ins need: imports, pytest fixtures (`tmp_path`), project classes built.

    `offered` are the project's own fixtures that fit the function (conftest.py's, the test
    module's, another test module's imported): one named like a parameter, or giving the
    class a parameter or the method needs, is taken instead of a stand-in.
    """

    imports: set[str] = field(default_factory=set)
    fixtures: set[str] = field(default_factory=set)
    classes: set[str] = field(default_factory=set)
    offered: Mapping[str, Fixture] = field(default_factory=dict)
    by_parameter: Mapping[str, str] = field(default_factory=dict)  # a parameter's fixture of another name
    enums: Mapping[str, str] = field(default_factory=dict)  # enum class -> its first member

    @classmethod
    def offering(cls, target: ImportTarget) -> Fakes:
        """Stand-ins that reuse the fitting fixtures of the project around `target`."""
        return target.context.fakes() if target.context is not None else cls()

    def take(self, fixture: Fixture) -> str:
        """Ask for `fixture` (importing it when it lives in another test module); the expression
        for its value: its name, or a call of a factory fixture (`make_message()`)."""
        self.fixtures.add(fixture.name)
        if fixture.import_line:
            self.imports.add(fixture.import_line)
        return f"{fixture.name}()" if fixture.is_factory else fixture.name

    def fixture_for(self, name: str, class_name: str = "") -> Fixture | None:
        """The offered fixture named `name`, else one that gives a `class_name`, else the one that
        stands for the parameter `name` (`ProjectContext.parameter_fixtures`)."""
        if name in self.offered:
            return self.offered[name]
        built = next((f for f in self.offered.values() if class_name and f.builds == class_name), None)
        return built or self.offered.get(self.by_parameter.get(name, ""))

    def all_imports(self, module: str, already: str = "") -> list[str]:
        """The imports, with the project classes imported from `module` (less `already`)."""
        classes = sorted(self.classes - {already})
        return sorted(self.imports) + ([f"from {module} import {', '.join(classes)}"] if classes else [])


def is_collaborator(annotation: str | None, name: str) -> bool:
    """Typed or named like something the function talks to (a client, a clock, a store)."""
    head = annotation_head(annotation)  # `Optional[RateProvider]` -> `RateProvider`
    if head in PLAIN_VALUES or head in TIME_VALUES:
        return False  # `provider: str`, `cache: dict`: a value, whatever the name says
    return bool(_COLLABORATOR.search(name) or _COLLABORATOR.search(head) or head in ("Callable", "Protocol"))


def annotation_head(annotation: str | None) -> str:
    """The class an annotation names, without quotes, `Optional`/`| None`, arguments or module,
    the first of a union: `Optional[typing.Iterator[str]]` -> `Iterator`, `User | str` -> `User`."""
    return _head(_annotation_core(annotation)[1])


def _head(core: str) -> str:
    return re.split(r"[\[|]", core, maxsplit=1)[0].rsplit(".", 1)[-1]


def _annotation_core(annotation: str | None) -> tuple[bool, str]:
    """(whether None is allowed, the annotation without quotes, spaces and `Optional`/`| None`)."""
    text = re.sub(r"[\s'\"]", "", annotation or "")
    optional = text.startswith("Optional[") or text.endswith("|None") or text.startswith("None|")
    return optional, re.sub(r"^Optional\[(.*)\]$", r"\1", text).removesuffix("|None").removeprefix("None|")


def item_type(annotation: str | None) -> str:
    """The one item type of a list-like annotation (`Iterable[Recipe]` -> `Recipe`); else empty."""
    core = _annotation_core(annotation)[1]
    container = _CONTAINER.match(core)
    if container is None or not core.endswith("]") or container.group(1).lower() in ("dict", "mapping"):
        return ""
    element = core[len(container.group(1)) + 1 : -1].removesuffix(",...")
    return element if "," not in element else ""


def fake_value(
    annotation: str | None,
    name: str,
    fakes: Fakes,
    constructors: Mapping[str, Sequence[Parameter]] = {},
    is_async: bool = False,
    depth: int = 0,
    description: str = "",
) -> str:
    """An expression that stands in for a parameter named `name` of type `annotation`, which
    the docstring describes as `description` (text of the format it names, where the name
    says none)."""
    optional, core = _annotation_core(annotation)
    head = _head(core)
    container = _CONTAINER.match(core)
    element = core[len(container.group(1)) + 1 : -1] if container is not None and core.endswith("]") else ""
    fixture = fakes.fixture_for(name, head) if depth == 0 else None
    item = item_type(core)
    if fixture is None and depth == 0 and item:  # a fixture of one item (`recipes: Iterable[Recipe]`)
        fixture = fakes.fixture_for("", item)
    if fixture is not None:  # the project's own fixture for this argument
        # One item of a list the parameter takes (`invoices: list[Invoice]`, the `invoice` fixture),
        # or one value of a mapping (`members: Mapping[str, Member]`, the `member` fixture).
        key, _, value = element.partition(",")
        if fixture.builds and fixture.builds == value and container is not None \
                and container.group(1).lower() in ("dict", "mapping"):
            return f"{{{fake_value(key, 'key', fakes, constructors, is_async, depth + 1)}: {fakes.take(fixture)}}}"
        return f"[{fakes.take(fixture)}]" if fixture.builds and fixture.builds == element else fakes.take(fixture)
    if head in fakes.enums:  # a member, never a Mock (`is Category.FOOD` fails on one)
        fakes.classes.add(head)
        return f"{head}.{fakes.enums[head]}"
    if head == "str" or (not core and depth == 0):
        formatted = formatted_text(name, annotated=bool(core))
        if formatted is not None:
            return formatted
    if is_collaborator(core, name):
        mock = "AsyncMock" if is_async and head != "Callable" else "Mock"
        fakes.imports.add(f"from unittest.mock import {mock}")
        returns = re.fullmatch(r"Callable\[\[.*\],(.+)\]", core)
        if returns is not None and returns.group(1) not in ("None", "Any"):  # a clock gives a time
            value = fake_value(returns.group(1), "value", fakes, constructors, is_async, depth + 1)
            return f"{mock}(return_value={value})" if value not in ("...", "Mock()") else f"{mock}()"
        return f"{mock}()"
    if any(stream in core for stream in _STREAM_TYPES):
        fakes.imports.add("import io")
        return 'io.StringIO("line 1\\nline 2\\n")'
    path_named = PATH_NAME.search(name) is not None
    if head in ("Path", "PathLike") or (path_named and (not core or head == "str")):
        fakes.fixtures.add("tmp_path")
        path = f'tmp_path / "{name}.txt"'
        return f"str({path})" if head == "str" else path
    if head in TIME_VALUES:
        fakes.imports.add("import datetime")
        return aware(TIME_VALUES[head]) if head == "datetime" and _wants_a_zone(description) else TIME_VALUES[head]
    iterated = _ITERATOR.match(core)
    if iterated is not None and depth < 2:
        # One element, so that loops over it run: an iterator, or a mock that async-iterates.
        yielded = core[len(iterated.group(0)) : -1]
        item = fake_value(yielded, name.removesuffix("s"), fakes, constructors, is_async, depth + 1)
        items = f"[{item}]" if yielded and item not in ("...", "Mock()", "None") else "[]"
        if iterated.group(1) == "Async":
            fakes.imports.add("from unittest.mock import MagicMock")
            return f'MagicMock(**{{"__aiter__.return_value": {items}}})'
        return f"iter({items})"
    if container is not None:
        kind = container.group(1).lower()
        if kind in ("list", "sequence", "iterable") and element and "," not in element and depth < 2:
            # One element, so that loops over it run; the empty list is a boundary of its own.
            item = fake_value(element, name.removesuffix("s"), fakes, constructors, is_async, depth + 1)
            return f"[{item}]" if item not in ("...", "Mock()", "None") else "[]"
        if kind in ("dict", "mapping") and element.count(",") == 1 and depth < 2:
            # One entry, so that loops over it run; the empty mapping is a boundary of its own.
            key_type, value_type = (part.strip() for part in element.split(","))
            key = fake_value(key_type, "key", fakes, constructors, is_async, depth + 1)
            value = fake_value(value_type, name.removesuffix("s"), fakes, constructors, is_async, depth + 1)
            if is_plain_value(key) and value not in ("...", "Mock()", "None"):
                return f"{{{key}: {value}}}"
        return {"dict": "{}", "mapping": "{}", "set": "set()", "frozenset": "set()", "tuple": "()"}.get(kind, "[]")
    if (head == "str" or not core) and depth == 0 and (described := described_text(description)) is not None:
        return described
    if isinstance(error := getattr(builtins, head, None), type) and issubclass(error, Exception):
        return f'{head}("text")'  # an error to hold or report (`error: Exception`): one that prints
    if head in PLAIN_VALUES:
        if head in _TYPE_IMPORTS:
            fakes.imports.add(_TYPE_IMPORTS[head])
        return PLAIN_VALUES[head]
    if head in constructors and depth < 2:
        return construct(head, constructors[head], fakes, constructors, is_async, depth + 1)
    if optional:
        return "None"
    if not core:
        return "..."  # nothing says what it is: the test writer fills it in
    if head in ("Any", "Hashable"):  # a value or key to hold (a cache's, a payload's): text stores and compares
        return '"text"'
    fakes.imports.add("from unittest.mock import Mock")
    return "Mock()"


# A moment the docstring wants with a time zone: "timezone-aware", "in UTC", "If it is naive"
# ("must carry a time zone", "has no time zone"): said of a moment, a zone is always wanted.
_AWARE = re.compile(r"\baware\b|\btime ?zones?\b|\btzinfo\b|\bUTC\b", re.IGNORECASE)
_MUST_NOT_BE_NAIVE = re.compile(r"\b(?:is|are|be)\s+naive\b", re.IGNORECASE)
_UTC = ", tzinfo=datetime.timezone.utc)"


def _wants_a_zone(description: str) -> bool:
    """Whether a moment so described needs a time zone: one that must not be naive ("If
    ``moment`` is naive"), or said to have one, unless it is described as naive ("a naive
    datetime in UTC")."""
    if _MUST_NOT_BE_NAIVE.search(description):
        return True
    return _AWARE.search(description) is not None and re.search(r"\bnaive\b", description, re.IGNORECASE) is None


def aware(moment: str) -> str:
    """`datetime.datetime(...)` in UTC."""
    return moment[:-1] + _UTC


def is_aware(value: str) -> bool:
    """Whether a stand-in is a moment with a time zone (`aware`'s)."""
    return value.endswith(_UTC)


def later_moment(moment: str) -> str | None:
    """A stand-in moment later than `moment` (a naive one of TIME_VALUES); None for other values."""
    return _LATER_TIMES[moment][0] if moment in _LATER_TIMES else None


def _naive(moment: str) -> str:
    """`aware`'s inverse: the moment without its zone (any other value as it is)."""
    return moment.removesuffix(_UTC) + ")" if is_aware(moment) else moment


# Later moments, for the second and third parameter of one time type (`window_start`,
# `window_end`): the same moment twice is an empty window, a boundary of its own.
_LATER_TIMES = {
    TIME_VALUES["datetime"]: ("datetime.datetime(2024, 1, 2, 9, 4, 5)", "datetime.datetime(2024, 1, 3, 3, 4, 5)"),
    TIME_VALUES["date"]: ("datetime.date(2024, 1, 9)", "datetime.date(2024, 2, 2)"),
    TIME_VALUES["time"]: ("datetime.time(17, 0)", "datetime.time(21, 45)"),
}


# What a body does with a parameter that has no annotation shows its type (the first match).
_USES = (
    ("str", r"\b{0}\.(?:startswith|endswith|split|rsplit|strip|lstrip|rstrip|lower|upper|casefold|replace|encode"
            r"|partition|rpartition|splitlines|isdigit|isalpha|isalnum|isspace|title|removeprefix|removesuffix)\("),
    ("dict", r"\b{0}\.(?:items|keys|values|get|setdefault)\(|\b{0}\[\s*[\'\"]"),
    ("list", r"\b{0}\.(?:append|extend|insert|sort)\("),
    ("int", r"\brange\(\s*{0}\s*\)|\b{0}\s*(?://|%|[<>]=?)\s*-?\d"),
    ("Callable", r"(?<![.\w]){0}\("),
    ("str", r"\{{{0}(?:![rs])?(?::[^}}]*)?\}}"),  # only formatted into text (`f"{namespace}:{key}"`)
)


def used_as(spec: FunctionSpec, name: str) -> str | None:
    """The type an unannotated parameter's uses in the body show: text methods (`key.startswith(`)
    say `str`, `.items()` or `row["id"]` a dict, `range(n)` an int, a call a callable; None
    when nothing shows. Much real code has no annotations, and `...` stands for no value."""
    body = spec.source[len(spec.signature):]
    for annotation, pattern in _USES:
        if re.search(pattern.format(re.escape(name)), body):
            return annotation
    if spec.method_kind == "classmethod" and spec.name.startswith("from_") and _MAPPING_NAME.fullmatch(name):
        return "dict"  # `Author.from_row(row)`: the fields by name
    return None


_MAPPING_NAME = re.compile(r"row|record|data|mapping|payload|raw|values|fields|d")


def stand_ins(spec: FunctionSpec, params: Sequence[Parameter], fakes: Fakes,
              constructors: Mapping[str, Sequence[Parameter]]) -> dict[str, str]:
    """A stand-in for each of `params` of `spec`, by name: what `fake_value` gives for its type,
    name and docstring entry (for the one text parameter, the summary too); a second moment of
    one type later than the first."""
    values: dict[str, str] = {}
    texts = [param for param in params if annotation_head(param.annotation) in ("str", "")]
    for param in params:
        description = parameter_description(spec.docstring, param.name)
        if texts == [param] and described_text(description) is None:
            description = spec.summary  # "Parse an RSS (RFC 822) date": of its one text argument
        # What an error says of it counts too: "ValueError: If ``moment`` is naive".
        description += "".join(f" {entry.condition}" for entry in spec.raises
                               if re.search(rf"\b{re.escape(param.name)}\b", entry.condition))
        annotation = param.annotation or (used_as(spec, param.name) if param.default is None else None)
        value = fake_value(annotation, param.name, fakes, constructors, spec.is_async, description=description)
        moment = _naive(value)  # a zone or none, the same moment
        earlier = [_naive(other) for other in values.values()].count(moment)
        if earlier and moment in _LATER_TIMES and earlier <= len(_LATER_TIMES[moment]):
            later = _LATER_TIMES[moment][earlier - 1]
            value = aware(later) if moment != value else later
        values[param.name] = value
    return values


def call_text(callee: str, arguments: Mapping[str, str], params: Sequence[Parameter]) -> str:
    """`callee(name=value, ...)` in the order given; a positional-only parameter's value by
    position (`render(template, /, **values)` rejects `template=`)."""
    by_position = {param.name for param in params if param.positional_only}
    return f"{callee}({', '.join(v if k in by_position else f'{k}={v}' for k, v in arguments.items())})"


def construct(
    class_name: str,
    params: Sequence[Parameter],
    fakes: Fakes,
    constructors: Mapping[str, Sequence[Parameter]] = {},
    is_async: bool = False,
    depth: int = 0,
) -> str:
    """`Class(required=stand-in, ...)`: the constructor's parameters without defaults, and those
    with one that a project fixture is named like (`clock=clock`: not the real time)."""
    fakes.classes.add(class_name)
    needed = required(params)
    chosen = [param for param in params if param in needed or (depth == 0 and param.name in fakes.offered)]
    arguments = {param.name: fake_value(param.annotation, param.name, fakes, constructors, is_async, depth)
                 for param in chosen}
    return call_text(class_name, arguments, params)


def required(params: Sequence[Parameter]) -> list[Parameter]:
    return [
        param for param in params
        if param.default is None and param.kind in (ParameterKind.POSITIONAL, ParameterKind.KEYWORD_ONLY)
    ]


def build_instance(
    spec: FunctionSpec, constructors: Mapping[str, Sequence[Parameter]], fakes: Fakes, module_source: str = ""
) -> str | None:
    """`instance = Class(stand-ins)` for an instance method or property (of an abstract class: a
    concrete subclass the module defines); None when no constructor is known or one takes
    something no stand-in fits."""
    if spec.method_kind not in ("instance", "property") or len(spec.class_path) != 1:
        return None
    classes = _subclasses(spec, module_source) if spec.class_abstract else [(spec.class_path[0], None)]
    for class_name, own in classes:
        params = constructors.get(class_name, own)
        if params is not None:
            call = construct(class_name, params, fakes, constructors, spec.is_async)
            if "..." not in call:
                return f"instance = {call}"
    return None


def _subclasses(spec: FunctionSpec, module_source: str) -> list[tuple[str, tuple[Parameter, ...] | None]]:
    """The concrete subclasses of the spec's (abstract) class in its module."""
    root = parse_python(module_source.encode()).root_node if module_source else None
    return concrete_subclasses(root, spec.class_path[0]) if root is not None else []


def call_setup(spec: FunctionSpec, target: ImportTarget, fakes: Fakes) -> tuple[list[str], str] | None:
    """What a test runs before calling the function, and the expression it calls: on the
    instance a project fixture gives (`cart.add`; for an abstract class, one that builds a
    subclass), else as `setup_statements` says; None when the instance cannot be built."""
    if spec.is_constructor:  # the call builds the instance
        return list(target.setup), target.access
    if spec.method_kind in ("instance", "property") and len(spec.class_path) == 1:
        source = target.context.module_source if target.context is not None else ""
        subclasses = [name for name, _ in _subclasses(spec, source)] if spec.class_abstract else []
        for class_name in [spec.class_path[0], *subclasses]:
            fixture = fakes.fixture_for("", class_name)
            if fixture is not None:
                return [], f"{fakes.take(fixture)}.{spec.name}"
    statements = setup_statements(spec, target, fakes)
    return (statements, target.access) if statements is not None else None


def setup_statements(spec: FunctionSpec, target: ImportTarget, fakes: Fakes) -> list[str] | None:
    """What a test runs before calling the function: the target's setup, or, where that could
    not build the instance without fixtures, one built here (`fakes` records the fixtures)."""
    constructors = dict(target.context.constructors) if target.context is not None else {}
    own = constructors.get(spec.class_path[0], ()) if spec.method_kind in ("instance", "property") else ()
    if not target.note and not any(param.name in fakes.offered for param in own):
        return list(target.setup)  # else built here, with the fixture it is named like (`clock=clock`)
    source = target.context.module_source if target.context is not None else ""
    built = build_instance(spec, constructors, fakes, source)
    return [built, *entering(spec)] if built is not None else None


def with_fixture_imports(test: CandidateTest, target: ImportTarget) -> CandidateTest:
    """`test` importing the fixtures of other test modules that it takes (a model's test asks
    for `cart` by name; pytest finds it only once it is imported)."""
    missing = [line for line in target.context.fixture_imports(test.code) if line not in test.imports] \
        if target.context is not None else []
    return replace(test, imports=(*test.imports, *missing)) if missing else test
