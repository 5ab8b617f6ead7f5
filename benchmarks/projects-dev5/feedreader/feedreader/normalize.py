"""Cleaning up titles and URLs found in feeds."""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

_TAG_RE = re.compile(r"</?[A-Za-z][^<>]*>")
_SPACE_RE = re.compile(r"\s+")

TRACKING_PARAMS = frozenset({"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "igshid"})
DEFAULT_PORTS = {"http": 80, "https": 443}


class InvalidURL(ValueError):
    pass


def clean_title(text: str, *, max_length: int | None = None) -> str:
    """Turn a raw feed title into plain text.

    HTML entities are decoded, tags are removed (feeds often put ``<b>`` or
    escaped markup in titles) and runs of whitespace, including newlines and
    non-breaking spaces, become a single space.

    Args:
        text: The title as it appears in the feed.
        max_length: If given, longer titles are cut at a word boundary and end
            with an ellipsis; the result is never longer than ``max_length``.

    Returns:
        The cleaned title, possibly empty.

    Raises:
        ValueError: If ``max_length`` is smaller than 1.
    """
    if max_length is not None and max_length < 1:
        raise ValueError("max_length must be at least 1")
    text = html.unescape(text)
    text = _TAG_RE.sub(" ", text)
    text = _SPACE_RE.sub(" ", text.replace("\u00a0", " ")).strip()
    if max_length is None or len(text) <= max_length:
        return text
    cut = text[: max_length - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-") + "\u2026"


def normalize_url(url: str, *, base: str | None = None, drop_tracking: bool = True, keep_fragment: bool = False) -> str:
    """Return a canonical form of *url* so that the same article gets the same key.

    :param url: an absolute URL, or a relative one when ``base`` is given.
    :param base: the feed's own URL or site link, used to resolve relative links.
    :param drop_tracking: remove ``utm_*`` and other well-known tracking parameters.
    :param keep_fragment: keep the ``#fragment`` part (dropped by default).
    :returns: the URL with a lower-case scheme and host, no default port, sorted
        query parameters and no trailing slash (except for the root path).
    :raises InvalidURL: if the result is not an absolute http(s) URL.
    """
    url = url.strip()
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise InvalidURL(f"not an absolute http(s) URL: {url!r}")
    host = parts.hostname.lower()
    try:
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"bad port in URL: {url!r}") from exc
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    query = parse_qsl(parts.query, keep_blank_values=True)
    if drop_tracking:
        query = [(k, v) for k, v in query if not k.lower().startswith("utm_") and k.lower() not in TRACKING_PARAMS]
    fragment = parts.fragment if keep_fragment else ""
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), fragment))
