"""Middleware: functions run on a request, in order, before it reaches the router."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from routekit.messages import Request, Response

Middleware = Callable[[Request], "Request | Response | None"]


def apply_middleware(request: Request, middlewares: Iterable[Middleware]) -> Request | Response:
    current = request
    for index, middleware in enumerate(middlewares):
        result = middleware(current)
        if result is None:
            continue
        if isinstance(result, Response):
            return result
        if not isinstance(result, Request):
            raise TypeError(f"middleware #{index} returned {type(result).__name__}, not a Request or Response")
        current = result
    return current
