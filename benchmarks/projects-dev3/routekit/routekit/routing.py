"""Route table: URL patterns with typed path parameters, matched against request paths."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

Handler = Callable[..., Any]

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")

_CONVERTERS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "int": (r"-?\d+", int),
    "str": (r"[^/]+", str),
    "slug": (r"[a-z0-9]+(?:-[a-z0-9]+)*", str),
}
_PARAM = re.compile(r"\{(\w+)(?::(\w+))?\}")


class DuplicateRoute(ValueError):
    """Raised when a method and an equivalent pattern are registered twice."""


class MethodNotAllowed(LookupError):
    """The path matches a route, but not for the requested method."""

    def __init__(self, allowed: list[str]) -> None:
        super().__init__(f"method not allowed; allowed: {', '.join(allowed)}")
        self.allowed = allowed


@dataclass(frozen=True)
class Route:
    """One registered route: an upper-case method, the pattern as written, and its handler."""

    method: str
    pattern: str
    handler: Handler = field(compare=False)


@dataclass(frozen=True)
class RouteMatch:
    """A route found for a request, with its path parameters already converted."""

    route: Route
    params: dict[str, Any]


@dataclass
class _Compiled:
    route: Route
    regex: re.Pattern[str]
    converters: dict[str, Callable[[str], Any]]
    shape: str


class Router:
    """Routes registered in order; the first registered route that matches wins."""

    def __init__(self) -> None:
        self._compiled: list[_Compiled] = []

    @staticmethod
    def split_path(path: str) -> list[str]:
        """Split a URL path into its non-empty segments.

        The query string and fragment are dropped and repeated slashes collapse, so
        ``"/users//7/?x=1"`` gives ``["users", "7"]``. The root path gives an empty list.

        Args:
            path: An absolute path, starting with ``/``.

        Returns:
            The segments, still percent-encoded.

        Raises:
            ValueError: If the path does not start with ``/`` or has a ``.`` or ``..`` segment.
        """
        if not path.startswith("/"):
            raise ValueError(f"path must start with '/': {path!r}")
        path = path.split("#", 1)[0].split("?", 1)[0]
        segments = [segment for segment in path.split("/") if segment]
        for segment in segments:
            if segment in (".", ".."):
                raise ValueError(f"relative segment {segment!r} in path {path!r}")
        return segments

    def add(self, method: str, pattern: str, handler: Handler) -> Route:
        """Register a handler for a method and a URL pattern.

        A pattern segment is either literal text or a whole-segment parameter written
        ``{name}`` or ``{name:kind}``, where kind is ``int``, ``str`` (the default) or ``slug``.
        Two patterns that differ only in their parameter names are the same route.

        Args:
            method: The HTTP method, in any case; stored upper-case.
            pattern: The URL pattern, starting with ``/``.
            handler: Called with the request and the path parameters as keyword arguments.

        Returns:
            The registered route.

        Raises:
            ValueError: On an unknown method, an unknown parameter kind, a parameter name used
                twice, or a brace that is not a whole-segment parameter.
            DuplicateRoute: If the same method and an equivalent pattern are already registered.
        """
        method = method.upper()
        if method not in METHODS:
            raise ValueError(f"unknown HTTP method {method!r}")
        parts: list[str] = []
        shape: list[str] = []
        converters: dict[str, Callable[[str], Any]] = {}
        for segment in self.split_path(pattern):
            param = _PARAM.fullmatch(segment)
            if param is None:
                if "{" in segment or "}" in segment:
                    raise ValueError(f"malformed parameter in segment {segment!r}")
                parts.append(re.escape(segment))
                shape.append(segment)
                continue
            name, kind = param.group(1), param.group(2) or "str"
            if kind not in _CONVERTERS:
                raise ValueError(f"unknown parameter kind {kind!r} in {pattern!r}")
            if name in converters:
                raise ValueError(f"parameter {name!r} appears twice in {pattern!r}")
            expression, convert = _CONVERTERS[kind]
            parts.append(f"(?P<{name}>{expression})")
            shape.append("{" + kind + "}")
            converters[name] = convert
        key = "/" + "/".join(shape)
        for existing in self._compiled:
            if existing.route.method == method and existing.shape == key:
                raise DuplicateRoute(f"{method} {pattern} duplicates {existing.route.pattern}")
        route = Route(method, pattern, handler)
        regex = re.compile("/" + "/".join(parts))
        self._compiled.append(_Compiled(route, regex, converters, key))
        return route

    def match(self, method: str, path: str) -> RouteMatch | None:
        """Find the route for a request.

        A ``HEAD`` request falls back to the ``GET`` route of the same path. Text parameters
        are percent-decoded; ``int`` parameters are converted to ``int``.

        Args:
            method: The request method, in any case.
            path: The request path; a query string is ignored.

        Returns:
            The first matching route with its parameters, or None if no pattern matches the path.

        Raises:
            MethodNotAllowed: If the path matches some route but none for this method; its
                ``allowed`` lists the methods that would match, in registration order.
            ValueError: If the path is not a valid absolute path.
        """
        method = method.upper()
        normalized = "/" + "/".join(self.split_path(path))
        allowed: list[str] = []
        fallback: RouteMatch | None = None
        for compiled in self._compiled:
            found = compiled.regex.fullmatch(normalized)
            if found is None:
                continue
            params = {name: convert(unquote(found.group(name))) for name, convert in compiled.converters.items()}
            if compiled.route.method == method:
                return RouteMatch(compiled.route, params)
            if method == "HEAD" and compiled.route.method == "GET" and fallback is None:
                fallback = RouteMatch(compiled.route, params)
            if compiled.route.method not in allowed:
                allowed.append(compiled.route.method)
        if fallback is not None:
            return fallback
        if allowed:
            raise MethodNotAllowed(allowed)
        return None

    @property
    def routes(self) -> tuple[Route, ...]:
        """The registered routes, grouped by pattern in first-registration order.

        Within one pattern, routes are listed in the order of ``METHODS`` (GET first).
        """
        order: dict[str, int] = {}
        for compiled in self._compiled:
            order.setdefault(compiled.route.pattern, len(order))
        return tuple(
            sorted(
                (compiled.route for compiled in self._compiled),
                key=lambda route: (order[route.pattern], METHODS.index(route.method)),
            )
        )
