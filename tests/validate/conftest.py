"""Helpers for the validation tests: tiny projects on disk or as overlays."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A package `pkg.mod` with a function `clamp` and a class `Account`."""
    package = tmp_path / "project" / "pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "mod.py").write_text(textwrap.dedent('''\
        def clamp(x, lo, hi):
            """Clamp x into [lo, hi]."""
            if x < lo:
                return lo
            if x > hi:
                return hi
            return x


        class Account:
            def __init__(self):
                self.total = 0

            def deposit(self, amount):
                if amount <= 0:
                    raise ValueError("amount must be positive")
                self.total += amount
                return self.total
        '''))
    return tmp_path / "project"
