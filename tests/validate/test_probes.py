"""TDD: inputs next to the kept checks' ones, answered by the drafts, kept where they catch more
(`validate.probes`), run in the real sandbox with real mutants."""

from __future__ import annotations

import textwrap
from pathlib import Path

from testdraft.generate.base import CandidateTest
from testdraft.spec.model import FunctionSpec
from testdraft.validate.drafts import DRAFTED_VALUE, drafted_targets
from testdraft.validate.probes import MAX_PROBES, PROBE
from testdraft.validate.rank import RankingResult, VotingRules, rank_candidates
from testdraft.validate.stub_check import check_against_stub

from .support import overlay_target


def _stub(name: str, params: str, doc: str) -> str:
    return f'def {name}({params}):\n    """{doc}"""\n'


def _spec(name: str, source: str) -> FunctionSpec:
    return FunctionSpec(
        name=name, qualname=name, params=(), return_annotation=None, docstring="", summary="", examples=(),
        raises=(), is_async=False, decorators=(), is_implemented=False, source=source,
        signature=source.splitlines()[0], start_line=0, end_line=2)


def _candidates(name: str, *checks: str, test: str = "") -> list[CandidateTest]:
    """Two candidates that agree on every check (so the vote keeps them all)."""
    body = textwrap.indent("\n".join(checks) + "\n", "    ")
    test = test or f"test_{name}"
    return [CandidateTest(f"{test}_{number}", f"def {test}_{number}():\n{body}",
                          (f"from subject import {name}",), origin="model", meta={"candidate": number})
            for number in (0, 1)]


ADULT = _stub("is_adult", "age", "True from 18 years on.")
ADULT_CHECK = _candidates("is_adult", "assert is_adult(18) is True", test="test_is_adult_is_true_for_18")


def _probes(result: RankingResult) -> dict[str, str]:
    return {ranked.test.name: ranked.test.code for ranked in result.selected if PROBE in ranked.test.meta}


def test_the_input_next_to_the_models_is_added_with_the_drafts_value(tmp_path: Path) -> None:
    # 17 is the boundary: `>=` -> `>` survives `is_adult(18) is True` and dies on 17.
    target = overlay_target(tmp_path, ADULT, "is_adult")
    drafts = drafted_targets(target, ["return age >= 18\n", "if age < 18:\n    return False\nreturn True\n"])
    result = rank_candidates(ADULT_CHECK, target, spec=_spec("is_adult", ADULT), drafts=drafts)
    assert _probes(result) == {"test_is_adult_is_false_for_17": "def test_is_adult_is_false_for_17():\n"
                                                                "    assert is_adult(17) is False\n"}
    probe = next(ranked.test for ranked in result.selected if PROBE in ranked.test.meta)
    assert probe.meta[PROBE] == "is_adult(18) is True"
    assert DRAFTED_VALUE not in probe.meta  # the model guessed nothing for it
    assert "def test_is_adult_is_false_for_17" in result.code
    # It can fail: against a stub returning None it does.
    assert [test.name for test in check_against_stub([probe], target).tests] == [probe.name]
    without = rank_candidates(ADULT_CHECK, target, spec=_spec("is_adult", ADULT), drafts=drafts,
                              rules=VotingRules(draft_probes=False))
    assert _probes(without) == {}


def test_a_probe_that_catches_nothing_more_is_not_added(tmp_path: Path) -> None:
    # Every mutant of `2 * x` already fails double(3) == 6: a neighbour would add a test, not a catch.
    source = _stub("double", "x", "Twice x.")
    target = overlay_target(tmp_path, source, "double")
    result = rank_candidates(_candidates("double", "assert double(3) == 6"), target,
                             spec=_spec("double", source), drafts=drafted_targets(target, ["return 2 * x\n"]))
    assert [ranked.test.name for ranked in result.selected] == ["test_double_0"]


def test_drafts_that_disagree_on_a_neighbour_say_nothing_of_it(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, ADULT, "is_adult")
    drafts = drafted_targets(target, ["return age >= 18\n", "return age >= 17\n"])  # both True for 18
    result = rank_candidates(ADULT_CHECK, target, spec=_spec("is_adult", ADULT), drafts=drafts)
    assert "is_adult(17)" not in result.code


def test_inputs_the_checks_never_gave_are_not_tried(tmp_path: Path) -> None:
    # The checks give positive numbers and lists with items: no 0, no negative, no empty list
    # (what a draft returns there is its own guess: HumanEval's `largest_divisor(0)` is None).
    source = _stub("largest_divisor", "n", "The largest number smaller than n that divides n.")
    target = overlay_target(tmp_path, source, "largest_divisor")
    draft = "for i in range(n - 1, 0, -1):\n    if n % i == 0:\n        return i\nreturn 1\n"
    result = rank_candidates(_candidates("largest_divisor", "assert largest_divisor(12) == 6"), target,
                             spec=_spec("largest_divisor", source), drafts=drafted_targets(target, [draft]))
    assert "largest_divisor(0)" not in result.code and "largest_divisor(-12)" not in result.code
    span = _stub("span", "values", "The largest value minus the smallest; 0 for an empty list.")
    target = overlay_target(tmp_path, span, "span")
    drafts = drafted_targets(target, ["return max(values) - min(values) if values else 0\n"])
    checks = _candidates("span", "assert span([1, 5, 3]) == 4")
    result = rank_candidates(checks, target, spec=_spec("span", span), drafts=drafts)
    assert "span([])" not in result.code


def test_each_probe_catches_its_own_bug_up_to_the_limit(tmp_path: Path) -> None:
    # One check of the plain case leaves each discount's mutants alive; each flag turned on
    # catches its own, and four would do: three are kept.
    source = _stub("price", "base, student, senior, member, coupon", "base, less each discount that applies.")
    target = overlay_target(tmp_path, source, "price")
    body = ("total = base\nif student:\n    total -= 10\nif senior:\n    total -= 20\n"
            "if member:\n    total -= 5\nif coupon:\n    total -= 1\nreturn total\n")
    result = rank_candidates(_candidates("price", "assert price(100, False, False, False, False) == 100"), target,
                             spec=_spec("price", source), drafts=drafted_targets(target, [body]))
    probes = list(_probes(result).values())
    assert len(probes) == MAX_PROBES == 3, probes
    assert all("price(100, " in code and "True" in code for code in probes), probes
