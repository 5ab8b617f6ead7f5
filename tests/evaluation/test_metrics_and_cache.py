from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest

from testdraft.evaluation.cache import JsonCache, outcome_key
from testdraft.evaluation.metrics import (
    ProblemResult,
    RunOutcome,
    harmonic_mean,
    mean_summary,
    summarize,
)
from testdraft.evaluation.settings import Setting


def _result(task: str, outcome: RunOutcome, syntax_ok: bool = True) -> ProblemResult:
    return ProblemResult(task, Setting.RAW, syntax_ok, outcome)


def test_failing_problems_count_zero_for_coverage_and_mutation() -> None:
    passed = RunOutcome(True, None, 90.0, 80.0, 60.0, assert_results=(True, True))
    failed = RunOutcome.failed("AssertionError", 3)
    syntax = RunOutcome.failed("SyntaxError", 1)
    summary = summarize(
        [_result("a", passed), _result("b", failed), _result("c", syntax, syntax_ok=False)]
    )
    assert summary.problems == 3
    assert summary.passing == pytest.approx(100 / 3)
    assert summary.syntax == pytest.approx(200 / 3)
    assert summary.coverage == pytest.approx(30.0)
    assert summary.mutation == pytest.approx(20.0)
    assert summary.test_quality == pytest.approx(harmonic_mean(30.0, 20.0))
    assert summary.errors["AssertionError"] == pytest.approx(100 / 3)
    assert summary.errors["SyntaxError"] == pytest.approx(100 / 3)
    assert summary.asserts_passed == pytest.approx(100 * 2 / 6)


def test_mean_summary_averages_ranks() -> None:
    good = summarize([_result("a", RunOutcome(True, None, 100.0, 100.0, 50.0))])
    bad = summarize([_result("a", RunOutcome.failed("NameError", 1))])
    mean = mean_summary([good, bad])
    assert mean.passing == pytest.approx(50.0)
    assert mean.mutation == pytest.approx(25.0)
    assert mean.errors == {"NameError": pytest.approx(50.0), "passed": pytest.approx(50.0)}


def test_harmonic_mean_of_zero_is_zero() -> None:
    assert harmonic_mean(0.0, 0.0) == 0.0
    assert harmonic_mean(100.0, 50.0) == pytest.approx(66.666, abs=1e-2)


def test_cache_round_trip_and_corruption(tmp_path: Path) -> None:
    cache = JsonCache(tmp_path)
    key = outcome_key("run", "v1", "code", "assert f()")
    assert key != outcome_key("run", "v2", "code", "assert f()")
    assert cache.get(key) is None
    outcome = RunOutcome(True, None, 88.0, 75.0, 60.0, assert_results=(True,), mutants=4)
    cache.put(key, asdict(outcome))
    stored = JsonCache(tmp_path).get(key)
    assert isinstance(stored, dict)
    assert RunOutcome.from_dict(stored) == outcome
    next(tmp_path.rglob(f"{key}.json")).write_text("{truncated", encoding="utf-8")
    assert cache.get(key) is None


def test_disabled_cache_stores_nothing(tmp_path: Path) -> None:
    cache = JsonCache(None)
    cache.put("ab" * 32, {"x": 1})
    assert cache.get("ab" * 32) is None
