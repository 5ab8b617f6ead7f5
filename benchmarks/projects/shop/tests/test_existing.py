from shop.cart import Cart
from shop.models import Item


def test_empty_cart_costs_nothing(cart: Cart) -> None:
    assert cart.total() == 0


def test_item_without_tags_is_not_tagged() -> None:
    item = Item("B2", "bread", 250)
    assert not item.is_tagged("fruit")
