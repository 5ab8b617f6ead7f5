from datetime import date, datetime, timedelta

import pytest
from scheduler.business_days import Calendar
from scheduler.tasks import Task


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, start: datetime = datetime(2024, 6, 3, 9, 0)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class RecordingRunner:
    """Runs nothing: records the tasks it was given and answers from ``results``.

    A result that is an exception is raised instead of returned.
    """

    def __init__(self, results: dict[str, object] | None = None) -> None:
        self.results = results or {}
        self.ran: list[str] = []

    async def run(self, task: Task) -> object:
        self.ran.append(task.name)
        result = self.results.get(task.name, "ok")
        if isinstance(result, BaseException):
            raise result
        return result


@pytest.fixture
def clock() -> FakeClock:
    """Monday 3 June 2024, 09:00."""
    return FakeClock()


@pytest.fixture
def runner() -> RecordingRunner:
    return RecordingRunner()


@pytest.fixture
def office_calendar() -> Calendar:
    """Weekends off, plus Whit Monday (20 May 2024) and Christmas Day 2024."""
    return Calendar(holidays={date(2024, 5, 20), date(2024, 12, 25)})
