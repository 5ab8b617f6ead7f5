"""The characterization code action through the real server: offered only for a function with a
body, its tests pin what the implementation does (labelled so), and pytest runs them.

A method whose constructor needs a holder and whose parameter is a dataclass from another
module, and an async function: neither has docstring examples, so every inserted test's
expected value comes from running the implementation in the sandbox.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient
from tests.lsp.client_helpers import apply_workspace_edit, run_pytest
from tests.lsp.conftest import code_actions, execute, open_document, position_of, server_encoding

from testdraft.lsp.commands import CHARACTERIZE_TESTS, SUGGEST_TESTS

ACCOUNT = textwrap.dedent(
    '''
    import asyncio

    from bank.money import Money


    class Account:
        def __init__(self, holder: str, limit_cents: int = 0) -> None:
            self.holder = holder
            self.limit_cents = limit_cents
            self.balance_cents = 0

        def withdraw(self, amount: Money) -> int:
            """Take `amount` out; return the balance left."""
            if amount.cents > self.balance_cents + self.limit_cents:
                raise ValueError("over the limit")
            self.balance_cents -= amount.cents
            return self.balance_cents

        def close(self) -> None:
            """Close the account (not written yet)."""
            ...


    async def fee_cents(amount_cents: int, foreign: bool = False) -> int:
        """The fee on a transfer of `amount_cents`."""
        await asyncio.sleep(0)
        fee = max(25, amount_cents // 100)
        return fee * 3 if foreign else fee
    '''
).lstrip()
MONEY = "from dataclasses import dataclass\n\n\n@dataclass\nclass Money:\n    cents: int\n    currency: str\n"
LABEL = "Characterization test: pins what {name} returns today"


@pytest.fixture
def calc_project(tmp_path: Path) -> Path:
    """Replaces the shared calc project: the `client` fixture opens this one instead."""
    files = {"pyproject.toml": '[project]\nname = "bank"\nversion = "0"\n', "bank/__init__.py": "",
             "bank/money.py": MONEY, "bank/account.py": ACCOUNT}
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.asyncio(loop_scope="function")
async def test_characterization_of_a_method_and_an_async_function_runs(
    client: LanguageClient, calc_project: Path
) -> None:
    source_path = calc_project / "bank" / "account.py"
    source = source_path.read_text("utf-8")
    uri = open_document(client, source_path)
    encoding = server_encoding(client)
    for needle, name in (("def withdraw", "Account.withdraw"), ("async def fee_cents", "fee_cents")):
        actions = await code_actions(client, uri, position_of(source, needle, encoding, offset=len(needle) - 2))
        assert [(action.title, action.command and action.command.command) for action in actions] == [
            (f"Suggest tests for `{name}`", SUGGEST_TESTS),
            (f"Pin current behaviour of `{name}` (characterization tests)", CHARACTERIZE_TESTS),
        ]
        earlier = len(client.applied_edits)  # type: ignore[attr-defined]
        result = await execute(client, actions[1])
        assert result["status"] == "applied", result
        assert result["tests"] and all("characterize" in test for test in result["tests"]), result
        for edit in client.applied_edits[earlier:]:  # type: ignore[attr-defined]  # one per batch
            apply_workspace_edit(edit, encoding)

    code = (calc_project / "tests" / "test_account.py").read_text("utf-8")
    for name in ("Account.withdraw", "fee_cents"):
        assert LABEL.format(name=name) in code, code
    # The expected values are the implementation's: an empty account refuses, the least fee is 25.
    assert "instance = Account(holder=" in code and "with pytest.raises(ValueError):" in code, code
    assert "asyncio.run(fee_cents(" in code and "== 25" in code, code
    outcome = run_pytest(calc_project, "tests/test_account.py", "-rs")
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    assert "passed" in outcome.stdout and "skipped" not in outcome.stdout, outcome.stdout


@pytest.mark.asyncio(loop_scope="function")
async def test_a_stub_gets_no_characterization(client: LanguageClient, calc_project: Path) -> None:
    source_path = calc_project / "bank" / "account.py"
    source = source_path.read_text("utf-8")
    uri = open_document(client, source_path)
    position = position_of(source, "def close", server_encoding(client), offset=5)
    actions = await code_actions(client, uri, position)
    assert [action.title for action in actions] == ["Suggest tests for `Account.close`"]
    # A client that sends the command anyway (a stale action) is told why nothing comes.
    argument = {"uri": uri, "position": {"line": position.line, "character": position.character}}
    result = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=CHARACTERIZE_TESTS, arguments=[argument])
    )
    assert result["status"] == "error" and "nothing to characterize" in result["message"], result
    assert not client.applied_edits  # type: ignore[attr-defined]
