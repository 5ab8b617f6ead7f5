"""Ranking candidate suites: real validation with an implementation, votes without one."""

from __future__ import annotations

import textwrap
from pathlib import Path

from testdraft.generate.base import CandidateTest
from testdraft.spec.model import DocExample, FunctionSpec
from testdraft.validate.rank import rank_candidates, split_candidate

from .support import overlay_target

SOURCE = textwrap.dedent('''\
    def grade(score):
        """Letter grade.

        >>> grade(95)
        'A'
        """
        if score >= 90:
            return "A"
        if score >= 50:
            return "B"
        return "F"
    ''')
IMPORTS = ("from subject import grade",)


def _candidate(name: str, body: str, origin: str = "model") -> CandidateTest:
    code = f"def {name}():\n" + textwrap.indent(textwrap.dedent(body), "    ")
    return CandidateTest(name=name, code=code, imports=IMPORTS, origin=origin)


def test_split_candidate_keeps_setup_before_each_assert() -> None:
    candidate = _candidate(
        "test_many", "x = 95\nassert grade(x) == 'A'\ny = 10\nassert grade(y) == 'F'\n")
    units = split_candidate(candidate)
    assert [u.name for u in units] == ["test_many_1", "test_many_2"]
    assert "x = 95" in units[0].code and "y = 10" not in units[0].code
    assert "x = 95" in units[1].code and "y = 10" in units[1].code
    assert units[1].meta["split_from"] == "test_many"


def test_a_unit_keeps_a_call_whose_result_it_does_not_read_as_a_statement() -> None:
    candidate = _candidate("test_add", "cart = Cart()\nresult = cart.add('x')\nassert result == 1\n"
                           "assert cart.size == 1\n")
    first, second = (unit.code for unit in split_candidate(candidate))
    assert "result = cart.add('x')\n    assert result == 1" in first
    assert "    cart.add('x')\n    assert cart.size == 1" in second and "result" not in second


def test_a_unit_keeps_the_earlier_check_that_binds_a_name_it_reads() -> None:
    candidate = _candidate("test_raises", "with pytest.raises(ValueError) as raised:\n    grade(-1)\n"
                           "assert 'negative' in str(raised.value)\nassert grade(95) == 'A'\n")
    first, second, third = (unit.code for unit in split_candidate(candidate))
    assert "raised.value" not in first
    assert second.index("pytest.raises") < second.index("raised.value")  # `raised` is bound in its unit
    assert "pytest.raises" not in third


def test_split_candidate_keeps_fixture_parameters_in_each_unit(tmp_path: Path) -> None:
    # A fixture test whose second check fails still gives its first, passing check.
    target = overlay_target(tmp_path, SOURCE, "grade")
    code = ("def test_fixture(tmp_path):\n    score = 95\n    assert grade(score) == 'A'\n"
            "    assert tmp_path.exists() is False\n")
    candidate = CandidateTest(name="test_fixture", code=code, imports=IMPORTS, origin="model")
    units = split_candidate(candidate)
    assert [u.code.splitlines()[0] for u in units] == ["def test_fixture_1(tmp_path):", "def test_fixture_2(tmp_path):"]
    result = rank_candidates([candidate], target)
    assert [r.test.name for r in result.selected] == ["test_fixture_1"]
    assert {d.name: d.reason for d in result.dropped} == {"test_fixture_2": "failed against the implementation"}
    decorated = CandidateTest(name="test_p", code="@pytest.mark.parametrize('s', [95])\n" + code.replace(
        "test_fixture(tmp_path)", "test_p(tmp_path, s)"), imports=IMPORTS, origin="model")
    assert split_candidate(decorated) == [decorated]


def test_rank_drops_failures_duplicates_and_redundant_tests(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, SOURCE, "grade")
    candidates = [
        _candidate("test_a", "assert grade(95) == 'A'\nassert grade(10) == 'F'\n"),
        _candidate("test_b", "assert grade(95) == 'A'\nassert grade(60) == 'C'\n"),  # wrong
        _candidate("test_c", "assert grade(60) == 'B'\nassert grade(99) == 'A'\n"),
        _candidate("test_d", "assert grade(50) == 'B'\n"),
    ]
    result = rank_candidates(candidates, target)
    reasons = {item.name: item for item in result.dropped}
    assert reasons["test_b_1"].reason == "duplicate" and reasons["test_b_1"].detail == "same as test_a_1"
    assert reasons["test_b_2"].reason == "failed against the implementation"
    assert reasons["test_b_2"].detail.startswith("failed: expected 'C', the implementation returns 'B'")
    kept = [r.test.name for r in result.selected]
    assert "test_a_1" in kept and "test_a_2" in kept
    assert "test_c_1" in kept or "test_d" in kept
    assert result.line_rate == 1.0
    # Once the lines are covered, a unit is kept only for mutants it newly kills.
    for ranked in result.selected[1:]:
        assert ranked.new_lines or ranked.new_kills
    assert "test_d" in kept  # the only one that kills `>= 50` -> `> 50`
    assert result.mutation_score > 0.5
    assert "def test_a_1():" in result.code and "from subject import grade" in result.code


def test_tdd_votes_keep_agreeing_assertions_as_pending(tmp_path: Path) -> None:
    stub = 'def grade(score):\n    """Letter grade."""\n    raise NotImplementedError\n'
    target = overlay_target(tmp_path, stub, "grade")
    spec = FunctionSpec(
        name="grade", qualname="grade", params=(), return_annotation=None, docstring="",
        summary="", examples=(DocExample("grade(95)", "'A'"),), raises=(), is_async=False,
        decorators=(), is_implemented=False, source=stub, signature="def grade(score):",
        start_line=0, end_line=2)
    candidates = [
        _candidate("test_1", "assert grade(95) == 'A'\nassert grade(10) == 'F'\n"),
        _candidate("test_2", "assert grade(95) == 'B'\nassert grade(10) == 'F'\n"),
        _candidate("test_3", "assert grade(10) == 'E'\nassert grade(70) == 'B'\n"),
    ]
    result = rank_candidates(candidates, target, spec=spec)
    kept = {r.test.name: r for r in result.selected}
    assert set(kept) == {"test_1_1", "test_1_2"}  # test_2_2 duplicates test_1_2
    assert all(r.status == "pending" for r in result.selected)
    assert kept["test_1_1"].votes == 4  # the docstring (3) and one candidate
    reasons = {item.name: item for item in result.dropped}
    assert {reasons[name].reason for name in ("test_2_1", "test_3_1", "test_3_2")} == {"outvoted"}
    assert "disagrees" in reasons["test_2_1"].detail and "disagrees" in reasons["test_3_1"].detail
    assert "only 1 candidate" in reasons["test_3_2"].detail
    assert reasons["test_2_2"].reason == "duplicate"
    assert result.report is None


def test_a_candidate_with_a_broken_import_does_not_sink_the_others(tmp_path: Path) -> None:
    target = overlay_target(tmp_path, SOURCE, "grade")
    broken = CandidateTest(name="test_x", code="def test_x():\n    assert helper(95) == 'A'\n",
                           imports=("from subject import helper",))
    result = rank_candidates([broken, _candidate("test_a", "assert grade(95) == 'A'\n")], target)
    assert [r.test.name for r in result.selected] == ["test_a"]
    (dropped,) = result.dropped
    assert dropped.name == "test_x" and dropped.reason == "failed against the implementation"
    assert dropped.detail.startswith("module error: ImportError")

