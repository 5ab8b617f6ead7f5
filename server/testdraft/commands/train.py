"""`testdraft train`: fine-tune a LoRA adapter, on (function, tests) pairs or by RL.

    testdraft train --data pairs.jsonl --output models/adapters/my-team [--epochs 3] [--model ...]
    testdraft train --method grpo --dataset models/training-data/rl-problems-train.csv
        --adapter models/adapters/my-team --output models/adapters/my-team-rl [--rounds 2]
    testdraft train --method rft --dataset models/training-data/rl-problems-train.csv
        --output models/adapters/my-team-rft [--candidates 8 --workers 8]
        [--adapter models/adapters/round-1 --data models/adapters/round-1/rft-pairs.jsonl]

`--method sft` (the default) learns from pairs with trl's SFTTrainer; `--method grpo` (or
`rl`) learns from an execution reward with trl's GRPOTrainer: the model writes tests for
each problem of a dataset (`humaneval`, or a CSV in PyTester's format such as
`rl-problems-train.csv`, the train pairs' functions that run standalone), the sandbox runs
them against the problem's solution, and the reward module (syntax, executes, asserts
hold, coverage, mutation score) decides what to reinforce (`testdraft.model.reinforce`).
With `--adapter DIR` GRPO goes on training that LoRA adapter (an SFT run's output; its
rank, alpha and layers apply, not --rank/--alpha/--target-modules) instead of a fresh one,
and the provenance names it (path, sha256); sft takes no --adapter (use --resume).
`--method rft` is the same recipe in batch form (rejection sampling): the model samples
answers for each problem, the sandbox keeps each answer's checks that hold against the
solution and fail against a stub, the best answers per problem (`--keep-per-problem`,
at least `--min-asserts` kept checks) become pairs (OUTPUT/rft-pairs.jsonl), and SFT trains on
them as `--method sft` would (`testdraft.model.rejection`; models/recipes/rft-gpu.sh).
A second round samples with the first round's adapter on (`--adapter DIR`) and trains a
fresh adapter on the base model with the new pairs and the first round's (`--data
DIR/rft-pairs.jsonl`): expert iteration, each round's data verified as the first's.
Do not train on the problems you evaluate on. The pairs mined from real packages are
built by `python -m testdraft.training_data`, the GRPO problems by
`python -m testdraft.training_data --rl-problems` (models/training-data/).

For sft, each line of the data file (JSON lines, or gzip of them: `.jsonl.gz`) is one pair:

    {"source": "def f(x):\\n    \\"\\"\\"Docstring.\\"\\"\\"\\n", "tests": "def test_f():\\n    assert ...",
     "function": "f", "module": "pkg.mod", "package": "pkg"}

`source` needs the signature and docstring (a body is ignored: prompts never show it),
`function` defaults to the first function in `source`, `module` (what the tests import
from) to `solution`. Prompts are built exactly as at suggestion time, so the adapter learns
what to answer, not a different question. The pairs trained on: those with at least
`--min-asserts` checks that fit in `--max-length` tokens (a longer pair is cut after one of
its checks, whole statements, when that cut fits and keeps `--min-asserts`), at most `--max-per-package` of
each package, then a seeded sample of `--limit`. GRPO chooses its problems the same way
(`--max-per-package`, then `--limit`; rl-problems-train.csv is grouped by package, and 89
of its 173 problems are sympy's). Use the adapter with `--adapter DIR` or the
`testdraft.model.adapters` setting; `--lora-scale` scales it.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any, TypeVar

from testdraft.commands.model import add_model_options, settings_from_args
from testdraft.training_data.pairs import (
    TRAINING_DATA_DIR,
    Pair,
    TrainingDataError,
    cap_per_group,
    cap_per_package,
    pair_prompt_view,
    read_data,
    read_pairs,
    shorter_tests,
)

T = TypeVar("T")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "train",
        help="fine-tune a LoRA adapter: on (function, tests) pairs, or by RL on the execution reward",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--method", choices=("sft", "grpo", "rl", "rft"), default="sft",
                        help="sft: supervised on pairs; grpo (alias rl): RL on the execution reward; "
                             "rft: SFT on the model's own answers that the sandbox verified")
    parser.add_argument("--data", type=Path,
                        help="sft: JSON lines of pairs, or .jsonl.gz (see above); rft: an earlier "
                             "round's verified pairs (its rft-pairs.jsonl), trained on beside the new")
    parser.add_argument("--ui", type=Path, metavar="DIR",
                        help="sft: train the UI model on a corpus of UI cases instead (component + "
                             "manual test -> the case's reference test; benchmarks/ui-corpus/dev)")
    parser.add_argument("--dataset",
                        help="grpo, rft: `humaneval` or a PyTester-format CSV (models/training-data/"
                             "rl-problems-train.csv: real functions that run standalone)")
    parser.add_argument("--limit", type=int,
                        help="a seeded sample of N (sft: of the pairs that fit; grpo: of the problems)")
    parser.add_argument("--max-per-package", type=int, default=None, metavar="N",
                        help="at most N pairs (sft) or problems (grpo: by the task id's top-level "
                             "module) of each package, a seeded sample")
    parser.add_argument("--min-asserts", type=int, default=1, metavar="N",
                        help="sft, rft: only pairs whose tests hold at least N asserts / pytest.raises "
                             "(rft: that hold and fail against a stub)")
    parser.add_argument("--rounds", type=int, default=2, help="grpo: passes over the problems")
    parser.add_argument("--workers", type=int, default=1,
                        help="grpo, rft: sandbox threads that run the sampled answers")
    parser.add_argument("--keep-per-problem", type=int, default=2, metavar="N",
                        help="rft: the N verified answers with the most checks that hold, per problem")
    parser.add_argument("--output", type=Path, required=True, help="adapter folder to write")
    parser.add_argument("--epochs", type=float, default=3, help="sft: passes over the pairs")
    parser.add_argument("--max-steps", type=int, default=-1,
                        help="stop after N optimizer steps (default: the epochs decide)")
    parser.add_argument("--learning-rate", type=float,
                        help="default 1e-3 (sft), 2e-4 (grpo)")
    parser.add_argument("--rank", type=int, default=8, help="LoRA rank")
    parser.add_argument("--alpha", type=int, default=16, help="LoRA alpha (scale = alpha / rank)")
    parser.add_argument("--target-modules", default="all-linear",
                        help="comma-separated layer names, or all-linear (attention + MLP)")
    parser.add_argument("--max-length", type=int, default=768,
                        help="tokens per example, at most (sft: a longer pair is cut after one of "
                             "its checks to fit, or left out)")
    parser.add_argument("--grad-accum", type=int, default=1,
                        help="sft: examples per optimizer step")
    parser.add_argument("--save-steps", type=int, default=0,
                        help="write a checkpoint (adapter + trainer state) every N steps "
                             "under OUTPUT/checkpoints")
    parser.add_argument("--resume", type=Path, default=None, metavar="CHECKPOINT",
                        help="sft: go on from a checkpoint folder of an earlier run")
    add_model_options(parser.add_argument_group("base model"), prompting=False)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from testdraft.model.errors import ModelError

    try:
        if args.method in ("grpo", "rl"):
            return _run_rl(args)
        if args.method == "rft":
            return _run_rft(args)
        return _run_sft(args)
    except (ModelError, TrainingDataError, ValueError) as error:
        print(f"testdraft train: {error}", file=sys.stderr)
        return 1


def _lora_options(args: argparse.Namespace, settings: Any, learning_rate: float) -> Any:
    from testdraft.model.training import ALL_LINEAR, LoraTrainingOptions

    modules = (ALL_LINEAR if args.target_modules == "all-linear"
               else tuple(m.strip() for m in args.target_modules.split(",") if m.strip()))
    return LoraTrainingOptions(
        rank=args.rank, alpha=args.alpha, epochs=args.epochs,
        learning_rate=args.learning_rate or learning_rate, max_length=args.max_length,
        seed=_seed(settings), target_modules=modules,
        gradient_accumulation=args.grad_accum, max_steps=args.max_steps,
        save_steps=args.save_steps,
    )


def _load_base(args: argparse.Namespace) -> tuple[Any, Any]:
    from testdraft.model.loader import load_model

    # Training needs the floating-point weights and no adapter on top.
    settings = dataclasses.replace(settings_from_args(args), quantize="none", adapters=(),
                                   default_adapter=False)
    return settings, load_model(settings, progress=_say)


def _run_sft(args: argparse.Namespace) -> int:
    if args.ui is not None:
        return _run_ui_sft(args)
    if args.data is None:
        raise TrainingDataError("--method sft needs --data PAIRS.jsonl (or --ui DIR)")
    if args.adapter:
        raise ValueError("--adapter is for --method grpo (RL that goes on from an adapter); sft "
                         "trains a fresh adapter, and goes on from its own run with --resume CHECKPOINT")
    settings, loaded = _load_base(args)
    pairs = read_pairs(args.data)
    _sft_on_pairs(args, pairs, settings, loaded, {
        "method": "sft",
        "data": str(args.data),
        "data_sha256": hashlib.sha256(read_data(args.data)).hexdigest(),
        **_data_manifest(args.data),
    }, args.limit)
    return 0


def _sft_on_pairs(args: argparse.Namespace, pairs: list[Pair], settings: Any, loaded: Any,
                  source: dict[str, object], limit: int | None) -> None:
    """SFT on the pairs that hold --min-asserts checks and fit --max-length (cut to fit),
    capped per package and a seeded sample of `limit`; the adapter and its provenance go to --output."""
    asserted = [pair for pair in pairs if pair.checks >= args.min_asserts]
    examples: dict[Pair, Any] = {}
    trimmed = 0
    for pair in asserted:
        fitted = _longest_fitting(pair, loaded, settings, args)
        if fitted is not None:
            examples[fitted[0]] = fitted[1]
            trimmed += fitted[0] != pair
    fitting = list(examples)
    if not fitting:
        raise TrainingDataError(f"no pair with {args.min_asserts}+ asserts fits in --max-length "
                                f"{args.max_length} tokens")
    capped = cap_per_package(fitting, args.max_per_package, _seed(settings))
    chosen = _sample(capped, limit, _seed(settings))
    options = _lora_options(args, settings, 1e-3)
    _say(f"training on {len(chosen)} pairs ({len(pairs) - len(asserted)} with fewer than "
         f"{args.min_asserts} asserts and {len(asserted) - len(fitting)} longer than "
         f"{args.max_length} tokens left out, {trimmed} cut to fit, {len(fitting) - len(capped)} over "
         f"--max-per-package), {args.epochs} epoch(s)")
    report, epochs = _train_sft(args, loaded, options, [examples[p] for p in chosen])
    _write_provenance(args, loaded, options, {
        **source,
        "engine": "trl.SFTTrainer",
        "selection": {"min_asserts": args.min_asserts, "max_length": args.max_length,
                      "max_per_package": args.max_per_package, "limit": limit,
                      "seed": _seed(settings)},
        "pairs": len(chosen),
        "pairs_per_package": dict(Counter(pair.package or "" for pair in chosen).most_common()),
        "steps": report.steps,
        # Mean loss over each epoch's steps: single steps differ by example, not by progress.
        "epoch_losses": epochs,
        "seconds": round(report.seconds, 1),
    })
    print(f"adapter written to {args.output}: {report.steps} steps, mean loss per epoch "
          f"{' -> '.join(f'{loss:.3f}' for loss in epochs)} in {report.seconds:.0f} s")


def _run_ui_sft(args: argparse.Namespace) -> int:
    """SFT of the UI model: every case of the corpus that fits in --max-length tokens."""
    from testdraft.model.prompts import choose_format
    from testdraft.ui.training import corpus_digest, ui_example, ui_pairs

    if args.adapter:
        raise ValueError("--adapter is for --method grpo; --ui trains a fresh adapter")
    pairs = ui_pairs(args.ui)
    if not pairs:
        raise TrainingDataError(f"{args.ui} has no UI case with a reference test")
    settings, loaded = _load_base(args)
    fmt = choose_format(settings.prompt_format, loaded.has_chat_template)
    examples = {pair.case: ui_example(pair, loaded.tokenizer, fmt) for pair in pairs}
    fitting = [name for name, example in examples.items() if _tokens(loaded.tokenizer, example) <= args.max_length]
    if not fitting:
        raise TrainingDataError(f"no UI case fits in --max-length {args.max_length} tokens")
    chosen = sorted(_sample(fitting, args.limit, _seed(settings)))
    options = _lora_options(args, settings, 1e-3)
    _say(f"training on {len(chosen)} UI cases ({len(pairs) - len(fitting)} longer than "
         f"{args.max_length} tokens left out), {args.epochs} epoch(s)")
    report, epochs = _train_sft(args, loaded, options, [examples[name] for name in chosen])
    _write_provenance(args, loaded, options, {
        "method": "sft",
        "task": "ui",
        "engine": "trl.SFTTrainer",
        "data": str(args.ui),
        "data_sha256": corpus_digest(args.ui),
        "selection": {"max_length": args.max_length, "limit": args.limit, "seed": _seed(settings)},
        "cases": chosen,
        "steps": report.steps,
        "epoch_losses": epochs,
        "seconds": round(report.seconds, 1),
    })
    print(f"UI adapter written to {args.output}: {report.steps} steps on {len(chosen)} cases, mean loss "
          f"per epoch {' -> '.join(f'{loss:.3f}' for loss in epochs)} in {report.seconds:.0f} s")
    return 0


def _train_sft(args: argparse.Namespace, loaded: Any, options: Any, examples: list[Any]) -> tuple[Any, list[float]]:
    """trl's SFT on `examples` (each step's loss to stderr), and the mean loss of each epoch."""
    from testdraft.model.training import train_lora

    report = train_lora(loaded.model, loaded.tokenizer, examples, args.output, options,
                        on_step=lambda step, loss: _say(f"step {step}: loss {loss:.3f}"),
                        resume_from=args.resume)
    per_epoch = max(1, -(-len(examples) // max(1, args.grad_accum)))  # the last step may be short
    losses = report.losses
    chunks = [losses[start : start + per_epoch] for start in range(0, len(losses), per_epoch)]
    return report, [round(sum(chunk) / len(chunk), 4) for chunk in chunks]


def _seed(settings: Any) -> int:
    return settings.seed if settings.seed is not None else 0


def _sample(items: list[T], limit: int | None, seed: int) -> list[T]:
    """--limit: a seeded sample, not the first N (the data is grouped by package)."""
    if not limit:
        return items
    return random.Random(seed).sample(items, min(limit, len(items)))


def _longest_fitting(pair: Pair, loaded: Any, settings: Any,
                     args: argparse.Namespace) -> tuple[Pair, Any] | None:
    """The pair as it is when it fits in --max-length tokens, else its longest cut (whole
    statements, `shorter_tests`) that fits and still holds --min-asserts checks."""
    example = _example(pair, loaded, settings)
    if _tokens(loaded.tokenizer, example) <= args.max_length:
        return pair, example
    cuts = [cut for cut in shorter_tests(pair) if cut.checks >= args.min_asserts]
    best: tuple[Pair, Any] | None = None
    low, high = 0, len(cuts) - 1
    while low <= high:  # token counts grow with the cut: bisect for the longest that fits
        middle = (low + high) // 2
        example = _example(cuts[middle], loaded, settings)
        if _tokens(loaded.tokenizer, example) <= args.max_length:
            best, low = (cuts[middle], example), middle + 1
        else:
            high = middle - 1
    return best


def _tokens(tokenizer: Any, example: Any) -> int:
    return len(tokenizer(example.prompt + example.completion, add_special_tokens=False)["input_ids"])


def _data_manifest(data: Path) -> dict[str, object]:
    """The committed manifest (docstring pairs or unit-test pairs) that lists this data
    file, by hash, when there is one."""
    digest = hashlib.sha256(read_data(data)).hexdigest()  # the manifest hashes the uncompressed file
    for manifest in (TRAINING_DATA_DIR / "manifest.json", TRAINING_DATA_DIR / "unit-manifest.json"):
        if not manifest.is_file():
            continue
        listed = json.loads(manifest.read_text(encoding="utf-8")).get("data", {})
        if any(entry.get("sha256") == digest for entry in listed.values()):
            return {"data_manifest": f"models/training-data/{manifest.name}",
                    "data_manifest_sha256": hashlib.sha256(manifest.read_bytes()).hexdigest()}
    return {}


def _problems_dataset(args: argparse.Namespace) -> list[Any]:
    """--dataset's problems (grpo, rft): never eval's package problems."""
    from testdraft.evaluation.package_problems import is_pairs_dataset
    from testdraft.evaluation.problems import DatasetError, load_dataset

    if args.dataset is None:
        raise TrainingDataError(f"--method {args.method} needs --dataset (humaneval or a PyTester CSV)")
    if is_pairs_dataset(args.dataset):  # eval's package problems: never trained on (heldout)
        raise TrainingDataError(f"--method {args.method} takes humaneval or a PyTester CSV, not {args.dataset}")
    try:
        return load_dataset(args.dataset)
    except DatasetError as error:
        raise TrainingDataError(str(error)) from error


def _chosen_problems(dataset: list[Any], args: argparse.Namespace, settings: Any) -> list[Any]:
    """--max-per-package (by the task id's top-level module), then a seeded --limit."""
    capped = cap_per_group(dataset, lambda problem: problem.package, args.max_per_package, _seed(settings))
    return _sample(capped, args.limit, _seed(settings))


def _run_rft(args: argparse.Namespace) -> int:
    import tempfile
    import time

    from testdraft.model.loader import attach_adapters
    from testdraft.model.prompts import choose_format
    from testdraft.model.reinforce import rl_problem
    from testdraft.model.rejection import SamplingOptions, best_pairs, sample_and_verify
    from testdraft.model.settings import AdapterSettings

    adapter = _one_adapter(args)
    earlier = read_pairs(args.data) if args.data else []  # an earlier round's verified pairs
    dataset = _problems_dataset(args)
    settings, loaded = _load_base(args)
    dataset = _chosen_problems(dataset, args, settings)
    if adapter is not None:  # a later round: sample with the earlier round's adapter on (frozen)
        attach_adapters(loaded, (AdapterSettings(str(adapter)),), progress=_say)
    options = SamplingOptions(
        samples=max(2, settings.num_candidates),
        temperature=0.8 if args.temperature is None else settings.temperature,
        top_p=settings.top_p, max_new_tokens=settings.max_new_tokens, workers=args.workers)
    fmt = choose_format(settings.prompt_format, loaded.has_chat_template)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="testdraft-rft-") as workdir:
        problems = [rl_problem(problem.reference_code, problem.fn_name, Path(workdir) / str(index))
                    for index, problem in enumerate(dataset)]
        _say(f"sampling {options.samples} answers for each of {len(problems)} problems")

        def on_problem(index: int, answers: list[Any]) -> None:
            _say(f"{dataset[index].task_id}: {sum(a.kept > 0 for a in answers)}/{len(answers)} "
                 f"answers keep a check, best {max(a.kept for a in answers)}")

        verified = sample_and_verify(loaded.model, loaded.tokenizer, problems, fmt,
                                     settings.system_prompt, options, on_problem)
    if adapter is not None:  # train a fresh adapter on the base model, as the first round did
        loaded.model = loaded.model.unload()
        loaded.adapter_names = loaded.adapter_paths = ()
    pairs = [pair for problem, source, answers in zip(problems, dataset, verified, strict=True)
             for pair in best_pairs(problem, source.prompt_code, source.package, answers,
                                    args.keep_per_problem, args.min_asserts)]
    sampled = len(pairs)
    pairs = list(dict.fromkeys([*pairs, *earlier]))  # Pair is frozen: equal pairs count once
    sampling_seconds = time.perf_counter() - started
    args.output.mkdir(parents=True, exist_ok=True)
    pairs_file = args.output / "rft-pairs.jsonl"  # the data, to read or to train on with --method sft
    pairs_file.write_text("".join(json.dumps(dataclasses.asdict(pair)) + "\n" for pair in pairs),
                          encoding="utf-8")
    answers = [answer for group in verified for answer in group]
    _say(f"{sampled} verified pairs sampled, {len(pairs)} with --data's, for "
         f"{len({p.function for p in pairs})} functions ({sampling_seconds:.0f} s); written to {pairs_file}")
    if not pairs:
        raise TrainingDataError("no sampled answer kept a check that holds: nothing to train on")
    _sft_on_pairs(args, pairs, settings, loaded, {
        "method": "rft",
        "dataset": args.dataset,
        **({"dataset_sha256": hashlib.sha256(Path(args.dataset).read_bytes()).hexdigest()}
           if Path(args.dataset).is_file() else {}),
        "sampling": {**dataclasses.asdict(options), "problems": len(problems),
                     "answers": len(answers), "answers_with_tests": sum(a.checks > 0 for a in answers),
                     "answers_keeping_a_check": sum(a.kept > 0 for a in answers),
                     "keep_per_problem": args.keep_per_problem, "pairs_sampled": sampled,
                     "seconds": round(sampling_seconds, 1),
                     **({"sampled_with_adapter": _adapter_record(adapter)} if adapter else {})},
        **({"earlier_pairs": {"path": str(args.data), "pairs": len(earlier),
                              "sha256": hashlib.sha256(read_data(args.data)).hexdigest()}}
           if args.data else {}),
        "data": str(pairs_file),
        "data_sha256": hashlib.sha256(pairs_file.read_bytes()).hexdigest(),
    }, limit=None)  # --limit chose the problems; SFT takes every verified pair that fits
    return 0


