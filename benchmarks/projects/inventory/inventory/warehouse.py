"""Stock levels of a warehouse."""

from __future__ import annotations

from collections.abc import Callable


class OutOfStock(Exception):
    """Shipping more than the warehouse holds."""


class Warehouse:
    """Stock per SKU, with a log of movements stamped by an injected clock."""

    def __init__(self, name: str, clock: Callable[[], float]) -> None:
        self.name = name
        self.clock = clock
        self.stock: dict[str, int] = {}
        self.log: list[tuple[float, str, int]] = []

    def receive(self, sku: str, qty: int) -> int:
        """Add `qty` units of `sku`; return the new stock. Raises ValueError if qty < 1."""
        if qty < 1:
            raise ValueError("qty must be at least 1")
        self.stock[sku] = self.stock.get(sku, 0) + qty
        self.log.append((self.clock(), sku, qty))
        return self.stock[sku]

    def ship(self, sku: str, qty: int) -> int:
        """Remove `qty` units of `sku`; return what is left.

        Raises OutOfStock when fewer than qty units are in stock.
        """
        have = self.stock.get(sku, 0)
        if qty > have:
            raise OutOfStock(f"{sku}: have {have}, need {qty}")
        self.stock[sku] = have - qty
        self.log.append((self.clock(), sku, -qty))
        return self.stock[sku]

    def low_stock(self, threshold: int = 5) -> list[str]:
        """SKUs with fewer than `threshold` units, sorted."""
        return sorted(sku for sku, qty in self.stock.items() if qty < threshold)

    @property
    def total_units(self) -> int:
        """All units of all SKUs together."""
        return sum(self.stock.values())
