"""RL with an execution reward on trl's `GRPOTrainer`: the model writes tests, the sandbox scores.

Each problem is a function with its reference implementation. The trainer samples a group
of answers per prompt (the suggestion prompt, pre-filled start included); the reward
function turns each answer into a test module exactly as suggestions are parsed, splits it
into one test per check as ranking does, runs it against the implementation in the sandbox,
and scores it with the ONE reward module (`validate.reward.check_reward`, with
`TRAINING_WEIGHTS`: syntax, each check's share of executes / asserts hold, and coverage and
mutation score of the checks that hold; a check that also holds against a stub of the function
that returns None earns nothing for holding). GRPO takes the group's mean as the baseline; LoRA weights learn.
Generation goes through `model.generate` here; on GPUs `GRPOConfig(use_vllm=True)` moves it
to vLLM and `accelerate launch` spreads the run, with the same reward (models/README.md).
"""

from __future__ import annotations

import logging
import statistics
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, ImportTarget
from testdraft.model.errors import ModelError
from testdraft.model.parse_output import ParseResult, parse_answer
from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.model.training import (
    LoraTrainingOptions,
    StepProgress,
    TrainingReport,
    peft_config_for,
    quiet,
    save_adapter,
    trainer_arguments,
)
from testdraft.render.edits import with_unique_names
from testdraft.render.module import render_module
from testdraft.spec.model import FunctionSpec
from testdraft.validate.engine import (
    ValidationOptions,
    ValidationReport,
    ValidationTarget,
    validate_suite,
)
from testdraft.validate.rank import split_candidate
from testdraft.validate.reward import TRAINING_WEIGHTS, check_reward
from testdraft.validate.stub_check import check_against_stub

log = logging.getLogger(__name__)

# Every sampled answer runs, with mutation testing: the mutation score is part of the reward.
REWARD_OPTIONS = ValidationOptions(test_timeout_s=3.0, suite_timeout_s=20.0, mutation=True)
# ... once per check first, to know which checks hold (no coverage, no mutants).
CHECK_OPTIONS = ValidationOptions(test_timeout_s=3.0, suite_timeout_s=20.0, coverage=False, mutation=False)


@dataclass(frozen=True)
class RlProblem:
    spec: FunctionSpec  # signature + docstring: all the prompt shows
    target: ImportTarget  # how the tests import the function
    validation: ValidationTarget  # the implementation the answers run against


@dataclass(frozen=True)
class RlOptions:
    rounds: int = 2  # passes over the problems
    samples: int = 4  # answers per problem per step (the group)
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 192
    workers: int = 1  # sandbox threads scoring a step's answers
    lora: LoraTrainingOptions = field(
        default_factory=lambda: LoraTrainingOptions(learning_rate=2e-4)
    )


@dataclass
class RlReport:
    adapter_dir: Path
    steps: int = 0
    step_rewards: list[float] = field(default_factory=list)  # mean reward of each step's group
    # ... and its standard deviation: 0 when every answer scored alike, a step with nothing
    # to learn (GRPO's advantage is an answer's reward minus the group's mean)
    step_reward_std: list[float] = field(default_factory=list)
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


# Where a unit of `held_checks` came from: the answer's test (its index in `parsed.tests`) and
# the check's number in it (the numbering of `validate.rank.check_units`), WHOLE_TEST when the
# test was not split.
ANSWER_TEST = "answer_test"
CHECK_NUMBER = "check_number"
WHOLE_TEST = 0


@dataclass(frozen=True)
class CheckedAnswer:
    parsed: ParseResult  # the answer's tests, read as suggestions are
    checks: list[CandidateTest]  # one unit per check, as ranking splits tests
    run: ValidationReport  # every unit against the implementation
    held: list[CandidateTest]  # the units that hold and fail against a stub returning None
    vacuous: frozenset[str]  # units that also hold against the stub: they could never fail


def held_checks(problem: RlProblem, answer: str, fmt: PromptFormat) -> CheckedAnswer | None:
    """Run an answer's checks in the sandbox; None when no test could be read from it."""
    parsed = parse_answer(answer, fmt, problem.spec, problem.target)
    if not parsed.tests:
        return None
    imports = (*parsed.imports, problem.target.import_line)
    # Unique names: a unit `test_f_2` split from `test_f` would otherwise shadow the answer's
    # own `test_f_2` in the module, and the one that ran would count for both.
    checks = with_unique_names([
        replace(unit, meta={**unit.meta, ANSWER_TEST: number, CHECK_NUMBER: check if len(units) > 1 else WHOLE_TEST})
        for number, test in enumerate(parsed.tests)
        for units in [split_candidate(CandidateTest(test.name, test.code, imports))]
        for check, unit in enumerate(units, start=1)])
    run = validate_suite(render_module(checks), problem.validation, CHECK_OPTIONS)
    held_names = {test.name for test in run.tests if test.status == "passed"}
    held = [check for check in checks if check.name in held_names]
    vacuous = frozenset(dropped.name for dropped in check_against_stub(held, problem.validation).dropped)
    return CheckedAnswer(parsed, checks, run, [c for c in held if c.name not in vacuous], vacuous)


