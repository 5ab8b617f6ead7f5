"""What an editor does with the server's requests, done the way VS Code and Neovim do it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lsprotocol import types
from pygls.uris import to_fs_path

from testdraft.parsing.positions import LineIndex


def apply_workspace_edit(edit: types.WorkspaceEdit, encoding: str) -> list[Path]:
    """Apply `documentChanges` to disk, as a client would; returns the files touched."""
    touched: list[Path] = []
    for change in edit.document_changes or []:
        if isinstance(change, types.CreateFile):
            path = Path(to_fs_path(change.uri) or "")
            path.parent.mkdir(parents=True, exist_ok=True)
            if not path.exists():
                path.write_text("", encoding="utf-8")
            touched.append(path)
        elif isinstance(change, types.TextDocumentEdit):
            path = Path(to_fs_path(change.text_document.uri) or "")
            path.write_text(
                apply_text_edits(path.read_text(encoding="utf-8"), change.edits, encoding), encoding="utf-8"
            )
            touched.append(path)
    return touched


def apply_text_edits(
    text: str, edits: list[types.TextEdit | types.AnnotatedTextEdit | types.SnippetTextEdit], encoding: str
) -> str:
    source = text.encode("utf-8")
    lines = LineIndex.of(source)
    spans = []
    for edit in edits:
        assert isinstance(edit, types.TextEdit)
        start = lines.byte_offset(edit.range.start.line, edit.range.start.character, encoding)
        end = lines.byte_offset(edit.range.end.line, edit.range.end.character, encoding)
        spans.append((start, end, edit.new_text.encode("utf-8")))
    for start, end, new in sorted(spans, reverse=True):
        source = source[:start] + new + source[end:]
    return source.decode("utf-8")


def run_pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest on the project as its developer would: `python -m pytest` from the root."""
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
