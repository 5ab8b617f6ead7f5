"""Minimal LoRA fine-tuning on (description, tests) pairs.

The prompt is built exactly as at inference time (same format, same system prompt, same
pre-filled start), and the loss covers only the answer's tokens, so an adapter learns what
to write, not how to echo the question.
"""

from __future__ import annotations

import logging
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import ImportTarget
from testdraft.model.errors import ModelError
from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.spec.model import FunctionSpec

log = logging.getLogger(__name__)

DEFAULT_TARGET_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj")


@dataclass(frozen=True)
class TrainingExample:
    prompt: str  # exact model input, ending where the answer starts
    completion: str  # the answer the model should write


@dataclass(frozen=True)
class LoraTrainingOptions:
    rank: int = 8
    alpha: int = 16
    dropout: float = 0.0
    epochs: int = 3
    learning_rate: float = 1e-3
    target_modules: tuple[str, ...] = DEFAULT_TARGET_MODULES
    max_length: int = 768
    seed: int = 0


@dataclass
class TrainingReport:
    adapter_dir: Path
    steps: int
    losses: list[float] = field(default_factory=list)
    seconds: float = 0.0


def example_from_tests(
    spec: FunctionSpec,
    target: ImportTarget,
    tests_code: str,
    tokenizer: Any,
    fmt: PromptFormat,
    system_prompt: str,
) -> TrainingExample:
    """A training pair from a spec and good tests for it.

    `tests_code` is the test module body: `def test_...` functions for the chat format
    (the pre-filled imports are added by the prompt), or assert lines for the completion
    format.
    """
    prompt = build_prompt(spec, target, fmt, system_prompt)
    text = prompt.local_text(tokenizer)
    if fmt is PromptFormat.CHAT:
        body = tests_code.strip()
        if not body.startswith("def test_"):
            raise ModelError("chat-format training tests must start with `def test_`")
        # The prompt already ends with "def test_"; the answer closes the code block.
        answer = body.removeprefix("def test_") + "\n```"
    else:
        body = tests_code.strip()
        if not body.startswith("assert "):
            raise ModelError("completion-format training tests must start with `assert `")
        answer = body.removeprefix("assert ") + "\n\n"
    return TrainingExample(prompt=text, completion=answer + (tokenizer.eos_token or ""))


def train_lora(
    model: Any,
    tokenizer: Any,
    examples: Sequence[TrainingExample],
    output_dir: Path,
    options: LoraTrainingOptions = LoraTrainingOptions(),
    cancel: CancelToken = NEVER_CANCELLED,
    on_step: Callable[[int, float], None] | None = None,
) -> TrainingReport:
    """Train a LoRA adapter on `model` (modified in place: pass a copy you can discard)."""

    if not examples:
        raise ModelError("no training examples")
    started = time.perf_counter()
    peft_model, optimizer = add_lora(model, options)
    peft_model.train()
    device = next(peft_model.parameters()).device
    batches = [encode_example(tokenizer, e, options.max_length, device) for e in examples]
    report = TrainingReport(adapter_dir=output_dir, steps=0)
    order = list(range(len(batches)))
    rng = random.Random(options.seed)
    for _ in range(options.epochs):
        rng.shuffle(order)
        for index in order:
            cancel.raise_if_cancelled()
            input_ids, labels = batches[index]
            loss = peft_model(input_ids=input_ids, labels=labels).loss
            if not math.isfinite(loss.item()):
                raise ModelError("training diverged (loss is not finite): lower the learning rate")
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            report.steps += 1
            report.losses.append(float(loss.item()))
            if on_step:
                on_step(report.steps, report.losses[-1])
    peft_model.eval()
    output_dir.mkdir(parents=True, exist_ok=True)
    peft_model.save_pretrained(str(output_dir))
    report.seconds = time.perf_counter() - started
    log.info("LoRA trained: %d steps, loss %.3f -> %.3f", report.steps, report.losses[0],
             report.losses[-1])
    return report


def add_lora(model: Any, options: LoraTrainingOptions) -> tuple[Any, Any]:
    """Wrap `model` (in place) with fresh LoRA layers; return it and an optimizer for them."""
    import torch
    from peft import LoraConfig, get_peft_model

    from testdraft.model.quantize import is_quantized

    if is_quantized(model):
        raise ModelError("cannot train on a quantized model: load it with quantize none")
    torch.manual_seed(options.seed)
    config = LoraConfig(
        r=options.rank,
        lora_alpha=options.alpha,
        lora_dropout=options.dropout,
        target_modules=list(options.target_modules),
        task_type="CAUSAL_LM",
    )
    try:
        peft_model = get_peft_model(model, config)
    except ValueError as error:  # e.g. target modules missing in this architecture
        raise ModelError(f"cannot add LoRA layers to this model: {error}") from error
    trainable = [p for p in peft_model.parameters() if p.requires_grad]
    return peft_model, torch.optim.AdamW(trainable, lr=options.learning_rate)


def encode_example(tokenizer: Any, example: TrainingExample, max_length: int, device: Any) -> Any:
    """(input_ids, labels) with the prompt masked out, so the loss covers the answer only."""
    import torch

    prompt_ids = tokenizer(example.prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(example.completion, add_special_tokens=False)["input_ids"]
    ids = (prompt_ids + answer_ids)[-max_length:]
    # Loss on the answer only: -100 masks the prompt positions.
    labels = ([-100] * len(prompt_ids) + answer_ids)[-max_length:]
    return (
        torch.tensor([ids], device=device),
        torch.tensor([labels], device=device),
    )
