"""The harness reproduces the paper's published HumanEval figures from PyTester's outputs.

Slow (all 164 problems through the sandboxed engine, about a minute on 2 idle cores),
so it is marked and bounded; `docs/results.md` holds the full run of every anchor.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from testdraft.evaluation.__main__ import main
from testdraft.evaluation.anchors import PAPER_HUMANEVAL_RAW


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_pytester_predictions_land_on_the_paper_figures(
    anchors: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    started = time.monotonic()
    code = main([
        "--dataset", str(anchors / "humaneval_test.csv"),
        "--predictions", str(anchors / "humaneval_pytester.jsonl"),
        "--settings", "raw", "--no-cache", "--no-progress", "--format", "json",
    ])
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    raw = report["systems"][0]["settings"]["raw"]
    paper = PAPER_HUMANEVAL_RAW["pytester"]
    print(f"scored 164 problems in {time.monotonic() - started:.1f} s: {raw}")
    assert raw["passing"] == pytest.approx(paper.passing, abs=2.0)
    assert raw["coverage"] == pytest.approx(paper.coverage, abs=2.0)
    assert raw["mutation"] == pytest.approx(paper.mutation, abs=5.0)
