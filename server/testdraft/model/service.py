"""One model per server: loaded in the background, used by one request at a time.

peft's adapter scale is a property of the whole model, so generations are serialized:
requests wait in a first-come queue and hear their place in it (`on_wait`); a newer request
with the same `key` (the same function) supersedes an older one still waiting, and one
with `preempt=True` cancels the running request first. Reconfiguration that changes the
weights reloads in the background and swaps the backend in under the same lock, so a
running generation finishes on the model it started with. `stop` cancels everything at
once (the LSP `shutdown`); `shutdown` also waits for the threads and frees the model.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from testdraft.cancellation import NEVER_CANCELLED, Cancelled, CancelToken, Superseded
from testdraft.model.backend import TextBackend
from testdraft.model.decoding import LinkedCancel
from testdraft.model.errors import ModelError, ModelUnavailable
from testdraft.model.settings import ModelSettings

if TYPE_CHECKING:
    from testdraft.model.generator import ModelGenerator

log = logging.getLogger(__name__)

StatusCallback = Callable[[str, str], None]
# Hears how many requests are ahead (running one included) while a request waits.
WaitListener = Callable[[int], None]

LOADING, READY, GENERATING, ERROR, DISABLED = "loading", "ready", "generating", "error", "disabled"
_LOCK_POLL_S = 0.05


@dataclass(frozen=True)
class Session:
    backend: TextBackend
    settings: ModelSettings
    cancel: CancelToken  # fires on the caller's cancel or when a newer request pre-empts


@dataclass(eq=False)
class _Ticket:
    """One request's place in the queue (the running request keeps the first place)."""

    token: LinkedCancel
    key: str | None
    superseded: bool = False
    running: bool = False


