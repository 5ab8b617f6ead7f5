"""Application settings: a .env file overlaid by environment variables."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from confkit.envfile import load_env

T = TypeVar("T")


class MissingSetting(KeyError):
    """A required setting is not configured."""


class Settings:
    """Settings looked up by key, case-insensitively (``db-url``, ``DB_URL`` and ``db_url`` are one key).

    Args:
        values: the settings, e.g. from a .env file.
        environ: variables that override `values` (``os.environ`` by default);
            only keys starting with `prefix` count, with the prefix removed.
        prefix: e.g. ``"MYAPP_"``.
    """

    def __init__(self, values: Mapping[str, str], environ: Mapping[str, str] | None = None, prefix: str = "") -> None:
        self.prefix = prefix
        self._values = {self.normalize_key(k): v for k, v in values.items()}
        env = os.environ if environ is None else environ
        for key, value in env.items():
            if prefix and key.startswith(prefix):
                self._values[self.normalize_key(key[len(prefix):])] = value

    @classmethod
    def from_file(cls, path: str | Path, environ: Mapping[str, str] | None = None, prefix: str = "") -> Settings:
        """Read settings from a .env file; a missing file gives empty settings."""
        path = Path(path)
        if not path.exists():
            return cls({}, environ, prefix)
        with path.open(encoding="utf-8") as stream:
            return cls(load_env(stream), environ, prefix)

    @staticmethod
    def normalize_key(key: str) -> str:
        return key.strip().upper().replace("-", "_").replace(".", "_")

    def get(self, key: str, default: T | None = None, convert: Callable[[str], T] | None = None) -> T | str | None:
        """The value of `key`, passed through `convert` when given, or `default` if the key is not set."""
        raw = self._values.get(self.normalize_key(key))
        if raw is None:
            return default
        return convert(raw) if convert is not None else raw

    def require(self, key: str) -> str:
        """The value of `key`.

        Raises:
            MissingSetting: if the key is not set or is empty.
        """
        value = self._values.get(self.normalize_key(key), "")
        if not value:
            raise MissingSetting(key)
        return value
