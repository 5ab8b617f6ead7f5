"""An OpenAI-compatible HTTP backend (vLLM, llama.cpp server, ...), stdlib only.

Code leaves the machine only through this class, and only when the user configured
`backend: "openai"` with a URL.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

from testdraft.cancellation import Cancelled, CancelToken
from testdraft.model.decoding import Completion, FindEnd
from testdraft.model.errors import BackendError
from testdraft.model.prompts import Prompt, PromptFormat
from testdraft.model.settings import HttpSettings, ModelSettings

log = logging.getLogger(__name__)
_POLL_S = 0.05


class HttpBackend:
    def __init__(self, http: HttpSettings) -> None:
        if not http.url:
            raise BackendError("the openai backend needs a URL (http.url)")
        self.http = http
        self.base_url = http.url.rstrip("/")

    def prompt_format(self, requested: str) -> PromptFormat:
        # Chat APIs apply the model's own template server-side; the completion format is
        # only used when asked for (base models served behind /completions).
        return PromptFormat.COMPLETION if requested == "completion" else PromptFormat.CHAT

    def complete(
        self, prompt: Prompt, settings: ModelSettings, find_end: FindEnd, cancel: CancelToken,
        find_first_end: FindEnd | None = None,
    ) -> Iterator[Completion]:
        started = time.perf_counter()
        wanted = 1 if settings.temperature == 0 else settings.num_candidates
        produced = 0
        # Some servers ignore `n`; ask again until enough candidates arrived.
        while produced < wanted:
            body = self._request_body(prompt, settings, wanted - produced)
            path = _endpoint(prompt.format)
            answer = self._post(path, body, cancel)
            choices = answer.get("choices")
            if not isinstance(choices, list) or not choices:
                raise BackendError(
                    f"{self.base_url}{path} answered without choices: {answer!r:.200}"
                )
            for choice in choices:
                # The server applied its own stop rules; the output parser trims the rest.
                text, finish = _choice_text(choice, prompt)
                usage = answer.get("usage") or {}
                tokens = int(usage.get("completion_tokens", 0)) // max(len(choices), 1)
                yield Completion(produced, text, tokens, finish, time.perf_counter() - started)
                produced += 1
                if produced >= wanted:
                    break

    def _request_body(self, prompt: Prompt, settings: ModelSettings, n: int) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.http.model or "default",
            "temperature": settings.temperature,
            "top_p": settings.top_p,
            "max_tokens": settings.max_new_tokens,
            "n": n,
        }
        if settings.seed is not None:
            body["seed"] = settings.seed
        if prompt.format is PromptFormat.COMPLETION:
            body["prompt"] = prompt.text
            body["stop"] = ["\n\n", "\ndef ", "\n#"]
        else:
            body["messages"] = list(prompt.messages)
        return body

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json"}
        if self.http.api_key_env:
            key = os.environ.get(self.http.api_key_env)
            if not key:
                raise BackendError(
                    f"the API key variable {self.http.api_key_env} is not set in the server's "
                    "environment"
                )
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def _post(self, path: str, body: dict[str, Any], cancel: CancelToken) -> dict[str, Any]:
        """POST in a helper thread so that cancellation does not wait for the server."""
        request = urllib.request.Request(
            self.base_url + path, data=json.dumps(body).encode(), headers=self._headers(),
            method="POST",
        )
        outcome: dict[str, Any] = {}

        def send() -> None:
            try:
                with urllib.request.urlopen(request, timeout=self.http.timeout_s) as response:
                    outcome["data"] = json.loads(response.read().decode("utf-8"))
            except urllib.error.HTTPError as error:
                detail = error.read().decode("utf-8", "replace")[:300]
                outcome["error"] = BackendError(
                    f"{self.base_url}{path} answered HTTP {error.code}: {detail}"
                )
            except (urllib.error.URLError, OSError) as error:
                outcome["error"] = BackendError(f"cannot reach {self.base_url}: {error}")
            except ValueError as error:
                outcome["error"] = BackendError(f"{self.base_url}{path} sent invalid JSON: {error}")

        thread = threading.Thread(target=send, name="testdraft-http", daemon=True)
        thread.start()
        while thread.is_alive():
            if cancel.cancelled:
                raise Cancelled("request cancelled")
            thread.join(_POLL_S)
        if "error" in outcome:
            raise outcome["error"]
        data = outcome.get("data")
        if not isinstance(data, dict):
            raise BackendError(f"{self.base_url}{path} answered {data!r:.200}")
        return data

    def describe(self) -> dict[str, Any]:
        return {
            "backend": "openai",
            "url": self.base_url,
            "model": self.http.model,
            "api_key_env": self.http.api_key_env or None,
        }

    def close(self) -> None:
        return None


def _endpoint(fmt: PromptFormat) -> str:
    return "/completions" if fmt is PromptFormat.COMPLETION else "/chat/completions"


def _choice_text(choice: Any, prompt: Prompt) -> tuple[str, str]:
    if not isinstance(choice, dict):
        raise BackendError(f"unexpected choice {choice!r:.200}")
    finish = str(choice.get("finish_reason") or "stop")
    if prompt.format is PromptFormat.COMPLETION:
        return prompt.prefill + str(choice.get("text", "")), finish
    message = choice.get("message") or {}
    return str(message.get("content") or ""), finish
