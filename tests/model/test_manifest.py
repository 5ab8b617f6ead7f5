"""models/default-model.json and the code agree, and the installed parts match the manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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
