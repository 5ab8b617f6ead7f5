"""Docstring reading: doctest blocks, informal notations, and `Raises` in three styles."""

from __future__ import annotations

import textwrap

import pytest

from testdraft.spec.docstring import parameter_description, parse_examples, parse_raises, summary_of


def test_doctest_multiline_call_output_and_traceback() -> None:
    doc = textwrap.dedent(
        """\
        Split things.

        >>> split([1, 2,
        ...        3])
        [[1, 2],
         [3]]
        >>> split(None)
        Traceback (most recent call last):
          ...
        TypeError: not a list
        """
    )
    examples = parse_examples(doc, "split")
    assert examples[0].source == "split([1, 2,\n       3])"
    assert examples[0].expected == "[[1, 2],\n [3]]"
    assert examples[1].exception == "TypeError" and examples[1].expected is None
    assert summary_of(doc) == "Split things."


@pytest.mark.parametrize(
    ("line", "source", "expected"),
    [
        ("f(1) ==> 2", "f(1)", "2"),
        ("f([1, 2]) ➞ True", "f([1, 2])", "True"),
        ("f('a') => true", "f('a')", "True"),
        ("f(3) should return 16.", "f(3)", "16"),
        ("f(19, 5) -> 19 - 5 = 14", "f(19, 5)", "19 - 5"),
        ('f(15)   # returns "db1111db"', "f(15)", '"db1111db"'),
        ("f(2) == 6.00", "f(2)", "6.00"),
    ],
)
def test_informal_arrows(line: str, source: str, expected: str) -> None:
    (example,) = parse_examples(f"Does f.\n\n    {line}\n", "f")
    assert (example.source, example.expected) == (source, expected)


def test_keyword_forms_follow_parameter_order() -> None:
    doc = "For lst = [1,2] the output should be 3\nFor lst = [] the output should be 0\n"
    assert [(e.source, e.expected) for e in parse_examples(doc, "f", ["lst"])] == [("f([1,2])", "3"), ("f([])", "0")]
    doc = "Example 1:\n    Input: arr = [4, 2], k = 1\n    Output: [4]\n"
    assert [(e.source, e.expected) for e in parse_examples(doc, "g", ["arr", "k"])] == [("g([4, 2], 1)", "[4]")]


def test_prose_and_names_are_not_examples() -> None:
    # `f(a)` uses an unknown name; `f(n) = f(n - 1)` defines, it does not show.
    assert parse_examples("f(a) => False\nf(n) = f(n - 1) + 1\n", "f") == ()
    # A typo'd output is dropped rather than misread as `""`.
    assert parse_examples('f(["aa", "b"]) == ""aa"\n', "f") == ()


def test_later_examples_heading_wins() -> None:
    doc = "For example:\n  tri(2) = 1 + (2 / 2) = 2\nExamples:\n  tri(3) = [1, 3, 2, 8]\n"
    assert [(e.source, e.expected) for e in parse_examples(doc, "tri", ["n"])] == [("tri(3)", "[1, 3, 2, 8]")]


def test_comparison_doctest_without_output_and_output_typed_on_prompt() -> None:
    doc = ">>> f([2, 1]) == [1, 2]\n>>> f([3, 1]) [1, 3]\n"
    examples = parse_examples(doc, "f")
    assert examples[0].source == "f([2, 1]) == [1, 2]" and examples[0].expected is None
    assert (examples[1].source, examples[1].expected) == ("f([3, 1])", "[1, 3]")


def test_raises_google_numpy_rest() -> None:
    google = "Do.\n\nRaises:\n    ValueError: if x < 0.\n    KeyError: when missing\n\nReturns:\n    int\n"
    numpy = "Do.\n\nRaises\n------\nValueError\n    If x < 0.\n"
    rest = "Do.\n\n:raises ValueError: if x < 0\n:raises TypeError: bad type\n"
    assert [(r.exception, r.condition) for r in parse_raises(google)] == [
        ("ValueError", "if x < 0."),
        ("KeyError", "when missing"),
    ]
    assert [(r.exception, r.condition) for r in parse_raises(numpy)] == [("ValueError", "If x < 0.")]
    assert [r.exception for r in parse_raises(rest)] == ["ValueError", "TypeError"]
    assert parse_raises(None) == ()


def test_rest_raises_condition_wrapped_onto_the_next_lines() -> None:
    # Sphinx style wraps a long condition onto deeper-indented lines; the next field ends it.
    doc = ("Add a photo.\n\n    :param path: where it is.\n"
           "    :raises DuplicatePhotoError: if a photo with the same path is\n        already in the album.\n"
           "    :raises ValueError: if a tag is\n        empty.\n    :returns: the photo.\n")
    assert [(r.exception, r.condition) for r in parse_raises(doc)] == [
        ("DuplicatePhotoError", "if a photo with the same path is already in the album."),
        ("ValueError", "if a tag is empty."),
    ]


def test_raises_said_in_a_sentence() -> None:
    said = ("Build one.\n\nRaises :class:`MetadataError` when the value is not between 1 and 8.\n"
            "It raises KeyError if the key\nis missing; raise nothing unless asked.")
    assert [(r.exception, r.condition) for r in parse_raises(said)] == [
        ("MetadataError", "when the value is not between 1 and 8"),
        ("KeyError", "if the key is missing"),
    ]
    # a section's entry is read once, and "raises nothing" is no error
    assert [r.exception for r in parse_raises("Do.\n\nRaises:\n    ValueError: if x.\n")] == ["ValueError"]
    assert parse_raises("It raises nothing if the list is empty.") == ()


def test_what_the_docstring_says_of_a_parameter_google_numpy_rest() -> None:
    google = ("Do.\n\nArgs:\n    source: The lines, for instance\n        from a socket reader.\n"
              "    n (int): How many.\n")
    numpy = "Do.\n\nParameters\n----------\npath : Path\n    The log file.\nn : int\n"
    rest = "Do.\n\n:param str path: the log file\n:param n: how many\n"
    assert parameter_description(google, "source") == "The lines, for instance from a socket reader."
    assert parameter_description(google, "n") == "How many."
    assert parameter_description(numpy, "path") == "Path The log file."
    assert parameter_description(rest, "path") == "the log file"
    assert parameter_description(google, "missing") == parameter_description(None, "n") == ""
