"""Mining pairs from a real (small, written here) package: examples -> tests, kept only if they pass."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from testdraft.evaluation.problems import load_humaneval
from testdraft.training_data.decontaminate import Benchmark
from testdraft.training_data.mine import mine_file, package_files, unparametrize
from testdraft.training_data.sources import PackageList, PackageSpec, SourceError, download_wheels
from testdraft.training_data.verify import globals_map, verify

PACKAGE = '''
"""Text helpers."""
from fractions import Fraction


def shout(text: str, marks: int = 1) -> str:
    """Upper-case the text and end it with exclamation marks.

    >>> shout('hi')
    'HI!'
    >>> shout('ok', 3)
    'OK!!!'
    """
    return text.upper() + "!" * marks


def half(x):
    """Half of x, as an exact fraction.

    >>> half(Fraction(1, 2)) == Fraction(1, 4)
    True
    >>> half(-1)
    Traceback (most recent call last):
    ...
    ValueError: negative
    """
    if x < 0:
        raise ValueError("negative")
    return Fraction(x, 2)


def wrong(x):
    """Doubles x (the example below is wrong on purpose).

    >>> wrong(2)
    5
    """
    return 2 * x


def only_examples(x):
    """
    >>> only_examples(1)
    1
    """
    return x


class Counter:
    """Counts."""

    def bump(self, by=1):
        """Add `by` to the count and return the new count.

        >>> c = Counter()
        >>> c.bump()
        1
        >>> c.bump(2)
        3
        """
        self.count = getattr(self, "count", 0) + by
        return self.count
'''


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "tinytext").mkdir(parents=True)
    (site / "tinytext" / "__init__.py").write_text(PACKAGE)
    (site / "tinytext" / "tests").mkdir()
    (site / "tinytext" / "tests" / "test_mod.py").write_text("def test_x():\n    '''>>> 1\n1'''\n")
    return site


def test_examples_become_standalone_tests_and_only_passing_ones_are_kept(site: Path) -> None:
    files = list(package_files(site, "tinytext"))
    assert files == [(site / "tinytext" / "__init__.py", "tinytext")]  # its own tests skipped
    mined = {f.function: f for f in mine_file(*files[0], "tinytext", {})}
    assert set(mined) == {"shout", "half", "wrong", "Counter.bump"}  # no description: skipped

    shout = mined["shout"]
    assert ">>>" not in shout.prompt_source and "Upper-case the text" in shout.prompt_source
    assert shout.import_line == "from tinytext import shout"
    (test,) = shout.tests
    assert test.code.startswith("def test_shout")
    assert "assert shout('hi') == 'HI!'" in test.code and "parametrize" not in test.code
    half_codes = "\n".join(t.code for t in mined["half"].tests)
    assert "from fractions import Fraction" in half_codes  # imports live inside the test
    assert "pytest.raises(ValueError" in half_codes
    assert mined["Counter.bump"].prompt_source.startswith("class Counter:\n    def bump(")

    passed = verify(list(mined.values()), site)
    assert passed["tinytext.shout"] == {test.name}
    assert passed["tinytext.half"] == {t.name for t in mined["half"].tests}
    assert "tinytext.wrong" not in passed  # 2 * 2 is not 5: the pair is dropped
    assert passed["tinytext.Counter.bump"]


def test_unparametrize_spells_out_each_row() -> None:
    code = textwrap.dedent('''\
        @pytest.mark.parametrize(("a", "b", "expected"), [(1, 2, 3), ("x", "y", "xy")])
        def test_add_examples(a, b, expected):
            assert add(a, b) == expected
        ''')
    assert unparametrize(code) == (
        "def test_add_examples():\n    assert add(1, 2) == 3\n    assert add('x', 'y') == 'xy'"
    )
    plain = "def test_f():\n    assert f() == 1\n"
    assert unparametrize(plain) == plain


def test_globals_map_binds_names_the_way_the_package_doctests_do(site: Path) -> None:
    mapping = globals_map(["from tinytext import *", "import fractions as fr"], site)
    assert mapping["shout"] == "from tinytext import shout"
    assert mapping["fr"] == "import fractions as fr"


def test_decontamination_drops_benchmark_names_and_copied_bodies() -> None:
    benchmark = Benchmark()
    problems = load_humaneval()
    benchmark.add("HumanEval", ((p.fn_name, p.reference_code) for p in problems))
    copied = problems[0].reference_code.replace("has_close_elements", "near_pairs")
    assert benchmark.reason_to_drop("has_close_elements", "def has_close_elements(): pass") == "name"
    assert benchmark.reason_to_drop("near_pairs", copied) == "ngram"
    assert benchmark.reason_to_drop("Counter.bump", PACKAGE) is None


def test_forbidden_packages_are_refused_before_anything_is_fetched(tmp_path: Path) -> None:
    packages = PackageList((PackageSpec("toolz", "1.0.0"),))
    with pytest.raises(SourceError, match="forbidden"):
        download_wheels(packages, tmp_path)
