"""Batched writes to a JSON-lines catalog file."""

import json
from pathlib import Path
from types import TracebackType
from typing import Any


class CatalogWriter:
    """Append catalog entries to a file in batches.

    Use it as a context manager: entries given to :meth:`write` are kept in
    memory and written every ``batch_size`` entries, and once more when the
    block ends normally. If the block raises, the pending entries are
    dropped so that a half-imported batch never reaches the catalog.
    """

    def __init__(self, path: Path, batch_size: int = 50) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.path = Path(path)
        self.batch_size = batch_size
        self.written = 0
        self._pending: list[dict[str, Any]] = []
        self._open = False

    def __enter__(self) -> "CatalogWriter":
        self._open = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        try:
            if exc_type is None:
                self.flush()
            else:
                self._pending.clear()
        finally:
            self._open = False
        return False

    def write(self, entry: dict[str, Any]) -> None:
        """Queue one entry, flushing when the batch is full.

        :param entry: a JSON-serialisable mapping describing a photo.
        :raises RuntimeError: if the writer is used outside a ``with`` block.
        """
        if not self._open:
            raise RuntimeError("CatalogWriter must be used inside a 'with' block")
        self._pending.append(entry)
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> int:
        """Write the pending entries to the catalog file and return how many were written."""
        if not self._pending:
            return 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as fh:
            fh.writelines(self.format_line(entry) for entry in self._pending)
        count = len(self._pending)
        self.written += count
        self._pending.clear()
        return count

    @staticmethod
    def format_line(entry: dict[str, Any]) -> str:
        return json.dumps(entry, sort_keys=True, ensure_ascii=False, default=str) + "\n"