class ModelService:
    def __init__(self) -> None:
        self._settings = ModelSettings(enabled=False)
        self._backend: TextBackend | None = None
        self._state = DISABLED
        self._message = "no model configured"
        self._on_status: StatusCallback | None = None
        self._generation_lock = threading.Lock()
        self._state_lock = threading.RLock()
        self._load_serial = 0  # bumps on each (re)load; stale loader threads discard results
        self._loader: threading.Thread | None = None
        self._queue: list[_Ticket] = []
        self._queue_changed = threading.Condition()

    # -- state -------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def message(self) -> str:
        return self._message

    @property
    def settings(self) -> ModelSettings:
        return self._settings

    def _set_state(self, state: str, message: str) -> None:
        with self._state_lock:
            self._state, self._message = state, message
            callback = self._on_status
        log.info("model %s: %s", state, message)
        if callback is not None:
            try:
                callback(state, message)
            except Exception:  # a broken listener must not break loading
                log.exception("model status callback failed")

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait for the current load to end; True when a model is ready."""
        loader = self._loader
        if loader is not None:
            loader.join(timeout)
        return self._state in (READY, GENERATING)

    # -- loading -----------------------------------------------------------------------
    def start_loading(
        self, settings: ModelSettings, on_status: StatusCallback | None = None
    ) -> threading.Thread | None:
        """Load `settings`' model in a background thread; progress goes to `on_status`."""
        if on_status is not None:
            self._on_status = on_status
        with self._state_lock:
            self._settings = settings
            self._load_serial += 1
            serial = self._load_serial
        if not settings.enabled:
            self._swap_backend(None, serial)
            self._set_state(DISABLED, "model suggestions are turned off")
            return None
        self._set_state(LOADING, "loading model")
        thread = threading.Thread(
            target=self._load, args=(settings, serial), name="testdraft-model-load", daemon=True
        )
        self._loader = thread
        thread.start()
        return thread

    def load_now(self, settings: ModelSettings) -> None:
        """Load in the calling thread (CLI, tests); raises ModelError on failure."""
        thread = self.start_loading(settings)
        if thread is not None:
            thread.join()
        if self._state == ERROR:
            raise ModelError(self._message)

    def reconfigure(self, settings: ModelSettings) -> None:
        """Apply new settings: knobs (scale, temperature, ...) at once, weights by reloading."""
        with self._state_lock:
            current = self._settings
            live = (
                settings.enabled
                and current.enabled
                and settings.load_key() == current.load_key()
                and self._state in (READY, GENERATING, LOADING)
            )
            if live:
                self._settings = settings
        if not live:
            self.start_loading(settings)

    def _load(self, settings: ModelSettings, serial: int) -> None:
        def progress(message: str) -> None:
            if serial != self._load_serial:  # superseded or stopped: give up at this step
                raise Cancelled("model load superseded")
            self._set_state(LOADING, message)

        try:
            backend = create_backend(settings, progress)
        except Cancelled:
            return
        except ModelError as error:
            if serial == self._load_serial:
                self._set_state(ERROR, str(error))
            return
        except MemoryError:
            if serial == self._load_serial:
                self._set_state(ERROR, "out of memory while loading the model")
            return
        except Exception as error:  # unknown loader failures must not kill the server
            log.exception("model load failed")
            if serial == self._load_serial:
                self._set_state(ERROR, f"could not load the model: {error}")
            return
        if not self._swap_backend(backend, serial):
            backend.close()
            return
        described = backend.describe()
        where = described.get("device") or described.get("url")
        self._set_state(READY, f"model ready: {described.get('source') or described.get('model')} "
                        f"on {where}")

    def _swap_backend(self, backend: TextBackend | None, serial: int) -> bool:
        # Wait for a running generation to finish on the old model before replacing it.
        with self._generation_lock, self._state_lock:
            if serial != self._load_serial:
                return False
            old, self._backend = self._backend, backend
        if old is not None and old is not backend:
            old.close()
        return True

    # -- generation --------------------------------------------------------------------
    @contextlib.contextmanager
    def session(
        self,
        cancel: CancelToken = NEVER_CANCELLED,
        preempt: bool = False,
        key: str | None = None,
        on_wait: WaitListener | None = None,
    ) -> Iterator[Session]:
        """Exclusive use of the model, in arrival order.

        With `preempt`, cancel the running request first. A request with the `key` of one
        still waiting makes that one raise `Cancelled` (superseded). `on_wait(n)` hears the
        number of requests ahead each time it changes while this one waits.
        """
        if self._state not in (READY, GENERATING):
            raise ModelUnavailable(_unavailable_message(self._state, self._message))
        ticket = _Ticket(LinkedCancel(cancel), key)
        with self._queue_changed:
            for other in self._queue:
                if preempt and other.running:
                    other.token.cancel()
                if key is not None and other.key == key and not other.running:
                    other.superseded = True
                    other.token.cancel()
            self._queue.append(ticket)
            self._queue_changed.notify_all()
        try:
            self._wait_for_turn(ticket, on_wait)
            try:
                with self._state_lock:
                    backend, settings = self._backend, self._settings
                if backend is None:
                    raise ModelUnavailable(_unavailable_message(self._state, self._message))
                self._set_state(GENERATING, "generating")
                yield Session(backend, settings, ticket.token)
            finally:
                if self._state == GENERATING:
                    self._set_state(READY, "model ready")
                self._generation_lock.release()
        finally:
            with self._queue_changed:
                self._queue.remove(ticket)
                self._queue_changed.notify_all()

    def _wait_for_turn(self, ticket: _Ticket, on_wait: WaitListener | None) -> None:
        """Block until `ticket` is first in the queue and holds the generation lock."""
        told: int | None = None
        while True:
            with self._queue_changed:
                ahead = self._queue.index(ticket)
                # A reload swapping the backend also takes the lock: then the first waits.
                if ahead == 0 and self._generation_lock.acquire(blocking=False):
                    ticket.running = True
                    return
                if ticket.superseded:
                    raise Superseded("superseded by a newer request for the same function")
                if ticket.token.cancelled:
                    raise Cancelled("cancelled while waiting for the model")
                if ahead in (0, told) or on_wait is None:
                    # Cancel tokens do not notify: poll them.
                    self._queue_changed.wait(_LOCK_POLL_S)
                    continue
            told = ahead
            on_wait(ahead)  # outside the lock: a listener may be slow

    def generator(self, key: str | None = None, on_wait: WaitListener | None = None) -> ModelGenerator:
        """The model as a `Generator`; its requests queue under `key` (see `session`)."""
        from testdraft.model.generator import ModelGenerator

        return ModelGenerator(self, key=key, on_wait=on_wait)

    def info(self) -> dict[str, Any]:
        with self._state_lock:
            backend, settings = self._backend, self._settings
        data: dict[str, Any] = {"state": self._state, "message": self._message}
        if backend is not None:
            data.update(backend.describe())
        data["settings"] = {
            "lora_scale": settings.lora_scale,
            "adapter_scales": [settings.adapter_scale(a) for a in settings.resolved_adapters()],
            "temperature": settings.temperature,
            "validated_temperature": settings.validated_temperature,
            "top_p": settings.top_p,
            "num_candidates": settings.num_candidates,
            "max_new_tokens": settings.max_new_tokens,
            "prompt_format": settings.prompt_format,
            "prompt_lookup_tokens": settings.prompt_lookup_tokens,
        }
        data["memory"] = memory_usage(data.get("device"))
        return data

    def stop(self) -> None:
        """Cancel every request (running or waiting) and any load in progress; returns at once."""
        with self._state_lock:
            self._load_serial += 1  # a load in progress is discarded and stops at its next step
        with self._queue_changed:
            for ticket in self._queue:
                ticket.token.cancel()
            self._queue_changed.notify_all()

    def shutdown(self, timeout: float = 5.0) -> bool:
        """`stop`, then wait up to `timeout` s for the loader and the running generation to
        end and free the model. False when a thread is still running native code."""
        self.stop()
        deadline = time.monotonic() + timeout
        loader = self._loader
        if loader is not None:
            loader.join(max(0.0, deadline - time.monotonic()))
            if loader.is_alive():
                return False
        if not self._generation_lock.acquire(timeout=max(0.0, deadline - time.monotonic())):
            return False
        with self._state_lock:
            old, self._backend = self._backend, None
        self._generation_lock.release()
        if old is not None:
            old.close()
        self._set_state(DISABLED, "shut down")
        return True


def create_backend(settings: ModelSettings, progress: Callable[[str], None]) -> TextBackend:
    if settings.backend == "openai":
        from testdraft.model.http_backend import HttpBackend

        return HttpBackend(settings.http)
    from testdraft.model.loader import load_model
    from testdraft.model.local_backend import LocalBackend

    started = time.perf_counter()
    loaded = load_model(settings, progress)
    log.info("model loaded in %.1f s", time.perf_counter() - started)
    return LocalBackend(loaded)


def memory_usage(device: object) -> dict[str, int]:
    usage: dict[str, int] = {}
    try:
        with open("/proc/self/statm") as handle:
            pages = int(handle.read().split()[1])
        import os

        usage["process_rss_bytes"] = pages * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        pass
    if device == "cuda":
        import torch

        usage["cuda_allocated_bytes"] = int(torch.cuda.memory_allocated())
    return usage


def _unavailable_message(state: str, message: str) -> str:
    if state == LOADING:
        return f"the model is still loading ({message})"
    if state == ERROR:
        return f"the model failed to load: {message}"
    return f"no model is loaded ({message})"
