"""Validated mode: the generator may run the reference solution to filter and rank.

This is what the editor does once the implementation exists: asserts that fail on the
solution are dropped, and the candidates are ordered by what is left, best first: the
seed reward (syntax, execution, coverage), then TestQuality (coverage and mutation).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from testdraft.evaluation.harness import Scorer
from testdraft.evaluation.metrics import RunOutcome, harmonic_mean
from testdraft.evaluation.predictions import as_candidate
from testdraft.evaluation.problems import Problem
from testdraft.evaluation.settings import split_asserts

Block = tuple[str, ...]


def quality(outcome: RunOutcome) -> tuple[float, float]:
    return outcome.reward, harmonic_mean(outcome.solution_coverage, outcome.mutation)


def filter_and_rank(
    problems: Sequence[Problem], candidates: Mapping[str, Sequence[str]], scorer: Scorer
) -> dict[str, list[str]]:
    """Per task: its candidates with failing asserts removed, best first, empty ones dropped."""
    checks: list[tuple[Problem, Block]] = [
        (problem, tuple(split_asserts(text, problem.fn_name, filter_syntax=True)))
        for problem in problems
        for text in candidates.get(problem.task_id, ())
    ]
    checked = scorer.outcomes(checks, "validate candidates")
    kept: dict[str, dict[Block, Problem]] = {p.task_id: {} for p in problems}
    for (problem, block), outcome in zip(checks, checked, strict=True):
        holding = tuple(a for a, ok in zip(block, outcome.assert_results, strict=False) if ok)
        if holding:
            kept[problem.task_id].setdefault(holding, problem)
    ranking = [(problem, block) for blocks in kept.values() for block, problem in blocks.items()]
    ranked = dict(zip(ranking, scorer.outcomes(ranking, "rank candidates"), strict=True))
    return {
        task_id: [
            as_candidate("\n".join(block))
            for block, problem in sorted(
                blocks.items(), key=lambda item: quality(ranked[(item[1], item[0])]), reverse=True
            )
        ]
        for task_id, blocks in kept.items()
    }
