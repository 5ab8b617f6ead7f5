import pytest
from textreport.table import Column, Table


@pytest.fixture
def sales_table() -> Table:
    table = Table([Column("region"), Column("orders", align="right"), Column("revenue", align="right")])
    table.add_row("North", 12, 1520.5)
    table.add_row("South", 7, 830.0)
    return table
