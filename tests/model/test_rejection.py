"""Rejection-sampling fine-tuning: sampled answers verified in the real sandbox become SFT pairs."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.model.test_reinforce import PREFILL, RL_PROBLEMS, SOURCE

from testdraft.model.prompts import PromptFormat
from testdraft.model.reinforce import rl_problem
from testdraft.model.rejection import VerifiedAnswer, best_pairs, verify_answer
from testdraft.training_data.pairs import Pair

IMPORTS = frozenset({"import pytest", "from solution import clamp"})


def test_an_answer_keeps_only_the_checks_that_hold_and_could_fail(tmp_path: Path) -> None:
    problem = rl_problem(SOURCE, "clamp", tmp_path / "clamp")
    answer = verify_answer(problem, 0, PREFILL + (
        "clamp_bounds():\n"
        "    low = 0\n"
        "    assert clamp(5, low, 10) == 5\n"
        "    assert clamp(-1, low, 10) == -1\n"  # wrong: clamp gives 0
        "    expected = clamp(11, low, 10)\n"
        "    assert clamp(11, low, 10) == expected\n"  # holds whatever clamp does
        "    assert clamp(11, low, 10) == 10\n"
        "\n\ndef test_clamp_wrong():\n    assert clamp(3, 0, 10) == 4\n```"), PromptFormat.CHAT, IMPORTS)
    assert (answer.checks, answer.kept) == (5, 2)
    # The wrong and the vacuous checks are cut out; the set-up they need stays; a test left
    # with no check goes.
    assert answer.tests == ("def test_clamp_bounds():\n    low = 0\n    assert clamp(5, low, 10) == 5\n"
                            "    expected = clamp(11, low, 10)\n    assert clamp(11, low, 10) == 10")


def test_a_check_split_from_one_test_is_not_taken_for_another_test_of_its_name(tmp_path: Path) -> None:
    # The second `test_clamp` is read as `test_clamp_2`, the name of the first one's second
    # unit; it is wrong, and it once shared the module name with that held unit and was kept.
    problem = rl_problem(SOURCE, "clamp", tmp_path / "clamp")
    answer = verify_answer(problem, 0, PREFILL + (
        "clamp():\n    assert clamp(5, 0, 10) == 5\n    assert clamp(11, 0, 10) == 10\n\n\n"
        "def test_clamp():\n    assert clamp(-1, 0, 10) == -1\n```"), PromptFormat.CHAT, IMPORTS)
    assert (answer.checks, answer.kept) == (3, 2)
    assert answer.tests == "def test_clamp():\n    assert clamp(5, 0, 10) == 5\n    assert clamp(11, 0, 10) == 10"


def test_an_answer_that_needs_an_import_the_prompt_does_not_give_keeps_nothing(tmp_path: Path) -> None:
    problem = rl_problem(SOURCE, "clamp", tmp_path / "clamp")
    answer = verify_answer(problem, 0, "```python\nimport math\nimport pytest\nfrom solution import clamp\n\n\n"
                           "def test_clamp():\n    assert clamp(math.floor(5.5), 0, 10) == 5\n```",
                           PromptFormat.CHAT, IMPORTS)
    assert (answer.checks, answer.kept, answer.tests) == (1, 0, "")
    prose = verify_answer(problem, 0, "Here are the tests.", PromptFormat.CHAT, IMPORTS)
    assert (prose.checks, prose.kept) == (0, 0)


def test_best_pairs_are_distinct_answers_with_the_most_kept_checks(tmp_path: Path) -> None:
    problem = rl_problem(SOURCE, "clamp", tmp_path / "clamp")
    answers = [VerifiedAnswer(0, 3, 1, "def test_clamp():\n    assert clamp(5, 0, 10) == 5"),
               VerifiedAnswer(0, 3, 3, "def test_clamp():\n    assert A\n    assert B\n    assert C"),
               VerifiedAnswer(0, 3, 3, "def test_clamp():\n    assert A\n    assert B\n    assert C"),
               VerifiedAnswer(0, 2, 2, "def test_clamp():\n    assert A\n    assert B"),
               VerifiedAnswer(0, 0, 0, "")]
    pairs = best_pairs(problem, SOURCE, "demo", answers, keep=2, min_checks=2)
    assert [pair.checks for pair in pairs] == [3, 2]  # the duplicate is kept once
    assert pairs[0] == Pair(SOURCE, answers[1].tests, "clamp", "solution", "demo")
    assert best_pairs(problem, SOURCE, None, answers, keep=2, min_checks=4) == []


def test_train_rft_cli_writes_verified_pairs_and_an_adapter(
    tmp_path: Path, smol_gguf: Path, model_cache: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "server"), "TESTDRAFT_CACHE": str(model_cache)}
    result = subprocess.run(
        [sys.executable, "-m", "testdraft", "train", "--method", "rft", "--dataset", str(RL_PROBLEMS),
         "--limit", "3", "--candidates", "4", "--max-new-tokens", "96", "--workers", "2",
         "--epochs", "1", "--model", str(smol_gguf), "--threads", "1", "--seed", "0", "--output", "rft"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=900,
    )
    assert result.returncode == 0, result.stderr
    provenance = json.loads((tmp_path / "rft" / "testdraft-training.json").read_text())
    assert provenance["method"] == "rft" and provenance["engine"] == "trl.SFTTrainer"
    sampling = provenance["sampling"]
    # 4 answers each: SmolLM2 seldom writes a check that holds (with 2, once on a fresh machine, none did).
    assert sampling["problems"] == 3 and sampling["answers"] == 12
    pairs = [json.loads(line) for line in (tmp_path / "rft" / "rft-pairs.jsonl").read_text().splitlines()]
    # --limit chose the problems; SFT trains on every pair (before, a second sample of --limit pairs).
    assert pairs and provenance["pairs"] == len(pairs) <= 3 * 2
    assert sampling["answers_keeping_a_check"] >= len({pair["function"] for pair in pairs})
    # Every pair's tests hold against the real function, run again here as a plain module.
    for pair in pairs:
        solution = tmp_path / "check" / pair["function"]
        solution.mkdir(parents=True, exist_ok=True)
        (solution / "solution.py").write_text(_reference(pair["function"]))
        (solution / "test_pair.py").write_text(f"import pytest\nfrom solution import {pair['function']}\n\n\n"
                                               f"{pair['tests']}\n")
        run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_pair.py"],
                             cwd=solution, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stdout
    assert (tmp_path / "rft" / "adapter_model.safetensors").is_file()

    # A second round samples with the first round's adapter on and trains a fresh adapter on
    # the new pairs and the first round's.
    second = subprocess.run(
        [sys.executable, "-m", "testdraft", "train", "--method", "rft", "--dataset", str(RL_PROBLEMS),
         "--limit", "2", "--candidates", "2", "--max-new-tokens", "96", "--workers", "2", "--epochs", "1",
         "--adapter", "rft", "--data", "rft/rft-pairs.jsonl", "--rank", "4", "--model", str(smol_gguf),
         "--threads", "1", "--seed", "1", "--output", "rft2"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=900,
    )
    assert second.returncode == 0, second.stderr
    provenance = json.loads((tmp_path / "rft2" / "testdraft-training.json").read_text())
    start = provenance["sampling"]["sampled_with_adapter"]
    assert start["path"] == "rft" and start["sha256"] == hashlib.sha256(
        (tmp_path / "rft" / "adapter_model.safetensors").read_bytes()).hexdigest()
    assert provenance["earlier_pairs"]["pairs"] == len(pairs)
    again = [json.loads(line) for line in (tmp_path / "rft2" / "rft-pairs.jsonl").read_text().splitlines()]
    assert all(pair in again for pair in pairs)
    assert len(again) <= provenance["sampling"]["pairs_sampled"] + len(pairs)
    # A fresh adapter of --rank 4 on the base model, not the first round's (rank 8) trained on.
    assert json.loads((tmp_path / "rft2" / "adapter_config.json").read_text())["r"] == 4


def _reference(function: str) -> str:
    from testdraft.evaluation.problems import load_dataset

    for problem in load_dataset(str(RL_PROBLEMS)):
        if problem.fn_name == function:
            return problem.reference_code
    raise AssertionError(f"{function} is not in {RL_PROBLEMS}")
