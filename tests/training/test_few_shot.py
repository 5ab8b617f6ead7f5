"""Retrieval of verified pairs as few-shot examples, and the pairs' selection for training,
on the committed training data (models/training-data/pairs-train.jsonl.gz)."""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
from collections import Counter

import pytest

from testdraft.commands.model import add_model_options, settings_from_args
from testdraft.generate.base import ImportTarget
from testdraft.model.few_shot import MAX_SHOT_CHARS, load_index, pair_text, retrieve_shots
from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.model.settings import DEFAULT_SYSTEM_PROMPT, ModelSettings, ModelSettingsError
from testdraft.pipeline import spec_named
from testdraft.training_data.pairs import (
    TRAIN_PAIRS,
    TRAINING_DATA_DIR,
    Pair,
    cap_per_package,
    read_data,
    read_pairs,
)

TRAILING = b'''def low_zero_bits(number: int) -> int:
    """Count the trailing zero digits in the binary representation of number: the
    exponent of the largest power of 2 that divides it."""
'''


def test_the_committed_pairs_read_as_the_manifest_lists_them() -> None:
    manifest = json.loads((TRAINING_DATA_DIR / "manifest.json").read_text())["data"]["train"]
    assert hashlib.sha256(read_data(TRAIN_PAIRS)).hexdigest() == manifest["sha256"]
    pairs = read_pairs(TRAIN_PAIRS)
    assert len(pairs) == manifest["pairs"]
    assert all(pair.package for pair in pairs)


def test_the_nearest_pairs_share_the_task_and_make_good_examples() -> None:
    spec = spec_named(TRAILING, "low_zero_bits")
    shots = retrieve_shots(spec, 2)
    assert len(shots) == 2
    assert shots[0].spec.name == "trailing" and shots[0].target.module == "sympy.core.intfunc"
    for shot in shots:
        assert ast.parse(shot.tests)
        assert shot.tests.count("assert ") + shot.tests.count("raises(") >= 2
        assert len(shot.spec.signature) + len(shot.spec.docstring or "") + len(shot.tests) <= MAX_SHOT_CHARS
    assert retrieve_shots(spec, 0) == []


def test_a_function_in_the_data_never_gets_itself_as_an_example() -> None:
    pair = next(p for p in read_pairs(TRAIN_PAIRS) if p.function == "trailing")
    spec = spec_named(pair.source.encode(), "trailing")
    nearest = load_index().nearest(pair_text(pair), 3, exclude="trailing")
    assert nearest and all(p.function != "trailing" for p in nearest)
    assert [s.spec.name for s in retrieve_shots(spec, 3)] == [
        (p.function or "").rsplit(".", 1)[-1] for p in nearest]


def test_shots_are_earlier_turns_answered_as_the_model_should_answer() -> None:
    spec = spec_named(TRAILING, "low_zero_bits")
    target = ImportTarget.plain("bits", "low_zero_bits")
    shots = retrieve_shots(spec, 2)
    plain = build_prompt(spec, target, PromptFormat.CHAT, DEFAULT_SYSTEM_PROMPT)
    shown = build_prompt(spec, target, PromptFormat.CHAT, DEFAULT_SYSTEM_PROMPT, shots)
    assert [m["role"] for m in shown.messages] == ["system", "user", "assistant", "user", "assistant", "user"]
    assert shown.messages[0] == plain.messages[0] and shown.messages[-1] == plain.messages[-1]
    assert shown.prefill == plain.prefill
    for shot, answer in zip(shots, (shown.messages[2], shown.messages[4]), strict=True):
        code = answer["content"]
        assert code.startswith("```python\nimport pytest\n") and code.endswith("\n```")
        assert shot.tests.strip() in code
        ast.parse(code.removeprefix("```python\n").removesuffix("```"))
    completion = build_prompt(spec, target, PromptFormat.COMPLETION, DEFAULT_SYSTEM_PROMPT, shots)
    assert completion == build_prompt(spec, target, PromptFormat.COMPLETION, DEFAULT_SYSTEM_PROMPT)


