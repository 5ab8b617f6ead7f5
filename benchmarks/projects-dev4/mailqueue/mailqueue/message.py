from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from enum import Enum
from typing import Any

from mailqueue.address import EmailAddress

_PLACEHOLDER_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
_RESERVED_HEADERS = frozenset({"from", "to", "cc", "subject", "date", "message-id"})


class MissingPlaceholderError(KeyError):
    """A template refers to a placeholder that was not supplied."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(", ".join(names))
        self.names = names


class Priority(Enum):
    HIGH = 0
    NORMAL = 1
    BULK = 2


@dataclass
class Message:
    """An outgoing message addressed to one or more recipients."""

    sender: EmailAddress
    recipients: list[EmailAddress]
    subject: str
    body: str
    cc: list[EmailAddress] = field(default_factory=list)
    priority: Priority = Priority.NORMAL
    extra_headers: dict[str, str] = field(default_factory=dict)
    message_id: str = field(default_factory=lambda: uuid.uuid4().hex)

    def __post_init__(self) -> None:
        if not self.recipients:
            raise ValueError("a message needs at least one recipient")
        if "\n" in self.subject or "\r" in self.subject:
            raise ValueError("subject must be a single line")
        for name, value in self.extra_headers.items():
            if name.lower() in _RESERVED_HEADERS:
                raise ValueError(f"header {name!r} is set by the queue and cannot be overridden")
            if ":" in name or any(c in name + value for c in "\r\n"):
                raise ValueError(f"malformed header {name!r}")

    def header_lines(self, *, sent_at: datetime | None = None) -> list[str]:
        """Build the RFC 5322 header block for this message.

        Headers come out in a fixed order (From, To, Cc if any, Subject, Date,
        Message-ID) followed by the extra headers sorted by name.

        :param sent_at: Timestamp for the ``Date`` header; the current UTC time
            when omitted. A naive datetime is taken to be UTC.
        :returns: One string per header, without trailing line breaks.
        """
        when = sent_at or datetime.now(UTC)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        lines = [
            f"From: {self.sender}",
            "To: " + ", ".join(str(r) for r in self.recipients),
        ]
        if self.cc:
            lines.append("Cc: " + ", ".join(str(r) for r in self.cc))
        lines.append(f"Subject: {self.subject}")
        lines.append(f"Date: {format_datetime(when)}")
        lines.append(f"Message-ID: <{self.message_id}@{self.sender.domain.lower()}>")
        for name in sorted(self.extra_headers, key=str.lower):
            lines.append(f"{name}: {self.extra_headers[name]}")
        return lines


def render_template(template: str, /, *, strict: bool = True, **values: Any) -> str:
    """
    Fill ``{{ name }}`` placeholders in a message template.

    Parameters
    ----------
    template : str
        Template text. Placeholders are identifiers wrapped in double braces,
        whitespace inside the braces is ignored.
    strict : bool, optional
        When true (the default) every placeholder must have a value. When
        false, unknown placeholders are left in the output untouched.
    **values
        Replacement values; each is converted with ``str()``.

    Returns
    -------
    str
        The rendered text.

    Raises
    ------
    MissingPlaceholderError
        In strict mode, if one or more placeholders have no value. All missing
        names are reported at once, in order of first appearance.
    """
    missing: list[str] = []

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return str(values[name])
        if name not in missing:
            missing.append(name)
        return match.group(0)

    rendered = _PLACEHOLDER_RE.sub(substitute, template)
    if strict and missing:
        raise MissingPlaceholderError(missing)
    return rendered
