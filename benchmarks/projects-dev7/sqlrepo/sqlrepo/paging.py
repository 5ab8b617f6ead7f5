"""Pagination arithmetic and an async export built on top of it."""

from __future__ import annotations

from typing import Any, Protocol

from .repository import BookRepository


class AsyncWriter(Protocol):
    async def write(self, row: dict[str, Any]) -> None: ...


def page_count(total: int, per_page: int) -> int:
    """Number of pages needed to show ``total`` items.

    Args:
        total: Number of items, zero or more.
        per_page: Items per page, at least 1.

    Returns:
        The page count; zero items give zero pages.

    Raises:
        ValueError: If ``total`` is negative or ``per_page`` is below 1.
    """
    if total < 0:
        raise ValueError("total must not be negative")
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    return -(-total // per_page)


def page_bounds(page: int, per_page: int, total: int | None = None) -> tuple[int, int]:
    """Return the half-open ``(start, end)`` item indexes of a 1-based page.

    :param page: page number, starting at 1.
    :param per_page: items per page, at least 1.
    :param total: when given, ``end`` is clamped to it and a page past the
        last one raises ``ValueError``. Page 1 of an empty collection is
        still valid and gives ``(0, 0)``.
    :raises ValueError: for ``page`` below 1, ``per_page`` below 1 or a
        page out of range.
    """
    if page < 1:
        raise ValueError("page numbers start at 1")
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    start = (page - 1) * per_page
    end = start + per_page
    if total is not None:
        last_page = max(page_count(total, per_page), 1)
        if page > last_page:
            raise ValueError(f"page {page} is past the last page ({last_page})")
        end = min(end, total)
    return start, end


async def export_books(repo: BookRepository, writer: AsyncWriter, batch_size: int = 100) -> int:
    """Stream every book, ordered by id, to ``writer`` as plain dicts.

    Books are read ``batch_size`` at a time so large tables are never fully
    loaded. Each row is passed to ``await writer.write(row)``; if the writer
    also has an async ``flush()`` it is awaited after each batch. The writer
    is not closed. Returns the number of rows written. A ``batch_size``
    below 1 raises ``ValueError`` before anything is written, and an error
    raised by the writer stops the export and propagates.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    total = repo.count()
    flush = getattr(writer, "flush", None)
    written = 0
    for page in range(1, page_count(total, batch_size) + 1):
        start, end = page_bounds(page, batch_size, total)
        for book in repo.list(limit=end - start, offset=start):
            await writer.write(book.to_params())
            written += 1
        if flush is not None:
            await flush()
    return written
