"""Recurring and one-off maintenance tasks: when they are due, and running them."""

from scheduler.business_days import Calendar
from scheduler.runner import Runner, RunReport, TaskTimeout, export_csv, run_pending, run_with_timeout
from scheduler.tasks import DuplicateTaskError, Interval, Schedule, Task, TaskNotFound, next_run

__all__ = [
    "Calendar",
    "DuplicateTaskError",
    "Interval",
    "RunReport",
    "Runner",
    "Schedule",
    "Task",
    "TaskNotFound",
    "TaskTimeout",
    "export_csv",
    "next_run",
    "run_pending",
    "run_with_timeout",
]
