"""Fetching the tags of a remote repository through an injected async client."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Protocol

from gitstats.versions import Version, latest_version


class TagClient(Protocol):
    async def list_refs(self, url: str) -> list[str]:
        """Return the raw tag refs of the repository at ``url``."""
        ...


class RemoteFetchError(RuntimeError):
    """Raised when the remote could not be reached after all retries."""

    def __init__(self, url: str, attempts: int) -> None:
        super().__init__(f"could not fetch tags from {url} after {attempts} attempt(s)")
        self.url = url
        self.attempts = attempts


RETRYABLE_ERRORS: tuple[type[BaseException], ...] = (ConnectionError, TimeoutError)


def _tag_name(ref: str) -> str:
    name = ref.strip().removeprefix("refs/tags/")
    return name.removesuffix("^{}")


async def fetch_tags(
    client: TagClient,
    url: str,
    *,
    retries: int = 3,
    backoff: float = 0.5,
    sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
) -> list[str]:
    """Fetch the tag names of a remote, retrying on network errors.

    Refs are reduced to tag names (``refs/tags/`` prefix and the ``^{}``
    suffix of peeled tags removed) and de-duplicated, keeping the first
    occurrence order.

    Args:
        client: Object with an async ``list_refs(url)`` method.
        url: Address of the remote repository.
        retries: Total number of attempts, at least 1.
        backoff: Delay before the second attempt in seconds; doubled after
            each further failure.
        sleep: Awaitable sleep function, replaceable in tests.

    Returns:
        The tag names.

    Raises:
        ValueError: If ``retries`` is lower than 1.
        RemoteFetchError: If every attempt failed with ``ConnectionError`` or
            ``TimeoutError``; the last error is chained as the cause. Other
            exceptions from the client propagate immediately.
    """
    if retries < 1:
        raise ValueError("retries must be at least 1")
    delay = backoff
    last_error: BaseException | None = None
    for attempt in range(1, retries + 1):
        try:
            refs = await client.list_refs(url)
        except RETRYABLE_ERRORS as exc:
            last_error = exc
            if attempt < retries:
                await sleep(delay)
                delay *= 2
            continue
        return list(dict.fromkeys(_tag_name(ref) for ref in refs if ref.strip()))
    raise RemoteFetchError(url, retries) from last_error


async def latest_remote_version(client: TagClient, url: str, **kwargs) -> Version | None:
    tags = await fetch_tags(client, url, **kwargs)
    return latest_version(tags)
