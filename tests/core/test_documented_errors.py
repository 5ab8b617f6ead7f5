"""Tests of documented errors: `Raises:` conditions read into calls that must raise."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from testdraft.generate.base import ImportTarget
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.generate.documented_errors import violations_in
from testdraft.parsing.languages import parse_python
from testdraft.pipeline import spec_named, suggest_tests
from testdraft.render.module import merge_tests
from testdraft.spec.docstring import parse_raises
from testdraft.spec.extract import extract_spec, iter_functions
from testdraft.spec.model import Parameter, ParameterKind


def _params(*specs: str) -> tuple[Parameter, ...]:
    """`name:annotation` or `name=default` (keyword-only after a `*`)."""
    params: list[Parameter] = []
    kind = ParameterKind.POSITIONAL
    for text in specs:
        if text == "*":
            kind = ParameterKind.KEYWORD_ONLY
            continue
        name, _, default = text.partition("=")
        name, _, annotation = name.partition(":")
        params.append(Parameter(name, annotation or None, default or None, kind))
    return tuple(params)


@pytest.mark.parametrize(
    ("condition", "params", "expected"),
    [
        ("If ``limit`` is negative.", ("text:str", "limit:int"), [("limit", "-1")]),
        ("If ``size`` is less than 1.", ("size:int",), [("size", "0")]),
        ("If ``step`` is zero.", ("start:float", "step:float"), [("step", "0.0")]),
        ("If ``places`` is outside 0 to 6.", ("places:int",), [("places", "7")]),
        ("If ``values`` is empty, or ``pct`` is below 0, above 100 or not a number.",
         ("values:list[float]", "pct:float"), [("values", "[]"), ("pct", "-0.5"), ("pct", "100.5")]),
        ("If the rate is below 0 or above 1.", ("rate:Decimal",),
         [("rate", 'Decimal("-1")'), ("rate", 'Decimal("2")')]),
        ("If ``name`` is empty or contains a path separator.", ("name:str",), [("name", '""')]),
        ("If ``value`` is NaN or infinite (the window is left unchanged).", ("value:float",),
         [("value", 'float("nan")'), ("value", 'float("inf")')]),
        ("if qty < 1", ("qty=1",), [("qty", "0")]),
        ("If the amount is a float or not a number.", ("amount:int | Decimal",), [("amount", "1.5")]),
        ("if values is empty.", ("values:list[float]",), [("values", "[]")]),
        # A bound that is included raises at the bound itself.
        ("If ``n`` is at least 10.", ("n:int",), [("n", "10")]),
        ("If ``ratio`` is greater than or equal to 1.", ("ratio:float",), [("ratio", "1.0")]),
        ("If ``size`` >= 100 or ``size`` <= 0.", ("size:int",), [("size", "100"), ("size", "0")]),
        ("If ``level`` is at or above 3.", ("level:int",), [("level", "3")]),
        ("If ``count`` is no more than 2.", ("count:int",), [("count", "2")]),  # not "more than 2"
        ("If ``count`` is less than or equal to 0.", ("count:int",), [("count", "0")]),  # and not positive: one
        # Text of the wrong shape: one digit short or too many, a word of no format, another type.
        ("If ``serial`` is not exactly eight digits.", ("serial:str",), [("serial", '"1234567"')]),
        ("If ``code`` is not 1 to 3 digits without a leading zero.", ("code:str",), [("code", '"1234"')]),
        # ... or of the wrong length: one letter short, one too many, past a bound.
        ("If the text is not exactly four characters long or a position holds anything else.", ("text:str",),
         [("text", '"abc"')]),
        ("If ``username`` is not 3 to 32 characters long.", ("username:str",), [("username", '"x" * 33')]),
        ("If ``name`` is empty or longer than 64 characters.", ("name:str",), [("name", '""'), ("name", '"x" * 65')]),
        ("If the label has fewer than 2 characters.", ("label:str",), [("label", '"a"')]),
        ("If ``text`` is not a semantic version.", ("text:str",), [("text", '"nonsense"')]),
        ("If the postcode does not match the format.", ("postcode:str",), [("postcode", '"nonsense"')]),
        ("If ``units`` is not an integer.", ("units:str",), [("units", '"nonsense"')]),
        ("If the date is malformed.", ("date:str",), [("date", '"nonsense"')]),  # a format's word
        ("If ``net`` is not a ``Decimal``.", ("net:Decimal",), [("net", "1.5")]),
        ("If ``length`` is not positive.", ("length:timedelta",), [("length", "datetime.timedelta(seconds=0)")]),
        ("If ``delay`` is negative.", ("delay:timedelta",), [("delay", "datetime.timedelta(seconds=-1)")]),
        # "the value" of a function of one argument is that argument
        ("when the value is not between 1 and 8", ("raw:int | str",), [("raw", "9")]),
    ],
)
def test_conditions_that_name_a_value(condition: str, params: tuple[str, ...],
                                      expected: list[tuple[str, str]]) -> None:
    found = [(v.parameter.name, v.value) for v in violations_in(condition, _params(*params))]
    assert found == expected


@pytest.mark.parametrize(
    ("condition", "params"),
    [
        ("If the window is empty.", ("value:float",)),  # state, not an argument
        ("If the path does not start with ``/``.", ("path:str",)),  # what a text looks like
        ("If the request is empty, the request line does not have three parts", ("text:str",)),
        ("If ``count`` is negative or zero.", ("count:str",)),  # not a number: no numeric value
        ("If ``limit`` is negative and below 5.", ("limit:int",)),  # two readings of one clause
        ("If the invoice has no lines.", ("invoice:Invoice",)),
        ("If the file is not valid JSON.", ("path:Path",)),  # what a file holds is no value of its path
        ("If the label is malformed or fails validation.", ("label:str",)),  # "nonsense" may be a label
        # "units" is no parameter: the clause is not about the line before it
        ("If the line does not have three fields or units is not an integer.", ("line:str",)),
        ("If the value is not between 1 and 8.", ("low:int", "high:int")),  # which value?
    ],
)
def test_conditions_that_name_no_value(condition: str, params: tuple[str, ...]) -> None:
    assert violations_in(condition, _params(*params)) == []


def test_a_bound_may_be_a_constant_the_module_defines() -> None:
    condition = "If ``iterations`` is below ``MIN_ITERATIONS`` or above MAX_ITERATIONS."
    found = violations_in(condition, _params("iterations:int"), {"MIN_ITERATIONS", "MAX_ITERATIONS"})
    assert [(v.value, v.words, v.names) for v in found] == [
        ("MIN_ITERATIONS - 1", "below_min_iterations", ("MIN_ITERATIONS",)),
        ("MAX_ITERATIONS + 1", "above_max_iterations", ("MAX_ITERATIONS",)),
    ]
    # A name the module does not define is no bound: the test would not import.
    assert violations_in(condition, _params("iterations:int"), {"MIN_ITERATIONS"})[1:] == []
    assert violations_in("If ``ratio`` is above ``LIMIT``.", _params("ratio:float"), {"LIMIT"})[0].value == (
        "LIMIT + 0.5")
    # A word after "under" is no bound: the number later in the same clause still is.
    assert [v.value for v in violations_in("If ``n`` is under review and below 5.", _params("n:int"), {"N"})] == ["4"]


def test_more_readings_of_real_docstrings() -> None:
    def read(condition: str, *params: str) -> list[tuple[str, str, str]]:
        return [(v.parameter.name, v.value, v.words) for v in violations_in(condition, _params(*params))]

    # reST emphasis names a parameter; a value typed Any compares like a number.
    assert read("if *ttl* is zero or negative.", "key:Hashable", "ttl:Any") == [
        ("ttl", "0", "zero"), ("ttl", "-1", "negative")]
    assert read("If ``ttl`` is non-positive.", "ttl:float") == [("ttl", "0.0", "not_positive")]
    assert read("If either number is negative.", "count:int", "offset:int=0") == [
        ("count", "-1", "negative"), ("offset", "-1", "negative")]
    assert read("If the handler is not callable.", "pattern:str", "handler:Handler") == [
        ("handler", '"not callable"', "not_callable")]
    # A key of the one mapping the function takes: the empty mapping lacks it.
    assert read("if ``id`` or ``topic`` is missing", "data:dict[str, Any]") == [("data", "{}", "topic_missing")]
    assert read("if ``id`` is missing", "data:dict", "extra:dict") == []  # which mapping?
    # ... and so does a required field no name is given for.
    assert read("If a required field is missing or empty", "row:Mapping[str, Any]", "*", "today:date=None") == [
        ("row", "{}", "required_key_missing")]
    assert read("if the row lacks a required column", "row:dict[str, str]") == [("row", "{}", "required_key_missing")]
    assert read("If a required field is missing", "line:str") == []  # no mapping to leave it out of
    # One item of a list that breaks the rule: a list of just that item.
    assert read("if one of the tags is empty once normalised.", "path:Path", "tags:Iterable[str]=()") == [
        ("tags", '[""]', "one_empty")]
    assert read("If any of ``weights`` is negative.", "weights:tuple[float, ...]") == [
        ("weights", "(-1.0,)", "one_negative")]
    assert read("if one of the expenses was already stored", "expenses:list[Expense]") == []  # state
    assert read("if one of the tags is empty", "tags:str") == []  # no items to hold one
    # "There are no points" is about `points` (not about "there"); nothing left of a text: the empty text.
    assert read("If there are no points.", "points:Iterable[Point]") == [("points", "[]", "empty")]
    assert read("If nothing is left of the tag once normalised.", "tag:str") == [("tag", '""', "empty")]
    # A text that matches none of the names; a value of neither type a function takes.
    assert read("if ``text`` matches no priority.", "text:str") == [("text", '"no-such-text"', "unknown")]
    assert read("If *source* is neither a stream nor a path.", "source:TextIO | str", "delimiter:str=None") == [
        ("source", "object()", "of_another_type")]
    # A text without the mark it needs; "the text" of a function of one argument is that argument.
    assert read("If the line holds no ``<email>``, more than two, or trailing text.", "line:str") == [
        ("line", '"nonsense"', "without_mark")]
    assert read("If ``pair`` contains no ``=``.", "pair:str") == [("pair", '"nonsense"', "without_mark")]
    assert read("If ``name`` contains no ``letters``.", "name:str") == []  # a word may have them
    assert read("if the text does not match the expected form", "value:str") == [("value", '"nonsense"', "malformed")]
    # A file that exists: the test writes it first (`_raising_test`).
    assert read("If the file already exists.", "path:str") == [("path", 'str(tmp_path / "existing.txt")', "exists")]
    assert read("If the file does not exist.", "path:str")[0][2] == "missing"
    assert read("if the file cannot be read.", "path:Path") == [("path", 'tmp_path / "missing.txt"', "missing")]
    assert read("If the label cannot be read.", "label:str") == []  # a text, not a file
    # Fewer items given than needed: zero of them.
    assert read("If fewer than two points are given.", "points:Iterable[Point]") == [("points", "[]", "fewer_than_2")]
    assert read("if no names are given", "names:list[str]", "rng:Random=None") == [("names", "[]", "none_given")]
    assert read("If fewer than two points are given.", "points:str") == []  # a text is no collection of points
    # A count of letters: one short, in the case asked for; a number that is not finite: infinity.
    assert read("If ``currency`` is not three letters.", "currency:str") == [("currency", '"ab"', "wrong_letter_count")]
    assert read("If the currency is not three upper-case letters.", "amount:Decimal", "currency:str=\"EUR\"") == [
        ("currency", '"AB"', "wrong_letter_count")]
    assert read("If ``value`` is not a finite number.", "value:Decimal | int | str") == [
        ("value", 'Decimal("Infinity")', "infinite")]
    assert read("If ``ratio`` is not finite.", "ratio:float") == [("ratio", 'float("inf")', "infinite")]
    # "There is no ``@``" in a function of one text: a word without it; "no task of that name": a name none holds.
    assert read("If there is no ``@``, the angle brackets are unbalanced, or either part fails.", "raw:str") == [
        ("raw", '"nonsense"', "without_mark")]
    assert read("If there is no ``@``.", "raw:str", "domain:str") == []  # which text?
    assert read("when there is none.", "slug:str") == []  # none of what it names: no value of `slug`
    assert read("If no task of that name is scheduled.", "name:str") == [("name", '"no-such-name"', "unknown")]
    assert read("when no book has that id.", "book_id:str") == [("book_id", '"no-such-book_id"', "unknown")]
    assert read("when no book has that id.", "book_id:int") == []  # which number a fresh one lacks: not said
    assert read("If there is no VAT rate for the country.", "net:Decimal", "country:str") == [
        ("country", '"no-such-country"', "unknown")]
    assert read("On an unknown method, or a brace that is not a whole-segment parameter.", "method:str",
                "pattern:str") == [("method", '"no-such-method"', "unknown")]
    assert read("for an unknown column kind.", "column:str") == []  # an unknown kind of it, not it
    assert read("If the text is not a number followed by a unit.", "text:str") == [("text", '"nonsense"', "not_number")]
    assert read("If ``x`` is not a number.", "x") == []  # of a value of any type, text may raise another error
    # "Either scale": each parameter named after the noun; "the price" of `unit_price`.
    assert read("If either scale is unknown.", "from_scale:str", "to_scale:str") == [
        ("from_scale", '"no-such-from_scale"', "unknown"), ("to_scale", '"no-such-to_scale"', "unknown")]
    assert read("If the price is neither a ``Decimal`` nor a string.", "description:str",
                "unit_price:Decimal | str") == [("unit_price", "object()", "of_another_type")]


def test_moments_in_the_wrong_order() -> None:
    params = _params("since:datetime | None=None", "until:datetime | None=None")
    later, earlier = "datetime.datetime(2024, 1, 2, 9, 4, 5)", "datetime.datetime(2024, 1, 2, 3, 4, 5)"
    (found,) = violations_in("If ``since`` is later than ``until``.", params)
    assert (found.parameter.name, found.value, found.others, found.words, found.moments) == (
        "since", later, (("until", earlier),), "later_than_until", True)
    (found,) = violations_in("If ``until`` is before ``since``.", params)
    assert (found.value, found.others) == (earlier, (("since", later),))
    (found,) = violations_in("If ``until`` is not after ``since``.", params)
    assert (found.value, found.others) == (earlier, (("since", earlier),))  # the same moment already raises
    days = _params("start:datetime.date", "end:datetime.date")
    assert [v.value for v in violations_in("When ``end`` precedes ``start``", days)] == ["datetime.date(2024, 1, 2)"]
    # Words that are no parameter of the same kind give nothing: "called before start()".
    assert violations_in("If ``since`` is called before setup.", params) == []
    assert violations_in("If ``limit`` is after ``since``.", _params("limit:int", "since:datetime")) == []


def test_moments_in_the_wrong_order_take_the_zone_their_docstring_asks_for(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "p"\n', encoding="utf-8")
    path = tmp_path / "spans.py"
    path.write_text(textwrap.dedent('''
        import datetime


        def hours_between(start: datetime.datetime, end: datetime.datetime) -> float:
            """Hours from ``start`` to ``end``.

            Args:
                start: a timezone-aware moment.
                end: a timezone-aware moment.

            Raises:
                ValueError: If ``end`` is earlier than ``start``.
            """
            if end < start:
                raise ValueError("end before start")
            return (end - start).total_seconds() / 3600
        '''), encoding="utf-8")
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "hours_between"), [DocstringExamplesGenerator()])
    (test,) = [test for test in suggestion.chosen if not test.is_placeholder]
    assert test.name == "test_hours_between_raises_value_error_when_end_earlier_than_start"
    assert "start=datetime.datetime(2024, 1, 2, 9, 4, 5, tzinfo=datetime.timezone.utc), " \
           "end=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc))" in test.code
    (tmp_path / "test_spans.py").write_text(merge_tests("", [test]).new_text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_spans.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "1 passed" in run.stdout, run.stdout + run.stderr


def test_a_bound_may_be_another_parameter_or_an_included_constant() -> None:
    found = violations_in("If ``low`` is greater than or equal to ``high``.", _params("low:int", "high:float"))
    assert [(v.parameter.name, v.value, v.others, v.words) for v in found] == [
        ("low", "1", (("high", "1.0"),), "at_least_high")]
    found = violations_in("If the start is after the end, or start > end.", _params("start:int", "end:int"))
    assert [(v.value, v.others) for v in found] == [("2", (("end", "1"),))]
    # A word that names no parameter is no bound.
    assert violations_in("If ``low`` is greater than zero.", _params("low:int", "high:int")) == []
    found = violations_in("If ``size`` is at or above ``MAX_SIZE``.", _params("size:int"), {"MAX_SIZE"})
    assert [(v.value, v.names) for v in found] == [("MAX_SIZE", ("MAX_SIZE",))]


def test_raises_entries_of_any_exception_class_name() -> None:
    doc = ("Pay.\n\nRaises:\n    AlreadyPaid: If the invoice is paid.\n"
           "    InvoiceError: If the rate is below 0.\n    Note: not an exception\n")
    assert [r.exception for r in parse_raises(doc)] == ["AlreadyPaid", "InvoiceError"]
    assert parse_raises(doc)[0].condition == "If the invoice is paid."


_MODULE = '''
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path


class StatsError(ValueError):
    pass


class Window:
    def __init__(self, size: int) -> None:
        """A window of the last ``size`` values."""
        self.size = size
        self.values: list[float] = []

    def add(self, value: float) -> None:
        """Add a value.

        Raises:
            StatsError: If ``value`` is negative.
        """
        if value < 0:
            raise StatsError("negative")
        self.values.append(value)


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile of ``values``.

    Raises:
        ValueError: If ``values`` is empty, or ``pct`` is below 0 or above 100.
    """
    if not values or not 0 <= pct <= 100:
        raise ValueError("bad input")
    ordered = sorted(values)
    return ordered[round(pct / 100 * (len(ordered) - 1))]


