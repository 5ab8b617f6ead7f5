"""scripts/test.sh (the README's test command) in a copy of the repo's layout: it runs the
setup, then pytest; its last lines group the skipped tests with the command that enables
each; "no tests collected" fails; `--dry-run` installs and runs nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import REPO

SKIP_REASON = "needs frobnicator; install with: apt-get install -y frobnicator"


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy(REPO / "scripts" / "test.sh", tmp_path / "scripts" / "test.sh")
    # The real setup.sh builds .venv; here it only leaves a mark, and .venv is this Python's.
    (tmp_path / "scripts" / "setup.sh").write_text("touch setup-ran\n", encoding="utf-8")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").symlink_to(sys.executable)
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = -ra -p no:cacheprovider\n", encoding="utf-8")
    (tmp_path / "tests").mkdir()
    return tmp_path


def run(checkout: Path, *args: str, **env_changes: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TESTDRAFT_TEST_INSTALL": "0", **env_changes}  # never apt-get or npm from a test
    return subprocess.run(
        ["bash", str(checkout / "scripts" / "test.sh"), *args],
        cwd="/", env=env, capture_output=True, text=True, timeout=300,
    )


def test_runs_setup_then_pytest_and_ends_with_the_skipped_groups(checkout: Path) -> None:
    (checkout / "tests" / "test_sample.py").write_text(
        "import pytest\n\n\ndef test_ok():\n    assert True\n\n\n"
        f"@pytest.mark.skip(reason={SKIP_REASON!r})\n@pytest.mark.parametrize('n', [1, 2])\n"
        "def test_needs_a_tool(n):\n    pass\n",
        encoding="utf-8",
    )
    result = run(checkout, "tests")
    assert result.returncode == 0, result.stdout + result.stderr
    assert (checkout / "setup-ran").exists()
    assert "1 passed, 2 skipped" in result.stdout
    last = result.stderr.strip().splitlines()[-2:]
    assert last == ["test: 2 skipped; each group and what enables it:", f"    2  tests/test_sample.py: {SKIP_REASON}"]


def test_a_failure_fails_and_no_tests_collected_fails(checkout: Path) -> None:
    (checkout / "tests" / "test_bad.py").write_text("def test_bad():\n    assert False\n", encoding="utf-8")
    assert run(checkout, "tests").returncode == 1
    (checkout / "tests" / "test_bad.py").unlink()
    result = run(checkout, "tests")
    assert result.returncode == 1
    assert "collected no tests" in result.stderr


def test_dry_run_names_what_is_missing_and_runs_nothing(
    checkout: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    bare = tmp_path_factory.mktemp("bin")  # a PATH with the shell's tools but no browser, npm or apt-get
    for tool in ("bash", "env", "id", "dirname", "mktemp", "rm", "sh"):
        found = shutil.which(tool)
        assert found is not None
        (bare / tool).symlink_to(found)
    env = {"PATH": str(bare), "HOME": str(checkout), "TESTDRAFT_CODE_SERVER": ""}  # no code-server either
    result = run(checkout, "--dry-run", **env)
    assert result.returncode == 0, result.stderr
    assert not (checkout / "setup-ran").exists()
    assert "apt-get install -y chromium\n" in result.stderr
    assert "apt-get install -y chromium-driver" in result.stderr
    assert "sh vscode-client/test/codeserver/install-code-server.sh" in result.stderr
    assert result.stderr.strip().endswith("dry run: nothing installed, no test run")
