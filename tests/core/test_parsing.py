"""Positions in three encodings, and incremental parsing that matches a fresh parse."""

from __future__ import annotations

import random

from testdraft.parsing.documents import ParsedDocument, TextRange
from testdraft.parsing.positions import UTF8, UTF16, UTF32, LineIndex


def test_positions_in_each_encoding() -> None:
    text = "a = '😀é'  # x\n"
    lines = LineIndex.of(text.encode())
    x_bytes = text.encode().index(b"# x")
    assert lines.byte_offset(0, 11, UTF16) == x_bytes  # 😀 is two UTF-16 units
    assert lines.byte_offset(0, 10, UTF32) == x_bytes
    assert lines.byte_offset(0, x_bytes, UTF8) == x_bytes
    assert lines.position(x_bytes, UTF16) == (0, 11)
    assert lines.position(x_bytes, UTF32) == (0, 10)
    assert lines.byte_offset(5, 0, UTF16) == len(text.encode())  # past the end clamps


def test_incremental_edits_match_a_fresh_parse() -> None:
    rng = random.Random(3)
    text = "".join(f"def f{i}(x):\n    return x + {i}  # é\n" for i in range(50))
    document = ParsedDocument("file:///t.py", "python", text)
    for _ in range(200):
        lines = text.split("\n")
        line = rng.randrange(len(lines) - 1)
        start = rng.randrange(len(lines[line]) + 1)
        end = min(len(lines[line]), start + rng.randrange(3))
        insert = rng.choice(["", "y", " + 1", "é", "\n    pass\n"])
        # LSP columns in UTF-16 == code points here (no astral characters).
        document.apply_change(TextRange(line, start, line, end), insert, UTF16)
        document.reparse()
        lines[line] = lines[line][:start] + insert + lines[line][end:]
        text = "\n".join(lines)
        assert document.text == text
    fresh = ParsedDocument("file:///t.py", "python", text)
    assert document.tree is not None and fresh.tree is not None
    assert str(document.tree.root_node) == str(fresh.tree.root_node)
