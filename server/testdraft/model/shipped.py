"""The LoRA adapter that ships in `models/` and runs on top of the default model.

`models/default-model.json` names it under `"default_adapter"` (a folder relative to
`models/`); the folder holds peft's `adapter_config.json` and `adapter_model.safetensors`, and
`testdraft-training.json` with its provenance (base model hash, data manifest hash,
hyper-parameters, the figures it reached). With no such entry the default model runs bare.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from testdraft.model.assets import MODELS_DIR

log = logging.getLogger(__name__)

MANIFEST = MODELS_DIR / "default-model.json"
PROVENANCE_FILE = "testdraft-training.json"
_REPORTED_MISSING: set[Path] = set()


def default_adapter_dir() -> Path | None:
    """The shipped adapter's folder, or None when the manifest names none (or it is missing)."""
    manifest = MANIFEST
    try:
        entry = json.loads(manifest.read_text(encoding="utf-8")).get("default_adapter")
    except (OSError, ValueError):
        return None
    if not entry:
        return None
    folder = manifest.parent / str(entry["path"])
    if not (folder / "adapter_config.json").is_file():
        # A checkout without the adapter's files must still suggest: with the base model.
        if folder not in _REPORTED_MISSING:
            log.warning("the default adapter %s is missing; using the base model", folder)
            _REPORTED_MISSING.add(folder)
        return None
    return folder


def provenance(adapter_dir: Path) -> dict[str, Any] | None:
    """What `testdraft train` recorded about an adapter, when it did."""
    try:
        data = json.loads((adapter_dir / PROVENANCE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def adapter_summary(adapter_dir: Path) -> dict[str, Any]:
    """An adapter's provenance in brief, for `testdraft model info` and the editor."""
    recorded = provenance(adapter_dir) or {}
    lora = recorded.get("lora") or {}
    return {
        "path": str(adapter_dir),
        "method": recorded.get("method"),
        "task": recorded.get("task", "tests"),  # "ui": trained on UI cases (train --ui)
        "base_sha256": recorded.get("base_sha256"),
        "data_manifest_sha256": recorded.get("data_manifest_sha256"),
        "pairs": recorded.get("pairs") or len(recorded.get("cases") or ()) or None,
        "steps": recorded.get("steps"),
        "rank": lora.get("rank"),
        "alpha": lora.get("alpha"),
        "learning_rate": lora.get("learning_rate"),
        "evaluation": recorded.get("evaluation"),
    }
