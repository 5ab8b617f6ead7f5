"""PyTester's four ways of turning one generated block into the asserts that are run.

Raw: every assert that mentions the function, unchecked (one bad line fails the problem).
3-test / 5-test: the block cut after its first n asserts, then as Raw.
Filtered: asserts split apart and the ones that do not parse dropped.
Both splitting rules follow PyTester's `split_test_cases` (at most 10 asserts, split on
the text `assert `) so that their published figures are reproduced on their outputs.

A package problem (`--dataset heldout`) is scored by units instead: its candidate is a
test module, and each check with the set-up before it is one unit
(`validate.rank.units_from_test_code`), where an assert line alone would lose the objects its
test built. The settings mean the same per unit: Raw every unit that names the function
(outside its imports), n-test the first n units, Filtered what parses; at most 10.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from enum import StrEnum

from testdraft.evaluation.predictions import ASSERT_PREFIX
from testdraft.evaluation.problems import Problem, parses
from testdraft.validate.rank import units_from_test_code

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


def problem_setting_input(problem: Problem, candidate: str, setting: Setting) -> SettingInput:
    """What `setting` runs of `candidate`: PyTester's asserts, or a package problem's units."""
    if problem.location is None:
        return setting_input(candidate, problem.fn_name, setting)
    units = units_from_test_code(candidate if not setting.filters_syntax else parsable_part(candidate))
    if not units and not setting.filters_syntax and not parses(candidate):
        units = [candidate]  # runs as a SyntaxError, as a Raw block with a broken assert does
    if setting.first_n:
        units = units[: setting.first_n]
    units = [unit for unit in units if _names(unit, problem.fn_name)]
    return SettingInput(setting=setting, candidate=candidate, asserts=tuple(units[:MAX_ASSERTS]))


def problem_syntax_ok(problem: Problem, candidate: str) -> bool:
    """PyTester's "AST parsable" rate; a package problem's candidate is a test module."""
    return syntax_correct(problem.prompt_testcase, candidate) if problem.location is None else parses(candidate)


def parsable_part(code: str) -> str:
    """`code` less its top-level blocks that do not parse (Filtered's salvage for a module)."""
    if parses(code):
        return code
    blocks: list[list[str]] = [[]]
    for line in code.splitlines():
        starts = bool(line[:1].strip()) and not line.startswith((")", "]", "}"))
        if starts and blocks[-1] and not all(row.startswith("@") for row in blocks[-1]):
            blocks.append([])  # a decorator's block goes on to its `def`
        blocks[-1].append(line)
    return "\n".join("\n".join(block) for block in blocks if parses("\n".join(block)))


def _names(unit: str, fn_name: str) -> bool:
    """The unit's test mentions the function outside its imports (every unit repeats them)."""
    try:
        (test,) = ast.parse(unit).body
    except (SyntaxError, ValueError):
        return fn_name.strip() in unit
    if isinstance(test, ast.FunctionDef | ast.AsyncFunctionDef):
        test.body = [s for s in test.body if not isinstance(s, ast.Import | ast.ImportFrom)]
    return fn_name.strip() in ast.unparse(test)
