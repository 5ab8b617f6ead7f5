from decimal import Decimal

import pytest

from csvimport.parsing import ParseError, Permission, parse_money, parse_permissions


def test_parse_money_european_style():
    assert parse_money("1.234,56") == Decimal("1234.56")


def test_parse_money_us_style():
    assert parse_money("1,234.56") == Decimal("1234.56")


def test_parse_money_rejects_text():
    with pytest.raises(ParseError):
        parse_money("twelve")


def test_parse_permissions_positional():
    assert parse_permissions("rw-x") == Permission.READ | Permission.WRITE | Permission.EXECUTE
