"""The SmolLM2-135M fixture end to end: GGUF -> safetensors cache -> generation -> tests."""

from __future__ import annotations

import ast
import dataclasses
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.model.model_helpers import ADD_SOURCE, CLAMP_SOURCE, spec_from_source, target_for

from testdraft.cancellation import Cancelled, CancelToken
from testdraft.generate.base import CandidateTest, FailedRun, Failure, ImportTarget
from testdraft.model import assets
from testdraft.model.parse_output import chat_output_end
from testdraft.model.prompts import Prompt, PromptFormat, build_prompt
from testdraft.model.service import ModelService
from testdraft.model.settings import ModelSettings
from testdraft.project.context import EXAMPLE_TEST_TITLE, ProjectContext
from testdraft.spec.model import FunctionSpec


def test_gguf_is_converted_once_and_cached(
    smol_service: ModelService, smol_gguf: Path, model_cache: Path, smol_settings: ModelSettings
) -> None:
    info = smol_service.info()
    assert info["state"] == "ready"
    assert info["sha256"] == assets.sha256_file(smol_gguf)
    weights = Path(info["weights"])
    assert weights.parent == model_cache / "converted"
    safetensors = weights / "model.safetensors"
    stamp = safetensors.stat().st_mtime_ns
    # A second load reuses the safetensors copy instead of converting the GGUF again.
    again = ModelService()
    again.load_now(smol_settings)
    assert again.info()["weights"] == info["weights"]
    assert safetensors.stat().st_mtime_ns == stamp
    again.shutdown()


def test_generates_tests_that_parse_and_call_the_target(smol_service: ModelService) -> None:
    spec = spec_from_source(CLAMP_SOURCE)
    target = target_for(spec)
    candidates = list(smol_service.generator().generate(spec, target))
    assert candidates
    for candidate in candidates:
        assert candidate.origin == "model"
        assert candidate.code.startswith("def test_")
        assert target.import_line in candidate.imports
        module = ast.parse("\n".join(candidate.imports) + "\n\n" + candidate.code)
        assert any(isinstance(n, ast.FunctionDef) for n in module.body)
        assert "clamp(" in candidate.code
        assert candidate.asserts >= 1
    assert smol_service.state == "ready"


def test_sampling_several_candidates_streams_each(smol_service: ModelService,
                                                 smol_settings: ModelSettings) -> None:
    spec = spec_from_source(ADD_SOURCE)
    prompt = build_prompt(spec, target_for(spec), PromptFormat.CHAT,
                          smol_settings.system_prompt)
    settings = dataclasses.replace(smol_settings, temperature=0.8, num_candidates=3,
                                   max_new_tokens=32)
    with smol_service.session() as session:
        completions = list(session.backend.complete(prompt, settings, chat_output_end,
                                                    session.cancel))
    assert sorted(c.index for c in completions) == [0, 1, 2]
    assert all(c.text.startswith(prompt.prefill) for c in completions)
    assert all(0 < c.tokens <= 32 for c in completions)
    # Candidate 0 (alone, prompt-lookup) arrives before the batch of the other two.
    assert completions[0].index == 0
    assert completions[0].seconds <= completions[-1].seconds


def test_a_prompt_ending_inside_a_word_is_healed(smol_service: ModelService,
                                                 smol_settings: ModelSettings) -> None:
    # The chat answer is pre-filled up to `def test_`: the lone `_` is taken back and the
    # model's first token must start with it, so names come out whole (`test_add_...`).
    from testdraft.model.decoding import heal_prompt

    tokenizer = smol_service._backend.loaded.tokenizer  # type: ignore[union-attr]
    healed = heal_prompt(tokenizer, "x = 1\n\n\ndef test_")
    assert (healed.text, healed.piece) == ("x = 1\n\n\ndef test", "_")
    assert len(healed.first_token_ids) > 1
    assert all(tokenizer.decode([i]).startswith("_") for i in healed.first_token_ids)
    assert heal_prompt(tokenizer, "x = 1\n").piece in ("", "\n")
    spec = spec_from_source(ADD_SOURCE)
    prompt = build_prompt(spec, target_for(spec), PromptFormat.CHAT, smol_settings.system_prompt)
    settings = dataclasses.replace(smol_settings, temperature=0.8, num_candidates=3, max_new_tokens=24)
    with smol_service.session() as session:
        completions = list(session.backend.complete(prompt, settings, chat_output_end, session.cancel))
    for completion in completions:
        name = completion.text.removeprefix(prompt.prefill).split("(")[0]
        assert name and not name.startswith(("_", " ")), completion.text


