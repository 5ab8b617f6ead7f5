from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Reference tests of the copied eval cases are data, run only inside `testdraft eval --ui`.
collect_ignore_glob = ["fixtures/*"]

_REPO = Path(__file__).resolve().parents[2]
_CANDIDATES = [
    Path(os.environ.get("TESTDRAFT_UI_DATASET", "/nonexistent")),
    _REPO / "shared" / "datasets" / "ui-testcases",
    _REPO.parent / "shared" / "datasets" / "ui-testcases",
    Path("/work/shared/datasets/ui-testcases"),
]
DATASET = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[-1])
needs_dataset = pytest.mark.skipif(
    not DATASET.is_dir(), reason="the ui-testcases dev set is not here (set TESTDRAFT_UI_DATASET)"
)


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
