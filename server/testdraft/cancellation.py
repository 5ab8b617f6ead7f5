"""A cancellation flag shared between the LSP event loop and worker threads.

Heavy work (inference, test runs) polls `raise_if_cancelled()` between steps; the
LSP layer sets the flag when the client sends `$/cancelRequest` or cancels `$/progress`.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The request was cancelled by the user; nothing should be applied."""


class Superseded(Cancelled):
    """A newer request for the same thing replaced this one while it waited."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self.cancelled:  # the property: a subclass may be cancelled through a parent
            raise Cancelled("cancelled")


NEVER_CANCELLED = CancelToken()
