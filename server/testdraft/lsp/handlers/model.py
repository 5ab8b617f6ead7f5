"""`testdraft.modelInfo`: what the server's model is (state, source, hash, device, memory).

The model itself is `TestdraftServer.model`: loaded in the background after `initialized`,
reconfigured on `workspace/didChangeConfiguration`, its state sent as `testdraft/status`
notifications. Until it is ready, suggestions come from the docstring generator alone.
"""

from __future__ import annotations

from typing import Any

from testdraft.lsp.commands import MODEL_INFO
from testdraft.lsp.server import TestdraftServer


def register(server: TestdraftServer) -> None:
    @server.command(MODEL_INFO)
    def model_info(ls: TestdraftServer, *arguments: Any) -> dict[str, Any]:
        return ls.model.info()
