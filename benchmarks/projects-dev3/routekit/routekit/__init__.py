"""A small request router for the internal status dashboard."""

from routekit.accesslog import write_access_log
from routekit.app import dispatch
from routekit.limits import RateLimiter
from routekit.messages import BadRequest, HTTPError, Request, Response, parse_query
from routekit.middleware import apply_middleware
from routekit.routing import DuplicateRoute, MethodNotAllowed, Route, RouteMatch, Router

__all__ = [
    "BadRequest",
    "DuplicateRoute",
    "HTTPError",
    "MethodNotAllowed",
    "RateLimiter",
    "Request",
    "Response",
    "Route",
    "RouteMatch",
    "Router",
    "apply_middleware",
    "dispatch",
    "parse_query",
    "write_access_log",
]
