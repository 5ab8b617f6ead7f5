from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from clinicq.patients import Patient, TriageLevel
from clinicq.reminders import NotificationError
from clinicq.schedule import OpeningHours
from clinicq.waitlist import WaitingQueue

CLINIC_TZ = ZoneInfo("Europe/Zurich")
TODAY = date(2024, 5, 14)  # a Tuesday


class FakeNotifier:
    """Records messages instead of sending SMS; numbers in ``failing`` fail."""

    def __init__(self, failing=()):
        self.failing = set(failing)
        self.sent = []

    async def send(self, phone, message):
        if phone in self.failing:
            raise NotificationError(f"gateway rejected {phone}")
        self.sent.append((phone, message))


@pytest.fixture
def today():
    return TODAY


@pytest.fixture
def morning():
    """Helper building an aware datetime on the test day, clinic time."""

    def at(hour, minute=0):
        return datetime.combine(TODAY, time(hour, minute), tzinfo=CLINIC_TZ)

    return at


@pytest.fixture
def make_patient(today):
    def factory(name="Anna Meier", triage=TriageLevel.STANDARD, birth_date=date(1985, 7, 2), phone="+41441234567"):
        return Patient(name=name, birth_date=birth_date, phone=phone, triage=triage, today=lambda: today)

    return factory


@pytest.fixture
def waiting_queue():
    return WaitingQueue()


@pytest.fixture
def fake_notifier():
    return FakeNotifier()


@pytest.fixture
def opening_hours():
    weekday_hours = (time(8, 0), time(17, 30))
    return OpeningHours({day: weekday_hours for day in range(5)} | {5: (time(9, 0), time(12, 0))}, CLINIC_TZ)
