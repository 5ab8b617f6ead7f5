"""The invariants gate: what may reach the editor, whichever generator wrote it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, DropReason, Generator, ImportTarget
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.pipeline import spec_named, suggest_tests
from testdraft.render.invariants import enforce_invariants
from testdraft.spec.model import FunctionSpec

SOURCE = textwrap.dedent(
    '''\
    def group(names):
        """Group names by length.

        >>> group(["ab", "c"])
        {2: ['ab'], 1: ['c']}
        >>> is_short("a")
        True
        """
        out = {}
        for name in names:
            out.setdefault(len(name), []).append(name)
        return out


    def is_short(text):
        return len(text) < 2
    '''
)


def _spec() -> FunctionSpec:
    return spec_named(SOURCE.encode(), "group")


def _test(body: str, name: str = "test_group", placeholder: bool = False) -> CandidateTest:
    code = f"def {name}():\n" + textwrap.indent(textwrap.dedent(body), "    ")
    return CandidateTest(name=name, code=code, imports=("from m import group",), is_placeholder=placeholder)


def test_a_sound_test_passes_unchanged() -> None:
    test = _test('assert group(["ab", "c"]) == {2: ["ab"], 1: ["c"]}\nassert is_short("a")\n')
    gated = enforce_invariants([test], _spec())
    assert gated.tests == [test] and gated.notes == [] and gated.dropped == []


def test_a_test_that_does_not_parse_is_dropped_with_a_note() -> None:
    gated = enforce_invariants([_test("assert group([1]) == {1:\n")], _spec())
    assert gated.tests == [] and "not valid Python" in gated.dropped[0].detail
    assert gated.dropped[0].reason is DropReason.INVARIANT


def test_a_test_that_never_calls_the_function_is_dropped() -> None:
    gated = enforce_invariants([_test("assert is_short('a')\n")], _spec())
    assert gated.tests == [] and "never calls group" in gated.dropped[0].detail
    code = "def test_group():\n    assert group([]) == {}\n\n\ndef test_other():\n    assert is_short('a')\n"
    pair = CandidateTest(name="test_group", code=code)
    gated = enforce_invariants([pair], _spec())
    assert gated.tests == [] and gated.dropped[0].detail == "test_other never calls group"


def test_a_commented_out_comparison_is_taken_out_and_the_call_kept() -> None:
    body = "assert group(['ab'])  # doctest: +SKIP == {2: ['ab']}\nassert group([]) == {}\n"
    gated = enforce_invariants([_test(body)], _spec())
    (kept,) = gated.tests
    assert "assert group(['ab'])" not in kept.code and "    group(['ab'])" in kept.code
    assert "assert group([]) == {}" in kept.code and "1 vacuous assert" in gated.notes[0]


def test_constants_self_comparisons_and_tuples_are_vacuous() -> None:
    for body in ("group([])\nassert True\n", "assert (group([]), 'message')\n", "assert group([]) == group([])\n"):
        gated = enforce_invariants([_test(body)], _spec())
        assert gated.tests == [] and "only asserts were vacuous" in gated.dropped[0].detail, body


def test_a_bare_call_whose_example_shows_an_output_is_vacuous_but_a_true_one_is_not() -> None:
    gated = enforce_invariants([_test('assert group(["ab", "c"])\n')], _spec())
    assert gated.tests == []
    spec = spec_named(SOURCE.encode(), "is_short")
    spec_with_example = FunctionSpec(**{**spec.__dict__, "examples": _spec().examples})
    truthy = CandidateTest(name="test_is_short", code='def test_is_short():\n    assert is_short("a")\n')
    assert enforce_invariants([truthy], spec_with_example).tests == [truthy]


def test_pytest_raises_counts_as_a_check_and_placeholders_pass() -> None:
    raises = _test("with pytest.raises(TypeError):\n    group(None)\nassert True\n")
    skeleton = _test("group(...)  # TODO\n", name="test_group_todo", placeholder=True)
    gated = enforce_invariants([raises, skeleton], _spec())
    assert [test.name for test in gated.tests] == ["test_group", "test_group_todo"]
    assert "assert True" not in gated.tests[0].code


class _Broken(Generator):
    """A generator whose tests break each invariant (as a model's might)."""

    name = "model"

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        broken = "def test_group_1():\n    assert group(['a']) == {1: ['a']\n"
        yield CandidateTest("test_group_1", broken, origin="model")
        yield CandidateTest("test_group_2", "def test_group_2():\n    group([])\n    assert True\n", origin="model")
        yield CandidateTest("test_group_3", "def test_group_3():\n    assert group([]) == {}\n", origin="model")


def test_the_pipeline_inserts_only_what_passes_the_gate(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "m"\nversion = "0"\n')
    (tmp_path / "m.py").write_text(SOURCE)
    suggestion = suggest_tests(tmp_path / "m.py", _spec(), [_Broken()], rank=False)
    assert "test_group_3" in suggestion.code
    assert "test_group_1" not in suggestion.code and "test_group_2" not in suggestion.code
    dropped = {item.name: item for item in suggestion.dropped}
    assert "not valid Python" in dropped["test_group_1"].detail
    assert "only asserts were vacuous" in dropped["test_group_2"].detail
    assert any("invariant broken" in note for note in suggestion.notes)


def test_examples_that_use_a_name_nothing_defines_become_a_skipped_todo() -> None:
    source = textwrap.dedent(
        '''\
        from selenium.webdriver.common.by import By

        def locate_with(by, using):
            """Find elements near another.

            >>> lowest = driver.find_element(By.ID, "below")
            >>> elements = driver.find_elements(locate_with(By.CSS_SELECTOR, "p"))
            """
            return {by: using}
        '''
    ).encode()
    spec = spec_named(source, "locate_with")
    (test,) = DocstringExamplesGenerator().generate(spec, ImportTarget.plain("m", "locate_with"))
    # As written it can only fail with a NameError, with or without an implementation.
    assert test.is_placeholder and test.asserts == 0
    assert test.code.startswith(
        "@pytest.mark.skip(reason=\"TODO: define `driver`: the docstring's examples use it undefined\")\n")
    assert 'lowest = driver.find_element(By.ID, "below")' in test.code  # kept for the reader to finish
    assert "import pytest" in test.imports and "from selenium.webdriver.common.by import By" in test.imports


def test_examples_import_what_the_module_imports_only_for_type_checkers_or_inside_the_function(
    tmp_path: Path,
) -> None:
    package = tmp_path / "shapes"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "units.py").write_text("class Metre(float):\n    pass\n\n\nclass Inch(float):\n    pass\n")
    source = textwrap.dedent(
        '''\
        from typing import TYPE_CHECKING

        if TYPE_CHECKING:
            from .units import Metre


        def double(length):
            """Twice the length, in its own unit.

            >>> double(Metre(2.0)) == Metre(4.0)
            True
            >>> type(double(Inch(1.0))).__name__
            'Inch'
            """
            from .units import Inch  # noqa: F401 (only the docstring uses it)

            return type(length)(2 * length)
        '''
    )
    (package / "ops.py").write_text(source)
    spec = spec_named(source.encode(), "double")
    # Neither name is an attribute of shapes.ops at run time: `from shapes.ops import Metre` fails.
    assert "Metre" not in spec.module_definitions and "Inch" not in spec.module_definitions
    (test,) = DocstringExamplesGenerator().generate(spec, ImportTarget.plain("shapes.ops", "double", str(tmp_path)))
    assert not test.is_placeholder and test.asserts == 2
    assert "from shapes.units import Metre" in test.imports and "from shapes.units import Inch" in test.imports
    module = tmp_path / "test_double.py"
    module.write_text("\n".join(test.imports) + "\n\n\n" + test.code + "\n")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", str(module)], cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
