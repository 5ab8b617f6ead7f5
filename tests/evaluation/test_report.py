"""Markdown report and chart on a few HumanEval problems scored from the anchors."""

from __future__ import annotations

from pathlib import Path

import pytest

from testdraft.evaluation.__main__ import main


def test_markdown_report_with_paper_figures_and_chart(
    anchors: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output, chart = tmp_path / "docs" / "results.md", tmp_path / "docs" / "img" / "results.png"
    code = main([
        "--dataset", str(anchors / "humaneval_test.csv"),
        "--predictions", str(anchors / "humaneval_pytester.jsonl"),
        "--limit", "3", "--settings", "raw,filtered", "--no-cache",
        "--output", str(output), "--chart", str(chart),
    ])
    assert code == 0
    text = output.read_text(encoding="utf-8")
    assert "## Paper vs this harness" in text
    assert "| PyTester (rank 0) | 83.54 |" in text  # the paper's figure beside ours
    assert "## TDD mode" in text and "## Validated mode" not in text
    assert "| PyTester (rank 0) | Filtered |" in text
    assert "![ours vs the paper's anchors](img/results.png)" in text
    assert "Regenerate with `python -m testdraft.evaluation --dataset " in text
    assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    err = capsys.readouterr().err
    assert "3 problems, total" in err