MIN_ROUNDS = 1000


def stretch(key: bytes, rounds: int) -> bytes:
    """Stretch ``key`` over ``rounds`` rounds.

    Raises:
        ValueError: If ``rounds`` is below ``MIN_ROUNDS``.
    """
    if rounds < MIN_ROUNDS:
        raise ValueError("too few rounds")
    return key


async def fetch(client, limit: int) -> list[str]:
    """Fetch ``limit`` names.

    Raises:
        ValueError: If ``limit`` is negative.
    """
    if limit < 0:
        raise ValueError("negative")
    return []


@contextmanager
def opened(limit: int) -> Iterator[int]:
    """Open ``limit`` slots for the block.

    Raises:
        ValueError: If ``limit`` is negative.
    """
    if limit < 0:
        raise ValueError("negative")
    yield limit


MAX_SIZE = 64


def span(low: int, high: int, size: int = 8) -> range:
    """Numbers from ``low`` to ``high`` in steps of ``size``.

    Raises:
        ValueError: If ``low`` is greater than or equal to ``high``, or ``size`` is at or
            above ``MAX_SIZE``.
    """
    if low >= high or size >= MAX_SIZE:
        raise ValueError("bad span")
    return range(low, high, size)


def countdown(start: int):
    """Count down from ``start`` (no annotation says it is a generator; its body does).

    Raises:
        ValueError: If ``start`` is negative.
    """
    if start < 0:
        raise ValueError("negative")
    yield from range(start, 0, -1)


