"""Validation results cached by content hash: test text + target source + options.

An in-memory LRU, optionally backed by a folder of JSON files (e.g. `.testdraft-cache/`)
so results survive a server restart. Writes go to a temp file and are renamed into
place, so a half-written entry is never read.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import fields, is_dataclass
from typing import Any

from testdraft import __version__
from testdraft.validate.report import ValidationReport

log = logging.getLogger(__name__)


class ValidationCache:
    def __init__(self, directory: str | None = None, max_entries: int = 256) -> None:
        self._directory = directory
        self._max = max_entries
        self._entries: OrderedDict[str, ValidationReport] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(test_code: str, source: str | None, target: object, options: object) -> str:
        """sha256 over everything that can change the report."""
        digest = hashlib.sha256()
        for part in (__version__, test_code, source or "", _stable(target), _stable(options)):
            digest.update(part.encode())
            digest.update(b"\0")
        return digest.hexdigest()

    def get(self, key: str) -> ValidationReport | None:
        with self._lock:
            report = self._entries.get(key)
            if report is not None:
                self._entries.move_to_end(key)
                return report
        if self._directory is None:
            return None
        try:
            with open(self._path(key), encoding="utf-8") as handle:
                report = ValidationReport.from_json(json.load(handle))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        self._remember(key, report)
        return report

    def put(self, key: str, report: ValidationReport) -> None:
        self._remember(key, report)
        if self._directory is None:
            return
        try:
            os.makedirs(self._directory, exist_ok=True)
            temp = f"{self._path(key)}.{os.getpid()}.{threading.get_ident()}.tmp"
            with open(temp, "w", encoding="utf-8") as handle:
                json.dump(report.to_json(), handle)
            os.replace(temp, self._path(key))
        except OSError as exc:
            log.warning("could not write the validation cache: %s", exc)

    def __len__(self) -> int:
        return len(self._entries)

    def _remember(self, key: str, report: ValidationReport) -> None:
        with self._lock:
            self._entries[key] = report
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)

    def _path(self, key: str) -> str:
        assert self._directory is not None
        return os.path.join(self._directory, f"{key}.json")


def _stable(value: object) -> str:
    data: Any = value
    if is_dataclass(value) and not isinstance(value, type):
        data = {f.name: getattr(value, f.name) for f in fields(value)}
    return json.dumps(data, sort_keys=True, default=_plain)


def _plain(value: object) -> object:
    """JSON for mappings (e.g. a read-only overlay mapping) and anything else by repr."""
    return dict(value) if isinstance(value, Mapping) else repr(value)
