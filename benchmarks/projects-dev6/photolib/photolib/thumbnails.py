"""Asynchronous thumbnail generation."""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from pathlib import Path

Renderer = Callable[[Path, tuple[int, int]], Awaitable[bytes]]


class ThumbnailError(RuntimeError):
    """Raised when the renderer fails on a photo."""


async def iter_thumbnails(
    paths: Iterable[Path],
    renderer: Renderer,
    size: tuple[int, int] = (256, 256),
    *,
    skip_errors: bool = False,
) -> AsyncIterator[tuple[Path, bytes]]:
    """Yield ``(path, thumbnail_bytes)`` pairs, rendering one photo at a time.

    Args:
        paths: The photos to render, in the order they are yielded.
        renderer: An async callable taking a path and a ``(width, height)``
            box and returning the encoded thumbnail.
        size: The bounding box of the thumbnails, in pixels.
        skip_errors: When true, photos the renderer fails on are skipped
            instead of stopping the iteration.

    Raises:
        ValueError: If a dimension of ``size`` is not positive; raised on the
            first iteration, before anything is rendered.
        ThumbnailError: If the renderer raises and ``skip_errors`` is false.
    """
    width, height = size
    if width <= 0 or height <= 0:
        raise ValueError(f"thumbnail size must be positive, got {size}")
    for path in paths:
        try:
            data = await renderer(Path(path), (width, height))
        except Exception as exc:
            if skip_errors:
                continue
            raise ThumbnailError(f"could not render {path}") from exc
        yield Path(path), data
