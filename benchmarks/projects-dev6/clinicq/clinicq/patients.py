"""Patients, triage levels and phone number normalisation."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum
from typing import Any


class TriageLevel(IntEnum):
    """Manchester triage scale; a lower value is more urgent."""

    IMMEDIATE = 1
    VERY_URGENT = 2
    URGENT = 3
    STANDARD = 4
    NON_URGENT = 5


class PhoneNumberError(ValueError):
    """Raised when a phone number cannot be turned into E.164 form."""


class InvalidRowError(ValueError):
    """Raised when a row from an import does not describe a valid patient."""


_ALLOWED_PHONE_CHARS = re.compile(r"^\+?[0-9 ()./-]+$")
_SEPARATORS = re.compile(r"[ ()./-]")


def normalize_phone(raw: str, default_country_code: str = "41") -> str:
    """Normalise a phone number to E.164 (``+`` followed by 8 to 15 digits).

    Spaces, dots, dashes, slashes and parentheses are ignored, as is the
    trunk ``(0)`` often written after the country code. A number starting
    with ``00`` is read as international, one starting with a single ``0``
    as national and prefixed with ``default_country_code``.

    Args:
        raw: The number as typed at the reception desk.
        default_country_code: Country calling code used for national
            numbers, without ``+``.

    Returns:
        The number in E.164 form.

    Raises:
        ValueError: If ``default_country_code`` is not 1 to 3 digits without
            a leading zero.
        PhoneNumberError: If the number contains letters or other characters,
            has no international or trunk prefix, or has the wrong length.
    """
    if not re.fullmatch(r"[1-9][0-9]{0,2}", default_country_code):
        raise ValueError(f"invalid country code {default_country_code!r}")
    text = raw.strip()
    if not text or not _ALLOWED_PHONE_CHARS.match(text):
        raise PhoneNumberError(f"invalid characters in phone number {raw!r}")

    if text.startswith("+"):
        text = re.sub(r"^(\+\d{1,3})\s*\(0\)", r"\1", text)
        digits = _SEPARATORS.sub("", text[1:])
    else:
        digits = _SEPARATORS.sub("", text)
        if digits.startswith("00"):
            digits = digits[2:]
        elif digits.startswith("0"):
            digits = default_country_code + digits[1:]
        else:
            raise PhoneNumberError(f"phone number {raw!r} has no country or trunk prefix")

    if not digits.isdigit() or digits.startswith("0"):
        raise PhoneNumberError(f"invalid country code in phone number {raw!r}")
    if not 8 <= len(digits) <= 15:
        raise PhoneNumberError(f"phone number {raw!r} has {len(digits)} digits, expected 8 to 15")
    return "+" + digits


def _parse_triage(value: Any) -> TriageLevel:
    if isinstance(value, str) and not value.strip().isdigit():
        try:
            return TriageLevel[value.strip().upper().replace(" ", "_").replace("-", "_")]
        except KeyError:
            raise InvalidRowError(f"unknown triage level {value!r}") from None
    try:
        return TriageLevel(int(value))
    except (TypeError, ValueError):
        raise InvalidRowError(f"unknown triage level {value!r}") from None


@dataclass
class Patient:
    """A patient in the waiting room.

    ``today`` is the clock used for the age; it is injected so that the age
    can be computed for a fixed date.
    """

    name: str
    birth_date: date
    phone: str
    triage: TriageLevel = TriageLevel.STANDARD
    today: Callable[[], date] = field(default=date.today, repr=False, compare=False)

    @property
    def age(self) -> int:
        """Age in completed years on ``today()``.

        A patient born on 29 February turns one year older on 1 March in
        years that are not leap years.

        :raises ValueError: if the birth date is after ``today()``.
        """
        today = self.today()
        if self.birth_date > today:
            raise ValueError(f"birth date {self.birth_date} is in the future")
        had_birthday = (today.month, today.day) >= (self.birth_date.month, self.birth_date.day)
        return today.year - self.birth_date.year - (0 if had_birthday else 1)

    @classmethod
    def from_row(
        cls,
        row: Mapping[str, Any],
        *,
        today: Callable[[], date] = date.today,
        default_country_code: str = "41",
    ) -> Patient:
        """Build a patient from a row of a CSV or JSON import.

        Parameters
        ----------
        row : mapping
            Needs ``name``, ``birth_date`` (ISO date) and ``phone``; may have
            ``triage`` as a number 1-5 or a level name such as
            ``"very urgent"``. A missing or empty triage means STANDARD.
        today : callable, optional
            Clock for the patient's age.
        default_country_code : str
            Passed to :func:`normalize_phone`.

        Returns
        -------
        Patient
            The patient, with the name stripped and the phone in E.164 form.

        Raises
        ------
        InvalidRowError
            If a required field is missing or empty, the birth date is not
            an ISO date, or the triage level is unknown.
        PhoneNumberError
            If the phone number cannot be normalised.
        """
        missing = [key for key in ("name", "birth_date", "phone") if not str(row.get(key) or "").strip()]
        if missing:
            raise InvalidRowError(f"missing field(s): {', '.join(missing)}")
        try:
            birth_date = date.fromisoformat(str(row["birth_date"]).strip())
        except ValueError:
            raise InvalidRowError(f"invalid birth date {row['birth_date']!r}") from None
        triage_value = row.get("triage")
        triage = (
            TriageLevel.STANDARD
            if triage_value is None or str(triage_value).strip() == ""
            else _parse_triage(triage_value)
        )
        return cls(
            name=" ".join(str(row["name"]).split()),
            birth_date=birth_date,
            phone=normalize_phone(str(row["phone"]), default_country_code),
            triage=triage,
            today=today,
        )
