from datetime import datetime

import pytest
from gradebook.book import Gradebook
from gradebook.models import Student, Term


class FakeRosterApi:
    """A roster API answering with fixed records and recording every call."""

    def __init__(self, records: list[dict[str, str]]) -> None:
        self.records = records
        self.calls: list[tuple[str, str]] = []

    async def fetch_roster(self, course: str, term: str) -> list[dict[str, str]]:
        self.calls.append((course, term))
        return list(self.records)


@pytest.fixture
def clock():
    return lambda: datetime(2026, 12, 5, 9, 30)


@pytest.fixture
def book() -> Gradebook:
    """Algebra I, fall term, with Ada (id s1) and Ben (id s2) enrolled and no grades."""
    gradebook = Gradebook("Algebra I", Term.FALL)
    gradebook.add_student(Student("s1", "Ada Lovelace"))
    gradebook.add_student(Student("s2", "Ben Carter"))
    return gradebook
