"""Dispatching a request to its handler and turning the outcome into a response."""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterable

from routekit.messages import HTTPError, Request, Response
from routekit.middleware import Middleware, apply_middleware
from routekit.routing import MethodNotAllowed, Router


async def dispatch(router: Router, request: Request, middlewares: Iterable[Middleware] = ()) -> Response:
    """Run a request through the middleware and the router, and answer it.

    The handler is called with the request and the path parameters as keyword arguments, and
    awaited if it returns an awaitable. Its result becomes the response: a ``Response`` as is,
    None as 204, a dict or list as JSON, anything else as text.

    Args:
        router: The routes to look the request up in.
        request: The parsed request.
        middlewares: Applied in order before routing; one returning a ``Response`` answers early.

    Returns:
        The response: 400 for an invalid path, 404 when no route matches, 405 (with an
        ``allow`` header) when only other methods match, the status of an ``HTTPError``
        raised by the handler, 500 for any other exception from the handler.
    """
    outcome = apply_middleware(request, middlewares)
    if isinstance(outcome, Response):
        return outcome
    request = outcome
    try:
        found = router.match(request.method, request.path)
    except MethodNotAllowed as exc:
        return Response(405, "Method Not Allowed", {"allow": ", ".join(exc.allowed)})
    except ValueError:
        return Response(400, "Bad Request")
    if found is None:
        return Response(404, "Not Found")
    try:
        result = found.route.handler(request, **found.params)
        if inspect.isawaitable(result):
            result = await result
    except HTTPError as exc:
        return Response(exc.status, exc.message)
    except Exception:
        return Response(500, "Internal Server Error")
    if isinstance(result, Response):
        return result
    if result is None:
        return Response(204)
    if isinstance(result, dict | list):
        return Response(200, json.dumps(result), {"content-type": "application/json"})
    return Response(200, str(result), {"content-type": "text/plain; charset=utf-8"})
