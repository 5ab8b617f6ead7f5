"""`$/progress` for long work, wired to a `CancelToken` the worker polls.

The token is also fired by `window/workDoneProgress/cancel`, `$/cancelRequest` and the
server's `shutdown` (it is in `server.requests_in_progress` while the work runs)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator

from lsprotocol import types

from testdraft.cancellation import CancelToken
from testdraft.lsp.server import TestdraftServer

log = logging.getLogger(__name__)


class ProgressReporter:
    def __init__(self, server: TestdraftServer, token: str | None) -> None:
        self._server = server
        self._token = token
        self._loop = asyncio.get_running_loop()
        self.cancel = CancelToken()
        self.end_message: str | None = None  # how the work ended, when not plainly done/cancelled

    def waiting(self, ahead: int) -> None:
        """The request waits for the model behind `ahead` earlier ones."""
        self.report(f"waiting for {ahead} earlier suggestion{'s' if ahead != 1 else ''}")

    def report(self, message: str, percentage: int | None = None) -> None:
        if self._token is None or self.cancel.cancelled:
            return
        value = types.WorkDoneProgressReport(message=message, percentage=percentage, cancellable=True)
        # Workers call this from their threads: hand the send to the event loop.
        self._loop.call_soon_threadsafe(self._server.work_done_progress.report, self._token, value)


@contextlib.asynccontextmanager
async def progress(server: TestdraftServer, title: str) -> AsyncIterator[ProgressReporter]:
    """Begin/end a cancellable progress; cancelling it (or the request) sets the token."""
    token: str | None = None
    if server.supports_progress():
        token = f"testdraft-{uuid.uuid4()}"
        try:
            await server.work_done_progress.create_async(token)
        except Exception:  # a client may refuse progress; the work goes on without it
            log.debug("client refused progress token", exc_info=True)
            token = None
    reporter = ProgressReporter(server, token)
    server.requests_in_progress[reporter.cancel] = server.protocol.msg_id
    if token is not None:
        server.work_done_progress.begin(token, types.WorkDoneProgressBegin(title=title, cancellable=True))
        future = server.work_done_progress.tokens.get(token)
        if future is not None:
            future.add_done_callback(lambda _: reporter.cancel.cancel())
    try:
        yield reporter
    except asyncio.CancelledError:  # `$/cancelRequest` for the command
        reporter.cancel.cancel()
        raise
    finally:
        server.requests_in_progress.pop(reporter.cancel, None)
        if token is not None:
            message = reporter.end_message or ("cancelled" if reporter.cancel.cancelled else "done")
            server.work_done_progress.end(token, types.WorkDoneProgressEnd(message=message))
