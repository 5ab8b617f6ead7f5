"""didOpen / didChange / didSave / didClose: keep one incrementally parsed tree per document,
and tell live validation which buffers moved."""

from __future__ import annotations

from lsprotocol import types

from testdraft.lsp.server import TestdraftServer


def register(server: TestdraftServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def on_open(ls: TestdraftServer, params: types.DidOpenTextDocumentParams) -> None:
        document = ls.documents.open(params.text_document)
        if document is not None and document.too_large:
            ls.window_log_message(
                types.LogMessageParams(
                    types.MessageType.Warning, f"testdraft: {params.text_document.uri} is too large to parse"
                )
            )
        ls.validation.document_changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def on_change(ls: TestdraftServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.documents.change(params, ls.encoding)
        ls.validation.document_changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def on_save(ls: TestdraftServer, params: types.DidSaveTextDocumentParams) -> None:
        ls.validation.document_changed(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def on_close(ls: TestdraftServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.documents.close(params.text_document.uri)
