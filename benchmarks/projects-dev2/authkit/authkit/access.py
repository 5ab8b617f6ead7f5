"""Permission rules, login and the audit log."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol, TextIO

from authkit.passwords import verify_password
from authkit.sessions import SessionStore
from authkit.users import Role, User

ACTIONS = ("read", "write", "delete", "manage_users")


class AuthenticationError(Exception):
    """The username or password is wrong, or the account is locked."""


class UserRepository(Protocol):
    """Where accounts are stored (the portal's database)."""

    async def get(self, username: str) -> User | None:
        """The user with this username, or None."""
        ...

    async def save(self, user: User) -> None:
        """Store the user's current state."""
        ...


def can_access(user: User, action: str, owner: str | None = None) -> bool:
    """Decide whether a user may perform an action on a resource.

    The rules, in order:

    - a locked account (see ``User.is_locked``) may do nothing;
    - an administrator may do everything;
    - ``"manage_users"`` is for administrators only;
    - anyone may ``"read"``;
    - an editor may ``"write"`` anything, and ``"delete"`` what they own;
    - a viewer may ``"write"`` only what they own, and never ``"delete"``.

    Args:
        user: Who asks.
        action: One of ``"read"``, ``"write"``, ``"delete"``, ``"manage_users"``.
        owner: Username of the resource's owner; ``None`` when it has none.

    Returns:
        True if the action is allowed.

    Raises:
        ValueError: If the action is not one of the four above.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown action: {action!r}")
    if user.is_locked:
        return False
    if user.role is Role.ADMIN:
        return True
    if action == "manage_users":
        return False
    if action == "read":
        return True
    owns = owner is not None and owner == user.username
    if user.role is Role.EDITOR:
        return action == "write" or owns
    return action == "write" and owns


async def login(username: str, password: str, repository: UserRepository, sessions: SessionStore) -> str:
    """Check a user's password and open a session.

    The username is case-insensitive and surrounding whitespace is ignored. A locked
    account is refused before the password is checked, so its failed-login count does not
    grow. A wrong password adds one to the user's ``failed_logins`` and saves the user; a
    right one resets the count to zero, saving the user only if the count was not zero
    already.

    Args:
        username: The login name as typed.
        password: The password as typed.
        repository: Where the account is looked up and saved.
        sessions: Where the session is opened.

    Returns:
        The token of the new session.

    Raises:
        AuthenticationError: If there is no such user, the account is locked, the user
            has no password set, or the password is wrong.
    """
    user = await repository.get(username.strip().lower())
    if user is None:
        raise AuthenticationError("invalid username or password")
    if user.is_locked:
        raise AuthenticationError("account is locked")
    if not user.password_hash or not verify_password(password, user.password_hash):
        user.failed_logins += 1
        await repository.save(user)
        raise AuthenticationError("invalid username or password")
    if user.failed_logins:
        user.failed_logins = 0
        await repository.save(user)
    return sessions.issue(user.username)


def write_audit_line(stream: TextIO, event: str, user: User | str, when: datetime,
                     details: dict[str, str] | None = None) -> None:
    """Append one line to the audit log.

    The line reads ``<time> <event> <username> [key=value ...]``: the time in UTC as
    ``2024-05-01T12:00:00Z`` (whole seconds), then the details sorted by key. A value
    that is empty or contains whitespace, ``"`` or ``=`` is written in double quotes, with
    ``"`` and ``\\`` escaped by a backslash. The line ends with a newline.

    Args:
        stream: The open log file.
        event: What happened, a single word such as ``"login"``.
        user: The user, or their username.
        when: When it happened; must carry a time zone.
        details: Extra fields for the line.

    Raises:
        ValueError: If ``when`` has no time zone, or ``event`` is empty or contains
            whitespace.
    """
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("when must be timezone-aware")
    if not event or any(char.isspace() for char in event):
        raise ValueError(f"invalid event name: {event!r}")
    username = user.username if isinstance(user, User) else user
    parts = [when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), event, username]
    for key in sorted(details or {}):
        value = (details or {})[key]
        if value == "" or any(char.isspace() or char in '"=' for char in value):
            value = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        parts.append(f"{key}={value}")
    stream.write(" ".join(parts) + "\n")
