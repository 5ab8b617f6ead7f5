import pytest
from jobqueue.retry import Backoff


class RecordingSleep:
    """Stands in for asyncio.sleep: records the delays and returns at once."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


class FakeHttpClient:
    """Answers POST requests with the given status codes, one per request."""

    def __init__(self, *statuses: int) -> None:
        self.statuses = list(statuses)
        self.requests: list[tuple[str, bytes, dict[str, str]]] = []

    async def post(self, url: str, body: bytes, headers: dict[str, str]) -> int:
        self.requests.append((url, body, headers))
        return self.statuses.pop(0)


@pytest.fixture
def no_sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def quick_backoff() -> Backoff:
    return Backoff(base=0.1, factor=2.0, max_delay=1.0, max_attempts=3)


@pytest.fixture
def http_client():
    """A client whose endpoint accepts every request; tests can replace ``statuses``."""
    return FakeHttpClient(200, 200, 200)
