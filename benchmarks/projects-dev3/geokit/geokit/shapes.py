"""Bounding boxes and polygons built from points."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from geokit.points import EARTH_RADIUS_KM, Point


@dataclass(frozen=True)
class BoundingBox:
    """A latitude/longitude rectangle that does not cross the antimeridian.

    Attributes:
        south: Southern edge latitude.
        west: Western edge longitude.
        north: Northern edge latitude, at least ``south``.
        east: Eastern edge longitude, at least ``west``.
    """

    south: float
    west: float
    north: float
    east: float

    def __post_init__(self) -> None:
        if self.south > self.north or self.west > self.east:
            raise ValueError("south must not exceed north and west must not exceed east")

    @classmethod
    def around(cls, points: Iterable[Point]) -> BoundingBox:
        """The smallest box holding every point.

        Args:
            points: The points; any iterable, read once.

        Returns:
            The box; a single point gives a box of zero size.

        Raises:
            ValueError: If there are no points.
        """
        south = west = math.inf
        north = east = -math.inf
        seen = False
        for point in points:
            seen = True
            south, north = min(south, point.lat), max(north, point.lat)
            west, east = min(west, point.lon), max(east, point.lon)
        if not seen:
            raise ValueError("cannot build a bounding box around no points")
        return cls(south, west, north, east)

    def contains(self, point: Point) -> bool:
        """Whether a point lies inside the box.

        Args:
            point: The point to test.

        Returns:
            True if the point is inside or on an edge (edges are inclusive), else False.
        """
        return self.south <= point.lat <= self.north and self.west <= point.lon <= self.east

    def expand(self, margin_km: float) -> BoundingBox:
        """A new box grown by a margin on every side; this box is left unchanged.

        The longitude margin is computed at the latitude of the edge nearer to a pole, so the
        grown box covers the margin everywhere. Edges are clamped to the valid ranges.

        Args:
            margin_km: The margin in kilometres; 0 returns an equal box.

        Returns:
            The grown box.

        Raises:
            ValueError: If the margin is negative.
        """
        if margin_km < 0:
            raise ValueError(f"margin must not be negative, got {margin_km}")
        if margin_km == 0:
            return BoundingBox(self.south, self.west, self.north, self.east)
        dlat = math.degrees(margin_km / EARTH_RADIUS_KM)
        south = max(-90.0, self.south - dlat)
        north = min(90.0, self.north + dlat)
        widest = max(abs(south), abs(north))
        cos_lat = math.cos(math.radians(widest))
        if cos_lat < 1e-9:
            west, east = -180.0, 180.0
        else:
            dlon = dlat / cos_lat
            west, east = max(-180.0, self.west - dlon), min(180.0, self.east + dlon)
        return BoundingBox(south, west, north, east)


class Polygon:
    """A simple polygon given by its vertices in order; the ring closes by itself."""

    def __init__(self, vertices: Iterable[Point] = ()) -> None:
        self.vertices: list[Point] = list(vertices)

    def add_vertex(self, point: Point) -> None:
        if self.vertices and self.vertices[-1] == point:
            raise ValueError("consecutive vertices must differ")
        if len(self.vertices) >= 2 and self.vertices[0] == point:
            raise ValueError("the ring closes by itself; do not repeat the first vertex")
        self.vertices.append(point)

    @property
    def area(self) -> float:
        """Approximate area in square kilometres.

        Projects the vertices onto a plane (equirectangular, centred on the mean latitude) and
        applies the shoelace formula. Good for city-sized polygons; the error grows with size.

        Returns:
            The area, never negative (clockwise and counter-clockwise rings give the same
            value); 0.0 for fewer than three vertices.
        """
        if len(self.vertices) < 3:
            return 0.0
        mean_lat = math.radians(sum(v.lat for v in self.vertices) / len(self.vertices))
        scale_x = math.cos(mean_lat) * EARTH_RADIUS_KM
        xy = [(math.radians(v.lon) * scale_x, math.radians(v.lat) * EARTH_RADIUS_KM) for v in self.vertices]
        twice = 0.0
        for (x1, y1), (x2, y2) in zip(xy, xy[1:] + xy[:1], strict=True):
            twice += x1 * y2 - x2 * y1
        return abs(twice) / 2
