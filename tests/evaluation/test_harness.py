"""The harness end to end on a tiny dataset, through the real validation engine."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from testdraft.evaluation.__main__ import main
from testdraft.evaluation.generators import Recorded, scored_block, suggest_problem
from testdraft.evaluation.problems import load_csv
from testdraft.generate.base import CandidateTest

PROBLEMS = [
    ("T/0", "def clamp(x: int, low: int, high: int) -> int:\n    \"\"\"Clamp x.\"\"\"\n",
     "    if x < low:\n        return low\n    if x > high:\n        return high\n    return x\n",
     "clamp"),
    ("T/1", "def double(x: int) -> int:\n    \"\"\"Twice x.\"\"\"\n", "    return 2 * x\n",
     "double"),
    ("T/2", "def inc(x: int) -> int:\n    \"\"\"x + 1.\"\"\"\n", "    return x + 1\n", "inc"),
    ("T/3", "def neg(x: int) -> int:\n    \"\"\"-x.\"\"\"\n", "    return -x\n", "neg"),
]
# Text after the prompt's `assert `, as PyTester's predictions files hold it.
CANDIDATES = {
    "T/0": [" clamp(5, 0, 3) == 3\nassert clamp(-1, 0, 3) == 0\nassert clamp(2, 0, 3) == 2",
            " clamp(5, 0, 3) == 3"],
    "T/1": [" double(2) == 5", " double(2) == 4"],  # rank 0 fails: AssertionError
    "T/2": [" inc(1) == increment(1)", " inc(1) == 2"],  # rank 0: NameError
    "T/3": [" neg(1) == (-1", " neg(1) == -1"],  # rank 0: SyntaxError
}


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["task_id", "prompt_code", "output_solution", "fn_name"])
        writer.writerows(PROBLEMS)
    return path


@pytest.fixture
def predictions(tmp_path: Path) -> Path:
    path = tmp_path / "humaneval_tiny.jsonl"
    path.write_text(
        "".join(json.dumps({"task_id": t, "candidates": c}) + "\n" for t, c in CANDIDATES.items()),
        encoding="utf-8",
    )
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict, str]:
    code = main([*args, "--format", "json", "--no-progress"])
    captured = capsys.readouterr()
    return code, json.loads(captured.out) if code == 0 else {}, captured.err


def test_scores_errors_and_resumes_from_cache(
    dataset: Path, predictions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--dataset", str(dataset), "--predictions", str(predictions),
            "--cache-dir", str(tmp_path / "cache")]
    code, report, err = _run(args, capsys)
    assert code == 0
    assert "total" in err and "4 problems" in err
    (system,) = report["systems"]
    raw = system["settings"]["raw"]
    assert raw["passing"] == pytest.approx(25.0)
    assert raw["syntax"] == pytest.approx(75.0)
    assert raw["errors"] == {
        "passed": pytest.approx(25.0),
        "AssertionError": pytest.approx(25.0),
        "NameError": pytest.approx(25.0),
        "SyntaxError": pytest.approx(25.0),
    }
    # clamp's three asserts cover every line, and they kill some mutants but not all
    # (`x < low` -> `x <= low` survives): only the passing problem counts.
    assert raw["solution_coverage"] == pytest.approx(25.0)
    assert 0 < raw["mutation"] < 25.0
    three = system["settings"]["3-test"]
    assert three["passing"] == raw["passing"]
    filtered = system["settings"]["filtered"]
    assert filtered["errors"].get("NoAssertions") == pytest.approx(25.0)  # neg's only assert
    assert report["runs"] > 0 and report["cached"] == 0

    code, again, _ = _run(args, capsys)
    assert again["runs"] == 0 and again["cached"] == report["runs"]
    assert again["systems"][0]["settings"] == report["systems"][0]["settings"]


def test_rank_all_is_the_mean_over_candidates(
    dataset: Path, predictions: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--dataset", str(dataset), "--predictions", str(predictions), "--rank", "all",
            "--settings", "raw", "--cache-dir", str(tmp_path / "cache")]
    code, report, _ = _run(args, capsys)
    assert code == 0
    raw = report["systems"][0]["settings"]["raw"]
    assert report["systems"][0]["ranks"] == [0, 1]
    assert raw["passing"] == pytest.approx((25.0 + 100.0) / 2)


def _model_answers(*codes: str) -> Recorded:
    """The model's tests for a problem as the eval replays them (each its own sample)."""
    tests = [CandidateTest(f"test_clamp_{n}", code, ("from solution import clamp",), origin="model",
                           meta={"candidate": n}) for n, code in enumerate(codes)]
    return Recorded("model", True, tests)


def test_modes_run_the_pipeline_on_the_prompt_or_on_the_solution(dataset: Path) -> None:
    problem = load_csv(dataset)[0]
    answers = (
        "def test_clamp_0():\n    assert clamp(5, 0, 3) == 99\n    assert clamp(5, 0, 3) == 3\n",
        "def test_clamp_1():\n    assert clamp(5, 0, 3) == 3\n    assert clamp(-4, 0, 3) == 0\n",
    )
    # Validated: the sandbox runs the model's asserts on the solution; the failing one goes.
    validated = suggest_problem(problem, "validated", [_model_answers(*answers)])
    assert validated is not None
    assert scored_block(validated).splitlines() == ["assert clamp(5, 0, 3) == 3", "assert clamp(-4, 0, 3) == 0"]
    assert any(d.reason == "failed against the implementation" and "99" in d.detail for d in validated.dropped)
    # TDD: no body to run, so samples vote: only the claim both samples make is kept.
    tdd = suggest_problem(problem, "tdd", [_model_answers(*answers)])
    assert tdd is not None and scored_block(tdd) == "assert clamp(5, 0, 3) == 3"
    assert {d.reason.value for d in tdd.dropped} >= {"outvoted", "duplicate"}