def test_cancellation_stops_generation_within_a_second(smol_service: ModelService,
                                                       smol_settings: ModelSettings) -> None:
    spec = spec_from_source(CLAMP_SOURCE)
    cancel = CancelToken()
    long_run = dataclasses.replace(smol_settings, max_new_tokens=2000, num_candidates=2,
                                   temperature=1.0, prompt_lookup_tokens=0)
    prompt = build_prompt(spec, target_for(spec), PromptFormat.CHAT, long_run.system_prompt)
    outcome: dict[str, object] = {}
    decoding = threading.Event()

    def never_complete(text: str) -> int | None:
        if len(text) > 20:  # called after each new token: we are mid-sequence
            decoding.set()
        return None

    def run() -> None:
        try:
            with smol_service.session(cancel) as session:
                outcome["items"] = list(
                    session.backend.complete(prompt, long_run, never_complete, session.cancel)
                )
        except Cancelled as error:
            outcome["error"] = error
        outcome["ended"] = time.perf_counter()

    worker = threading.Thread(target=run)
    worker.start()
    assert decoding.wait(60)
    assert smol_service.state == "generating"
    cancelled_at = time.perf_counter()
    cancel.cancel()
    worker.join(10)
    assert isinstance(outcome.get("error"), Cancelled)
    assert float(outcome["ended"]) - cancelled_at < 1.0  # type: ignore[arg-type]
    assert smol_service.state == "ready"


def test_cancelling_inside_the_prompts_first_pass_stops_at_the_next_layer(
        smol_service: ModelService, smol_settings: ModelSettings) -> None:
    """The request's token reaches the layer hooks through the session's linked tokens: a
    cancel that lands while the prompt is read stops before the next decoder layer, not
    at the end of the pass (seconds for a long prompt on a CPU)."""
    from testdraft.model.decoding import _decoder_layers

    spec = spec_from_source(CLAMP_SOURCE)
    prompt = build_prompt(spec, target_for(spec), PromptFormat.CHAT, smol_settings.system_prompt)
    cancel = CancelToken()
    layers_run: list[int] = []

    def count_and_cancel(index: int) -> Callable[..., None]:
        def hook(module: object, args: object) -> None:
            layers_run.append(index)
            cancel.cancel()  # as if the user cancelled right now, inside the first pass
        return hook

    with smol_service.session(cancel) as session:
        model = session.backend.loaded.model  # type: ignore[attr-defined]
        handles = [layer.register_forward_pre_hook(count_and_cancel(index))
                   for index, layer in enumerate(_decoder_layers(model))]
        try:
            with pytest.raises(Cancelled):
                list(session.backend.complete(prompt, smol_settings, chat_output_end, session.cancel))
        finally:
            for handle in handles:
                handle.remove()
    assert layers_run == [0]
    assert smol_service.state == "ready"


def test_newer_request_can_preempt_the_running_one(smol_service: ModelService,
                                                   smol_settings: ModelSettings) -> None:
    spec = spec_from_source(CLAMP_SOURCE)
    long_run = dataclasses.replace(smol_settings, max_new_tokens=2000, prompt_lookup_tokens=0)
    prompt = build_prompt(spec, target_for(spec), PromptFormat.CHAT, long_run.system_prompt)
    first: dict[str, object] = {}
    started = threading.Event()

    def run_first() -> None:
        try:
            with smol_service.session() as session:
                started.set()
                list(session.backend.complete(prompt, long_run, lambda _: None, session.cancel))
            first["result"] = "finished"
        except Cancelled:
            first["result"] = "cancelled"

    worker = threading.Thread(target=run_first)
    worker.start()
    assert started.wait(5)
    time.sleep(0.5)
    begun = time.perf_counter()
    with smol_service.session(preempt=True) as session:
        waited = time.perf_counter() - begun
        assert session.settings == smol_settings
    worker.join(10)
    assert first["result"] == "cancelled"
    # One decoding step, not the rest of 2,000 tokens; loose, as a step is slow on loaded cores.
    assert waited < 10.0


