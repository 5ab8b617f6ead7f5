"""Small text helpers for note bodies."""

from __future__ import annotations


def word_count(text: str) -> int:
    """How many whitespace-separated words `text` has."""
    return len(text.split())


def summarize(text: str, limit: int = 20) -> str:
    """The first line of `text`, cut to `limit` characters with '...' appended when cut.

    Raises ValueError when limit is smaller than 4.
    """
    if limit < 4:
        raise ValueError("limit too small")
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= limit else first[: limit - 3] + "..."


def tags_in(text: str) -> list[str]:
    """The distinct #tags in `text`, lower-cased, in order of first appearance."""
    seen: list[str] = []
    for word in text.split():
        if word.startswith("#") and len(word) > 1 and word[1:].lower() not in seen:
            seen.append(word[1:].lower())
    return seen
