"""LoRA fine-tuning on (description, tests) pairs with trl's `SFTTrainer`.

The prompt is built exactly as at inference time (same format, same system prompt, same
pre-filled start) and given to the trainer as a prompt/completion pair, so the loss covers
only the answer's tokens: an adapter learns what to write, not how to echo the question.
The trainer is a stock `transformers.Trainer`: the same run scales out with `accelerate
launch` (several GPUs, DeepSpeed) without code changes (models/README.md).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import ImportTarget
from testdraft.model.errors import ModelError
from testdraft.model.prompts import PromptFormat, build_prompt, chat_answer
from testdraft.spec.model import FunctionSpec

log = logging.getLogger(__name__)

# Every linear layer of a Llama/Qwen-style block: attention and MLP.
ALL_LINEAR = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")


@dataclass(frozen=True)
class TrainingExample:
    prompt: str  # exact model input, ending where the answer starts
    completion: str  # the answer the model should write


@dataclass(frozen=True)
class LoraTrainingOptions:
    """The adapter's shape (peft's LoraConfig) and the trainer's schedule, as `testdraft train` sets them."""

    rank: int = 8  # r: the width of the low-rank update
    alpha: int = 16  # the update is scaled by alpha / rank
    dropout: float = 0.0
    epochs: float = 3
    learning_rate: float = 1e-3
    target_modules: tuple[str, ...] = ALL_LINEAR
    max_length: int = 768
    seed: int = 0
    batch_size: int = 1
    gradient_accumulation: int = 1
    max_steps: int = -1  # -1: as many as the epochs take
    save_steps: int = 0  # 0: no intermediate checkpoints


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
        try:  # the prompt already ends inside the first `def test_...`; the answer closes the code block
            answer = chat_answer(tests_code, prompt.prefill)
        except ValueError as error:
            raise ModelError(f"training tests: {error}") from error
    else:
        body = tests_code.strip()
        if not body.startswith("assert "):
            raise ModelError("completion-format training tests must start with `assert `")
        answer = body.removeprefix("assert ") + "\n\n"
    return TrainingExample(prompt=text, completion=answer + (tokenizer.eos_token or ""))


def lora_config(options: LoraTrainingOptions) -> Any:
    from peft import LoraConfig

    return LoraConfig(
        r=options.rank,
        lora_alpha=options.alpha,
        lora_dropout=options.dropout,
        target_modules=list(options.target_modules),
        task_type="CAUSAL_LM",
    )


def continue_adapter(loaded: Any, path: Path, options: LoraTrainingOptions,
                     progress: Callable[[str], None] | None = None) -> LoraTrainingOptions:
    """Put the LoRA adapter at `path` (an earlier run's output) on `loaded.model`, trainable,
    so that training goes on from its weights; returns `options` with the adapter's own rank,
    alpha, dropout and layers (they, not the options, shape what is trained).

    It is peft's "default" adapter: trl trains that one, and `save_pretrained` writes it at
    the top of the output folder, where a fresh adapter would be.
    """
    from testdraft.model.loader import attach_adapters
    from testdraft.model.settings import AdapterSettings

    attach_adapters(loaded, (AdapterSettings(str(path), name="default"),), progress, trainable=True)
    config = loaded.model.peft_config["default"]  # what peft read from the adapter's config
    modules = config.target_modules or options.target_modules
    return replace(options, rank=int(config.r), alpha=int(config.lora_alpha),
                   dropout=float(config.lora_dropout),
                   target_modules=(modules,) if isinstance(modules, str) else tuple(sorted(modules)))


def peft_config_for(model: Any, options: LoraTrainingOptions) -> Any:
    """The LoRA layers a trainer adds: none when `model` carries a trainable adapter already
    (`continue_adapter`; trl refuses a second on top), else fresh ones shaped by `options`."""
    from peft import PeftModel

    return None if isinstance(model, PeftModel) else lora_config(options)


def trainer_arguments(model: Any, options: LoraTrainingOptions, output_dir: Path
                      ) -> dict[str, Any]:
    """The `TrainingArguments` both trainers share: schedule, checkpoints, no hub, no reports."""
    from testdraft.model.loader import resolve_dtype

    device = next(model.parameters()).device.type  # "cpu", "cuda", "mps"
    return {
        "use_cpu": device == "cpu",
        # trl's configs turn bf16 autocast on by default; on a CPU without bf16 instructions
        # that makes a LoRA step about ten times slower than float32 (56 s against 5 s for
        # SmolLM2-135M on two cores), so it is on only where the hardware computes bf16.
        "bf16": resolve_dtype("auto", device) == "bfloat16",
        "fp16": False,
        "output_dir": str(output_dir / "checkpoints"),
        "per_device_train_batch_size": options.batch_size,
        "gradient_accumulation_steps": options.gradient_accumulation,
        "num_train_epochs": options.epochs,
        "max_steps": options.max_steps,
        "learning_rate": options.learning_rate,
        "lr_scheduler_type": "constant",
        "logging_steps": 1,
        "save_strategy": "steps" if options.save_steps else "no",
        "save_steps": options.save_steps or 500,
        "save_only_model": False,
        "report_to": "none",
        "seed": options.seed,
        "data_seed": options.seed,
        "dataloader_num_workers": 0,
        "disable_tqdm": True,
        "remove_unused_columns": False,
    }


