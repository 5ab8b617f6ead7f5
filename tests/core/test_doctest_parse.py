"""Reading doctest examples with the standard library's parser: flags, tracebacks, Sphinx blocks."""

from __future__ import annotations

import doctest
import textwrap

from testdraft.pipeline import spec_named
from testdraft.spec.docstring import examples_using, parse_examples


def _examples(docstring: str, name: str = "f") -> list[tuple[str, str | None, str | None, int, str | None]]:
    return [
        (e.source, e.expected, e.exception, e.options, e.message)
        for e in parse_examples(textwrap.dedent(docstring), name, ["x"])
    ]


def test_directives_become_flags_and_leave_the_source() -> None:
    found = _examples(
        """
        >>> f(1)  # doctest: +SKIP
        {'never': 'run'}
        >>> f(2)  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
        [0, ..., 9]
        """
    )
    assert found == [("f(2)", "[0, ..., 9]", None, doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, None)]


def test_multi_line_output_is_kept_whole() -> None:
    ((_, expected, *_),) = _examples(
        """
        >>> f(3)
        {'a': 1,
         'b': 2}
        """
    )
    assert expected == "{'a': 1,\n 'b': 2}"


def test_a_traceback_gives_the_class_and_message() -> None:
    found = _examples(
        """
        >>> f(-1)
        Traceback (most recent call last):
          ...
        pkg.errors.BadInput: x must be >= 0: got -1
        >>> f(-2)  # doctest: +IGNORE_EXCEPTION_DETAIL
        Traceback (most recent call last):
        ValueError
        """
    )
    assert found == [
        ("f(-1)", None, "BadInput", 0, "x must be >= 0: got -1"),
        ("f(-2)", None, "ValueError", doctest.IGNORE_EXCEPTION_DETAIL, None),
    ]


def test_sphinx_setup_code_output_and_block_options() -> None:
    found = _examples(
        """
        .. testsetup::

           data = [3, 1, 2]

        .. doctest::
           :options: +ELLIPSIS

           >>> f(data)
           [1, ...]

        .. testcode::

           print(f(data))

        .. testoutput::

           [1, 2, 3]
        """
    )
    assert found == [
        ("data = [3, 1, 2]", None, None, 0, None),
        ("f(data)", "[1, ...]", None, doctest.ELLIPSIS, None),
        ("print(f(data))", "[1, 2, 3]", None, 0, None),
    ]


def test_informal_prose_naming_the_function_is_no_example() -> None:
    assert _examples("If nothing matches, f() will return None.") == []
    assert _examples("f(2) ==> 4")[0][:2] == ("f(2)", "4")


def test_class_docstring_examples_for_one_method_keep_their_setup() -> None:
    docstring = textwrap.dedent(
        """
        >>> s = Stack()
        >>> s.push(1)
        >>> s.size()
        1
        >>> s.pop()
        1
        """
    )
    assert [e.source for e in examples_using(docstring, "pop")] == ["s = Stack()", "s.push(1)", "s.pop()"]
    assert examples_using(docstring, "peek") == ()


def test_names_a_module_imports_relatively_are_reachable_through_it() -> None:
    source = b"from .helpers import inc as plus_one, twice\n\ndef f(x):\n    '''>>> f(plus_one(1))\n    2'''\n"
    spec = spec_named(source, "f")
    assert {"plus_one", "twice"} <= set(spec.module_definitions)
