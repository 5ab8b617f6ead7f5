"""ModelGenerator: the model as a `Generator`, beside the docstring and skeleton ones."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, DroppedTest, FailedRun, Failure, Generator, ImportTarget
from testdraft.model.code_completion import fence_end
from testdraft.model.errors import NoUsableOutput
from testdraft.model.few_shot import retrieve_shots
from testdraft.model.implementations import drafted_body, implementation_prompt
from testdraft.model.parse_output import answer_end, chat_output_end, parse_answer
from testdraft.model.prompts import Prompt, PromptFormat, build_prompt, repair_prompt
from testdraft.render.edits import rename_test, same_test_key, unique_name
from testdraft.spec.model import FunctionSpec

if TYPE_CHECKING:
    from testdraft.model.decoding import Completion
    from testdraft.model.service import ModelService, Session, WaitListener
    from testdraft.model.settings import ModelSettings

log = logging.getLogger(__name__)


class ModelGenerator(Generator):
    """Streams model-written tests as each sampled candidate completes.

    Raises `ModelUnavailable` when no model is ready, `Cancelled` when cancelled, and
    `NoUsableOutput` (after the stream ends) when no candidate held a usable test, with
    the reasons (e.g. "the model wrote prose, not code"). All are `ModelError`s except
    Cancelled; callers show the message and keep the other generators' tests.
    """

    name = "model"
    sampled = True  # candidates take seconds each: the editor gets them as they arrive

    def __init__(self, service: ModelService, key: str | None = None, on_wait: WaitListener | None = None) -> None:
        self.service = service
        self.key = key  # a newer request with the same key supersedes this one while it waits
        self.on_wait = on_wait
        self.dropped: list[DroppedTest] = []  # what the last answers held that was left out

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        self.dropped = []
        taken: set[str] = set()
        with self.service.session(cancel, key=self.key, on_wait=self.on_wait) as session:
            fmt, prompt = self._prompt(session, spec, target)
            # Candidate 0 stops after its first test: the first suggestion shows up sooner.
            first_end = partial(chat_output_end, max_tests=1) if fmt is PromptFormat.CHAT \
                else None
            settings = session.settings.for_function(spec.is_implemented)
            completions = session.backend.complete(prompt, settings, answer_end(fmt), session.cancel, first_end)
            yield from self._candidates(completions, fmt, spec, target, taken)
        if not taken:
            raise NoUsableOutput(
                "the model wrote no usable test: "
                + ("; ".join(f"{item.name}: {item.detail or item.reason.value}" for item in self.dropped)
                   or "empty answer")
            )

    def repair(
        self, spec: FunctionSpec, target: ImportTarget, failures: Sequence[FailedRun],
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> Iterator[CandidateTest]:
        """For each failure, the question again with the failing test and its error as the
        next turns (`prompts.repair_prompt`), answered by half as many samples as a
        suggestion takes: a 0.5B model mostly fails on set-up (a mock without the awaited
        method, a constructor called with fields it lacks), which the error names."""
        self.dropped = []
        taken: set[str] = set()
        with self.service.session(cancel, key=self.key, on_wait=self.on_wait) as session:
            fmt, prompt = self._prompt(session, spec, target)
            if fmt is not PromptFormat.CHAT:
                return  # PyTester's completion format has no turn to answer in
            settings = session.settings.for_function(spec.is_implemented)
            settings = replace(settings, num_candidates=max(1, settings.num_candidates // 2))
            for failure in failures:
                fix = self._asked_anew(session, spec, target, failure) or repair_prompt(prompt, failure)
                completions = session.backend.complete(fix, settings, answer_end(fmt), session.cancel)
                for test in self._candidates(completions, fmt, spec, target, taken):
                    yield replace(test, meta={**test.meta, "repairs": failure.test.name})

    def draft_implementations(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> list[str]:
        """`implementationDrafts` bodies for a function without one, sampled as its tests are
        (`model.implementations`); those that do not parse or define nothing are left out."""
        with self.service.session(cancel, key=self.key, on_wait=self.on_wait) as session:
            settings = session.settings
            chat = session.backend.prompt_format(settings.prompt_format) is PromptFormat.CHAT
            if spec.is_implemented or settings.implementation_drafts < 1 or not chat:
                return []
            settings = replace(settings, num_candidates=settings.implementation_drafts)
            completions = session.backend.complete(implementation_prompt(spec, target), settings, fence_end,
                                                   session.cancel)
            bodies = [drafted_body(completion.text, spec) for completion in completions]
        return [body for body in bodies if body is not None]

    def _asked_anew(self, session: Session, spec: FunctionSpec, target: ImportTarget,
                    failure: FailedRun) -> Prompt | None:
        """For a copy of a test the prompt showed as the project's style: the question again,
        without that test (told not to copy, a small model copies again), or None when the
        prompt did not show it."""
        context = target.context
        if failure.kind is not Failure.COPIED or context is None:
            return None
        shown = context.without_example_of(same_test_key(failure.test.code))
        if shown.sections == context.sections:
            return None
        return self._prompt(session, spec, replace(target, context=shown))[1]

    def _prompt(self, session: Session, spec: FunctionSpec, target: ImportTarget) -> tuple[PromptFormat, Prompt]:
        settings = session.settings
        fmt = session.backend.prompt_format(settings.prompt_format)
        shots = retrieve_shots(spec, settings.few_shot,
                               Path(settings.few_shot_data) if settings.few_shot_data else None)
        return fmt, build_prompt(spec, target, fmt, settings.system_prompt, shots)

    def _candidates(
        self, completions: Iterable[Completion], fmt: PromptFormat, spec: FunctionSpec, target: ImportTarget,
        taken: set[str],
    ) -> Iterator[CandidateTest]:
        """The tests of each answer as it completes, named apart from those in `taken`."""
        for completion in completions:
            parsed = parse_answer(completion.text, fmt, spec, target)
            self.dropped += [
                replace(item, name=item.name or f"candidate {completion.index}") for item in parsed.dropped
            ]
            # Identical tests from two answers both go on: agreement is a vote in TDD
            # ranking, and `pipeline.choose` removes the duplicate once for the request.
            for test in parsed.tests:
                name = unique_name(test.name, taken)
                taken.add(name)
                code = rename_test(test.code, test.name, name)
                yield CandidateTest(
                    name=name,
                    code=code,
                    imports=(*parsed.imports, target.import_line),
                    origin="model",
                    asserts=test.asserts,
                    meta={
                        "candidate": completion.index,
                        "finish": completion.finish,
                        "tokens": completion.tokens,
                        "seconds": round(completion.seconds, 3),
                        "prompt_format": fmt.value,
                    },
                )


def load_model_generator(settings: ModelSettings) -> ModelGenerator:
    """The model loaded now, for callers that wait for it (the CLI, the eval); raises
    `ModelError` when it cannot load."""
    from testdraft.model.service import ModelService

    service = ModelService()
    service.load_now(settings)
    return ModelGenerator(service)
