from __future__ import annotations

from pathlib import Path

import pytest

ANCHORS = Path("/work/shared/anchors/pytester")


@pytest.fixture
def anchors() -> Path:
    if not (ANCHORS / "humaneval_test.csv").is_file():
        pytest.skip("PyTester anchor data not present")
    return ANCHORS
