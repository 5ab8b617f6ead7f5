"""The testdraft language server object and its state.

Handlers live one per file in `testdraft.lsp.handlers`; each module's `register(server)`
attaches its feature. Heavy work goes to `server.executor` threads; the event loop only
parses, looks up trees and sends messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from testdraft import __version__
from testdraft.generate.base import Generator
from testdraft.generate.registry import build_generators
from testdraft.lsp.documents import DocumentStore
from testdraft.lsp.settings import ServerSettings
from testdraft.lsp.validation import LiveValidation
from testdraft.parsing.positions import UTF8, UTF16, UTF32

log = logging.getLogger(__name__)

_ENCODINGS = {
    types.PositionEncodingKind.Utf8: UTF8,
    types.PositionEncodingKind.Utf16: UTF16,
    types.PositionEncodingKind.Utf32: UTF32,
}


class TestdraftServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("testdraft", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Incremental)
        self.documents = DocumentStore()
        self.settings = ServerSettings()
        # Two workers: generation and validation may overlap; the machine has 2 cores.
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="testdraft-work")
        # Features that need to act at these moments (model loading, re-validation) add hooks.
        self.after_initialized: list[Callable[[TestdraftServer], None]] = []
        self.on_settings_changed: list[Callable[[TestdraftServer], None]] = []
        self.validation = LiveValidation(self)
        # Generators beyond the docstring one (the model) register a provider here.
        self.generator_providers: list[Callable[[], Generator | None]] = []

    def generators(self) -> list[Generator]:
        """The generators for the next request, in the `testdraft.generators` setting's order."""
        return build_generators(self.settings.generators, model=self._provided_model)

    def _provided_model(self) -> Generator | None:
        return next((g for provide in self.generator_providers if (g := provide()) is not None), None)

    @property
    def encoding(self) -> str:
        """The position encoding negotiated in `initialize` (utf-16 unless the client chose)."""
        try:
            kind = self.workspace.position_encoding
        except RuntimeError:  # before initialize
            return UTF16
        if kind not in {item.value for item in _ENCODINGS}:
            return UTF16
        return _ENCODINGS.get(types.PositionEncodingKind(kind), UTF16) if kind is not None else UTF16

    def open_texts(self) -> dict[Path, str]:
        """Every open buffer by file path: the editor's text wins over the disk's."""
        texts: dict[Path, str] = {}
        for uri, document in self.workspace.text_documents.items():
            path = to_fs_path(uri)
            if path:
                texts[Path(path).resolve()] = document.source
        return texts

    def supports_progress(self) -> bool:
        window = self.client_capabilities.window
        return bool(window and window.work_done_progress)

    def supports_file_creation(self) -> bool:
        workspace = self.client_capabilities.workspace
        edit = workspace.workspace_edit if workspace else None
        if edit is None:
            return False
        # Resource operations exist only inside `documentChanges`, so announcing them implies it
        # (Neovim announces `create` without `documentChanges: true`).
        return types.ResourceOperationKind.Create in (edit.resource_operations or [])

    def tell(self, message: str, kind: types.MessageType = types.MessageType.Info) -> None:
        """A message the user sees (`window/showMessage`); also logged to stderr."""
        log.info("%s", message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=f"testdraft: {message}"))


def create_server() -> TestdraftServer:
    from testdraft.lsp.handlers import register_all

    server = TestdraftServer()
    register_all(server)
    return server
