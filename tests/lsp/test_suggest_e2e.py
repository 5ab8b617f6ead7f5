"""The core loop end to end: a real server over stdio, driven as VS Code and as Neovim.

open a file -> list code actions at a function -> execute one -> receive
`workspace/applyEdit` -> apply it -> run the resulting tests with pytest.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient
from tests.lsp.client_helpers import apply_workspace_edit, run_pytest
from tests.lsp.conftest import code_actions, execute, open_document, position_of, server_encoding


@pytest.mark.asyncio(loop_scope="function")
async def test_code_action_inserts_tests_that_pass(client: LanguageClient, calc_project: Path) -> None:
    source = (calc_project / "calc.py").read_text("utf-8")
    uri = open_document(client, calc_project / "calc.py")
    encoding = server_encoding(client)
    # The cursor sits after non-ASCII text on the `def add` line: encodings must agree.
    actions = await code_actions(client, uri, position_of(source, "# ✓ non-ASCII", encoding, offset=8))
    # `add` has a body: characterization is offered next to it (tests/lsp/test_characterize_e2e.py).
    assert [action.title for action in actions] == [
        "Suggest tests for `add`", "Pin current behaviour of `add` (characterization tests)"
    ]

    result = await execute(client, actions[0])
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
    uri = open_document(client, calc_project / "calc.py")
    encoding = server_encoding(client)
    for needle in ("def add", "def mean", "def bump"):
        actions = await code_actions(client, uri, position_of(source, needle, encoding, offset=5))
        assert len(actions) == 2  # suggest, characterize
        result = await execute(client, actions[0])
        assert result["status"] == "applied", result
        apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]
    code = (calc_project / "tests" / "test_calc.py").read_text("utf-8")
    assert code.count("import pytest") == 1
    assert "from calc import add" in code and "from calc import mean" in code and "from calc import Counter" in code
    outcome = run_pytest(calc_project, "tests/test_calc.py", "-rs")
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    # add: 2 parametrized cases; mean: 1 example + its documented ZeroDivisionError ("if values is
    # empty" read as `values=[]`); bump: 1 scenario.
    assert "5 passed" in outcome.stdout and "skipped" not in outcome.stdout, outcome.stdout
    assert "mean(values=[])" in code

    # Asking again adds nothing: the same tests are already there.
    actions = await code_actions(client, uri, position_of(source, "def add", encoding, offset=5))
    result = await execute(client, actions[0])
    assert result["status"] == "unchanged"


@pytest.mark.asyncio(loop_scope="function")
async def test_pending_tests_for_unimplemented_function(client: LanguageClient, calc_project: Path) -> None:
    source = (calc_project / "calc.py").read_text("utf-8")
    uri = open_document(client, calc_project / "calc.py")
    encoding = server_encoding(client)
    actions = await code_actions(client, uri, position_of(source, "def todo", encoding, offset=4))
    result = await execute(client, actions[0])
    assert result["status"] == "applied"
    assert any("no implementation yet" in note for note in result["notes"])
    apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]
    outcome = run_pytest(calc_project, "tests/test_calc.py")
    assert "NotImplementedError" in outcome.stdout  # it fails today, by design: TDD


@pytest.mark.asyncio(loop_scope="function")
async def test_incremental_edits_keep_the_tree_in_step(client: LanguageClient, calc_project: Path) -> None:
    text = "x = 1\n"
    uri = open_document(client, calc_project / "calc.py", text)
    encoding = server_encoding(client)
    assert await code_actions(client, uri, types.Position(line=0, character=1)) == []
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
    actions = await code_actions(client, uri, types.Position(line=5, character=8))
    assert [action.title for action in actions][:1] == ["Suggest tests for `square`"]
    # The server reads the buffer, not the disk: the file on disk has no `square` yet.
    result = await execute(client, actions[0])
    assert result["status"] == "applied"
    apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]
    assert "assert square(3) == 9" in (calc_project / "tests" / "test_calc.py").read_text("utf-8")


@pytest.mark.asyncio(loop_scope="function")
async def test_bad_input_gets_no_action_or_a_message(client: LanguageClient, calc_project: Path) -> None:
    broken = "def ok(a):\n    '''\n    >>> ok(1)\n    1\n    '''\n    return a\n\ndef broken(:\n    pass\n"
    uri = open_document(client, calc_project / "calc.py", broken)
    # Broken syntax elsewhere: the valid function still gets its action.
    assert len(await code_actions(client, uri, types.Position(line=0, character=5))) == 2
    # Outside any function: no action.
    empty_uri = open_document(client, calc_project / "empty.py", "")
    assert await code_actions(client, empty_uri, types.Position(line=0, character=0)) == []
    # A 5 MB file: the server answers (no action on a module-level line) and stays up.
    big = "x = 1\n" * (5 * 1024 * 1024 // 6)
    big_uri = open_document(client, calc_project / "big.py", big)
    assert await code_actions(client, big_uri, types.Position(line=100, character=0)) == []
    # A command with nonsense arguments gets an error result, not a crash.
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="testdraft.suggestTests", arguments=[{"nope": 1}])
    )
    assert result["status"] == "error"
    # A refused edit is reported, and nothing was written.
    client.refuse_edits = True  # type: ignore[attr-defined]
    actions = await code_actions(client, uri, types.Position(line=0, character=5))
    result = await execute(client, actions[0])
    assert result["status"] == "error" and "refused" in result["message"]
    assert not (calc_project / "tests").exists()
    # Still alive and answering.
    assert len(await code_actions(client, uri, types.Position(line=0, character=5))) == 2


@pytest.mark.asyncio(loop_scope="function")
async def test_read_only_tests_folder_is_reported(client: LanguageClient, calc_project: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root can write to read-only folders; the check cannot be observed")
    tests_dir = calc_project / "tests"
    tests_dir.mkdir()
    tests_dir.chmod(0o555)
    try:
        source = (calc_project / "calc.py").read_text("utf-8")
        uri = open_document(client, calc_project / "calc.py")
        actions = await code_actions(client, uri, position_of(source, "def add", server_encoding(client), offset=5))
        result = await execute(client, actions[0])
        assert result["status"] == "error" and "read-only" in result["message"]
        assert client.applied_edits == []  # type: ignore[attr-defined]
    finally:
        tests_dir.chmod(0o755)


LEDGER = '''\
class Ledger:
    """Entries and their balance.

    >>> ledger = Ledger(opening=10)
    >>> ledger.add(5)
    >>> ledger.balance()
    15
    """

    def __init__(self, opening=0):
        self.entries = [opening]

    def add(self, amount):
        self.entries.append(amount)

    def balance(self):
        return sum(self.entries)
'''


@pytest.mark.asyncio(loop_scope="function")
async def test_code_action_on_a_class_tests_its_constructor_from_the_class_docstring(
    client: LanguageClient, calc_project: Path
) -> None:
    (calc_project / "ledger.py").write_text(LEDGER, encoding="utf-8")
    uri = open_document(client, calc_project / "ledger.py")
    encoding = server_encoding(client)
    actions = await code_actions(client, uri, position_of(LEDGER, "class Ledger", encoding, offset=8))
    assert actions[0].title == "Suggest tests for `Ledger.__init__`"
    # Between methods, the cursor is on no function: nothing is offered.
    assert await code_actions(client, uri, position_of(LEDGER, "\n\n    def add", encoding, offset=1)) == []

    result = await execute(client, actions[0])
    assert result["status"] == "applied", result
    apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]
    code = (calc_project / "tests" / "test_ledger.py").read_text("utf-8")
    assert "ledger = Ledger(opening=10)" in code and "assert ledger.balance() == 15" in code, code
    outcome = run_pytest(calc_project, "tests/test_ledger.py")
    assert outcome.returncode == 0 and "1 passed" in outcome.stdout, outcome.stdout + outcome.stderr
