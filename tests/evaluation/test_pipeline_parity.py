"""The harness scores exactly what `testdraft suggest` prints.

Both run through `pipeline.suggest_file`; this checks it from the outside: the eval's
saved candidates (the asserts it scored) against the asserts of the module that
`testdraft suggest --format json` prints for the same problem, run as a user runs it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import run_suggest

from testdraft.evaluation.__main__ import main
from testdraft.evaluation.generators import MODULE, problem_module
from testdraft.evaluation.predictions import ASSERT_PREFIX, load_predictions
from testdraft.evaluation.problems import load_dataset
from testdraft.evaluation.test_code import asserts_from_test_code

SAMPLE = 5  # HumanEval/0-4: parametrized examples, floats, a nested list


def _suggest_json(project: Path, function: str) -> dict[str, object]:
    result = run_suggest(project, f"{MODULE}.py::{function}", "--format", "json")
    assert result.returncode == 0, result.stderr
    payload: dict[str, object] = json.loads(result.stdout)
    return payload


@pytest.mark.parametrize("mode", ["tdd", "validated"])
def test_scored_asserts_are_the_suggested_modules_asserts(
    mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved"
    code = main(["--dataset", "humaneval", "--limit", str(SAMPLE), "--generator", "docstring", "--mode", mode,
                 "--settings", "raw", "--save-predictions", str(saved), "--no-cache", "--no-progress",
                 "--format", "json"])
    assert code == 0, capsys.readouterr().err
    scored = load_predictions(saved / f"docstring_{mode}.jsonl")
    compared = 0
    for problem in load_dataset("humaneval", limit=SAMPLE):
        project = tmp_path / problem.task_id.replace("/", "_")
        project.mkdir()
        (project / "pyproject.toml").write_text('[project]\nname = "problem"\nversion = "0"\n')
        (project / f"{MODULE}.py").write_text(problem_module(problem, mode), encoding="utf-8")
        printed = asserts_from_test_code(str(_suggest_json(project, problem.fn_name)["code"]))
        harness = [ASSERT_PREFIX + c for c in scored[problem.task_id]]
        assert harness == (["\n".join(printed)] if printed else []), problem.task_id
        compared += bool(printed)
    assert compared >= SAMPLE - 1  # the sample really holds asserts to compare
