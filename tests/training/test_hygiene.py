"""Model-output hygiene: no `== True`, no numbered messages, names that say what is checked."""

from __future__ import annotations

from testdraft.generate.base import ImportTarget
from testdraft.model.parse_output import parse_chat_output
from testdraft.pipeline import spec_named

SOURCE = b'''def free_shipping(total: float) -> bool:
    """True when the order total is at or above 50.

    Raises:
        ValueError: if total is negative.
    """
'''


def test_leaked_prompt_format_is_rewritten_as_an_engineer_would() -> None:
    spec = spec_named(SOURCE, "free_shipping")
    target = ImportTarget.plain("shop", "free_shipping")
    answer = '''```python
import pytest


def test_free_shipping_1():
    assert free_shipping(50.0) == True, 'Test case 02 failed'
    assert free_shipping(49.99) is False, "test 3 failed"
    assert free_shipping(80.0) != False, "big orders ship free"


def test_free_shipping_2():
    with pytest.raises(ValueError):
        free_shipping(-1)


def test_free_shipping_3():
    assert free_shipping(10.0) == False
```'''
    parsed = parse_chat_output(answer, spec, target)
    assert [t.name for t in parsed.tests] == [
        "test_free_shipping_is_true_for_50_0",
        "test_free_shipping_raises_value_error",
        "test_free_shipping_is_false_for_10_0",
    ]
    first = parsed.tests[0].code
    assert "assert free_shipping(50.0)\n" in first + "\n"
    assert "assert free_shipping(49.99) is False\n" in first + "\n"
    assert "assert free_shipping(80.0), 'big orders ship free'" in first  # a real message stays
    assert "== True" not in first and "failed" not in first
    assert parsed.tests[2].code.endswith("assert free_shipping(10.0) is False")


def test_descriptive_names_are_kept_and_renamed_ones_never_collide() -> None:
    spec = spec_named(SOURCE, "free_shipping")
    target = ImportTarget.plain("shop", "free_shipping")
    answer = '''def test_free_shipping_at_threshold():
    assert free_shipping(50.0) == True

def test_free_shipping_1():
    assert free_shipping(50.0) == True

def test_free_shipping_2():
    assert free_shipping(50.0) == True, "again"
'''
    parsed = parse_chat_output(answer, spec, target)
    names = [t.name for t in parsed.tests]
    assert names[0] == "test_free_shipping_at_threshold"
    assert len(set(names)) == len(names)


def _tidied(answer: str) -> list[tuple[str, str]]:
    spec = spec_named(SOURCE, "free_shipping")
    parsed = parse_chat_output(answer, spec, ImportTarget.plain("shop", "free_shipping"))
    return [(t.name, t.code) for t in parsed.tests]


def _run(code: str, name: str, free_shipping: object) -> None:
    namespace: dict[str, object] = {"free_shipping": free_shipping}
    exec(code, namespace)
    test = namespace[name]
    assert callable(test)
    test()


def test_false_predicates_stay_falsifiable_by_a_function_that_returns_none() -> None:
    """`assert not f(x)` passes when f returns None (the stub check's stub, a forgotten
    `return`): the stub check would drop the test as vacuous. `is False` fails there."""
    ((name, code),) = _tidied("""def test_small_orders_pay_shipping():
    assert free_shipping(10.0) == False
    assert free_shipping(20.0) != True
    assert free_shipping(30.0) is not True
""")
    assert code.splitlines()[1:] == ["    assert free_shipping(10.0) is False",
                                     "    assert free_shipping(20.0) is False",
                                     "    assert free_shipping(30.0) is False"]
    try:
        _run(code, name, lambda total: None)
    except AssertionError:
        pass
    else:
        raise AssertionError("the tidied test passed against a function returning None")
    _run(code, name, lambda total: total >= 50)  # and it holds for the documented behaviour


def test_expressions_that_are_always_bool_are_negated_with_not() -> None:
    ((_, code),) = _tidied("""def test_types():
    assert (free_shipping(10.0) > 3) == False
    assert isinstance(free_shipping(10.0), str) == False
""")
    assert "assert not free_shipping(10.0) > 3" in code
    assert "assert not isinstance(free_shipping(10.0), str)" in code


def test_numbered_names_become_descriptive_and_ordinals_go() -> None:
    tests = _tidied("""import pytest

def test_01_free_shipping_7():
    assert free_shipping(50.0) == True

def test_02_free_shipping_at_threshold():
    assert free_shipping(50.0)

def test_free_shipping():
    with pytest.raises(ValueError):
        free_shipping(-1)

def test_case1():
    assert free_shipping(49.5) is False

def test_free_shipping_below_50():
    assert free_shipping(49.5) is False
""")
    assert [name for name, _ in tests] == [
        "test_free_shipping_is_true_for_50_0",
        "test_free_shipping_at_threshold",
        "test_free_shipping",  # one test named after the function says what it tests
        "test_free_shipping_is_false_for_49_5",
        "test_free_shipping_below_50",
    ]


def test_prompt_leftovers_go_and_real_messages_stay() -> None:
    ((_, code),) = _tidied('''def test_big_orders_ship_free():
    print("Running test case 1")
    assert free_shipping(50.0), f"Test case {1} failed"
    assert free_shipping(60.0), "Error in test case 5"
    assert free_shipping(70.0), "Assertion 3 failed"
    assert free_shipping(80.0), f"expected free shipping for {80.0}"
    assert free_shipping(90.0), "Test with a large order failed"
    "Orders of 100 and more"
    free_shipping
    assert free_shipping(99.0), "Failed for 99"
    print("All tests passed!")
''')
    assert "print" not in code and "ailed" not in code and "case 5" not in code
    assert "Orders of 100" not in code and "    free_shipping\n" not in code  # stray values on their own lines
    assert "assert free_shipping(50.0)\n" in code
    assert "assert free_shipping(80.0), f'expected free shipping for {80.0}'" in code
