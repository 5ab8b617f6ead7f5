"""Running the tasks that are due and exporting the schedule."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, TextIO

from scheduler.tasks import Schedule, Task, next_run


class Runner(Protocol):
    """Runs one task (a subprocess, an HTTP call to a worker...) and returns its result."""

    async def run(self, task: Task) -> object:
        ...


class TaskTimeout(Exception):
    """A task ran for longer than it was allowed."""

    def __init__(self, name: str, timeout_s: float) -> None:
        super().__init__(f"task {name!r} did not finish within {timeout_s}s")
        self.name = name
        self.timeout_s = timeout_s


@dataclass
class RunReport:
    """What one pass of :func:`run_pending` did."""

    results: dict[str, object] = field(default_factory=dict)
    failures: dict[str, BaseException] = field(default_factory=dict)
    rescheduled: list[str] = field(default_factory=list)


async def run_with_timeout(runner: Runner, task: Task, timeout_s: float | None = None) -> object:
    """Run one task through ``runner``, giving up after ``timeout_s`` seconds.

    Args:
        runner: Runs the task.
        task: The task.
        timeout_s: The most seconds the task may take; None to wait as long as it takes.

    Returns:
        Whatever the runner returned.

    Raises:
        ValueError: If ``timeout_s`` is zero or negative.
        TaskTimeout: If the task did not finish in time (it is cancelled).
        Exception: Whatever the runner raised, unchanged.
    """
    if timeout_s is None:
        return await runner.run(task)
    if timeout_s <= 0:
        raise ValueError(f"timeout must be positive, got {timeout_s}")
    try:
        return await asyncio.wait_for(runner.run(task), timeout=timeout_s)
    except TimeoutError:
        raise TaskTimeout(task.name, timeout_s) from None


async def run_pending(schedule: Schedule, runner: Runner, clock: Callable[[], datetime],
                      timeout_s: float | None = None, max_tasks: int | None = None) -> RunReport:
    """Run every task that is due, one at a time, highest priority first.

    Which tasks are due is decided once, at the clock's time when the call starts; a task that
    becomes due while others run waits for the next pass. A task that succeeds has its result
    recorded; one that raises (or times out) has its exception recorded under its name and the
    pass goes on with the next task. Either way, a recurring task is put back with its next
    run time (from :func:`next_run` with ``clock``, counted from the time it started, so a
    task that overran its period skips the runs it missed) and a one-off task is removed
    from the schedule.

    Args:
        schedule: The schedule; changed in place.
        runner: Runs each task.
        clock: Returns the current time; read once at the start, then before and after
            each task.
        timeout_s: Per-task time limit, as for :func:`run_with_timeout`.
        max_tasks: Run at most this many tasks; the others stay due for the next pass.

    Returns:
        The results, failures and rescheduled task names of this pass.

    Raises:
        ValueError: If ``max_tasks`` is negative.
    """
    if max_tasks is not None and max_tasks < 0:
        raise ValueError(f"max_tasks must not be negative, got {max_tasks}")
    report = RunReport()
    now = clock()
    done: set[str] = set()
    while max_tasks is None or len(done) < max_tasks:
        task = schedule.next_due(now)
        if task is None or task.name in done:
            break
        done.add(task.name)
        started = clock()
        try:
            report.results[task.name] = await run_with_timeout(runner, task, timeout_s)
        except Exception as error:  # a failing task must not stop the others
            report.failures[task.name] = error
        schedule.remove(task.name)
        if task.interval is not None:
            task.due = next_run(task.interval, clock, last_run=started)
            schedule.add(task)
            report.rescheduled.append(task.name)
    return report


def export_csv(schedule: Schedule, stream: TextIO, include_header: bool = True) -> int:
    """Write the schedule as CSV to ``stream``, earliest due first (then by name).

    The columns are ``name``, ``due`` (ISO format), ``priority`` and ``interval``: the period
    in whole seconds for a fixed period (``every 900s``), ``daily at HH:MM`` for a daily time,
    empty for a one-off task.

    Args:
        schedule: The schedule to export.
        stream: An open text stream; it is not closed.
        include_header: Whether to write the header row first.

    Returns:
        The number of task rows written (the header not counted).
    """
    writer = csv.writer(stream, lineterminator="\n")
    if include_header:
        writer.writerow(["name", "due", "priority", "interval"])
    rows = 0
    for task in schedule:
        interval = ""
        if task.interval is not None and task.interval.every is not None:
            interval = f"every {int(task.interval.every.total_seconds())}s"
        elif task.interval is not None and task.interval.at is not None:
            interval = f"daily at {task.interval.at:%H:%M}"
        writer.writerow([task.name, task.due.isoformat(), task.priority, interval])
        rows += 1
    return rows
