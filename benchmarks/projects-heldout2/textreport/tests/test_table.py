import pytest
from textreport.table import Column, Table


def test_render_aligns_columns(sales_table):
    assert sales_table.render() == (
        "region  orders   revenue\n"
        "------  ------  --------\n"
        "North       12  1,520.50\n"
        "South        7    830.00\n"
    )


def test_a_row_needs_one_value_per_column(sales_table):
    with pytest.raises(ValueError):
        sales_table.add_row("East", 3)


def test_long_cells_are_truncated():
    table = Table([Column("note", max_width=8)])
    table.add_row("delivered late again")
    assert table.rows == [["deliv..."]]
