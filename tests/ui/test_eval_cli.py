"""`testdraft eval --ui DIR` as a user runs it: a subprocess on two dev-set cases (copied into
fixtures/eval_cases), the mapper by default, headless Chromium when it is installed."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import REPO

CASES = Path(__file__).parent / "fixtures" / "eval_cases"
NAMES = ["08-comment-length-limit", "12-faq-accordion"]


def eval_ui(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "server")}
    return subprocess.run(
        [sys.executable, "-m", "testdraft", "eval", "--ui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


@pytest.mark.skipif(
    shutil.which("chromium") is None or shutil.which("npm") is None,
    reason="the browser pass needs chromium and npm (apt-get install -y chromium nodejs npm)",
)
@pytest.mark.slow
def test_json_figures_per_case_and_overall_with_the_browser_run() -> None:
    result = eval_ui(str(CASES), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    cases = {case["case"]: case for case in report["cases"]}
    assert sorted(cases) == NAMES
    for case in cases.values():
        assert case["generator"] == "mapper"
        assert 0.3 < case["codebleu"] < 1.0, case
        assert case["resolved"] == case["locators"] > 0, case
        assert case["browser"] == "passed", case
    [overall] = report["overall"]
    assert overall["generator"] == "mapper" and overall["cases"] == 2
    assert overall["locators_resolved"] == overall["locators"] == sum(c["locators"] for c in cases.values())
    assert (overall["browser_runs"], overall["browser_passed"]) == (2, 2)
    expected_bleu = 100 * sum(c["codebleu"] for c in cases.values()) / 2
    assert overall["codebleu"] == pytest.approx(expected_bleu)


def test_text_report_names_each_case_and_the_overall_figures() -> None:
    result = eval_ui(str(CASES), "--generator", "mapper", "--no-browser")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for name in NAMES:
        [row] = [line for line in lines if line.startswith(name)]
        assert " mapper " in row and "not run" in row
    [overall] = [line for line in lines if line.startswith("overall mapper:")]
    assert "2 cases, CodeBLEU " in overall and "locators resolved 100.0%" in overall
    assert "browser not run (--no-browser)" in overall and re.search(r", TODOs left \d+$", overall)


def test_a_folder_without_cases_fails(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    result = eval_ui(str(tmp_path))
    assert result.returncode == 2
    assert "has no case folders" in result.stderr and result.stdout == ""


def test_generators_of_the_other_kind_and_a_model_that_cannot_load_are_refused(tmp_path: Path) -> None:
    mapper = subprocess.run(
        [sys.executable, "-m", "testdraft", "eval", "--generator", "mapper", "--limit", "1"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "server")}, timeout=120,
    )
    assert mapper.returncode == 2 and "writes UI tests: use it with --ui DIR" in mapper.stderr
    docstring = eval_ui(str(CASES), "--generator", "docstring")
    assert docstring.returncode == 2 and "UI generators are mapper, model, mapper+model" in docstring.stderr
    for generator in ("model", "mapper+model"):  # the model loads first, and says why it cannot
        model = eval_ui(str(CASES), "--generator", generator, "--model", str(tmp_path / "missing.gguf"))
        assert model.returncode == 2 and "testdraft eval --ui: model:" in model.stderr, model.stderr


def test_output_writes_the_report_to_a_file(tmp_path: Path) -> None:
    target = tmp_path / "ui.json"
    result = eval_ui(str(CASES), "--no-browser", "--format", "json", "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    cases = json.loads(target.read_text())["cases"]
    assert sorted(case["case"] for case in cases) == NAMES
    for case in cases:  # the drafted test, and the steps it leaves to do by hand
        assert case["code"].startswith("import os") and case["todos"] == case["code"].count("# TODO")
