"""GPS tracks read from GPX-like files and written as GeoJSON."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from geokit.points import Point

_TRKPT = re.compile(r'<trkpt\s+lat="([^"]*)"\s+lon="([^"]*)"\s*/?>')


class TrackFormatError(ValueError):
    """Raised when a track file holds a malformed point and strict reading was asked for."""

    def __init__(self, path: Path, line_number: int, line: str) -> None:
        super().__init__(f"{path}:{line_number}: malformed track point: {line.strip()!r}")
        self.path = path
        self.line_number = line_number


def load_track(path: Path, *, strict: bool = False) -> list[Point]:
    """Read the points of a GPX-like track file.

    Only lines holding a ``<trkpt lat="..." lon="..."/>`` element count; other lines
    (headers, ``<ele>``, comments) are ignored. One point per line.

    Args:
        path: The file, read as UTF-8.
        strict: If False, lines with a ``<trkpt`` element whose coordinates are missing,
            not numbers or out of range are skipped; if True they raise.

    Returns:
        The points in file order; an empty list for a file without track points.

    Raises:
        FileNotFoundError: If the file does not exist.
        TrackFormatError: In strict mode, for the first malformed track point.
    """
    points: list[Point] = []
    with path.open(encoding="utf-8") as handle:
        for line_number, line in enumerate(handle, start=1):
            if "<trkpt" not in line:
                continue
            match = _TRKPT.search(line)
            try:
                if match is None:
                    raise ValueError("no coordinates")
                points.append(Point(float(match.group(1)), float(match.group(2))))
            except (ValueError, TypeError):
                if strict:
                    raise TrackFormatError(path, line_number, line) from None
    return points


def write_geojson(points: Iterable[Point], stream: TextIO, *, name: str | None = None) -> int:
    """Write points as a GeoJSON FeatureCollection holding one LineString.

    Coordinates are written in GeoJSON order, ``[lon, lat]``, rounded to 6 decimals
    (about 11 cm).

    Args:
        points: The track, in order.
        stream: A text stream to write to; it is not closed.
        name: Put into the feature's ``properties`` as ``"name"`` when given.

    Returns:
        The number of points written.

    Raises:
        ValueError: If fewer than two points are given (a LineString needs two).
    """
    coordinates = [[round(p.lon, 6), round(p.lat, 6)] for p in points]
    if len(coordinates) < 2:
        raise ValueError(f"a LineString needs at least 2 points, got {len(coordinates)}")
    properties = {"name": name} if name is not None else {}
    document = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": coordinates},
                "properties": properties,
            }
        ],
    }
    json.dump(document, stream, indent=2)
    stream.write("\n")
    return len(coordinates)
