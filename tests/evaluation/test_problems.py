from __future__ import annotations

from pathlib import Path

import pytest

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
