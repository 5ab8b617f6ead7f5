"""Station readings, a rolling average over recent values, and daily summaries."""

import math
from collections import deque
from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple, TypedDict


class Reading(NamedTuple):
    station_id: str
    observed_at: datetime
    temperature_c: float
    wind_kmh: float = 0.0


class DailySummary(TypedDict):
    day: date
    count: int
    min_c: float
    max_c: float
    mean_c: float
    max_wind_kmh: float


class RollingAverage:
    """Mean of the last ``window`` values pushed with :meth:`add`."""

    def __init__(self, window: int = 6) -> None:
        self._values: deque[float] = deque()
        self.window = window

    @property
    def window(self) -> int:
        return self._window

    @window.setter
    def window(self, size: int) -> None:
        if isinstance(size, bool) or not isinstance(size, int) or size < 1:
            raise ValueError(f"window must be a positive integer, got {size!r}")
        self._window = size
        while len(self._values) > size:
            self._values.popleft()

    def __len__(self) -> int:
        return len(self._values)

    def add(self, value: float) -> float:
        """Record a new value and return the average of the current window.

        Args:
            value: The latest measurement. Older values drop out once more than
                ``window`` values have been added.

        Returns:
            The mean of the values currently in the window, rounded to 3 decimals.

        Raises:
            ValueError: If ``value`` is NaN or infinite.
        """
        if not math.isfinite(value):
            raise ValueError(f"cannot average non-finite value {value!r}")
        self._values.append(float(value))
        if len(self._values) > self._window:
            self._values.popleft()
        return round(math.fsum(self._values) / len(self._values), 3)


def summarize_daily(readings: Iterable[Reading], station_id: str | None = None) -> list[DailySummary]:
    """
    Group readings by calendar day and compute statistics for each day.

    Parameters
    ----------
    readings : iterable of Reading
        Readings in any order, possibly from several stations.
    station_id : str, optional
        When given, only readings from this station are summarised.

    Returns
    -------
    list of DailySummary
        One entry per day with at least one reading, sorted by day. Temperatures
        are in degrees Celsius and rounded to one decimal.
    """
    by_day: dict[date, list[Reading]] = {}
    for reading in readings:
        if station_id is not None and reading.station_id != station_id:
            continue
        by_day.setdefault(reading.observed_at.date(), []).append(reading)

    summaries: list[DailySummary] = []
    for day in sorted(by_day):
        group = by_day[day]
        temperatures = [r.temperature_c for r in group]
        summaries.append(
            DailySummary(
                day=day,
                count=len(group),
                min_c=round(min(temperatures), 1),
                max_c=round(max(temperatures), 1),
                mean_c=round(math.fsum(temperatures) / len(temperatures), 1),
                max_wind_kmh=max(r.wind_kmh for r in group),
            )
        )
    return summaries
