"""Parsers for the loosely formatted fields found in spreadsheet exports."""

from __future__ import annotations

import enum
import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation


class ParseError(ValueError):
    """A single field could not be parsed.

    ``column`` names the canonical column the value came from when known.
    """

    def __init__(self, message: str, column: str | None = None) -> None:
        super().__init__(message)
        self.column = column


class Permission(enum.Flag):
    NONE = 0
    READ = enum.auto()
    WRITE = enum.auto()
    DELETE = enum.auto()
    EXECUTE = enum.auto()

    def to_text(self) -> str:
        """Render as the four-character positional form, e.g. ``rw-x``."""
        return "".join(letter if flag in self else "-" for letter, flag in _PERMISSION_LETTERS)


_PERMISSION_LETTERS = (
    ("r", Permission.READ),
    ("w", Permission.WRITE),
    ("d", Permission.DELETE),
    ("x", Permission.EXECUTE),
)


def parse_permissions(text: str) -> Permission:
    """Parse a positional permission string such as ``rw-x``.

    The four positions stand for read, write, delete and execute, in that
    order; a dash marks a missing permission and letters are case-insensitive.
    An empty string, ``"-"`` or ``"none"`` means no permissions at all.

    Args:
        text: The permission text from the file.

    Returns:
        The combined :class:`Permission` flags.

    Raises:
        ParseError: If the text is not exactly four characters long or a
            position holds anything other than its letter or a dash.
    """
    cleaned = text.strip().lower()
    if cleaned in ("", "-", "none"):
        return Permission.NONE
    if len(cleaned) != len(_PERMISSION_LETTERS):
        raise ParseError(f"permission text must have 4 characters, got {text!r}", "permissions")
    result = Permission.NONE
    for position, (char, (letter, flag)) in enumerate(zip(cleaned, _PERMISSION_LETTERS), start=1):
        if char == letter:
            result |= flag
        elif char != "-":
            raise ParseError(
                f"invalid character {char!r} at position {position} of {text!r}, expected {letter!r} or '-'",
                "permissions",
            )
    return result


_CURRENCY_MARKERS = ("EUR", "USD", "GBP", "CHF", "€", "$", "£")
_GROUPED = {
    ".": re.compile(r"\d{1,3}(\.\d{3})+"),
    ",": re.compile(r"\d{1,3}(,\d{3})+"),
}


def parse_money(text: str, places: int = 2) -> Decimal:
    """Parse an amount written in either European or US style.

    Both ``"1.234,56"`` and ``"1,234.56"`` give ``Decimal("1234.56")``. When
    both separators occur, the one that comes last is the decimal separator.
    When only one kind occurs, it is read as a thousands separator if it
    occurs more than once or if it is followed by exactly three digits and
    the number does not start with ``0`` (so ``"1.234"`` is one thousand two
    hundred thirty-four, but ``"0.125"`` is a fraction). Currency symbols and
    codes, spaces and apostrophes (``1'234.50``) are ignored. Negative
    amounts may be written with a leading or trailing minus sign or in
    parentheses.

    The result is rounded half-up to *places* decimal places. A negative
    *places* raises ``ValueError``; empty or malformed text raises
    :class:`ParseError`.
    """
    if places < 0:
        raise ValueError(f"places must not be negative, got {places}")
    cleaned = text.strip()
    for marker in _CURRENCY_MARKERS:
        cleaned = cleaned.replace(marker, "")
    cleaned = cleaned.replace("\u00a0", "").replace(" ", "").replace("'", "")
    if not cleaned:
        raise ParseError(f"empty amount: {text!r}", "amount")

    negative = False
    if cleaned.startswith("(") and cleaned.endswith(")"):
        negative, cleaned = True, cleaned[1:-1]
    if cleaned[:1] in ("-", "+"):
        negative = negative or cleaned[0] == "-"
        cleaned = cleaned[1:]
    elif cleaned.endswith("-"):
        negative, cleaned = True, cleaned[:-1]

    if not cleaned or not cleaned[0].isdigit() or not re.fullmatch(r"[\d.,]+", cleaned):
        raise ParseError(f"not an amount: {text!r}", "amount")

    last_dot, last_comma = cleaned.rfind("."), cleaned.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        decimal_sep: str | None = "." if last_dot > last_comma else ","
    elif last_dot >= 0 or last_comma >= 0:
        sep = "." if last_dot >= 0 else ","
        head, _, tail = cleaned.rpartition(sep)
        as_thousands = cleaned.count(sep) > 1 or (len(tail) == 3 and not head.startswith("0"))
        decimal_sep = None if as_thousands else sep
    else:
        decimal_sep = None

    if decimal_sep is not None:
        integer, _, fraction = cleaned.rpartition(decimal_sep)
    else:
        integer, fraction = cleaned, ""
    if not fraction.isdigit() and fraction != "":
        raise ParseError(f"malformed decimal part in {text!r}", "amount")

    group_sep = {".": ",", ",": "."}.get(decimal_sep or "", None)
    candidates = [group_sep] if group_sep else [".", ","]
    if not integer.isdigit():
        if not any(s in integer and _GROUPED[s].fullmatch(integer) for s in candidates):
            raise ParseError(f"misplaced thousands separator in {text!r}", "amount")
        integer = integer.replace(".", "").replace(",", "")

    try:
        value = Decimal(f"{integer}.{fraction or '0'}")
    except InvalidOperation as exc:  # pragma: no cover - guarded by the checks above
        raise ParseError(f"not an amount: {text!r}", "amount") from exc
    value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return -value if negative else value


DATE_FORMATS: tuple[str, ...] = (
    "%Y-%m-%d",
    "%d.%m.%Y",
    "%d.%m.%y",
    "%d/%m/%Y",
    "%Y/%m/%d",
    "%d %b %Y",
    "%b %d, %Y",
    "%Y%m%d",
)


def parse_date(text: str, formats: tuple[str, ...] = DATE_FORMATS) -> date:
    """Parse a date given in any of *formats*.

    :param text: the date text. An ISO timestamp such as
        ``2024-03-01T12:30:00`` is accepted and its time part ignored.
    :param formats: ``strptime`` formats tried in order; the first match wins,
        so ``01/02/2024`` is read day-first (1 February) with the defaults.
    :returns: the parsed :class:`datetime.date`.
    :raises ParseError: if the text is empty or matches none of the formats.
    """
    cleaned = " ".join(text.split())
    if not cleaned:
        raise ParseError("empty date", "joined")
    if "T" in cleaned and cleaned[:4].isdigit():
        cleaned = cleaned.split("T", 1)[0]
    for fmt in formats:
        try:
            return datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    raise ParseError(f"unrecognised date {text!r}", "joined")
