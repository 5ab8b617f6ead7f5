"""`initialize` options, `initialized` and `workspace/didChangeConfiguration`.

`initialize` only records settings: anything slow (loading a model, starting jedi) starts
after `initialized`, in the background.
"""

from __future__ import annotations

from lsprotocol import types

from testdraft.lsp.server import TestdraftServer


def register(server: TestdraftServer) -> None:
    @server.feature(types.INITIALIZE)
    def on_initialize(ls: TestdraftServer, params: types.InitializeParams) -> None:
        ls.settings.update(params.initialization_options)

    @server.feature(types.INITIALIZED)
    def on_initialized(ls: TestdraftServer, params: types.InitializedParams) -> None:
        ls.start_model()
        ls.warm_up()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def on_configuration(ls: TestdraftServer, params: types.DidChangeConfigurationParams) -> None:
        ls.settings.update(params.settings)
        ls.reconfigure_model()
