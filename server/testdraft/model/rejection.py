"""Rejection-sampling fine-tuning: the model's own answers, verified in the sandbox, become its SFT data.

The RL recipe in its batch form (expert iteration): for each problem (a function with its real
implementation, `reinforce.RlProblem`) the model samples several answers to the suggestion
prompt; each answer runs against the implementation exactly as GRPO's reward runs it
(`reinforce.held_checks`: one test per check, and a check that also holds against a stub
returning None does not count); the checks that hold and can fail are kept, the rest are
cut out of the answer's tests; the best verified answers of each problem become (source, tests)
pairs that `testdraft train --method rft` fine-tunes on with the SFT trainer. The targets are
values the model itself predicted and the sandbox confirmed, not a foreign style.

Sampling is batched over prompts (left padding), so a GPU does hundreds of answers a minute;
the sandbox runs in `workers` threads (each check run is a subprocess), overlapping the next
batch's generation.
"""

from __future__ import annotations

import ast
import logging
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.model.reinforce import ANSWER_TEST, CHECK_NUMBER, WHOLE_TEST, RlProblem, held_checks
from testdraft.training_data.pairs import Pair
from testdraft.validate.rank import is_check

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SamplingOptions:
    samples: int = 8  # answers per problem
    temperature: float = 0.8
    top_p: float = 0.95
    max_new_tokens: int = 256
    prompts_per_batch: int = 16  # x samples = sequences per generate call
    workers: int = 1  # sandbox threads


@dataclass(frozen=True)
class VerifiedAnswer:
    problem: int
    checks: int  # checks in the answer (one per assert / pytest.raises)
    kept: int  # of those, checks that held and fail against the stub
    tests: str  # the answer's tests with every other check cut out; "" when none is kept


def verify_answer(problem: RlProblem, index: int, answer: str, fmt: PromptFormat,
                  prefill_imports: frozenset[str]) -> VerifiedAnswer:
    """Run one answer (pre-filled start included) in the sandbox; keep the checks that can fail."""
    checked = held_checks(problem, answer, fmt)
    if checked is None:
        return VerifiedAnswer(index, 0, 0, "")
    if set(checked.parsed.imports) - prefill_imports:  # an import the prompt does not give
        return VerifiedAnswer(index, len(checked.checks), 0, "")
    kept = [(check.meta[ANSWER_TEST], check.meta[CHECK_NUMBER]) for check in checked.held]
    kept_tests = []
    for number, test in enumerate(checked.parsed.tests):
        trimmed = _keep_checks(test.code, {check for held_in, check in kept if held_in == number})
        if trimmed:
            kept_tests.append(trimmed)
    return VerifiedAnswer(index, len(checked.checks), len(kept), "\n\n".join(kept_tests))


def _keep_checks(code: str, kept_numbers: set[object]) -> str:
    """The test with only its kept checks (by their numbers in it, WHOLE_TEST for a test that
    was not split); "" when none is kept."""
    if WHOLE_TEST in kept_numbers:
        return code.strip()
    function = ast.parse(code).body[0]
    assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)
    body, number = [], 0
    for statement in function.body:
        if is_check(statement):
            number += 1
            if number not in kept_numbers:
                continue
        body.append(statement)
    if not any(is_check(statement) for statement in body):
        return ""
    while not is_check(body[-1]):  # set-up after the last kept check checks nothing
        body.pop()
    function.body = body
    return ast.unparse(function)


def sample_answers(model: Any, tokenizer: Any, prompts: Sequence[str],
                   options: SamplingOptions) -> Iterator[tuple[int, list[str]]]:
    """(prompt index, its sampled completions), a batch of prompts per generate call."""
    import torch

    tokenizer.padding_side = "left"  # the prompts' ends line up; generation continues from there
    pad = tokenizer.pad_token_id or tokenizer.eos_token_id
    device = next(model.parameters()).device
    for start in range(0, len(prompts), options.prompts_per_batch):
        batch = list(prompts[start : start + options.prompts_per_batch])
        encoded = tokenizer(batch, return_tensors="pt", padding=True, add_special_tokens=False).to(device)
        with torch.no_grad():
            output = model.generate(
                **encoded, do_sample=True, temperature=options.temperature, top_p=options.top_p,
                max_new_tokens=options.max_new_tokens, num_return_sequences=options.samples,
                pad_token_id=pad)
        texts = tokenizer.batch_decode(output[:, encoded["input_ids"].shape[1]:], skip_special_tokens=True)
        for offset in range(len(batch)):
            yield start + offset, texts[offset * options.samples : (offset + 1) * options.samples]


def sample_and_verify(model: Any, tokenizer: Any, problems: Sequence[RlProblem],
                      fmt: PromptFormat, system_prompt: str, options: SamplingOptions,
                      on_problem: Callable[[int, list[VerifiedAnswer]], None] | None = None,
                      ) -> list[list[VerifiedAnswer]]:
    """Every problem's sampled answers, verified; generation overlaps the sandbox runs."""
    prompts = [build_prompt(p.spec, p.target, fmt, system_prompt) for p in problems]
    texts = [prompt.local_text(tokenizer) for prompt in prompts]
    verified: list[list[VerifiedAnswer]] = [[] for _ in problems]
    with ThreadPoolExecutor(max_workers=max(1, options.workers)) as pool:
        pending: list[tuple[int, list[Future[VerifiedAnswer]]]] = []
        for index, completions in sample_answers(model, tokenizer, texts, options):
            imports = frozenset(line.strip() for line in prompts[index].prefill.splitlines()
                                if line.startswith(("import ", "from ")))
            pending.append((index, [pool.submit(verify_answer, problems[index], index,
                                                prompts[index].prefill + completion, fmt, imports)
                                    for completion in completions]))
        for index, futures in pending:
            verified[index] = [future.result() for future in futures]
            if on_problem:
                on_problem(index, verified[index])
    return verified


def best_pairs(problem: RlProblem, source: str, package: str | None,
               answers: Sequence[VerifiedAnswer], keep: int, min_checks: int) -> list[Pair]:
    """Up to `keep` distinct verified answers with the most kept checks (at least `min_checks`)."""
    ranked = sorted((a for a in answers if a.kept >= min_checks and a.tests),
                    key=lambda a: (-a.kept, len(a.tests)))
    pairs: list[Pair] = []
    for answer in ranked:
        if len(pairs) == keep:
            break
        if all(answer.tests != pair.tests for pair in pairs):
            pairs.append(Pair(source=source, tests=answer.tests, function=problem.spec.name,
                              module=problem.target.module, package=package))
    return pairs
