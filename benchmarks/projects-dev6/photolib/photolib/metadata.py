"""Parsing of EXIF-like metadata values stored as strings."""

import re
from datetime import datetime
from enum import Enum

EXIF_TIMESTAMP_FORMAT = "%Y:%m:%d %H:%M:%S"
# Cameras without a clock write this placeholder instead of a real date.
_EMPTY_TIMESTAMP = "0000:00:00 00:00:00"

_GPS_RE = re.compile(
    r"^\s*(?P<lat>\d+(?:\.\d+)?)\s*(?P<lat_ref>[NS])\s*,"
    r"\s*(?P<lon>\d+(?:\.\d+)?)\s*(?P<lon_ref>[EW])\s*$",
    re.IGNORECASE,
)


class MetadataError(ValueError):
    """Raised when a metadata value cannot be parsed."""


def parse_timestamp(value: str) -> datetime | None:
    """Parse an EXIF ``DateTimeOriginal`` value.

    Args:
        value: A timestamp in the EXIF form ``YYYY:MM:DD HH:MM:SS``.
            Surrounding whitespace is ignored.

    Returns:
        A naive :class:`datetime`, or ``None`` when the camera wrote the
        all-zero placeholder (no clock set).

    Raises:
        MetadataError: If the value is not a valid EXIF timestamp.
    """
    text = value.strip()
    if text == _EMPTY_TIMESTAMP:
        return None
    try:
        return datetime.strptime(text, EXIF_TIMESTAMP_FORMAT)
    except ValueError as exc:
        raise MetadataError(f"invalid EXIF timestamp: {value!r}") from exc


def parse_gps(value: str) -> tuple[float, float]:
    """Parse a GPS position written as ``"<lat> N|S, <lon> E|W"``.

    :param value: the position in decimal degrees with hemisphere letters;
        the letters are case-insensitive.
    :returns: a ``(latitude, longitude)`` pair in signed decimal degrees,
        negative for the southern and western hemispheres.
    :raises MetadataError: if the text does not match the expected form or a
        coordinate is out of range (latitude above 90, longitude above 180).
    """
    match = _GPS_RE.match(value)
    if match is None:
        raise MetadataError(f"invalid GPS position: {value!r}")
    lat = float(match["lat"])
    lon = float(match["lon"])
    if lat > 90.0:
        raise MetadataError(f"latitude out of range: {lat}")
    if lon > 180.0:
        raise MetadataError(f"longitude out of range: {lon}")
    if match["lat_ref"].upper() == "S":
        lat = -lat
    if match["lon_ref"].upper() == "W":
        lon = -lon
    return lat, lon


class Orientation(Enum):
    """EXIF orientation tag values (tag 0x0112)."""

    NORMAL = 1
    MIRROR_HORIZONTAL = 2
    ROTATE_180 = 3
    MIRROR_VERTICAL = 4
    TRANSPOSE = 5
    ROTATE_90_CW = 6
    TRANSVERSE = 7
    ROTATE_270_CW = 8

    @classmethod
    def from_exif(cls, raw: int | str) -> "Orientation":
        """Build an orientation from the raw tag, given as an int or a digit string.

        Raises :class:`MetadataError` when the value is not between 1 and 8.
        """
        try:
            return cls(int(raw))
        except (TypeError, ValueError) as exc:
            raise MetadataError(f"unknown orientation: {raw!r}") from exc

    def rotation_degrees(self) -> int:
        """Clockwise rotation needed to display the image upright.

        Returns
        -------
        int
            One of 0, 90, 180 or 270. Mirroring is not reflected here.
        """
        if self in (Orientation.ROTATE_90_CW, Orientation.TRANSPOSE):
            return 90
        if self in (Orientation.ROTATE_180, Orientation.MIRROR_VERTICAL):
            return 180
        if self in (Orientation.ROTATE_270_CW, Orientation.TRANSVERSE):
            return 270
        return 0
