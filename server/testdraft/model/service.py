"""One model per server: loaded in the background, used by one request at a time.

peft's adapter scale is a property of the whole model, so generations are serialized
behind a lock; a newer request either queues behind the running one or (with
`preempt=True`) cancels it first. Reconfiguration that changes the weights reloads in the
background and swaps the backend in under the same lock, so a running generation finishes
on the model it started with.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, Cancelled, CancelToken
from testdraft.model.backend import TextBackend
from testdraft.model.decoding import LinkedCancel
from testdraft.model.errors import ModelError, ModelUnavailable
from testdraft.model.settings import ModelSettings

log = logging.getLogger(__name__)

StatusCallback = Callable[[str, str], None]

LOADING, READY, GENERATING, ERROR, DISABLED = "loading", "ready", "generating", "error", "disabled"
_LOCK_POLL_S = 0.05


@dataclass(frozen=True)
class Session:
    backend: TextBackend
    settings: ModelSettings
    cancel: CancelToken  # fires on the caller's cancel or when a newer request pre-empts


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
        self._ready = threading.Event()
        self._running: LinkedCancel | None = None

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
            if serial == self._load_serial:
                self._set_state(LOADING, message)

        try:
            backend = create_backend(settings, progress)
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
        self, cancel: CancelToken = NEVER_CANCELLED, preempt: bool = False
    ) -> Iterator[Session]:
        """Exclusive use of the model. With `preempt`, cancel the running request first."""
        if self._state not in (READY, GENERATING):
            raise ModelUnavailable(_unavailable_message(self._state, self._message))
        token = LinkedCancel(cancel)
        if preempt:
            running = self._running
            if running is not None:
                running.cancel()
        while not self._generation_lock.acquire(timeout=_LOCK_POLL_S):
            if cancel.cancelled:
                raise Cancelled("cancelled while waiting for the model")
        try:
            with self._state_lock:
                backend, settings = self._backend, self._settings
            if backend is None:
                raise ModelUnavailable(_unavailable_message(self._state, self._message))
            self._running = token
            self._set_state(GENERATING, "generating")
            yield Session(backend, settings, token)
        finally:
            self._running = None
            if self._state == GENERATING:
                self._set_state(READY, "model ready")
            self._generation_lock.release()

    def generator(self) -> Any:
        from testdraft.model.generator import ModelGenerator

        return ModelGenerator(self)

    def info(self) -> dict[str, Any]:
        with self._state_lock:
            backend, settings = self._backend, self._settings
        data: dict[str, Any] = {"state": self._state, "message": self._message}
        if backend is not None:
            data.update(backend.describe())
        data["settings"] = {
            "lora_scale": settings.lora_scale,
            "adapter_scales": [settings.adapter_scale(a) for a in settings.adapters],
            "temperature": settings.temperature,
            "top_p": settings.top_p,
            "num_candidates": settings.num_candidates,
            "max_new_tokens": settings.max_new_tokens,
            "prompt_format": settings.prompt_format,
            "prompt_lookup_tokens": settings.prompt_lookup_tokens,
        }
        data["memory"] = memory_usage(data.get("device"))
        return data

    def shutdown(self) -> None:
        with self._state_lock:
            self._load_serial += 1
            serial = self._load_serial
        self._swap_backend(None, serial)
        self._set_state(DISABLED, "shut down")


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
