"""Key/value stores that transactions write through to.

Keys are always non-empty strings. :class:`MemoryStore` keeps everything in a
dict; :class:`FileStore` persists a single JSON object to a file inside a
directory, so values must be JSON serializable.
"""

from __future__ import annotations

import json
from functools import cached_property
from pathlib import Path
from typing import Any, Iterable, Mapping


class StoreError(Exception):
    """Raised for invalid keys, unserializable values or unreadable store files."""


def _check_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        raise StoreError(f"store keys must be non-empty strings, got {key!r}")
    return key


class Store:
    """Base class for key/value stores.

    Subclasses must override :meth:`get`, :meth:`put`, :meth:`remove` and
    :meth:`keys`. The remaining methods are implemented on top of those and
    may be overridden when a store can do better.
    """

    def get(self, key: str, default: Any = None) -> Any:
        """Return the value for *key*, or *default* when it is absent."""
        raise NotImplementedError(f"{type(self).__name__} must implement get()")

    def put(self, key: str, value: Any) -> None:
        """Store *value* under *key*.

        Raises:
            StoreError: If *key* is not a non-empty string.
        """
        raise NotImplementedError(f"{type(self).__name__} must implement put()")

    def remove(self, key: str) -> bool:
        """Delete *key*. Returns True when something was removed."""
        raise NotImplementedError(f"{type(self).__name__} must implement remove()")

    def keys(self) -> list[str]:
        raise NotImplementedError(f"{type(self).__name__} must implement keys()")

    def __contains__(self, key: object) -> bool:
        return key in self.keys()

    def update(self, items: Mapping[str, Any]) -> None:
        for key, value in items.items():
            self.put(key, value)

    def snapshot(self) -> dict[str, Any]:
        """Return a plain dict copy of the whole store, sorted by key."""
        return {key: self.get(key) for key in sorted(self.keys())}


class MemoryStore(Store):
    """In-process store backed by a dict.

    :param initial: optional mapping copied into the store; its keys are
        validated like any other key.
    """

    def __init__(self, initial: Mapping[str, Any] | None = None) -> None:
        self._data: dict[str, Any] = {}
        if initial:
            self.update(initial)

    def get(self, key: str, default: Any = None) -> Any:
        return self._data.get(key, default)

    def put(self, key: str, value: Any) -> None:
        self._data[_check_key(key)] = value

    def remove(self, key: str) -> bool:
        if key not in self._data:
            return False
        del self._data[key]
        return True

    def keys(self) -> list[str]:
        return list(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __len__(self) -> int:
        return len(self._data)


class FileStore(Store):
    """Store that keeps its data as one JSON object in ``<directory>/<name>.json``.

    The directory is created on the first write. Reading a store whose file
    does not exist yet (or is empty) behaves like an empty store. A file that
    does not contain a JSON object raises :class:`StoreError` on every
    operation that needs to read it.

    Args:
        directory: Folder holding the store file.
        name: Base name of the file, without extension. It may not be empty,
            contain a path separator or start with a dot.

    Raises:
        StoreError: If *name* is not a valid file name.
    """

    def __init__(self, directory: Path, name: str = "store") -> None:
        if not name or "/" in name or "\\" in name or name.startswith("."):
            raise StoreError(f"invalid store name: {name!r}")
        self.directory = Path(directory)
        self.name = name

    @cached_property
    def path(self) -> Path:
        return self.directory / f"{self.name}.json"

    def _load(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        if not text.strip():
            return {}
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise StoreError(f"corrupt store file {self.path}: {exc}") from exc
        if not isinstance(data, dict):
            raise StoreError(f"{self.path} does not contain a JSON object")
        return data

    def _save(self, data: dict[str, Any]) -> None:
        try:
            text = json.dumps(data, sort_keys=True, indent=2)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"value is not JSON serializable: {exc}") from exc
        self.directory.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(self.path)

    def get(self, key: str, default: Any = None) -> Any:
        """Read *key* from disk. Tuples written earlier come back as lists."""
        return self._load().get(key, default)

    def put(self, key: str, value: Any) -> None:
        data = self._load()
        data[_check_key(key)] = value
        self._save(data)

    def remove(self, key: str) -> bool:
        data = self._load()
        if key not in data:
            return False
        del data[key]
        self._save(data)
        return True

    def keys(self) -> list[str]:
        return list(self._load())

    def update(self, items: Mapping[str, Any]) -> None:
        """Write all *items* with a single file rewrite.

        Nothing is written if any key is invalid or any value cannot be
        serialized; a :class:`StoreError` is raised instead.
        """
        if not items:
            return
        data = self._load()
        for key, value in items.items():
            data[_check_key(key)] = value
        self._save(data)

    def remove_many(self, keys: Iterable[str]) -> int:
        """Delete several keys at once and return how many existed."""
        data = self._load()
        removed = 0
        for key in keys:
            if key in data:
                del data[key]
                removed += 1
        if removed:
            self._save(data)
        return removed