def answer_reward(problem: RlProblem, answer: str, fmt: PromptFormat) -> float:
    """The reward of one model answer (pre-filled start included), run in the sandbox."""
    checked = held_checks(problem, answer, fmt)
    if checked is None:  # prose, or code that does not parse: as bad as a syntax error
        return TRAINING_WEIGHTS.syntax_error
    measured = (validate_suite(render_module(checked.held), problem.validation, REWARD_OPTIONS)
                if checked.held else None)
    return check_reward(checked.run, measured, TRAINING_WEIGHTS, checked.vacuous)


def reward_function(problems: Sequence[RlProblem], prefills: Sequence[str], fmt: PromptFormat,
                    workers: int = 1) -> Callable[..., list[float | None]]:
    """trl's reward callable: `problem` (a dataset column) says which problem each answer is for.
    The answers of a step run in `workers` threads (each run is a sandbox subprocess)."""

    def execution_reward(completions: list[str], problem: list[int],
                         **_: Any) -> list[float | None]:
        answers = [(problems[index], prefills[index] + completion)
                   for completion, index in zip(completions, problem, strict=True)]
        with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            return list(pool.map(lambda item: answer_reward(item[0], item[1], fmt), answers))

    return execution_reward


def train_rl(
    model: Any,
    tokenizer: Any,
    problems: Sequence[RlProblem],
    output_dir: Path,
    fmt: PromptFormat,
    system_prompt: str,
    options: RlOptions = RlOptions(),
    cancel: CancelToken = NEVER_CANCELLED,
    on_step: Callable[[int, float], None] | None = None,
) -> RlReport:
    """Train a LoRA adapter on `model` with `GRPOTrainer` and the execution reward; save it.

    A fresh adapter, or the one `model` carries when it is a PeftModel with trainable LoRA
    weights (`training.continue_adapter`: RL that starts from an SFT adapter).
    """
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer

    if not problems:
        raise ModelError("no problems to train on")
    if options.samples < 2:
        raise ModelError("GRPO needs at least 2 samples per problem (a group of one has no baseline)")
    started = time.perf_counter()
    prompts = [build_prompt(p.spec, p.target, fmt, system_prompt) for p in problems]
    dataset = Dataset.from_list([{"prompt": prompt.local_text(tokenizer), "problem": index}
                                 for index, prompt in enumerate(prompts)])
    lora = options.lora
    arguments = trainer_arguments(model, lora, output_dir)
    arguments.update(num_train_epochs=options.rounds, per_device_train_batch_size=options.samples,
                     gradient_accumulation_steps=1)
    config = GRPOConfig(
        **arguments,
        num_generations=options.samples,
        max_completion_length=options.max_new_tokens,
        temperature=options.temperature,
        top_p=options.top_p,
        beta=0.0,  # no KL term, so no reference model in memory: small steps, few rounds
        max_grad_norm=1.0,
        log_completions=False,
    )
    training = TrainingReport(adapter_dir=output_dir, steps=0)
    report = RlReport(adapter_dir=output_dir)

    def on_log(step: int, _loss: float) -> None:
        report.steps = step

    progress = StepProgress(training, cancel, on_log).make()
    rewards = _RewardLog(report, on_step).make()
    trainer = GRPOTrainer(model=model, reward_funcs=reward_function(problems, [p.prefill for p in prompts], fmt,
                                                                       options.workers),
                          args=config, train_dataset=dataset, processing_class=tokenizer,
                          peft_config=peft_config_for(model, lora), callbacks=[progress, rewards])
    quiet(trainer).train()
    save_adapter(trainer, output_dir, report, started, cancel)
    if report.step_rewards:
        log.info("GRPO: %d steps, mean reward %.3f", report.steps,
                 statistics.fmean(report.step_rewards))
    return report


class _RewardLog:
    """A `TrainerCallback` that keeps the mean reward trl logs after each step."""

    def __init__(self, report: RlReport, on_step: Callable[[int, float], None] | None) -> None:
        self.report, self.on_step = report, on_step

    def make(self) -> Any:
        from transformers import TrainerCallback

        outer = self

        class Callback(TrainerCallback):
            def on_log(self, args: Any, state: Any, control: Any, logs: Any = None,
                       **kwargs: Any) -> None:
                if logs and "reward" in logs:
                    outer.report.step_rewards.append(float(logs["reward"]))
                    outer.report.step_reward_std.append(float(logs.get("reward_std", 0.0)))
                    if outer.on_step:
                        outer.on_step(state.global_step, float(logs["reward"]))

        return Callback()
