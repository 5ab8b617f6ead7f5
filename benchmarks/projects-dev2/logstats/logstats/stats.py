"""Counts and latency statistics over parsed records."""

from __future__ import annotations

import math
import re
from collections import Counter, deque
from collections.abc import Iterable, Sequence
from datetime import datetime

from logstats.records import Level, LogRecord

_LATENCY = re.compile(r"\btook\s+(?P<value>\d+(?:\.\d+)?)\s*(?P<unit>ms|s)\b")


def count_by_level(records: Iterable[LogRecord], minimum: Level = Level.DEBUG) -> dict[Level, int]:
    """Count the records of each level.

    Every level at or above ``minimum`` appears in the result, with 0 when no record has it;
    records below ``minimum`` are not counted. The keys come in increasing order of severity.

    Args:
        records: The records to count.
        minimum: The lowest level to report.

    Returns:
        A count per level.
    """
    counts = Counter(record.level for record in records if record.level >= minimum)
    return {level: counts.get(level, 0) for level in Level if level >= minimum}


def count_per_minute(records: Iterable[LogRecord], level: Level | None = None) -> dict[datetime, int]:
    """Count records per minute of their timestamp.

    Each record falls in the minute its timestamp is truncated to (seconds and microseconds
    set to zero). Minutes without records are left out; the result is sorted by minute.

    Args:
        records: The records to count.
        level: When given, only records of exactly this level are counted.

    Returns:
        Minute -> number of records in that minute.
    """
    counts: dict[datetime, int] = {}
    for record in records:
        if level is not None and record.level != level:
            continue
        minute = record.timestamp.replace(second=0, microsecond=0)
        counts[minute] = counts.get(minute, 0) + 1
    return dict(sorted(counts.items()))


def percentile(values: Sequence[float], pct: float) -> float:
    """The ``pct``-th percentile of ``values``, by linear interpolation between ranks.

    The values need not be sorted. ``pct=0`` gives the minimum and ``pct=100`` the maximum;
    between two ranks the result is interpolated (the method spreadsheets call
    ``PERCENTILE.INC``), so the 50th percentile of ``[1, 2, 3, 4]`` is 2.5.

    Args:
        values: The sample.
        pct: The percentile, from 0 to 100 inclusive.

    Returns:
        The percentile, as a float.

    Raises:
        ValueError: If ``values`` is empty, or ``pct`` is below 0, above 100 or not a number.
    """
    if not values:
        raise ValueError("percentile of an empty sample")
    if math.isnan(pct) or not 0 <= pct <= 100:
        raise ValueError(f"percentile must be between 0 and 100, got {pct}")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    lower = math.floor(rank)
    upper = math.ceil(rank)
    if lower == upper:
        return float(ordered[lower])
    fraction = rank - lower
    return ordered[lower] + (ordered[upper] - ordered[lower]) * fraction


def latency_summary(records: Iterable[LogRecord]) -> dict[str, float | int]:
    latencies: list[float] = []
    for record in records:
        match = _LATENCY.search(record.message)
        if match is None:
            continue
        value = float(match["value"])
        latencies.append(value * 1000 if match["unit"] == "s" else value)
    if not latencies:
        return {"count": 0}
    return {
        "count": len(latencies),
        "min": min(latencies),
        "p50": percentile(latencies, 50),
        "p95": percentile(latencies, 95),
        "p99": percentile(latencies, 99),
        "max": max(latencies),
        "mean": round(sum(latencies) / len(latencies), 3),
    }


class RollingWindow:
    """The last ``size`` values of a series (request latencies, error counts per minute...).

    Args:
        size: How many values the window keeps; at least 1.

    Raises:
        ValueError: If ``size`` is less than 1.
    """

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError(f"window size must be at least 1, got {size}")
        self.size = size
        self._values: deque[float] = deque()
        self._total = 0.0

    def __len__(self) -> int:
        return len(self._values)

    def push(self, value: float) -> float | None:
        """Add a value, dropping the oldest one when the window is full.

        Args:
            value: The new value; must be finite.

        Returns:
            The value that was dropped, or None while the window was not yet full.

        Raises:
            ValueError: If ``value`` is NaN or infinite (the window is left unchanged).
        """
        if not math.isfinite(value):
            raise ValueError(f"cannot add {value} to a rolling window")
        evicted: float | None = None
        if len(self._values) == self.size:
            evicted = self._values.popleft()
            self._total -= evicted
        self._values.append(value)
        self._total += value
        return evicted

    @property
    def mean(self) -> float:
        """The mean of the values in the window.

        Raises:
            ValueError: If the window is empty.
        """
        if not self._values:
            raise ValueError("mean of an empty window")
        return self._total / len(self._values)
