"""Requests, responses and query strings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote

_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
VERSIONS = ("HTTP/1.0", "HTTP/1.1")


class BadRequest(ValueError):
    """The raw request text is not a well-formed HTTP/1.x request."""


class HTTPError(Exception):
    """Raised by a handler to answer with a given status instead of 200."""

    def __init__(self, status: int, message: str = "") -> None:
        super().__init__(status, message)
        self.status = status
        self.message = message


@dataclass
class Response:
    status: int
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)


def _decode(text: str) -> str:
    if _ESCAPE.search(text):
        raise ValueError(f"malformed percent escape in {text!r}")
    return unquote(text.replace("+", " "), errors="strict")


def parse_query(query: str) -> dict[str, list[str]]:
    """Parse a URL query string into a dict of value lists.

    Names and values are percent-decoded as UTF-8 and ``+`` stands for a space. A name
    without ``=`` gets an empty-string value; empty pairs (``a=1&&b=2``) and pairs with an
    empty name are skipped. Repeated names keep every value, in order.

    Args:
        query: The query string, with or without its leading ``?``.

    Returns:
        Each name mapped to the list of its values; an empty dict for an empty string.

    Raises:
        ValueError: If a ``%`` is not followed by two hex digits, or the decoded bytes are
            not valid UTF-8.
    """
    if query.startswith("?"):
        query = query[1:]
    result: dict[str, list[str]] = {}
    for pair in query.split("&"):
        if not pair:
            continue
        raw_name, _, raw_value = pair.partition("=")
        name = _decode(raw_name)
        if not name:
            continue
        result.setdefault(name, []).append(_decode(raw_value))
    return result


@dataclass
class Request:
    """A parsed request; header names are lower-case."""

    method: str
    path: str
    query: dict[str, list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    version: str = "HTTP/1.1"
    body: str = ""
    client: str = "-"

    @classmethod
    def from_raw(cls, text: str, client: str = "-") -> Request:
        """Parse the text of an HTTP/1.0 or HTTP/1.1 request.

        Lines may end in CRLF or LF. The head ends at the first empty line; whatever follows
        is the body. Repeated headers are joined with ``", "``.

        Args:
            text: The request line, the header lines and optionally a body.
            client: The peer address, kept for the access log.

        Returns:
            The request, with its query string parsed.

        Raises:
            BadRequest: If the request is empty, the request line does not have exactly three
                parts, the method is not an upper-case token, the target does not start with
                ``/``, the version is not HTTP/1.0 or HTTP/1.1, a header line has no colon or a
                space before it or is folded, the query string is malformed, or an HTTP/1.1
                request has no Host header.
        """
        head, _, body = text.replace("\r\n", "\n").partition("\n\n")
        lines = head.split("\n")
        if not lines[0].strip():
            raise BadRequest("empty request")
        parts = lines[0].split(" ")
        if len(parts) != 3:
            raise BadRequest(f"malformed request line {lines[0]!r}")
        method, target, version = parts
        if not _TOKEN.fullmatch(method) or method != method.upper():
            raise BadRequest(f"bad method {method!r}")
        if not target.startswith("/"):
            raise BadRequest(f"bad request target {target!r}")
        if version not in VERSIONS:
            raise BadRequest(f"unsupported version {version!r}")
        headers: dict[str, str] = {}
        for line in lines[1:]:
            if not line:
                continue
            if line[:1] in (" ", "\t"):
                raise BadRequest("folded header lines are not supported")
            name, colon, value = line.partition(":")
            if not colon or not _TOKEN.fullmatch(name):
                raise BadRequest(f"malformed header line {line!r}")
            key = name.lower()
            value = value.strip()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        if version == "HTTP/1.1" and "host" not in headers:
            raise BadRequest("HTTP/1.1 request without a Host header")
        path, _, query = target.partition("?")
        try:
            parsed = parse_query(query)
        except ValueError as exc:
            raise BadRequest(str(exc)) from exc
        return cls(method, path, parsed, headers, version, body, client)
