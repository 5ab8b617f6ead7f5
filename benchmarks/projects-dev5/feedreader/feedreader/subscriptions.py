"""The list of feeds a user subscribes to, stored as a small OPML file."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from feedreader.normalize import normalize_url


class SubscriptionError(Exception):
    pass


class DuplicateSubscription(SubscriptionError):
    pass


MIN_REFRESH_MINUTES = 5
MAX_REFRESH_MINUTES = 24 * 60


class Subscription:
    """One subscribed feed."""

    def __init__(self, url: str, title: str = "", category: str = "", refresh_minutes: int = 60) -> None:
        self.url = normalize_url(url)
        self.title = title.strip() or self.url
        self.category = category.strip()
        self.refresh_minutes = refresh_minutes

    def __repr__(self) -> str:
        return f"Subscription({self.url!r}, title={self.title!r}, category={self.category!r})"

    @property
    def refresh_minutes(self) -> int:
        """How often the feed is polled, in minutes (between 5 and 1440)."""
        return self._refresh_minutes

    @refresh_minutes.setter
    def refresh_minutes(self, minutes: int) -> None:
        if isinstance(minutes, bool) or not isinstance(minutes, int):
            raise TypeError(f"refresh_minutes must be an int, not {type(minutes).__name__}")
        if not MIN_REFRESH_MINUTES <= minutes <= MAX_REFRESH_MINUTES:
            raise ValueError(
                f"refresh_minutes must be between {MIN_REFRESH_MINUTES} and {MAX_REFRESH_MINUTES}, got {minutes}"
            )
        self._refresh_minutes = minutes


class SubscriptionList:
    """An ordered collection of subscriptions, keyed by normalized feed URL.

    ``url in subs`` and ``subs[url]`` accept any spelling of a URL that
    normalizes to the same feed.
    """

    def __init__(self) -> None:
        self._subs: dict[str, Subscription] = {}

    def __len__(self) -> int:
        return len(self._subs)

    def __iter__(self) -> Iterator[Subscription]:
        return iter(list(self._subs.values()))

    def __contains__(self, url: object) -> bool:
        if not isinstance(url, str):
            return False
        try:
            return normalize_url(url) in self._subs
        except ValueError:
            return False

    def __getitem__(self, url: str) -> Subscription:
        return self._subs[normalize_url(url)]

    @classmethod
    def from_file(cls, path: str | Path) -> SubscriptionList:
        """Load subscriptions from an OPML file.

        Feeds are ``<outline>`` elements with an ``xmlUrl`` attribute; an outline
        without ``xmlUrl`` that contains feeds is a category. The optional
        ``refresh`` attribute gives the polling interval in minutes. Feeds listed
        twice are kept once.

        :param path: the file to read (UTF-8).
        :raises SubscriptionError: if the file is not valid OPML.
        :raises OSError: if the file cannot be read.
        """
        text = Path(path).read_text(encoding="utf-8")
        try:
            root = ET.fromstring(text)
        except ET.ParseError as exc:
            raise SubscriptionError(f"{path}: not valid XML: {exc}") from exc
        body = root.find("body")
        if root.tag != "opml" or body is None:
            raise SubscriptionError(f"{path}: not an OPML document")

        subs = cls()

        def walk(element: ET.Element, category: str) -> None:
            for outline in element.findall("outline"):
                url = outline.get("xmlUrl")
                name = outline.get("title") or outline.get("text") or ""
                if url is None:
                    walk(outline, name or category)
                    continue
                refresh = outline.get("refresh", "60")
                if not refresh.isdigit():
                    raise SubscriptionError(f"{path}: bad refresh value {refresh!r} for {url}")
                if url not in subs:
                    subs.add(url, name, category=category, refresh_minutes=int(refresh))

        walk(body, "")
        return subs

    def add(self, url: str, title: str = "", *, category: str = "", refresh_minutes: int = 60) -> Subscription:
        sub = Subscription(url, title, category, refresh_minutes)
        if sub.url in self._subs:
            raise DuplicateSubscription(f"already subscribed to {sub.url}")
        self._subs[sub.url] = sub
        return sub

    def by_category(self, category: str) -> list[Subscription]:
        """Subscriptions in *category* (case-insensitive), sorted by title."""
        wanted = category.strip().casefold()
        found = [sub for sub in self._subs.values() if sub.category.casefold() == wanted]
        return sorted(found, key=lambda sub: sub.title.casefold())
