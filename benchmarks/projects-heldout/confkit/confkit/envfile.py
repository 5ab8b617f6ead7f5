"""Reading and writing .env files (``KEY=value`` lines)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TextIO


class EnvSyntaxError(ValueError):
    def __init__(self, lineno: int, line: str) -> None:
        super().__init__(f"line {lineno}: expected KEY=value, got {line!r}")
        self.lineno = lineno


def load_env(stream: TextIO) -> dict[str, str]:
    """Parse .env lines from an open text stream.

    Blank lines and lines starting with ``#`` are skipped, an ``export`` prefix is
    allowed, and a value in single or double quotes keeps its inner spaces. A key
    given twice keeps its last value.

    Raises:
        EnvSyntaxError: on a line without ``=`` or with an empty key.
    """
    values: dict[str, str] = {}
    for lineno, raw in enumerate(stream, start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("export "):
            line = line[len("export "):].lstrip()
        key, sep, value = line.partition("=")
        key = key.strip()
        if not sep or not key:
            raise EnvSyntaxError(lineno, raw.rstrip("\n"))
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key] = value
    return values


def dump_env(values: Mapping[str, object], stream: TextIO) -> int:
    """Write `values` as sorted ``KEY=value`` lines; values with spaces or ``#`` are double-quoted.

    Returns:
        The number of lines written.
    """
    for key in sorted(values):
        value = str(values[key])
        if value != value.strip() or " " in value or "#" in value:
            value = f'"{value}"'
        stream.write(f"{key}={value}\n")
    return len(values)
