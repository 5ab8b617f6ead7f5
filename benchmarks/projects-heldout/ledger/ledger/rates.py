"""Currency conversion with rates from the exchange-rate service.

`client` is an async HTTP client pointed at the service (an ``httpx.AsyncClient``
with its ``base_url`` set): ``await client.get(path, params=...)`` returns a
response with ``status_code`` and ``json()``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from ledger.account import Account


class RateUnavailable(Exception):
    pass


async def fetch_rate(client: Any, base: str, quote: str) -> Decimal:
    """How many units of `quote` one unit of `base` buys.

    Raises:
        RateUnavailable: if the service answers with an error or does not know `quote`.
    """
    if base == quote:
        return Decimal(1)
    response = await client.get("/latest", params={"base": base, "symbols": quote})
    if response.status_code != 200:
        raise RateUnavailable(f"{base}/{quote}: HTTP {response.status_code}")
    rates = response.json().get("rates", {})
    if quote not in rates:
        raise RateUnavailable(f"{base}/{quote}: no rate")
    return Decimal(str(rates[quote]))


async def convert(client: Any, cents: int, base: str, quote: str) -> int:
    """Convert `cents` of `base` to cents of `quote`, rounded half to even."""
    rate = await fetch_rate(client, base, quote)
    return int((cents * rate).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


async def total_in(client: Any, accounts: list[Account], currency: str) -> int:
    """The sum of the accounts' balances in `currency`, in cents.

    Each currency's rate is fetched once, however many accounts use it.
    """
    rates: dict[str, Decimal] = {}
    total = Decimal(0)
    for account in accounts:
        if account.currency not in rates:
            rates[account.currency] = await fetch_rate(client, account.currency, currency)
        total += account.balance * rates[account.currency]
    return int(total.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))
