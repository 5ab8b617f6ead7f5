import asyncio
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from shipquote.carriers import Quote
from shipquote.countries import Destination
from shipquote.delivery import EventLog
from shipquote.parcel import Parcel


@dataclass
class FakeCarrier:
    """In-memory carrier: answers after ``delay`` seconds, or raises ``error``."""

    name: str
    price: Decimal
    days: int = 2
    delay: float = 0.0
    error: Exception | None = None

    async def quote(self, parcel: Parcel, destination: Destination) -> Quote:
        await asyncio.sleep(self.delay)
        if self.error is not None:
            raise self.error
        return Quote(self.name, "standard", self.price, self.days)


@pytest.fixture
def parcel() -> Parcel:
    return Parcel(length_cm=40, width_cm=30, height_cm=20, weight_kg=2.5)


@pytest.fixture
def destination() -> Destination:
    return Destination("DE", "10115")


@pytest.fixture
def make_carrier():
    """Factory so each test can build the carriers it needs."""
    return FakeCarrier


@pytest.fixture
def friday() -> date:
    # Friday 15 March 2024, the reference shipping day in these tests.
    return date(2024, 3, 15)


@pytest.fixture
def event_log() -> EventLog:
    fixed = datetime(2024, 3, 15, 9, 30, tzinfo=UTC)
    return EventLog(clock=lambda: fixed)
