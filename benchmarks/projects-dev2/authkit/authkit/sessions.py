"""Session tokens with expiry, kept in memory."""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass


class TokenError(Exception):
    """The token is not known to the store (never issued, revoked or purged)."""


class ExpiredTokenError(TokenError):
    """The token was issued but its session has expired."""


@dataclass
class Session:
    username: str
    issued_at: float
    expires_at: float


def _random_token() -> str:
    return secrets.token_urlsafe(24)


class SessionStore:
    """Sessions by token, with an idle timeout.

    Args:
        clock: Returns the current time in seconds (``time.monotonic`` by default).
        ttl_seconds: How long a session lives without being used.
        token_factory: Returns a fresh random token.
        max_per_user: How many sessions one user may hold at once; ``None`` for no limit.
    """

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        ttl_seconds: float = 3600.0,
        token_factory: Callable[[], str] = _random_token,
        max_per_user: int | None = None,
    ) -> None:
        if ttl_seconds <= 0:
            raise ValueError("ttl_seconds must be positive")
        if max_per_user is not None and max_per_user < 1:
            raise ValueError("max_per_user must be at least 1")
        self._clock = clock
        self._ttl = ttl_seconds
        self._token_factory = token_factory
        self._max_per_user = max_per_user
        self._sessions: dict[str, Session] = {}

    def issue(self, username: str) -> str:
        """Open a session for a user and return its token.

        The session expires ``ttl_seconds`` from now unless it is used. When the user
        already holds ``max_per_user`` sessions, the oldest ones (by issue time) are closed
        to make room.

        Args:
            username: Who the session is for.

        Returns:
            The new token.

        Raises:
            ValueError: If ``username`` is empty.
            RuntimeError: If the token factory returns a token already in use three times
                in a row.
        """
        if not username:
            raise ValueError("username must not be empty")
        now = self._clock()
        if self._max_per_user is not None:
            held = sorted((s.issued_at, t) for t, s in self._sessions.items() if s.username == username)
            while len(held) >= self._max_per_user:
                _, oldest = held.pop(0)
                del self._sessions[oldest]
        for _ in range(3):
            token = self._token_factory()
            if token not in self._sessions:
                self._sessions[token] = Session(username, issued_at=now, expires_at=now + self._ttl)
                return token
        raise RuntimeError("could not generate a unique token")

    def resolve(self, token: str) -> str:
        """Return the user a token belongs to, and keep its session alive.

        Each successful lookup moves the session's expiry to ``ttl_seconds`` from now. A
        session has expired when the current time is at or after its expiry; an expired
        session is removed, so resolving its token a second time raises ``TokenError``.

        Args:
            token: A token returned by :meth:`issue`.

        Returns:
            The username of the session.

        Raises:
            ExpiredTokenError: If the session has expired.
            TokenError: If the token is unknown.
        """
        session = self._sessions.get(token)
        if session is None:
            raise TokenError("unknown token")
        now = self._clock()
        if now >= session.expires_at:
            del self._sessions[token]
            raise ExpiredTokenError(f"session of {session.username} expired")
        session.expires_at = now + self._ttl
        return session.username

    def purge_expired(self) -> int:
        """Remove every session that has expired (expiry at or before now).

        Returns:
            How many sessions were removed.
        """
        now = self._clock()
        expired = [token for token, session in self._sessions.items() if session.expires_at <= now]
        for token in expired:
            del self._sessions[token]
        return len(expired)
