"""LSP positions <-> byte offsets and tree-sitter points, in the negotiated encoding.

LSP counts `character` in UTF-16 code units by default (VS Code), or in UTF-8 bytes or
UTF-32 code points when the client offers them (Neovim prefers UTF-8). tree-sitter counts
bytes. A `LineIndex` converts between them for one version of a document.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"


def _units(text: str, encoding: str) -> int:
    if encoding == UTF8:
        return len(text.encode("utf-8", errors="surrogatepass"))
    if encoding == UTF16:
        return len(text.encode("utf-16-le", errors="surrogatepass")) // 2
    return len(text)


@dataclass(frozen=True)
class LineIndex:
    """Byte offsets of line starts in a UTF-8 buffer."""

    source: bytes
    starts: tuple[int, ...]

    @classmethod
    def of(cls, source: bytes) -> LineIndex:
        starts = [0]
        find = source.find
        pos = find(b"\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find(b"\n", pos + 1)
        return cls(source, tuple(starts))

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_bytes(self, line: int) -> bytes:
        start = self.starts[line]
        end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.source)
        return self.source[start:end]

    def byte_offset(self, line: int, character: int, encoding: str) -> int:
        """Byte offset of an LSP position; positions past the end clamp to the end."""
        if line >= len(self.starts):
            return len(self.source)
        line = max(line, 0)
        start = self.starts[line]
        raw = self.line_bytes(line)
        if encoding == UTF8:
            return start + min(max(character, 0), len(raw))
        if raw.isascii():  # the common case: one unit per byte in every encoding
            return start + min(max(character, 0), len(raw))
        text = raw.decode("utf-8", errors="replace")
        units = 0
        for index, char in enumerate(text):
            if units >= character:
                return start + len(text[:index].encode("utf-8"))
            units += _units(char, encoding)
        return start + len(raw)

    def point(self, line: int, character: int, encoding: str) -> tuple[int, int]:
        """tree-sitter point (row, byte column) of an LSP position."""
        offset = self.byte_offset(line, character, encoding)
        row = bisect.bisect_right(self.starts, offset) - 1
        return row, offset - self.starts[row]

    def position(self, byte_offset: int, encoding: str) -> tuple[int, int]:
        """LSP (line, character) of a byte offset."""
        byte_offset = min(max(byte_offset, 0), len(self.source))
        row = bisect.bisect_right(self.starts, byte_offset) - 1
        prefix = self.source[self.starts[row] : byte_offset]
        if encoding == UTF8 or prefix.isascii():
            return row, len(prefix)
        return row, _units(prefix.decode("utf-8", errors="replace"), encoding)
