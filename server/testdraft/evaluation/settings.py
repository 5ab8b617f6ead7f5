"""PyTester's four ways of turning one generated block into the asserts that are run.

Raw: every assert that mentions the function, unchecked (one bad line fails the problem).
3-test / 5-test: the block cut after its first n asserts, then as Raw.
Filtered: asserts split apart and the ones that do not parse dropped.
Both splitting rules follow PyTester's `split_test_cases` (at most 10 asserts, split on
the text `assert `) so that their published figures are reproduced on their outputs.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from testdraft.evaluation.predictions import ASSERT_PREFIX
from testdraft.evaluation.problems import parses

MAX_ASSERTS = 10  # PyTester's `limit`


class Setting(StrEnum):
    RAW = "raw"
    FIRST_3 = "3-test"
    FIRST_5 = "5-test"
    FILTERED = "filtered"

    @property
    def label(self) -> str:
        return {"raw": "Raw", "3-test": "3-test", "5-test": "5-test", "filtered": "Filtered"}[
            self.value
        ]

    @property
    def first_n(self) -> int | None:
        return {"3-test": 3, "5-test": 5}.get(self.value)

    @property
    def filters_syntax(self) -> bool:
        return self is Setting.FILTERED


ALL_SETTINGS = tuple(Setting)


@dataclass(frozen=True)
class SettingInput:
    """What one setting feeds the runner for one problem."""

    setting: Setting
    candidate: str  # the (possibly cut) model text after `assert `
    asserts: tuple[str, ...]

    @property
    def test_block(self) -> str:
        return "\n".join(self.asserts)


def parse_setting(name: str) -> Setting:
    for setting in Setting:
        if name.lower() in (setting.value, setting.label.lower(), setting.name.lower()):
            return setting
    choices = ", ".join(s.value for s in Setting)
    raise ValueError(f"unknown setting {name!r} (choose from {choices})")


def first_asserts(candidate: str, n: int) -> str:
    """The candidate cut after its n-th assert (PyTester's `single` prediction mode)."""
    return "\nassert".join(candidate.split("\nassert")[:n])


def split_asserts(candidate: str, fn_name: str, filter_syntax: bool) -> list[str]:
    """PyTester's `split_test_cases`: pieces between `assert `s that name the function.

    A piece keeps whatever followed its assert (a `print(...)` line, a comment), exactly
    as PyTester ran it.
    """
    pieces = f"{ASSERT_PREFIX}{candidate.strip()}".split(ASSERT_PREFIX)
    asserts = [
        f"{ASSERT_PREFIX}{piece}".strip()
        for piece in pieces
        if fn_name.strip() in piece and piece.strip()
    ]
    if filter_syntax:
        asserts = [a for a in asserts if _parses_as_assert(a)]
    return asserts[:MAX_ASSERTS]


def _parses_as_assert(code: str) -> bool:
    return "assert" in code and parses(code)


def setting_input(candidate: str, fn_name: str, setting: Setting) -> SettingInput:
    cut = first_asserts(candidate, setting.first_n) if setting.first_n else candidate
    asserts = split_asserts(cut, fn_name, filter_syntax=setting.filters_syntax)
    if setting.filters_syntax:
        # PyTester re-joins the kept asserts and drops the leading `assert ` again.
        cut = "\n".join(asserts)[len(ASSERT_PREFIX) :]
    return SettingInput(setting=setting, candidate=cut, asserts=tuple(asserts))


def syntax_correct(prompt_testcase: str, candidate: str) -> bool:
    """PyTester's "AST parsable" rate: the prompt plus the model's text must parse."""
    return parses(prompt_testcase + candidate)
