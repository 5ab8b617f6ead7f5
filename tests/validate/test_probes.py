"""TDD: inputs next to the kept checks' ones, answered by the drafts, kept where they catch more
(`validate.probes`), run in the real sandbox with real mutants."""

from __future__ import annotations

import textwrap
from pathlib import Path

from testdraft.generate.base import CandidateTest
from testdraft.spec.model import FunctionSpec
from testdraft.validate.drafts import DRAFTED_VALUE, drafted_targets
from testdraft.validate.probes import MAX_PROBES, PROBE
from testdraft.validate.rank import VotingRules, rank_candidates
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


SPAN = _stub("span", "values", "The largest value minus the smallest; 0 for an empty list.")
SPAN_DRAFT = "return max(values) - min(values) if values else 0\n"


def test_an_empty_input_the_model_never_tried_is_added_with_the_drafts_value(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, SPAN, "span")
    drafts = drafted_targets(target, [SPAN_DRAFT, "if not values:\n    return 0\nreturn max(values) - min(values)\n"])
    result = rank_candidates(_candidates("span", "assert span([1, 5, 3]) == 4"), target,
                             spec=_spec("span", SPAN), drafts=drafts)
    probes = [ranked.test for ranked in result.selected if PROBE in ranked.test.meta]
    assert [probe.name for probe in probes] == ["test_span_for_empty"]
    assert "assert span([]) == 0" in probes[0].code
    assert probes[0].meta[PROBE] == "span([1, 5, 3]) == 4"
    assert DRAFTED_VALUE not in probes[0].meta  # the model guessed nothing for it
    assert "def test_span_for_empty" in result.code
    # It can fail: against a stub returning None it does.
    assert [test.name for test in check_against_stub(probes, target).tests] == ["test_span_for_empty"]
    without = rank_candidates(_candidates("span", "assert span([1, 5, 3]) == 4"), target,
                              spec=_spec("span", SPAN), drafts=drafts, rules=VotingRules(draft_probes=False))
    assert not any(PROBE in ranked.test.meta for ranked in without.selected)


def test_a_probe_that_catches_nothing_more_is_not_added(tmp_path: Path) -> None:
    # Every mutant of `2 * x` already fails double(3) == 6: a neighbour would add a test, not a catch.
    source = _stub("double", "x", "Twice x.")
    target = overlay_target(tmp_path, source, "double")
    result = rank_candidates(_candidates("double", "assert double(3) == 6"), target,
                             spec=_spec("double", source), drafts=drafted_targets(target, ["return 2 * x\n"]))
    assert [ranked.test.name for ranked in result.selected] == ["test_double_0"]


def test_drafts_that_disagree_on_a_neighbour_say_nothing_of_it(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, SPAN, "span")
    other = "if not values:\n    return -1\nreturn max(values) - min(values)\n"  # agrees on [1, 5, 3] only
    result = rank_candidates(_candidates("span", "assert span([1, 5, 3]) == 4"), target,
                             spec=_spec("span", SPAN), drafts=drafted_targets(target, [SPAN_DRAFT, other]))
    assert "span([])" not in result.code


def test_a_probe_named_is_true_says_true_when_the_drafts_answer_false(tmp_path: Path) -> None:
    source = _stub("is_adult", "age", "True from 18 years on.")
    target = overlay_target(tmp_path, source, "is_adult")
    result = rank_candidates(_candidates("is_adult", "assert is_adult(18) is True", test="test_is_adult_is_true_for_18"),
                             target,
                             spec=_spec("is_adult", source), drafts=drafted_targets(target, ["return age >= 18\n"]))
    probes = {ranked.test.name: ranked.test.code for ranked in result.selected if PROBE in ranked.test.meta}
    # 17 is the boundary: `>=` -> `>` survives 18 is True and dies on 17 is False.
    assert any("is_adult(17) is False" in code for code in probes.values()), probes
    assert all(("is False" in code) == ("is_false" in name) for name, code in probes.items()), probes


def test_each_probe_catches_its_own_bug_up_to_the_limit(tmp_path: Path) -> None:
    # One check of the plain case leaves each branch's mutants alive; a child, a member and an
    # empty basket each take one branch.
    source = _stub("fee", "age, member, items", "10, 5 off under 12, 2 off for members, 0 for no items.")
    target = overlay_target(tmp_path, source, "fee")
    body = ("total = 10\nif age < 12:\n    total -= 5\nif member:\n    total -= 2\n"
            "if not items:\n    total = 0\nreturn total\n")
    result = rank_candidates(_candidates("fee", "assert fee(30, False, [1]) == 10"), target,
                             spec=_spec("fee", source), drafts=drafted_targets(target, [body]))
    probes = [ranked.test.code for ranked in result.selected if PROBE in ranked.test.meta]
    assert len(probes) == MAX_PROBES == 3, probes
    assert any("fee(30, True, [1]) == 8" in code for code in probes), probes
    assert any("fee(30, False, []) == 0" in code for code in probes), probes
