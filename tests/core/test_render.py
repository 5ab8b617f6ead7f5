"""Merging tests into a test module never clobbers, duplicates or half-writes."""

from __future__ import annotations

import ast

from testdraft.generate.base import CandidateTest, entered_in_with_block
from testdraft.render.module import merge_tests


def candidate(
    name: str, body: str = "assert add(1, 2) == 3", imports: tuple[str, ...] = ("from calc import add",)
) -> CandidateTest:
    return CandidateTest(name=name, code=f"def {name}():\n    {body}\n", imports=imports)


APPROX = "assert add(0.1, 0.2) == pytest.approx(0.3)"


def test_new_module_has_header_imports_and_tests() -> None:
    edit = merge_tests("", [candidate("test_add", APPROX, imports=("import pytest", "from calc import add"))],
                       subject="`add`")
    text = edit.new_text
    ast.parse(text)
    assert text.startswith('"""Tests for `add`')
    assert text.index("import pytest") < text.index("from calc import add") < text.index("def test_add")


def test_merge_adds_missing_imports_and_renames_clashes() -> None:
    old = '"""Mine."""\n\nfrom calc import add, sub\n\n\ndef test_add():\n    assert add(0, 0) == 0\n'
    edit = merge_tests(old, [candidate("test_add", APPROX, imports=("import pytest", "from calc import add"))])
    text = edit.new_text
    ast.parse(text)
    assert text.startswith(old.split("\n\n\n")[0])  # the user's lines are untouched
    assert "def test_add():\n    assert add(0, 0) == 0" in text
    assert "def test_add_2():" in text and edit.test_names == ("test_add_2",)
    assert text.count("from calc import add") == 1 and "import pytest" in text


def test_identical_test_is_not_added_twice() -> None:
    first = merge_tests("", [candidate("test_add")]).new_text
    again = merge_tests(first, [candidate("test_add_other_name")])
    assert again.is_empty and again.skipped_duplicates == ("test_add_other_name",)


def test_broken_existing_file_still_gets_appended() -> None:
    old = "from calc import add\n\ndef test_x(:\n"
    edit = merge_tests(old, [candidate("test_x")])
    assert edit.new_text.startswith(old) and "def test_x_2():" in edit.new_text


def test_file_without_trailing_newline() -> None:
    edit = merge_tests("from calc import add", [candidate("test_add")])
    ast.parse(edit.new_text)
    assert edit.new_text.startswith("from calc import add\n")


def test_an_import_the_test_does_not_use_is_left_out() -> None:
    # A stand-in pinned away (`Mock()` became `[]`) leaves its import behind in the candidate.
    imports = ("from unittest.mock import Mock, call", "import pytest", "from calc import add", "from x import *")
    text = merge_tests("", [candidate("test_add", "assert add(call, 2) == 3", imports=imports)]).new_text
    assert "Mock" not in text and "import pytest" not in text
    assert "from unittest.mock import call" in text and "from calc import add" in text and "from x import *" in text


def test_a_name_only_in_a_string_or_comment_does_not_keep_its_import() -> None:
    code = 'assert add(1, 2) == 3, "Mock is not needed"  # nor pytest'
    imports = ("from unittest.mock import Mock", "import pytest", "from calc import add")
    text = merge_tests("", [candidate("test_add", code, imports=imports)]).new_text
    assert "import Mock" not in text and "import pytest" not in text and "from calc import add" in text


def test_an_entered_instance_is_written_as_a_with_block() -> None:
    code = (
        'def test_add(store):\n    """Doc."""\n    instance = Writer(store)\n    instance.__enter__()\n'
        '    result = instance.add("a")\n\n    assert result == 1\n\n\n'
        'def test_add_text():\n    w = Writer()\n    w.__enter__()\n    with pytest.raises(ValueError):\n'
        '        w.add("""a\nb""")\n\n\n'
        'def test_close():\n    w = Writer()\n    w.__enter__()\n'
    )
    assert entered_in_with_block(code) == (
        'def test_add(store):\n    """Doc."""\n    instance = Writer(store)\n    with instance:\n'
        '        result = instance.add("a")\n\n        assert result == 1\n\n\n'
        # a text over two lines keeps its value: those statements are written again, line breaks escaped
        "def test_add_text():\n    w = Writer()\n    with w:\n        with pytest.raises(ValueError):\n"
        "            w.add('a\\nb')\n\n\n"
        "def test_close():\n    w = Writer()\n    with w:\n        pass\n"
    )
    plain = "def test_x():\n    assert f() == 1\n"
    assert entered_in_with_block(plain) == plain and entered_in_with_block("def broken(:\n    x.__enter__()\n") \
        == "def broken(:\n    x.__enter__()\n"
