"""models/default-model.json and the code agree, and the installed parts match the manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import REPO

from testdraft.model import assets
from testdraft.model.errors import ModelAssetError

MANIFEST = Path(__file__).resolve().parents[2] / "models" / "default-model.json"


def test_manifest_matches_the_loader_constants() -> None:
    manifest = json.loads(MANIFEST.read_text())
    model = assets.DEFAULT_MODEL
    assert manifest["gguf"] == {"file_name": model.file_name, "size": model.size,
                                "sha256": model.sha256}
    packages = manifest["source_packages"]
    assert [p["pypi"] for p in packages] == list(model.packages)
    assert {p["version"] for p in packages} == {model.version}
    assert sum(p["size"] for p in packages) == model.size


def test_installed_parts_have_the_manifest_sizes() -> None:
    try:
        parts = assets.find_default_parts()
    except ModelAssetError:
        pytest.skip("the default model's parts are not installed")
    manifest = json.loads(MANIFEST.read_text())
    for part, entry in zip(parts, manifest["source_packages"], strict=True):
        assert part.as_posix().endswith(entry["file"])
        assert part.stat().st_size == entry["size"]


def test_committed_adapters_name_the_default_model_and_the_data_they_came_from() -> None:
    import hashlib

    from testdraft.commands.model import format_info
    from testdraft.model.shipped import adapter_summary

    models = MANIFEST.parent
    adapters = sorted(p for p in (models / "adapters").glob("*") if (p / "adapter_config.json").is_file())
    assert adapters, "no adapter is committed under models/adapters"
    data_manifest = hashlib.sha256((models / "training-data" / "manifest.json").read_bytes()).hexdigest()
    default = json.loads(MANIFEST.read_text()).get("default_adapter")
    for adapter in adapters:
        summary = adapter_summary(adapter)
        assert summary["base_sha256"] == assets.DEFAULT_MODEL.sha256
        if summary["task"] == "ui":  # trained on the UI corpus (train --ui), which it hashes itself
            recorded = json.loads((adapter / "testdraft-training.json").read_text())
            assert recorded["data"] == "benchmarks/ui-corpus/dev" and len(recorded["data_sha256"]) == 64
            heldout_dir = REPO / "benchmarks" / "ui-corpus" / "heldout"
            held_out = {p.name.split("-", 1)[1] for p in heldout_dir.iterdir() if p.is_dir()}
            assert not {case.split("-", 1)[1] for case in recorded["cases"]} & held_out
        elif summary["method"] == "rft":  # its pairs (the model's verified answers) are kept beside it
            recorded = json.loads((adapter / "testdraft-training.json").read_text())
            pairs = adapter / "rft-pairs.jsonl"
            assert recorded["data_sha256"] == hashlib.sha256(pairs.read_bytes()).hexdigest()
            problems = REPO / recorded["dataset"]
            assert recorded["dataset_sha256"] == hashlib.sha256(problems.read_bytes()).hexdigest()
            if "earlier_pairs" in recorded:  # a later round: trained on the earlier round's pairs too
                earlier = REPO / recorded["earlier_pairs"]["path"]
                assert recorded["earlier_pairs"]["sha256"] == hashlib.sha256(earlier.read_bytes()).hexdigest()
                assert set(earlier.read_text().splitlines()) <= set(pairs.read_text().splitlines())
        else:
            assert summary["data_manifest_sha256"] == data_manifest, "retrain, or keep the data it was trained on"
        assert summary["method"] in ("sft", "grpo", "rft") and summary["steps"]
        shown = format_info({"state": "ready", "adapters": [str(adapter)], "adapter_provenance": [summary]})
        assert f"adapter base sha256: {assets.DEFAULT_MODEL.sha256}" in shown
    # The default adapter, when one is named, is one of them.
    assert default is None or (models / default["path"]).resolve() in {a.resolve() for a in adapters}
