"""`textDocument/codeLens`: a summary lens and one lens per test, from the last validation."""

from __future__ import annotations

from lsprotocol import types

from testdraft.lsp.server import TestdraftServer


def register(server: TestdraftServer) -> None:
    @server.feature(types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=False))
    def on_code_lens(ls: TestdraftServer, params: types.CodeLensParams) -> list[types.CodeLens]:
        return ls.validation.lenses(params.text_document.uri)
