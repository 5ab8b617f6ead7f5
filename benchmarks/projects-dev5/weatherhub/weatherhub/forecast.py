"""Client for the forecast service, with a time-limited cache and retries."""

import functools
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, ParamSpec, Protocol, TypeVar

DEFAULT_BASE_URL = "https://api.weatherhub.example/v1"

P = ParamSpec("P")
R = TypeVar("R")


class HttpClient(Protocol):
    def get_json(self, url: str) -> dict[str, Any]: ...


class ForecastError(Exception):
    """The forecast service answered with data we cannot use."""


@dataclass(frozen=True, slots=True)
class ForecastDay:
    day: date
    min_c: float
    max_c: float
    precipitation_mm: float = 0.0


def retry(
    attempts: int = 3,
    *,
    exceptions: tuple[type[Exception], ...] = (ConnectionError, TimeoutError),
    delay: float = 0.1,
    sleep: Callable[[float], None] = time.sleep,
) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Decorator that calls the wrapped function again when it fails with a transient error.

    The wait between attempts doubles each time, starting at ``delay`` seconds.
    Once ``attempts`` calls have failed, the last exception propagates.

    :param attempts: total number of calls, including the first one
    :param exceptions: exception types that trigger another attempt
    :param delay: seconds to wait before the second attempt
    :param sleep: function used to wait, replaceable in tests
    :raises ValueError: if ``attempts`` is smaller than 1 or ``delay`` is negative
    """
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    if delay < 0:
        raise ValueError("delay cannot be negative")

    def decorator(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions:
                    if attempt == attempts:
                        raise
                    sleep(delay * 2 ** (attempt - 1))
            raise AssertionError("unreachable")

        return wrapper

    return decorator


def forecast_url_from_env(env: Mapping[str, str] = os.environ) -> str:
    base = env.get("WEATHERHUB_API_URL", "").strip() or DEFAULT_BASE_URL
    if not base.startswith(("http://", "https://")):
        raise ValueError(f"WEATHERHUB_API_URL must be an http(s) URL, got {base!r}")
    return base.rstrip("/")


@retry(attempts=3, delay=0.05)
def fetch_station_metadata(client: HttpClient, base_url: str, station_id: str) -> dict[str, Any]:
    """Fetch the name and position of a station, retrying on connection errors.

    Raises:
        ForecastError: If the response lacks the name or the coordinates.
    """
    payload = client.get_json(f"{base_url.rstrip('/')}/stations/{station_id}")
    missing = sorted({"name", "latitude", "longitude"} - payload.keys())
    if missing:
        raise ForecastError(f"station {station_id}: missing {', '.join(missing)}")
    latitude, longitude = float(payload["latitude"]), float(payload["longitude"])
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise ForecastError(f"station {station_id}: coordinates out of range")
    return {"id": station_id, "name": str(payload["name"]), "latitude": latitude, "longitude": longitude}


def _parse_days(station_id: str, payload: Mapping[str, Any]) -> tuple[ForecastDay, ...]:
    try:
        days = tuple(
            ForecastDay(
                day=date.fromisoformat(item["date"]),
                min_c=float(item["min_c"]),
                max_c=float(item["max_c"]),
                precipitation_mm=float(item.get("precipitation_mm", 0.0)),
            )
            for item in payload["daily"]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ForecastError(f"malformed forecast for station {station_id}") from exc
    if not days:
        raise ForecastError(f"empty forecast for station {station_id}")
    return days


class ForecastClient:
    """Fetches daily forecasts and keeps each station's forecast for ``ttl`` seconds."""

    def __init__(
        self,
        http: HttpClient,
        base_url: str = DEFAULT_BASE_URL,
        *,
        ttl: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self._http = http
        self._base_url = base_url.rstrip("/")
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, tuple[ForecastDay, ...]]] = {}
        self.hits = 0
        self.misses = 0

    def get_forecast(self, station_id: str, days: int = 3) -> list[ForecastDay]:
        """Return the forecast for the next ``days`` days of a station.

        A cached forecast is reused while it is younger than the client's TTL;
        otherwise the service is queried again and the cache refreshed.

        Args:
            station_id: Identifier of the station.
            days: How many days to return, starting with the first forecast day.

        Returns:
            At most ``days`` forecast entries, in the order the service sent them.

        Raises:
            ForecastError: If the service response is missing fields or empty.
        """
        if days < 1:
            raise ValueError("days must be at least 1")
        now = self._clock()
        cached = self._cache.get(station_id)
        if cached is not None and now - cached[0] < self._ttl:
            self.hits += 1
            forecast = cached[1]
        else:
            self.misses += 1
            payload = self._http.get_json(f"{self._base_url}/forecast/{station_id}")
            forecast = _parse_days(station_id, payload)
            self._cache[station_id] = (now, forecast)
        return list(forecast[:days])
