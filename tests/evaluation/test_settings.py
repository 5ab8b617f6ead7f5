from __future__ import annotations

import pytest

from testdraft.evaluation.settings import (
    MAX_ASSERTS,
    Setting,
    first_asserts,
    parse_setting,
    setting_input,
    split_asserts,
    syntax_correct,
)

# A candidate as PyTester stores it: the text after the prompt's trailing `assert `.
CANDIDATE = (
    " f(1) == 2\n"
    "assert f(2) == 3\n"
    "assert f(3) == (4\n"  # does not parse
    "assert g(0) == 0\n"  # does not name f: dropped
    "assert f(5) == 6\n"
    "print('done')"
)


def test_split_keeps_trailing_lines_and_drops_other_functions() -> None:
    asserts = split_asserts(CANDIDATE, "f", filter_syntax=False)
    assert asserts == [
        "assert f(1) == 2",
        "assert f(2) == 3",
        "assert f(3) == (4",
        "assert f(5) == 6\nprint('done')",
    ]


def test_filtered_drops_unparsable_asserts() -> None:
    asserts = split_asserts(CANDIDATE, "f", filter_syntax=True)
    assert "assert f(3) == (4" not in asserts
    assert len(asserts) == 3


def test_at_most_ten_asserts() -> None:
    many = "\n".join(f"assert f({i}) == {i}" for i in range(15))[len("assert ") :]
    assert len(split_asserts(many, "f", filter_syntax=False)) == MAX_ASSERTS


def test_first_n_cuts_the_text_before_splitting() -> None:
    assert first_asserts(CANDIDATE, 2) == " f(1) == 2\nassert f(2) == 3"
    item = setting_input(CANDIDATE, "f", Setting.FIRST_3)
    assert item.asserts == ("assert f(1) == 2", "assert f(2) == 3", "assert f(3) == (4")
    assert not syntax_correct("def f(x):\n    pass\nassert ", item.candidate)


def test_filtered_candidate_is_rejoined_and_parses() -> None:
    item = setting_input(CANDIDATE, "f", Setting.FILTERED)
    assert item.candidate.startswith("f(1) == 2\nassert f(2) == 3")
    assert syntax_correct("def f(x):\n    pass\nassert ", item.candidate)


def test_raw_keeps_everything() -> None:
    item = setting_input(CANDIDATE, "f", Setting.RAW)
    assert len(item.asserts) == 4
    assert not syntax_correct("def f(x):\n    pass\nassert ", item.candidate)


@pytest.mark.parametrize("name", ["raw", "Raw", "3-test", "FILTERED", "first_5"])
def test_parse_setting_accepts_labels(name: str) -> None:
    assert isinstance(parse_setting(name), Setting)


def test_parse_setting_rejects_unknown() -> None:
    with pytest.raises(ValueError, match="unknown setting"):
        parse_setting("7-test")
