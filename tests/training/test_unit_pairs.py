"""Pairs from a package's own unit tests, on a small package written here: each test is mapped
to the function it calls, made standalone, and kept only when it passes (real subprocesses)."""

from __future__ import annotations

import ast
import json
import textwrap
from pathlib import Path

import pytest

from testdraft.training_data.build import pair_record
from testdraft.training_data.decontaminate import Benchmark
from testdraft.training_data.mine import MinedFunction, MinedTest, unparametrize
from testdraft.training_data.pairs import Pair, pair_prompt_view
from testdraft.training_data.sources import PackageSpec, SourceError, download_sdists, sdist_project
from testdraft.training_data.unit_build import PackageTests, package_pairs, read_package_lists
from testdraft.training_data.unit_tests import insert_at_body_start
from testdraft.training_data.verify import verify

IMPLEMENTATION = '''
def add(a, b):
    """Add two numbers and return their sum."""
    return a + b
'''

PACKAGE = '''
"""Small calculations."""
from tinycalc._impl import add


def mul(a, b):
    """Multiply two numbers and return the product."""
    return a * b


def undocumented(x):
    return x


class Tally:
    """Counts things."""

    def __init__(self, start=0):
        self.count = start

    def bump(self, by=1):
        """Add `by` to the count and return the new count."""
        self.count += by
        return self.count
'''

TESTS = '''
import pytest
import tinycalc
from tinycalc import add, Tally
from tinycalc import mul as times
from pathlib import Path

from .helpers import shared

LIMIT = 10
EXPECTED = LIMIT * 2
LOW, HIGH = 1, 2


def make():
    return Tally()


def test_add_small():
    assert add(LOW, HIGH) == 3


def test_add_fails_on_purpose():
    assert add(1, 1) == 3


@pytest.mark.parametrize(("a", "b", "total"), [(1, 2, 3), (2, 2, 4)])
def test_add_rows(a, b, total):
    """Rows of sums."""
    assert add(a, b) == total


def test_add_with_product():
    assert add(times(2, 2), 1) == 5


def test_add_from_file(tmp_path: Path) -> None:  # annotations go: Path is imported inside
    (tmp_path / "x").write_text("1")
    assert add(int((tmp_path / "x").read_text()), 1) == 2


def test_mul_through_module():
    assert tinycalc.mul(2, 3) == 6


def test_mul_alias():
    assert times(LIMIT, 2) == EXPECTED


def test_sum_of_products():
    assert add(times(2, 2), times(1, 3)) == 7


def test_bit_length_of_product():
    assert times(2, 4).bit_length() == 4


def test_bump_counts():
    tally = Tally(2)
    assert tally.bump() == 3
    assert tally.bump(2) == 5


def test_uses_fixture(some_fixture):
    assert add(1, 1) == 2


def test_with_helper():
    assert make().bump() == 1


def test_with_relative_import():
    assert add(shared, 1) == 2


def test_undocumented():
    assert tinycalc.undocumented(1) == 1


def test_no_assert():
    add(1, 2)


def test_builtin_only():
    assert len([1]) == 1


class TestThing:
    def test_in_class(self):
        assert add(1, 1) == 2
'''

STAR_TESTS = '''
from tinycalc import *


def test_add_star():
    assert add(2, 2) == 4
'''


@pytest.fixture()
def package(tmp_path: Path) -> PackageTests:
    site = tmp_path / "site"
    (site / "tinycalc").mkdir(parents=True)
    (site / "tinycalc" / "__init__.py").write_text(PACKAGE)
    (site / "tinycalc" / "_impl.py").write_text(IMPLEMENTATION)
    source = tmp_path / "src" / "tinycalc-1.0"
    (source / "tests").mkdir(parents=True)
    (source / "tests" / "test_calc.py").write_text(TESTS)
    (source / "tests" / "test_star.py").write_text(STAR_TESTS)
    (source / "tests" / "conftest.py").write_text("def test_not_a_test_module():\n    assert 0\n")
    return PackageTests("tinycalc", source, ["tinycalc"], site)


def _by_function(found: list[tuple[MinedFunction, list[MinedTest], set[str]]],
                 ) -> dict[str, tuple[MinedFunction, dict[str, str]]]:
    return {f.function: (f, {t.name: t.code for t in tests}) for f, tests, _ in found}


