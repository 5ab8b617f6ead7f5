"""TDD: the candidates' checks run on bodies drafted for the function, in the real sandbox."""

from __future__ import annotations

import ast
import textwrap
from dataclasses import replace
from pathlib import Path

from testdraft.generate.base import CandidateTest, ImportTarget
from testdraft.model.implementations import drafted_body, implementation_prompt
from testdraft.project.context import ProjectContext
from testdraft.spec.locate import replace_body
from testdraft.spec.model import FunctionSpec
from testdraft.validate.drafts import DRAFTED_VALUE, drafted_targets, meeting_the_spec, with_drafted_value
from testdraft.validate.rank import VotingRules, rank_candidates
from testdraft.validate.target import target_source
from testdraft.validate.worker.asserts import literal_repr

from .support import overlay_target

STUB = textwrap.dedent('''\
    import math


    def span(values):
        """The largest value minus the smallest; 0 for an empty list."""
    ''')
IMPORTS = ("from subject import span",)


def _spec(source: str = STUB) -> FunctionSpec:
    return FunctionSpec(
        name="span", qualname="span", params=(), return_annotation=None,
        docstring="The largest value minus the smallest; 0 for an empty list.", summary="", examples=(),
        raises=(), is_async=False, decorators=(), is_implemented=False, source=source,
        signature="def span(values):", start_line=4, end_line=5)


def _candidate(name: str, body: str, number: int) -> CandidateTest:
    code = f"def {name}():\n" + textwrap.indent(textwrap.dedent(body), "    ")
    return CandidateTest(name=name, code=code, imports=IMPORTS, origin="model", meta={"candidate": number})


NO_PROBES = VotingRules(draft_probes=False)  # no inputs added (`validate.probes`, tests/validate/test_probes.py)
# The candidates' own values, to see the vote and the veto.
KEEP_VALUES = VotingRules(draft_values=False, draft_probes=False)
CANDIDATES = [
    _candidate("test_a", "assert span([1, 5, 3]) == 4\nassert span([2, 2]) == 1\n", 0),
    _candidate("test_b", "assert span([]) == 0\nassert span([7]) > 3\n", 1),
]


def test_without_drafts_claims_no_other_candidate_makes_are_outvoted(tmp_path: Path) -> None:
    result = rank_candidates(CANDIDATES, overlay_target(tmp_path, STUB, "span"), spec=_spec())
    assert [ranked.test.name for ranked in result.selected] == ["test_b_2"]  # no claim: kept unchecked
    assert {item.name for item in result.dropped} == {"test_a_1", "test_a_2", "test_b_1"}


def test_a_check_that_holds_on_the_drafts_gains_their_vote_and_one_that_fails_loses_it(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, STUB, "span")
    drafts = drafted_targets(target, ["return max(values) - min(values) if values else 0\n",
                                      "if not values:\n    return 0\nreturn max(values) - min(values)\n"])
    assert len(drafts) == 2
    result = rank_candidates(CANDIDATES, target, spec=_spec(), drafts=drafts, rules=KEEP_VALUES)
    kept = {ranked.test.name: ranked for ranked in result.selected}
    assert set(kept) == {"test_a_1", "test_b_1"}  # true claims, one candidate each
    assert all(ranked.status == "pending" and ranked.votes == 2 for ranked in kept.values())
    reasons = {item.name: item.detail for item in result.dropped}
    assert "does not hold on the implementations" in reasons["test_a_2"]  # span([2, 2]) == 1
    assert "does not hold on the implementations" in reasons["test_b_2"]  # no claim: it must hold there


def test_drafts_on_which_no_check_passes_tell_nothing(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, STUB, "span")
    without = rank_candidates(CANDIDATES, target, spec=_spec())
    assert [r.test.name for r in without.selected] == ["test_b_2"]
    for body in ("return undefined_name(values)\n", "return -1\n"):  # a broken body; one that answers wrong
        with_draft = rank_candidates(CANDIDATES, target, spec=_spec(), drafts=drafted_targets(target, [body]),
                                     rules=NO_PROBES)
        assert [r.test.name for r in with_draft.selected] == ["test_b_2"], body


