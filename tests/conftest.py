"""Shared fixtures: small throwaway projects on disk."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SERVER_COMMAND = [sys.executable, "-m", "testdraft", "serve"]
# The CLI as a user runs it, on this checkout's code whatever the environment installed.
CLI_ENV = {"PYTHONPATH": str(REPO / "server"), "PATH": "/usr/bin:/bin"}


@pytest.fixture(autouse=True)
def _no_default_ui_repair(monkeypatch: pytest.MonkeyPatch) -> None:
    """Generated UI tests are read as the mapper wrote them; tests/ui/test_repair.py and the
    eval turn the browser-verified repair loop on explicitly."""
    monkeypatch.setenv("TESTDRAFT_UI_REPAIR", "0")


def run_suggest(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """`testdraft suggest ARGS` in a subprocess in `cwd`, its output captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "testdraft", "suggest", *args],
        cwd=cwd, capture_output=True, text=True, env=CLI_ENV, timeout=timeout,
    )


def write_files(root: Path, files: dict[str, str]) -> Path:
    """A throwaway project: each path under `root` holds its dedented text; `root` back."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return root


CALC_SOURCE = textwrap.dedent(
    '''\
    """Arithmetic helpers. Ünïcödé here moves byte and UTF-16 columns apart: ✓✓✓."""


    def add(a: int, b: int) -> int:  # ✓ non-ASCII before the cursor column
        """Add two numbers.

        >>> add(1, 2)
        3
        >>> add(-1, 1)
        0
        """
        return a + b


    def mean(values: list[float]) -> float:
        """Arithmetic mean.

        >>> mean([1.0, 2.0])
        1.5

        Raises:
            ZeroDivisionError: if values is empty.
        """
        return sum(values) / len(values)


    def todo(x):
        """Not written yet.

        >>> todo(2)
        4
        """
        raise NotImplementedError


    class Counter:
        def __init__(self, start: int = 0) -> None:
            self.value = start

        def bump(self, by: int = 1) -> int:
            """Increase and return the value.

            >>> c = Counter()
            >>> c.bump()
            1
            >>> c.bump(2)
            3
            """
            self.value += by
            return self.value
    '''
)


@pytest.fixture
def calc_project(tmp_path: Path) -> Path:
    """A flat-layout project: pyproject.toml and calc.py at the root, no tests yet."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "calc"\nversion = "0"\n', encoding="utf-8")
    (tmp_path / "calc.py").write_text(CALC_SOURCE, encoding="utf-8")
    return tmp_path
