"""Rate limiting and caching helpers for the API gateway."""

from throttle.bucket import TokenBucket
from throttle.cache import TTLCache
from throttle.rates import Rate, format_duration, parse_duration

__all__ = ["Rate", "TTLCache", "TokenBucket", "format_duration", "parse_duration"]
