from collections.abc import AsyncIterator, Iterable
from pathlib import Path

import pytest

SAMPLE_LINES = [
    "# ingest worker log, rotated daily",
    "2024-03-05T14:22:07 [INFO] worker-3: request /orders took 120ms",
    "2024-03-05T14:22:41 [WARN] worker-3: retrying upstream call",
    "",
    "2024-03-05T14:23:02 [ERROR] worker-1: request /orders took 2.5s",
    "2024-03-05T14:23:15 [DEBUG] cache miss for key orders:42",
]


class FakeReader:
    """An async line source, like a stream reader over a socket, fed from a list."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines = list(lines)
        self.read = 0

    def __aiter__(self) -> AsyncIterator[str]:
        return self

    async def __anext__(self) -> str:
        if self.read >= len(self.lines):
            raise StopAsyncIteration
        line = self.lines[self.read]
        self.read += 1
        return line + "\n"


@pytest.fixture
def sample_lines() -> list[str]:
    return list(SAMPLE_LINES)


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    """The sample lines written to a log file."""
    path = tmp_path / "worker.log"
    path.write_text("\n".join(SAMPLE_LINES) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def reader() -> FakeReader:
    return FakeReader(SAMPLE_LINES)
