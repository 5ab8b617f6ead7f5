import asyncio
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from parkinglot import HourlyFeePolicy, ParkingLot, PassRegistry, Space, SpaceSize


class FakeClock:
    """Manually advanced clock shared by the lot, the fee policy and the passes."""

    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now

    def advance(self, **kwargs):
        self.now += timedelta(**kwargs)


class FakeController:
    def __init__(self, works=True, delay=0.0):
        self.works = works
        self.delay = delay
        self.calls = []

    async def open_barrier(self, gate_id):
        self.calls.append(gate_id)
        await asyncio.sleep(self.delay)
        return self.works


@pytest.fixture
def clock():
    return FakeClock(datetime(2024, 3, 4, 8, 0))


@pytest.fixture
def lot(clock):
    spaces = [
        Space("S1", SpaceSize.SMALL),
        Space("M1", SpaceSize.MEDIUM),
        Space("M2", SpaceSize.MEDIUM, level=1),
        Space("L1", SpaceSize.LARGE),
    ]
    return ParkingLot(spaces, clock=clock)


@pytest.fixture
def fees(clock):
    return HourlyFeePolicy(
        hourly_rate=Decimal("2.50"), daily_cap=Decimal("18.00"), clock=clock
    )


@pytest.fixture
def passes(clock):
    return PassRegistry(clock)


@pytest.fixture
def controller():
    return FakeController()
