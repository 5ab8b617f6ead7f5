"""`stream_suggestions`: docstring tests at once, then each sampled candidate's validated tests.

The sampled generator here replays fixed model answers (what the model wrote is not under
test, the batching is); validation runs for real in the sandbox.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.pipeline import spec_named, stream_suggestions, suggest_tests
from testdraft.spec.model import FunctionSpec

SOURCE = '''
def double(x: int) -> int:
    """Twice x.

    >>> double(2)
    4
    """
    return x * 2
'''


class ReplayedModel(Generator):
    """A sampled generator that yields prepared tests, recording when each was pulled."""

    name = "model"
    sampled = True

    def __init__(self, tests: list[str], log: list[str]) -> None:
        self.tests, self.log = tests, log

    def generate(self, spec: FunctionSpec, target: ImportTarget,
                 cancel: CancelToken = NEVER_CANCELLED) -> Iterator[CandidateTest]:
        for index, code in enumerate(self.tests):
            self.log.append(f"candidate {index}")
            name = code.split("(")[0].removeprefix("def ")
            yield CandidateTest(name, code, (target.import_line,), origin="model", asserts=1,
                                meta={"candidate": index})


def _write(tmp_path: Path, source: str) -> tuple[Path, FunctionSpec]:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    path = tmp_path / "demo.py"
    path.write_text(source)
    return path, spec_named(source.encode(), "double")


def test_docstring_batch_comes_first_then_passing_model_tests_only(tmp_path: Path) -> None:
    path, spec = _write(tmp_path, SOURCE)
    log: list[str] = []
    model = ReplayedModel([
        "def test_double_three():\n    assert double(3) == 6\n",
        "def test_double_wrong():\n    assert double(3) == 7\n",  # fails: never inserted
        "def test_double_zero():\n    assert double(0) == 0\n",  # adds nothing: not kept
    ], log)
    from testdraft.generate.docstring_examples import DocstringExamplesGenerator

    batches = stream_suggestions(path, spec, [DocstringExamplesGenerator(), model])
    first = next(batches)
    assert log == []  # the docstring tests came before the model was asked for anything
    assert [t.origin for t in first.chosen] == ["docstring"]
    assert "double(2) == 4" in first.code
    later = list(batches)
    model_codes = [t.code for batch in later for t in batch.chosen]
    assert all(t.origin == "model" for batch in later for t in batch.chosen)
    assert any("double(3) == 6" in code for code in model_codes)
    # Ranked with everything so far: a failing test, and one that covers and kills nothing
    # new (x*2 -> x**2 and x+2 survive double(2) == 4 but not double(3) == 6), stay out.
    assert not any("== 7" in code or "double(0)" in code for code in model_codes)
    assert log == ["candidate 0", "candidate 1", "candidate 2"]


def test_no_examples_and_no_model_tests_ends_with_one_skeleton(tmp_path: Path) -> None:
    path, spec = _write(tmp_path, "def double(x):\n    return x * 2\n")
    batches = list(stream_suggestions(path, spec, [ReplayedModel([], [])]))
    assert len(batches) == 1
    assert [t.is_placeholder for t in batches[0].chosen] == [True]


def test_every_dropped_candidate_says_why_in_notes_and_json(tmp_path: Path) -> None:
    path, spec = _write(tmp_path, SOURCE)
    model = ReplayedModel([
        "def test_double_three():\n    assert double(3) == 6\n",
        "def test_double_wrong():\n    assert double(3) == 7\n",
        "def test_double_again():\n    assert double(3) == 6\n",
        "def test_double_helper():\n    assert double(3) == triple(2)\n",
    ], [])
    from testdraft.generate.docstring_examples import DocstringExamplesGenerator

    suggestion = suggest_tests(path, spec, [DocstringExamplesGenerator(), model])
    reasons = {item.name: item.reason.value for item in suggestion.dropped}
    assert reasons == {
        "test_double_wrong": "failed against the implementation",
        "test_double_again": "duplicate",
        "test_double_helper": "unknown name",  # NameError: triple
    }
    assert any(note.startswith("left out: ") and "1 duplicate" in note for note in suggestion.notes)
    payload = suggestion.to_json()
    assert {item["name"]: item["reason"] for item in payload["dropped"]} == reasons  # type: ignore[union-attr]
