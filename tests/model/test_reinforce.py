"""RL with the execution reward: answers scored in the real sandbox, `testdraft train --method grpo`."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.model.test_train_cli import PAIRS

from testdraft.model.prompts import PromptFormat
from testdraft.model.reinforce import answer_reward, rl_problem

SOURCE = '''def clamp(x: int, low: int, high: int) -> int:
    """x limited to [low, high]."""
    if x < low:
        return low
    if x > high:
        return high
    return x
'''
RL_PROBLEMS = REPO / "models" / "training-data" / "rl-problems-train.csv"
PREFILL = "```python\nimport pytest\nfrom solution import clamp\n\n\ndef test_"


def test_reward_orders_answers_by_what_they_do_when_run(tmp_path: Path) -> None:
    problem = rl_problem(SOURCE, "clamp", tmp_path / "clamp")

    def reward(answer: str) -> float:
        return answer_reward(problem, PREFILL + answer, PromptFormat.CHAT)

    full = reward("clamp_all():\n    assert clamp(5, 0, 10) == 5\n    assert clamp(-1, 0, 10) == 0\n"
                  "    assert clamp(11, 0, 10) == 10\n```")
    partial = reward("clamp_inside():\n    assert clamp(5, 0, 10) == 5\n```")
    wrong = reward("clamp_wrong():\n    assert clamp(-1, 0, 10) == -1\n```")
    prose = answer_reward(problem, "Sure! Here are some tests you could write.", PromptFormat.CHAT)
    # parses (+2), holds (+2), covers every line (+2), and kills mutants (up to +2 more)
    assert 6.0 < full <= 8.0
    assert 4.0 < partial < full  # holds, covers part of the function, kills fewer mutants
    assert wrong < partial  # an assertion fails
    assert prose == -2.0 < wrong
    # Each check earns its own share: one wrong check among four that cover every branch costs
    # its quarter, not the other three's points (RL must not learn that one assert is safest).
    mostly = reward("clamp_most():\n    assert clamp(5, 0, 10) == 5\n    assert clamp(-1, 0, 10) == 0\n"
                    "    assert clamp(11, 0, 10) == 10\n    assert clamp(3, 0, 10) == 4\n```")
    assert partial < mostly < full
    # A check that holds whatever the function does (it would hold for `return None`) is no
    # better than a wrong one, however much it covers.
    same = reward("clamp_same():\n    expected = clamp(11, 0, 10)\n    result = clamp(11, 0, 10)\n"
                  "    assert result == expected\n```")
    assert same == wrong


def test_train_grpo_cli_samples_scores_and_writes_an_adapter(
    tmp_path: Path, smol_gguf: Path, model_cache: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "server"), "TESTDRAFT_CACHE": str(model_cache)}
    result = subprocess.run(
        [sys.executable, "-m", "testdraft", "train", "--method", "grpo", "--dataset", "humaneval",
         "--limit", "2", "--rounds", "1", "--candidates", "2", "--max-new-tokens", "48",
         "--model", str(smol_gguf), "--threads", "1", "--seed", "0", "--output", "rl"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=900,
    )
    assert result.returncode == 0, result.stderr
    assert "adapter written to rl:" in result.stdout
    provenance = json.loads((tmp_path / "rl" / "testdraft-training.json").read_text())
    assert provenance["method"] == "grpo" and provenance["engine"] == "trl.GRPOTrainer"
    assert provenance["problems"] == 2 and provenance["steps"] == 2  # one group per problem
    rewards = provenance["step_rewards"]
    assert len(rewards) == 2 and all(-2.0 <= r <= 8.0 for r in rewards)
    assert result.stderr.count("mean reward") == 2  # each group's reward was reported
    assert (tmp_path / "rl" / "adapter_config.json").is_file()


def test_rl_without_a_dataset_is_a_clear_message(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "server")}
    result = subprocess.run(
        [sys.executable, "-m", "testdraft", "train", "--method", "rl", "--output", "rl"],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 1
    assert "--method rl needs --dataset" in result.stderr


def test_grpo_goes_on_from_an_sft_adapter_and_names_it(
    tmp_path: Path, smol_gguf: Path, model_cache: Path
) -> None:
    from safetensors.torch import load_file

    env = {**os.environ, "PYTHONPATH": str(REPO / "server"), "TESTDRAFT_CACHE": str(model_cache)}
    common = ["--model", str(smol_gguf), "--threads", "1", "--seed", "0"]

    def train(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "testdraft", "train", *args, *common],
                              cwd=tmp_path, capture_output=True, text=True, env=env, timeout=900)

    (tmp_path / "pairs.jsonl").write_text("".join(json.dumps(pair) + "\n" for pair in PAIRS))
    sft = train("--data", "pairs.jsonl", "--output", "sft", "--max-steps", "1", "--rank", "4",
                "--alpha", "8", "--target-modules", "q_proj,v_proj")
    assert sft.returncode == 0, sft.stderr
    # Two problems of the committed GRPO set, a step each, a group of 4 answers per step.
    rl = train("--method", "grpo", "--dataset", str(RL_PROBLEMS), "--limit", "2", "--rounds", "1",
               "--candidates", "4", "--temperature", "1.0", "--max-new-tokens", "96",
               "--adapter", "sft", "--output", "rl")
    assert rl.returncode == 0, rl.stderr
    provenance = json.loads((tmp_path / "rl" / "testdraft-training.json").read_text())
    start_weights = tmp_path / "sft" / "adapter_model.safetensors"
    assert provenance["start_adapter"] == {
        "path": "sft", "sha256": hashlib.sha256(start_weights.read_bytes()).hexdigest()}
    assert provenance["steps"] == 2 and provenance["dataset"] == str(RL_PROBLEMS)
    # The adapter's own shape went on training, not a fresh default one (rank 8, all layers).
    assert provenance["lora"]["rank"] == 4 and provenance["lora"]["target_modules"] == ["q_proj", "v_proj"]
    before, after = load_file(start_weights), load_file(tmp_path / "rl" / "adapter_model.safetensors")
    assert before.keys() == after.keys()  # the same LoRA layers, no second adapter
    # A step learns when its answers scored differently (GRPO's advantage is an answer's reward
    # minus the group's mean); when none did, the weights are the start's exactly, which a
    # fresh adapter (random A matrices) would never be.
    learned = any(not before[key].equal(after[key]) for key in before)
    assert len(provenance["step_reward_std"]) == 2
    assert learned == any(std > 0 for std in provenance["step_reward_std"])
