from __future__ import annotations

from testdraft.evaluation.test_code import asserts_from_test_code
from testdraft.validate.rank import units_from_test_code

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


def test_units_keep_setup_imports_rows_and_fixtures() -> None:
    code = PARAMETRIZED + '''
def test_report(tmp_path, capsys):
    path = tmp_path / "numbers"
    assert total([1]) == 1
    print(total([2]))
    assert capsys.readouterr().out == "2\\n"

@pytest.mark.skip(reason="TODO")
def test_todo():
    assert total([1]) == 0
'''
    units = units_from_test_code(code)
    assert units[0] == "def test_total_1():\n    import pytest\n    assert total([1, 2]) == 3"
    # A row's parameter is spelled out (and leaves the signature); the raises block is a unit.
    assert units[3] == ("def test_positive_2():\n    import pytest\n    with pytest.raises(TypeError):\n"
                        "        total(None)")
    assert len(units) == 9  # rows: 2 + 2 x 2 + 1, and the two checks of test_report
    # Fixtures stay parameters; a unit keeps the set-up before it, not the checks before it.
    assert units[-1] == ("def test_report_2(tmp_path, capsys):\n    import pytest\n"
                         "    path = tmp_path / 'numbers'\n    print(total([2]))\n"
                         "    assert capsys.readouterr().out == '2\\n'")
    assert units_from_test_code("def test_x(:\n    assert 1") == []
