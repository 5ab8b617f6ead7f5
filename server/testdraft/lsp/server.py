"""The testdraft language server object and its state.

Handlers live one per file in `testdraft.lsp.handlers`; each module's `register(server)`
attaches its feature. Heavy work goes to executor threads (validation and UI tests to
`server.executor`, suggestions to `server.suggest_executor`, which mostly wait for the one
model); the event loop only parses, looks up trees and sends messages, so code actions,
lenses and diagnostics stay fast while the model generates.

`shutdown` cancels every request, model generation, model loading and sandbox run and is
answered at once; `exit` gives the worker threads a moment to stop, then ends the process
without interpreter teardown (see `TestdraftServer.exit`).
"""

from __future__ import annotations

import asyncio
import collections.abc
import contextlib
import logging
import os
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method
from pygls.uris import to_fs_path

from testdraft import __version__
from testdraft.cancellation import CancelToken
from testdraft.generate.base import Generator
from testdraft.generate.registry import build_generators
from testdraft.lsp.commands import STATUS_NOTIFICATION
from testdraft.lsp.documents import DocumentStore
from testdraft.lsp.settings import ServerSettings
from testdraft.lsp.validation import LiveValidation
from testdraft.model.service import ModelService, WaitListener
from testdraft.model.settings import ModelSettings, ModelSettingsError
from testdraft.parsing.positions import UTF8, UTF16, UTF32
from testdraft.project.imports import warm_up_jedi

log = logging.getLogger(__name__)

USABLE_MODEL_STATES = ("ready", "generating")
# How long `exit` lets cancelled workers finish (sandbox children killed, temp dirs removed).
EXIT_JOIN_S = 3.0

_ENCODINGS = {
    types.PositionEncodingKind.Utf8: UTF8,
    types.PositionEncodingKind.Utf16: UTF16,
    types.PositionEncodingKind.Utf32: UTF32,
}


class TestdraftProtocol(LanguageServerProtocol):
    """pygls' protocol with a `shutdown` that survives requests in flight, and our `exit`."""

    _server: TestdraftServer

    @property
    def shutdown_requested(self) -> bool:
        return bool(self._shutdown)

    @lsp_method(types.SHUTDOWN)
    def lsp_shutdown(self, *args: Any) -> collections.abc.Generator[Any, Any, None]:
        """Request from client which asks server to shutdown."""
        self._server.stop_work()
        if (user_handler := self.fm.features.get(types.SHUTDOWN)) is not None:
            yield user_handler, args, None

        current_id = self.msg_id
        # Upstream bug (seen in pygls 2.1.1, pygls/protocol/language_server.py
        # `lsp_shutdown`): it iterates `self._request_futures.items()` while cancelling.
        # Cancelling a concurrent.futures.Future (every generator handler, e.g.
        # workspace/executeCommand) runs `_send_handler_result` synchronously, which pops
        # the same dict, and worker threads finishing a request pop it too, so `shutdown`
        # with a request in flight answers "RuntimeError: dictionary changed size during
        # iteration". Fix: iterate over a snapshot.
        for msg_id, future in list(self._request_futures.items()):
            if msg_id != current_id and not future.done():
                future.cancel()

        self._shutdown = True
        return None

    def _handle_cancel_notification(self, msg_id: Any) -> None:
        # pygls cancels the request's future only: for `workspace/executeCommand` that is the
        # builtin wrapper, not our command's coroutine, so also fire the request's token.
        for token, request_id in list(self._server.requests_in_progress.items()):
            if request_id == msg_id:
                token.cancel()
        super()._handle_cancel_notification(msg_id)

    @lsp_method(types.EXIT)
    def lsp_exit(self, *args: Any) -> collections.abc.Generator[Any, Any, None]:
        """Stops the server process: 0 after `shutdown`, else 1 (the LSP specification)."""
        if (user_handler := self.fm.features.get(types.EXIT)) is not None:
            yield user_handler, args, None
        self._server.exit(0 if self.shutdown_requested else 1)


class TestdraftServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "testdraft",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=TestdraftProtocol,
        )
        self.documents = DocumentStore()
        self.settings = ServerSettings()
        # Two workers for validation and UI tests: the machine has 2 cores.
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="testdraft-work")
        # Suggestions get their own threads: most of them wait for the one model, and must
        # not hold up validation while they do.
        self.suggest_executor = ThreadPoolExecutor(max_workers=8, thread_name_prefix="testdraft-suggest")
        self.validation = LiveValidation(self)
        self.model = ModelService()
        # The cancel token of each request in progress (see `progress`) and its JSON-RPC id:
        # `shutdown` fires them all, `$/cancelRequest` its request's.
        self.requests_in_progress: dict[CancelToken, object] = {}
        self._loop: asyncio.AbstractEventLoop | None = None

    protocol: TestdraftProtocol

    def generators(self, key: str | None = None, on_wait: WaitListener | None = None) -> list[Generator]:
        """The generators for the next request, in the `testdraft.generators` setting's order.

        The model's requests queue under `key` (a newer one with the same key supersedes
        a waiting one) and hear their place in the queue through `on_wait`.
        """

        def model() -> Generator | None:
            if self.model.state not in USABLE_MODEL_STATES:
                return None
            return self.model.generator(key=key, on_wait=on_wait)

        return build_generators(self.settings.generators, model=model)

    # -- the model's lifecycle -----------------------------------------------------------
    def start_model(self) -> None:
        """After `initialized`: load the configured model in the background."""
        self._loop = asyncio.get_running_loop()
        settings = self._model_settings()
        if settings is not None:
            self.model.start_loading(settings, self._send_model_status)

    def warm_up(self) -> None:
        """After `initialized`: start jedi in a worker, so the first code action's context
        costs what every later one does (its helper process and grammar are per process)."""
        self.executor.submit(warm_up_jedi)

    def reconfigure_model(self) -> None:
        """After `workspace/didChangeConfiguration`: knobs at once, new weights by reloading."""
        settings = self._model_settings()
        if settings is not None:
            self.model.reconfigure(settings)

    def _model_settings(self) -> ModelSettings | None:
        if "model" not in self.settings.generators:
            return ModelSettings(enabled=False)
        try:
            return ModelSettings.from_dict(self.settings.model)
        except ModelSettingsError as error:
            self.tell(f"model settings: {error}")
            self._send_model_status("error", str(error))
            return None

    def _send_model_status(self, state: str, message: str) -> None:
        # Called from the loader thread too: hand the notification to the event loop.
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self.protocol.notify, STATUS_NOTIFICATION, {"model": state, "message": message})

    # -- shutdown and exit ---------------------------------------------------------------
    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> NoReturn:
        """Serve until `exit` (which ends the process) or until the client closes the pipe
        without it: then stop the same way, so that no worker outlives the interpreter."""
        super().start_io(stdin, stdout)
        self._finish(0 if self.protocol.shutdown_requested else 1)

    def stop_work(self) -> None:
        """Cancel everything in progress without waiting: requests (their model generation
        included), queued model requests, a model load, live validation runs."""
        for token in list(self.requests_in_progress):
            token.cancel()
        self.model.stop()
        self.validation.cancel_all()

    def exit(self, code: int) -> None:
        """End the process with `code` once the workers have stopped (at most EXIT_JOIN_S).

        The process ends with `os._exit`: interpreter teardown would wait for pygls'
        stdin reader (blocked until the client closes the pipe) and, with a thread still in
        torch, abort with "terminate called without an active exception". The event loop
        keeps running meanwhile, so workers waiting on it can finish.
        """
        self.stop_work()
        threading.Thread(target=self._finish, args=(code,), name="testdraft-exit", daemon=True).start()

    def _finish(self, code: int) -> NoReturn:
        clean = self.close(EXIT_JOIN_S)
        if not clean:
            log.warning("exit: workers still running after %.1f s; leaving without them", EXIT_JOIN_S)
        logging.shutdown()
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):  # a closed pipe: nothing to flush
                stream.flush()
        os._exit(code)

    def close(self, timeout: float) -> bool:
        """Stop the work and wait up to `timeout` s for every worker and the model to end."""
        self.stop_work()
        deadline = time.monotonic() + timeout
        stopped = [_shut_down(pool, deadline) for pool in (self.suggest_executor, self.executor)]
        return all(stopped) and self.model.shutdown(max(0.0, deadline - time.monotonic()))

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


def _shut_down(pool: ThreadPoolExecutor, deadline: float) -> bool:
    """Shut `pool` down, waiting until `deadline` at most; True when all its threads ended."""
    waiter = threading.Thread(target=pool.shutdown, kwargs={"cancel_futures": True}, daemon=True)
    waiter.start()
    waiter.join(max(0.0, deadline - time.monotonic()))
    return not waiter.is_alive()


def create_server() -> TestdraftServer:
    from testdraft.lsp.handlers import register_all

    server = TestdraftServer()
    register_all(server)
    return server
