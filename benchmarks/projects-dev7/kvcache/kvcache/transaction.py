"""Buffered writes against a :class:`~kvcache.store.Store`."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from kvcache.store import Store


class Transaction:
    """Collect writes and deletes and apply them to a store in one go.

    Use it as a context manager. Leaving the ``with`` block normally commits
    the pending changes; leaving it because of an exception rolls them back
    and lets the exception propagate. Reads inside the block see the pending
    changes first and fall back to the store.

    Every method other than entering the block raises ``RuntimeError`` when
    called outside an active ``with`` block, and entering a transaction that
    is already active raises ``RuntimeError`` as well.

    :param store: the store the changes are written to on commit.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._writes: dict[str, Any] = {}
        self._deletes: set[str] = set()
        self._active = False
        self.committed = False

    def __enter__(self) -> "Transaction":
        if self._active:
            raise RuntimeError("transaction is already active")
        self._active = True
        self.committed = False
        self._writes.clear()
        self._deletes.clear()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        try:
            if exc_type is None:
                self.commit()
            else:
                self.rollback()
        finally:
            self._active = False
        return False

    @property
    def active(self) -> bool:
        return self._active

    def _require_active(self) -> None:
        if not self._active:
            raise RuntimeError("Transaction can only be used inside a 'with' block")

    def get(self, key: str, default: Any = None) -> Any:
        """Read *key*, taking pending writes and deletes into account."""
        self._require_active()
        if key in self._deletes:
            return default
        if key in self._writes:
            return self._writes[key]
        return self.store.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self._require_active()
        self._deletes.discard(key)
        self._writes[key] = value

    def delete(self, key: str) -> None:
        """Schedule *key* for deletion. Deleting a missing key is not an error."""
        self._require_active()
        self._writes.pop(key, None)
        self._deletes.add(key)

    @property
    def pending(self) -> int:
        """Number of buffered operations (writes plus deletes)."""
        return len(self._writes) + len(self._deletes)

    def commit(self) -> None:
        """Apply buffered changes to the store and clear the buffer.

        May be called several times inside the block; each call applies what
        was buffered since the previous one. If the store raises (for
        example :class:`~kvcache.store.StoreError` for an unserializable
        value) the buffer is left untouched.

        Raises:
            RuntimeError: If called outside the ``with`` block.
        """
        self._require_active()
        if self._writes:
            self.store.update(self._writes)
        for key in sorted(self._deletes):
            self.store.remove(key)
        self._writes.clear()
        self._deletes.clear()
        self.committed = True

    def rollback(self) -> None:
        self._require_active()
        self._writes.clear()
        self._deletes.clear()
