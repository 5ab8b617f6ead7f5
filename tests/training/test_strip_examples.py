"""HumanEval without examples: every example goes, the description and definitions stay."""

from __future__ import annotations

import ast

from testdraft.evaluation.problems import load_dataset
from testdraft.spec.docstring import parse_examples
from testdraft.spec.strip_examples import (
    leading_string,
    strip_examples,
    strip_examples_from_source,
)


def _docstring(source: str, name: str) -> tuple[str, list[str]]:
    tree = ast.parse(source)
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == name)
    string = leading_string(node.body)
    text = string.value.value if string is not None else ""  # type: ignore[attr-defined]
    return str(text), [a.arg for a in node.args.args]


def test_no_humaneval_prompt_keeps_an_example_and_every_reference_still_runs() -> None:
    problems = load_dataset("humaneval-noexamples")
    assert len(problems) == 164
    for problem in problems:
        docstring, params = _docstring(problem.prompt_code, problem.fn_name)
        assert ">>>" not in docstring, problem.task_id
        assert parse_examples(docstring, problem.fn_name, params) == (), problem.task_id
        assert len(docstring.split()) >= 3, problem.task_id  # the task is still described
        namespace: dict[str, object] = {}
        exec(problem.reference_code, namespace)  # the module under test is unchanged
        assert callable(namespace[problem.fn_name])


def test_informal_notations_and_their_headings_go_definitions_stay() -> None:
    text = """The FibFib sequence.
fibfib(0) == 0
fibfib(n) == fibfib(n-1) + fibfib(n-2) + fibfib(n-3).

Examples:
    fibfib(5) ==> 4
    fibfib(8) ➞ 24
For n = 1 the output should be 0.
Note:
    n is never negative.
"""
    assert strip_examples(text, "fibfib") == (
        "The FibFib sequence.\nfibfib(n) == fibfib(n-1) + fibfib(n-2) + fibfib(n-3).\n\n"
        "Note:\n    n is never negative."
    )


def test_doctest_blocks_go_with_their_output_and_code_is_untouched() -> None:
    source = '''def pad(text, width):
    """Pad text on the right.

    >>> pad('ab', 4)
    'ab  '
    >>> pad('abcd',
    ...     2)
    'abcd'

    Raises ValueError when width is negative.
    """
    return text.ljust(width)  # >>> not a docstring
'''
    assert strip_examples_from_source(source, "pad") == '''def pad(text, width):
    """Pad text on the right.

    Raises ValueError when width is negative.
    """
    return text.ljust(width)  # >>> not a docstring
'''


def test_brackets_inside_string_arguments_do_not_hide_an_example() -> None:
    assert strip_examples("Nested?\nis_nested('[]]]]]]][[[[[]') ➞ False\n", "is_nested") == "Nested?"
