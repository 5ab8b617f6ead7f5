"""Students and school terms."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass, field


class Term(enum.Enum):
    """A school term; the value is the label used by the district's systems."""

    FALL = "fall"
    SPRING = "spring"
    SUMMER = "summer"


@dataclass
class Student:
    """A student enrolled in a class.

    Attributes:
        student_id: The district's identifier, unique within a gradebook.
        name: Display name, normalized with ``Student.normalize_name``.
        email: Contact address; may be empty.
        active: False once the student has left the class.
    """

    student_id: str
    name: str
    email: str = ""
    active: bool = True
    tags: set[str] = field(default_factory=set)

    @staticmethod
    def normalize_name(raw: str) -> str:
        """Tidy a name as typed or exported by another system.

        Collapses whitespace and capitalizes each part, keeping hyphens and apostrophes
        ("o'brien-smith" becomes "O'Brien-Smith"). A "Last, First" name is turned around to
        "First Last".

        Args:
            raw: The name.

        Returns:
            The normalized name.

        Raises:
            ValueError: If the name is blank, holds a digit, or has more than one comma.
        """
        text = " ".join(raw.split())
        if not text:
            raise ValueError("name must not be blank")
        if any(ch.isdigit() for ch in text):
            raise ValueError(f"name must not contain digits: {raw!r}")
        if text.count(",") > 1:
            raise ValueError(f"name has more than one comma: {raw!r}")
        if "," in text:
            last, first = (part.strip() for part in text.split(","))
            text = f"{first} {last}".strip()
        words = []
        for word in text.split(" "):
            pieces = re.split(r"([-'])", word)
            words.append("".join(piece[:1].upper() + piece[1:].lower() for piece in pieces))
        return " ".join(words)
