import pytest
from shop.cart import Cart
from shop.models import Item


@pytest.fixture
def apple() -> Item:
    return Item("A1", "apple", 50, tags=("fruit",))


@pytest.fixture
def cart() -> Cart:
    return Cart("ada")
