"""Characterization mode: proposed inputs, values from running the implementation (real sandbox)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import run_suggest, write_files

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.characterize import _MARK, LABEL, CharacterizationGenerator, _observations, proposers_for
from testdraft.generate.fakes import used_as
from testdraft.pipeline import spec_named, suggest_tests
from testdraft.spec.model import FunctionSpec

SOURCE = '''
class BadInput(ValueError):
    """Input the parser refuses."""


def parse_qty(text: str, limit: int = 10) -> int:
    """The quantity in `text`, at most `limit`. Raises BadInput when it is not a number."""
    if not text.strip().isdigit():
        raise BadInput(text)
    return min(int(text), limit)


def later(text: str) -> int:
    """Not written yet."""
    raise NotImplementedError
'''


class Proposes(Generator):
    """Stands for the model: proposes the tests given (each imports `imports`, then the target)."""

    name = "model"
    sampled = True

    def __init__(self, *codes: str, imports: tuple[str, ...] = ()) -> None:
        self.codes, self.imports = codes, imports

    def generate(self, spec: FunctionSpec, target: ImportTarget,
                 cancel: CancelToken = NEVER_CANCELLED) -> Iterator[CandidateTest]:
        for code in self.codes:
            name = code.removeprefix("def ").split("(", 1)[0]
            yield CandidateTest(name, code, (*self.imports, target.import_line), origin="model",
                                asserts=code.count("assert "))


def wrong_guesses() -> Proposes:
    """Inputs with wrong expected values, as a model might propose."""
    return Proposes("def test_parse_guess():\n    assert parse_qty('7') == 999\n    assert parse_qty('50', 20) == 0\n"
                    "    assert parse_qty('x') == 1\n")


def module_in_project(folder: Path, name: str, source: str) -> Path:
    """`folder/name.py` holding `source`, in a project of its own; its path."""
    (folder / "pyproject.toml").write_text('[project]\nname = "p"\n', encoding="utf-8")
    path = folder / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return module_in_project(tmp_path, "qty", SOURCE).parent


def test_values_come_from_the_implementation(project: Path) -> None:
    path = project / "qty.py"
    spec = spec_named(path.read_bytes(), "parse_qty")
    generator = CharacterizationGenerator([wrong_guesses()])
    suggestion = suggest_tests(path, spec, [generator])
    code = suggestion.code
    assert LABEL.format(name="parse_qty") in code
    pinned = next(test.code for test in suggestion.candidates if test.origin == "characterize")
    assert "assert parse_qty('7') == 7" in pinned and "assert parse_qty('50', 20) == 20" in pinned
    assert "assert parse_qty('7') == 7" in code  # ranking keeps the units that add coverage
    assert "with pytest.raises(BadInput):\n        parse_qty('x')" in code  # the module's own error
    assert "from qty import BadInput" in code and "999" not in code
    suggestion.test_file.parent.mkdir(parents=True, exist_ok=True)
    suggestion.test_file.write_text(code, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=project, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


def test_boundary_inputs_without_a_model(project: Path) -> None:
    path = project / "qty.py"
    spec = spec_named(path.read_bytes(), "parse_qty")
    suggestion = suggest_tests(path, spec, [CharacterizationGenerator(proposers_for([]))])
    chosen = [test for test in suggestion.chosen if test.origin == "characterize"]
    assert chosen and all(LABEL.format(name="parse_qty") in test.code for test in chosen)
    assert any("pytest.raises(BadInput)" in test.code for test in chosen)  # "text" is not a number


def test_nothing_comes_from_execution_in_tdd_mode(project: Path) -> None:
    path = project / "qty.py"
    spec = spec_named(path.read_bytes(), "later")
    generator = CharacterizationGenerator([wrong_guesses()])
    suggestion = suggest_tests(path, spec, [generator])
    assert all(test.is_placeholder for test in suggestion.chosen)
    assert generator.notes == ["later has no body: nothing to characterize (TDD mode)"]


def test_cli_mode_characterize(project: Path) -> None:
    def suggest(*args: str) -> subprocess.CompletedProcess[str]:
        return run_suggest(project, *args)

    written = suggest("qty.py::parse_qty", "--mode", "characterize", "--write")
    assert written.returncode == 0, written.stderr
    code = (project / "tests" / "test_qty.py").read_text(encoding="utf-8")
    assert "Characterization test" in code
    refused = suggest("qty.py::later", "--mode", "characterize")
    assert refused.returncode == 2 and "nothing to characterize" in refused.stderr


RICH_VALUES = '''
import datetime
import enum
from dataclasses import dataclass
from pathlib import Path


class Level(enum.Enum):
    LOW = "low"
    HIGH = "high"


@dataclass
class Reading:
    level: Level
    at: datetime.date


def read(text: str, folder: Path) -> object:
    """What `text` names, built from it."""
    if text == "when":
        return datetime.datetime(2024, 5, 1, 12, 30)
    if text == "level":
        return [Level.HIGH, Level.LOW]
    if text == "reading":
        return Reading(Level.LOW, datetime.date(2024, 5, 1))
    if text == "path":
        return folder / "out" / "a.txt"
    return list(range(100))
'''


def test_values_that_need_imports_names_or_the_tests_folder_are_pinned(tmp_path: Path) -> None:
    path = module_in_project(tmp_path, "readings", RICH_VALUES)
    spec = spec_named(path.read_bytes(), "read")
    # Calls whose values print back only with help (imports, names, a folder).
    proposals = Proposes(*(f"def test_read_{word}(tmp_path):\n    assert read({word!r}, tmp_path) == 0\n"
                           for word in ("when", "level", "reading", "path", "many")))
    generator = CharacterizationGenerator([proposals])
    suggestion = suggest_tests(path, spec, [generator])
    pinned = {test.name: test for test in suggestion.candidates if test.origin == "characterize"}
    when = pinned["test_characterize_read_when"]
    assert "== datetime.datetime(2024, 5, 1, 12, 30)" in when.code and "import datetime" in when.imports
    level = pinned["test_characterize_read_level"]
    assert "== [Level.HIGH, Level.LOW]" in level.code and "from readings import Level" in level.imports
    reading = pinned["test_characterize_read_reading"]
    assert "== Reading(level=Level.LOW, at=datetime.date(2024, 5, 1))" in reading.code
    assert {"import datetime", "from readings import Reading", "from readings import Level"} <= set(reading.imports)
    assert "== tmp_path / 'out/a.txt'" in pinned["test_characterize_read_path"].code
    assert "assert len(read('many', tmp_path)) == 100" in pinned["test_characterize_read_many"].code
    module = "\n".join([*dict.fromkeys(i for t in pinned.values() for i in ("import pytest", *t.imports)), "",
                        *(t.code + "\n" for t in pinned.values())])
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_readings.py").write_text(module, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "5 passed" in run.stdout, run.stdout + run.stderr


def test_a_test_that_pins_nothing_says_why(project: Path) -> None:
    fails_first = Proposes("def test_parse_setup():\n    text = undefined_helper()\n    assert parse_qty(text) == 1\n",
                           "def test_parse_only_calls():\n    parse_qty('7')\n")  # runs to its end, checks nothing
    path = project / "qty.py"
    generator = CharacterizationGenerator([fails_first])
    suggest_tests(path, spec_named(path.read_bytes(), "parse_qty"), [generator])
    notes = [item.note for item in generator.dropped]
    assert any("failed before its checks: NameError" in note and "undefined_helper" in note for note in notes), notes
    assert any("test_parse_only_calls" in note and "it has no assert whose value could be pinned" in note
               for note in notes), notes


def test_an_expected_error_is_checked_against_what_the_code_does(project: Path) -> None:
    expects_errors = Proposes("def test_parse_errors():\n    with pytest.raises(ValueError):\n        parse_qty('x')\n"
                              "    with pytest.raises(TypeError):\n        parse_qty('12')\n",
                              imports=("import pytest",))
    path = project / "qty.py"
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "parse_qty"),
                               [CharacterizationGenerator([expects_errors])])
    pinned = next(test.code for test in suggestion.candidates if test.origin == "characterize")
    assert "with pytest.raises(BadInput):\n        parse_qty('x')" in pinned  # the error it really raises
    assert "assert parse_qty('12') == 10" in pinned and "TypeError" not in pinned  # it returns


STATEFUL = '''
import time


class Counter:
    """Counts words; `clock` stamps the last change."""

    def __init__(self, clock=time.monotonic) -> None:
        self.clock = clock
        self.counts: dict[str, int] = {}
        self.changed_at = 0.0

    def add(self, word: str) -> None:
        """Counts `word` once more."""
        self.counts[word] = self.counts.get(word, 0) + 1
        self.changed_at = 1.0
'''


def test_a_method_that_only_mutates_has_the_state_it_leaves_pinned(tmp_path: Path) -> None:
    path = module_in_project(tmp_path, "counting", STATEFUL)
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "Counter.add"),
                               [CharacterizationGenerator(proposers_for([]))])
    codes = [test.code for test in suggestion.candidates if test.origin == "characterize"]
    # The clock does not print back; the counts and the stamp do, one by one.
    assert any("assert instance.counts == {'Hello, World': 1}" in code and "assert instance.changed_at == 1.0"
               in code for code in codes), codes
    assert not any("instance.clock" in code for code in codes)
    # Inserted one check a test, each state check keeps the call that changed the state.
    inserted = suggestion.code.split("\n\n\ndef ")[1:]
    kept = "    instance.add(word='text')\n    assert instance.counts =="
    assert any(kept in test for test in inserted), suggestion.code


def test_a_call_that_raises_before_the_checks_is_pinned_as_the_error(project: Path) -> None:
    binds_first = Proposes("def test_parse_words():\n    text = 'x'\n    result = parse_qty(text)\n"
                           "    assert result == 1\n    assert result > 0\n")
    path = project / "qty.py"
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "parse_qty"),
                               [CharacterizationGenerator([binds_first])])
    pinned = next(test for test in suggestion.candidates if test.origin == "characterize")
    assert pinned.code.endswith("text = 'x'\n    with pytest.raises(BadInput):\n        parse_qty(text)"), pinned.code
    assert "from qty import BadInput" in pinned.imports and "result" not in pinned.code


COLLABORATOR = '''
async def push(api, titles: list[str]) -> int:
    """Sends each title to `api`; how many it sent."""
    for title in titles:
        await api.post("/notes", json={"title": title})
    return len(titles)
'''


def test_the_calls_a_mock_received_are_pinned(tmp_path: Path) -> None:
    uses_a_mock = Proposes("def test_push_sends():\n    api = AsyncMock()\n"
                           "    assert asyncio.run(push(api, ['a', 'b'])) == 0\n",
                           imports=("import asyncio", "from unittest.mock import AsyncMock"))
    path = module_in_project(tmp_path, "pushing", COLLABORATOR)
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "push"), [CharacterizationGenerator([uses_a_mock])])
    pinned = next(test for test in suggestion.candidates if test.origin == "characterize" and "mock_calls" in test.code)
    assert ("assert api.mock_calls == [call.post('/notes', json={'title': 'a'}), "
            "call.post('/notes', json={'title': 'b'})]") in pinned.code, pinned.code
    assert "from unittest.mock import call" in pinned.imports


def test_boundary_calls_name_their_mocks_so_their_calls_are_pinned(tmp_path: Path) -> None:
    typed = COLLABORATOR.replace("(api, titles", "(api: NotesApi, titles").replace(
        "async def", "class NotesApi:\n    async def post(self, path, json): ...\n\n\nasync def", 1)
    path = module_in_project(tmp_path, "pushing", typed)
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "push"),
                               [CharacterizationGenerator(proposers_for([]))])
    codes = [test.code for test in suggestion.candidates if test.origin == "characterize"]
    assert any("api = " in code and "Mock(" in code and "assert api.mock_calls == [call.post(" in code
               for code in codes), codes
    # Inserted with the call before its checks, so the check of the mock's calls stands alone.
    assert "    asyncio.run(push(api=api, titles=['text']))\n    assert api.mock_calls" in suggestion.code


LOGS = '''
from collections.abc import AsyncIterator
from pathlib import Path


async def levels(source: AsyncIterator[str]) -> list[str]:
    """The level of each line that has one.

    Args:
        source: The lines, for instance from a socket reader.
    """
    found = []
    async for line in source:
        if ":" in line:
            found.append(line.split(":", 1)[0].strip())
    return found


def count_lines(path: Path) -> int:
    """How many lines of the log file are not comments.

    Args:
        path: The log file.
    """
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if not line.startswith("#"))
'''
LOGS_CONFTEST = '''
import pytest


class FakeReader:
    def __init__(self, lines):
        self.lines = list(lines)

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.lines:
            raise StopAsyncIteration
        return self.lines.pop(0)


@pytest.fixture
def sample_lines() -> list[str]:
    return ["# rotated", "WARN: disk", "INFO: up"]


@pytest.fixture
def reader(sample_lines) -> FakeReader:
    return FakeReader(sample_lines)


@pytest.fixture
def log_file(tmp_path, sample_lines):
    path = tmp_path / "worker.log"
    path.write_text("\\n".join(sample_lines) + "\\n", encoding="utf-8")
    return path
'''


@pytest.mark.parametrize(("function", "pinned"), [
    # Named neither `path` nor `source`: the fixtures fit by what the parameters are said to be.
    ("count_lines", "assert count_lines(path=log_file) == 2"),
    ("levels", "assert asyncio.run(levels(source=reader)) == ['WARN', 'INFO']"),
])
def test_boundary_inputs_take_the_project_fixture_a_parameter_is_said_to_be(
        tmp_path: Path, function: str, pinned: str) -> None:
    codes = boundary_pins(tmp_path, "logs", LOGS, LOGS_CONFTEST, function)
    assert any(pinned in code for code in codes), codes


def boundary_pins(folder: Path, name: str, source: str, conftest: str, function: str) -> list[str]:
    """The characterization tests that boundary inputs alone give for `function` of a module
    `name` holding `source`, in a project whose tests/conftest.py holds `conftest`."""
    path = module_in_project(folder, name, source)
    (folder / "tests").mkdir()
    (folder / "tests" / "conftest.py").write_text(conftest, encoding="utf-8")
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), function),
                               [CharacterizationGenerator(proposers_for([]))])
    return [test.code for test in suggestion.candidates if test.origin == "characterize"]


SHELF = '''
from collections.abc import Iterator


class Shelf:
    def __init__(self) -> None:
        self.books: dict[str, int] = {}

    def add(self, title: str, pages: int) -> None:
        self.books[title] = pages

    def longest(self) -> str | None:
        """The title with the most pages, None for an empty shelf."""
        return max(self.books, key=self.books.__getitem__) if self.books else None


def countdown(start: int) -> Iterator[int]:
    """Yields start, start - 1, ... 1; a negative start raises ValueError once iterated."""
    if start < 0:
        raise ValueError(start)
    while start > 0:
        yield start
        start -= 1


def half(value: float) -> float:
    return value / 2
'''


def test_a_method_of_a_container_runs_on_an_instance_holding_one_item(tmp_path: Path) -> None:
    path = module_in_project(tmp_path, "shelf", SHELF)
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "Shelf.longest"),
                               [CharacterizationGenerator(proposers_for([]))])
    # On the empty shelf it gives None, which a stub gives too: only the filled shelf tells.
    assert "instance.add(title='text', pages=1)\n    result = instance.longest()\n    assert result == 'text'" \
        in suggestion.code, suggestion.code


def test_a_generator_is_pinned_by_what_it_yields_or_raises(tmp_path: Path) -> None:
    path = module_in_project(tmp_path, "shelf", SHELF)
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "countdown"),
                               [CharacterizationGenerator(proposers_for([]))])
    codes = [test.code for test in suggestion.candidates if test.origin == "characterize"]
    assert any("assert list(countdown(start=1)) == [1]" in code for code in codes), codes
    assert any("with pytest.raises(ValueError):\n        list(countdown(start=-1))" in code for code in codes), codes


def test_an_approx_around_the_call_is_seen_through(tmp_path: Path) -> None:
    path = module_in_project(tmp_path, "shelf", SHELF)
    approximate = Proposes("def test_half():\n    assert pytest.approx(half(3.0)) == 1.0\n", imports=("import pytest",))
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "half"),
                               [CharacterizationGenerator([approximate])])
    pinned = next(test.code for test in suggestion.candidates if test.origin == "characterize")
    assert "assert half(3.0) == pytest.approx(1.5)" in pinned, pinned


BAG = '''
class Bag:
    def __init__(self) -> None:
        self.items: list[str] = []

    def put(self, item: str) -> None:
        if not item.strip():
            raise ValueError("blank")
        self.items.append(item)
'''


def test_a_check_that_passes_against_a_stub_does_not_crowd_out_one_that_can_fail(tmp_path: Path) -> None:
    path = module_in_project(tmp_path, "bag", BAG)
    proposal = Proposes("def test_put():\n    bag = Bag()\n    result = bag.put('x')\n    assert result is None\n"
                        "    assert bag.items == ['x']\n", imports=("from bag import Bag",))
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "Bag.put"), [proposal])
    # `result is None` kills what the other check kills (a put that raises) and passes against
    # a stub: chosen first, it made the state check redundant, then went itself.
    assert "    bag.put('x')\n    assert bag.items == ['x']" in suggestion.code, suggestion.code


CODEC = '''
def encode(text: str) -> str:
    return "v1:" + text[::-1]


def decode(token: str) -> str:
    """The text of a token made by encode."""
    if not token.startswith("v1:"):
        raise ValueError(token)
    return token[3:][::-1]
'''


def test_an_argument_is_made_by_the_function_the_docstring_names(tmp_path: Path) -> None:
    path = module_in_project(tmp_path, "codec", CODEC)
    names_a_helper = Proposes("def test_decode_helper():\n    assert decode(missing_helper()) == 'x'\n")
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "decode"),
                               [CharacterizationGenerator(proposers_for([names_a_helper]))])
    assert "assert decode(token=encode(text='text')) == 'text'" in suggestion.code, suggestion.code
    assert "from codec import encode" in suggestion.code
    # A test that names what does not exist has a bug of its own: its NameError is never pinned.
    assert "NameError" not in suggestion.code


FILES = '''
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Invoice:
    number: str
    cents: int


def total(invoices: list[Invoice]) -> int:
    return sum(invoice.cents for invoice in invoices)


def first_line(path: Path) -> str:
    return path.read_text(encoding="utf-8").splitlines()[0]


def where(filename: str) -> str:
    return filename
'''
FILES_CONFTEST = '''
import pytest
from files import Invoice


@pytest.fixture
def invoice() -> Invoice:
    return Invoice("A-1", 250)
'''


@pytest.mark.parametrize(("function", "pinned"), [
    ("total", "assert total(invoices=[invoice]) == 250"),  # the fixture gives one item of the list
    ("first_line", "(tmp_path / 'path.txt').write_text('line 1\\nline 2\\n')\n    assert first_line(path=tmp_path / "
                   "'path.txt') == 'line 1'"),  # a file to read, not only one that does not exist
    ("where", "assert where(filename=str(tmp_path / 'filename.txt')) == str(tmp_path / 'filename.txt')"),
])
def test_boundary_inputs_for_lists_of_a_fixture_files_to_read_and_paths_as_text(
        tmp_path: Path, function: str, pinned: str) -> None:
    codes = boundary_pins(tmp_path, "files", FILES, FILES_CONFTEST, function)
    assert any(pinned in code for code in codes), codes


KINDS = '''
import datetime
from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum


class Tier(Enum):
    STUDENT = "student"
    STAFF = "staff"

    @property
    def limit(self) -> int:
        return {"student": 5, "staff": 15}[self.value]


def hours(delta: datetime.timedelta) -> int:
    return int(delta.total_seconds() // 3600)


def fill(template: str, /, **values: str) -> str:
    return template.format(**values)


@dataclass
class Letter:
    to: str


class Tray:
    def __init__(self) -> None:
        self.letters: list[Letter] = []

    def put(self, letter: Letter) -> int:
        self.letters.append(letter)
        return len(self.letters)


def count_letters(by_name: dict[str, Letter]) -> int:
    return len(by_name)


@dataclass
class Point:
    x: int
    y: int

    @classmethod
    def from_dict(cls, data: dict) -> "Point":
        return cls(int(data["x"]), int(data["y"]))


class Pricing(ABC):
    @abstractmethod
    def rate(self) -> int: ...

    def cost(self, units: int) -> int:
        return units * self.rate()


class Flat(Pricing):
    def __init__(self, *, base: int) -> None:
        self.base = base

    def rate(self) -> int:
        return self.base + 2
'''
KINDS_CONFTEST = '''
import pytest
from kinds import Letter


@pytest.fixture
def make_letter():
    def factory(to: str = "ann"):
        return Letter(to)

    return factory
'''


@pytest.mark.parametrize(("function", "pinned"), [
    ("Tier.limit", "instance = Tier.STUDENT\n    assert instance.limit == 5"),  # an enum's instance is a member
    ("hours", "assert hours(delta=datetime.timedelta(hours=1, minutes=30)) == 1"),  # not a Mock
    ("fill", "assert fill('text') == 'text'"),  # `template=` would raise TypeError
    ("Tray.put", "instance.put(letter=make_letter())"),  # a factory fixture is called
    ("count_letters", "count_letters(by_name={'text': make_letter()}) == 1"),  # one value of a mapping
    ("Point.from_dict", "Point.from_dict(data={'x': 1, 'y': 1}) == Point(x=1, y=1)"),  # not only `{}`
    ("Pricing.cost", "instance = Flat(base=1)\n    result = instance.cost(units=100)\n    assert result == 300"),
])
def test_boundary_inputs_for_enums_durations_positional_only_factories_and_abstract_classes(
        tmp_path: Path, function: str, pinned: str) -> None:
    codes = boundary_pins(tmp_path, "kinds", KINDS, KINDS_CONFTEST, function)
    assert any(pinned in code for code in codes), codes


STREAMS = '''
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO


@contextmanager
def section(stream: TextIO, title: str) -> Iterator[TextIO]:
    stream.write(f"[{title}]\\n")
    yield stream
    stream.write("[end]\\n")


def write_total(stream: TextIO, total: int) -> None:
    stream.write(f"total={total}\\n")
'''


@pytest.mark.parametrize(("function", "pinned"), [
    # Entered, then what it wrote is pinned (before: a _GeneratorContextManager, nothing to pin).
    ("section", r"stream = io.StringIO\(\)\n    with section\(stream=stream, title='text'\):\n        pass\n"
                r"    assert stream.getvalue\(\) == '\[text\]\\n\[end\]\\n'"),
    # What a writer wrote, on an empty stream (text already there would be overwritten).
    ("write_total", r"stream = io.StringIO\(\)\n.*write_total\(stream=stream, total=\d+\)\n.*"
                    r"assert stream.getvalue\(\) == 'total=\d+\\n'\n"),
])
def test_what_a_function_writes_to_a_stream_is_pinned_and_a_context_manager_is_entered(
        tmp_path: Path, function: str, pinned: str) -> None:
    codes = boundary_pins(tmp_path, "streams", STREAMS, "", function)
    assert any(re.search(pinned, code + "\n", re.DOTALL) for code in codes), codes


def test_an_error_that_another_module_defines_is_pinned_with_its_import(tmp_path: Path) -> None:
    (tmp_path / "codes.py").write_text(
        "class BadCode(ValueError):\n    pass\n\n\ndef check(code: str) -> str:\n"
        "    if not code.isdigit():\n        raise BadCode(code)\n    return code\n", encoding="utf-8")
    path = module_in_project(tmp_path, "ops", "from codes import check\n\n\ndef lookup(code: str) -> int:\n"
                                              "    return int(check(code))\n")
    suggestion = suggest_tests(path, spec_named(path.read_bytes(), "lookup"),
                               [CharacterizationGenerator(proposers_for([]))])
    # Before: "raised BadCode, which the test cannot import" (the module under test never names it).
    assert "from codes import BadCode" in suggestion.code, suggestion.code
    assert "with pytest.raises(BadCode):\n        lookup(code='text')" in suggestion.code
    (tmp_path / "test_ops.py").write_text(suggestion.code, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_ops.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr


DESK = '''
import datetime
from collections.abc import Callable
from enum import Enum
from typing import NamedTuple


class Level(Enum):
    LOW = 1
    HIGH = 2


class Reading(NamedTuple):
    station: str
    value: float


class Case:
    def __init__(self, title: str, level: Level) -> None:
        self.title, self.level = title, level
        self.opened = datetime.datetime.now()


def urgent(level: Level) -> bool:
    return level is Level.HIGH


def peak(readings: list[Reading]) -> float:
    return max(reading.value for reading in readings)


def title_of(case: Case) -> str:
    """The case's title, as of the time it was opened."""
    return case.title.upper()


