import pytest
from units.quantity import Quantity, UnitError, convert


def test_parse_reads_number_and_unit():
    assert Quantity.parse("12.5 km") == Quantity(12.5, "km")


def test_parse_accepts_plural_unit_names():
    assert Quantity.parse("2 cups") == Quantity(2, "cup")


def test_convert_kilometres_to_metres():
    assert convert(Quantity(1.2, "km"), "m") == Quantity(1200, "m")


def test_convert_refuses_another_dimension():
    with pytest.raises(UnitError):
        convert(Quantity(1, "kg"), "m")


def test_negative_value_is_refused():
    with pytest.raises(ValueError):
        Quantity(-1, "g")
