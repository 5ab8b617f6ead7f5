"""The text backends behind ModelGenerator: a local transformers model or an HTTP server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from testdraft.cancellation import CancelToken
from testdraft.model.decoding import Completion, DecodingOptions, FindEnd
from testdraft.model.prompts import Prompt, PromptFormat
from testdraft.model.settings import ModelSettings


class TextBackend(Protocol):
    def prompt_format(self, requested: str) -> PromptFormat: ...

    def complete(
        self, prompt: Prompt, settings: ModelSettings, find_end: FindEnd, cancel: CancelToken,
        find_first_end: FindEnd | None = None,
    ) -> Iterator[Completion]:
        """Yield each candidate's whole answer (pre-filled start included) when complete.

        `find_first_end` may end candidate 0 earlier (a quick first suggestion)."""
        ...

    def describe(self) -> dict[str, Any]: ...

    def close(self) -> None: ...


def decoding_options(settings: ModelSettings) -> DecodingOptions:
    return DecodingOptions(
        temperature=settings.temperature,
        top_p=settings.top_p,
        max_new_tokens=settings.max_new_tokens,
        num_candidates=settings.num_candidates,
        prompt_lookup_tokens=settings.prompt_lookup_tokens,
        seed=settings.seed,
    )
