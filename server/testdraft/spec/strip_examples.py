"""Remove the examples from a function's docstring, keep the description.

Two users: the `humaneval-noexamples` benchmark (HumanEval prompts where the model must
write tests from the description alone) and the training-data miner (the prompt is the
function without its doctest examples, the target is those examples as asserts).

Removed: doctest blocks (`>>>` / `...` lines and the expected output under them), the
informal notations HumanEval uses (`f(1) ==> 2`, `f(1) ➞ 2`, `f(1) should return 2`,
`For x = 1 the output should be 2`, `Input: ... Output: ...`) and the `Example(s):` /
`For example:` headings that introduce them, with everything up to the next section heading
(`Note:`, `Args:`, `Raises:`, ...). A call of the function with variables, such as the
recurrence `fib(n) == fib(n-1) + fib(n-2)`, is a definition and stays.
"""

from __future__ import annotations

import ast
import re

_HEADING = re.compile(r"^\s*[*#.]*\s*(for\s+)?(examples?|e\.g\.)\b[^a-z]*(\d+\s*)?:?\s*$", re.I)
_INLINE_HEADING = re.compile(r"^\s*(for\s+)?examples?\s*:", re.I)
# Sections that end an example block: what follows them is description again.
_SECTION_WORDS = (r"(notes?|variables|constraints?|args|arguments|parameters|params|returns?|"
                  r"raises|yields|see\s+also|warnings?|restrictions?|references|todo)")
_SECTION = re.compile(
    rf"^\s*[*#.]*\s*{_SECTION_WORDS}\b\s*[*]*\s*$"  # a heading line (reST underline follows)
    rf"|^\s*{_SECTION_WORDS}\b[^:]{{0,40}}:",  # `Note: ...`, `Args:`
    re.I,
)
_FOR_VALUE = re.compile(r"^\s*(for|if)\b.*\b(output|result|answer)\b.*\b(should|will|would)\b", re.I)
_INPUT = re.compile(r"^\s*input\s*:", re.I)
_RESULT_WORDS = re.compile(r"(==>|=>|➞|->|==|\breturns?\b|\bshould\b|\bgives?\b|=)")


def strip_examples_from_source(source: str, function: str) -> str:
    """`source` with the examples removed from every docstring (module, classes, functions).

    Only docstring lines change; code is left as it is. Unparsable source is returned as is.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    lines = source.splitlines(keepends=True)
    replaced: dict[int, list[str]] = {}  # first inner line -> its kept lines; the rest go
    removed: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        docstring = leading_string(node.body)
        if docstring is None:
            continue
        first, last = docstring.lineno, (docstring.end_lineno or docstring.lineno) - 1
        if first >= last:
            continue  # a docstring on one or two lines has no example block
        # The opening and closing lines hold the quotes; examples live between them.
        inner = lines[first:last]
        drop = example_line_indexes([line.rstrip("\r\n") for line in inner], function)
        if drop:
            kept = [line for index, line in enumerate(inner) if index not in drop]
            replaced[first] = _squeeze_blank_lines(kept)
            removed |= set(range(first, last))
    out: list[str] = []
    for index, line in enumerate(lines):
        if index in replaced:
            out += replaced[index]
        elif index not in removed:
            out.append(line)
    return "".join(out)


def leading_string(body: list[ast.stmt]) -> ast.Expr | None:
    """The docstring, or the string that stands for one after leading imports
    (`import math` then the string, as one HumanEval prompt has it)."""
    for statement in body:
        if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Constant) \
                and isinstance(statement.value.value, str):
            return statement
        if not isinstance(statement, ast.Import | ast.ImportFrom):
            return None
    return None


def strip_examples(docstring: str, function: str) -> str:
    """The docstring text without its examples (see the module docstring)."""
    lines = docstring.splitlines()
    drop = example_line_indexes(lines, function)
    kept = [line for index, line in enumerate(lines) if index not in drop]
    return "\n".join(_squeeze_blank_lines(kept)).strip("\n")


def example_line_indexes(lines: list[str], function: str) -> set[int]:
    """Indexes of the lines that belong to examples (headings included)."""
    drop: set[int] = set()
    in_block = False  # inside an example block that runs to the next section heading
    in_doctest = False  # after a `>>>` line: its expected output follows until a blank line
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _SECTION.match(line):
            in_block = in_doctest = False
            continue
        if stripped.startswith(">>>") or (in_doctest and stripped.startswith("...")):
            in_doctest = True
            drop.add(index)
            continue
        if in_doctest:
            if stripped:
                drop.add(index)
                continue
            in_doctest = False
        if _HEADING.match(line) or _INLINE_HEADING.match(line):
            in_block = True
            drop.add(index)
            continue
        if in_block or (stripped and is_informal_example(line, function)):
            drop.add(index)
    return drop


def is_informal_example(line: str, function: str) -> bool:
    """`f(1, 'a') ==> 2`-style lines, `For n = 5 the output should be 3`, `Input: ...`."""
    if _FOR_VALUE.match(line) or _INPUT.match(line):
        return True
    call = re.search(rf"\b{re.escape(function)}\s*\(", line)
    if call is None:
        return False
    arguments = _call_arguments(line, call.end() - 1)
    if arguments is None:
        return False
    rest = line[call.end() + len(arguments) + 1 :]
    return _literal_arguments(arguments) and bool(_RESULT_WORDS.search(rest))


def _call_arguments(line: str, open_index: int) -> str | None:
    """The text between the call's parentheses (brackets inside string literals ignored)."""
    depth = 0
    quote = ""
    for index in range(open_index, len(line)):
        char = line[index]
        if quote:
            if char == quote and line[index - 1] != "\\":
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth == 0:
                return line[open_index + 1 : index]
    return None


def _literal_arguments(arguments: str) -> bool:
    """True when every argument is a literal: `f(3, [1, 2])` shows, `f(n - 1)` defines."""
    if not arguments.strip():
        return True
    try:
        node = ast.parse(f"({arguments},)", mode="eval").body
    except SyntaxError:
        return False
    values = node.elts if isinstance(node, ast.Tuple) else [node]
    for value in values:
        if isinstance(value, ast.Starred):
            return False
        try:
            ast.literal_eval(value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return False
    return True


def _squeeze_blank_lines(lines: list[str]) -> list[str]:
    """No two blank lines in a row where examples were cut out."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and out and not out[-1].strip():
            continue
        out.append(line)
    return out
