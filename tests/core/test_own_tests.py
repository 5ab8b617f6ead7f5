"""The tests a test file already has for a function (`project.own_tests`): in TDD, the user's
spec of it, which the drafted implementations must pass."""

from __future__ import annotations

from testdraft.pipeline import spec_named
from testdraft.project.own_tests import OWN_TEST, calling_tests

MODULE = '''
class Cart:
    def total(self) -> int:
        """The sum of the prices."""


def total(prices: list[int]) -> int:
    """The sum of `prices`."""
'''

TEST_FILE = '''import pytest

from shop import Cart, total


@pytest.mark.parametrize("prices", [[1, 2]])
def test_total_of_two(prices):
    assert total(prices) == 3


def test_cart_total_is_zero_when_empty():
    assert Cart().total() == 0


def test_subtotal_is_unrelated():
    assert sum([1]) == 1


class TestTotals:
    def test_total_of_one(self):
        assert total([4]) == 4
'''


def test_a_function_is_used_by_name_and_its_tests_bring_the_files_imports() -> None:
    tests = calling_tests(TEST_FILE, spec_named(MODULE.encode(), "total"))
    assert [test.name for test in tests] == ["test_total_of_two"]  # a TestTotals method needs its class
    assert tests[0].code.startswith('@pytest.mark.parametrize("prices", [[1, 2]])\ndef test_total_of_two(prices):')
    assert tests[0].imports == ("import pytest", "from shop import Cart, total")
    assert tests[0].origin == OWN_TEST


def test_a_method_is_used_through_an_attribute_of_its_name() -> None:
    tests = calling_tests(TEST_FILE, spec_named(MODULE.encode(), "Cart.total"))
    assert [test.name for test in tests] == ["test_cart_total_is_zero_when_empty"]


def test_a_test_file_that_does_not_parse_has_none() -> None:
    assert calling_tests("def test_total(:\n", spec_named(MODULE.encode(), "total")) == []
