from datetime import UTC, datetime, timedelta

import pytest
from tickethub.models import Priority, Ticket


class RecordingNotifier:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def notify(self, user: str, text: str) -> None:
        self.sent.append((user, text))


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def base_time() -> datetime:
    return datetime(2024, 3, 4, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock(base_time: datetime) -> FakeClock:
    return FakeClock(base_time)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def tickets(base_time: datetime) -> list[Ticket]:
    return [
        Ticket(1, "Cannot log in", "Password reset mail never arrives", Priority.HIGH,
               tags={"login", "email"}, created_at=base_time - timedelta(hours=3)),
        Ticket(2, "Invoice shows wrong VAT", priority=Priority.NORMAL,
               tags={"billing"}, created_at=base_time - timedelta(hours=30)),
        Ticket(3, "Site down for EU customers", "502 from the load balancer", Priority.URGENT,
               tags={"outage"}, created_at=base_time - timedelta(minutes=20)),
        Ticket(4, "Typo on pricing page", priority=Priority.LOW, created_at=base_time - timedelta(days=2)),
    ]
