"""ModelSettings from LSP-style JSON."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from testdraft.model.settings import (
    DEFAULT_SYSTEM_PROMPT,
    AdapterSettings,
    ModelSettings,
    ModelSettingsError,
)


def test_camel_case_keys_from_the_client() -> None:
    settings = ModelSettings.from_dict({
        "model": "/models/qwen",
        "adapters": ["/a", {"path": "/b", "scale": 0.5}],
        "loraScale": 0.8,
        "temperature": 0.2,
        "topP": 0.9,
        "candidates": 3,
        "maxNewTokens": 128,
        "systemPrompt": "Write tests.",
        "device": "cpu",
    })
    assert settings.model == "/models/qwen"
    assert settings.adapters == (AdapterSettings("/a"), AdapterSettings("/b", 0.5))
    assert [settings.adapter_scale(a) for a in settings.adapters] == [0.8, 0.5]
    assert (settings.top_p, settings.num_candidates, settings.max_new_tokens) == (0.9, 3, 128)
    assert settings.system_prompt == "Write tests."


def test_updates_keep_earlier_values_and_null_restores_defaults() -> None:
    base = ModelSettings.from_dict({"temperature": 0.7, "systemPrompt": "mine"})
    updated = ModelSettings.from_dict({"model": {"topP": 0.5, "systemPrompt": None}}, base)
    assert updated.temperature == 0.7
    assert updated.top_p == 0.5
    assert updated.system_prompt == DEFAULT_SYSTEM_PROMPT
    assert "pytest" in DEFAULT_SYSTEM_PROMPT


def test_tdd_and_validated_mode_sample_at_their_own_temperature() -> None:
    settings = ModelSettings.from_dict({"temperature": 0.1, "validatedTemperature": 1.2})
    assert settings.for_function(implemented=False).temperature == 0.1
    assert settings.for_function(implemented=True).temperature == 1.2
    assert (ModelSettings().temperature, ModelSettings().validated_temperature) == (0.2, 0.8)


def test_http_backend_settings() -> None:
    settings = ModelSettings.from_dict(
        {"backend": "openai", "http": {"url": "http://h:8000/v1", "model": "m",
                                       "apiKeyEnv": "KEY"}}
    )
    assert settings.http.url == "http://h:8000/v1"
    assert settings.http.api_key_env == "KEY"
    assert ModelSettings().backend == "local"  # nothing leaves the machine by default


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"temperature": -1}, "temperature"),
        ({"validatedTemperature": -0.1}, "validatedTemperature"),
        ({"topP": 0}, "topP"),
        ({"candidates": 0}, "candidates"),
        ({"candidates": "four"}, "candidates"),
        ({"device": "tpu"}, "device"),
        ({"adapters": [3]}, "adapter"),
        ({"backend": "openai"}, "http.url"),
        ({"loraScale": -0.5}, "loraScale"),
    ],
)
def test_bad_values_name_the_setting(data: dict[str, object], message: str) -> None:
    with pytest.raises(ModelSettingsError, match=message):
        ModelSettings.from_dict(data)


def test_reload_only_when_weights_change() -> None:
    base = ModelSettings(model="/m")
    assert ModelSettings.from_dict({"loraScale": 0.0}, base).load_key() == base.load_key()
    assert ModelSettings.from_dict({"adapters": ["/a"]}, base).load_key() != base.load_key()


def test_the_shipped_adapter_runs_only_on_the_default_local_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from testdraft.model import shipped

    adapter = tmp_path / "adapters" / "tests-sft"
    adapter.mkdir(parents=True)
    manifest = tmp_path / "default-model.json"
    manifest.write_text(json.dumps({"default_adapter": {"path": "adapters/tests-sft"}}))
    monkeypatch.setattr(shipped, "MANIFEST", manifest)
    # Named but not there (no adapter_config.json): the base model, not a failed load.
    assert ModelSettings().resolved_adapters() == ()
    (adapter / "adapter_config.json").write_text("{}")
    assert ModelSettings().resolved_adapters() == (AdapterSettings(str(adapter), name="default"),)
    own = (AdapterSettings("/mine"),)
    assert ModelSettings(adapters=own).resolved_adapters() == own
    assert ModelSettings(model="/other/model").resolved_adapters() == ()
    assert ModelSettings(default_adapter=False).resolved_adapters() == ()
    # A merged adapter's scale is in the weights; an unmerged one's is a live knob.
    assert ModelSettings().load_key() != ModelSettings(lora_scale=0.0).load_key()
    live = ModelSettings(merge_adapters=False)
    assert live.load_key() == dataclasses.replace(live, lora_scale=0.0).load_key()


def test_implementation_drafts_come_from_the_editors_camel_case_key_and_are_never_negative() -> None:
    assert ModelSettings.from_dict({"implementationDrafts": 2}).implementation_drafts == 2
    with pytest.raises(ModelSettingsError, match="implementationDrafts must be >= 0"):
        ModelSettings.from_dict({"implementationDrafts": -1})
    with pytest.raises(ModelSettingsError, match="must be an integer"):
        ModelSettings.from_dict({"implementationDrafts": "two"})