@asynccontextmanager
async def session(limit: int) -> AsyncIterator[int]:
    """A session of ``limit`` calls.

    Raises:
        ValueError: If ``limit`` is negative.
    """
    if limit < 0:
        raise ValueError("negative")
    yield limit


async def ticks(count: int) -> AsyncIterator[int]:
    """``count`` ticks, one at a time.

    Raises:
        ValueError: If ``count`` is negative.
    """
    if count < 0:
        raise ValueError("negative")
    for tick in range(count):
        yield tick


def save(path: Path, text: str, *, overwrite: bool = True) -> None:
    """Write ``text`` to ``path``.

    Raises:
        FileExistsError: If ``path`` exists and ``overwrite`` is false.
    """
    if path.exists() and not overwrite:
        raise FileExistsError(path)
    path.write_text(text)


def any_matches(name: str, *patterns: str) -> bool:
    """Tell whether ``name`` holds one of the patterns.

    :raises ValueError: if no pattern is
        given.
    """
    if not patterns:
        raise ValueError("no pattern")
    return any(pattern in name for pattern in patterns)


def path_length(points: list[tuple[float, float]]) -> float:
    """The length of the path through ``points``.

    Raises:
        ValueError: If fewer than two points are given.
    """
    if len(points) < 2:
        raise ValueError("a path needs two points")
    return sum(abs(b[0] - a[0]) + abs(b[1] - a[1]) for a, b in zip(points, points[1:]))
