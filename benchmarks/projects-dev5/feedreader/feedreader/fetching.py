"""Fetching many feeds concurrently through an injected fetcher."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from types import TracebackType
from typing import NamedTuple, Protocol, Self

from feedreader.parsing import Entry, parse_feed


class Fetcher(Protocol):
    async def fetch(self, url: str) -> str: ...


class FetchResult(NamedTuple):
    url: str
    entries: list[Entry]
    error: Exception | None = None


class FeedClient:
    """Fetches and parses feeds, a bounded number at a time.

    Must be entered with ``async with`` before use. On exit the fetcher's
    ``aclose()`` coroutine method, if it has one, is awaited.
    """

    def __init__(
        self,
        fetcher: Fetcher,
        *,
        timeout: float = 10.0,
        max_concurrency: int = 4,
        logger: logging.Logger | None = None,
    ) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        if max_concurrency < 1:
            raise ValueError("max_concurrency must be at least 1")
        self._fetcher = fetcher
        self._timeout = timeout
        self._max_concurrency = max_concurrency
        self._log = logger or logging.getLogger(__name__)
        self._semaphore: asyncio.Semaphore | None = None

    async def __aenter__(self) -> Self:
        self._semaphore = asyncio.Semaphore(self._max_concurrency)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._semaphore = None
        aclose = getattr(self._fetcher, "aclose", None)
        if aclose is not None:
            await aclose()

    async def _fetch_one(self, url: str, semaphore: asyncio.Semaphore) -> FetchResult:
        async with semaphore:
            try:
                document = await asyncio.wait_for(self._fetcher.fetch(url), self._timeout)
                entries = parse_feed(document, source=url)
            except Exception as exc:  # one broken feed must not spoil the others
                self._log.warning("failed to fetch %s: %r", url, exc)
                return FetchResult(url, [], exc)
        self._log.debug("fetched %s: %d entries", url, len(entries))
        return FetchResult(url, entries)

    async def fetch_all(self, urls: Iterable[str]) -> list[FetchResult]:
        """Fetch and parse every feed in *urls* concurrently.

        Each feed gets its own timeout; a feed that times out, fails to download
        or does not parse yields a result with no entries and the exception in
        ``error`` instead of failing the whole batch. Results are in the order
        of ``urls``, with repeated URLs fetched once.

        Raises:
            RuntimeError: If the client is used outside ``async with``.
        """
        if self._semaphore is None:
            raise RuntimeError("FeedClient must be used as 'async with FeedClient(...)'")
        unique = list(dict.fromkeys(urls))
        return list(await asyncio.gather(*(self._fetch_one(url, self._semaphore) for url in unique)))
