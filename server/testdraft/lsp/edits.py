"""A `ModuleEdit` as an LSP `WorkspaceEdit`: create the test file if needed, then insert."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path

from testdraft.parsing.positions import LineIndex
from testdraft.render.module import ModuleEdit


def _position(lines: LineIndex, line: int, encoding: str) -> types.Position:
    """Start of `line`; the end of the text when `line` is one past the last line."""
    if line < lines.line_count:
        return types.Position(line=line, character=0)
    end_line, end_character = lines.position(len(lines.source), encoding)
    return types.Position(line=end_line, character=end_character)


def text_edits(edit: ModuleEdit, encoding: str) -> list[types.TextEdit]:
    source = edit.old_text.encode("utf-8", errors="surrogatepass")
    lines = LineIndex.of(source)
    missing_newline = bool(source) and not source.endswith(b"\n")
    result: list[types.TextEdit] = []
    for insertion in edit.insertions:
        text = insertion.text
        if missing_newline and insertion.line >= lines.line_count:
            text = "\n" + text
        position = _position(lines, insertion.line, encoding)
        result.append(types.TextEdit(range=types.Range(start=position, end=position), new_text=text))
    return result


def workspace_edit(
    test_file: Path, edit: ModuleEdit, exists: bool, version: int | None, encoding: str
) -> types.WorkspaceEdit:
    """`version` is the open buffer's version (the client refuses the edit if it moved on)."""
    uri = from_fs_path(str(test_file)) or test_file.as_uri()
    document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
    changes: list[types.TextDocumentEdit | types.CreateFile | types.RenameFile | types.DeleteFile] = []
    if not exists:
        changes.append(
            types.CreateFile(uri=uri, options=types.CreateFileOptions(overwrite=False, ignore_if_exists=True))
        )
    changes.append(types.TextDocumentEdit(text_document=document, edits=list(text_edits(edit, encoding))))
    return types.WorkspaceEdit(document_changes=changes)