'''


def _target(spec_name: str, class_name: str = "") -> ImportTarget:
    if class_name:
        return ImportTarget("stats", class_name, f"from stats import {class_name}", "instance." + spec_name, ".",
                            setup=(f"instance = {class_name}(size=3)",))
    return ImportTarget.plain("stats", spec_name)


def test_generated_tests_raise_on_the_implementation_and_fail_on_a_stub(tmp_path: Path) -> None:
    (tmp_path / "stats.py").write_text(_MODULE, encoding="utf-8")
    tests = []
    for node in iter_functions(parse_python(_MODULE.encode())):
        spec = extract_spec(node)
        if not spec.raises:
            continue
        target = _target(spec.name, spec.class_path[0] if spec.class_path else "")
        tests += list(DocstringExamplesGenerator().generate(spec, target))
    names = [test.name for test in tests]
    assert names == [
        "test_window_add_raises_stats_error_when_value_negative",
        "test_percentile_raises_value_error_when_values_empty",
        "test_percentile_raises_value_error_when_pct_below_0",
        "test_stretch_raises_value_error_when_rounds_below_min_rounds",
        "test_fetch_raises_value_error_when_limit_negative",
        "test_opened_raises_value_error_when_limit_negative",
        "test_span_raises_value_error_when_low_at_least_high",
        "test_span_raises_value_error_when_size_at_least_max_size",
        "test_countdown_raises_value_error_when_start_negative",
        "test_session_raises_value_error_when_limit_negative",
        "test_ticks_raises_value_error_when_count_negative",
        "test_save_raises_file_exists_error_when_path_exists",
        "test_any_matches_raises_value_error_when_patterns_none_given",
        "test_path_length_raises_value_error_when_points_fewer_than_2",
    ]
    assert all(test.must_pass and not test.is_placeholder for test in tests)
    assert "asyncio.run(fetch(client=AsyncMock(), limit=-1))" in tests[-10].code
    # A context manager raises when the block is entered, not when it is called.
    assert "    with pytest.raises(ValueError):\n        with opened(limit=-1):\n            pass" in tests[-9].code
    assert "span(low=1, high=1)" in tests[-8].code
    assert "span(low=" in tests[-7].code and "size=MAX_SIZE)" in tests[-7].code
    # A generator raises only once iterated: a plain one in `list()`, an async one in a coroutine.
    assert "        list(countdown(start=-1))" in tests[-6].code
    assert ("    async def entered():\n        async with session(limit=-1) as value:\n            return value\n"
            "    with pytest.raises(ValueError):\n        asyncio.run(entered())") in tests[-5].code
    assert ("    async def collected():\n        return [item async for item in ticks(count=-1)]\n"
            "    with pytest.raises(ValueError):\n        asyncio.run(collected())") in tests[-4].code
    # The file that must exist is written first; the flag the condition names is set.
    assert ('    (tmp_path / "existing.txt").write_text("")\n    with pytest.raises(FileExistsError):\n'
            '        save(path=tmp_path / "existing.txt", text="text", overwrite=False)') in tests[-3].code
    # No pattern given: the call passes none; fewer than two points: none at all.
    assert tests[-2].code.endswith("        any_matches(name=\"text\")")
    assert tests[-1].code.endswith("        path_length(points=[])")
    module = merge_tests("", tests).new_text
    (tmp_path / "test_stats.py").write_text(module, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_stats.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "14 passed" in run.stdout, run.stdout + run.stderr
    # Against functions that raise nothing, every one of them fails: none is vacuous.
    stubbed = re.sub(r"raise \w+Error\(.*\)", "pass", _MODULE)
    (tmp_path / "stats.py").write_text(stubbed, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_stats.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "14 failed" in run.stdout, run.stdout + run.stderr


def test_a_condition_read_as_nothing_keeps_the_todo_skeleton() -> None:
    source = textwrap.dedent('''
        def pop(stack: list[int]) -> int:
            """Pop the top.

            Raises:
                IndexError: If the stack has no items.
            """
            return stack.pop()
        ''')
    spec = extract_spec(next(iter_functions(parse_python(source.encode()))))
    [test] = DocstringExamplesGenerator().generate(spec, ImportTarget.plain("stack", "pop"))
    assert test.is_placeholder and "TODO: choose inputs for which pop raises IndexError" in test.code


def test_a_generator_is_iterated_inside_the_raises_block_and_the_file_is_missing() -> None:
    source = textwrap.dedent('''
        from collections.abc import Iterator
        from pathlib import Path


        def lines(path: Path, limit: int) -> Iterator[str]:
            """The first ``limit`` lines of a file.

            Raises:
                FileNotFoundError: If the file does not exist.
                ValueError: If ``limit`` is negative.
            """
            yield from path.read_text().splitlines()[:limit]
        ''')
    spec = extract_spec(next(iter_functions(parse_python(source.encode()))))
    missing, negative = DocstringExamplesGenerator().generate(spec, ImportTarget.plain("texts", "lines"))
    assert missing.code.splitlines() == [
        "def test_lines_raises_file_not_found_error_when_path_missing(tmp_path):",
        "    with pytest.raises(FileNotFoundError):",
        '        list(lines(path=tmp_path / "missing.txt", limit=1))',
    ]
    assert 'list(lines(path=tmp_path / "path.txt", limit=-1))' in negative.code


def test_the_error_of_an_empty_instance_is_raised_on_one_its_constructor_built(tmp_path: Path) -> None:
    source = textwrap.dedent('''
        class EmptyError(LookupError):
            pass


        class WaitingQueue:
            def __init__(self, name: str) -> None:
                self.name, self.items = name, []

            def pop(self) -> str:
                """The first in line. Raises EmptyError when nobody is waiting."""
                if not self.items:
                    raise EmptyError(self.name)
                return self.items.pop(0)

            @property
            def first(self) -> str:
                """Raises:
                    EmptyError: If the queue is empty.
                """
                if not self.items:
                    raise EmptyError(self.name)
                return self.items[0]


        class Rotation:
            def __init__(self, agents: list[str]) -> None:
                self.agents = list(agents)

            def next(self) -> str:
                """Raises EmptyError if the rotation is empty."""
                if not self.agents:
                    raise EmptyError("nobody")
                return self.agents[0]
        ''')
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "p"\n', encoding="utf-8")
    path = tmp_path / "lines.py"
    path.write_text(source, encoding="utf-8")
    tests = []
    for name in ("WaitingQueue.pop", "WaitingQueue.first", "Rotation.next"):
        suggestion = suggest_tests(path, spec_named(path.read_bytes(), name), [DocstringExamplesGenerator()])
        tests += suggestion.chosen
    codes = [test.code for test in tests if not test.is_placeholder]
    assert codes == [
        "def test_waiting_queue_pop_raises_empty_error_when_empty():\n    instance = WaitingQueue(name=\"text\")\n"
        "    with pytest.raises(EmptyError):\n        instance.pop()",
        "def test_waiting_queue_first_raises_empty_error_when_empty():\n    instance = WaitingQueue(name=\"text\")\n"
        "    with pytest.raises(EmptyError):\n        instance.first",
    ]  # a Rotation built with one stand-in agent is not empty: no test for it
    (tmp_path / "test_lines.py").write_text(merge_tests("", tests).new_text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_lines.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "2 passed" in run.stdout, run.stdout + run.stderr


def test_a_name_an_instance_does_not_hold_is_unknown_and_no_other_error_is_tested_with_one(tmp_path: Path) -> None:
    module = textwrap.dedent('''\
        class UnknownStudentError(KeyError):
            pass


        class Gradebook:
            def __init__(self) -> None:
                self.grades: dict[str, list[float]] = {}

            def add_grade(self, student_id: str, score: float) -> None:
                """Record a grade.

                Raises:
                    UnknownStudentError: If the student is not in the gradebook.
                    ValueError: If the score is outside 0..100.
                """
                if student_id not in self.grades:
                    raise UnknownStudentError(student_id)
                if not 0 <= score <= 100:
                    raise ValueError(score)
                self.grades[student_id].append(score)
        ''')
    (tmp_path / "book.py").write_text(module, encoding="utf-8")
    (node,) = [n for n in iter_functions(parse_python(module.encode())) if extract_spec(n).name == "add_grade"]
    target = ImportTarget("book", "Gradebook", "from book import Gradebook", "instance.add_grade", ".",
                          setup=("instance = Gradebook()",))
    tests = list(DocstringExamplesGenerator().generate(extract_spec(node), target))
    # A score out of range would be tested with a student the gradebook does not hold, which raises
    # first: that error stays a skipped skeleton.
    assert [(test.name, test.is_placeholder) for test in tests] == [
        ("test_gradebook_add_grade_raises_unknown_student_error_when_student_id_unknown", False),
        ("test_gradebook_add_grade_raises_value_error", True)]
    assert 'instance.add_grade(student_id="no-such-student_id", score=1.5)' in tests[0].code
    (tmp_path / "test_book.py").write_text(merge_tests("", tests[:1]).new_text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_book.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "1 passed" in run.stdout, run.stdout + run.stderr


def test_a_raising_test_asks_only_for_the_fixtures_it_uses(tmp_path: Path) -> None:
    # The stand-in for `points` would be `[origin]`, the project's fixture; the documented error
    # replaces it with `[]`, so the test must not ask for `origin` any more.
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "p"\n', encoding="utf-8")
    (tmp_path / "geo.py").write_text(textwrap.dedent('''\
        from dataclasses import dataclass


        @dataclass
        class Point:
            x: float
            y: float


        def path_length(points: list[Point]) -> float:
            """The length of the path through ``points``.

            Raises:
                ValueError: If fewer than two points are given.
            """
            if len(points) < 2:
                raise ValueError("a path needs two points")
            return sum(abs(b.x - a.x) + abs(b.y - a.y) for a, b in zip(points, points[1:]))
        '''), encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "conftest.py").write_text(
        "import pytest\n\nfrom geo import Point\n\n\n@pytest.fixture\ndef origin() -> Point:\n    return Point(0, 0)\n",
        encoding="utf-8")
    path = tmp_path / "geo.py"
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "path_length"), [DocstringExamplesGenerator()])
    (test,) = [test for test in suggestion.chosen if not test.is_placeholder]
    assert test.code.startswith("def test_path_length_raises_value_error_when_points_fewer_than_2():\n"), test.code