def test_few_shot_is_a_setting_and_an_option_off_by_default() -> None:
    assert ModelSettings().few_shot == 0
    assert ModelSettings.from_dict({"fewShot": 2}).few_shot == 2
    with pytest.raises(ModelSettingsError):
        ModelSettings.from_dict({"fewShot": -1})
    parser = argparse.ArgumentParser()
    add_model_options(parser)
    settings = settings_from_args(parser.parse_args(["--few-shot", "2", "--few-shot-data", "p.jsonl"]))
    assert (settings.few_shot, settings.few_shot_data) == (2, "p.jsonl")
    assert settings_from_args(parser.parse_args([])).few_shot == 0


def test_a_package_cap_keeps_every_package_and_at_most_n_of_each() -> None:
    pairs = [p for p in read_pairs(TRAIN_PAIRS) if p.checks >= 2]
    before = Counter(p.package for p in pairs)
    assert before.most_common(1)[0][0] == "sympy"  # why the cap exists
    capped = cap_per_package(pairs, 40, seed=0)
    after = Counter(p.package for p in capped)
    assert after == {package: min(40, count) for package, count in before.items()}
    assert capped == cap_per_package(pairs, 40, seed=0)  # seeded
    assert capped != cap_per_package(pairs, 40, seed=1)
    assert [p for p in pairs if p in set(capped)] == capped  # the data's order
    assert cap_per_package(pairs, None, seed=0) == pairs


def test_checks_count_asserts_and_raises_blocks() -> None:
    pair = Pair(source="def f(x):\n    pass\n", tests=(
        "def test_f():\n    assert f(1) == 2\n    with pytest.raises(ValueError):\n        f(-1)\n"))
    assert pair.checks == 2
    assert Pair(source="", tests="def test_f(:\n").checks == 0


def test_every_committed_pair_answers_the_prompt_it_trains_on() -> None:
    """`testdraft train` builds each pair's chat prompt and continues its pre-filled start
    (`def test_<function>`) with the pair's tests: none may fail to fit it."""
    from testdraft.model.prompts import chat_answer
    from testdraft.training_data.pairs import pair_prompt_view

    pairs = read_pairs(TRAIN_PAIRS)
    for pair in pairs:
        spec, target = pair_prompt_view(pair)
        prompt = build_prompt(spec, target, PromptFormat.CHAT, DEFAULT_SYSTEM_PROMPT)
        answer = chat_answer(pair.tests, prompt.prefill)
        ast.parse(prompt.prefill.split("```python\n", 1)[1] + answer.removesuffix("```"))


def test_a_target_named_otherwise_is_renamed_to_fit_the_prefill() -> None:
    from testdraft.model.prompts import chat_answer

    prefill = "```python\nimport pytest\n\n\ndef test__relators"
    tests = "def test_relators_examples():\n    assert 1\n\n\ndef test_relators_other():\n    assert 2\n"
    assert chat_answer(tests, prefill).startswith("_examples():\n")
    assert "def test_relators_other()" in chat_answer(tests, prefill)
    assert chat_answer("def testnorm_examples():\n    assert 1", "x\n\n\ndef test_set_norm").startswith(
        "_norm_examples():")


def test_shorter_tests_cut_after_checks_and_keep_earlier_tests() -> None:
    from testdraft.training_data.pairs import shorter_tests

    pair = Pair(source="def f(x):\n    '''Double.'''\n", function="f", tests=(
        "def test_f_small():\n"
        "    value = 2\n"
        "    assert f(value) == 4\n"
        "    assert f(0) == 0\n"
        "\n"
        "\n"
        "def test_f_raises():\n"
        "    with pytest.raises(TypeError):\n"
        "        f(None)\n"
        "    note = 'no check after this'\n"
    ))
    cuts = [cut.tests for cut in shorter_tests(pair)]
    assert cuts == [
        "def test_f_small():\n    value = 2\n    assert f(value) == 4\n",
        "def test_f_small():\n    value = 2\n    assert f(value) == 4\n    assert f(0) == 0\n",
        pair.tests.split("    note")[0].rstrip("\n") + "\n",
    ]
    assert [cut.checks for cut in shorter_tests(pair)] == [1, 2, 3]
    for cut in cuts:
        ast.parse(cut)  # every cut is whole statements
    assert shorter_tests(Pair(source="def f(): ...", tests="def broken(:")) == []
