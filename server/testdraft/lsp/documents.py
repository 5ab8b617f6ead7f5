"""Open documents as tree-sitter trees, kept in step with the editor's buffers."""

from __future__ import annotations

import logging

from lsprotocol import types
from pygls.uris import to_fs_path

from testdraft.parsing.documents import ParsedDocument, TextRange
from testdraft.parsing.languages import language_for

log = logging.getLogger(__name__)


class DocumentStore:
    """One `ParsedDocument` per open Python/JSX/TSX document, keyed by URI."""

    def __init__(self) -> None:
        self._documents: dict[str, ParsedDocument] = {}

    def get(self, uri: str) -> ParsedDocument | None:
        return self._documents.get(uri)

    def open(self, item: types.TextDocumentItem) -> ParsedDocument | None:
        language = language_for(to_fs_path(item.uri) or item.uri, item.language_id)
        if language is None:
            return None
        document = ParsedDocument(item.uri, language, item.text, item.version)
        if document.too_large:
            log.warning("%s is too large to parse; testdraft ignores it", item.uri)
        self._documents[item.uri] = document
        return document

    def change(self, params: types.DidChangeTextDocumentParams, encoding: str) -> ParsedDocument | None:
        document = self._documents.get(params.text_document.uri)
        if document is None:
            return None
        for change in params.content_changes:
            if isinstance(change, types.TextDocumentContentChangePartial):
                start, end = change.range.start, change.range.end
                text_range = TextRange(start.line, start.character, end.line, end.character)
                document.apply_change(text_range, change.text, encoding)
            else:
                document.apply_change(None, change.text, encoding)
        document.reparse()
        document.version = params.text_document.version
        return document

    def close(self, uri: str) -> None:
        self._documents.pop(uri, None)
