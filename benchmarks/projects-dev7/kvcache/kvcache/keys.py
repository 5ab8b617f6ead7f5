"""Helpers for building namespaced cache keys such as ``"users:42"``."""

from __future__ import annotations


class InvalidKeyError(ValueError):
    """Raised when a key or namespace cannot be used."""


def namespaced(namespace: str, key: object, sep: str = ":") -> str:
    """Prefix *key* with *namespace*.

    Non-string keys are converted with ``str()``, so ``namespaced("users", 42)``
    gives ``"users:42"``.

    Args:
        namespace: Namespace prefix. Must be non-empty and must not contain
            the separator.
        key: The key inside the namespace. Its string form must be non-empty.
        sep: Separator placed between namespace and key.

    Returns:
        The combined key.

    Raises:
        InvalidKeyError: If the namespace is empty or contains *sep*, if the
            key is empty, or if *sep* itself is empty.
    """
    if not sep:
        raise InvalidKeyError("separator must not be empty")
    if not namespace:
        raise InvalidKeyError("namespace must not be empty")
    if sep in namespace:
        raise InvalidKeyError(f"namespace {namespace!r} contains separator {sep!r}")
    text = str(key)
    if not text:
        raise InvalidKeyError("key must not be empty")
    return f"{namespace}{sep}{text}"


def split_key(key: str, sep: str = ":") -> tuple[str, str]:
    namespace, found, rest = key.partition(sep)
    if not found or not namespace or not rest:
        raise InvalidKeyError(f"{key!r} is not a namespaced key")
    return namespace, rest


def strip_namespace(namespace, key, sep=":"):
    """Return *key* without its namespace prefix.

    :param namespace: the namespace the key is expected to belong to.
    :param key: a key previously built with :func:`namespaced`.
    :raises InvalidKeyError: if *key* does not belong to *namespace*.
    """
    prefix = f"{namespace}{sep}"
    if not key.startswith(prefix) or len(key) == len(prefix):
        raise InvalidKeyError(f"{key!r} is not in namespace {namespace!r}")
    return key[len(prefix):]
