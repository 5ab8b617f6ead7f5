"""photolib - a small photo library toolkit."""

from photolib.album import Album, DuplicatePhotoError, Photo, slugify_tag
from photolib.catalog import CatalogWriter
from photolib.files import find_duplicates, make_filename, scan_directory
from photolib.metadata import MetadataError, Orientation, parse_gps, parse_timestamp
from photolib.thumbnails import ThumbnailError, iter_thumbnails

__all__ = [
    "Album",
    "CatalogWriter",
    "DuplicatePhotoError",
    "MetadataError",
    "Orientation",
    "Photo",
    "ThumbnailError",
    "find_duplicates",
    "iter_thumbnails",
    "make_filename",
    "parse_gps",
    "parse_timestamp",
    "scan_directory",
    "slugify_tag",
]
