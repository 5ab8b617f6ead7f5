from __future__ import annotations

import re
from dataclasses import dataclass

_LOCAL_RE = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_DOMAIN_LABEL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
_MAX_LOCAL = 64
_MAX_TOTAL = 254


class InvalidAddressError(ValueError):
    """Raised when a string cannot be used as an e-mail address."""


@dataclass(frozen=True)
class EmailAddress:
    """A validated mailbox address with an optional display name."""

    local: str
    domain: str
    display_name: str | None = None

    def __post_init__(self) -> None:
        if not self.local or len(self.local) > _MAX_LOCAL:
            raise InvalidAddressError(f"local part must be 1-{_MAX_LOCAL} characters")
        if not _LOCAL_RE.match(self.local):
            raise InvalidAddressError(f"invalid characters in local part {self.local!r}")
        if self.local.startswith(".") or self.local.endswith(".") or ".." in self.local:
            raise InvalidAddressError(f"misplaced dot in local part {self.local!r}")
        labels = self.domain.split(".")
        if len(labels) < 2 or not all(_DOMAIN_LABEL_RE.match(label) for label in labels):
            raise InvalidAddressError(f"invalid domain {self.domain!r}")
        if len(self.local) + 1 + len(self.domain) > _MAX_TOTAL:
            raise InvalidAddressError("address is too long")
        if self.display_name is not None and any(c in self.display_name for c in "\r\n"):
            raise InvalidAddressError("display name must not contain line breaks")

    @classmethod
    def parse(cls, raw: str) -> EmailAddress:
        """Parse an address such as ``jane@example.org`` or ``"Jane Doe" <jane@example.org>``.

        Args:
            raw: The address as typed by a user or found in a header.

        Returns:
            The parsed address. The domain is kept as written; use
            :attr:`normalized` for comparisons.

        Raises:
            InvalidAddressError: If there is no ``@``, the angle brackets are
                unbalanced, or either part fails validation.
        """
        text = raw.strip()
        display_name: str | None = None
        if text.endswith(">"):
            start = text.rfind("<")
            if start == -1:
                raise InvalidAddressError(f"unbalanced angle brackets in {raw!r}")
            display_name = text[:start].strip().strip('"').strip() or None
            text = text[start + 1 : -1].strip()
        elif "<" in text or ">" in text:
            raise InvalidAddressError(f"unbalanced angle brackets in {raw!r}")
        local, sep, domain = text.rpartition("@")
        if not sep:
            raise InvalidAddressError(f"{raw!r} has no @")
        return cls(local=local, domain=domain, display_name=display_name)

    @property
    def normalized(self) -> str:
        """The bare address with the domain lower-cased (local parts are case sensitive)."""
        return f"{self.local}@{self.domain.lower()}"

    def __str__(self) -> str:
        if self.display_name:
            return f'"{self.display_name}" <{self.local}@{self.domain}>'
        return f"{self.local}@{self.domain}"


def is_valid_address(raw: str) -> bool:
    try:
        EmailAddress.parse(raw)
    except InvalidAddressError:
        return False
    return True