def opened(case: Case) -> datetime.datetime:
    return case.opened


class Desk:
    def __init__(self, clock: Callable[[], datetime.datetime] | None = None) -> None:
        self.clock = clock or datetime.datetime.now

    def stamp(self, note: str) -> str:
        return f"{self.clock():%Y-%m-%d} {note}"

    @staticmethod
    def week(day: datetime.date) -> int:
        return day.isocalendar()[1]
'''
DESK_CONFTEST = '''
import datetime

import pytest
from desk import Case, Level


@pytest.fixture
def cases():
    return [Case("a", Level.LOW)]


@pytest.fixture
def opened_time():
    return datetime.datetime(2024, 5, 6)


@pytest.fixture
def clock():
    return lambda: datetime.datetime(2024, 5, 6)
'''


@pytest.mark.parametrize(("function", "pinned"), [
    ("urgent", "assert urgent(level=Level.LOW) is False"),  # an enum member, not a Mock
    # A NamedTuple's fields.
    ("peak", "assert peak(readings=[Reading(station='text', value=1.5)]) == pytest.approx(1.5)"),
    # Neither `cases` (a list) nor `opened_time` ("the time it was opened") stands for one Case.
    ("title_of", "assert title_of(case=Case(title='text', level=Level.LOW)) == 'TEXT'"),
    ("Desk.stamp", "instance = Desk(clock=clock)\n"),  # the project's clock, not the real time
    ("Desk.week", "assert Desk.week(day=datetime.date(2024, 1, 2)) == 1"),  # no instance for a staticmethod
])
def test_boundary_inputs_for_enum_members_named_tuples_single_objects_and_an_injected_clock(
        tmp_path: Path, function: str, pinned: str) -> None:
    codes = boundary_pins(tmp_path, "desk", DESK, DESK_CONFTEST, function)
    assert any(pinned in code for code in codes), codes


def test_a_time_read_from_the_clock_is_not_pinned() -> None:
    # `deadline - datetime.now()` to the microsecond: pinned, the test fails on its next run
    # (it passed the ranking's own run once, by the chance of equal microseconds).
    entries = [{"i": 0, "repr": "datetime.timedelta(seconds=86399, microseconds=999961)", "exact": True},
               {"i": 1, "repr": "datetime.datetime(2026, 12, 5, 6, 28, 20, 415978)", "exact": True},
               {"i": 2, "repr": "datetime.timedelta(seconds=5400)", "exact": True},
               # an object's address differs per run too
               {"i": 3, "repr": "'<object object at 0x7f9f7a34ea80>'", "exact": True},
               {"i": 4, "repr": "\"failed: <Mock id='140312'>\"", "exact": True}]
    seen = _observations(f"AssertionError: {_MARK}{json.dumps(entries)}")
    assert seen is not None
    assert [item.value for item in seen] == [None, None, "datetime.timedelta(seconds=5400)", None, None]


FORMATS = '''
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit


