"""Property-based tests (hypothesis) for what a docstring states: real suggestions through the
pipeline, each run by the real sandbox against the implementation and against a stub
returning None, and then against a buggy implementation that breaks that one property."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from testdraft.generate.base import ImportTarget
from testdraft.generate.properties import PropertyGenerator, inverse_name, parse_hint, result_claims, strategy
from testdraft.pipeline import Suggestion, spec_named, suggest_file
from testdraft.validate.engine import ValidationOptions, validate_suite
from testdraft.validate.target import ValidationTarget

SOURCE = textwrap.dedent(
    '''\
    import difflib
    import re


    def sort_scores(scores: list[int]) -> list[int]:
        """Sort `scores` in ascending order; the input list is left as it was."""
        return sorted(scores)


    def rank(values: list[float]) -> list[float]:
        """Return the values, largest first."""
        return sorted(values, reverse=True)


    def scale(values: list[float], factor: float = 2.0) -> list[float]:
        """Multiply each value by `factor`; the result has the same length as `values`."""
        return [value * factor for value in values]


    def distinct(words: list[str]) -> list[str]:
        """Return the distinct words, in order of first appearance."""
        return list(dict.fromkeys(words))


    def evens(numbers: list[int]) -> list[int]:
        """Return the items of `numbers` that are even."""
        return [number for number in numbers if number % 2 == 0]


    def similarity(a: str, b: str) -> float:
        """How alike two texts are: a ratio between 0 and 1."""
        return difflib.SequenceMatcher(None, a, b).ratio()


    def count_vowels(text: str) -> int:
        """Return the number of vowels in `text`."""
        return sum(char in "aeiou" for char in text)


    def normalize_space(text: str) -> str:
        """Normalize whitespace: runs of whitespace become one space, the ends are stripped."""
        return " ".join(text.split())


    def gap(a: int, b: int) -> int:
        """The gap between a and b; symmetric in its arguments."""
        return abs(a - b)


    def to_hex(data: bytes) -> str:
        """Write `data` as hexadecimal digits."""
        return data.hex()


    def from_hex(text: str) -> bytes:
        """Read the bytes that `to_hex` wrote."""
        return bytes.fromhex(text)


    def percent(part: int, whole: int) -> float:
        """Return `part` as a percentage of `whole`.

        Raises:
            ZeroDivisionError: if whole is 0.
        """
        return 100 * part / whole


    def slug(text: str) -> str:
        """Return `text` in lower case, each run of other characters than letters and digits a dash."""
        return re.sub(r"[^a-z0-9]+", "-", text.lower())


    def tidy(text: str) -> str:
        """Return `text` without leading or trailing whitespace, its tabs expanded."""
        return text.expandtabs().strip()


    def initials(name: str) -> str:
        """The initials of `name`; never empty ("?" for a blank name)."""
        return "".join(word[0] for word in name.split()) or "?"


    def not_written(values: list[int]) -> list[int]:
        """Return the values sorted in descending order."""
    '''
)

# Each property test: its function, and the one-line bug it must catch (line, replacement).
KINDS = {
    "test_sort_scores_result_is_sorted": ("sort_scores", "return sorted(scores)", "return list(scores)"),
    "test_sort_scores_is_a_permutation_of_scores": ("sort_scores", "return sorted(scores)",
                                                    "return sorted(set(scores))"),
    "test_sort_scores_leaves_scores_unchanged": ("sort_scores", "return sorted(scores)",
                                                 "scores.sort()\n    return scores"),
    "test_slug_result_is_lowercase": ("slug", '"[^a-z0-9]+", "-", text.lower())', '"[^a-zA-Z0-9]+", "-", text)'),
    "test_tidy_result_has_no_surrounding_whitespace": ("tidy", "text.expandtabs().strip()",
                                                       'text.expandtabs().strip() + " "'),
    "test_initials_result_is_not_empty": ("initials", ' or "?"', ""),
    "test_rank_result_is_sorted_descending": ("rank", "sorted(values, reverse=True)", "sorted(values)"),
    "test_scale_keeps_the_length_of_values": ("scale", "for value in values]", "for value in values if value > 0]"),
    "test_distinct_result_has_no_duplicates": ("distinct", "list(dict.fromkeys(words))", "list(words)"),
    "test_evens_result_is_a_subset_of_numbers": ("evens", "[number for number", "[number + 2 for number"),
    "test_similarity_result_is_between_0_and_1": ("similarity", ").ratio()", ").ratio() * 2"),
    "test_count_vowels_result_is_non_negative": ("count_vowels", 'sum(char in "aeiou"', '-sum(char in "aeiou"'),
    "test_normalize_space_is_idempotent": ("normalize_space", '" ".join(text.split())',
                                           '" ".join(text.split()) + "."'),
    "test_gap_is_commutative": ("gap", "abs(a - b)", "abs(a - b) + (a > b)"),
    "test_to_hex_round_trips_through_from_hex": ("to_hex", "data.hex()", "data.hex()[2:]"),
    "test_from_hex_inverts_to_hex": ("from_hex", "bytes.fromhex(text)", "bytes.fromhex(text)[1:]"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("props")
    (root / "pyproject.toml").write_text('[project]\nname = "props"\nversion = "0"\n', encoding="utf-8")
    (root / "stats.py").write_text(SOURCE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def suggestions(project: Path) -> dict[str, Suggestion]:
    """`testdraft suggest`'s pipeline (docstring generator: examples and properties) per function."""
    names = {function for function, _, _ in KINDS.values()} | {"percent", "not_written"}
    return {name: suggest_file(project / "stats.py", name) for name in sorted(names)}


