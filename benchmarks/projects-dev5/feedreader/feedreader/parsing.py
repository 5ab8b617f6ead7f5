"""Parsing RSS 2.0 and Atom documents into :class:`Entry` objects."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime

from feedreader.normalize import InvalidURL, clean_title, normalize_url

ATOM_NS = "{http://www.w3.org/2005/Atom}"


class FeedParseError(ValueError):
    """The document is not well-formed XML or is neither RSS nor Atom."""


@dataclass
class Entry:
    title: str
    link: str
    published: datetime | None = None
    summary: str = ""
    source: str = ""
    guid: str = ""
    tags: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.title = clean_title(self.title)
        self.summary = clean_title(self.summary)
        if self.link:
            self.link = normalize_url(self.link)
        if not self.guid:
            self.guid = self.link
        self.tags = sorted({tag.strip().lower() for tag in self.tags if tag.strip()})


def parse_date(value: str | None, *, assume_tz: tzinfo = UTC) -> datetime | None:
    """Parse an RSS (RFC 822) or Atom (ISO 8601) date.

    Parameters
    ----------
    value : str or None
        The text of a ``pubDate``, ``updated`` or ``published`` element.
    assume_tz : tzinfo, optional
        Time zone given to dates that carry none (RFC 822 ``-0000`` included).

    Returns
    -------
    datetime or None
        An aware datetime, or ``None`` if ``value`` is empty or unparseable;
        real-world feeds contain enough broken dates that failing the whole
        feed over one is not worth it.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=assume_tz)
    return parsed


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _rss_entries(channel: ET.Element, source: str) -> list[Entry]:
    site = _text(channel.find("link")) or None
    entries = []
    for item in channel.iter("item"):
        raw_link = _text(item.find("link"))
        guid = _text(item.find("guid"))
        if not raw_link and guid.startswith(("http://", "https://")):
            raw_link = guid
        try:
            link = normalize_url(raw_link, base=site) if raw_link else ""
        except InvalidURL:
            link = ""
        entries.append(
            Entry(
                title=_text(item.find("title")),
                link=link,
                published=parse_date(_text(item.find("pubDate"))),
                summary=_text(item.find("description")),
                source=source,
                guid=guid,
                tags=[_text(c) for c in item.findall("category")],
            )
        )
    return entries


def _atom_link(entry: ET.Element) -> str:
    for link in entry.findall(f"{ATOM_NS}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "")
    return ""


def _atom_entries(feed: ET.Element, source: str) -> list[Entry]:
    site = _atom_link(feed) or None
    entries = []
    for item in feed.findall(f"{ATOM_NS}entry"):
        raw_link = _atom_link(item)
        try:
            link = normalize_url(raw_link, base=site) if raw_link else ""
        except InvalidURL:
            link = ""
        published = parse_date(_text(item.find(f"{ATOM_NS}published"))) or parse_date(
            _text(item.find(f"{ATOM_NS}updated"))
        )
        summary = _text(item.find(f"{ATOM_NS}summary")) or _text(item.find(f"{ATOM_NS}content"))
        entries.append(
            Entry(
                title=_text(item.find(f"{ATOM_NS}title")),
                link=link,
                published=published,
                summary=summary,
                source=source,
                guid=_text(item.find(f"{ATOM_NS}id")),
                tags=[c.get("term", "") for c in item.findall(f"{ATOM_NS}category")],
            )
        )
    return entries


def parse_feed(document: str, *, source: str = "") -> list[Entry]:
    """Parse an RSS 2.0 or Atom 1.0 document.

    Items without a title and without a link are skipped. Relative links are
    resolved against the channel's (or feed's) own link.

    :param document: the XML text of the feed.
    :param source: recorded on every entry, usually the feed URL.
    :returns: the entries in document order.
    :raises FeedParseError: if the XML is malformed or the root element is
        neither ``<rss>`` nor an Atom ``<feed>``.
    """
    try:
        root = ET.fromstring(document.strip())
    except ET.ParseError as exc:
        raise FeedParseError(f"malformed feed XML: {exc}") from exc
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise FeedParseError("RSS document has no <channel>")
        entries = _rss_entries(channel, source)
    elif root.tag == f"{ATOM_NS}feed":
        entries = _atom_entries(root, source)
    else:
        raise FeedParseError(f"unsupported feed root element: {root.tag!r}")
    return [entry for entry in entries if entry.title or entry.link]
