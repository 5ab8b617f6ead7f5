"""Tasks, how often they recur, and the schedule that holds them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, time, timedelta

_EVERY = re.compile(r"^every\s+(?P<count>\d+)\s*(?P<unit>[smhd])$")
_DAILY = re.compile(r"^daily\s+at\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days"}

PRIORITY_LABELS = {"low": 1, "normal": 5, "high": 8, "urgent": 10}


class TaskNotFound(KeyError):
    """No task of that name is scheduled."""


class DuplicateTaskError(ValueError):
    """A task of that name is already scheduled."""


@dataclass(frozen=True)
class Interval:
    """How often a task recurs: a fixed period, or once a day at a given time.

    Exactly one of ``every`` and ``at`` is set.
    """

    every: timedelta | None = None
    at: time | None = None

    @classmethod
    def parse(cls, text: str) -> Interval:
        """Parse an interval written as in the task configuration file.

        Two forms are accepted, case-insensitively and with surrounding blanks ignored:
        ``"every <n><unit>"`` where the unit is ``s``, ``m``, ``h`` or ``d`` (``"every 15m"``),
        and ``"daily at HH:MM"`` on a 24-hour clock (``"daily at 09:30"``).

        Args:
            text: The interval as written.

        Returns:
            The interval.

        Raises:
            ValueError: If the text has neither form, the period is zero, or the time of
                day is out of range (hour above 23 or minute above 59).
        """
        normalized = " ".join(text.strip().lower().split())
        match = _EVERY.match(normalized)
        if match is not None:
            count = int(match["count"])
            if count == 0:
                raise ValueError(f"interval must be positive: {text!r}")
            return cls(every=timedelta(**{_UNITS[match["unit"]]: count}))
        match = _DAILY.match(normalized)
        if match is not None:
            hour, minute = int(match["hour"]), int(match["minute"])
            if hour > 23 or minute > 59:
                raise ValueError(f"invalid time of day: {text!r}")
            return cls(at=time(hour, minute))
        raise ValueError(f"unrecognised interval: {text!r}")


@dataclass
class Task:
    """A unit of work in the schedule.

    Attributes:
        name: Unique within a schedule.
        due: When the task should next run.
        priority: Higher runs first among tasks due at the same check; 0 to 10.
        interval: How the task recurs; None for a one-off task.
    """

    name: str
    due: datetime
    priority: int = 5
    interval: Interval | None = None

    @staticmethod
    def priority_from_label(label: str | int) -> int:
        if isinstance(label, int):
            value = label
        else:
            cleaned = label.strip().lower()
            if cleaned in PRIORITY_LABELS:
                return PRIORITY_LABELS[cleaned]
            if not cleaned.lstrip("-").isdigit():
                raise ValueError(f"unknown priority {label!r}")
            value = int(cleaned)
        if not 0 <= value <= 10:
            raise ValueError(f"priority must be between 0 and 10, got {value}")
        return value


def next_run(interval: Interval, clock: Callable[[], datetime], last_run: datetime | None = None) -> datetime:
    """When a task with this interval should run next.

    For a fixed period, the next run is one period after ``last_run``; when that moment has
    already passed (the scheduler was down), it is moved forward by whole periods to the first
    one strictly after the current time, so missed runs are not replayed. Without a
    ``last_run`` the task runs one period from now.

    For a daily time, the next run is today at that time if it is still strictly in the future,
    otherwise tomorrow at that time; ``last_run`` is ignored. The result keeps the clock's
    time zone.

    Args:
        interval: The task's interval.
        clock: Returns the current time.
        last_run: When the task last started, if it ever has.

    Returns:
        The next run time, always after the clock's current time.

    Raises:
        ValueError: If the interval has neither a period nor a time of day.
    """
    now = clock()
    if interval.every is not None:
        period = interval.every
        if last_run is None:
            return now + period
        candidate = last_run + period
        if candidate <= now:
            missed = (now - candidate) // period + 1
            candidate += period * missed
        return candidate
    if interval.at is not None:
        candidate = now.replace(hour=interval.at.hour, minute=interval.at.minute, second=0, microsecond=0)
        if candidate <= now:
            candidate += timedelta(days=1)
        return candidate
    raise ValueError("interval has neither a period nor a time of day")


class Schedule:
    """The tasks waiting to run, by name."""

    def __init__(self) -> None:
        self._tasks: dict[str, Task] = {}

    def __len__(self) -> int:
        return len(self._tasks)

    def __contains__(self, name: object) -> bool:
        return name in self._tasks

    def __iter__(self) -> Iterator[Task]:
        return iter(sorted(self._tasks.values(), key=lambda task: (task.due, task.name)))

    def add(self, task: Task, replace: bool = False) -> None:
        """Add a task.

        Args:
            task: The task to add.
            replace: Whether a task of the same name may be replaced.

        Raises:
            DuplicateTaskError: If a task of that name is already scheduled and ``replace``
                is false.
            ValueError: If the task's name is blank or its priority is outside 0 to 10.
        """
        if not task.name.strip():
            raise ValueError("task name must not be blank")
        if not 0 <= task.priority <= 10:
            raise ValueError(f"priority must be between 0 and 10, got {task.priority}")
        if task.name in self._tasks and not replace:
            raise DuplicateTaskError(f"task {task.name!r} is already scheduled")
        self._tasks[task.name] = task

    def remove(self, name: str) -> Task:
        """Remove a task and return it.

        Raises:
            TaskNotFound: If no task of that name is scheduled (a ``KeyError``).
        """
        try:
            return self._tasks.pop(name)
        except KeyError:
            raise TaskNotFound(name) from None

    def next_due(self, now: datetime) -> Task | None:
        """The task to run next: among the tasks due at or before ``now``, the one with the
        highest priority; between equal priorities, the one due earliest, then by name.

        The task stays in the schedule.

        Returns:
            The task, or None when no task is due yet.
        """
        best: Task | None = None
        for task in self._tasks.values():
            if task.due > now:
                continue
            if best is None or (-task.priority, task.due, task.name) < (-best.priority, best.due, best.name):
                best = task
        return best

    @property
    def earliest_due(self) -> datetime | None:
        """When the earliest task is due, or None for an empty schedule (the sleep until the
        next check is computed from it)."""
        if not self._tasks:
            return None
        return min(task.due for task in self._tasks.values())
