"""Address lookup through an external geocoding service."""

from __future__ import annotations

from typing import Protocol

from geokit.points import Point


class GeocodingError(LookupError):
    """Raised when an address cannot be found."""


class GeocoderClient(Protocol):
    """The part of a geocoding service's client that geokit uses."""

    async def lookup(self, query: str) -> list[tuple[float, float]]:
        """Candidate (lat, lon) pairs for a query, best match first."""
        ...


def _normalize(address: str) -> str:
    return " ".join(address.lower().replace(",", " ").split())


async def geocode(address: str, client: GeocoderClient, cache: dict[str, Point] | None = None) -> Point:
    """Find the position of an address, asking the service at most once per address.

    Addresses are compared case-insensitively and with commas and repeated whitespace
    ignored, so "1 Main St, Springfield" and "1 main st springfield" share a cache entry.

    Args:
        address: The address as typed by a user.
        client: The geocoding service client; its ``lookup`` is awaited on a cache miss.
        cache: Results by normalized address, read and filled in place; None for no cache.

    Returns:
        The first candidate the service returns.

    Raises:
        ValueError: If the address is blank.
        GeocodingError: If the service returns no candidates (nothing is cached then).
    """
    key = _normalize(address)
    if not key:
        raise ValueError("address must not be blank")
    if cache is not None and key in cache:
        return cache[key]
    candidates = await client.lookup(key)
    if not candidates:
        raise GeocodingError(f"no match for {address!r}")
    lat, lon = candidates[0]
    point = Point(lat, lon)
    if cache is not None:
        cache[key] = point
    return point
