import pytest
from throttle.rates import Rate


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def per_second() -> Rate:
    """Two requests per second, the limit most API keys get."""
    return Rate(limit=2, period=1.0)
