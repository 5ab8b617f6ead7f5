import pytest

from kvcache.cache import TTLCache
from kvcache.store import FileStore


class FakeClock:
    """Manually advanced clock returning float seconds."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def cache(clock):
    """A cache of size 3 with a 10 second ttl, holding "a" -> 1 and "b" -> 2."""
    c = TTLCache(max_size=3, ttl=10.0, clock=clock)
    c.set("a", 1)
    c.set("b", 2)
    return c


@pytest.fixture
def file_store(tmp_path):
    return FileStore(tmp_path / "data", name="settings")
