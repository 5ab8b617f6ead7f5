"""Asynchronous access to the observation feed of the weather service."""

from collections.abc import AsyncIterator, Mapping
from datetime import UTC, datetime
from typing import Any, Protocol
from urllib.parse import urlencode

from weatherhub.readings import Reading
from weatherhub.units import Unit, convert


class AsyncHttpClient(Protocol):
    async def get_json(self, url: str) -> dict[str, Any]: ...


class MalformedObservationError(ValueError):
    """An observation from the feed lacks a field or has an unreadable value."""


def parse_observation(payload: Mapping[str, Any]) -> Reading:
    try:
        station_id = str(payload["station"])
        observed_at = datetime.fromisoformat(payload["time"])
        temperature_c = float(payload["temperature"])
        wind_ms = float(payload.get("wind_speed") or 0.0)
    except (KeyError, TypeError, ValueError) as exc:
        raise MalformedObservationError(f"cannot parse observation {dict(payload)!r}") from exc
    if observed_at.tzinfo is None:
        observed_at = observed_at.replace(tzinfo=UTC)
    wind_kmh = convert(wind_ms, Unit.METERS_PER_SECOND, Unit.KMH, ndigits=1)
    return Reading(station_id, observed_at, temperature_c, wind_kmh)


class ObservationFeed:
    """Reads observations of stations from the service's paginated API."""

    def __init__(self, client: AsyncHttpClient, base_url: str, *, page_size: int = 100) -> None:
        if not 1 <= page_size <= 1000:
            raise ValueError("page_size must be between 1 and 1000")
        self._client = client
        self._base_url = base_url.rstrip("/")
        self._page_size = page_size

    async def latest(self, station_id: str) -> Reading:
        """Fetch the most recent observation of a station."""
        payload = await self._client.get_json(f"{self._base_url}/stations/{station_id}/observations/latest")
        return parse_observation(payload)

    async def iter_observations(
        self,
        station_id: str,
        since: datetime | None = None,
        *,
        max_pages: int | None = None,
    ) -> AsyncIterator[Reading]:
        """Yield the observations of a station page by page, oldest first.

        Each page of the API holds an ``items`` list and, unless it is the last
        page, the URL of the following page under ``next``.

        :param station_id: identifier of the station
        :param since: only observations at or after this moment are requested
        :param max_pages: stop after this many pages even if more are available
        :raises MalformedObservationError: if an item of a page cannot be parsed
        """
        query: dict[str, Any] = {"limit": self._page_size}
        if since is not None:
            query["since"] = since.isoformat()
        url: str | None = f"{self._base_url}/stations/{station_id}/observations?{urlencode(query)}"
        pages = 0
        while url:
            page = await self._client.get_json(url)
            for item in page.get("items", []):
                yield parse_observation(item)
            pages += 1
            if max_pages is not None and pages >= max_pages:
                return
            url = page.get("next")
