"""Several suggestions at once share the one model: the later ones say they wait
(`$/progress`), a newer request for the same function supersedes a waiting one, a waiting
one can be cancelled, and code actions stay fast while the model generates."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

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

DELAY_S = 3.0
# A test of the function each request asks about: one request per suggestion, no repair round.
ANSWERS = {
    "add": "```python\nfrom calc import add\n\n\ndef test_add_two_numbers():\n    assert add(2, 5) == 7\n```",
    "Counter.bump": "```python\nfrom calc import Counter\n\n\ndef test_bump_by_three():\n"
                    "    assert Counter(1).bump(3) == 4\n```",
}
LINES = CALC_SOURCE.splitlines()
MEAN, ADD, BUMP = (
    LINES.index("def mean(values: list[float]) -> float:"),
    LINES.index("def add(a: int, b: int) -> int:  # ✓ non-ASCII before the cursor column"),
    LINES.index("    def bump(self, by: int = 1) -> int:"),
)


def progress_of(client: LanguageClient, function: str) -> list[list[str]]:
    """The report messages of each `Suggesting tests for <function>` progress, in order."""
    found = []
    for reports in client.progress_reports.values():
        if reports and isinstance(reports[0], types.WorkDoneProgressBegin) and reports[0].title.endswith(function):
            found.append([r.message or "" for r in reports if isinstance(r, types.WorkDoneProgressReport)])
    return found


@contextlib.asynccontextmanager
async def serving(project: Path) -> AsyncIterator[tuple[LanguageClient, str, SlowModel]]:
    """A server whose model (the slow endpoint) is ready, with calc.py open; shut down after."""
    with slow_model(DELAY_S, answers=ANSWERS) as slow:
        client = await start_server(project, slow.options())
        try:
            uri = open_python(client, project / "calc.py")
            assert await wait_for_model(client, {"ready", "error"}) == "ready"
            yield client, uri, slow
        finally:
            await shut_down(client)


def suggest(client: LanguageClient, uri: str, line: int) -> asyncio.Future[Any]:
    return asyncio.ensure_future(client.workspace_execute_command_async(suggest_request(uri, line, 9)))


async def until_model_asked(slow: SlowModel, count: int) -> None:
    while len(slow.requests) < count:
        await asyncio.sleep(0.02)


@pytest.mark.asyncio(loop_scope="function")
async def test_later_suggestions_say_how_many_wait_before_them(calc_project: Path) -> None:
    async with serving(calc_project) as (client, uri, slow):
        first = suggest(client, uri, MEAN)
        await until_model_asked(slow, 1)
        second = suggest(client, uri, ADD)
        await asyncio.sleep(0.3)
        third = suggest(client, uri, BUMP)
        results = await asyncio.gather(first, second, third)
    assert [result["status"] for result in results] == ["applied"] * 3, results
    # One request reached the model at a time: each asked DELAY_S after the previous.
    gaps = [later - earlier for earlier, later in zip(slow.requests, slow.requests[1:], strict=False)]
    assert len(slow.requests) == 3 and all(gap >= DELAY_S - 0.1 for gap in gaps), gaps
    [mean], [add], [bump] = progress_of(client, "mean"), progress_of(client, "add"), progress_of(client, "Counter.bump")
    assert not any(m.startswith("waiting") for m in mean)
    assert "waiting for 1 earlier suggestion" in add
    assert "waiting for 2 earlier suggestions" in bump and "waiting for 1 earlier suggestion" in bump


@pytest.mark.asyncio(loop_scope="function")
async def test_a_newer_request_for_the_same_function_supersedes_the_waiting_one(calc_project: Path) -> None:
    async with serving(calc_project) as (client, uri, slow):
        running = suggest(client, uri, ADD)
        await until_model_asked(slow, 1)
        older = suggest(client, uri, MEAN)
        await asyncio.sleep(0.5)
        newer = suggest(client, uri, MEAN + 3)  # same function, cursor elsewhere in it
        older_result = await asyncio.wait_for(older, DELAY_S - 1.0)  # before the running one ends
        results = await asyncio.gather(running, newer)
    assert older_result["status"] == "superseded", older_result
    ends = [r.message for reports in client.progress_reports.values() for r in reports
            if isinstance(r, types.WorkDoneProgressEnd)]
    assert "superseded by a newer request for this function" in ends
    assert [result["status"] for result in results] == ["applied", "applied"], results
    assert len(slow.requests) == 2  # add's and the newer mean's: the older never reached the model


@pytest.mark.parametrize("how", ["progress", "request"])
@pytest.mark.asyncio(loop_scope="function")
async def test_a_waiting_suggestion_can_be_cancelled(calc_project: Path, how: str) -> None:
    """VS Code cancels the progress (`window/workDoneProgress/cancel`); a client may also
    send `$/cancelRequest` for the command."""
    async with serving(calc_project) as (client, uri, slow):
        running = suggest(client, uri, ADD)
        await until_model_asked(slow, 1)
        waiting = asyncio.ensure_future(
            client.protocol.send_request_async(
                types.WORKSPACE_EXECUTE_COMMAND, suggest_request(uri, MEAN, 9), msg_id="waiting-mean"
            )
        )
        while not any("waiting for 1 earlier suggestion" in r for r in progress_of(client, "mean")):
            await asyncio.sleep(0.02)
        token = next(
            token for token, reports in client.progress_reports.items()
            if isinstance(reports[0], types.WorkDoneProgressBegin) and reports[0].title.endswith("mean")
        )
        cancelled_at = time.monotonic()
        if how == "progress":
            client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=token))
        else:
            client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id="waiting-mean"))
        while not isinstance(client.progress_reports[token][-1], types.WorkDoneProgressEnd):
            assert time.monotonic() - cancelled_at < 1.0, "the waiting request did not stop"
            await asyncio.sleep(0.02)
        result: Any = await asyncio.gather(waiting, return_exceptions=True)
        await running
    end = client.progress_reports[token][-1]
    assert isinstance(end, types.WorkDoneProgressEnd) and end.message == "cancelled"
    if how == "progress":
        assert result[0]["status"] == "cancelled", result
    assert len(slow.requests) == 1  # the cancelled one never reached the model


@pytest.mark.asyncio(loop_scope="function")
async def test_code_actions_and_lenses_stay_fast_while_the_model_generates(calc_project: Path) -> None:
    async with serving(calc_project) as (client, uri, slow):
        running = suggest(client, uri, MEAN)
        await until_model_asked(slow, 1)
        queued = suggest(client, uri, ADD)
        timings = []
        while not running.done():
            started = time.perf_counter()
            await client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=types.TextDocumentIdentifier(uri=uri),
                    range=types.Range(start=types.Position(ADD + 1, 4), end=types.Position(ADD + 1, 4)),
                    context=types.CodeActionContext(diagnostics=[]),
                )
            )
            await client.text_document_code_lens_async(types.CodeLensParams(types.TextDocumentIdentifier(uri)))
            timings.append(time.perf_counter() - started)
        await queued
    timings.sort()
    assert len(timings) > 10
    # Generous bound for 2 shared cores: the point is that they do not wait for the model.
    assert timings[int(0.95 * (len(timings) - 1))] < 0.5, timings[-5:]
