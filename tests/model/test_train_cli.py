"""`testdraft train` as a user runs it: a subprocess fine-tunes SmolLM2 on a few pairs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

PAIRS = [
    {"source": 'def double(x: int) -> int:\n    """Twice x."""\n', "function": "double",
     "tests": "def test_double():\n    assert double(2) == 4\n    assert double(-1) == -2\n"},
    {"source": 'def shout(text: str) -> str:\n    """Upper-case text and add "!"."""\n',
     "tests": "def test_shout():\n    assert shout('hi') == 'HI!'\n", "module": "words"},
]


def train(tmp_path: Path, cache: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "server"), "TESTDRAFT_CACHE": str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "testdraft", "train", *args],
        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=600,
    )


def test_train_writes_an_adapter_with_its_provenance(
    tmp_path: Path, smol_gguf: Path, model_cache: Path
) -> None:
    data = tmp_path / "pairs.jsonl"
    data.write_text("".join(json.dumps(pair) + "\n" for pair in PAIRS))
    result = train(tmp_path, model_cache, "--data", str(data), "--output", "adapter",
                   "--model", str(smol_gguf), "--epochs", "2", "--threads", "1")
    assert result.returncode == 0, result.stderr
    assert "adapter written to adapter: 4 steps" in result.stdout
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()
    provenance = json.loads((tmp_path / "adapter" / "testdraft-training.json").read_text())
    assert provenance["pairs"] == 2 and provenance["steps"] == 4
    assert provenance["engine"] == "trl.SFTTrainer"
    first_epoch, last_epoch = provenance["epoch_losses"]
    assert provenance["base_sha256"] and last_epoch < first_epoch


def test_training_saves_checkpoints_and_resumes_from_one(
    tmp_path: Path, smol_gguf: Path, model_cache: Path
) -> None:
    data = tmp_path / "pairs.jsonl"
    data.write_text("".join(json.dumps(pair) + "\n" for pair in PAIRS))
    common = ["--data", str(data), "--model", str(smol_gguf), "--threads", "1",
              "--save-steps", "2", "--max-length", "384"]
    first = train(tmp_path, model_cache, *common, "--max-steps", "2", "--output", "run")
    assert first.returncode == 0, first.stderr
    checkpoint = tmp_path / "run" / "checkpoints" / "checkpoint-2"
    assert (checkpoint / "adapter_model.safetensors").is_file()
    resumed = train(tmp_path, model_cache, *common, "--max-steps", "4", "--output", "run2",
                    "--resume", str(checkpoint))
    assert resumed.returncode == 0, resumed.stderr
    assert "adapter written to run2: 4 steps" in resumed.stdout  # went on from step 2
    assert "step 3: loss" in resumed.stderr and "step 1: loss" not in resumed.stderr


def test_bad_training_data_is_a_clear_message(tmp_path: Path, model_cache: Path) -> None:
    data = tmp_path / "pairs.jsonl"
    data.write_text('{"source": "def f(): pass"}\n')  # no "tests"
    result = train(tmp_path, model_cache, "--data", str(data), "--output", "adapter")
    assert result.returncode == 1
    assert "pairs.jsonl:1: expected" in result.stderr
    assert not (tmp_path / "adapter").exists()


def test_sft_with_an_adapter_is_a_clear_message(tmp_path: Path, model_cache: Path) -> None:
    data = tmp_path / "pairs.jsonl"
    data.write_text("".join(json.dumps(pair) + "\n" for pair in PAIRS))
    result = train(tmp_path, model_cache, "--data", str(data), "--output", "adapter",
                   "--adapter", str(tmp_path))
    assert result.returncode == 1
    assert "--adapter is for --method grpo" in result.stderr and "--resume" in result.stderr
    assert not (tmp_path / "adapter").exists()


def test_the_selection_flags_choose_pairs_and_provenance_records_them(
    tmp_path: Path, smol_gguf: Path, model_cache: Path
) -> None:
    import gzip

    pairs = [
        *({**PAIRS[0], "package": "big", "function": "double",
           "source": PAIRS[0]["source"].replace("double", f"double{i}"),
           "tests": PAIRS[0]["tests"].replace("double", f"double{i}")} for i in range(3)),
        {**PAIRS[1], "package": "small"},  # one assert: below --min-asserts 2
        {**PAIRS[0], "package": "small"},
    ]
    for pair in pairs[:3]:
        pair["function"] = pair["source"].split("(")[0].removeprefix("def ")
    data = tmp_path / "pairs.jsonl.gz"
    data.write_bytes(gzip.compress("".join(json.dumps(pair) + "\n" for pair in pairs).encode()))
    result = train(tmp_path, model_cache, "--data", str(data), "--output", "adapter",
                   "--model", str(smol_gguf), "--epochs", "1", "--threads", "1",
                   "--min-asserts", "2", "--max-per-package", "2")
    assert result.returncode == 0, result.stderr
    assert "training on 3 pairs (1 with fewer than 2 asserts" in result.stderr
    assert "1 over --max-per-package" in result.stderr
    provenance = json.loads((tmp_path / "adapter" / "testdraft-training.json").read_text())
    assert provenance["pairs_per_package"] == {"big": 2, "small": 1}
    assert provenance["selection"]["max_per_package"] == 2
    assert provenance["selection"]["min_asserts"] == 2