class BadAddress(ValueError):
    pass


def domain_of(email: str) -> str:
    """The domain of an e-mail address."""
    local, at, domain = email.partition("@")
    if not (local and at and "." in domain):
        raise BadAddress(email)
    return domain


def host_of(feed_url: str) -> str:
    parts = urlsplit(feed_url)
    if parts.scheme not in ("http", "https"):
        raise BadAddress(feed_url)
    return parts.hostname


def year_of(pub_date: str) -> int:
    return parsedate_to_datetime(pub_date).year


def month_of(value: str | None, default: int = 1) -> int:
    """The month of an RSS (RFC 822) date, or `default` where there is none.

    Args:
        value: The text of a ``pubDate`` element.
    """
    return parsedate_to_datetime(value).month if value else default


def weekday_of(shipped: str) -> int:
    """The weekday a parcel left.

    Args:
        shipped: ISO 8601 date when the parcel left the depot.
    """
    return date.fromisoformat(shipped).weekday()


def digit_sum(serial: str) -> int:
    """:param serial: the eight digits of the serial number.
    :raises ValueError: if it is not eight digits."""
    if len(serial) != 8 or not serial.isdigit():
        raise ValueError(serial)
    return sum(int(digit) for digit in serial)


def level(raw: int | str, cap: int | None = None) -> int:
    value = int(raw)
    if not 1 <= value <= 8:
        raise ValueError(raw)
    return value if cap is None else min(value, cap)


