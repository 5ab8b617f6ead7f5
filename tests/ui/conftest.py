from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATASET = Path("/work/shared/datasets/ui-testcases")
if not DATASET.is_dir():  # a checkout may carry the dev set under shared/
    DATASET = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "ui-testcases"


def dev_cases() -> list[Path]:
    return (
        sorted(p for p in DATASET.iterdir() if (p / "Component.jsx").is_file())
        if (DATASET.is_dir())
        else []
    )


@pytest.fixture
def case_copy(tmp_path: Path):
    """Copy a dev-set case into tmp_path so a test may change the component."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(DATASET / name, target)
        return target

    return copy
