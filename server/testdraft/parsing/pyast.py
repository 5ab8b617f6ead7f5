"""The standard library's `ast` over snippets that may not parse (examples, model answers)."""

from __future__ import annotations

import ast
import sys
import threading
from collections.abc import Iterable, Iterator
from typing import Any

_AST_LOCK = threading.Lock()
_STDLIB_PARSE = ast.parse


def _parse_one_at_a_time(*args: Any, **kwargs: Any) -> Any:
    with _AST_LOCK:
        return _STDLIB_PARSE(*args, **kwargs)


def serialize_ast_parse() -> None:
    """Make `ast.parse` take a process-wide lock (CPython before 3.12.1).

    CPython 3.11 keeps the AST constructor's recursion depth in interpreter-wide state: two
    threads parsing at once (the eval's workers, the server's) can raise "SystemError: AST
    constructor recursion depth mismatch" (gh-106905), seen here in a docstring eval. The
    package's code parses snippets from many places, so the guard goes on `ast.parse` itself.
    """
    if sys.version_info < (3, 12, 1):
        ast.parse = _parse_one_at_a_time


def parsed_snippets(sources: Iterable[str]) -> Iterator[ast.Module]:
    """The module of each source that parses; the others are skipped, not fatal."""
    for source in sources:
        try:
            yield ast.parse(source)
        except SyntaxError:
            continue
