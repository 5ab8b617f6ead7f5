from __future__ import annotations

from testdraft.evaluation.test_code import asserts_from_test_code

PARAMETRIZED = '''
import pytest

@pytest.mark.parametrize(("numbers", "expected"), [([1, 2], 3), pytest.param([], 0, id="empty")])
def test_total(numbers, expected):
    assert total(numbers) == expected

@pytest.mark.parametrize("n", [1, 2])
def test_positive(n):
    assert total([n]) > 0
    with pytest.raises(TypeError):
        total(None)

def test_plain():
    assert total([5]) == 5
'''


def test_parametrized_rows_become_asserts() -> None:
    assert asserts_from_test_code(PARAMETRIZED) == [
        "assert total([1, 2]) == 3",
        "assert total([]) == 0",
        "assert total([1]) > 0",
        "assert total([2]) > 0",
        "assert total([5]) == 5",
    ]


def test_unparsable_code_gives_nothing() -> None:
    assert asserts_from_test_code("def test_x(:\n    assert 1") == []


def test_a_skipped_skeleton_holds_no_asserts() -> None:
    code = (
        '@pytest.mark.skip(reason="TODO")\ndef test_f():\n    result = f(a=...)\n    assert result == ...\n\n'
        "def test_g():\n    assert f(1) == 2\n"
    )
    assert asserts_from_test_code(code) == ["assert f(1) == 2"]
