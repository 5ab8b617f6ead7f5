"""Converting configuration strings to Python values."""

from __future__ import annotations

import re

TRUE = frozenset({"1", "true", "yes", "on"})
FALSE = frozenset({"0", "false", "no", "off", ""})

_DURATION_PART = re.compile(r"(\d+)([dhms])")
_UNIT_SECONDS = {"d": 86400, "h": 3600, "m": 60, "s": 1}
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s*((?:[KMGT]i?)?B?)$", re.IGNORECASE)
_SIZE_FACTORS = {"": 1, "b": 1, "k": 10**3, "m": 10**6, "g": 10**9, "t": 10**12}


def parse_bool(text: str) -> bool:
    """Interpret a flag such as ``yes``, ``off`` or ``1`` (case and surrounding spaces are ignored).

    Raises:
        ValueError: for any other text.
    """
    value = text.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ValueError(f"not a boolean: {text!r}")


def parse_duration(text: str) -> int:
    """Number of seconds in a duration like ``90s``, ``15m`` or ``1h30m``; a bare number is seconds.

    Raises:
        ValueError: if the text is empty or has an unknown unit.
    """
    value = text.strip().lower()
    if value.isdigit():
        return int(value)
    parts = _DURATION_PART.findall(value)
    if not parts or "".join(n + unit for n, unit in parts) != value:
        raise ValueError(f"not a duration: {text!r}")
    return sum(int(n) * _UNIT_SECONDS[unit] for n, unit in parts)


def parse_size(text: str) -> int:
    match = _SIZE.match(text.strip())
    if match is None:
        raise ValueError(f"not a size: {text!r}")
    number, unit = match.groups()
    unit = unit.lower()
    if "i" in unit:  # KiB, MiB: powers of 1024
        return int(float(number) * 1024 ** ("kmgt".index(unit[0]) + 1))
    return int(float(number) * _SIZE_FACTORS[unit.rstrip("b")])
