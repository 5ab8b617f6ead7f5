"""TDD with drafted implementations, through the pipeline: the sampled generator's tests run
on the bodies it drafted, a check that holds there is inserted (pending), one whose value they
all contradict expects their value, and one that does not hold there otherwise is left out; the
user's file is never changed, and an implemented function drafts nothing.

The sampled generator replays fixed answers and drafts (what the model writes is not under
test, the pipeline is); ranking, the stub check and the sandbox run for real.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.pipeline import OUTSIDE_EXAMPLES, Suggestion, spec_named, stream_suggestions, suggest_tests
from testdraft.spec.model import FunctionSpec

STUB = '''
def span(values: list[int]) -> int:
    """The largest value minus the smallest; 0 for an empty list."""
'''
IMPLEMENTED = STUB + "    return max(values) - min(values) if values else 0\n"
TRUE = "def test_span_of_three():\n    assert span([1, 5, 3]) == 4\n"
WRONG = "def test_span_of_equal_values():\n    assert span([2, 2]) == 1\n"
WRONG_ORDER = "def test_span_of_equal_values():\n    assert span([2, 2]) > 0\n"  # no value to correct
DRAFT = "if not values:\n    return 0\nreturn max(values) - min(values)\n"


class DraftingModel(Generator):
    """Yields prepared tests, one per answer, and drafts prepared bodies; counts the drafts asked."""

    name = "model"
    sampled = True

    def __init__(self, answers: list[str], drafts: list[str]) -> None:
        self.answers, self.drafts = answers, drafts
        self.asked = 0

    def generate(self, spec: FunctionSpec, target: ImportTarget,
                 cancel: CancelToken = NEVER_CANCELLED) -> Iterator[CandidateTest]:
        for number, code in enumerate(self.answers):
            name = code.split("(")[0].removeprefix("def ")
            yield CandidateTest(name, code, (target.import_line,), origin="model", asserts=1,
                                meta={"candidate": number})

    def draft_implementations(self, spec: FunctionSpec, target: ImportTarget,
                              cancel: CancelToken = NEVER_CANCELLED) -> list[str]:
        self.asked += 1
        return [] if spec.is_implemented else list(self.drafts)


def _project(tmp_path: Path, source: str = STUB) -> tuple[Path, FunctionSpec]:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    path = tmp_path / "stats.py"
    path.write_text(source)
    return path, spec_named(source.encode(), "span")


def test_the_check_that_holds_on_the_draft_is_inserted_pending_and_the_file_is_untouched(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    suggestion = suggest_tests(path, spec, [DraftingModel([TRUE, WRONG_ORDER], [DRAFT])])
    assert "span([1, 5, 3]) == 4" in suggestion.code and "span([2, 2])" not in suggestion.code
    assert any("ran on 1 implementation(s) it drafted" in note for note in suggestion.notes)
    assert any("pending" in note for note in suggestion.notes)
    assert path.read_text() == STUB  # a draft is an overlay in the sandbox, never written


def test_a_wrong_value_becomes_the_drafts_value_and_the_user_is_told(tmp_path: Path) -> None:
    # The empty list takes the draft's other branch: its check catches bugs the first one misses.
    path, spec = _project(tmp_path)
    empty = "def test_span_of_nothing():\n    assert span([]) == 1\n"
    suggestion = suggest_tests(path, spec, [DraftingModel([TRUE, empty], [DRAFT])])
    assert "span([1, 5, 3]) == 4" in suggestion.code and "span([]) == 0" in suggestion.code
    assert "span([]) == 1" not in suggestion.code
    assert any("1 test(s) expect the value the drafted implementations return" in note for note in suggestion.notes)
    assert path.read_text() == STUB


def test_an_input_next_to_the_models_is_added_with_the_drafts_value_and_the_user_is_told(tmp_path: Path) -> None:
    source = 'def is_adult(age: int) -> bool:\n    """True from 18 years on."""\n'
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    path = tmp_path / "people.py"
    path.write_text(source)
    answers = ["def test_is_adult_is_true_for_18():\n    assert is_adult(18) is True\n"] * 2
    suggestion = suggest_tests(path, spec_named(source.encode(), "is_adult"),
                               [DraftingModel(answers, ["return age >= 18\n"])])
    assert "def test_is_adult_is_false_for_17():\n    assert is_adult(17) is False" in suggestion.code
    assert any("1 test(s) try inputs next to those of the kept tests" in note for note in suggestion.notes)
    assert not any("expect the value the drafted implementations return, where" in note for note in suggestion.notes)
    assert path.read_text() == source


def test_the_drafts_value_is_inserted_only_where_it_catches_a_bug_the_others_miss(tmp_path: Path) -> None:
    # The model guessed 1 for three lists of equal values; the drafts say 0 for each, and the three
    # checks would catch the same bugs: one at most is worth inserting.
    path, spec = _project(tmp_path)
    wrong = [f"def test_span_of_{value}s():\n    assert span([{value}, {value}]) == 1\n" for value in (2, 3, 4)]
    suggestion = suggest_tests(path, spec, [DraftingModel([TRUE, *wrong], [DRAFT])])
    assert "span([1, 5, 3]) == 4" in suggestion.code
    drafted = [value for value in (2, 3, 4) if f"span([{value}, {value}]) == 0" in suggestion.code]
    assert len(drafted) <= 1 and not any(f"span([{value}, {value}]) == 1" in suggestion.code for value in (2, 3, 4))
    redundant = [item.name for item in suggestion.dropped if item.detail.startswith("the drafts' value")]
    assert len(redundant) == 3 - len(drafted)


def test_without_a_draft_one_candidates_claim_is_not_enough(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    suggestion = suggest_tests(path, spec, [DraftingModel([TRUE, WRONG], [])])
    assert "span([1, 5, 3])" not in suggestion.code  # outvoted: a skeleton says what to write
    assert not any("drafted" in note for note in suggestion.notes)


def test_every_batch_the_editor_gets_is_ranked_on_the_drafts(tmp_path: Path) -> None:
    # A check the drafts refute (and cannot correct) after a right one: ranked on the drafts from
    # the first batch, it is never inserted (a batch the editor applied is not taken back).
    path, spec = _project(tmp_path)
    batches = list(stream_suggestions(path, spec, [DraftingModel([TRUE, WRONG_ORDER], [DRAFT])]))
    inserted = "".join(batch.code for batch in batches)
    assert "span([1, 5, 3]) == 4" in inserted and "span([2, 2])" not in inserted


def test_the_editor_hears_when_drafting_starts_and_ends(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    steps: list[str] = []
    list(stream_suggestions(path, spec, [DraftingModel([TRUE], [DRAFT])], on_step=steps.append))
    assert steps == ["model: drafting implementations of span to check its tests on", "model: writing tests for span"]
    implemented, spec = _project(tmp_path, IMPLEMENTED)
    steps.clear()
    list(stream_suggestions(implemented, spec, [DraftingModel([TRUE], [DRAFT])], on_step=steps.append))
    assert steps == []  # nothing is drafted for a function with a body


def test_an_implemented_function_is_ranked_on_its_own_body_and_drafts_nothing(tmp_path: Path) -> None:
    path, spec = _project(tmp_path, IMPLEMENTED)
    model = DraftingModel([TRUE, WRONG], [DRAFT])
    suggestion = suggest_tests(path, spec, [model])
    assert model.asked == 0
    assert "span([1, 5, 3]) == 4" in suggestion.code and "span([2, 2])" not in suggestion.code


def test_a_docstring_examples_neighbour_is_inserted_as_the_models_test(tmp_path: Path) -> None:
    # Combined mode: the example is the spec; its probe's value is the drafts', so it is the
    # model's test (inserted, labelled so), not a docstring example.
    source = ('def is_adult(age: int) -> bool:\n'
              '    """True from 18 years on.\n\n    >>> is_adult(18)\n    True\n    """\n')
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    path = tmp_path / "people.py"
    path.write_text(source)
    answers = ["def test_is_adult_is_true_for_18():\n    assert is_adult(18) is True\n"] * 2  # the example again
    suggestion = suggest_tests(path, spec_named(source.encode(), "is_adult"),
                               [DocstringExamplesGenerator(), DraftingModel(answers, ["return age >= 18\n"])])
    assert "is_adult(17) is False" in suggestion.code
    origins = {test["name"]: test["origin"] for test in suggestion.to_json()["tests"]}  # type: ignore[attr-defined]
    assert [origins[name] for name in origins if "17" in name] == ["model"]
    assert any("try inputs next to those of the kept tests" in note for note in suggestion.notes)


def _combined(tmp_path: Path, examples: str, answers: list[str],
              drafts: tuple[str, ...] = (DRAFT,)) -> tuple[Suggestion, list[tuple[str, str]]]:
    """Combined mode on `span` with `examples` in its docstring: the suggestion, and the model's
    tests left out (name, why); the file is never changed."""
    source = STUB.replace("; 0 for an empty list.", f".\n\n{examples}    ")
    path, spec = _project(tmp_path, source)
    suggestion = suggest_tests(path, spec, [DocstringExamplesGenerator(), DraftingModel(answers, list(drafts))])
    assert path.read_text() == source
    return suggestion, [(item.name, item.detail) for item in suggestion.dropped if item.origin == "model"]


THREE = "    >>> span([1, 5, 3])\n    4\n"  # the docstring's example
EQUAL = "def test_span_of_equal_values():\n    assert span([2, 2]) == 0\n"  # a true model check


def test_a_draft_that_fails_the_docstrings_example_neither_votes_nor_vetoes(tmp_path: Path) -> None:
    # `max(values)` passes the model's wrong check and fails the example, so with both drafts
    # counted neither model check holds on most of them and both go.
    suggestion, _ = _combined(tmp_path, THREE, [EQUAL, "def test_span_of_one_value():\n    assert span([7]) == 7\n"],
                              (DRAFT, "return max(values)\n"))
    assert "span([1, 5, 3]) == 4" in suggestion.code and "span([2, 2]) == 0" in suggestion.code
    assert "span([7]) == 7" not in suggestion.code
    assert ("1 of the 2 implementation(s) the model drafted for span failed the docstring's examples: "
            "they were not used") in suggestion.notes


def test_a_check_the_docstrings_examples_already_make_is_not_inserted_again(tmp_path: Path) -> None:
    again = "def test_span_of_three():\n    assert span([1, 5, 3]) == 4, 'the largest minus the smallest'\n"
    suggestion, left_out = _combined(tmp_path, THREE + "    >>> span([])\n    0\n", [again, EQUAL])
    assert "([1, 5, 3], 4)," in suggestion.code and "span([1, 5, 3])" not in suggestion.code  # a row of the examples
    assert "span([2, 2]) == 0" in suggestion.code
    assert left_out == [("test_span_of_three", "same as test_span_examples")]


def test_a_check_outside_the_inputs_the_examples_give_is_left_out(tmp_path: Path) -> None:
    # The examples never give an empty list: what `span([])` returns is not documented, and a
    # draft's guard for it is no spec (HumanEval's `mean_absolute_deviation([])` raises).
    nothing = "def test_span_of_nothing():\n    assert span([]) == 0\n"
    suggestion, left_out = _combined(tmp_path, THREE, [nothing, EQUAL])
    assert "span([2, 2]) == 0" in suggestion.code and "span([])" not in suggestion.code
    assert left_out == [("test_span_of_nothing", OUTSIDE_EXAMPLES)]
