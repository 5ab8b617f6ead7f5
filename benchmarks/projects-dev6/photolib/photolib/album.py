"""Albums of photos and tag normalisation."""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

_NON_SLUG = re.compile(r"[^a-z0-9]+")


class DuplicatePhotoError(ValueError):
    """Raised when a photo is added twice to the same album."""


def slugify_tag(tag: str) -> str:
    """Normalise a free-text tag into a slug.

    Accents are stripped, letters are lower-cased and every run of other
    characters becomes a single hyphen, so ``"Île de France "`` and
    ``"ile-de-france"`` end up as the same tag.

    Args:
        tag: The tag as typed by the user.

    Returns:
        The slug, made of ``a-z``, ``0-9`` and single hyphens.

    Raises:
        ValueError: If nothing is left of the tag once normalised.
    """
    ascii_text = (
        unicodedata.normalize("NFKD", tag).encode("ascii", "ignore").decode("ascii")
    )
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    if not slug:
        raise ValueError(f"tag {tag!r} is empty once normalised")
    return slug


@dataclass(frozen=True)
class Photo:
    path: Path
    taken_at: datetime | None = None
    tags: frozenset[str] = field(default_factory=frozenset)


class Album:
    """An ordered collection of photos, unique by path."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._photos: dict[Path, Photo] = {}

    def add(
        self,
        path: Path | str,
        taken_at: datetime | None = None,
        tags: Iterable[str] = (),
    ) -> Photo:
        """Add a photo to the album.

        :param path: location of the image file.
        :param taken_at: when the photo was taken, if known.
        :param tags: free-text tags; they are stored as slugs.
        :returns: the stored :class:`Photo`.
        :raises DuplicatePhotoError: if a photo with the same path is
            already in the album.
        :raises ValueError: if one of the tags is empty once normalised.
        """
        key = Path(path)
        if key in self._photos:
            raise DuplicatePhotoError(f"{key} is already in album {self.name!r}")
        photo = Photo(key, taken_at, frozenset(slugify_tag(t) for t in tags))
        self._photos[key] = photo
        return photo

    @property
    def tags(self) -> list[str]:
        """All tags used in the album, sorted alphabetically."""
        return sorted({tag for photo in self._photos.values() for tag in photo.tags})

    def __iter__(self) -> Iterator[Photo]:
        return iter(self._photos.values())

    def __len__(self) -> int:
        return len(self._photos)

    def __contains__(self, item: object) -> bool:
        if isinstance(item, Photo):
            return self._photos.get(item.path) == item
        if isinstance(item, (str, Path)):
            return Path(item) in self._photos
        return False

    def __repr__(self) -> str:
        return f"Album({self.name!r}, {len(self)} photos)"