def test_a_draft_that_raises_on_every_input_tells_nothing(tmp_path: Path) -> None:
    # It passes the `pytest.raises` checks and no assert: it says nothing of the values.
    target = overlay_target(tmp_path, STUB, "span")
    raising = CandidateTest("test_c", "def test_c():\n    with pytest.raises(TypeError):\n        span(None)\n",
                            (*IMPORTS, "import pytest"), origin="model", meta={"candidate": 2})
    candidates = [*CANDIDATES, raising]
    without = rank_candidates(candidates, target, spec=_spec())
    with_draft = rank_candidates(candidates, target, spec=_spec(),
                                 drafts=drafted_targets(target, ["raise TypeError('not yet')\n"]))
    assert {r.test.name for r in without.selected} == {"test_b_2", "test_c"}
    assert {r.test.name for r in with_draft.selected} == {"test_b_2", "test_c"}


def test_agreed_claims_the_drafts_refute_go_unless_the_veto_is_off(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, STUB, "span")
    agreed = [_candidate("test_a", "assert span([2, 2]) == 1\nassert span([0, 3]) == 3\n", 0),
              _candidate("test_b", "assert span([2, 2]) == 1\nassert span([0, 3]) == 3\n", 1)]
    drafts = drafted_targets(target, ["return max(values) - min(values) if values else 0\n"])
    vetoed = rank_candidates(agreed, target, spec=_spec(), drafts=drafts, rules=KEEP_VALUES)
    assert [r.test.name for r in vetoed.selected] == ["test_a_2"]
    voted = rank_candidates(agreed, target, spec=_spec(), drafts=drafts,
                            rules=VotingRules(draft_veto=False, draft_values=False, draft_probes=False))
    assert {r.test.name for r in voted.selected} == {"test_a_1", "test_a_2"}  # two candidates agree


def test_a_value_every_working_draft_returns_takes_the_place_of_a_wrong_one(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, STUB, "span")
    drafts = drafted_targets(target, ["return max(values) - min(values) if values else 0\n",
                                      "if not values:\n    return 0\nreturn max(values) - min(values)\n"])
    # The empty list is the drafts' other branch: a check there catches bugs `[1, 5, 3]` misses.
    candidates = [_candidate("test_a", "assert span([1, 5, 3]) == 4\nassert span([]) == 1\n", 0),
                  _candidate("test_b", "assert span([0, 3]) == 3\nassert span([7]) > 3\n", 1)]
    result = rank_candidates(candidates, target, spec=_spec(), drafts=drafts, rules=NO_PROBES)
    kept = {ranked.test.name: ranked.test for ranked in result.selected}
    assert set(kept) == {"test_a_1", "test_a_2", "test_b_1"}
    assert "assert span([]) == 0" in kept["test_a_2"].code  # both drafts return 0, not 1
    assert kept["test_a_2"].meta[DRAFTED_VALUE] == "span([]) == 1"
    assert DRAFTED_VALUE not in kept["test_a_1"].meta
    reasons = {item.name: item.detail for item in result.dropped}
    assert "does not hold on the implementations" in reasons["test_b_2"]  # `> 3`: no value to put in


def test_drafts_that_return_different_values_correct_nothing(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, STUB, "span")
    odd = "if values == [2, 2]:\n    return 7\nreturn max(values) - min(values) if values else 0\n"
    drafts = drafted_targets(target, ["return max(values) - min(values) if values else 0\n", odd])
    result = rank_candidates(CANDIDATES, target, spec=_spec(), drafts=drafts, rules=NO_PROBES)
    assert {ranked.test.name for ranked in result.selected} == {"test_a_1", "test_b_1"}
    assert "does not hold on the implementations" in {item.name: item.detail for item in result.dropped}["test_a_2"]


