from typing import Any

import pytest
from weatherhub.forecast import ForecastClient


class FakeClock:
    def __init__(self, start: float = 1_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeHttp:
    """Answers get_json from a dict of canned responses and records every URL asked for."""

    def __init__(self, responses: dict[str, dict[str, Any]]) -> None:
        self.responses = responses
        self.calls: list[str] = []

    def get_json(self, url: str) -> dict[str, Any]:
        self.calls.append(url)
        if url not in self.responses:
            raise ConnectionError(f"no route to {url}")
        return self.responses[url]


BASE_URL = "https://api.test/v1"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def http() -> FakeHttp:
    return FakeHttp(
        {
            f"{BASE_URL}/forecast/LHR": {
                "daily": [
                    {"date": "2024-05-01", "min_c": 8.5, "max_c": 17.0, "precipitation_mm": 1.2},
                    {"date": "2024-05-02", "min_c": 9.0, "max_c": 19.5},
                    {"date": "2024-05-03", "min_c": 7.5, "max_c": 15.0, "precipitation_mm": 4.0},
                    {"date": "2024-05-04", "min_c": 6.0, "max_c": 14.5},
                ]
            },
        }
    )


@pytest.fixture
def forecast_client(http: FakeHttp, clock: FakeClock) -> ForecastClient:
    return ForecastClient(http, BASE_URL, ttl=300, clock=clock)
