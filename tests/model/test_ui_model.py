"""The UI generators on a real model (SmolLM2-135M): the completer's prompt and stop, and
"mapper+model" deciding about every TODO the mapper left (drafted, or left with a reason)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.conftest import REPO

from testdraft.model.code_completion import CODE_FENCE, code_completer, code_prompt
from testdraft.model.prompts import PromptFormat
from testdraft.model.service import ModelService
from testdraft.model.settings import ModelSettings
from testdraft.ui.pipeline import generate_ui_test

# A dev case whose mapper draft keeps TODOs (checked below, so the test cannot pass vacuously).
CASE = REPO / "benchmarks" / "ui-corpus" / "dev" / "98-pub-quiz-unanswered-state-router"


def test_the_completer_answers_in_a_code_block_that_it_closes(smol_service: ModelService) -> None:
    complete = code_completer(smol_service, max_new_tokens=48)
    answer = complete("Write one line of Python that prints hello.")
    assert answer.startswith(CODE_FENCE)
    assert "```" not in answer[len(CODE_FENCE):]  # generation stops at the closing fence
    chat = code_prompt("question", PromptFormat.CHAT)
    assert chat.messages == ({"role": "user", "content": "question"},) and chat.prefill == CODE_FENCE
    assert code_prompt("question", PromptFormat.COMPLETION).text == "question\n" + CODE_FENCE


def test_every_todo_of_the_mapper_is_drafted_or_kept_with_a_reason(smol_service: ModelService) -> None:
    component = next(CASE.glob("Component.*"))
    source = component.read_text()
    mapper = generate_ui_test(str(component), source, repair=False)
    todos = [line for line in mapper.code.splitlines() if line.strip().startswith("# TODO")]
    assert todos, "the case no longer has TODOs: pick another"
    asked: list[str] = []
    complete = code_completer(smol_service, max_new_tokens=48)

    def counted(prompt: str) -> str:
        asked.append(prompt)
        return complete(prompt)

    hybrid = generate_ui_test(str(component), source, generator="mapper+model", complete=counted, repair=False)
    assert len(asked) == len(todos)
    decided = [i for i in hybrid.issues if "drafted by the model" in i.message or "draft for this step" in i.message]
    assert len(decided) == len(todos)
    mapper_lines = [line for line in mapper.code.splitlines() if "TODO" not in line]
    hybrid_lines = hybrid.code.splitlines()
    assert all(line in hybrid_lines for line in mapper_lines)  # the mapper's own lines are never changed
    assert Path(hybrid.test_path).name == Path(mapper.test_path).name


def test_each_call_of_the_completer_is_a_new_draw(smol_settings: ModelSettings) -> None:
    # Sampling at temperature 1 with the service's seed: before, every call reseeded with the same
    # seed, so the `model` generator's samples were one answer repeated.
    service = ModelService()
    service.load_now(replace(smol_settings, temperature=1.0))
    try:
        prompt = "Write a Python function that adds two numbers."
        first, second = code_completer(service, max_new_tokens=24), code_completer(service, max_new_tokens=24)
        draws = [first(prompt), first(prompt), first(prompt)]
        assert len(set(draws)) > 1
        assert [second(prompt), second(prompt), second(prompt)] == draws  # the same seed, the same run
    finally:
        service.shutdown()
