"""The OpenAI-compatible backend against a local HTTP server speaking that API."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from tests.model.model_helpers import ADD_SOURCE, spec_from_source, target_for

from testdraft.model.errors import BackendError, NoUsableOutput
from testdraft.model.service import ModelService
from testdraft.model.settings import ModelSettings

ANSWERS = [
    "Here are tests:\n```python\nfrom mymod import add\n\ndef test_add_small():\n"
    "    assert add(1, 2) == 3\n```",
    "```python\ndef test_add_negative():\n    assert add(-1, -1) == -2\n```",
]


class _Server(ThreadingHTTPServer):
    requests: list[tuple[str, dict[str, Any], str | None]]
    answers: list[str]


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.server.requests.append((self.path, body, self.headers.get("Authorization")))
        # Like llama.cpp's server: one choice per request, whatever `n` says.
        content = self.server.answers[(len(self.server.requests) - 1) % len(self.server.answers)]
        reply = {"choices": [{"message": {"role": "assistant", "content": content},
                              "finish_reason": "stop"}],
                 "usage": {"completion_tokens": 20}}
        data = json.dumps(reply).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        return None


@pytest.fixture
def server() -> Iterator[_Server]:
    httpd = _Server(("127.0.0.1", 0), _Handler)
    httpd.requests, httpd.answers = [], list(ANSWERS)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()


def _service(server: _Server, **extra: Any) -> ModelService:
    host, port = server.server_address[:2]
    settings = ModelSettings.from_dict({
        "backend": "openai", "http": {"url": f"http://{host!s}:{port}/v1", "model": "qwen",
                                      "apiKeyEnv": "TESTDRAFT_TEST_KEY"},
        "temperature": 0.3, "topP": 0.9, "candidates": 2, "maxNewTokens": 99, **extra,
    })
    service = ModelService()
    service.load_now(settings)
    return service


def test_chat_completions_with_the_same_knobs(server: _Server,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESTDRAFT_TEST_KEY", "sekrit")
    spec = spec_from_source(ADD_SOURCE)
    candidates = list(_service(server).generator().generate(spec, target_for(spec)))
    assert [c.name for c in candidates] == ["test_add_small", "test_add_negative"]
    assert all(c.origin == "model" for c in candidates)
    path, body, auth = server.requests[0]
    assert path == "/v1/chat/completions"
    assert (body["temperature"], body["top_p"], body["max_tokens"], body["model"]) == (
        0.3, 0.9, 99, "qwen")
    assert body["messages"][0]["role"] == "system"
    assert "def add(a: int, b: int) -> int:" in body["messages"][1]["content"]
    assert auth == "Bearer sekrit"
    assert len(server.requests) == 2  # the server ignored n=2: asked again


def test_a_function_that_exists_is_sampled_at_the_validated_temperature(
        server: _Server, monkeypatch: pytest.MonkeyPatch) -> None:
    """With an implementation the candidates are run and only what holds is kept, so they
    are sampled more freely (`validatedTemperature`); without one (TDD) they vote."""
    monkeypatch.setenv("TESTDRAFT_TEST_KEY", "k")
    generator = _service(server, candidates=1, validatedTemperature=0.9).generator()
    pending = spec_from_source(ADD_SOURCE)
    implemented = dataclasses.replace(pending, is_implemented=True)
    list(generator.generate(implemented, target_for(implemented)))
    list(generator.generate(pending, target_for(pending)))
    assert [body["temperature"] for _, body, _ in server.requests] == [0.9, 0.3]


def test_prose_answer_is_reported(server: _Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESTDRAFT_TEST_KEY", "k")
    server.answers = ["Sure! The add function adds numbers, so you should test it well."]
    spec = spec_from_source(ADD_SOURCE)
    with pytest.raises(NoUsableOutput, match="prose"):
        list(_service(server, candidates=1).generator().generate(spec, target_for(spec)))


def test_missing_api_key_and_unreachable_server(server: _Server,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TESTDRAFT_TEST_KEY", raising=False)
    spec = spec_from_source(ADD_SOURCE)
    with pytest.raises(BackendError, match="TESTDRAFT_TEST_KEY is not set"):
        list(_service(server).generator().generate(spec, target_for(spec)))
    service = ModelService()
    service.load_now(ModelSettings.from_dict(
        {"backend": "openai", "http": {"url": "http://127.0.0.1:9/v1", "timeout": 5}}))
    with pytest.raises(BackendError, match="cannot reach"):
        list(service.generator().generate(spec, target_for(spec)))
