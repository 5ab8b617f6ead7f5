"""Caching helpers built on top of :class:`~kvcache.cache.TTLCache`."""

from __future__ import annotations

import functools
from typing import Any, Awaitable, Callable, Hashable, Iterable, TypeVar

from kvcache.cache import TTLCache

F = TypeVar("F", bound=Callable[..., Any])

_MISSING: Any = object()


def make_key(func: Callable[..., Any], args: tuple, kwargs: dict) -> str:
    parts = [repr(a) for a in args]
    parts.extend(f"{name}={kwargs[name]!r}" for name in sorted(kwargs))
    return f"{func.__module__}.{func.__qualname__}({', '.join(parts)})"


def memoize(
    cache: TTLCache,
    *,
    ttl: float | None = None,
    key_func: Callable[..., Hashable] | None = None,
) -> Callable[[F], F]:
    """Decorator factory caching a function's results in *cache*.

    The cache key is built by *key_func* when given (it receives the same
    arguments as the decorated function), otherwise by :func:`make_key` from
    the function's qualified name and the ``repr`` of its arguments. Results
    equal to ``None`` are cached like any other value. Exceptions raised by
    the function are not cached.

    Args:
        cache: The cache to store results in.
        ttl: Lifetime of cached results; ``None`` uses the cache's default.
        key_func: Optional callable computing the cache key.

    Returns:
        A decorator. The wrapped function gets a ``cache`` attribute pointing
        at *cache* and an ``uncached`` attribute with the original function.
    """

    def decorator(func: F) -> F:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if key_func is not None:
                key = key_func(*args, **kwargs)
            else:
                key = make_key(func, args, kwargs)
            value = cache.get(key, _MISSING)
            if value is not _MISSING:
                return value
            value = func(*args, **kwargs)
            if ttl is None:
                cache.set(key, value)
            else:
                cache.set(key, value, ttl=ttl)
            return value

        wrapper.cache = cache  # type: ignore[attr-defined]
        wrapper.uncached = func  # type: ignore[attr-defined]
        return wrapper  # type: ignore[return-value]

    return decorator


async def warm(
    cache: TTLCache,
    loader: Callable[[Hashable], Awaitable[Any]],
    keys: Iterable[Hashable],
    *,
    overwrite: bool = False,
) -> list[Hashable]:
    """Pre-populate *cache* by awaiting *loader* once per key.

    Keys that are already cached (and not expired) are skipped unless
    *overwrite* is true, duplicate keys are loaded only once, and a loader
    result of ``None`` is treated as "not found" and not stored. If the
    loader raises, the exception propagates; entries loaded before that
    point stay in the cache.

    Returns the keys that were loaded and stored, in the order they were
    first seen.
    """
    loaded: list[Hashable] = []
    seen: set[Hashable] = set()
    for key in keys:
        if key in seen:
            continue
        seen.add(key)
        if not overwrite and key in cache:
            continue
        value = await loader(key)
        if value is None:
            continue
        cache.set(key, value)
        loaded.append(key)
    return loaded
