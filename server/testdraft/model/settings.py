"""Model settings: one dataclass, filled from the CLI or from LSP configuration.

LSP clients send camelCase JSON (`initializationOptions`, `workspace/didChangeConfiguration`);
`ModelSettings.from_dict` accepts camelCase and snake_case alike and rejects bad values with a
message that names the key.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from testdraft.settings_schema import default, setting

log = logging.getLogger(__name__)

DEFAULT_SYSTEM_PROMPT = (
    "You are an expert Python tester. Given a function's signature and docstring, write "
    "pytest test functions that check its documented behaviour: typical inputs, edge cases "
    "(empty, zero, negative, boundaries) and the errors it promises to raise. The "
    "implementation may not exist yet, so derive every expected value from the docstring "
    "alone and compute it carefully. Use plain `assert` statements and `pytest.raises`; "
    "no fixtures, no mocks, no printing. Answer with one Python code block and nothing else."
)

BACKENDS = setting("model.backend").enum
DEVICES = setting("model.device").enum
DTYPES = ("auto", "float32", "bfloat16", "float16")
# Weight-only quantization for local models (testdraft.model.quantize); auto = int8 on CPU.
QUANTIZE = setting("model.quantize").enum
PROMPT_FORMATS = ("auto", "chat", "completion")


class ModelSettingsError(ValueError):
    """A configuration value has the wrong type or is out of range."""


@dataclass(frozen=True)
class AdapterSettings:
    path: str
    scale: float | None = None  # None: use ModelSettings.lora_scale
    name: str | None = None  # peft adapter name; defaults to adapter0, adapter1, ...


@dataclass(frozen=True)
class HttpSettings:
    """An OpenAI-compatible server (vLLM, llama.cpp server, ...)."""

    url: str = ""  # base URL, e.g. http://localhost:8000/v1
    model: str = ""  # the server's model name
    api_key_env: str = ""  # name of the environment variable holding the key (never the key)
    timeout_s: float = 120.0


@dataclass(frozen=True)
class ModelSettings:
    # The defaults of what clients can set are in testdraft.settings_schema (model.*).
    model: str | None = None  # None: the default model; else a HF model folder or a .gguf file
    adapters: tuple[AdapterSettings, ...] = ()
    lora_scale: float = default("model.loraScale", float)
    temperature: float = default("model.temperature", float)  # 0 = greedy; TDD (no implementation)
    validated_temperature: float = default("model.validatedTemperature", float)  # the function exists
    top_p: float = default("model.topP", float)
    num_candidates: int = default("model.candidates", int)
    max_new_tokens: int = default("model.maxNewTokens", int)
    system_prompt: str = DEFAULT_SYSTEM_PROMPT
    prompt_format: str = "auto"  # "auto" = chat when the tokenizer has a chat template
    device: str = default("model.device", str)
    dtype: str = "auto"
    quantize: str = default("model.quantize", str)
    threads: int | None = None  # torch CPU threads; None = torch's default
    # Draft tokens copied from the prompt per step; 0 turns prompt-lookup decoding off. 3, not
    # more: verifying a longer draft costs more than the extra accepted tokens save (int8 CPU).
    prompt_lookup_tokens: int = 3
    seed: int | None = None
    # Retrieved verified pairs shown as worked examples before the question (0: none), and
    # the pairs file they come from (None: the shipped training pairs). testdraft.model.few_shot
    few_shot: int = default("model.fewShot", int)
    few_shot_data: str | None = None
    # Bodies drafted for a function without one, to run its candidate tests on (0: none);
    # testdraft.model.implementations
    implementation_drafts: int = default("model.implementationDrafts", int)
    backend: str = default("model.backend", str)
    http: HttpSettings = field(default_factory=HttpSettings)
    enabled: bool = True
    # With no adapters set, the default model runs with the adapter shipped in models/
    # (testdraft.model.shipped); training turns this off to start from the bare weights.
    default_adapter: bool = True
    # Fold the adapters into the weights on load, at their scales: decoding costs what the
    # base model's does, and a scale change reloads. Off: LoRA layers stay, scale is live.
    merge_adapters: bool = True

    def __post_init__(self) -> None:
        _check_choice("backend", self.backend, BACKENDS)
        _check_choice("device", self.device, DEVICES)
        _check_choice("dtype", self.dtype, DTYPES)
        _check_choice("quantize", self.quantize, QUANTIZE)
        _check_choice("promptFormat", self.prompt_format, PROMPT_FORMATS)
        if self.temperature < 0:
            raise ModelSettingsError(f"temperature must be >= 0, got {self.temperature}")
        if self.validated_temperature < 0:
            raise ModelSettingsError(f"validatedTemperature must be >= 0, got {self.validated_temperature}")
        if not 0 < self.top_p <= 1:
            raise ModelSettingsError(f"topP must be in (0, 1], got {self.top_p}")
        if self.num_candidates < 1:
            raise ModelSettingsError(f"candidates must be >= 1, got {self.num_candidates}")
        if self.max_new_tokens < 1:
            raise ModelSettingsError(f"maxNewTokens must be >= 1, got {self.max_new_tokens}")
        if self.lora_scale < 0 or any(a.scale is not None and a.scale < 0 for a in self.adapters):
            raise ModelSettingsError("loraScale must be >= 0")
        if self.prompt_lookup_tokens < 0:
            raise ModelSettingsError("promptLookupTokens must be >= 0")
        if self.few_shot < 0:
            raise ModelSettingsError(f"fewShot must be >= 0, got {self.few_shot}")
        if self.implementation_drafts < 0:
            raise ModelSettingsError(f"implementationDrafts must be >= 0, got {self.implementation_drafts}")
        if self.threads is not None and self.threads < 1:
            raise ModelSettingsError(f"threads must be >= 1, got {self.threads}")
        if self.backend == "openai" and not self.http.url:
            raise ModelSettingsError('backend "openai" needs http.url (the server\'s base URL)')

    def for_function(self, implemented: bool) -> ModelSettings:
        """The settings to sample with: `validated_temperature` when the function exists (its
        candidates are run and only what holds is kept), `temperature` when it does not (TDD:
        nothing runs, the candidates vote, so they should mostly agree)."""
        return replace(self, temperature=self.validated_temperature) if implemented else self

    def adapter_scale(self, adapter: AdapterSettings) -> float:
        return self.lora_scale if adapter.scale is None else adapter.scale

    def resolved_adapters(self) -> tuple[AdapterSettings, ...]:
        """The adapters to load: those set, else the shipped one on the default local model."""
        if self.adapters or self.model is not None or self.backend != "local" or not self.default_adapter:
            return self.adapters
        from testdraft.model.shipped import default_adapter_dir

        shipped = default_adapter_dir()
        return (AdapterSettings(str(shipped), name="default"),) if shipped else ()

    def load_key(self) -> tuple[object, ...]:
        """Settings that require reloading weights when they change (the rest apply live)."""
        adapters = self.resolved_adapters()
        merged_scales = tuple(self.adapter_scale(a) for a in adapters) if self.merge_adapters else ()
        return (self.backend, self.model, self.device, self.dtype, self.quantize, self.http,
                tuple((a.path, a.name) for a in adapters), merged_scales)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(
        cls, data: Mapping[str, Any] | None, base: ModelSettings | None = None
    ) -> ModelSettings:
        """Settings from LSP-style JSON; keys missing from `data` keep `base`'s values.

        Accepts a top-level `{"model": {...}}` section too, since clients often namespace it.
        """
        base = base or cls()
        if not data:
            return base
        if not isinstance(data, Mapping):
            raise ModelSettingsError(f"model settings must be an object, got {type(data).__name__}")
        nested = data.get("model")
        if isinstance(nested, Mapping):
            data = {**{k: v for k, v in data.items() if k != "model"}, **nested}
        changes: dict[str, Any] = {}
        known = {f.name for f in fields(cls)}
        for raw_key, value in data.items():
            key = _ALIASES.get(_snake(raw_key), _snake(raw_key))
            if key in _HTTP_FLAT_KEYS:
                changes.setdefault("http", {})[_HTTP_FLAT_KEYS[key]] = value
                continue
            if key not in known:
                log.warning("ignoring unknown model setting %r", raw_key)
                continue
            changes[key] = value
        return replace(base, **_coerce(changes, base))


_ALIASES = {
    "path": "model",  # the clients' `testdraft.model.path` setting
    "candidates": "num_candidates",
    "n": "num_candidates",
    "scale": "lora_scale",
    "model_path": "model",
    "prompt_lookup_num_tokens": "prompt_lookup_tokens",
}
_HTTP_FLAT_KEYS = {"url": "url", "api_key_env": "api_key_env", "http_model": "model"}


def _snake(key: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", key).lower()


def _check_choice(key: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise ModelSettingsError(f"{key} must be one of {', '.join(choices)}; got {value!r}")


def _coerce(changes: dict[str, Any], base: ModelSettings) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "model":
            out[key] = _optional_str(key, value)
        elif key == "adapters":
            out[key] = _adapters(value)
        elif key == "http":
            out[key] = _http(value, base.http)
        elif key in ("lora_scale", "temperature", "validated_temperature", "top_p"):
            out[key] = _number(key, value)
        elif key in ("num_candidates", "max_new_tokens", "prompt_lookup_tokens", "few_shot", "implementation_drafts"):
            out[key] = _integer(key, value)
        elif key in ("threads", "seed"):
            out[key] = None if value is None else _integer(key, value)
        elif key == "enabled":
            if not isinstance(value, bool):
                raise ModelSettingsError(f"enabled must be true or false, got {value!r}")
            out[key] = value
        elif key == "system_prompt":
            # null or "" restores the default rather than sending an empty system message.
            out[key] = _optional_str(key, value) or DEFAULT_SYSTEM_PROMPT
        else:
            text = _optional_str(key, value)
            out[key] = text if text is not None else getattr(ModelSettings(), key)
    return out


def _optional_str(key: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ModelSettingsError(f"{key} must be a string, got {value!r}")
    return value


def _number(key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ModelSettingsError(f"{key} must be a number, got {value!r}")
    return float(value)


def _integer(key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or int(value) != value:
        raise ModelSettingsError(f"{key} must be an integer, got {value!r}")
    return int(value)


def _adapters(value: Any) -> tuple[AdapterSettings, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        raise ModelSettingsError(f"adapters must be a list, got {value!r}")
    adapters = []
    for item in value:
        if isinstance(item, str):
            adapters.append(AdapterSettings(path=item))
        elif isinstance(item, Mapping) and isinstance(item.get("path"), str):
            scale = item.get("scale", item.get("loraScale"))
            name = item.get("name")
            adapters.append(
                AdapterSettings(
                    path=item["path"],
                    scale=None if scale is None else _number("adapters[].scale", scale),
                    name=_optional_str("adapters[].name", name),
                )
            )
        else:
            raise ModelSettingsError(
                f'each adapter must be a path or {{"path": ..., "scale": ...}}, got {item!r}'
            )
    return tuple(adapters)


def _http(value: Any, base: HttpSettings) -> HttpSettings:
    if isinstance(value, HttpSettings):
        return value
    if not isinstance(value, Mapping):
        raise ModelSettingsError(f"http must be an object, got {value!r}")
    changes: dict[str, Any] = {}
    for raw_key, item in value.items():
        key = _snake(raw_key)
        if key == "timeout_s" or key == "timeout":
            changes["timeout_s"] = _number("http.timeout", item)
        elif key in ("url", "model", "api_key_env"):
            changes[key] = _optional_str(f"http.{raw_key}", item) or ""
        else:
            log.warning("ignoring unknown http setting %r", raw_key)
    return replace(base, **changes)
