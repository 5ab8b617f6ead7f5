"""How `testdraft eval` hands work to the generators (the UI benchmark: tests/ui/test_eval_cli.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from testdraft.commands.eval import command_line
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


def test_regenerate_line_writes_paths_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, shared = tmp_path / "checkout", tmp_path / "shared"
    repo.mkdir()
    monkeypatch.chdir(repo)
    line = command_line(["testdraft"], [
        "eval", "--dataset", str(shared / "humaneval_test.csv"),
        "--predictions", f"{shared / 'gpt35.jsonl'}@all", f"--output={repo / 'docs' / 'results.md'}",
        "--chart", "docs/results.png", "--rank", "all",
    ])
    assert line == (
        "testdraft eval --dataset ../shared/humaneval_test.csv --predictions ../shared/gpt35.jsonl@all "
        "--output=docs/results.md --chart docs/results.png --rank all"
    )
    assert str(tmp_path) not in line
