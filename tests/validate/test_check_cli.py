"""`testdraft check` as a user runs it: a real subprocess on a real project."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from testdraft.project.imports import module_location
from testdraft.project.targets import TargetError, infer_target

SERVER = str(Path(__file__).resolve().parents[2] / "server")
RUN_CHECK = ("import argparse, sys; from testdraft.commands import check; "
             "p = argparse.ArgumentParser(); check.register(p.add_subparsers()); "
             "a = p.parse_args(sys.argv[1:]); sys.exit(a.handler(a))")


def _check(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN_CHECK, "check", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": SERVER})


@pytest.fixture
def tests_dir(project: Path) -> Path:
    folder = project / "tests"
    folder.mkdir()
    (folder / "test_good.py").write_text(textwrap.dedent('''\
        from pkg.mod import clamp

        def test_inside():
            assert clamp(5, 0, 9) == 5

        def test_low():
            assert clamp(-1, 0, 9) == 0
        '''))
    (folder / "test_bad.py").write_text(textwrap.dedent('''\
        from pkg.mod import clamp

        def test_high():
            assert clamp(12, 0, 9) == 10
        '''))
    (project / "conftest.py").write_text(
        "import pytest\n\n@pytest.fixture\ndef top():\n    return 9\n")
    (folder / "conftest.py").write_text(
        "import pytest\n\n@pytest.fixture\ndef bounds(top):\n    yield (0, top)\n")
    (folder / "test_fixture.py").write_text(textwrap.dedent('''\
        from pkg.mod import clamp

        def test_with_conftest_fixture(bounds):
            assert clamp(12, *bounds) == 9
        '''))
    return folder


def test_passing_file_exits_zero_with_inferred_target(project: Path, tests_dir: Path) -> None:
    result = _check(project, "tests/test_good.py")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(
        "tests/test_good.py: 2 passed · lines 80% · branches 75% · mutants killed")
    assert "uncovered lines in" in result.stdout and "pkg/mod.py: 6" in result.stdout
    assert "Surviving mutants:" in result.stdout


def test_failing_file_exits_one_and_json_has_the_actual_value(
        project: Path, tests_dir: Path) -> None:
    result = _check(project, "tests/test_bad.py", "--format", "json",
                    "--target", "pkg/mod.py::clamp", "--no-mutation")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["target"] == {"module": "pkg.mod", "qualname": "clamp",
                              "source_path": str(project / "pkg" / "mod.py")}
    (test,) = data["tests"]
    assert test["status"] == "failed"
    assert test["asserts"][0]["message"] == "expected 10, the implementation returns 9"
    assert data["mutation"] is None and data["counts"]["failed"] == 1


def test_bad_target_exits_two_with_a_message(project: Path, tests_dir: Path) -> None:
    result = _check(project, "tests/test_good.py", "--target", "nope.py::f")
    assert result.returncode == 2
    assert "target file not found: nope.py" in result.stderr
    assert result.stdout == ""


def test_infer_target_and_module_for_file(project: Path, tests_dir: Path) -> None:
    target = infer_target(tests_dir / "test_good.py", (tests_dir / "test_good.py").read_text())
    assert (target.module, target.qualname, target.sys_path_root) == (
        "pkg.mod", "clamp", str(project))
    assert module_location(project / "pkg" / "mod.py", project) == ("pkg.mod", project)
    with pytest.raises(TargetError, match="cannot infer"):
        infer_target(tests_dir / "x.py", "import os\n\ndef test_x():\n    pass\n")


def test_fixtures_come_from_the_conftest_files(project: Path, tests_dir: Path) -> None:
    result = _check(project, "tests/test_fixture.py", "--no-mutation")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "✓ test_with_conftest_fixture" in result.stdout
