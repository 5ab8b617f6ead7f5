"""Rates ("100/min") and durations ("1h30m") as they appear in the gateway's config file."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNIT_SECONDS = {
    "ms": 0.001,
    "s": 1.0,
    "sec": 1.0,
    "m": 60.0,
    "min": 60.0,
    "h": 3600.0,
    "hour": 3600.0,
    "d": 86400.0,
    "day": 86400.0,
}

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)(ms|s|m|h|d)")


@dataclass(frozen=True)
class Rate:
    """A number of requests allowed per period.

    Attributes:
        limit: How many requests fit in one period.
        period: Length of the period in seconds.
    """

    limit: int
    period: float

    def __post_init__(self) -> None:
        if self.limit <= 0:
            raise ValueError(f"rate limit must be positive, got {self.limit}")
        if self.period <= 0:
            raise ValueError(f"rate period must be positive, got {self.period}")

    @classmethod
    def parse(cls, text: str) -> Rate:
        """Parse a rate written as ``<count>/<unit>`` or ``<count>/<n><unit>``.

        Units are ``ms``, ``s``/``sec``, ``m``/``min``, ``h``/``hour`` and ``d``/``day``;
        ``"100/min"`` is 100 requests per minute and ``"5/10s"`` is 5 requests every ten
        seconds. Surrounding whitespace is ignored.

        Args:
            text: The rate as written in the config.

        Returns:
            The parsed rate.

        Raises:
            ValueError: If the text is not a count, a slash and a known unit, or if the count
                or the period is not positive.
        """
        count, sep, per = text.strip().partition("/")
        if not sep or not count.strip().isdigit():
            raise ValueError(f"invalid rate: {text!r}")
        match = re.fullmatch(r"(\d*(?:\.\d+)?)\s*([a-z]+)", per.strip().lower())
        if match is None or match.group(2) not in UNIT_SECONDS:
            raise ValueError(f"invalid rate period: {text!r}")
        multiplier = float(match.group(1)) if match.group(1) else 1.0
        return cls(limit=int(count), period=multiplier * UNIT_SECONDS[match.group(2)])

    @property
    def per_second(self) -> float:
        """The sustained rate in requests per second."""
        return self.limit / self.period


def parse_duration(text: str) -> float:
    """Convert a duration such as ``"1h30m"``, ``"45s"`` or ``"250ms"`` to seconds.

    Parts may be combined in any order and each part is a number followed by one of
    ``ms``, ``s``, ``m``, ``h`` or ``d``. A bare number is taken as seconds.

    Args:
        text: The duration to parse.

    Returns:
        The duration in seconds, as a float.

    Raises:
        ValueError: If the text is empty or contains anything that is not a duration part.
    """
    cleaned = text.strip().lower().replace(" ", "")
    if not cleaned:
        raise ValueError("empty duration")
    try:
        return float(cleaned)
    except ValueError:
        pass
    total = 0.0
    position = 0
    for match in _DURATION_PART.finditer(cleaned):
        if match.start() != position:
            break
        total += float(match.group(1)) * UNIT_SECONDS[match.group(2)]
        position = match.end()
    if position != len(cleaned):
        raise ValueError(f"invalid duration: {text!r}")
    return total


def format_duration(seconds: float) -> str:
    if seconds < 0:
        raise ValueError("duration cannot be negative")
    if seconds < 1:
        return f"{round(seconds * 1000)}ms"
    remaining = round(seconds)
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        amount, remaining = divmod(remaining, size)
        if amount:
            parts.append(f"{amount}{unit}")
    return "".join(parts)
