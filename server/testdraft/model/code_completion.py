"""Prompt text in, code out, over the model service: for callers that write their own prompt
(the UI generators) rather than a function's `FunctionSpec`.

The text is one user turn of a chat (or the whole prompt of a completion model); the answer is
pre-filled with a Python code fence, and it ends at the closing fence.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.model.prompts import Prompt, PromptFormat
from testdraft.model.service import ModelService

CODE_FENCE = "```python\n"


def fence_end(generated: str) -> int | None:
    """Where the code ends in the text generated after the pre-filled `CODE_FENCE`: at the
    closing fence."""
    end = generated.find("```")
    return end if end >= 0 else None


def code_prompt(text: str, fmt: PromptFormat) -> Prompt:
    """The prompt `code_completer` sends for `text` (training builds its examples with it)."""
    if fmt is PromptFormat.CHAT:
        return Prompt(fmt, ({"role": "user", "content": text},), CODE_FENCE)
    # a completion model continues the text, which must end inside the fence
    opened = text if text.endswith(CODE_FENCE) else text.rstrip() + "\n" + CODE_FENCE
    return Prompt(fmt, (), CODE_FENCE, text=opened)


def code_completer(
    service: ModelService, cancel: CancelToken = NEVER_CANCELLED, max_new_tokens: int | None = None
) -> Callable[[str], str]:
    """A `complete(prompt_text) -> answer` on the service's model (the answer starts with
    `CODE_FENCE`): one candidate per call, the service's temperature and LoRA scale;
    `max_new_tokens` overrides the setting.

    Each call is a new draw: with a seed set, call k uses seed + k, so asking twice with one
    prompt (the `model` generator's samples) gives two samples, and a run stays reproducible."""
    draws = itertools.count()

    def complete(text: str) -> str:
        draw = next(draws)
        with service.session(cancel) as session:
            prompt = code_prompt(text, session.backend.prompt_format(session.settings.prompt_format))
            seed = session.settings.seed
            settings = replace(
                session.settings,
                num_candidates=1,
                max_new_tokens=max_new_tokens or session.settings.max_new_tokens,
                seed=None if seed is None else seed + draw,
            )
            for completion in session.backend.complete(prompt, settings, fence_end, session.cancel):
                return completion.text
        return ""

    return complete
