"""The core loop end to end: a real server over stdio, driven as VS Code and as Neovim.

open a file -> list code actions at a function -> execute one -> receive
`workspace/applyEdit` -> apply it -> run the resulting tests with pytest.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from tests.conftest import REPO, SERVER_COMMAND
from tests.lsp.client_helpers import apply_workspace_edit, run_pytest

CLIENTS = {"vscode": "visual-studio-code", "neovim": "neovim@v0.11.0"}
SERVER_ENV = {**os.environ, "PYTHONPATH": str(REPO / "server")}


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=SERVER_COMMAND, server_env=SERVER_ENV),
    params=list(CLIENTS),
)
async def client(request: pytest.FixtureRequest, lsp_client: LanguageClient, calc_project: Path):  # type: ignore[no-untyped-def]
    lsp_client.applied_edits: list[types.WorkspaceEdit] = []  # type: ignore[misc]
    lsp_client.refuse_edits = False  # type: ignore[attr-defined]

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def on_apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        if lsp_client.refuse_edits:  # type: ignore[attr-defined]
            return types.ApplyWorkspaceEditResult(applied=False, failure_reason="refused by the test")
        lsp_client.applied_edits.append(params.edit)  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    capabilities = client_capabilities(CLIENTS[request.param])
    lsp_client.init_result = await lsp_client.initialize_session(  # type: ignore[attr-defined]
        types.InitializeParams(
            capabilities=capabilities,
            root_uri=calc_project.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=calc_project.as_uri(), name="calc")],
        )
    )
    yield
    await lsp_client.shutdown_session()


def _open(client: LanguageClient, path: Path, text: str | None = None) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="python", version=1, text=text if text is not None else path.read_text("utf-8")
            )
        )
    )
    return uri


def _position_of(text: str, needle: str, encoding: str, offset: int = 0) -> types.Position:
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


async def _actions(client: LanguageClient, uri: str, position: types.Position) -> list[Any]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=position, end=position),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    return [_code_action(item) for item in result or []]


def _code_action(item: types.Command | types.CodeAction) -> types.CodeAction:
    """lsprotocol's client side structures `CodeAction | Command` results as `Command` first,
    stringifying the nested command; rebuild the CodeAction the server actually sent."""
    if isinstance(item, types.CodeAction):
        return item
    if item.command.startswith("{"):
        nested = ast.literal_eval(item.command)
        command = types.Command(title=nested["title"], command=nested["command"], arguments=nested.get("arguments"))
        return types.CodeAction(title=item.title, command=command)
    raise AssertionError(f"expected a CodeAction, got a bare Command: {item}")


async def _execute(client: LanguageClient, action: types.CodeAction) -> Any:
    assert action.command is not None
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=action.command.command, arguments=action.command.arguments)
    )


def server_encoding(client: LanguageClient) -> str:
    """The position encoding the server chose in its InitializeResult."""
    result: types.InitializeResult = client.init_result  # type: ignore[attr-defined]
    return str(result.capabilities.position_encoding or "utf-16")


@pytest.mark.asyncio(loop_scope="function")
async def test_code_action_inserts_tests_that_pass(client: LanguageClient, calc_project: Path) -> None:
    source = (calc_project / "calc.py").read_text("utf-8")
    uri = _open(client, calc_project / "calc.py")
    encoding = server_encoding(client)
    # The cursor sits after non-ASCII text on the `def add` line: encodings must agree.
    actions = await _actions(client, uri, _position_of(source, "# ✓ non-ASCII", encoding, offset=8))
    assert [action.title for action in actions] == ["Suggest tests for `add`"]

    result = await _execute(client, actions[0])
    assert result["status"] == "applied", result
    assert len(client.applied_edits) == 1  # type: ignore[attr-defined]
    touched = apply_workspace_edit(client.applied_edits[0], encoding)  # type: ignore[attr-defined]
    test_file = calc_project / "tests" / "test_calc.py"
    assert touched[-1] == test_file
    code = test_file.read_text("utf-8")
    assert "from calc import add" in code and "@pytest.mark.parametrize" in code

    outcome = run_pytest(calc_project, "tests/test_calc.py")
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    assert "2 passed" in outcome.stdout


@pytest.mark.asyncio(loop_scope="function")
async def test_second_function_appends_and_merges_imports(client: LanguageClient, calc_project: Path) -> None:
    source = (calc_project / "calc.py").read_text("utf-8")
    uri = _open(client, calc_project / "calc.py")
    encoding = server_encoding(client)
    for needle in ("def add", "def mean", "def bump"):
        actions = await _actions(client, uri, _position_of(source, needle, encoding, offset=5))
        assert len(actions) == 1
        result = await _execute(client, actions[0])
        assert result["status"] == "applied", result
        apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]
    code = (calc_project / "tests" / "test_calc.py").read_text("utf-8")
    assert code.count("import pytest") == 1
    assert "from calc import add" in code and "from calc import mean" in code and "from calc import Counter" in code
    outcome = run_pytest(calc_project, "tests/test_calc.py", "-rs")
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    # add: 2 parametrized cases; mean: 1 example + 1 skipped TODO for ZeroDivisionError; bump: 1 scenario.
    assert "4 passed, 1 skipped" in outcome.stdout, outcome.stdout
    assert "TODO: choose inputs for which mean raises ZeroDivisionError" in outcome.stdout

    # Asking again adds nothing: the same tests are already there.
    actions = await _actions(client, uri, _position_of(source, "def add", encoding, offset=5))
    result = await _execute(client, actions[0])
    assert result["status"] == "unchanged"


@pytest.mark.asyncio(loop_scope="function")
async def test_pending_tests_for_unimplemented_function(client: LanguageClient, calc_project: Path) -> None:
    source = (calc_project / "calc.py").read_text("utf-8")
    uri = _open(client, calc_project / "calc.py")
    encoding = server_encoding(client)
    actions = await _actions(client, uri, _position_of(source, "def todo", encoding, offset=4))
    result = await _execute(client, actions[0])
    assert result["status"] == "applied"
    assert any("no implementation yet" in note for note in result["notes"])
    apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]
    outcome = run_pytest(calc_project, "tests/test_calc.py")
    assert "NotImplementedError" in outcome.stdout  # it fails today, by design: TDD


@pytest.mark.asyncio(loop_scope="function")
async def test_incremental_edits_keep_the_tree_in_step(client: LanguageClient, calc_project: Path) -> None:
    text = "x = 1\n"
    uri = _open(client, calc_project / "calc.py", text)
    encoding = server_encoding(client)
    assert await _actions(client, uri, types.Position(line=0, character=1)) == []
    added = 'def square(n):\n    """\n    >>> square(3)\n    9\n    """\n    return n * n\n'
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(
                        start=types.Position(line=1, character=0), end=types.Position(line=1, character=0)
                    ),
                    text=added,
                )
            ],
        )
    )
    actions = await _actions(client, uri, types.Position(line=5, character=8))
    assert [action.title for action in actions] == ["Suggest tests for `square`"]
    # The server reads the buffer, not the disk: the file on disk has no `square` yet.
    result = await _execute(client, actions[0])
    assert result["status"] == "applied"
    apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]
    assert "assert square(3) == 9" in (calc_project / "tests" / "test_calc.py").read_text("utf-8")


@pytest.mark.asyncio(loop_scope="function")
async def test_bad_input_gets_no_action_or_a_message(client: LanguageClient, calc_project: Path) -> None:
    broken = "def ok(a):\n    '''\n    >>> ok(1)\n    1\n    '''\n    return a\n\ndef broken(:\n    pass\n"
    uri = _open(client, calc_project / "calc.py", broken)
    # Broken syntax elsewhere: the valid function still gets its action.
    assert len(await _actions(client, uri, types.Position(line=0, character=5))) == 1
    # Outside any function: no action.
    empty_uri = _open(client, calc_project / "empty.py", "")
    assert await _actions(client, empty_uri, types.Position(line=0, character=0)) == []
    # A 5 MB file: the server answers (no action on a module-level line) and stays up.
    big = "x = 1\n" * (5 * 1024 * 1024 // 6)
    big_uri = _open(client, calc_project / "big.py", big)
    assert await _actions(client, big_uri, types.Position(line=100, character=0)) == []
    # A command with nonsense arguments gets an error result, not a crash.
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="testdraft.suggestTests", arguments=[{"nope": 1}])
    )
    assert result["status"] == "error"
    # A refused edit is reported, and nothing was written.
    client.refuse_edits = True  # type: ignore[attr-defined]
    actions = await _actions(client, uri, types.Position(line=0, character=5))
    result = await _execute(client, actions[0])
    assert result["status"] == "error" and "refused" in result["message"]
    assert not (calc_project / "tests").exists()
    # Still alive and answering.
    assert len(await _actions(client, uri, types.Position(line=0, character=5))) == 1


@pytest.mark.asyncio(loop_scope="function")
async def test_read_only_tests_folder_is_reported(client: LanguageClient, calc_project: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only folders; the check cannot be observed")
    tests_dir = calc_project / "tests"
    tests_dir.mkdir()
    tests_dir.chmod(0o555)
    try:
        source = (calc_project / "calc.py").read_text("utf-8")
        uri = _open(client, calc_project / "calc.py")
        actions = await _actions(client, uri, _position_of(source, "def add", server_encoding(client), offset=5))
        result = await _execute(client, actions[0])
        assert result["status"] == "error" and "read-only" in result["message"]
        assert client.applied_edits == []  # type: ignore[attr-defined]
    finally:
        tests_dir.chmod(0o755)
