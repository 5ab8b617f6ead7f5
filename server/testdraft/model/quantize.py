"""Weight-only quantization of a loaded model's linear layers, for CPU decoding.

Decoding one token at a time on a CPU is bound by memory bandwidth: every step reads every
weight. Storing the weights as int8 (one scale per output row) halves what is read against
bf16 and doubles tokens/s on two cores; int4 (groups of 32, a scale and a zero point each)
reads a quarter. Both use torch's own CPU kernels (`_weight_int8pack_mm`,
`_weight_int4pack_mm_for_cpu`, as in gpt-fast), so no extra package is needed.

The quantized layers subclass `torch.nn.Linear`, so peft still wraps them with LoRA layers:
the adapter runs in floating point on top of the quantized base, and disabling it (scale 0)
leaves exactly the base model's computation. They are for inference only: training needs the
floating-point weights (load with `quantize: none`).
"""

from __future__ import annotations

import logging
from typing import Any

import torch

log = logging.getLogger(__name__)

INT4_GROUP = 32  # the GGUF Q4_K blocks are 32 weights long, too
# From this many rows on (a prompt's prefill), dequantizing once and running the float matmul
# beats the int8 kernel, which is tuned for one row at a time (decoding).
DEQUANTIZE_ROWS = 64


def resolve_quantize(name: str, device: str, dtype: str) -> str:
    """"auto": int8 on a CPU (about twice as fast, the same greedy output in our checks), for
    a float32 model too (a CPU without native bf16: its decoding steps go through the bf16
    kernel, `Int8Linear`); none on GPUs, where bf16 matmuls are not the bottleneck."""
    if name == "auto":
        return "int8" if device == "cpu" and dtype in ("bfloat16", "float32") else "none"
    return name


def quantize_linear_layers(model: Any, mode: str) -> int:
    """Replace the model's `nn.Linear` layers in place; return how many were replaced.

    int4 keeps the output projection (lm_head) in int8: it maps onto the vocabulary, and
    4 bits there change which token wins far more often than inside the layers.
    """
    if mode == "none":
        return 0
    replaced = 0
    output = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    for parent in list(model.modules()):
        for name, child in list(parent.named_children()):
            if type(child) is not torch.nn.Linear:  # already quantized, or a peft wrapper
                continue
            use_int4 = mode == "int4" and child is not output and _int4_fits(child)
            setattr(parent, name, Int4Linear(child) if use_int4 else Int8Linear(child))
            replaced += 1
    log.info("quantized %d linear layers to %s", replaced, mode)
    return replaced


def is_quantized(model: Any) -> bool:
    return any(isinstance(m, QuantizedLinear) for m in model.modules())


def _int4_fits(linear: Any) -> bool:
    return bool(linear.in_features % INT4_GROUP == 0 and linear.out_features % 8 == 0)


class QuantizedLinear(torch.nn.Linear):
    """What the int8 and int4 layers share: shape and bias of the float layer they replace,
    and a forward that flattens the input to rows for a 2-D kernel, `_matmul`."""

    def __init__(self, linear: Any) -> None:
        torch.nn.Module.__init__(self)  # not Linear.__init__: it would allocate float weights
        self.in_features, self.out_features = linear.in_features, linear.out_features
        self.bias = linear.bias

    def forward(self, x: Any) -> Any:
        y = self._matmul(x.reshape(-1, x.shape[-1])).reshape(*x.shape[:-1], self.out_features)
        return y if self.bias is None else y + self.bias

    def _matmul(self, rows: Any) -> Any:
        raise NotImplementedError


class Int8Linear(QuantizedLinear):
    """y = x @ (int8 weight * row scale).T + bias.

    Of a float32 model, a decoding step's rows go through the kernel in bfloat16 and come back
    as float32: torch's int8 kernel is vectorised for bf16 only (on two AVX2 cores 3 tok/s
    in float32, 15 through bf16, against 7 for the float32 model unquantized)."""

    scales: torch.Tensor

    def __init__(self, linear: Any) -> None:
        super().__init__(linear)
        weight = linear.weight.detach().float()
        scales = weight.abs().amax(dim=1).clamp(min=1e-8) / 127
        quantized = torch.round(weight / scales[:, None]).clamp(-128, 127).to(torch.int8)
        self.register_buffer("weight", quantized)
        self.register_buffer("scales", scales.to(linear.weight.dtype))
        kernel_dtype = torch.bfloat16 if linear.weight.dtype == torch.float32 else linear.weight.dtype
        self.register_buffer("kernel_scales", self.scales.to(kernel_dtype))

    def _matmul(self, rows: Any) -> Any:
        rows = rows.to(self.scales.dtype)
        if rows.shape[0] >= DEQUANTIZE_ROWS:
            return torch.nn.functional.linear(rows, self.weight.to(rows.dtype) * self.scales[:, None])
        kernel_rows = rows.to(self.kernel_scales.dtype)
        return torch.ops.aten._weight_int8pack_mm(kernel_rows, self.weight, self.kernel_scales).to(rows.dtype)


class Int4Linear(QuantizedLinear):
    """Asymmetric int4 in groups of INT4_GROUP input columns, packed for the CPU kernel."""

    scales_and_zeros: torch.Tensor

    def __init__(self, linear: Any) -> None:
        super().__init__(linear)
        weight = linear.weight.detach().float()
        groups = weight.reshape(self.out_features, -1, INT4_GROUP)
        low, high = groups.amin(-1), groups.amax(-1)
        scales = ((high - low) / 15).clamp(min=1e-8)
        levels = torch.round((groups - low[..., None]) / scales[..., None]).clamp(0, 15)
        levels = levels.to(torch.int32).reshape(self.out_features, self.in_features)
        # The kernel computes (level - 8) * scale + zero, so zero is the value of level 8.
        zeros = low + 8 * scales
        scales_and_zeros = torch.stack([scales, zeros], dim=-1).transpose(0, 1).contiguous()
        self.register_buffer("weight", torch.ops.aten._convert_weight_to_int4pack_for_cpu(levels, 1))
        self.register_buffer("scales_and_zeros", scales_and_zeros.to(linear.weight.dtype))

    def _matmul(self, rows: Any) -> Any:
        rows = rows.to(self.scales_and_zeros.dtype).contiguous()
        return torch.ops.aten._weight_int4pack_mm_for_cpu(rows, self.weight, INT4_GROUP,
                                                          self.scales_and_zeros)
