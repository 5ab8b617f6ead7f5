"""Weight-only quantization: close to the float layer, wrapped by LoRA, refused for training."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import torch

from testdraft.model.errors import ModelError
from testdraft.model.loader import load_model
from testdraft.model.quantize import (
    Int4Linear,
    Int8Linear,
    is_quantized,
    quantize_linear_layers,
    resolve_quantize,
)
from testdraft.model.settings import ModelSettings, ModelSettingsError
from testdraft.model.training import train_lora


@pytest.mark.parametrize("layer_type, tolerance", [(Int8Linear, 0.02), (Int4Linear, 0.15)])
@pytest.mark.parametrize("dtype", [torch.float32, torch.bfloat16])
@pytest.mark.parametrize("rows", [1, 70])  # decoding (the int8 kernel) and prefill (dequantized)
def test_quantized_layer_computes_nearly_what_the_float_layer_does(
    layer_type: type, tolerance: float, dtype: torch.dtype, rows: int
) -> None:
    torch.manual_seed(0)
    linear = torch.nn.Linear(128, 64, bias=True).to(dtype)
    x = torch.randn(rows, 5, 128, dtype=dtype)
    expected = linear(x).float()
    quantized = layer_type(linear)
    actual = quantized(x)
    assert actual.shape == expected.shape and actual.dtype == dtype
    if layer_type is Int8Linear:  # torch's int8 kernel is fast in bf16 only: a float32 layer decodes through it
        assert quantized.kernel_scales.dtype == torch.bfloat16
    error = (actual.float() - expected).norm() / expected.norm()
    assert error < tolerance
    # A quantized layer is still an nn.Linear to peft (in/out features) but not quantized twice.
    assert isinstance(quantized, torch.nn.Linear) and quantized.in_features == 128


def test_int4_keeps_the_output_projection_in_int8() -> None:
    model = torch.nn.Sequential(torch.nn.Linear(64, 64), torch.nn.ReLU(), torch.nn.Linear(64, 32))
    model.get_output_embeddings = lambda: model[2]  # type: ignore[attr-defined]
    assert quantize_linear_layers(model, "int4") == 2
    assert isinstance(model[0], Int4Linear) and isinstance(model[2], Int8Linear)
    assert quantize_linear_layers(model, "int8") == 0  # already done: nothing to replace
    assert is_quantized(model)


def test_auto_quantizes_on_the_cpu_only() -> None:
    assert resolve_quantize("auto", "cpu", "bfloat16") == "int8"
    assert resolve_quantize("auto", "cpu", "float32") == "int8"  # decoding through the bf16 kernel
    assert resolve_quantize("auto", "cuda", "bfloat16") == "none"
    assert resolve_quantize("int4", "cuda", "float16") == "int4"
    assert ModelSettings.from_dict({"quantize": "int4"}).quantize == "int4"
    with pytest.raises(ModelSettingsError, match="quantize must be one of"):
        ModelSettings.from_dict({"quantize": "int3"})


def test_bf16_model_is_int8_on_cpu_by_default_and_refuses_training(
    smol_settings: ModelSettings,
) -> None:
    loaded = load_model(dataclasses.replace(smol_settings, dtype="bfloat16"))
    assert loaded.quantize == "int8" and is_quantized(loaded.model)
    assert loaded.parameter_count > 100_000_000  # SmolLM2-135M, counted before quantizing
    with pytest.raises(ModelError, match="quantize none"):
        train_lora(loaded.model, loaded.tokenizer, [object()], Path("x"))  # type: ignore[list-item]
    plain = load_model(dataclasses.replace(smol_settings, quantize="none"))
    assert plain.quantize == "none" and not is_quantized(plain.model)
