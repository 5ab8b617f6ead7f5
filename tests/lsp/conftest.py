"""A real testdraft server over stdio, with a VS Code or a Neovim capability profile."""

from __future__ import annotations

import ast
import os
import time
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from tests.conftest import REPO, SERVER_COMMAND

CLIENTS = {"vscode": "visual-studio-code", "neovim": "neovim@v0.11.0"}
SERVER_ENV = {**os.environ, "PYTHONPATH": str(REPO / "server")}


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=SERVER_ENV),
    params=list(CLIENTS),
)
async def client(request: pytest.FixtureRequest, lsp_client: LanguageClient, calc_project: Path):  # type: ignore[no-untyped-def]
    lsp_client.applied_edits: list[types.WorkspaceEdit] = []  # type: ignore[misc]
    lsp_client.edit_times: list[float] = []  # type: ignore[misc]
    lsp_client.refuse_edits = False  # type: ignore[attr-defined]

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def on_apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        if lsp_client.refuse_edits:  # type: ignore[attr-defined]
            return types.ApplyWorkspaceEditResult(applied=False, failure_reason="refused by the test")
        lsp_client.applied_edits.append(params.edit)  # type: ignore[attr-defined]
        lsp_client.edit_times.append(time.monotonic())  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    lsp_client.lens_refreshes = 0  # type: ignore[attr-defined]

    @lsp_client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def on_code_lens_refresh(params: None) -> None:
        lsp_client.lens_refreshes += 1  # type: ignore[attr-defined]

    lsp_client.statuses = []  # type: ignore[attr-defined]

    @lsp_client.feature("testdraft/status")
    def on_status(params: Any) -> None:
        state = params.get("model") if isinstance(params, dict) else getattr(params, "model", None)
        message = params.get("message") if isinstance(params, dict) else getattr(params, "message", "")
        lsp_client.statuses.append({"model": state, "message": message})  # type: ignore[attr-defined]

    capabilities = client_capabilities(CLIENTS[request.param])
    # Most tests keep the model out (docstring tests are instant); a module may set its own.
    options = getattr(request.module, "INIT_OPTIONS", {"generators": ["docstring"]})
    lsp_client.init_result = await lsp_client.initialize_session(  # type: ignore[attr-defined]
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=calc_project.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=calc_project.as_uri(), name="calc")],
            initialization_options=options,
        )
    )
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, path: Path, text: str | None = None) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="python", version=1, text=text if text is not None else path.read_text("utf-8")
            )
        )
    )
    return uri


def position_of(text: str, needle: str, encoding: str, offset: int = 0) -> types.Position:
    """LSP position of `needle` (+ offset characters) in the given encoding."""
    index = text.index(needle) + offset
    line = text.count("\n", 0, index)
    prefix = text[text.rfind("\n", 0, index) + 1 : index]
    if encoding == "utf-8":
        character = len(prefix.encode("utf-8"))
    elif encoding == "utf-16":
        character = len(prefix.encode("utf-16-le")) // 2
    else:
        character = len(prefix)
    return types.Position(line=line, character=character)


async def code_actions(client: LanguageClient, uri: str, position: types.Position) -> list[Any]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=position, end=position),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    return [as_code_action(item) for item in result or []]


def as_code_action(item: types.Command | types.CodeAction) -> types.CodeAction:
    """lsprotocol's client side structures `CodeAction | Command` results as `Command` first,
    stringifying the nested command; rebuild the CodeAction the server actually sent."""
    if isinstance(item, types.CodeAction):
        return item
    if item.command.startswith("{"):
        nested = ast.literal_eval(item.command)
        command = types.Command(title=nested["title"], command=nested["command"], arguments=nested.get("arguments"))
        return types.CodeAction(title=item.title, command=command)
    raise AssertionError(f"expected a CodeAction, got a bare Command: {item}")


async def execute(client: LanguageClient, action: types.CodeAction) -> Any:
    assert action.command is not None
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=action.command.command, arguments=action.command.arguments)
    )


def server_encoding(client: LanguageClient) -> str:
    """The position encoding the server chose in its InitializeResult."""
    result: types.InitializeResult = client.init_result  # type: ignore[attr-defined]
    return str(result.capabilities.position_encoding or "utf-16")
