"""`testdraft train`: fine-tune a LoRA adapter on (function, tests) pairs.

    testdraft train --data pairs.jsonl --output models/adapters/my-team [--epochs 3] [--model ...]

Each line of the data file is one pair:

    {"source": "def f(x):\\n    \\"\\"\\"Docstring.\\"\\"\\"\\n", "tests": "def test_f():\\n    assert ...",
     "function": "f", "module": "pkg.mod"}

`source` needs the signature and docstring (a body is ignored: prompts never show it),
`function` defaults to the first function in `source`, `module` (what the tests import
from) to `solution`. Prompts are built exactly as at suggestion time, so the adapter learns
what to answer, not a different question. Use the adapter with `--adapter DIR` or the
`testdraft.model.adapters` setting; `--lora-scale` scales it.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from testdraft.commands.model import add_model_options, settings_from_args


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "train",
        help="fine-tune a LoRA adapter on (function, tests) pairs",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data", type=Path, required=True, help="JSON lines of pairs (see above)")
    parser.add_argument("--output", type=Path, required=True, help="adapter folder to write")
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--learning-rate", type=float, default=1e-3)
    parser.add_argument("--rank", type=int, default=8, help="LoRA rank")
    parser.add_argument("--alpha", type=int, default=16, help="LoRA alpha (scale = alpha / rank)")
    parser.add_argument("--max-length", type=int, default=768, help="tokens per example, at most")
    add_model_options(parser.add_argument_group("base model"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from testdraft.model.errors import ModelError
    from testdraft.model.loader import load_model
    from testdraft.model.training import LoraTrainingOptions, train_lora

    try:
        pairs = read_pairs(args.data)
        # Training needs the floating-point weights and no adapter on top.
        settings = dataclasses.replace(settings_from_args(args), quantize="none", adapters=())
        loaded = load_model(settings, progress=_say)
        examples = [_example(pair, loaded, settings) for pair in pairs]
        options = LoraTrainingOptions(
            rank=args.rank, alpha=args.alpha, epochs=args.epochs,
            learning_rate=args.learning_rate, max_length=args.max_length,
            seed=settings.seed if settings.seed is not None else 0,
        )
        _say(f"training on {len(examples)} pairs, {args.epochs} epoch(s)")
        report = train_lora(loaded.model, loaded.tokenizer, examples, args.output, options,
                            on_step=lambda step, loss: _say(f"step {step}: loss {loss:.3f}"))
    except (ModelError, TrainingDataError, ValueError) as error:
        print(f"testdraft train: {error}", file=sys.stderr)
        return 1
    epochs = [round(sum(chunk) / len(chunk), 4) for chunk in _epochs(report.losses, len(examples))]
    provenance: dict[str, object] = {
        "base_model": loaded.source,
        "base_sha256": loaded.sha256,
        "data": str(args.data),
        "data_sha256": hashlib.sha256(args.data.read_bytes()).hexdigest(),
        "pairs": len(examples),
        "options": dataclasses.asdict(options),
        "steps": report.steps,
        # Mean loss over each epoch's examples: single steps differ by example, not by progress.
        "epoch_losses": epochs,
        "seconds": round(report.seconds, 1),
    }
    (args.output / "testdraft-training.json").write_text(json.dumps(provenance, indent=2) + "\n")
    print(f"adapter written to {args.output}: {report.steps} steps, mean loss per epoch "
          f"{' -> '.join(f'{loss:.3f}' for loss in epochs)} in {report.seconds:.0f} s")
    return 0


def _epochs(losses: list[float], size: int) -> list[list[float]]:
    return [losses[start : start + size] for start in range(0, len(losses), size)]


class TrainingDataError(ValueError):
    """The data file is missing, not JSON lines, or a pair lacks what it needs."""


@dataclasses.dataclass(frozen=True)
class Pair:
    source: str
    tests: str
    function: str | None = None
    module: str = "solution"


def read_pairs(path: Path) -> list[Pair]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise TrainingDataError(f"cannot read {path}: {error}") from error
    pairs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            pairs.append(Pair(source=str(item["source"]), tests=str(item["tests"]),
                              function=item.get("function"), module=item.get("module") or "solution"))
        except (ValueError, KeyError, TypeError) as error:
            raise TrainingDataError(
                f"{path}:{number}: expected {{\"source\": ..., \"tests\": ...}} ({error})"
            ) from error
    if not pairs:
        raise TrainingDataError(f"{path} holds no pairs")
    return pairs


def _example(pair: Pair, loaded: Any, settings: Any) -> Any:
    from testdraft.generate.base import ImportTarget
    from testdraft.model.prompts import choose_format
    from testdraft.model.training import example_from_tests
    from testdraft.parsing.languages import parse_python
    from testdraft.spec.extract import extract_spec, find_function, iter_functions

    tree = parse_python(pair.source.encode("utf-8"))
    node = find_function(tree, pair.function) if pair.function else next(iter_functions(tree), None)
    if node is None:
        raise TrainingDataError(f"no function {pair.function or ''} in: {pair.source[:60]!r}")
    spec = extract_spec(node)
    target = ImportTarget(pair.module, spec.name, f"from {pair.module} import {spec.name}",
                          spec.name, ".")
    fmt = choose_format(settings.prompt_format, loaded.has_chat_template)
    return example_from_tests(spec, target, pair.tests, loaded.tokenizer, fmt,
                              settings.system_prompt)


def _say(message: str) -> None:
    print(message, file=sys.stderr)