@asynccontextmanager
async def opened(limit: int) -> AsyncIterator[list[int]]:
    """Slots for the block.

    Raises:
        ValueError: If ``limit`` is negative.
    """
    if limit < 0:
        raise ValueError(limit)
    yield list(range(limit))


async def pages(size: int) -> AsyncIterator[list[int]]:
    """The numbers below 3, `size` at a time."""
    if size < 1:
        raise ValueError(size)
    batch = []
    for number in range(3):
        batch.append(number)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
'''


@pytest.mark.parametrize(("function", "pinned"), [
    # Text of the format its name says: "text" stopped every call at the first check.
    ("domain_of", "assert domain_of(email='alice@example.com') == 'example.com'"),
    ("host_of", "assert host_of(feed_url='https://example.com/news/item?id=42') == 'example.com'"),
    ("year_of", "assert year_of(pub_date='Fri, 15 Mar 2024 10:30:00 +0000') == 2024"),
    # or of the format its description says, or the summary of its one text argument
    ("month_of", "assert month_of(value='Fri, 15 Mar 2024 10:30:00 +0000') == 3"),
    ("weekday_of", "assert weekday_of(shipped='2024-03-15') == 4"),
    ("digit_sum", "assert digit_sum(serial='12345678') == 36"),
])
def test_text_parameters_named_for_a_format_get_a_well_formed_value(
        tmp_path: Path, function: str, pinned: str) -> None:
    codes = boundary_pins(tmp_path, "formats", FORMATS, "", function)
    assert any(pinned in code for code in codes), codes


@pytest.mark.parametrize(("function", "helper", "value"), [
    ("pages", "async def collected():\n        return [item async for item in pages(size=1)]\n"
              "    assert asyncio.run(collected()) == [[0], [1], [2]]", "collected"),
    ("opened", "async def entered():\n        async with opened(limit=1) as value:\n            return value\n"
               "    assert asyncio.run(entered()) == [0]", "entered"),
])
def test_an_async_generator_or_context_manager_is_pinned_by_what_it_gives_or_raises(
        tmp_path: Path, function: str, helper: str, value: str) -> None:
    # `asyncio.run(f(...))` takes neither, and neither runs until iterated or entered: before,
    # nothing was pinned.
    codes = boundary_pins(tmp_path, "formats", FORMATS, "", function)
    assert any(helper in code for code in codes), codes
    assert any(f"with pytest.raises(ValueError):\n        asyncio.run({value}())" in code for code in codes), codes


def test_a_path_under_a_fixture_that_is_a_folder_is_pinned_relative_to_it(tmp_path: Path) -> None:
    # Before, only `tmp_path` was a root: a path under another folder fixture differed per run.
    source = "from pathlib import Path\n\n\ndef first_photo(photo_dir: Path) -> Path:\n" \
             "    return sorted(photo_dir.glob('*.jpg'))[0]\n"
    conftest = "import pytest\n\n\n@pytest.fixture\ndef photo_dir(tmp_path):\n" \
               "    (tmp_path / 'photos').mkdir()\n    (tmp_path / 'photos' / 'a.jpg').write_bytes(b'1')\n" \
               "    return tmp_path / 'photos'\n"
    codes = boundary_pins(tmp_path, "photos", source, conftest, "first_photo")
    assert any("assert first_photo(photo_dir=photo_dir) == photo_dir / 'a.jpg'" in code for code in codes), codes


def test_a_union_or_optional_parameter_gets_the_boundaries_of_its_first_type(tmp_path: Path) -> None:
    codes = boundary_pins(tmp_path, "formats", FORMATS, "", "level")
    assert any("with pytest.raises(ValueError):\n        level(raw=0)" in code for code in codes), codes
    assert any("assert level(raw=1, cap=0) == 0" in code for code in codes), codes


def test_a_second_moment_of_one_type_is_later_than_the_first(tmp_path: Path) -> None:
    # The same moment twice made every window empty: a boundary, not the case to pin first.
    source = "import datetime\n\n\ndef minutes(start: datetime.datetime, end: datetime.datetime) -> float:\n" \
             "    if end <= start:\n        raise ValueError('empty window')\n" \
             "    return (end - start).total_seconds() / 60\n"
    codes = boundary_pins(tmp_path, "window", source, "", "minutes")
    assert any("end=datetime.datetime(2024, 1, 2, 9, 4, 5)) == pytest.approx(360.0)" in code for code in codes), codes


def test_a_moment_the_docstring_wants_with_a_time_zone_gets_one(tmp_path: Path) -> None:
    # A naive stand-in stopped every call at the first check ("must be timezone-aware"): the
    # only test pinned was that ValueError. The parameter's entry or a documented error says so.
    source = "import datetime\n\n\ndef hours_open(start: datetime.datetime, end: datetime.datetime) -> float:\n" \
             "    \"\"\"Hours between two instants.\n\n    Args:\n" \
             "        start: when it opens; must carry a time zone.\n" \
             "        end: when it closes.\n\n    Raises:\n        ValueError: If ``end`` is naive.\n    \"\"\"\n" \
             "    if start.tzinfo is None or end.tzinfo is None:\n" \
             "        raise ValueError('must be timezone-aware')\n" \
             "    return (end - start).total_seconds() / 3600\n"
    codes = boundary_pins(tmp_path, "window", source, "", "hours_open")
    utc = "tzinfo=datetime.timezone.utc"
    assert any(f"hours_open(start=datetime.datetime(2024, 1, 2, 3, 4, 5, {utc}), "
               f"end=datetime.datetime(2024, 1, 2, 9, 4, 5, {utc})) == pytest.approx(6.0)" in code
               for code in codes), codes


def test_a_class_used_inside_with_is_entered_and_its_not_entered_error_is_tested(tmp_path: Path) -> None:
    # A writer that batches until its block ends: its methods raise outside `with`. Characterization
    # enters it first; the documented error is raised on an instance never entered.
    write_files(tmp_path, {"pyproject.toml": '[project]\nname = "batches"\n', "batches.py": '''
        class BatchWriter:
            def __init__(self, size: int = 2) -> None:
                self.size, self.pending, self.sent, self.open = size, [], 0, False

            def __enter__(self) -> "BatchWriter":
                self.open = True
                return self

            def __exit__(self, *exc: object) -> None:
                self.flush()
                self.open = False

            def add(self, item: str) -> int:
                """Queue one item; returns how many are pending.

                :raises RuntimeError: if the writer is used outside a ``with`` block.
                """
                if not self.open:
                    raise RuntimeError("use BatchWriter inside a with block")
                self.pending.append(item)
                if len(self.pending) >= self.size:
                    self.flush()
                return len(self.pending)

            def flush(self) -> int:
                sent, self.pending = len(self.pending), []
                self.sent += sent
                return sent
        '''})
    done = run_suggest(tmp_path, "batches.py::BatchWriter.add", "--mode", "characterize", "--write")
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "tests" / "test_batches.py").read_text(encoding="utf-8")
    assert "def test_batch_writer_add_raises_runtime_error_when_not_entered():\n" \
           "    instance = BatchWriter()\n    with pytest.raises(RuntimeError):\n" in written
    pinned = [block for block in written.split("\n\n\n") if "Characterization test" in block]
    # Used as a person uses it: inside a `with` block, the checks in it (`__exit__` flushes after them).
    assert pinned and all("    instance = BatchWriter()\n    with instance:\n        " in block for block in pinned)
    assert any("== 1" in block for block in pinned)  # the value add returns once entered, not the RuntimeError
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and " passed" in run.stdout, run.stdout + run.stderr


def test_paths_under_a_fixtures_folder_and_methods_never_entered_are_pinned(tmp_path: Path) -> None:
    write_files(tmp_path, {"pyproject.toml": '[project]\nname = "jsonstore"\n', "jsonstore.py": '''
        from pathlib import Path


        class JsonStore:
            def __init__(self, folder: Path, name: str) -> None:
                self.folder, self.name, self.open = folder, name, False

            def __enter__(self) -> "JsonStore":
                self.open = True
                return self

            def __exit__(self, *exc: object) -> None:
                self.open = False

            def path(self) -> Path:
                return self.folder / f"{self.name}.json"

            def close(self) -> None:
                if not self.open:
                    raise RuntimeError("not open")
                self.open = False
        ''', "tests/conftest.py": '''
        import pytest

        from jsonstore import JsonStore


        @pytest.fixture
        def store(tmp_path):
            return JsonStore(tmp_path / "data", "settings")
        '''})
    # The fixture's folder is under the test's own `tmp_path`: the path is pinned relative to it.
    done = run_suggest(tmp_path, "jsonstore.py::JsonStore.path", "--mode", "characterize", "--write")
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "tests" / "test_jsonstore.py").read_text(encoding="utf-8")
    assert "(store, tmp_path):" in written and "== tmp_path / 'data/settings.json'" in written
    assert "builds no instance" not in done.stderr  # the tests shown did build one
    # `close` returns None once entered (a stub does too); never entered, it raises: that is pinned.
    done = run_suggest(tmp_path, "jsonstore.py::JsonStore.close", "--mode", "characterize", "--write")
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "tests" / "test_jsonstore.py").read_text(encoding="utf-8")
    assert "with pytest.raises(RuntimeError):\n        store.close()" in written or \
           "with pytest.raises(RuntimeError):\n        instance.close()" in written, written
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and " passed" in run.stdout, run.stdout + run.stderr


def test_unannotated_parameters_take_the_type_their_uses_show(tmp_path: Path) -> None:
    source = '''
        def make_token(user: str, scope: object) -> str:
            """The token of ``user`` for ``scope``."""
            return f"{user}|{scope}"


        def parse_token(token, scope):
            """The user of a token.

            :param token: a token made by :func:`make_token`.
            """
            user, _, found = token.partition("|")
            if found.lower() != f"{scope}".lower():
                raise ValueError("another scope")
            return user


        def total(prices, limit, on_row, rows):
            for _ in range(limit):
                on_row(prices["amount"])
            return sum(row.get("amount", 0) for row in rows)
        '''
    write_files(tmp_path, {"pyproject.toml": '[project]\nname = "tokens"\n', "tokens.py": source})
    spec = spec_named((tmp_path / "tokens.py").read_bytes(), "total")
    assert [used_as(spec, name) for name in ("prices", "limit", "on_row", "rows")] == ["dict", "int", "Callable", None]
    spec = spec_named(b"class Author:\n    @classmethod\n    def from_row(cls, row):\n        return cls(*row)\n",
                      "Author.from_row")
    assert used_as(spec, "row") == "dict"  # the fields by name
    # `token` has text methods, `scope` is only formatted into text; the token is one make_token made.
    done = run_suggest(tmp_path, "tokens.py::parse_token", "--mode", "characterize", "--write")
    assert done.returncode == 0, done.stderr
    written = (tmp_path / "tests" / "test_tokens.py").read_text(encoding="utf-8")
    assert "parse_token(token=make_token(user='text', scope='text'), scope='text') == 'text'" in written, written
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and " passed" in run.stdout, run.stdout + run.stderr
