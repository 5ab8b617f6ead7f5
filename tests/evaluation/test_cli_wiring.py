"""How `testdraft eval` hands work to the generators (the UI benchmark: tests/ui/test_eval_cli.py)."""

from __future__ import annotations

import pytest

from testdraft.evaluation.generators import (
    GeneratorUnavailable,
    combine,
    generator_fingerprint,
    load_generator,
    tdd_view,
)
from testdraft.evaluation.problems import load_dataset
from testdraft.model.settings import ModelSettings


def test_tdd_view_hides_the_solution_and_reference_tests() -> None:
    problem = load_dataset("humaneval", limit=1)[0]
    hidden = tdd_view(problem)
    assert hidden.solution == "" and hidden.reference_tests == ()
    assert hidden.prompt_code == problem.prompt_code


def test_combined_candidates_put_docstring_asserts_first() -> None:
    # Rank 0: the docstring alone; then the docstring plus each model sample.
    assert combine(["assert f(1) == 1"], ["assert f(2) == 2", "assert f(3) == 3"]) == [
        "assert f(1) == 1",
        "assert f(1) == 1\nassert f(2) == 2",
        "assert f(1) == 1\nassert f(3) == 3",
    ]
    assert combine(["assert f(1) == 1"], []) == ["assert f(1) == 1"]
    # No docstring asserts: the model's samples are the candidates.
    assert combine([], ["assert f(2) == 2"]) == ["assert f(2) == 2"]
    assert combine([], []) == []


def test_unknown_generator_is_a_clear_error() -> None:
    with pytest.raises(GeneratorUnavailable, match="unknown generator 'magic'"):
        load_generator("magic")


def test_generator_fingerprint_tracks_knobs_only_for_the_model() -> None:
    cold, warm = ModelSettings(temperature=0.0), ModelSettings(temperature=0.8)
    assert generator_fingerprint("docstring", cold) == generator_fingerprint("docstring", warm)
    assert generator_fingerprint("model", cold) != generator_fingerprint("model", warm)
    assert generator_fingerprint("model", cold).startswith("model:")
