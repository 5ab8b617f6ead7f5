"""`testdraft suggest` as a user runs it: a subprocess, real files, real pytest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_suggest


def suggest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run_suggest(cwd, *args, timeout=60)


def test_json_then_write_then_pytest_passes(calc_project: Path) -> None:
    result = suggest("calc.py::mean", "--format", "json", cwd=calc_project)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["test_file"] == str(calc_project / "tests" / "test_calc.py")
    assert [test["name"] for test in payload["tests"]] == ["test_mean_examples",
                                                             "test_mean_raises_zero_division_error_when_values_empty"]
    assert "pytest.approx(1.5)" in payload["code"]

    written = suggest("calc.py::Counter.bump", "--write", cwd=calc_project)
    assert written.returncode == 0 and "wrote 1 test(s)" in written.stdout
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"],
        cwd=calc_project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout


def test_function_without_docstring_gets_a_skipped_skeleton(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("def f(a: int, b=2) -> int:\n    return a\n")
    result = suggest("m.py::f", cwd=tmp_path)
    assert result.returncode == 0
    assert "@pytest.mark.skip" in result.stdout and "f(a=1)" in result.stdout and "TODO" in result.stdout


def test_bad_input_messages(tmp_path: Path) -> None:
    (tmp_path / "latin.py").write_bytes(b"def f():\n    return '\xe9'\n")
    (tmp_path / "blob.py").write_bytes(b"\x00\x01\x02")
    (tmp_path / "ok.py").write_text("def f():\n    pass\n")
    cases = {
        ("latin.py::f",): "not UTF-8",
        ("blob.py::f",): "binary",
        ("missing.py::f",): "no such file",
        ("ok.py::g",): "no function named 'g'",
        ("ok.py",): "expected PATH::FUNC",
    }
    for args, message in cases.items():
        result = suggest(*args, cwd=tmp_path)
        assert result.returncode == 2 and message in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
