import pytest
from geokit.points import Point


class RecordingGeocoder:
    """A geocoding client answering from a dict and recording every query."""

    def __init__(self, answers: dict[str, list[tuple[float, float]]]) -> None:
        self.answers = answers
        self.queries: list[str] = []

    async def lookup(self, query: str) -> list[tuple[float, float]]:
        self.queries.append(query)
        return self.answers.get(query, [])


@pytest.fixture
def berlin() -> Point:
    return Point(52.52, 13.405)


@pytest.fixture
def paris() -> Point:
    return Point(48.8566, 2.3522)


@pytest.fixture
def geocoder() -> RecordingGeocoder:
    return RecordingGeocoder({"1 main st springfield": [(39.7817, -89.6501), (42.1015, -72.5898)]})
