"""A shopping cart."""

from __future__ import annotations

from shop.models import Discount, Item


class Cart:
    """Items and quantities a customer is about to buy."""

    def __init__(self, owner: str, max_lines: int = 20) -> None:
        self.owner = owner
        self.max_lines = max_lines
        self.lines: dict[str, tuple[Item, int]] = {}

    def add(self, item: Item, qty: int = 1) -> int:
        """Add `qty` units of `item`; return the new quantity of that item in the cart.

        Raises ValueError when qty is not positive, or when the cart already holds
        max_lines different items and `item` is a new one.
        """
        if qty <= 0:
            raise ValueError("qty must be positive")
        if item.sku not in self.lines and len(self.lines) >= self.max_lines:
            raise ValueError("cart is full")
        _, current = self.lines.get(item.sku, (item, 0))
        self.lines[item.sku] = (item, current + qty)
        return current + qty

    def remove(self, sku: str) -> bool:
        """Remove every unit of the item `sku`; return False when it was not in the cart."""
        return self.lines.pop(sku, None) is not None

    def total(self, discount: Discount | None = None) -> int:
        """Total price in cents, with `discount` applied to the items it covers (rounded down)."""
        cents = 0
        for item, qty in self.lines.values():
            line = item.price_cents * qty
            if discount is not None and discount.applies_to(item):
                line = line * (100 - discount.percent) // 100
            cents += line
        return cents

    @property
    def item_count(self) -> int:
        """How many units the cart holds, over all items."""
        return sum(qty for _, qty in self.lines.values())

    @classmethod
    def from_items(cls, owner: str, items: list[Item]) -> Cart:
        """A cart for `owner` with one unit of each item (repeated items add up)."""
        cart = cls(owner)
        for item in items:
            cart.add(item)
        return cart

    @staticmethod
    def format_cents(cents: int) -> str:
        """Cents as a price string: 1234 -> '$12.34', negative amounts get a leading '-'."""
        sign = "-" if cents < 0 else ""
        cents = abs(cents)
        return f"{sign}${cents // 100}.{cents % 100:02d}"
