"""Password hashing (PBKDF2-SHA256) and the password policy."""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable

ALGORITHM = "pbkdf2_sha256"
DEFAULT_ITERATIONS = 20_000
MIN_ITERATIONS = 1_000
SALT_BYTES = 16
MIN_LENGTH = 10

SaltSource = Callable[[int], bytes]


def hash_password(password: str, salt_source: SaltSource = os.urandom, iterations: int = DEFAULT_ITERATIONS) -> str:
    """Hash a password for storage.

    The salt comes from ``salt_source``, called once with ``SALT_BYTES``; the same
    password, salt and iteration count always give the same result.

    Args:
        password: The password in clear; it is encoded as UTF-8.
        salt_source: Returns the given number of random bytes (``os.urandom`` by default).
        iterations: PBKDF2 rounds, at least ``MIN_ITERATIONS``.

    Returns:
        ``"pbkdf2_sha256$<iterations>$<salt as hex>$<hash as hex>"``.

    Raises:
        ValueError: If the password is empty, if ``iterations`` is below
            ``MIN_ITERATIONS``, or if the salt source returns a number of bytes other
            than ``SALT_BYTES``.
    """
    if not password:
        raise ValueError("password must not be empty")
    if iterations < MIN_ITERATIONS:
        raise ValueError(f"iterations must be at least {MIN_ITERATIONS}, got {iterations}")
    salt = salt_source(SALT_BYTES)
    if len(salt) != SALT_BYTES:
        raise ValueError(f"salt source returned {len(salt)} bytes, expected {SALT_BYTES}")
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return f"{ALGORITHM}${iterations}${salt.hex()}${digest.hex()}"


def verify_password(password: str, encoded: str) -> bool:
    """Check a password against a hash made by :func:`hash_password`.

    The comparison takes the same time whether or not the password matches. An empty
    password never matches.

    Args:
        password: The password in clear.
        encoded: The stored hash.

    Returns:
        True if the password matches the hash.

    Raises:
        ValueError: If ``encoded`` does not have four ``$``-separated fields, names an
            algorithm other than ``pbkdf2_sha256``, or has an iteration count or a salt or
            hash that cannot be read.
    """
    parts = encoded.split("$")
    if len(parts) != 4:
        raise ValueError("malformed password hash")
    algorithm, rounds, salt_hex, digest_hex = parts
    if algorithm != ALGORITHM:
        raise ValueError(f"unsupported algorithm: {algorithm!r}")
    try:
        iterations = int(rounds)
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        raise ValueError("malformed password hash") from None
    if iterations < 1 or not salt or not expected:
        raise ValueError("malformed password hash")
    if not password:
        return False
    actual = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    return hmac.compare_digest(actual, expected)


def check_password_policy(password: str, username: str = "") -> list[str]:
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(f"must be at least {MIN_LENGTH} characters long")
    if password != password.strip():
        problems.append("must not start or end with whitespace")
    letters = digits = others = 0
    for char in password:
        if char.isalpha():
            letters += 1
        elif char.isdigit():
            digits += 1
        elif not char.isspace():
            others += 1
    if not letters:
        problems.append("must contain a letter")
    if not digits and not others:
        problems.append("must contain a digit or a symbol")
    if password and len(set(password)) == 1:
        problems.append("must not repeat a single character")
    if username and username.lower() in password.lower():
        problems.append("must not contain the username")
    return problems
