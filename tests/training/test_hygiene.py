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
    assert "assert not free_shipping(49.99)\n" in first + "\n"
    assert "assert free_shipping(80.0), 'big orders ship free'" in first  # a real message stays
    assert "== True" not in first and "failed" not in first
    assert parsed.tests[2].code.endswith("assert not free_shipping(10.0)")


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
