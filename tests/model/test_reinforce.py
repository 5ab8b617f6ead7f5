"""RL with the execution reward: answers scored in the real sandbox, `testdraft train --method grpo`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

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
