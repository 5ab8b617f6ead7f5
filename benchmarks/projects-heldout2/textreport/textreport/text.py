"""Small string helpers used when laying out reports."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, separator: str = "-", max_length: int | None = None) -> str:
    """Turn a title into a lower-case ASCII slug for file names and anchors.

    Accents are stripped ("Café" becomes "cafe"), every run of other characters becomes
    one separator, and separators are trimmed from both ends. When ``max_length`` is given
    the slug is cut at a separator where possible so that words are not split.

    Args:
        text: The title to convert.
        separator: What goes between words.
        max_length: Longest slug allowed, or None for no limit.

    Returns:
        The slug; empty if the text has no letters or digits.

    Raises:
        ValueError: If ``max_length`` is less than 1.
    """
    if max_length is not None and max_length < 1:
        raise ValueError("max_length must be at least 1")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_WORD.sub(separator, ascii_text.lower()).strip(separator)
    if max_length is not None and len(slug) > max_length:
        cut = slug[:max_length]
        at_word_end = slug[max_length:].startswith(separator) or separator not in cut
        slug = (cut if at_word_end else cut[: cut.rindex(separator)]).strip(separator)
    return slug


def truncate(text: str, width: int, placeholder: str = "...") -> str:
    """Shorten ``text`` to at most ``width`` characters, ending with ``placeholder`` if it was cut.

    Args:
        text: The text to shorten.
        width: The longest result allowed.
        placeholder: Appended to a cut text; counted in ``width``.

    Returns:
        ``text`` unchanged if it fits, else its start followed by the placeholder.

    Raises:
        ValueError: If ``width`` is shorter than the placeholder.
    """
    if width < len(placeholder):
        raise ValueError(f"width {width} cannot hold the placeholder {placeholder!r}")
    if len(text) <= width:
        return text
    return text[: width - len(placeholder)].rstrip() + placeholder


def wrap(text: str, width: int) -> list[str]:
    if width < 1:
        raise ValueError("width must be at least 1")
    lines: list[str] = []
    current = ""
    for word in text.split():
        while len(word) > width:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:width])
            word = word[width:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current = f"{current} {word}"
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
