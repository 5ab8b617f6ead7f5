"""A real server over stdio driven the way an editor drives it, outside pytest-lsp's
one-server-per-test fixture: for tests and benchmarks that start many servers, shut them
down mid-request and look at the exit code.

`SlowModel` is an OpenAI-compatible endpoint that answers after a delay: the server's real
HTTP backend talks to it, so suggestions take as long as a test needs without loading a
model.
"""

from __future__ import annotations

import asyncio
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from lsprotocol import types
from pytest_lsp import LanguageClient, client_capabilities, make_test_lsp_client
from tests.conftest import REPO, SERVER_COMMAND

SERVER_ENV = {**os.environ, "PYTHONPATH": str(REPO / "server")}

# What the slow model answers: a valid test for calc.mean (tests/conftest.py's project).
MEAN_ANSWER = (
    "```python\nfrom calc import mean\n\n\ndef test_mean_of_two_values():\n"
    "    assert mean([2.0, 4.0]) == 3.0\n```"
)


class _SlowServer(ThreadingHTTPServer):
    daemon_threads = True
    delay_s: float
    requests: list[float]  # when each completion request arrived
    answer: str
    answers: dict[str, str]  # the answer for a prompt that asks for tests of `name`


def _answer_for(server: _SlowServer, body: bytes) -> str:
    """The answer for the function the prompt asks about (`Write pytest tests for `add``),
    else the default one: a test that misses the function asked about would go back to the
    model in a repair round, one request more than the tests count."""
    prompt = body.decode("utf-8", "replace")
    for name, answer in server.answers.items():
        if f"tests for `{name}`" in prompt:
            return answer
    return server.answer


class _SlowHandler(BaseHTTPRequestHandler):
    server: _SlowServer

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.requests.append(time.monotonic())
        time.sleep(self.server.delay_s)
        answer = _answer_for(self.server, body)
        reply = {
            "choices": [{"message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
            "usage": {"completion_tokens": 20},
        }
        data = json.dumps(reply).encode()
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except OSError:  # the server cancelled and hung up
            pass

    def log_message(self, format: str, *args: Any) -> None:
        return None


@dataclass
class SlowModel:
    server: _SlowServer

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    @property
    def requests(self) -> list[float]:
        return self.server.requests

    def options(self, **extra: Any) -> dict[str, Any]:
        """initializationOptions that make the server use this endpoint as its model."""
        return {
            "generators": ["docstring", "model"],
            "model": {"backend": "openai", "http": {"url": self.url, "model": "slow"}, "candidates": 1},
            "validation": {"enabled": False},
            **extra,
        }


@contextmanager
def slow_model(delay_s: float, answer: str = MEAN_ANSWER, answers: dict[str, str] | None = None) -> Iterator[SlowModel]:
    httpd = _SlowServer(("127.0.0.1", 0), _SlowHandler)
    httpd.delay_s, httpd.requests, httpd.answer, httpd.answers = delay_s, [], answer, dict(answers or {})
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield SlowModel(httpd)
    finally:
        httpd.shutdown()
        httpd.server_close()


async def start_server(
    project: Path, options: dict[str, Any], client: str = "visual-studio-code"
) -> LanguageClient:
    """A started and initialized server for `project`; edits are accepted and recorded."""
    lsp = make_test_lsp_client()
    lsp.applied_edits: list[types.WorkspaceEdit] = []  # type: ignore[misc]
    lsp.statuses: list[dict[str, Any]] = []  # type: ignore[misc]

    @lsp.feature(types.WORKSPACE_APPLY_EDIT)
    def on_apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        lsp.applied_edits.append(params.edit)  # type: ignore[attr-defined]
        return types.ApplyWorkspaceEditResult(applied=True)

    @lsp.feature("testdraft/status")
    def on_status(params: Any) -> None:
        lsp.statuses.append({"model": getattr(params, "model", None), "message": getattr(params, "message", "")})  # type: ignore[attr-defined]

    @lsp.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def on_lens_refresh(params: None) -> None:
        return None

    await lsp.start_io(*SERVER_COMMAND, env=SERVER_ENV)
    await lsp.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(client),
            root_uri=project.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=project.as_uri(), name=project.name)],
            initialization_options=options,
        )
    )
    return lsp


async def wait_for_model(client: LanguageClient, states: set[str], timeout: float = 240.0) -> str:
    """The first `testdraft/status` state in `states` (after waiting for it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for status in client.statuses:  # type: ignore[attr-defined]
            if status["model"] in states:
                return str(status["model"])
        await asyncio.sleep(0.05)
    raise AssertionError(f"model never reached {states}: {client.statuses}")  # type: ignore[attr-defined]


def suggest_request(uri: str, line: int, character: int) -> types.ExecuteCommandParams:
    argument = {"uri": uri, "position": {"line": line, "character": character}}
    return types.ExecuteCommandParams(command="testdraft.suggestTests", arguments=[argument])


def open_python(client: LanguageClient, path: Path, text: str | None = None, version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="python", version=version, text=path.read_text("utf-8") if text is None else text
            )
        )
    )
    return uri


@dataclass
class Shutdown:
    """How the server answered `shutdown` and ended after `exit`."""

    answered: bool
    result: object
    error: str | None
    shutdown_s: float
    returncode: int | None

    @property
    def clean(self) -> bool:
        return self.answered and self.error is None and self.result is None and self.shutdown_s < 1.0 and (
            self.returncode == 0
        )


async def shut_down(client: LanguageClient, exit_timeout: float = 10.0) -> Shutdown:
    """`shutdown` then `exit`, as an editor does; the process is killed if it outlives `exit_timeout`."""
    started = time.monotonic()
    result: object = None
    error: str | None = None
    answered = True
    try:
        result = await asyncio.wait_for(client.shutdown_async(None), 5.0)
    except TimeoutError:
        answered = False
    except Exception as exc:  # an error response: what the upstream race produced
        error = f"{type(exc).__name__}: {exc}"
    shutdown_s = time.monotonic() - started
    process = client._server
    assert process is not None
    client.exit(None)
    try:
        returncode: int | None = await asyncio.wait_for(process.wait(), exit_timeout)
    except TimeoutError:
        process.kill()
        await process.wait()
        returncode = None
    await client.stop()
    return Shutdown(answered, result, error, shutdown_s, returncode)
