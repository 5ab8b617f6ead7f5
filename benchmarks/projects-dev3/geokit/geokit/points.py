"""Geographic points, great-circle distances and parsing of "lat,lon" text."""

from __future__ import annotations

import math
from dataclasses import dataclass

EARTH_RADIUS_KM = 6371.0088


class PointFormatError(ValueError):
    """Raised when a text cannot be read as a point."""


@dataclass(frozen=True)
class Point:
    """A position on the globe in decimal degrees (WGS 84).

    Attributes:
        lat: Latitude, from -90 to 90 inclusive.
        lon: Longitude, from -180 to 180 inclusive.
    """

    lat: float
    lon: float

    def __post_init__(self) -> None:
        for name, value, limit in (("lat", self.lat, 90.0), ("lon", self.lon, 180.0)):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise TypeError(f"{name} must be a number, got {type(value).__name__}")
            if math.isnan(value) or not -limit <= value <= limit:
                raise ValueError(f"{name} must be between {-limit} and {limit}, got {value}")


def haversine_km(a: Point, b: Point) -> float:
    """Great-circle distance between two points.

    Uses the haversine formula on a sphere of mean Earth radius, so results differ from
    ellipsoidal distances by up to about 0.5%.

    Args:
        a: The first point.
        b: The second point.

    Returns:
        The distance in kilometres; 0.0 when the points are equal. Antipodal points give
        about 20015 km.
    """
    if a == b:
        return 0.0
    lat1, lat2 = math.radians(a.lat), math.radians(b.lat)
    dlat = lat2 - lat1
    dlon = math.radians(b.lon - a.lon)
    h = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    h = min(1.0, max(0.0, h))
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def parse_point(text: str) -> Point:
    """Read a point written as "lat,lon".

    Surrounding whitespace and whitespace around the comma are ignored. A semicolon is
    accepted as separator too, for spreadsheets exported with a European locale.

    Args:
        text: The text, for example "52.52, 13.405".

    Returns:
        The point.

    Raises:
        PointFormatError: If the text does not hold exactly two numbers, or if the numbers
            are outside the valid latitude/longitude ranges.
    """
    cleaned = text.strip()
    if not cleaned:
        raise PointFormatError("empty point")
    separator = ";" if ";" in cleaned else ","
    parts = [part.strip() for part in cleaned.split(separator)]
    if len(parts) != 2 or not all(parts):
        raise PointFormatError(f"expected 'lat,lon', got {text!r}")
    try:
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError as exc:
        raise PointFormatError(f"not a number in {text!r}") from exc
    try:
        return Point(lat, lon)
    except ValueError as exc:
        raise PointFormatError(str(exc)) from exc
