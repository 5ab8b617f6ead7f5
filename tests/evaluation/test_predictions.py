from __future__ import annotations

import json
from pathlib import Path

import pytest

from testdraft.evaluation.predictions import (
    PredictionsError,
    as_candidate,
    candidate_at,
    load_predictions,
    save_predictions,
)
from testdraft.evaluation.session import split_rank


def test_anchor_files_load(anchors: Path) -> None:
    for name in ("pytester", "gpt35", "codet5_finetuned", "copilot"):
        predictions = load_predictions(anchors / f"humaneval_{name}.jsonl")
        assert len(predictions) == 164
        assert all(len(c) == 5 for c in predictions.values())


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "p" / "ours.jsonl"
    save_predictions(path, {"T/1": [as_candidate("assert f(1) == 2\nassert f(2) == 3")]})
    loaded = load_predictions(path)
    assert loaded == {"T/1": ["f(1) == 2\nassert f(2) == 3"]}
    assert candidate_at(loaded["T/1"], 0).startswith("f(1)")
    assert candidate_at(loaded["T/1"], 3) == ""


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "not JSON"),
        (json.dumps({"candidates": []}), "task_id"),
        (json.dumps({"task_id": "a", "candidates": "x"}), "list of strings"),
    ],
)
def test_malformed_lines_name_the_line(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(PredictionsError, match=f"bad.jsonl:1: .*{message}"):
        load_predictions(path)


def test_rank_suffix_overrides_the_default(tmp_path: Path) -> None:
    path = tmp_path / "gpt.jsonl"
    assert split_rank(Path(f"{path}@all"), "0") == (path, "all")
    assert split_rank(Path(f"{path}@3"), "0") == (path, "3")
    assert split_rank(path, "1") == (path, "1")
    odd = tmp_path / "a@b.jsonl"
    assert split_rank(odd, "0") == (odd, "0")
