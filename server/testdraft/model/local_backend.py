"""Generation with a model loaded in this process (transformers + peft)."""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from testdraft.cancellation import CancelToken
from testdraft.model.backend import decoding_options
from testdraft.model.decoding import Completion, FindEnd, stream_completions, token_texts
from testdraft.model.errors import ModelError
from testdraft.model.loader import LoadedModel, adapter_name, set_adapter_scales
from testdraft.model.prompts import Prompt, PromptFormat, choose_format
from testdraft.model.settings import ModelSettings
from testdraft.model.shipped import adapter_summary

log = logging.getLogger(__name__)


class LocalBackend:
    def __init__(self, loaded: LoadedModel) -> None:
        self.loaded = loaded
        token_texts(loaded.tokenizer)  # in the loading thread: the first request can then be cancelled at once

    def prompt_format(self, requested: str) -> PromptFormat:
        return choose_format(requested, self.loaded.has_chat_template)

    def complete(
        self, prompt: Prompt, settings: ModelSettings, find_end: FindEnd, cancel: CancelToken,
        find_first_end: FindEnd | None = None,
    ) -> Iterator[Completion]:
        loaded = self.loaded
        text = prompt.local_text(loaded.tokenizer)
        stream = stream_completions(
            loaded.model, loaded.tokenizer, text, decoding_options(settings), find_end,
            cancel, loaded.device, find_first_end,
        )
        with self._adapters_as_configured(settings):
            try:
                for completion in stream:
                    yield dataclasses.replace(completion, text=prompt.prefill + completion.text)
            except MemoryError as error:
                raise ModelError(
                    "out of memory while generating: lower candidates or maxNewTokens, "
                    "or use a smaller model"
                ) from error
            except RuntimeError as error:
                if "out of memory" in str(error).lower():
                    raise ModelError(f"out of memory while generating: {error}") from error
                raise

    def _adapters_as_configured(self, settings: ModelSettings) -> Any:
        """Apply per-adapter scales; with every scale at 0, run the bare base model.

        Disabling the adapters (rather than multiplying by 0.0) keeps scale 0 exactly the
        base model's computation, so its output is reproduced token for token.
        """
        import contextlib

        loaded = self.loaded
        if not loaded.adapter_names or loaded.adapters_merged:  # merged: the scale is in the weights
            return contextlib.nullcontext()
        scales = {
            adapter_name(i, a): settings.adapter_scale(a)
            for i, a in enumerate(settings.resolved_adapters())
        }
        active = set_adapter_scales(loaded, scales)
        if not active:
            return loaded.model.disable_adapter()
        return contextlib.nullcontext()

    def describe(self) -> dict[str, Any]:
        loaded = self.loaded
        return {
            "backend": "local",
            "source": loaded.source,
            "weights": str(loaded.weights_dir),
            "sha256": loaded.sha256,
            "device": loaded.device,
            "dtype": loaded.dtype,
            "quantize": loaded.quantize,
            "adapters": list(loaded.adapter_paths),
            "adapters_merged": loaded.adapters_merged,
            "adapter_provenance": [adapter_summary(Path(path)) for path in loaded.adapter_paths],
            "chat_template": loaded.has_chat_template,
            "parameters": loaded.parameter_count,
            "parameter_bytes": loaded.parameter_bytes(),
            "load_seconds": round(loaded.load_seconds, 2),
        }

    def close(self) -> None:
        # Drop the weights now rather than at the next GC: a reload must not hold two models.
        self.loaded.model = None
        gc.collect()
        try:
            import torch

            if torch.cuda.is_available():
                torch.cuda.empty_cache()
        except ImportError:
            pass
