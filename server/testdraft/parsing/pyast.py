"""The standard library's `ast` over snippets that may not parse (examples, model answers)."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator


def parsed_snippets(sources: Iterable[str]) -> Iterator[ast.Module]:
    """The module of each source that parses; the others are skipped, not fatal."""
    for source in sources:
        try:
            yield ast.parse(source)
        except SyntaxError:
            continue