def test_tests_map_to_the_function_they_call_and_only_passing_ones_are_kept(
        package: PackageTests) -> None:
    found, counts = package_pairs(package, Benchmark(), set())
    pairs = _by_function(found)
    assert set(pairs) == {"add", "mul", "Tally.bump"}  # `undocumented` has no description

    add, add_tests = pairs["add"]
    assert (add.module, add.import_line) == ("tinycalc", "from tinycalc import add")
    assert "Add two numbers" in add.prompt_source  # found through the re-export, in _impl
    assert set(add_tests) == {"test_add_small", "test_add_rows", "test_add_with_product",
                              "test_add_from_file", "test_add_star"}  # not the failing one
    assert add_tests["test_add_rows"] == (
        "def test_add_rows():\n    \"\"\"Rows of sums.\"\"\"\n"
        "    assert add(1, 2) == 3\n    assert add(2, 2) == 4")
    assert "from tinycalc import mul as times" in add_tests["test_add_with_product"]
    assert "    LOW, HIGH = 1, 2\n    assert add(LOW, HIGH) == 3" in add_tests["test_add_small"]
    assert add_tests["test_add_from_file"].startswith(
        "def test_add_from_file(tmp_path):  # annotations go")

    _, mul_tests = pairs["mul"]
    assert "assert mul(2, 3) == 6" in mul_tests["test_mul_through_module"]  # `tinycalc.mul`
    assert "import tinycalc" not in mul_tests["test_mul_through_module"]
    alias = mul_tests["test_mul_alias"]  # `times`, and the constants it reads, inside
    assert "LIMIT = 10\n    EXPECTED = LIMIT * 2\n    assert mul(LIMIT, 2) == EXPECTED" in alias

    bump, bump_tests = pairs["Tally.bump"]
    assert bump.import_line == "from tinycalc import Tally"
    assert bump.prompt_source.startswith("class Tally:\n    def bump(")
    assert list(bump_tests) == ["test_bump_counts"]

    for function, tests in pairs.values():
        for code in tests.values():
            ast.parse(code)
            assert "import pytest" not in code  # the prompt's pre-filled lines bring it
        # The prompt a pair trains with pre-fills the import line its tests were verified after.
        record = pair_record(function, [], "tinycalc-1.0-py3-none-any.whl")
        _, target = pair_prompt_view(Pair(str(record["source"]), "", function.function,
                                          function.module))
        assert target.import_line == function.import_line
    assert counts.class_based == 1 and counts.test_files == 2
    assert counts.dropped_tests["failed"] == 1
    assert counts.dropped_tests["fixture"] == 1
    assert counts.dropped_tests["helper"] == 2  # `make()` and the relative import
    assert counts.dropped_tests["several package functions"] == 1  # test_sum_of_products
    assert counts.dropped_tests["no assert"] == 1
    assert counts.dropped_tests["no package function"] == 1
    assert counts.dropped_tests["tests a returned object's method"] == 1  # bit_length, not mul
    assert counts.dropped_functions["no description"] == 1
    assert counts.dropped_tests["function: no description"] == 1
    assert (counts.pairs, counts.verified) == (3, 8)


def test_benchmark_functions_and_earlier_prompts_are_dropped(package: PackageTests) -> None:
    benchmark = Benchmark()
    benchmark.add("bench", [("mul", "def mul(a, b):\n    return a * b\n")])
    seen: set[str] = set()
    found, counts = package_pairs(package, benchmark, seen)
    assert {f.function for f, _, _ in found} == {"add", "Tally.bump"}
    assert counts.dropped_functions["name"] == 1

    again, counts = package_pairs(package, Benchmark(), seen)  # another package, same functions
    assert {f.function for f, _, _ in again} == {"mul"}
    assert counts.dropped_functions["duplicate"] == 2


def test_a_test_that_only_works_in_its_source_tree_is_dropped(package: PackageTests) -> None:
    (package.source_root / "tests" / "test_calc.py").write_text(textwrap.dedent('''
        import os
        from tinycalc import mul

        HERE = os.path.dirname(__file__)


        def test_mul_reads_a_file_next_to_the_test():
            assert mul(len(open(os.path.join(HERE, "data.txt")).read()), 2) == 2


        def test_mul_reads_a_file_from_the_working_folder():
            assert mul(len(open(os.path.join("tests", "data.txt")).read()), 2) == 2
        '''))
    (package.source_root / "tests" / "data.txt").write_text("x")
    found, counts = package_pairs(package, Benchmark(), set())
    assert "mul" not in {f.function for f, _, _ in found}
    assert counts.dropped_tests["unresolved name"] == 1  # `__file__` means nothing standalone
    assert counts.dropped_tests["failed"] == 1  # the sandbox's folder has no tests/data.txt
    assert counts.dropped_functions["no passing test"] == 1


def test_a_file_that_fails_to_import_costs_only_its_own_tests(package: PackageTests) -> None:
    def function(name: str, import_line: str) -> MinedFunction:
        test = MinedTest(f"test_{name}", f"def test_{name}():\n    assert {name}(2, 2) == 4\n", 1)
        return MinedFunction("tinycalc", "tinycalc", name, "", "", import_line, [test])

    passed = verify([function("missing", "from tinycalc import missing"),
                     function("mul", "from tinycalc import mul")], package.site_dir)
    assert passed == {"tinycalc.mul": {"test_mul"}}


def test_parametrize_keeps_fixtures_and_a_docstring_once() -> None:
    code = textwrap.dedent('''\
        @pytest.mark.parametrize("n", [1, 2])
        def test_write(tmp_path, n):
            """Writes."""
            assert write(tmp_path, n) == n
        ''')
    assert unparametrize(code) == (
        'def test_write(tmp_path):\n    """Writes."""\n'
        "    assert write(tmp_path, 1) == 1\n    assert write(tmp_path, 2) == 2")


def test_lines_go_first_in_the_body_after_the_docstring() -> None:
    code = 'def test_f():\n    """Doc."""\n    assert f()\n'
    assert insert_at_body_start(code, ["import os"]) == (
        'def test_f():\n    """Doc."""\n    import os\n    assert f()\n')
    assert insert_at_body_start("def test_f(): assert f()\n", ["import os"]) is None


def test_sdist_names_and_package_lists(tmp_path: Path) -> None:
    assert sdist_project(Path("python_dateutil-2.9.0.post0.tar.gz")) == (
        "python-dateutil", "2.9.0.post0")
    with pytest.raises(SourceError, match="forbidden"):
        download_sdists([PackageSpec("boltons", "25.0.0")], tmp_path)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text(json.dumps({"packages": [{"name": "six", "version": "1"}], "held_out": ["six"]}))
    second.write_text(json.dumps({"packages": [{"name": "munch", "version": "4"}]}))
    both = read_package_lists([first, second])
    assert [p.name for p in both.packages] == ["six", "munch"] and both.held_out == {"six"}
    second.write_text(json.dumps({"packages": [{"name": "Six", "version": "2"}]}))
    with pytest.raises(ValueError, match="pinned twice"):
        read_package_lists([first, second])