def test_none_from_the_drafts_is_no_value_to_expect(tmp_path: Path) -> None:
    # A draft that forgets to return in some branch returns None there: expecting None would
    # pass against the stub, so the check keeps its value and the veto decides.
    target = overlay_target(tmp_path, STUB, "span")
    forgetful = "if len(values) == 2:\n    return None\nreturn max(values) - min(values) if values else 0\n"
    drafts = drafted_targets(target, [forgetful])
    result = rank_candidates(CANDIDATES, target, spec=_spec(), drafts=drafts, rules=NO_PROBES)
    assert "span([2, 2])" not in result.code
    assert "does not hold on the implementations" in {item.name: item.detail for item in result.dropped}["test_a_2"]


def test_a_value_is_put_only_where_a_literal_says_it() -> None:
    def unit(check: str) -> CandidateTest:
        return CandidateTest("test_u", f"def test_u():\n    {check}\n", IMPORTS, origin="model")

    def drafted(check: str, literal: str) -> str | None:
        result = with_drafted_value(unit(check), literal)
        return None if result is None else result.code.splitlines()[-1].strip()

    assert drafted("assert 4 == span([1, 5])", "3") == "assert 3 == span([1, 5])"
    assert drafted("assert span([1, 5]) == 4, 'four apart'", "3") == "assert span([1, 5]) == 3"  # no stale message
    assert drafted("assert span([1, 5]) is None", "False") == "assert span([1, 5]) is False"
    assert drafted("assert span([1, 5]) == 0", "None") == "assert span([1, 5]) is None"
    assert drafted("assert span([1, 5])", "False") == "assert not span([1, 5])"
    assert drafted("assert not span([1, 5])", "True") == "assert span([1, 5])"
    assert drafted("assert span([0.5, 1.0]) == 0.4", "0.5") == "assert span([0.5, 1.0]) == pytest.approx(0.5)"
    assert drafted("assert span([0.1, 0.3]) == 0.4", "0.19999999999999998") == \
        "assert span([0.1, 0.3]) == pytest.approx(0.2)"  # no digits of float noise
    assert drafted("assert span([1]) == (0, 1)", "(1, 0.30000000000000004)") == \
        "assert span([1]) == pytest.approx((1, 0.3))"
    assert "import pytest" in with_drafted_value(unit("assert span([0.5]) == 1"), "[0.5]").imports  # type: ignore[union-attr]
    assert drafted("assert span([1, 5]) == [[0.5]]", "[[0.5]]") is None  # approx takes no nested floats
    assert drafted("assert span([1, 5]) == other([1])", "3") is None  # expected no literal: not the model's guess
    assert drafted("assert span([1, 5]) > 3", "3") is None
    assert drafted("assert isinstance(span([1, 5]), int)", "False") is None  # a truth about the value
    assert drafted("assert span([1, 5])", "0") is None  # not a bool: `not` would say less than the value
    name = "test_span_is_false_for_1_5_2"
    named = CandidateTest(name, f"def {name}():\n    assert not span([1, 5])\n")
    renamed = with_drafted_value(named, "True")
    assert renamed is not None and renamed.name == "test_span_is_true_for_1_5_2"  # the name says what it checks
    assert renamed.code.startswith("def test_span_is_true_for_1_5_2():")
    assert with_drafted_value(unit("assert span([1, 5]) == 4"), "3").name == "test_u"  # type: ignore[union-attr]


def test_the_sandbox_reports_a_failed_checks_value_as_a_literal_only_when_it_reads_back() -> None:
    assert literal_repr({1: (2, "a")}) == "{1: (2, 'a')}"
    assert literal_repr(set()) == "set()"
    assert literal_repr(float("nan")) is None and literal_repr(object()) is None
    assert literal_repr("x" * 1000) is None  # no test expects a page of text
    assert literal_repr(True) == "True"


