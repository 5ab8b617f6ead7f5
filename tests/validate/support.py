"""Shared helpers for the validation tests."""

from __future__ import annotations

import textwrap
from pathlib import Path

from testdraft.validate.engine import ValidationTarget


def overlay_target(tmp_path: Path, source: str, qualname: str,
                   module: str = "subject") -> ValidationTarget:
    """A module that exists only as an overlay (like an eval solution)."""
    return ValidationTarget(module=module, qualname=qualname, sys_path_root=str(tmp_path),
                            overlays={f"{module.replace('.', '/')}.py": textwrap.dedent(source)})
