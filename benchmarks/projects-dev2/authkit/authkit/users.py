"""User accounts and their roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from typing import ClassVar

_USERNAME = re.compile(r"[a-z][a-z0-9_.-]{2,31}")


class Role(Enum):
    """What a user may do, from least to most privileged."""

    VIEWER = 1
    EDITOR = 2
    ADMIN = 3


@dataclass
class User:
    """An account of the portal.

    Attributes:
        username: Lower-case login name, unique across the portal.
        email: Lower-case contact address.
        role: What the user may do.
        password_hash: The stored hash (see ``authkit.passwords.hash_password``); empty
            until a password has been set.
        active: False once an administrator has deactivated the account.
        failed_logins: Failed login attempts since the last successful one.
    """

    username: str
    email: str
    role: Role = Role.VIEWER
    password_hash: str = ""
    active: bool = True
    failed_logins: int = 0

    MAX_FAILED_LOGINS: ClassVar[int] = 5

    @classmethod
    def from_string(cls, line: str) -> User:
        """Build a user from one line of the admin import file.

        The line holds a username, an email address and optionally a role name, separated
        by commas, for instance ``"alice, alice@example.com, editor"``. Whitespace around
        the fields is ignored, the username and the email address are lower-cased and the
        role name is case-insensitive. A missing or empty role means ``Role.VIEWER``. The
        user starts active, without a password.

        Args:
            line: One line of the import file.

        Returns:
            The new user.

        Raises:
            ValueError: If the line has fewer than two or more than three fields; if the
                username is not 3 to 32 characters long, made of lower-case letters,
                digits, ``_``, ``.`` and ``-``, starting with a letter; if the email address
                is not of the form ``name@domain.tld`` (exactly one ``@``, a dot inside
                the domain); or if the role name is unknown.
        """
        fields = [part.strip() for part in line.split(",")]
        if not 2 <= len(fields) <= 3:
            raise ValueError(f"expected 'username, email[, role]', got {line!r}")
        username, email = fields[0].lower(), fields[1].lower()
        if not _USERNAME.fullmatch(username):
            raise ValueError(f"invalid username: {fields[0]!r}")
        local, _, domain = email.partition("@")
        if not local or "@" in domain or "." not in domain or domain.startswith(".") or domain.endswith("."):
            raise ValueError(f"invalid email address: {fields[1]!r}")
        role = Role.VIEWER
        if len(fields) == 3 and fields[2]:
            try:
                role = Role[fields[2].upper()]
            except KeyError:
                raise ValueError(f"unknown role: {fields[2]!r}") from None
        return cls(username=username, email=email, role=role)

    @property
    def is_locked(self) -> bool:
        """Whether the account may no longer log in.

        An account is locked once it has been deactivated, or when its count of failed
        logins is at or above ``MAX_FAILED_LOGINS``.
        """
        if not self.active:
            return True
        return self.failed_logins >= self.MAX_FAILED_LOGINS
