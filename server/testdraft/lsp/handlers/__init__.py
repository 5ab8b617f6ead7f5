"""One LSP feature per module; `register_all` wires them into a server."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from testdraft.lsp.server import TestdraftServer


def register_all(server: TestdraftServer) -> None:
    from testdraft.lsp.handlers import (
        code_action,
        code_lens,
        configuration,
        model,
        suggest_tests,
        text_sync,
        ui_test,
        validation_commands,
    )

    for module in (
        configuration,
        model,
        text_sync,
        code_action,
        suggest_tests,
        ui_test,
        code_lens,
        validation_commands,
    ):
        module.register(server)
