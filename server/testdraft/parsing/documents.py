"""Parsed documents: source bytes, tree and line index, updated incrementally.

The LSP layer owns one `ParsedDocument` per open file. `apply_change` edits the old tree
(`Tree.edit`) and re-parses with it, so tree-sitter reuses every unchanged subtree.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import tree_sitter

from testdraft.parsing.languages import new_parser
from testdraft.parsing.positions import LineIndex

log = logging.getLogger(__name__)

# Larger documents are not parsed: code actions on them would be too slow to be useful.
MAX_PARSE_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class TextRange:
    """An LSP range: (line, character) pairs in the document's position encoding."""

    start_line: int
    start_character: int
    end_line: int
    end_character: int


def _end_point(start: tuple[int, int], text: bytes) -> tuple[int, int]:
    newlines = text.count(b"\n")
    if newlines == 0:
        return start[0], start[1] + len(text)
    return start[0] + newlines, len(text) - text.rfind(b"\n") - 1


class ParsedDocument:
    def __init__(self, uri: str, language: str, text: str, version: int | None = None) -> None:
        self.uri = uri
        self.language = language
        self.version = version
        self._parser = new_parser(language)
        self.source = b""
        self.lines = LineIndex.of(b"")
        self.tree: tree_sitter.Tree | None = None
        self.replace_text(text)

    @property
    def too_large(self) -> bool:
        return len(self.source) > MAX_PARSE_BYTES

    def replace_text(self, text: str) -> None:
        self.source = text.encode("utf-8", errors="surrogatepass")
        self.lines = LineIndex.of(self.source)
        self.tree = None if self.too_large else self._parser.parse(self.source)

    def apply_change(self, change: TextRange | None, text: str, encoding: str) -> None:
        """Apply one content change; `change=None` means the whole document was replaced."""
        if change is None or self.tree is None:
            self.replace_text(text)
            return
        new_bytes = text.encode("utf-8", errors="surrogatepass")
        start = self.lines.byte_offset(change.start_line, change.start_character, encoding)
        old_end = self.lines.byte_offset(change.end_line, change.end_character, encoding)
        old_end = max(old_end, start)
        start_point = self.lines.point(change.start_line, change.start_character, encoding)
        old_end_point = self.lines.point(change.end_line, change.end_character, encoding)
        self.source = self.source[:start] + new_bytes + self.source[old_end:]
        self.lines = LineIndex.of(self.source)
        self.tree.edit(
            start_byte=start,
            old_end_byte=old_end,
            new_end_byte=start + len(new_bytes),
            start_point=start_point,
            old_end_point=old_end_point,
            new_end_point=_end_point(start_point, new_bytes),
        )

    def reparse(self) -> None:
        """Re-parse after one or more `apply_change` calls, reusing the edited tree."""
        if self.too_large:
            self.tree = None
            return
        self.tree = self._parser.parse(self.source, self.tree)

    @property
    def text(self) -> str:
        return self.source.decode("utf-8", errors="surrogatepass")
