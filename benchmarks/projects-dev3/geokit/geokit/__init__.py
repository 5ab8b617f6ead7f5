"""Points, distances, shapes, GPS tracks and geocoding for the delivery-routing service."""

from geokit.geocoding import GeocoderClient, GeocodingError, geocode
from geokit.points import Point, PointFormatError, haversine_km, parse_point
from geokit.shapes import BoundingBox, Polygon
from geokit.tracks import TrackFormatError, load_track, write_geojson

__all__ = [
    "BoundingBox",
    "GeocoderClient",
    "GeocodingError",
    "Point",
    "PointFormatError",
    "Polygon",
    "TrackFormatError",
    "geocode",
    "haversine_km",
    "load_track",
    "parse_point",
    "write_geojson",
]
