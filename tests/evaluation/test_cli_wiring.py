"""How `testdraft eval` hands work to other parts (generators, the UI benchmark)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from testdraft.evaluation.__main__ import main
from testdraft.evaluation.generators import generator_fingerprint, tdd_view
from testdraft.evaluation.problems import load_dataset
from testdraft.generate.registry import UnknownGenerator, build_generators, expand_names
from testdraft.model.settings import ModelSettings


def test_ui_flag_delegates_to_the_ui_benchmark(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[object, ...]] = []

    def run_ui_eval(dataset_dir: str, generators: list[str], output_format: str) -> int:
        calls.append((dataset_dir, generators, output_format))
        return 0

    # The UI benchmark is another branch's module; only the hand-over is under test here.
    module = types.ModuleType("testdraft.ui.evaluation")
    module.run_ui_eval = run_ui_eval  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "testdraft.ui.evaluation", module)
    assert main(["--ui", str(tmp_path), "--generator", "model", "--format", "json"]) == 0
    assert calls == [(str(tmp_path), ["model"], "json")]
    assert main(["--ui", str(tmp_path)]) == 0
    assert calls[-1] == (str(tmp_path), [], "text")


def test_tdd_view_hides_the_solution_and_reference_tests() -> None:
    problem = load_dataset("humaneval", limit=1)[0]
    hidden = tdd_view(problem)
    assert hidden.solution == "" and hidden.reference_tests == ()
    assert hidden.prompt_code == problem.prompt_code


def test_generator_names_keep_their_order_and_combined_expands() -> None:
    assert expand_names(["combined"]) == ("docstring", "model")
    assert expand_names(["model", "docstring", "combined"]) == ("model", "docstring")
    asked: list[str] = []

    def model() -> None:
        asked.append("model")

    # The model is asked for only when named; not ready (None) leaves it out.
    assert [g.name for g in build_generators(["docstring"], model)] == ["docstring"] and asked == []
    assert [g.name for g in build_generators(["model", "docstring"], model)] == ["docstring"]
    assert asked == ["model"]


def test_unknown_generator_is_a_clear_error() -> None:
    with pytest.raises(UnknownGenerator, match="unknown generator 'magic'"):
        expand_names(["magic"])
    assert [g.name for g in build_generators(["magic", "docstring"])] == ["docstring"]


def test_generator_fingerprint_tracks_knobs_only_for_the_model() -> None:
    cold, warm = ModelSettings(temperature=0.0), ModelSettings(temperature=0.8)
    assert generator_fingerprint("docstring", cold) == generator_fingerprint("docstring", warm)
    assert generator_fingerprint("model", cold) != generator_fingerprint("model", warm)
    assert generator_fingerprint("model", cold).startswith("model:")
