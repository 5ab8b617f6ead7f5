"""RL with an execution reward: the model writes tests, the sandbox scores them, LoRA learns.

Each step takes one problem (a function with its reference implementation): sample several
answers from the current policy with the suggestion prompt, turn each into a test module
exactly as suggestions are parsed, run it against the implementation in the sandbox and
score it with the ONE seed reward (`validate.reward.seed_reward`: syntax, executes, asserts
hold, coverage). Advantages are rewards minus the group's mean, over its spread (a group
baseline, as GRPO uses); the LoRA weights take one REINFORCE step on
`advantage * negative log-likelihood` of each answer. Groups where every answer scored the
same teach nothing and are skipped. No value model, no KL term: small steps, few rounds.
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, ImportTarget
from testdraft.model.decoding import DecodingOptions, stream_completions
from testdraft.model.errors import ModelError
from testdraft.model.parse_output import answer_end, parse_answer
from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.model.training import LoraTrainingOptions, TrainingExample, add_lora, encode_example
from testdraft.render.module import render_module
from testdraft.spec.model import FunctionSpec
from testdraft.validate.engine import ValidationOptions, ValidationTarget, validate_suite
from testdraft.validate.reward import SEED_WEIGHTS, seed_reward

log = logging.getLogger(__name__)

# Scoring runs every sampled answer; mutation testing is not part of the seed reward.
REWARD_OPTIONS = ValidationOptions(test_timeout_s=3.0, suite_timeout_s=20.0, mutation=False)


@dataclass(frozen=True)
class RlProblem:
    spec: FunctionSpec  # signature + docstring: all the prompt shows
    target: ImportTarget  # how the tests import the function
    validation: ValidationTarget  # the implementation the answers run against


@dataclass(frozen=True)
class RlOptions:
    rounds: int = 2
    samples: int = 4  # answers per problem per step (the group)
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 192
    lora: LoraTrainingOptions = field(
        default_factory=lambda: LoraTrainingOptions(learning_rate=2e-4)
    )


@dataclass
class RlReport:
    adapter_dir: Path
    steps: int = 0
    skipped: int = 0  # groups whose answers all scored the same
    round_rewards: list[float] = field(default_factory=list)  # mean reward of each round's samples
    seconds: float = 0.0


def rl_problem(reference_code: str, function: str, folder: Path) -> RlProblem:
    """A problem from its reference module: written to `folder`, the prompt from its spec."""
    from testdraft.pipeline import spec_named, validation_target

    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "solution.py"
    source.write_text(reference_code, encoding="utf-8")
    spec = spec_named(reference_code.encode("utf-8"), function)
    target = ImportTarget.plain("solution", spec.name, str(folder))
    return RlProblem(spec, target, validation_target(spec, target, source))


def answer_reward(problem: RlProblem, answer: str, fmt: PromptFormat) -> float:
    """The seed reward of one model answer (pre-filled start included), run in the sandbox."""
    parsed = parse_answer(answer, fmt, problem.spec, problem.target)
    if not parsed.tests:  # prose, or code that does not parse: as bad as a syntax error
        return SEED_WEIGHTS.syntax_error
    imports = (*parsed.imports, problem.target.import_line)
    module = render_module([CandidateTest(test.name, test.code, imports) for test in parsed.tests])
    return seed_reward(validate_suite(module, problem.validation, REWARD_OPTIONS))


def train_rl(
    model: Any,
    tokenizer: Any,
    problems: Sequence[RlProblem],
    output_dir: Path,
    fmt: PromptFormat,
    system_prompt: str,
    options: RlOptions = RlOptions(),
    cancel: CancelToken = NEVER_CANCELLED,
    on_step: Callable[[int, list[float]], None] | None = None,
) -> RlReport:
    """Train a LoRA adapter on `model` (modified in place) by execution reward; save it."""
    import torch

    if not problems:
        raise ModelError("no problems to train on")
    started = time.perf_counter()
    policy, optimizer = add_lora(model, options.lora)
    device = next(policy.parameters()).device
    decoding = DecodingOptions(temperature=options.temperature, top_p=options.top_p,
                               max_new_tokens=options.max_new_tokens,
                               num_candidates=options.samples, prompt_lookup_tokens=0,
                               seed=options.lora.seed)
    find_end = answer_end(fmt)
    report = RlReport(adapter_dir=output_dir)
    for _ in range(options.rounds):
        round_rewards: list[float] = []
        for problem in problems:
            prompt = build_prompt(problem.spec, problem.target, fmt, system_prompt)
            text = prompt.local_text(tokenizer)
            policy.eval()
            answers = [c.text for c in stream_completions(policy, tokenizer, text, decoding,
                                                          find_end, cancel, str(device))]
            rewards = [answer_reward(problem, prompt.prefill + a, fmt) for a in answers]
            round_rewards += rewards
            if on_step:
                on_step(report.steps, rewards)
            spread = statistics.pstdev(rewards) if len(rewards) > 1 else 0.0
            if spread == 0:
                report.skipped += 1
                continue
            mean = statistics.fmean(rewards)
            policy.train()
            for answer, reward in zip(answers, rewards, strict=True):
                cancel.raise_if_cancelled()
                ids, labels = encode_example(tokenizer, TrainingExample(text, answer),
                                             options.lora.max_length, device)
                nll = policy(input_ids=ids, labels=labels).loss
                # Minimising advantage * NLL raises the likelihood of better-than-average answers.
                ((reward - mean) / spread * nll / len(answers)).backward()
            torch.nn.utils.clip_grad_norm_([p for p in policy.parameters() if p.requires_grad], 1.0)
            optimizer.step()
            optimizer.zero_grad()
            report.steps += 1
        report.round_rewards.append(statistics.fmean(round_rewards))
        log.info("RL round: mean reward %.3f", report.round_rewards[-1])
    policy.eval()
    output_dir.mkdir(parents=True, exist_ok=True)
    policy.save_pretrained(str(output_dir))
    report.seconds = time.perf_counter() - started
    return report
