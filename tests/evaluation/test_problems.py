from __future__ import annotations

import csv
from pathlib import Path

import pytest

from testdraft.evaluation.__main__ import main
from testdraft.evaluation.problems import DatasetError, load_csv, load_dataset, pytester_prompt


def test_humaneval_package_matches_pytester_csv(anchors: Path) -> None:
    package = load_dataset("humaneval")
    csv_rows = load_csv(anchors / "humaneval_test.csv")
    assert len(package) == len(csv_rows) == 164
    by_id = {p.task_id: p for p in csv_rows}
    for problem in package[:20]:
        twin = by_id[problem.task_id]
        assert problem.fn_name == twin.fn_name
        assert problem.reference_code.strip() == twin.reference_code.strip()
        # Our synthesized prompt is the one PyTester's CSV ships.
        assert problem.prompt_testcase.rstrip() == twin.prompt_testcase.rstrip()
        assert problem.reference_parses()


def test_humaneval_reference_asserts_hold_on_the_solution() -> None:
    problem = load_dataset("humaneval", limit=1)[0]
    assert problem.reference_tests[0].startswith("assert has_close_elements(")
    namespace: dict[str, object] = {}
    exec(problem.reference_code + "\n".join(problem.reference_tests), namespace)


def test_csv_with_only_the_required_columns(tmp_path: Path) -> None:
    path = tmp_path / "tiny.csv"
    path.write_text(
        "task_id,prompt_code,output_solution,fn_name\n"
        '7,"def inc(x):\n    """"""Add one.""""""\n","    return x + 1\n",inc\n',
        encoding="utf-8",
    )
    (problem,) = load_csv(path)
    assert problem.task_id == "7"
    assert problem.prompt_testcase == pytester_prompt(problem.prompt_code, "inc")
    assert problem.prompt_testcase.endswith("# check the correctness of inc\nassert ")
    namespace: dict[str, object] = {}
    exec(problem.reference_code + "assert inc(1) == 2", namespace)


def test_csv_missing_columns_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("task_id,prompt\n1,x\n", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"missing column.*prompt_code"):
        load_csv(path)


def test_missing_dataset_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not found"):
        load_dataset(str(tmp_path / "nope.csv"))


def test_csv_rows_are_repaired_and_counted_in_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mbpp_like.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["task_id", "prompt", "prompt_code", "output_solution", "fn_name", "code"])
        # Only the signature in prompt_code; the task's text in `prompt`.
        writer.writerow(["1", "Write a function to add one to x.", "def inc(x):\n", "    return x + 1\n", "inc", ""])
        # The split pieces do not parse (the body was cut mid-expression); `code` does.
        writer.writerow(["2", "", 'def neg(x):\n    """Negate x."""\n', "    return -(x\n", "neg",
                         "def neg(x):\n    return -x\n"])
        # Nothing to repair.
        writer.writerow(["3", "ignored", 'def two():\n    """Two."""\n', "    return 2\n", "two", ""])
    first, second, third = load_csv(path)
    assert first.repairs == ("description",) and '"""Write a function to add one to x."""' in first.prompt_code
    exec(first.reference_code + "assert inc(1) == 2", {})
    assert second.repairs == ("code",) and second.reference_parses()
    exec(second.reference_code + "assert neg(1) == -1", {})
    assert third.repairs == () and third.prompt_code == 'def two():\n    """Two."""\n'
    assert main(["--dataset", str(path), "--generator", "docstring", "--mode", "tdd", "--settings", "raw",
                 "--no-cache", "--no-progress"]) == 0
    report = capsys.readouterr().out
    assert "Dataset rows repaired on loading: 2 (1: the `code` column is the reference" in report
    assert "1: the `prompt` column became the docstring" in report
