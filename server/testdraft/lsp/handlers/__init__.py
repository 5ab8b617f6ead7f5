"""One LSP feature per module; `register_all` wires them into a server."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from testdraft.lsp.server import TestdraftServer


def register_all(server: TestdraftServer) -> None:
    from testdraft.lsp.handlers import code_action, configuration, suggest_tests, text_sync

    for module in (configuration, text_sync, code_action, suggest_tests):
        module.register(server)
