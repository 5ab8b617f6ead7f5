"""A test that cannot fail is dropped: `testdraft suggest` runs its tests against a stub.

Each function's docstring example is turned into a test; the pipeline runs it against the
module with that function replaced by `return None`. An example that still holds then
(a key function whose list sorts the same with no key at all, a check that the result is
None) gives no test and a `passes against a stub` drop; one that can fail is kept, and
so is a test of a procedure's side effect. The kept tests pass against the real module.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tests.conftest import run_suggest

from testdraft.generate.base import CandidateTest, DropReason
from testdraft.validate.stub_check import check_against_stub, check_set_up
from testdraft.validate.target import ValidationTarget

SOURCE = textwrap.dedent(
    '''\
    def key_that_cannot_fail():
        """A sort key; its example sorts a list that no key changes.

        >>> sorted(["a", "b", "c"], key=key_that_cannot_fail())
        ['a', 'b', 'c']
        """
        return lambda text: text.lower()


    def key_that_can_fail():
        """A sort key; its example needs the key.

        >>> sorted(["B", "a"], key=key_that_can_fail())
        ['a', 'B']
        """
        return lambda text: text.lower()


    def append_one(items: list) -> None:
        """A procedure: its example checks the side effect.

        >>> numbers = []
        >>> append_one(numbers)
        >>> numbers
        [1]
        """
        items.append(1)


    def not_written_yet(x):
        """TDD: its only example holds for `return None` too.

        >>> not_written_yet(0) is None
        True
        """
        raise NotImplementedError


    def only_skipped(x):
        """Its only example is not run.

        >>> only_skipped(1)  # doctest: +SKIP
        2
        """
        return x + 1
    '''
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("stubcheck")
    (root / "pyproject.toml").write_text('[project]\nname = "stubcheck"\nversion = "0"\n')
    (root / "keys.py").write_text(SOURCE)
    return root


def _suggest(project: Path, name: str) -> dict[str, object]:
    result = run_suggest(project, f"keys.py::{name}", "--format", "json")
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout)
    return answer


def _real_tests(answer: dict[str, object]) -> list[dict[str, object]]:
    tests = answer["tests"]
    assert isinstance(tests, list)
    return [test for test in tests if not test["placeholder"]]


def _vacuous(answer: dict[str, object]) -> list[dict[str, object]]:
    dropped = answer["dropped"]
    assert isinstance(dropped, list)
    return [item for item in dropped if item["reason"] == "passes against a stub"]


@pytest.mark.parametrize("name", ["key_that_cannot_fail", "not_written_yet"])
def test_an_example_that_cannot_fail_gives_no_test_and_a_drop_reason(project: Path, name: str) -> None:
    answer = _suggest(project, name)
    assert _real_tests(answer) == [], answer["code"]
    vacuous = _vacuous(answer)
    assert len(vacuous) == 1 and vacuous[0]["origin"] == "docstring", answer["dropped"]
    assert "returns None" in str(vacuous[0]["detail"])
    notes = answer["notes"]
    assert isinstance(notes, list) and any("passes against a stub" in note for note in notes), notes


def _run_pytest(project: Path, code: str, name: str) -> subprocess.CompletedProcess[str]:
    test_file = project / f"test_kept_{name}.py"
    test_file.write_text(code)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(test_file)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("name", ["key_that_can_fail", "append_one"])
def test_an_example_that_can_fail_keeps_its_test(project: Path, name: str) -> None:
    answer = _suggest(project, name)
    assert len(_real_tests(answer)) == 1, answer
    assert _vacuous(answer) == [], answer["dropped"]
    result = _run_pytest(project, str(answer["code"]), name)
    assert result.returncode == 0 and "1 passed" in result.stdout, result.stdout


def test_a_placeholder_says_when_every_example_is_skipped(project: Path) -> None:
    answer = _suggest(project, "only_skipped")
    assert _real_tests(answer) == []
    assert "every example in its docstring is marked +SKIP" in str(answer["code"]), answer["code"]


def test_a_test_seen_failing_against_the_stub_is_marked_and_not_run_again(tmp_path: Path) -> None:
    (tmp_path / "twice.py").write_text("def double(x):\n    return 2 * x\n", encoding="utf-8")
    target = ValidationTarget("twice", "double", str(tmp_path))
    imports = ("from twice import double",)
    can_fail = CandidateTest("test_double", "def test_double():\n    assert double(2) == 4\n", imports)
    vacuous = CandidateTest("test_runs", "def test_runs():\n    double(2)\n", imports)
    first = check_against_stub([can_fail, vacuous], target)
    assert [test.name for test in first.tests] == ["test_double"]
    assert first.tests[0].meta["fails_on_stub"] == can_fail.code
    # Marked with its own code, a test is not run again (the ranking checked it); changed code is.
    marked_vacuous = CandidateTest(vacuous.name, vacuous.code, imports, meta={"fails_on_stub": vacuous.code})
    stale_mark = CandidateTest(vacuous.name, vacuous.code, imports, meta={"fails_on_stub": "def test_runs(): ..."})
    assert check_against_stub([marked_vacuous], target).tests == [marked_vacuous]
    assert check_against_stub([stale_mark], target).tests == []


def test_the_stub_of_a_coroutine_or_generator_function_is_of_its_kind(tmp_path: Path) -> None:
    # A sync stub would make `asyncio.run(stub())` raise ValueError and `list(stub())` a
    # TypeError: a test expecting either would pass against it and be dropped as vacuous.
    (tmp_path / "checks.py").write_text(textwrap.dedent('''\
        async def fetch(limit: int) -> list[int]:
            if limit < 0:
                raise ValueError(limit)
            return []


        def upto(limit: int):
            if limit < 0:
                raise TypeError(limit)
            yield from range(limit)
        '''), encoding="utf-8")
    raises_value_error = CandidateTest(
        "test_fetch_negative",
        "def test_fetch_negative():\n    with pytest.raises(ValueError):\n        asyncio.run(fetch(-1))\n",
        ("import asyncio", "import pytest", "from checks import fetch"))
    check = check_against_stub([raises_value_error], ValidationTarget("checks", "fetch", str(tmp_path)))
    assert [t.name for t in check.tests] == ["test_fetch_negative"], check.dropped
    raises_type_error = CandidateTest(
        "test_upto_negative",
        "def test_upto_negative():\n    with pytest.raises(TypeError):\n        list(upto(-1))\n",
        ("import pytest", "from checks import upto"))
    check = check_against_stub([raises_type_error], ValidationTarget("checks", "upto", str(tmp_path)))
    assert [t.name for t in check.tests] == ["test_upto_negative"], check.dropped
    # A test that holds for a generator yielding nothing still cannot fail.
    empty = CandidateTest("test_upto_zero", "def test_upto_zero():\n    assert list(upto(0)) == []\n",
                          ("from checks import upto",))
    assert check_against_stub([empty], ValidationTarget("checks", "upto", str(tmp_path))).tests == []


def test_in_tdd_a_test_that_fails_before_it_calls_the_function_is_dropped_with_the_error(tmp_path: Path) -> None:
    # `age` has no body yet; `Patient.from_row` exists and rejects a date that does not exist.
    (tmp_path / "patients.py").write_text(textwrap.dedent('''\
        import datetime


        class Patient:
            def __init__(self, born: datetime.date) -> None:
                self.born = born

            @classmethod
            def from_row(cls, row: dict) -> "Patient":
                try:
                    return cls(datetime.date.fromisoformat(row["born"]))
                except ValueError as error:
                    raise LookupError(f"invalid birth date {row['born']!r}") from error

            def age(self, today: datetime.date) -> int:
                """Whole years since birth."""
        '''), encoding="utf-8")
    target = ValidationTarget("patients", "Patient.age", str(tmp_path), implemented=False)
    imports = ("import datetime", "import pytest", "from patients import Patient")

    def test(name: str, born: str, check: str) -> CandidateTest:
        return CandidateTest(name, f"def {name}():\n    patient = Patient.from_row({{'born': '{born}'}})\n"
                                   f"    {check}\n", imports)
    broken = test("test_age_leap", "1985-02-29", "assert patient.age(datetime.date(2024, 1, 1)) == 38")
    fine = test("test_age", "1985-03-01", "assert patient.age(datetime.date(2024, 1, 1)) == 38")
    # Errors the test expects, or that the project raises past the call, come from the function: kept.
    caught = test("test_age_any_error", "1985-03-01", "with pytest.raises(Exception):\n        patient.age(None)")
    never_calls = test("test_born", "1985-03-01", "assert patient.born.year == 1985")
    # An assertion before the call fails whatever the function does too; said as a failure, not an error.
    asserts_first = test("test_age_of_a_newborn", "1985-03-01",
                         "assert patient.born.year == 2024\n    assert patient.age(datetime.date(2024, 1, 1)) == 0")
    check = check_set_up([broken, fine, caught, never_calls, asserts_first], target)
    assert [t.name for t in check.tests] == ["test_age", "test_age_any_error", "test_born"]
    assert [(d.name, d.reason, d.detail.split(":")[0]) for d in check.dropped] == [
        ("test_age_leap", DropReason.BROKEN_SET_UP, "error"),
        ("test_age_of_a_newborn", DropReason.BROKEN_SET_UP, "failed")]
    assert check.dropped[0].detail == "error: LookupError: invalid birth date '1985-02-29'"
    # TDD as the benchmarks play it, the code on disk and the spec saying "not yet": the same.
    source = (tmp_path / "patients.py").read_text(encoding="utf-8")
    (tmp_path / "patients.py").write_text(source.replace('"""Whole years since birth."""', "return 38"))
    played = check_set_up([broken, fine, caught, never_calls, asserts_first], target)
    assert [t.name for t in played.tests] == ["test_age", "test_age_any_error", "test_born"]
    assert [d.name for d in played.dropped] == ["test_age_leap", "test_age_of_a_newborn"]