class StepProgress:
    """A `TrainerCallback`: loss per step to `on_step`, and a stop when cancelled."""

    def __init__(self, report: TrainingReport, cancel: CancelToken,
                 on_step: Callable[[int, float], None] | None) -> None:
        self.report, self.cancel, self.on_step = report, cancel, on_step

    def make(self) -> Any:
        from transformers import TrainerCallback

        progress = self

        class Callback(TrainerCallback):
            def on_log(self, args: Any, state: Any, control: Any, logs: Any = None,
                       **kwargs: Any) -> None:
                if logs and "loss" in logs:
                    loss = float(logs["loss"])
                    if not math.isfinite(loss):
                        raise ModelError("training diverged (loss is not finite): "
                                         "lower the learning rate")
                    progress.report.losses.append(loss)
                    progress.report.steps = state.global_step
                    if progress.on_step:
                        progress.on_step(state.global_step, loss)

            def on_step_end(self, args: Any, state: Any, control: Any, **kwargs: Any) -> None:
                if progress.cancel.cancelled:
                    control.should_training_stop = True

        return Callback()


def train_lora(
    model: Any,
    tokenizer: Any,
    examples: Sequence[TrainingExample],
    output_dir: Path,
    options: LoraTrainingOptions = LoraTrainingOptions(),
    cancel: CancelToken = NEVER_CANCELLED,
    on_step: Callable[[int, float], None] | None = None,
    resume_from: Path | None = None,
) -> TrainingReport:
    """Train a LoRA adapter on `model` with `SFTTrainer` and save it in `output_dir`.

    `resume_from` is a checkpoint folder of an earlier run (its adapter and trainer state;
    the optimizer state too when it was kept): training goes on from its step.
    """
    from datasets import Dataset
    from trl import SFTConfig, SFTTrainer

    from testdraft.model.quantize import is_quantized

    if not examples:
        raise ModelError("no training examples")
    if is_quantized(model):
        raise ModelError("cannot train on a quantized model: load it with quantize none")
    started = time.perf_counter()
    report = TrainingReport(adapter_dir=output_dir, steps=0)
    dataset = Dataset.from_list([{"prompt": e.prompt, "completion": e.completion}
                                 for e in examples])
    config = SFTConfig(
        **trainer_arguments(model, options, output_dir),
        max_length=options.max_length,
        completion_only_loss=True,
        packing=False,
        dataset_num_proc=None,
    )
    try:
        trainer = SFTTrainer(model=model, args=config, train_dataset=dataset,
                             processing_class=tokenizer, peft_config=lora_config(options),
                             callbacks=[StepProgress(report, cancel, on_step).make()])
    except ValueError as error:  # e.g. target modules missing in this architecture
        raise ModelError(f"cannot add LoRA layers to this model: {error}") from error
    quiet(trainer).train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    save_adapter(trainer, output_dir, report, started, cancel)
    if report.losses:
        log.info("LoRA trained: %d steps, loss %.3f -> %.3f", report.steps, report.losses[0],
                 report.losses[-1])
    return report


class _StepsAndTime(Protocol):
    steps: int
    seconds: float


def save_adapter(trainer: Any, output_dir: Path, report: _StepsAndTime, started: float,
                 cancel: CancelToken) -> None:
    """After a trl trainer's run: the LoRA adapter written to `output_dir`, steps and time on `report`."""
    cancel.raise_if_cancelled()
    output_dir.mkdir(parents=True, exist_ok=True)
    model_out: Any = trainer.model  # the PeftModel the trainer wrapped
    model_out.save_pretrained(str(output_dir))
    report.steps = trainer.state.global_step
    report.seconds = time.perf_counter() - started


def quiet(trainer: Any) -> Any:
    """No log dicts on stdout (the CLI prints its own summary there; progress goes to stderr)."""
    from transformers.trainer_callback import PrinterCallback

    trainer.remove_callback(PrinterCallback)
    return trainer