def test_bad_inputs_exit_2_with_a_message(
    dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--dataset", str(dataset), "--predictions", str(tmp_path / "x.jsonl")]) == 2
    assert "predictions file not found" in capsys.readouterr().err
    assert main(["--dataset", str(dataset)]) == 2
    assert "nothing to score" in capsys.readouterr().err
    assert main(["--dataset", str(tmp_path / "none.csv"), "--generator", "docstring"]) == 2
    assert "dataset not found" in capsys.readouterr().err


def test_mbpp_shaped_csv_runs_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MBPP's CSV: extra columns, tab indentation, and a row whose solution was cut."""
    path = tmp_path / "mbpp_test.csv"
    header = ["Unnamed: 0", "source_file", "task_id", "prompt", "code", "test_imports",
              "test_list", "fn_name", "prompt_code", "output_solution", "prompt_testcase",
              "output_testcase", "exec_error"]
    rows = [
        ["0", "nb", "17", "perimeter", "", "[]", "['assert square_perimeter(10)==40']",
         "square_perimeter", "def square_perimeter(a):\n", "\n\tperimeter=4*a\n\treturn perimeter",
         "def square_perimeter(a):\n\t'''Perimeter.'''\n\tpass\n# check the correctness of "
         "square_perimeter\nassert ", "square_perimeter(10)==40", ""],
        ["1", "nb", "11", "remove", "", "[]", "[]", "remove_Occ", "def remove_Occ(s,ch):\n",
         " \n    for i in range(len(s)", "def remove_Occ(s,ch):\n\tpass\nassert ",
         'remove_Occ("hello","l") == "heo"', "SyntaxError"],
    ]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    predictions = tmp_path / "mbpp_model.jsonl"
    predictions.write_text(
        json.dumps({"task_id": "17", "candidates": ["square_perimeter(10)==40\nassert "
                                                     "square_perimeter(5)==20"]}) + "\n"
        + json.dumps({"task_id": "11", "candidates": ['remove_Occ("hello","l") == "heo"']})
        + "\n",
        encoding="utf-8",
    )
    code, report, _ = _run(["--dataset", str(path), "--predictions", str(predictions),
                            "--settings", "raw", "--no-cache"], capsys)
    assert code == 0
    raw = report["systems"][0]["settings"]["raw"]
    assert report["dataset"] == "mbpp_test.csv"
    assert raw["errors"] == {"passed": 50.0, "ReferenceSyntaxError": 50.0}
    assert raw["solution_coverage"] == pytest.approx(50.0)


def test_docstring_generator_in_both_modes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Our deterministic generator on the first HumanEval problems, TDD and validated."""
    save = tmp_path / "saved"
    code, report, _ = _run(["--dataset", "humaneval", "--limit", "3", "--generator", "docstring",
                            "--settings", "raw", "--cache-dir", str(tmp_path / "cache"),
                            "--save-predictions", str(save)], capsys)
    assert code == 0
    by_mode = {s["mode"]: s for s in report["systems"]}
    assert set(by_mode) == {"tdd", "validated"}
    tdd, validated = by_mode["tdd"]["settings"]["raw"], by_mode["validated"]["settings"]["raw"]
    # HumanEval/0-2 show examples in their docstrings; the examples hold on the solutions.
    assert tdd["passing"] == pytest.approx(100.0)
    assert validated["passing"] >= tdd["passing"]
    assert tdd["coverage"] > 50.0 and tdd["mutation"] > 0.0
    saved = (save / "docstring_tdd.jsonl").read_text(encoding="utf-8")
    assert "has_close_elements(" in saved


def test_the_models_answers_are_counted_before_ranking() -> None:
    from testdraft.evaluation.harness import Mode, SampledAnswers, SystemScore
    from testdraft.evaluation.report import sampled_answers

    # Answer 0 gave two tests (1 + 3 asserts), answer 1 gave nothing that parsed, answer 2 one assert.
    tests = [CandidateTest(name, code, ("from solution import clamp",), origin="model", asserts=code.count("assert"),
                           meta={"candidate": index})
             for name, code, index in (
                 ("test_a", "def test_a():\n    assert clamp(5, 0, 3) == 3\n", 0),
                 ("test_b", "def test_b():\n    assert clamp(1, 0, 3) == 1\n    assert clamp(0, 0, 3) == 0\n"
                            "    assert clamp(9, 0, 3) == 3\n", 0),
                 ("test_c", "def test_c():\n    assert clamp(2, 0, 3) == 2\n", 2))]
    answers = Recorded("model", True, tests).answers(3)
    assert answers == SampledAnswers(answers=3, with_tests=2, asserts=5, three_or_more=1)
    assert answers + answers == SampledAnswers(6, 4, 10, 2)
    score = SystemScore("ours: model", Mode.TDD, (0,), {}, sampled=answers)
    assert sampled_answers([score])[2] == ("- ours: model: 2 of 3 answers gave a test (66.7%), "
                                           "1.67 asserts per answer, 1 with 3 or more")
    assert score.to_dict()["sampled_answers"] == {"answers": 3, "with_tests": 2, "asserts": 5, "three_or_more": 1}
