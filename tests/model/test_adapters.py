"""LoRA adapters: trained here on a handful of examples; the scale knob; wrong base model."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from tests.model.model_helpers import spec_from_source, target_for

from testdraft.model.errors import ModelError
from testdraft.model.loader import load_model
from testdraft.model.parse_output import chat_output_end
from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.model.service import ModelService
from testdraft.model.settings import AdapterSettings, ModelSettings
from testdraft.model.training import LoraTrainingOptions, example_from_tests, train_lora

TRAINING_FUNCTIONS = {
    "double": "def double(x: int) -> int:\n    \"\"\"Return twice x.\"\"\"\n",
    "negate": "def negate(x: int) -> int:\n    \"\"\"Return -x.\"\"\"\n",
    "square": "def square(x: int) -> int:\n    \"\"\"Return x times x.\"\"\"\n",
    "is_even": "def is_even(n: int) -> bool:\n    \"\"\"True when n is even.\"\"\"\n",
}
# A distinctive style the base model never writes: one table-driven test per function.
STYLE = (
    "def test_{name}_table():\n"
    "    for arg, expected in [(7, {a}), (0, {b})]:\n"
    "        assert {name}(arg) == expected, 'lora-style'\n"
)
EXPECTED = {"double": (14, 0), "negate": (-7, 0), "square": (49, 0), "is_even": (False, True)}
PROBE = "def triple(x: int) -> int:\n    \"\"\"Return three times x.\"\"\"\n"
PROBE_TOKENS = 40


@pytest.fixture(scope="session")
def trained_adapter(smol_settings: ModelSettings, tmp_path_factory: pytest.TempPathFactory
                    ) -> Path:
    # Train on a separate copy: get_peft_model changes the model it wraps. Training needs
    # the floating-point weights; inference below runs on the int8 model the CPU default loads.
    loaded = load_model(dataclasses.replace(smol_settings, quantize="none"))
    examples = []
    for name, source in TRAINING_FUNCTIONS.items():
        spec = spec_from_source(source)
        a, b = EXPECTED[name]
        examples.append(example_from_tests(
            spec, target_for(spec), STYLE.format(name=name, a=a, b=b), loaded.tokenizer,
            PromptFormat.CHAT, smol_settings.system_prompt,
        ))
    out = tmp_path_factory.mktemp("adapter")
    report = train_lora(loaded.model, loaded.tokenizer, examples, out,
                        LoraTrainingOptions(epochs=2, learning_rate=3e-3, rank=8))
    assert report.losses[-1] < report.losses[0]
    return out


def _greedy_ids(service: ModelService) -> tuple[int, ...]:
    spec = spec_from_source(PROBE)
    settings = dataclasses.replace(service.settings, max_new_tokens=PROBE_TOKENS)
    prompt = build_prompt(spec, target_for(spec), PromptFormat.CHAT, settings.system_prompt)
    with service.session() as session:
        (completion,) = session.backend.complete(prompt, settings, chat_output_end,
                                                 session.cancel)
    return completion.token_ids


def test_adapter_changes_output_and_scale_zero_is_the_base_model(
    smol_service: ModelService, smol_settings: ModelSettings, trained_adapter: Path
) -> None:
    base_ids = _greedy_ids(smol_service)
    with_adapter = dataclasses.replace(
        smol_settings, adapters=(AdapterSettings(str(trained_adapter)),), merge_adapters=False
    )
    service = ModelService()
    service.load_now(with_adapter)
    try:
        adapted = _greedy_ids(service)
        assert adapted != base_ids
        # Unmerged, scale is a live knob (no reload); 0 gives the base output token for token.
        service.reconfigure(dataclasses.replace(with_adapter, lora_scale=0.0))
        assert service.state == "ready"
        assert _greedy_ids(service) == base_ids
        service.reconfigure(dataclasses.replace(with_adapter, lora_scale=1.0))
        assert _greedy_ids(service) == adapted
    finally:
        service.shutdown()


def test_adapter_for_another_base_model_is_refused(
    smol_settings: ModelSettings, tmp_path: Path
) -> None:
    from peft import LoraConfig, get_peft_model
    from transformers import LlamaConfig, LlamaForCausalLM

    tiny = LlamaForCausalLM(LlamaConfig(hidden_size=32, intermediate_size=64,
                                        num_hidden_layers=2, num_attention_heads=2,
                                        num_key_value_heads=2, vocab_size=128))
    adapter = get_peft_model(tiny, LoraConfig(r=4, target_modules=["q_proj", "v_proj"]))
    adapter.save_pretrained(str(tmp_path / "other"))
    # As saved from a hub model: the config names the base it was trained for.
    config_path = tmp_path / "other" / "adapter_config.json"
    config = json.loads(config_path.read_text())
    config["base_model_name_or_path"] = "tiny-llama-for-tests"
    config_path.write_text(json.dumps(config))
    settings = dataclasses.replace(
        smol_settings, adapters=(AdapterSettings(str(tmp_path / "other")),)
    )
    service = ModelService()
    with pytest.raises(ModelError, match="does not fit the loaded model") as caught:
        service.load_now(settings)
    assert "tiny-llama-for-tests" in str(caught.value)
    assert service.state == "error"


def test_training_saves_a_loadable_adapter(trained_adapter: Path) -> None:
    config = json.loads((trained_adapter / "adapter_config.json").read_text())
    assert config["r"] == 8
    assert (trained_adapter / "adapter_model.safetensors").is_file()


def test_lora_on_an_int8_model_changes_output_and_scale_zero_is_its_base(
    smol_settings: ModelSettings, trained_adapter: Path
) -> None:
    # The CPU default (bf16 weights stored as int8): LoRA wraps the quantized layers.
    quantized = dataclasses.replace(smol_settings, dtype="bfloat16", quantize="int8")
    base = ModelService()
    base.load_now(quantized)
    try:
        base_ids = _greedy_ids(base)
    finally:
        base.shutdown()
    service = ModelService()
    service.load_now(dataclasses.replace(
        quantized, adapters=(AdapterSettings(str(trained_adapter)),), lora_scale=0.0,
        merge_adapters=False,
    ))
    try:
        assert service.info()["quantize"] == "int8"
        assert _greedy_ids(service) == base_ids
        service.reconfigure(dataclasses.replace(service.settings, lora_scale=1.0))
        assert _greedy_ids(service) != base_ids
    finally:
        service.shutdown()


def test_merged_adapter_gives_the_unmerged_output_and_scale_zero_the_base(
    smol_service: ModelService, smol_settings: ModelSettings, trained_adapter: Path
) -> None:
    # The default: the adapter folded into the weights on load (no LoRA cost per token).
    base_ids = _greedy_ids(smol_service)
    adapters = (AdapterSettings(str(trained_adapter)),)
    # Folded into the floating-point weights, the adapter gives what the live adapter gives. (On
    # the int8 default the fold is quantized with the weights, a live adapter is not: their
    # roundings differ, and a long greedy run may part where two tokens nearly tie.)
    floating = dataclasses.replace(smol_settings, quantize="none", adapters=adapters)
    outputs = []
    for merge in (False, True):
        each = ModelService()
        each.load_now(dataclasses.replace(floating, merge_adapters=merge))
        try:
            assert each.info()["adapters_merged"] is merge
            outputs.append(_greedy_ids(each))
        finally:
            each.shutdown()
    assert outputs[0] == outputs[1]
    service = ModelService()
    service.load_now(dataclasses.replace(smol_settings, adapters=adapters))
    try:
        info = service.info()
        assert info["adapters_merged"] is True
        assert not any("lora" in name for name, _ in service._backend.loaded.model.named_modules())  # type: ignore[union-attr]
        assert _greedy_ids(service) != base_ids
        # A merged scale is part of the weights: changing it reloads them, and 0 is the base.
        service.reconfigure(dataclasses.replace(service.settings, lora_scale=0.0))
        assert service.wait_ready(timeout=120)
        assert service.info()["adapters"] == []
        assert _greedy_ids(service) == base_ids
    finally:
        service.shutdown()
