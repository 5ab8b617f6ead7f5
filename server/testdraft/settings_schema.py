"""The editor settings, declared once: name, type, default, description (and allowed values).

Clients send them as one camelCase object below `testdraft` (`initializationOptions`,
`workspace/didChangeConfiguration`). `lsp.settings.ServerSettings` and `model.settings
.ModelSettings` take their defaults and checks from here; the VS Code contribution
(vscode-client/package.json), the VS Code client's defaults (src/core/settings.ts) and the
Neovim plugin's defaults are checked against this list by tests/clients/test_settings_schema.py.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar, cast

log = logging.getLogger(__name__)

JsonScalar = bool | int | float | str | None
T = TypeVar("T", bool, int, float, str)
V = TypeVar("V")


@dataclass(frozen=True)
class Setting:
    key: str  # dotted, below `testdraft`: "model.topP"
    type: str  # boolean | number | integer | string | array (of strings)
    default: JsonScalar | tuple[str, ...]
    description: str  # Markdown, as the editor shows it
    nullable: bool = False  # null (unset) is a value: "use the server's default"
    enum: tuple[str, ...] = ()  # allowed strings; for an array, allowed items
    minimum: float | None = None
    maximum: float | None = None

    def accepts(self, value: object) -> bool:
        """Whether a client's value is valid for this setting."""
        if value is None:
            return self.nullable
        if self.type == "boolean":
            return isinstance(value, bool)
        if self.type in ("number", "integer"):
            if isinstance(value, bool) or not isinstance(value, int | float):
                return False
            if self.type == "integer" and int(value) != value:
                return False
            return (self.minimum is None or value >= self.minimum) and (
                self.maximum is None or value <= self.maximum
            )
        if self.type == "string":
            return isinstance(value, str) and (not self.enum or value in self.enum)
        if self.type == "array":
            return isinstance(value, list) and all(
                isinstance(item, str) and (not self.enum or item in self.enum) for item in value
            )
        raise AssertionError(f"unknown setting type {self.type!r}")