def test_method_target_is_called_through_its_access(smol_service: ModelService) -> None:
    spec = spec_from_source(ADD_SOURCE)
    target = ImportTarget("calc", "Calculator", "from calc import Calculator",
                          "Calculator().add", ".")
    for candidate in smol_service.generator().generate(spec, target):
        assert "Calculator().add(" in candidate.code
        assert "from calc import Calculator" in candidate.imports


def test_a_repair_answers_the_test_that_raised_and_its_error(smol_service: ModelService) -> None:
    spec = spec_from_source(CLAMP_SOURCE)
    target = target_for(spec)
    raised = CandidateTest("test_clamp_low", "def test_clamp_low():\n    assert clamp(1, 2) == 2\n",
                           (target.import_line,), origin="model", asserts=1)
    failure = FailedRun(raised, "TypeError: clamp() missing 1 required positional argument: 'high'")
    rewrites = list(smol_service.generator().repair(spec, target, [failure]))
    assert rewrites
    for rewrite in rewrites:
        assert rewrite.meta["repairs"] == "test_clamp_low"
        assert "clamp(" in rewrite.code
        ast.parse("\n".join(rewrite.imports) + "\n\n" + rewrite.code)


def test_a_copy_of_a_shown_test_is_asked_again_without_that_test(
    smol_service: ModelService, monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = spec_from_source(CLAMP_SOURCE)
    shown = "def test_clamp_inside():\n    assert clamp(5, 0, 10) == 5\n"
    other = "def test_clamp_below():\n    assert clamp(-1, 0, 10) == 0\n"
    context = ProjectContext(sections=(
        (f"{EXAMPLE_TEST_TITLE}, from test_clamp.py", "from calc import clamp\n\n\n" + shown),
        (f"{EXAMPLE_TEST_TITLE}, from test_other.py", other),
        ("the module's imports", "import math"),
    ))
    target = dataclasses.replace(target_for(spec), context=context)
    asked: list[ImportTarget] = []

    def recording(spec: FunctionSpec, target: ImportTarget, *args: object) -> Prompt:
        asked.append(target)
        return build_prompt(spec, target, *args)  # type: ignore[arg-type]

    monkeypatch.setattr("testdraft.model.generator.build_prompt", recording)
    copy = CandidateTest("test_clamp_inside", shown, (target.import_line,), origin="model", asserts=1)
    failure = FailedRun(copy, "is a copy of a test the file already has", Failure.COPIED)
    rewrites = list(smol_service.generator().repair(spec, target, [failure]))
    assert rewrites and all(rewrite.meta["repairs"] == "test_clamp_inside" for rewrite in rewrites)
    # The question as first asked, then anew without the copied test (the other example stays).
    assert asked[0].context == context
    assert asked[1].context is not None
    assert [title for title, _ in asked[1].context.sections] == [
        f"{EXAMPLE_TEST_TITLE}, from test_other.py", "the module's imports"]


def test_model_info_command_reports_source_hash_and_device(
    smol_gguf: Path, model_cache: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse
    import json

    from testdraft.commands import model as model_command

    parser = argparse.ArgumentParser()
    model_command.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["model", "info", "--model", str(smol_gguf), "--threads", "1",
                              "--format", "json"])
    assert args.handler(args) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["source"] == str(smol_gguf)
    assert info["sha256"] == assets.sha256_file(smol_gguf)
    assert info["device"] == "cpu"
    assert info["memory"]["process_rss_bytes"] > info["parameter_bytes"] // 2


def test_drafted_implementations_are_bodies_that_parse_and_none_come_for_an_implemented_function(
    smol_service: ModelService, smol_settings: ModelSettings,
) -> None:
    spec = spec_from_source(CLAMP_SOURCE)
    smol_service.reconfigure(dataclasses.replace(smol_settings, implementation_drafts=2, max_new_tokens=64))
    try:
        generator = smol_service.generator()
        drafts = generator.draft_implementations(spec, target_for(spec))
        assert 1 <= len(drafts) <= 2  # greedy, seed 0: SmolLM2 writes one that parses
        for body in drafts:  # one that does not parse is left out, never kept broken
            ast.parse("def clamp(value, low, high):\n" + textwrap.indent(body, "    "))
        implemented = dataclasses.replace(spec, is_implemented=True)
        assert generator.draft_implementations(implemented, target_for(spec)) == []
    finally:
        smol_service.reconfigure(smol_settings)
