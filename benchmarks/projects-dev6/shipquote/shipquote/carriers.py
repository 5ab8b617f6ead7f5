"""Carrier interface and concurrent quote comparison."""

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from shipquote.countries import Destination
from shipquote.parcel import Parcel


@dataclass(frozen=True)
class Quote:
    carrier: str
    service: str
    price: Decimal
    days: int


class NoQuoteError(RuntimeError):
    """Raised when no carrier returned a quote in time."""

    def __init__(self, failures: dict[str, BaseException]) -> None:
        names = ", ".join(sorted(failures)) or "none"
        super().__init__(f"no carrier could quote (failed: {names})")
        self.failures = failures


class Carrier(Protocol):
    name: str

    async def quote(self, parcel: Parcel, destination: Destination) -> Quote: ...


async def cheapest_quote(
    carriers: Sequence[Carrier],
    parcel: Parcel,
    destination: Destination,
    timeout: float = 5.0,
) -> Quote:
    """Ask every carrier at once and return the cheapest quote.

    Each carrier gets ``timeout`` seconds to answer; carriers that time out
    or raise are left out. Ties on price go to the faster service, then to
    the carrier name in alphabetical order.

    Args:
        carriers: The carriers to ask.
        parcel: The parcel to ship.
        destination: Where the parcel goes.
        timeout: Seconds each carrier has to answer.

    Returns:
        The winning quote.

    Raises:
        ValueError: If ``carriers`` is empty or ``timeout`` is not positive.
        NoQuoteError: If no carrier answered in time; its ``failures``
            attribute maps carrier names to what went wrong.
    """
    if not carriers:
        raise ValueError("at least one carrier is required")
    if timeout <= 0:
        raise ValueError("timeout must be positive")

    async def ask(carrier: Carrier) -> Quote:
        return await asyncio.wait_for(carrier.quote(parcel, destination), timeout)

    results = await asyncio.gather(*(ask(c) for c in carriers), return_exceptions=True)
    quotes: list[Quote] = []
    failures: dict[str, BaseException] = {}
    for carrier, result in zip(carriers, results, strict=True):
        if isinstance(result, Quote):
            quotes.append(result)
        elif isinstance(result, Exception):
            failures[carrier.name] = result
        elif isinstance(result, BaseException):
            raise result
    if not quotes:
        raise NoQuoteError(failures)
    return min(quotes, key=lambda q: (q.price, q.days, q.carrier))