SETTINGS: tuple[Setting, ...] = (
    Setting("model.path", "string", None, nullable=True,
            description="Model directory or GGUF file. Empty: the bundled default "
                        "(Qwen2.5-Coder-0.5B-Instruct)."),
    Setting("model.adapters", "array", (),
            description="LoRA adapter directories applied on top of the model."),
    Setting("model.loraScale", "number", 1.0, minimum=0, maximum=4,
            description="Scale factor for the LoRA adapters (0 disables them)."),
    Setting("model.temperature", "number", 0.2, minimum=0, maximum=2,
            description="Sampling temperature where the function has no implementation yet (TDD): "
                        "the candidates vote, so they should mostly agree."),
    Setting("model.validatedTemperature", "number", 0.8, minimum=0, maximum=2,
            description="Sampling temperature where the function exists: each candidate is run "
                        "against it and only what holds is kept, so varied candidates find more."),
    Setting("model.topP", "number", 0.95, minimum=0, maximum=1,
            description="Nucleus sampling: keep the most likely tokens up to this probability mass."),
    Setting("model.candidates", "integer", 4, minimum=1, maximum=32,
            description="Candidate test suites sampled per request; the one that validates best is kept."),
    Setting("model.maxNewTokens", "integer", 256, minimum=16, maximum=4096,
            description="Most tokens generated per candidate."),
    Setting("model.systemPrompt", "string", None, nullable=True,
            description="System prompt for the model. Empty: the server's default."),
    Setting("model.fewShot", "integer", 0, minimum=0, maximum=8,
            description="Verified training pairs most like the function, shown to the model as worked "
                        "examples before the question (0: none)."),
    Setting("model.implementationDrafts", "integer", 2, minimum=0, maximum=8,
            description="Where a function has no body yet (TDD): bodies the model drafts for it, never shown, "
                        "on which its candidate tests run: a check that holds on most drafts gains a vote, "
                        "one that does not is left out (0: none, the candidates vote alone)."),
    Setting("model.device", "string", "auto", enum=("auto", "cpu", "cuda", "mps"),
            description="Where the model runs."),
    Setting("model.quantize", "string", "auto", enum=("auto", "none", "int8", "int4"),
            description="Weight-only quantization of a local model: `auto` stores the weights as int8 on "
                        "the CPU (about twice the tokens/s), `none` keeps them as loaded, `int4` is faster "
                        "still but changes the output more."),
    Setting("model.backend", "string", "local", enum=("local", "openai"),
            description="Model backend (`local`: torch + transformers in the server's environment; "
                        "`openai`: an OpenAI-compatible server)."),
    Setting("validation.enabled", "boolean", True,
            description="Validate suggested and edited tests live (syntax, run in a sandbox, coverage)."),
    Setting("validation.mutation", "boolean", True,
            description="Also compute the mutation score (slower)."),
    Setting("ui.framework", "string", "playwright", enum=("playwright", "selenium"),
            description="Browser framework for generated UI tests."),
    Setting("ui.generator", "string", "mapper", enum=("mapper", "mapper+model", "model"),
            description="Who writes UI tests: `mapper` (the steps mapped onto the component's elements, "
                        "deterministic, no model), `mapper+model` (the mapper, then the model drafts the steps "
                        "it left as TODOs; each draft is checked against the component and the browser run) or "
                        "`model` (the model writes the whole test)."),
    Setting("ui.baseUrl", "string", "",
            description="URL of a running dev server (e.g. `http://localhost:5173`) for UI tests of pages "
                        "with routing and real providers: generated tests default `APP_URL` to it and the "
                        "browser check runs against it instead of the bundled component. It must be on this "
                        "machine (the check's browser reaches nothing else). Empty: bundle the component alone."),
    Setting("generators", "array", ("docstring", "model"), enum=("docstring", "model"),
            description="Where suggested tests come from, in order: `docstring` (the docstring's examples and "
                        "hypothesis tests of the properties it states, deterministic) and `model` (the local "
                        "model). `[\"docstring\"]` never loads a model."),
)

_BY_KEY = {setting.key: setting for setting in SETTINGS}


def setting(key: str) -> Setting:
    return _BY_KEY[key]


def default(key: str, kind: type[T]) -> T:
    """A scalar setting's default, typed (an integer default reads as a float for `float`)."""
    value = _BY_KEY[key].default
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind):
        raise TypeError(f"{key}'s default {value!r} is not a {kind.__name__}")
    return value


def defaults() -> dict[str, object]:
    """Every default as the nested camelCase object a client sends."""
    nested: dict[str, object] = {}
    for item in SETTINGS:
        *parents, leaf = item.key.split(".")
        target = nested
        for part in parents:
            target = target.setdefault(part, {})  # type: ignore[assignment]
        target[leaf] = list(item.default) if isinstance(item.default, tuple) else item.default
    return nested


def read(options: Mapping[str, object], key: str, current: V) -> V:
    """The client's value for `key` in its nested settings object; `current` when it sent
    none, or an invalid one (logged: a typo in one setting must not reset the others)."""
    value: object = options
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return current
        value = value[part]
    item = _BY_KEY[key]
    if item.type == "array" and isinstance(value, list):
        # Unknown names are dropped, as the VS Code client drops them; each name counts once.
        known = tuple(dict.fromkeys(v for v in value if item.accepts([v])))
        if len(known) < len(value):
            log.warning("ignoring unknown or repeated entries in testdraft.%s = %r", key, value)
        value = list(known) if known or not value else None
    if not item.accepts(value):
        log.warning("ignoring testdraft.%s = %r: not a valid value", key, value)
        return current
    if isinstance(current, tuple) and isinstance(value, list):
        value = tuple(value)
    elif isinstance(current, float) and isinstance(value, int):
        value = float(value)
    return cast(V, value)
