from inventory.warehouse import Warehouse


def test_new_warehouse_is_empty(warehouse: Warehouse) -> None:
    assert warehouse.stock == {}
    assert warehouse.low_stock() == []
