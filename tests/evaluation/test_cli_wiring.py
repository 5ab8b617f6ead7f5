"""How `testdraft eval` hands work to the generators (the UI benchmark: tests/ui/test_eval_cli.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.commands.eval import command_line
from testdraft.evaluation.cache import JsonCache
from testdraft.evaluation.generators import Generations, generator_fingerprint, tdd_view
from testdraft.evaluation.problems import load_dataset
from testdraft.generate.base import CandidateTest, DroppedTest, Generator, ImportTarget
from testdraft.generate.registry import UnknownGenerator, build_generators, expand_names
from testdraft.model.settings import AdapterSettings, ModelSettings
from testdraft.spec.model import FunctionSpec


def test_tdd_view_hides_the_solution_and_reference_tests() -> None:
    problem = load_dataset("humaneval", limit=1)[0]
    hidden = tdd_view(problem)
    assert hidden.solution == "" and hidden.reference_tests == ()
    assert hidden.prompt_code == problem.prompt_code


def test_generator_names_keep_their_order_and_combined_expands() -> None:
    assert expand_names(["combined"]) == ("docstring", "properties", "model")
    assert expand_names(["model", "docstring", "combined"]) == ("model", "docstring", "properties")
    asked: list[str] = []

    def model() -> None:
        asked.append("model")

    # The model is asked for only when named; not ready (None) leaves it out.
    assert [g.name for g in build_generators(["docstring"], model)] == ["docstring", "properties"] and asked == []
    assert [g.name for g in build_generators(["model", "docstring"], model)] == ["docstring", "properties"]
    assert asked == ["model"]


def test_unknown_generator_is_a_clear_error() -> None:
    with pytest.raises(UnknownGenerator, match="unknown generator 'magic'"):
        expand_names(["magic"])
    assert [g.name for g in build_generators(["magic", "properties"])] == ["properties"]


def test_generator_fingerprint_tracks_knobs_only_for_the_model() -> None:
    cold, warm = ModelSettings(temperature=0.0), ModelSettings(temperature=0.8)
    assert generator_fingerprint("docstring", cold) == generator_fingerprint("docstring", warm)
    assert generator_fingerprint("model", cold) != generator_fingerprint("model", warm)
    assert generator_fingerprint("model", cold).startswith("model:")


def test_generator_fingerprint_changes_when_an_adapter_is_retrained_in_place(tmp_path: Path) -> None:
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_model.safetensors").write_bytes(b"first weights")
    with_adapter = ModelSettings(adapters=(AdapterSettings(str(adapter)),))
    first = generator_fingerprint("model", with_adapter)
    assert first != generator_fingerprint("model", ModelSettings())  # base and adapter apart
    (adapter / "adapter_model.safetensors").write_bytes(b"second weights")
    assert generator_fingerprint("model", with_adapter) != first


def test_regenerate_line_writes_paths_relative_to_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, shared = tmp_path / "checkout", tmp_path / "shared"
    repo.mkdir()
    monkeypatch.chdir(repo)
    line = command_line(["testdraft"], [
        "eval", "--dataset", str(shared / "humaneval_test.csv"),
        "--predictions", f"{shared / 'gpt35.jsonl'}@all", f"--output={repo / 'docs' / 'results.md'}",
        "--chart", "docs/results.png", "--rank", "all",
    ])
    assert line == (
        "testdraft eval --dataset ../shared/humaneval_test.csv --predictions ../shared/gpt35.jsonl@all "
        "--output=docs/results.md --chart docs/results.png --rank all"
    )
    assert str(tmp_path) not in line


class _Asked(Generator):
    """A sampled generator that answers one test naming whether it was told the function exists."""

    name, sampled = "model", True

    def __init__(self) -> None:
        self.dropped: list[DroppedTest] = []
        self.seen: list[bool] = []

    def generate(self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED,
                 ) -> Iterator[CandidateTest]:
        self.seen.append(spec.is_implemented)
        yield CandidateTest(f"test_{spec.name}_{'exists' if spec.is_implemented else 'pending'}",
                            f"def test_x():\n    assert {spec.name} is not None\n", (), "model")


def test_the_model_samples_once_per_mode_told_in_validated_mode_that_the_function_exists(tmp_path: Path) -> None:
    """Validated mode samples as the editor does once the body exists (its own prompt and
    `validatedTemperature`), without the solution on the module the model runs on."""
    problem = load_dataset("humaneval", limit=1)[0]
    generations = Generations(JsonCache(tmp_path), ModelSettings())
    asked = generations.built["model"] = _Asked()
    names = {mode: [t.name for t in generations.replay(problem, "model", mode)[0].generate(*_nothing())]
             for mode in ("tdd", "validated")}
    assert asked.seen == [False, True]
    assert names == {"tdd": ["test_has_close_elements_pending"], "validated": ["test_has_close_elements_exists"]}
    generations.replay(problem, "model", "validated")  # cached per mode: not asked again
    assert asked.seen == [False, True]


def _nothing() -> tuple[FunctionSpec, ImportTarget]:
    """A replay ignores what it is asked about."""
    return cast(FunctionSpec, None), cast(ImportTarget, None)