def _run(code: str, project: Path, function: str, source: str) -> dict[str, str]:
    target = ValidationTarget("stats", function, str(project), overlays={"stats.py": source})
    options = ValidationOptions(coverage=False, mutation=False, test_timeout_s=20.0, suite_timeout_s=120.0)
    report = validate_suite(code, target, options)
    return {test.name: test.status for test in report.tests}


@pytest.mark.parametrize("test_name", list(KINDS))
def test_each_stated_property_gives_a_test_that_holds_and_catches_its_bug(
    test_name: str, suggestions: dict[str, Suggestion], project: Path
) -> None:
    function, line, bug = KINDS[test_name]
    suggestion = suggestions[function]
    assert test_name in suggestion.edit.test_names, (suggestion.edit.test_names, suggestion.dropped)
    test = next(t for t in suggestion.chosen if t.name == test_name)
    assert test.origin == "properties" and test.must_pass
    assert test.code.startswith("@given(") and "deadline=None" in test.code
    assert "from hypothesis import strategies as st" in suggestion.code
    # Kept: it held on the implementation and failed against `return None` (both sandbox runs ran).
    assert not [note for note in suggestion.notes if "did not run" in note], suggestion.notes
    assert _run(suggestion.code, project, function, SOURCE)[test_name] == "passed"
    assert line in SOURCE
    assert _run(suggestion.code, project, function, SOURCE.replace(line, bug, 1))[test_name] == "failed"


def test_a_property_the_implementation_breaks_is_dropped_with_the_counterexample(
    suggestions: dict[str, Suggestion],
) -> None:
    suggestion = suggestions["percent"]  # "a percentage" is 0..100; -1 of 1 is -100.0
    assert "test_percent_result_is_between_0_and_100" not in suggestion.edit.test_names
    (dropped,) = [item for item in suggestion.dropped if item.origin == "properties"]
    assert dropped.reason.value == "failed against the implementation"
    assert "does not hold for percent (failed: " in dropped.detail
    generated = next(t for t in suggestion.candidates if t.name == dropped.name)
    # The documented ZeroDivisionError rejects the input instead of failing the property.
    assert "except ZeroDivisionError:\n        reject()" in generated.code


def test_tdd_mode_keeps_the_property_as_the_spec(suggestions: dict[str, Suggestion]) -> None:
    suggestion = suggestions["not_written"]
    assert suggestion.edit.test_names == ("test_not_written_result_is_sorted_descending",)
    assert not suggestion.dropped  # nothing ran on an implementation; the stub check failed it
    assert any("no implementation yet" in note for note in suggestion.notes)


NO_PROPERTY = textwrap.dedent(
    '''\
    def double(x: int) -> int:
        """Double x."""
        return 2 * x


    def is_sorted(values: list[int]) -> bool:
        """Return True if `values` is sorted."""
        return values == sorted(values)


    def untyped(values):
        """Return the values sorted in ascending order."""
        return sorted(values)


    def by_age(people: list[dict[str, int]]) -> list[dict[str, int]]:
        """Return the people sorted by age."""
        return sorted(people, key=lambda person: person["age"])


    def clamp(x: int, low: int, high: int) -> int:
        """Return `x` limited to the range [low, high]."""
        return max(low, min(x, high))
    '''
)


@pytest.mark.parametrize("name", ["double", "is_sorted", "untyped", "by_age", "clamp"])
def test_no_stated_property_or_no_strategy_gives_nothing(name: str) -> None:
    spec = spec_named(NO_PROPERTY.encode(), name)
    assert list(PropertyGenerator().generate(spec, ImportTarget.plain("mod", name))) == []


def test_claims_inverses_and_strategies() -> None:
    spec = spec_named(SOURCE.encode(), "percent")
    assert "percentage" in result_claims(spec) and "whole is 0" not in result_claims(spec)
    assert inverse_name(spec_named(SOURCE.encode(), "to_hex"), ("to_hex", "from_hex")) == ("from_hex", True)
    assert inverse_name(spec_named(SOURCE.encode(), "from_hex"), ("to_hex", "from_hex")) == ("to_hex", False)
    assert strategy(parse_hint("Optional[list[str]]")) == "st.none() | st.lists(st.text(max_size=10), max_size=10)"
    assert strategy(parse_hint("tuple[int, ...]")) == (
        "st.lists(st.integers(min_value=-1000, max_value=1000), max_size=10).map(tuple)")
    assert strategy(parse_hint("dict[str, float]")) == (
        "st.dictionaries(st.text(max_size=10), st.floats(min_value=-1000000.0, max_value=1000000.0, "
        "allow_nan=False), max_size=10)")
    assert strategy(parse_hint("Item")) is None and strategy(parse_hint("list")) is None


BOUNDS = textwrap.dedent(
    '''\
    def isqrt(n: int) -> int:
        """Return the integer square root of `n`, never negative.

        Args:
            n: a non-negative integer.
        """


    def clip(value: float) -> float:
        """Clip `value` into the interval [0, 1]."""
    '''
)


def test_arguments_are_drawn_within_what_the_docstring_says_of_them() -> None:
    (test,) = PropertyGenerator().generate(spec_named(BOUNDS.encode(), "isqrt"), ImportTarget.plain("mod", "isqrt"))
    assert test.name == "test_isqrt_result_is_non_negative"
    assert test.code.startswith("@given(n=st.integers(min_value=0, max_value=1000))")
    # The summary's range is the result's, not the argument's: the input is drawn unbounded.
    (test,) = PropertyGenerator().generate(spec_named(BOUNDS.encode(), "clip"), ImportTarget.plain("mod", "clip"))
    assert test.name == "test_clip_result_is_between_0_and_1"
    assert test.code.startswith("@given(value=st.floats(min_value=-1000000.0, max_value=1000000.0")
