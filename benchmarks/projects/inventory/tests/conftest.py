import pytest
from inventory.warehouse import Warehouse


@pytest.fixture
def warehouse() -> Warehouse:
    return Warehouse("main", clock=lambda: 1000.0)
