"""tree-sitter languages and parsers, created once per process."""

from __future__ import annotations

import functools
from pathlib import PurePath

import tree_sitter
import tree_sitter_javascript
import tree_sitter_python
import tree_sitter_typescript

PYTHON = "python"
JAVASCRIPT = "javascript"  # .jsx and .js use the JavaScript grammar, which includes JSX
TSX = "tsx"

_LANGUAGE_BY_SUFFIX = {
    ".py": PYTHON,
    ".pyi": PYTHON,
    ".jsx": JAVASCRIPT,
    ".js": JAVASCRIPT,
    ".tsx": TSX,
    ".ts": TSX,  # the TSX grammar reads plain TypeScript too
}
_LANGUAGE_BY_LSP_ID = {
    "python": PYTHON,
    "javascriptreact": JAVASCRIPT,
    "javascript": JAVASCRIPT,
    "typescriptreact": TSX,
    "typescript": TSX,
}


@functools.cache
def language(name: str) -> tree_sitter.Language:
    if name == PYTHON:
        return tree_sitter.Language(tree_sitter_python.language())
    if name == JAVASCRIPT:
        return tree_sitter.Language(tree_sitter_javascript.language())
    if name == TSX:
        return tree_sitter.Language(tree_sitter_typescript.language_tsx())
    raise ValueError(f"no tree-sitter grammar for {name!r}")


def new_parser(name: str) -> tree_sitter.Parser:
    # Parsers are cheap but not thread-safe: each document owns one.
    return tree_sitter.Parser(language(name))


def language_for(path: str, language_id: str | None = None) -> str | None:
    """The grammar for a document, from its LSP language id or else its file suffix."""
    if language_id and language_id in _LANGUAGE_BY_LSP_ID:
        return _LANGUAGE_BY_LSP_ID[language_id]
    return _LANGUAGE_BY_SUFFIX.get(PurePath(path).suffix.lower())


def parse_python(source: bytes) -> tree_sitter.Tree:
    return new_parser(PYTHON).parse(source)
