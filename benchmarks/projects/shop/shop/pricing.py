"""Prices from the pricing service, fetched through an injected async client."""

from __future__ import annotations

from typing import Protocol


class PriceClient(Protocol):
    async def get_json(self, path: str) -> dict[str, object]: ...


class PriceNotFound(LookupError):
    """The service has no price for this SKU."""


async def fetch_price(client: PriceClient, sku: str) -> int:
    """The price of `sku` in cents, from `GET /prices/<sku>` (field `cents`).

    Raises PriceNotFound when the service answers without a `cents` field.
    """
    data = await client.get_json(f"/prices/{sku}")
    if "cents" not in data:
        raise PriceNotFound(sku)
    return int(data["cents"])  # type: ignore[call-overload]


async def fetch_total(client: PriceClient, skus: list[str]) -> int:
    """The summed price of `skus` in cents; an empty list costs 0."""
    total = 0
    for sku in skus:
        total += await fetch_price(client, sku)
    return total
