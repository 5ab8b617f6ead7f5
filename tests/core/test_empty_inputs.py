"""Tests of what a docstring says a function returns for an empty input."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from testdraft.generate.base import ImportTarget
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.generate.empty_inputs import empty_input_tests
from testdraft.parsing.languages import parse_python
from testdraft.render.module import merge_tests
from testdraft.spec.extract import extract_spec, iter_functions
from testdraft.spec.model import FunctionSpec

_MODULE = textwrap.dedent('''\
    from collections.abc import Iterator


    def parse_log(text: str) -> list[str]:
        """The parsed commits; an empty list for an empty text."""
        return [line for line in text.splitlines() if line]


    def parse_query(query: str) -> dict[str, list[str]]:
        """Each name mapped to the list of its values; an empty dict for an empty string."""
        found: dict[str, list[str]] = {}
        for pair in filter(None, query.split("&")):
            name, _, value = pair.partition("=")
            found.setdefault(name, []).append(value)
        return found


    def total(prices: list[float], rate: float = 0.0) -> float:
        """Sum of the prices with tax; 0 if ``prices`` is empty."""
        return sum(prices) * (1 + rate)


    def tags(cell) -> Iterator[str]:
        """Split a tag cell on commas. Empty text gives an empty list."""
        for part in (cell or "").split(","):
            if part.strip():
                yield part.strip()
    ''')


def _specs(source: str) -> dict[str, FunctionSpec]:
    return {spec.name: spec for spec in map(extract_spec, iter_functions(parse_python(source.encode())))}


@pytest.mark.parametrize(("name", "check"), [
    ("parse_log", 'assert parse_log(text="") == []'),
    ("parse_query", 'assert parse_query(query="") == {}'),
    ("total", "assert total(prices=[]) == 0"),
    ("tags", 'assert list(tags(cell="")) == []'),  # a generator's items; unannotated, read as text
])
def test_the_result_stated_for_an_empty_input_is_checked(name: str, check: str) -> None:
    [test] = empty_input_tests(_specs(_MODULE)[name], ImportTarget.plain("shop", name), "docstring")
    assert test.code.splitlines()[-1].strip() == check and test.must_pass


@pytest.mark.parametrize("docstring", [
    "The size is ``-`` for an empty body.",  # not the result: "is" comes before it
    "``None`` for an empty string.",  # a stub returns None: a test that cannot fail
    "An empty list for an empty mapping.",  # the text argument is no mapping
    "Return the lines.",
])
def test_phrases_that_state_no_result_of_this_function_give_nothing(docstring: str) -> None:
    spec = _specs(f'def lines(text: str):\n    """{docstring}"""\n')["lines"]
    assert empty_input_tests(spec, ImportTarget.plain("m", "lines"), "docstring") == []


def test_a_function_of_two_required_arguments_gives_nothing() -> None:
    spec = _specs('def join(a: str, b: str) -> str:\n    """An empty string for an empty text."""\n')["join"]
    assert empty_input_tests(spec, ImportTarget.plain("m", "join"), "docstring") == []


def test_the_tests_pass_on_the_implementation_and_fail_on_a_stub(tmp_path: Path) -> None:
    tests = [test for spec in _specs(_MODULE).values()
             for test in DocstringExamplesGenerator().generate(spec, ImportTarget.plain("shop", spec.name))]
    assert len(tests) == 4
    (tmp_path / "test_shop.py").write_text(merge_tests("", tests).new_text, encoding="utf-8")
    (tmp_path / "shop.py").write_text(_MODULE, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_shop.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "4 passed" in run.stdout, run.stdout + run.stderr
    stub = "\n".join(line if not line.strip().startswith(("return", "for", "yield", "found", "name,", "if"))
                     else "" for line in _MODULE.splitlines())
    (tmp_path / "shop.py").write_text(stub.replace('"""\n', '"""\n    return None\n'), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_shop.py"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert "4 failed" in run.stdout, run.stdout + run.stderr
