"""A tiny shop: the example project for `testdraft suggest` and the README demo."""

from __future__ import annotations


def total(prices: list[float], discount: float = 0.0) -> float:
    """Sum of the prices after a fractional discount, rounded to cents.

    >>> total([10.0, 5.5])
    15.5
    >>> total([10.0, 10.0], discount=0.25)
    15.0
    >>> total([])
    0.0

    Raises:
        ValueError: if the discount is not between 0 and 1.
    """
    if not 0.0 <= discount <= 1.0:
        raise ValueError("discount must be between 0 and 1")
    return round(sum(prices) * (1.0 - discount), 2)


def free_shipping(subtotal: float, threshold: float = 50.0) -> bool:
    """Whether an order ships free: at or above the threshold.

    The body is not written yet: this is where test-driven development starts.
    """
    raise NotImplementedError


def slug(title: str) -> str:
    """A URL slug: lower case, words joined by single hyphens, punctuation dropped.

    slug("Hello, World!") ==> "hello-world"
    slug("  Many   spaces ") ==> "many-spaces"
    """
    words = "".join(ch if ch.isalnum() or ch.isspace() else " " for ch in title).split()
    return "-".join(word.lower() for word in words)
