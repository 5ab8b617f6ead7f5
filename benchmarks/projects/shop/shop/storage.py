"""Saving carts to disk as simple text files."""

from __future__ import annotations

from pathlib import Path

from shop.cart import Cart
from shop.models import Item


def save_cart(cart: Cart, path: Path) -> int:
    """Write one `sku,name,price_cents,qty` line per item to `path`; return the line count."""
    lines = [f"{item.sku},{item.name},{item.price_cents},{qty}" for item, qty in cart.lines.values()]
    path.write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    return len(lines)


def load_cart(owner: str, path: Path) -> Cart:
    """Read a cart written by `save_cart`; blank lines are skipped.

    Raises ValueError on a line without exactly four comma-separated fields.
    """
    cart = Cart(owner)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        fields = line.split(",")
        if len(fields) != 4:
            raise ValueError(f"bad line: {line!r}")
        sku, name, price, qty = fields
        cart.add(Item(sku, name, int(price)), int(qty))
    return cart
