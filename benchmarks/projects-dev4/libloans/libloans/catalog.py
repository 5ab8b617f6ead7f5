from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from libloans.models import Book

REQUIRED_COLUMNS = ("isbn", "title", "author", "year")


def load_catalog(source: Path | TextIO) -> list[Book]:
    """Load books from a CSV export with a header row.

    Required columns are ``isbn``, ``title``, ``author`` and ``year``; an
    optional ``copies`` column defaults to 1. Rows repeating an ISBN that was
    already seen add their copies to the first row instead of creating a
    second book.

    Args:
        source: Path of the CSV file, or an already opened text stream.

    Returns:
        The books in order of first appearance.

    Raises:
        ValueError: If a required column is missing, or a row has a bad
            year, copy count or ISBN. The message names the line number.
    """
    if isinstance(source, Path):
        with source.open(newline="", encoding="utf-8-sig") as handle:
            return load_catalog(handle)
    reader = csv.DictReader(source)
    missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"catalog is missing column(s): {', '.join(missing)}")
    books: dict[str, Book] = {}
    for row in reader:
        try:
            book = Book(
                isbn=row["isbn"],
                title=row["title"].strip(),
                author=row["author"].strip(),
                year=int(row["year"]),
                copies=int(row.get("copies") or 1),
            )
        except (TypeError, ValueError) as exc:
            raise ValueError(f"line {reader.line_num}: {exc}") from exc
        if book.isbn in books:
            first = books[book.isbn]
            books[book.isbn] = replace(first, copies=first.copies + book.copies)
        else:
            books[book.isbn] = book
    return list(books.values())


def search_catalog(
    books: Iterable[Book],
    query: str = "",
    *,
    author: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    predicate: Callable[[Book], bool] | None = None,
) -> list[Book]:
    """Find books whose title or author contains every word of ``query``.

    Matching is case-insensitive. ``author`` narrows to authors containing
    that text, the year bounds are inclusive, and ``predicate`` (if given) is
    called on each remaining book as a final filter. Results are sorted by
    title, then year.
    """
    words = query.lower().split()
    needle = author.lower() if author else None
    hits = []
    for book in books:
        haystack = f"{book.title} {book.author}".lower()
        if not all(word in haystack for word in words):
            continue
        if needle is not None and needle not in book.author.lower():
            continue
        if year_from is not None and book.year < year_from:
            continue
        if year_to is not None and book.year > year_to:
            continue
        if predicate is not None and not predicate(book):
            continue
        hits.append(book)
    return sorted(hits, key=lambda b: (b.title.lower(), b.year))
