"""Model text -> tests: fenced code, truncation, prose, fixtures, call rewriting."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

from tests.model.model_helpers import ADD_SOURCE, spec_from_source, target_for

from testdraft.generate.base import DropReason, ImportTarget
from testdraft.model.parse_output import (
    chat_output_end,
    completion_output_end,
    parse_chat_output,
    parse_completion_output,
)
from testdraft.project.context import ProjectContext

SPEC = spec_from_source(ADD_SOURCE)
TARGET = target_for(SPEC)


def test_fenced_tests_are_kept_and_target_import_replaced() -> None:
    text = (
        "```python\nimport pytest\nfrom somewhere import add\n\n\n"
        "def test_add_small():\n    assert add(1, 2) == 3\n\n"
        "def test_add_raises():\n    with pytest.raises(TypeError):\n        add('a', 1)\n```\n"
        "These tests check addition."
    )
    result = parse_chat_output(text, SPEC, TARGET)
    assert [t.name for t in result.tests] == ["test_add_small", "test_add_raises"]
    assert result.imports == ["import pytest"]  # the model's own import of add is dropped
    assert result.tests[1].asserts == 1
    for test in result.tests:
        ast.parse(test.code)


def test_names_that_exist_but_were_not_imported_get_their_import() -> None:
    # The module under test defines TooBig; Mock and os exist; helper exists nowhere.
    target = replace(TARGET, context=ProjectContext(module_names=frozenset({"add", "TooBig"})))
    text = (
        "```python\nimport pytest\nfrom mymod import add\n\n\n"
        "def test_add_refuses_huge():\n    with pytest.raises(TooBig):\n        add(10 ** 9, 1)\n\n"
        "def test_add_mocked():\n    m = Mock(return_value=2)\n    assert add(m(), len(os.sep)) == 3\n\n"
        "def test_add_ghost():\n    assert add(helper(), 1) == 2\n\n"
        "def test_add_not_a_module():\n    assert add(string, 1) == 2\n```"
    )
    result = parse_chat_output(text, SPEC, target)
    assert [t.name for t in result.tests] == ["test_add_refuses_huge", "test_add_mocked"]
    assert result.imports == ["import pytest", "from mymod import TooBig", "from unittest.mock import Mock",
                              "import os"]
    # `string` is a standard-library module, but the test does not use it as one.
    assert [(d.name, d.detail) for d in result.dropped] == [("test_add_ghost", "helper"),
                                                            ("test_add_not_a_module", "string")]
    # The test travels with its drop: a repair round sends it back with the name it lacks.
    assert "add(helper(), 1)" in result.dropped[0].code
    # Without the project context only the standard library's names are known.
    plain = parse_chat_output(text, SPEC, TARGET)
    assert [t.name for t in plain.tests] == ["test_add_mocked"]


def test_names_another_module_of_the_project_defines_get_their_import(tmp_path: Path) -> None:
    # The model builds a type of another module of the package, which the module under test
    # never imports; a name two modules define stays unknown (an import would be a guess).
    package = tmp_path / "shop"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "models.py").write_text("class Entry:\n    def __init__(self, qty):\n        self.qty = qty\n\n"
                                       "LIMIT = 3\n\nclass Helper:\n    pass\n")
    (package / "other.py").write_text("class Helper:\n    pass\n\n_Private = 1\n")
    target = replace(TARGET, module="shop.cart", import_line="from shop.cart import add", sys_path_root=str(tmp_path),
                     context=ProjectContext(module_names=frozenset({"add"})))
    text = (
        "```python\n"
        "def test_add_entry():\n    assert add(Entry(2).qty, LIMIT) == 5\n\n"
        "def test_add_helper():\n    assert add(Helper(), 1) == 2\n```"
    )
    result = parse_chat_output(text, SPEC, target)
    assert [t.name for t in result.tests] == ["test_add_entry"]
    assert sorted(result.imports) == ["from shop.models import Entry", "from shop.models import LIMIT"]
    assert [(d.name, d.detail) for d in result.dropped] == [("test_add_helper", "Helper")]
    # Without a project context nothing is looked up.
    assert parse_chat_output(text, SPEC, TARGET).tests == []


def test_names_the_test_file_defines_are_known() -> None:
    # The tests go into a file that defines REPO_URL beside its tests (the prompt showed one of them).
    target = replace(TARGET, context=ProjectContext(module_names=frozenset({"add"}),
                                                    test_file_names=frozenset({"BASE"})))
    text = "```python\ndef test_add_base():\n    assert add(BASE, 1) == BASE + 1\n```"
    result = parse_chat_output(text, SPEC, target)
    assert [t.name for t in result.tests] == ["test_add_base"] and result.imports == []
    assert parse_chat_output(text, SPEC, replace(TARGET, context=ProjectContext())).tests == []


def test_datetime_gets_the_import_its_use_needs() -> None:
    # `datetime(...)` and `datetime.now()` are the class's; `datetime.date(...)` is the module's.
    text = (
        "```python\n"
        "def test_add_years():\n    assert add(datetime(2024, 1, 1).year, 1) == 2025\n\n"
        "def test_add_now():\n    assert add(datetime.now().year, 0) > 2000\n\n"
        "def test_add_days():\n    assert add(timedelta(days=1).days, 1) == 2\n```"
    )
    result = parse_chat_output(text, SPEC, TARGET)
    assert [t.name for t in result.tests] == ["test_add_years", "test_add_now", "test_add_days"]
    assert result.imports == ["from datetime import datetime", "from datetime import timedelta"]
    module_use = "```python\ndef test_add_dates():\n    assert add(datetime.date(2024, 1, 1).day, 1) == 2\n```"
    assert parse_chat_output(module_use, SPEC, TARGET).imports == ["import datetime"]


def test_output_cut_off_mid_test_keeps_the_complete_ones() -> None:
    text = "```python\ndef test_a():\n    assert add(2, 2) == 4\n\ndef test_b():\n    assert add(1,"
    result = parse_chat_output(text, SPEC, TARGET)
    assert [t.name for t in result.tests] == ["test_a"]


def test_prose_gives_nothing_with_a_reason() -> None:
    text = "The add function returns the sum of two numbers. It is very useful in practice."
    result = parse_chat_output(text, SPEC, TARGET)
    assert result.tests == []
    assert "prose" in result.reason


def test_tests_that_check_nothing_or_need_fixtures_are_dropped() -> None:
    text = (
        "```python\ndef test_nothing():\n    add(1, 2)\n\n"
        "def test_fixture(numbers):\n    assert add(*numbers) == 3\n\n"
        "def test_other():\n    assert 1 + 1 == 2\n```"
    )
    result = parse_chat_output(text, SPEC, TARGET)
    assert result.tests == []
    assert "checks nothing" in result.reason
    assert "numbers" in result.reason
    assert "never calls add" in result.reason
    # The tests that missed the function keep their code, for the repair round.
    missed = {item.name: item.code for item in result.dropped if item.reason is DropReason.OFF_TARGET}
    assert missed["test_nothing"].startswith("def test_nothing():") and "add(1, 2)" in missed["test_nothing"]
    assert "assert 1 + 1 == 2" in missed["test_other"]


def test_bare_calls_are_rewritten_to_the_access_expression() -> None:
    target = ImportTarget("shop", "Cart", "from shop import Cart", "Cart().add", ".")
    result = parse_chat_output("```python\ndef test_x():\n    assert add(1, 2) == 3\n```",
                               SPEC, target)
    assert "Cart().add(1, 2) == 3" in result.tests[0].code


def test_loose_asserts_become_one_test() -> None:
    result = parse_chat_output("```python\nassert add(1, 1) == 2\nassert add(0, 0) == 0\n```",
                               SPEC, TARGET)
    assert len(result.tests) == 1
    assert result.tests[0].asserts == 2


def test_completion_format_keeps_assert_lines_until_something_else() -> None:
    text = "assert add(1, 2) == 3\nassert add(-1, 1) == 0\nprint('done')\nassert add(9, 9) == 18"
    result = parse_completion_output(text, SPEC, TARGET)
    assert len(result.tests) == 1
    assert result.tests[0].asserts == 2
    assert "print" not in result.tests[0].code


def test_stop_rules() -> None:
    assert chat_output_end("add_one():\n    assert add(0, 1) == 1\n```\nmore") is not None
    assert chat_output_end("add_one():\n    assert add(0, 1) == 1\n") is None
    three = "a():\n    assert 1\n\ndef test_b():\n    assert 2\n\ndef test_c():\n    assert 3\n"
    cut = chat_output_end(three, max_tests=2)  # test_a (pre-filled) and test_b are done
    assert cut is not None and three[:cut].count("def test_") == 1
    assert completion_output_end("add(1, 2) == 3\nassert add(2, 2) == 4\n") is None
    assert completion_output_end("add(1, 2) == 3\n\n") == len("add(1, 2) == 3")


def test_async_method_calls_run_once_through_the_access_like_docstring_examples() -> None:
    from testdraft.generate.pytest_code import adapt_example
    from testdraft.pipeline import spec_named

    source = b'class Greeter:\n    async def greet(self, n):\n        """Hi."""\n        return n\n'
    spec = spec_named(source, "Greeter.greet")
    target = ImportTarget("m", "Greeter", "from m import Greeter", "Greeter().greet", ".")
    answer = (
        "```python\nasync def test_greet():\n    assert await greet(1) == 1\n"
        "    assert asyncio.run(greet(2)) == 2\n    assert greet(3) == 3\n```"
    )
    result = parse_chat_output(answer, spec, target)
    assert result.imports == ["import asyncio"]
    (test,) = result.tests
    assert test.code.startswith("def test_greet():")  # plain pytest runs it
    assert test.code.count("asyncio.run(Greeter().greet(") == 3 and "asyncio.run(asyncio.run" not in test.code
    # The docstring path rewrites an example the same way (one rewriter for both).
    assert adapt_example("await greet(1)", spec, target) == "asyncio.run(Greeter().greet(1))"
    assert adapt_example("greet(1)", spec, target) == "asyncio.run(Greeter().greet(1))"


def test_a_generators_result_is_listed_where_the_test_treats_it_as_a_list() -> None:
    spec = spec_from_source("from collections.abc import Iterator\n\n\ndef evens(limit: int) -> Iterator[int]:\n"
                            "    \"\"\"The even numbers below limit.\"\"\"\n")
    answer = ("```python\ndef test_evens():\n    assert evens(5) == [0, 2, 4]\n    assert len(evens(3)) == 2\n"
              "    assert evens(5)[1] == 2\n    assert list(evens(1)) == [0]\n    assert next(evens(9)) == 0\n"
              "    assert sorted(evens(3)) == [0, 2]\n\n\ndef test_evens_step():\n    numbers = evens(9)\n"
              "    assert next(numbers) == 0\n    for n in evens(4):\n        assert n % 2 == 0\n```")
    first, second = parse_chat_output(answer, spec, target_for(spec)).tests
    assert first.code.splitlines()[1:] == [
        "    assert list(evens(5)) == [0, 2, 4]", "    assert len(list(evens(3))) == 2",
        "    assert list(evens(5))[1] == 2", "    assert list(evens(1)) == [0]", "    assert next(evens(9)) == 0",
        "    assert sorted(evens(3)) == [0, 2]"]
    assert "numbers = evens(9)" in second.code and "for n in evens(4):" in second.code  # consumed as it is


def test_an_instance_method_called_on_its_class_is_called_on_the_setups_instance() -> None:
    from testdraft.pipeline import spec_named

    source = (b"class Queue:\n    def __init__(self) -> None:\n        self.items = []\n\n"
              b"    def push(self, item: str, priority: int = 0) -> int:\n"
              b'        """Add item; return how many are queued."""\n')
    spec = spec_named(source, "Queue.push")
    target = ImportTarget("m", "Queue", "from m import Queue", "instance.push", ".",
                          setup=("instance = Queue()",))
    answer = (
        "```python\ndef test_push_counts():\n    assert Queue.push('a') == 1\n\n\n"
        "def test_push_unbound():\n    queue = Queue()\n    assert Queue.push(queue, 'a', 2) == 1\n```"
    )
    counts, unbound = parse_chat_output(answer, spec, target).tests
    # Taken for a static method (TypeError: no `self`): called on the instance the setup builds.
    assert counts.code == "def test_push_counts():\n    instance = Queue()\n    assert instance.push('a') == 1"
    # Called through the class with an instance first: valid Python, left alone.
    assert "Queue.push(queue, 'a', 2)" in unbound.code


def test_a_call_through_a_name_the_module_binds_the_function_to_tests_it() -> None:
    """`Number.plus = add` in the module: `Number(1).plus(2)` calls `add`, as the last gate agrees."""
    spec = replace(SPEC, aliases=("plus",))
    text = "```python\nfrom mymod import Number\n\n\ndef test_plus():\n    assert Number(1).plus(2) == 3\n```"
    assert [t.name for t in parse_chat_output(text, spec, TARGET).tests] == ["test_plus"]
    assert parse_chat_output(text, SPEC, TARGET).tests == []  # without the alias: never calls add
