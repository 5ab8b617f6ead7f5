"""The local model in the server: loaded in the background after `initialized`, reconfigured
on `workspace/didChangeConfiguration`, its state sent as `testdraft/status` notifications.

Loading never happens in `initialize`; until the model is ready, suggestions come from the
docstring generator alone.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from testdraft.generate.base import Generator
from testdraft.lsp.commands import MODEL_INFO as MODEL_INFO_COMMAND
from testdraft.lsp.commands import STATUS_NOTIFICATION
from testdraft.lsp.server import TestdraftServer
from testdraft.model.service import ModelService
from testdraft.model.settings import ModelSettings, ModelSettingsError

log = logging.getLogger(__name__)

USABLE_STATES = ("ready", "generating")


def register(server: TestdraftServer) -> None:
    service = ModelService()
    loop: asyncio.AbstractEventLoop | None = None

    def send_status(state: str, message: str) -> None:
        # Called from the loader thread: hand the notification to the event loop.
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(server.protocol.notify, STATUS_NOTIFICATION, {"model": state, "message": message})

    def settings_of(ls: TestdraftServer) -> ModelSettings | None:
        if "model" not in ls.settings.generators:
            return ModelSettings(enabled=False)
        try:
            return ModelSettings.from_dict(ls.settings.model)
        except ModelSettingsError as error:
            ls.tell(f"model settings: {error}")
            send_status("error", str(error))
            return None

    def start(ls: TestdraftServer) -> None:
        nonlocal loop
        loop = asyncio.get_running_loop()
        settings = settings_of(ls)
        if settings is not None:
            service.start_loading(settings, send_status)

    def reconfigure(ls: TestdraftServer) -> None:
        settings = settings_of(ls)
        if settings is not None:
            service.reconfigure(settings)

    def model_generator() -> Generator | None:
        if service.state not in USABLE_STATES:
            return None
        generator: Generator = service.generator()
        return generator

    server.after_initialized.append(start)
    server.on_settings_changed.append(reconfigure)
    server.generator_providers.append(model_generator)

    @server.command(MODEL_INFO_COMMAND)
    def model_info(ls: TestdraftServer, *arguments: Any) -> dict[str, Any]:
        return service.info()