def _one_adapter(args: argparse.Namespace) -> Path | None:
    """The one --adapter grpo goes on from, or rft samples with; None without one."""
    if len(args.adapter or ()) > 1:
        raise ValueError(f"--method {args.method} takes one adapter, not {len(args.adapter)}")
    return Path(args.adapter[0]).expanduser() if args.adapter else None


def _adapter_record(path: Path) -> dict[str, object]:
    """How the provenance names an adapter a run started from: its path and weights' sha256."""
    from testdraft.training_data.sources import sha256_of

    weights = path / "adapter_model.safetensors"
    return {"path": str(path), "sha256": sha256_of(weights) if weights.is_file() else None}


def _run_rl(args: argparse.Namespace) -> int:
    import tempfile

    from testdraft.model.prompts import choose_format
    from testdraft.model.reinforce import RlOptions, rl_problem, train_rl
    from testdraft.model.training import continue_adapter

    dataset = _problems_dataset(args)
    adapter = _one_adapter(args)
    settings, loaded = _load_base(args)
    dataset = _chosen_problems(dataset, args, settings)
    lora = _lora_options(args, settings, 2e-4)
    start: dict[str, object] = {}
    if adapter is not None:  # go on training that adapter (an SFT run's) instead of a fresh one
        lora = continue_adapter(loaded, adapter, lora, progress=_say)
        start = {"start_adapter": _adapter_record(adapter)}
    options = RlOptions(
        rounds=args.rounds,
        samples=max(2, settings.num_candidates),  # a group of one has no baseline
        temperature=0.8 if args.temperature is None else settings.temperature,
        top_p=settings.top_p,
        max_new_tokens=settings.max_new_tokens,
        workers=args.workers,
        lora=lora,
    )
    fmt = choose_format(settings.prompt_format, loaded.has_chat_template)
    with tempfile.TemporaryDirectory(prefix="testdraft-rl-") as workdir:
        problems = [rl_problem(problem.reference_code, problem.fn_name, Path(workdir) / str(index))
                    for index, problem in enumerate(dataset)]
        _say(f"GRPO on {len(problems)} problems, {options.rounds} round(s), "
             f"{options.samples} samples each")

        def on_step(step: int, reward: float) -> None:
            _say(f"step {step}: mean reward {reward:.2f}")

        report = train_rl(loaded.model, loaded.tokenizer, problems, args.output, fmt,
                          settings.system_prompt, options, on_step=on_step)
    _write_provenance(args, loaded, options.lora, {
        "method": "grpo",
        "engine": "trl.GRPOTrainer",
        "reward": "testdraft.validate.reward.TRAINING_WEIGHTS",
        **start,
        "dataset": args.dataset,
        "problems": len(problems),
        "rounds": options.rounds,
        "samples": options.samples,
        "temperature": options.temperature,
        "steps": report.steps,
        "step_rewards": [round(r, 4) for r in report.step_rewards],
        "step_reward_std": [round(r, 4) for r in report.step_reward_std],
        "seconds": round(report.seconds, 1),
    })
    rewards = " -> ".join(f"{r:.3f}" for r in report.step_rewards)
    print(f"adapter written to {args.output}: {report.steps} steps, mean reward per step "
          f"{rewards} in {report.seconds:.0f} s")
    return 0


def _write_provenance(args: argparse.Namespace, loaded: Any, options: Any,
                      details: dict[str, object]) -> None:
    provenance: dict[str, object] = {
        "base_model": loaded.source,
        "base_sha256": loaded.sha256,
        "lora": dataclasses.asdict(options),
        **details,
    }
    (args.output / "testdraft-training.json").write_text(json.dumps(provenance, indent=2) + "\n")



def _example(pair: Pair, loaded: Any, settings: Any) -> Any:
    from testdraft.model.prompts import choose_format
    from testdraft.model.training import example_from_tests

    spec, target = pair_prompt_view(pair)
    fmt = choose_format(settings.prompt_format, loaded.has_chat_template)
    return example_from_tests(spec, target, pair.tests, loaded.tokenizer, fmt,
                              settings.system_prompt)


def _say(message: str) -> None:
    print(message, file=sys.stderr)
