import pytest
from confkit.values import parse_bool


@pytest.mark.parametrize("text", ["yes", "TRUE", " on ", "1"])
def test_truthy_flags(text):
    assert parse_bool(text) is True


def test_empty_flag_is_false():
    assert parse_bool("") is False


def test_unknown_flag():
    with pytest.raises(ValueError):
        parse_bool("maybe")
