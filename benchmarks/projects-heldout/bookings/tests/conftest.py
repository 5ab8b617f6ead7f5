from datetime import datetime

import pytest
from bookings.calendar import Calendar

NOW = datetime(2026, 3, 14, 9, 0)


@pytest.fixture
def clock():
    return lambda: NOW


@pytest.fixture
def calendar(clock) -> Calendar:
    return Calendar(["Aurora", "Borealis"], clock=clock)