def test_a_drafted_body_goes_in_place_of_the_stub_and_nothing_else_changes(tmp_path: Path) -> None:
    (drafted,) = drafted_targets(overlay_target(tmp_path, STUB, "span"), ["if not values:\n    return 0\nreturn 1\n"])
    text, _path = target_source(drafted)
    assert text is not None and drafted.implemented
    assert text.startswith("import math\n\n\ndef span(values):\n    if not values:\n        return 0\n    return 1\n")


def test_replace_body_keeps_a_methods_indentation_and_puts_a_one_line_body_on_lines_of_its_own() -> None:
    source = "class Box:\n    @property\n    def size(self):\n        '''How big.'''\n        ...\n\n    other = 1\n"
    replaced = replace_body(source, "Box.size", "if self:\n    return 1\nreturn 2\n")
    assert replaced == ("class Box:\n    @property\n    def size(self):\n        if self:\n            return 1\n"
                        "        return 2\n\n    other = 1\n")
    assert replace_body("def f(): ...\n", "f", "x = 1\nreturn x\n") == "def f():\n    x = 1\n    return x\n"
    assert replace_body("def f(:\n", "f", "return 1\n") is None
    assert replace_body("def f(): ...\n", "g", "return 1\n") is None


def test_a_drafted_body_is_read_from_the_answer_with_the_helpers_it_wrote() -> None:
    spec = _spec()
    prompt = implementation_prompt(spec, _import_target())
    answer = (prompt.prefill + "    return _largest(values) - min(values) if values else 0\n\n\n"
              "def _largest(values):\n    return max(values)\n```\nThis returns the span.")
    body = drafted_body(answer, spec)
    assert body is not None and body.startswith("def _largest(values):")
    assert "'''" not in body and '"""' not in body  # the docstring is not part of it
    ast.parse(f"def span(values):\n{textwrap.indent(body, '    ')}")
    assert drafted_body(prompt.prefill + "    return max(values\n```", spec) is None  # does not parse
    assert drafted_body(prompt.prefill + "    pass\n```", spec) is None  # a stub is no draft
    assert drafted_body("```python\ndef other():\n    return 1\n```", spec) is None


def test_the_prompt_asks_for_the_body_after_the_signature_and_docstring() -> None:
    prompt = implementation_prompt(_spec(), _import_target())
    assert prompt.prefill.startswith("```python\ndef span(values):\n    \"\"\"The largest value")
    assert not prompt.prefill.rstrip().endswith("pass")
    assert "Implement `span` from the module `subject`" in prompt.messages[-1]["content"]


def _import_target() -> ImportTarget:
    return ImportTarget(module="subject", symbol="span", import_line="from subject import span", access="span",
                        sys_path_root=".")



def test_only_the_drafts_that_pass_every_one_of_the_docstrings_checks_are_kept(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, STUB, "span")
    right, largest, broken = drafted_targets(target, ["return max(values) - min(values) if values else 0\n",
                                                      "return max(values) if values else 0\n", "return 1 / 0\n"])
    examples = [_candidate("test_three", "assert span([1, 5, 3]) == 4\n", 0),
                _candidate("test_empty", "assert span([]) == 0\n", 0)]
    assert meeting_the_spec([largest, right, broken], examples) == [right]
    assert meeting_the_spec([largest, broken], examples) == []  # the candidates vote alone
    assert meeting_the_spec([largest, right], []) == [largest, right]


def test_the_prompt_shows_the_projects_tests_of_the_function_it_must_pass() -> None:
    # TDD: the user's first tests say what the body must do (`gather_context` picks them).
    own = ("def test_span_of_three():\n    assert span([1, 5, 3]) == 4",
           "def test_span_of_none():\n    assert span([]) == 0")
    context = ProjectContext(function_tests=own)
    user = implementation_prompt(_spec(), replace(_import_target(), context=context)).messages[-1]["content"]
    assert f"Tests the project already has for it, which it must pass:\n```python\n{own[0]}\n\n{own[1]}\n```" in user
    assert "Tests the project" not in implementation_prompt(_spec(), _import_target()).messages[-1]["content"]
