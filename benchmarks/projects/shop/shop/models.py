"""Catalogue data: what a shop sells."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Item:
    """A product: its stock-keeping unit, a display name and a unit price in cents."""

    sku: str
    name: str
    price_cents: int
    tags: tuple[str, ...] = ()

    def is_tagged(self, tag: str) -> bool:
        """True when the item carries `tag` (case-insensitive)."""
        return tag.lower() in (t.lower() for t in self.tags)


@dataclass
class Discount:
    """A percentage off, optionally only for items with a given tag."""

    percent: int
    tag: str | None = None
    used_by: list[str] = field(default_factory=list)

    def applies_to(self, item: Item) -> bool:
        """Whether this discount reduces the price of `item`."""
        return self.tag is None or item.is_tagged(self.tag)
