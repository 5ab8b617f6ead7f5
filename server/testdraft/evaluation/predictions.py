"""Someone else's generated tests, in the PyTester replication package's JSON-lines format.

Each line is `{"task_id": ..., "candidates": [text, ...]}`; a candidate is what the model
wrote after the prompt's trailing `assert `, so the test block is `"assert " + candidate`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

ASSERT_PREFIX = "assert "


class PredictionsError(ValueError):
    """The predictions file is missing or malformed."""


def load_predictions(path: Path) -> dict[str, list[str]]:
    if not path.is_file():
        raise PredictionsError(f"predictions file not found: {path}")
    predictions: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PredictionsError(f"{path}:{number}: not JSON: {exc.msg}") from exc
            predictions[_task_id(record, path, number)] = _candidates(record, path, number)
    if not predictions:
        raise PredictionsError(f"{path}: no predictions")
    return predictions


def _task_id(record: object, path: Path, number: int) -> str:
    if not isinstance(record, Mapping) or not isinstance(record.get("task_id"), str | int):
        raise PredictionsError(f'{path}:{number}: expected an object with a "task_id"')
    return str(record["task_id"])


def _candidates(record: Mapping[str, object], path: Path, number: int) -> list[str]:
    candidates = record.get("candidates")
    if not isinstance(candidates, list) or not all(isinstance(c, str) for c in candidates):
        raise PredictionsError(f'{path}:{number}: "candidates" must be a list of strings')
    return [str(c) for c in candidates]


def candidate_at(candidates: Sequence[str], rank: int) -> str:
    """The candidate at `rank`; a problem with fewer candidates gets an empty (failing) one."""
    return candidates[rank] if 0 <= rank < len(candidates) else ""


def as_candidate(test_block: str) -> str:
    """The inverse of `"assert " + candidate`: how our own asserts are stored and replayed."""
    block = test_block.lstrip()
    return block[len(ASSERT_PREFIX) :] if block.startswith(ASSERT_PREFIX) else block


def save_predictions(path: Path, predictions: Mapping[str, Sequence[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for task_id, candidates in predictions.items():
            handle.write(json.dumps({"task_id": task_id, "candidates": list(candidates)}) + "\n")
