"""The repair round: when no model test was kept and some raised against the implementation
or missed the function, those tests and what went wrong go back to the model once, and what
it rewrites is validated like the rest. In TDD the function cannot run: the misses go back, and
the tests whose set-up raised before they reached it.

The sampled generator replays fixed answers (what the model writes is not under test, the
round is); ranking, the stub check and the sandbox run for real.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, DroppedTest, DropReason, FailedRun, Failure, Generator, ImportTarget
from testdraft.model.prompts import Prompt, PromptFormat, repair_prompt
from testdraft.pipeline import spec_named, stream_suggestions, suggest_tests
from testdraft.spec.model import FunctionSpec

SOURCE = '''
class Meter:
    """A meter that counts up from `start`."""

    def __init__(self, start: int, step: int) -> None:
        self.value = start
        self.step = step

    def tick(self) -> int:
        """Advance by one step; return the new value."""
        self.value += self.step
        return self.value
'''
RAISES = "def test_tick_once():\n    meter = Meter(5)\n    assert meter.tick() == 6\n"  # TypeError: no step
WRONG = "def test_tick_wrong():\n    meter = Meter(5, 1)\n    assert meter.tick() == 7\n"  # an assertion's verdict
FIXED = "def test_tick_once():\n    meter = Meter(5, 1)\n    assert meter.tick() == 6\n"


def _test(code: str, target: ImportTarget) -> CandidateTest:
    name = code.split("(")[0].removeprefix("def ")
    return CandidateTest(name, code, (target.import_line,), origin="model", asserts=1)


class RepairingModel(Generator):
    """Yields prepared answers, then prepared rewrites; records the failures it was sent."""

    name = "model"
    sampled = True

    def __init__(self, answers: list[str], rewrites: list[str], missed: list[DroppedTest] | None = None) -> None:
        self.answers, self.rewrites = answers, rewrites
        self.sent: list[FailedRun] = []
        self.dropped = list(missed or [])  # what its parsing left out, as the model's does

    def generate(self, spec: FunctionSpec, target: ImportTarget,
                 cancel: CancelToken = NEVER_CANCELLED) -> Iterator[CandidateTest]:
        for code in self.answers:
            yield _test(code, target)

    def repair(self, spec: FunctionSpec, target: ImportTarget, failures: Sequence[FailedRun],
               cancel: CancelToken = NEVER_CANCELLED) -> Iterator[CandidateTest]:
        self.sent += failures
        for code in self.rewrites:
            yield _test(code, target)


def _project(tmp_path: Path, source: str = SOURCE) -> tuple[Path, FunctionSpec]:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'demo'\n")
    path = tmp_path / "meter.py"
    path.write_text(source)
    return path, spec_named(source.encode(), "Meter.tick")


def test_tests_that_raised_are_sent_back_with_their_error_and_the_rewrite_is_inserted(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    model = RepairingModel([RAISES, WRONG], [FIXED])
    suggestion = suggest_tests(path, spec, [model])
    # Only the test that raised goes back: a wrong expected value is the test's claim, and
    # correcting it from the implementation is the characterization mode's job, not this.
    assert [failure.test.name for failure in model.sent] == ["test_tick_once"]
    assert "TypeError" in model.sent[0].error and "step" in model.sent[0].error
    assert [test.origin for test in suggestion.chosen] == ["model"]
    assert "Meter(5, 1)" in suggestion.code and "== 6" in suggestion.code
    assert not any("== 7" in test.code for test in suggestion.chosen)
    assert any(note.startswith("repair round: 1 test(s)") and "(TypeError)" in note for note in suggestion.notes)


def test_the_editor_gets_the_rewrite_as_a_last_batch(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    model = RepairingModel([RAISES], [FIXED])
    batches = list(stream_suggestions(path, spec, [model]))
    assert len(model.sent) == 1
    assert "Meter(5, 1)" in batches[-1].code
    assert not any(test.is_placeholder for test in batches[-1].chosen)


def test_no_repair_when_a_model_test_ran(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    kept = RepairingModel([FIXED, RAISES], ["def test_tick_never():\n    assert False\n"])
    suggest_tests(path, spec, [kept])
    assert kept.sent == []


def test_in_tdd_a_test_whose_set_up_raises_goes_back_with_the_error_and_what_it_checks_is_not_told(
        tmp_path: Path) -> None:
    # No implementation: `Meter(5)` raises before `tick` is reached, whatever `tick` will do.
    # A wrong expected value never goes back: nothing says what `tick` returns.
    path, spec = _project(tmp_path, PENDING)
    tdd = RepairingModel([RAISES, WRONG], [FIXED])
    suggestion = suggest_tests(path, spec, [tdd])
    assert [(f.test.name, f.kind) for f in tdd.sent] == [("test_tick_once", Failure.SET_UP)]
    assert tdd.sent[0].error == "TypeError: Meter.__init__() missing 1 required positional argument: 'step'"
    assert any(item.reason is DropReason.BROKEN_SET_UP and item.name.startswith("test_tick_once")
               for item in suggestion.dropped)
    fix = repair_prompt(Prompt(PromptFormat.CHAT, ({"role": "user", "content": "q"},), prefill=""), tdd.sent[0])
    assert "raised before it reached the function (which has no body yet)" in fix.messages[-1]["content"]
    # An assertion that fails before the call is dropped too, but its values are not told.
    (tmp_path / "asserts").mkdir()
    path, spec = _project(tmp_path / "asserts", PENDING)
    asserts_first = "def test_tick_from_six():\n    meter = Meter(5, 1)\n    assert meter.value == 6\n" \
                    "    assert meter.tick() == 7\n"
    quiet = RepairingModel([asserts_first], [FIXED])
    suggestion = suggest_tests(path, spec, [quiet])
    assert quiet.sent == []
    assert any(item.reason is DropReason.BROKEN_SET_UP and item.detail.startswith("failed: ")
               for item in suggestion.dropped)


def test_a_rewrite_that_still_fails_is_dropped_with_its_reason(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    still_raises = "def test_tick_again():\n    meter = Meter(5, '1')\n    assert meter.tick() == 6\n"
    model = RepairingModel([RAISES], [still_raises])
    suggestion = suggest_tests(path, spec, [model])
    assert all(test.is_placeholder for test in suggestion.chosen)
    assert any(item.name.startswith("test_tick_again") and "TypeError" in item.detail for item in suggestion.dropped)


def test_the_repair_prompt_continues_the_conversation_with_the_test_and_its_error() -> None:
    prompt = Prompt(PromptFormat.CHAT, ({"role": "system", "content": "s"}, {"role": "user", "content": "q"}),
                    prefill="```python\nimport pytest\n\n\ndef test_tick")
    raised = CandidateTest("test_tick_once", RAISES, (), origin="model")
    error = "TypeError: Meter.__init__() missing 1 required positional argument: 'step'"
    fix = repair_prompt(prompt, FailedRun(raised, error))
    assert [m["role"] for m in fix.messages] == ["system", "user", "assistant", "user"]
    assert RAISES.strip() in fix.messages[2]["content"]
    assert "missing 1 required positional argument: 'step'" in fix.messages[3]["content"]
    assert fix.prefill == prompt.prefill


OFF_TARGET = "def test_tick_meter_starts():\n    meter = Meter(5, 1)\n    assert meter.value == 5\n"


def test_a_test_that_never_calls_the_function_is_sent_back_too(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    missed = DroppedTest("test_tick_meter_starts", "model", DropReason.OFF_TARGET, "never calls meter.tick",
                         OFF_TARGET)
    model = RepairingModel([RAISES], [FIXED], [missed])
    suggestion = suggest_tests(path, spec, [model])
    assert [(f.test.name, f.ran) for f in model.sent] == [("test_tick_once", True), ("test_tick_meter_starts", False)]
    assert model.sent[1].test.code == OFF_TARGET and model.sent[1].error == "never calls meter.tick"
    assert "Meter(5, 1)" in suggestion.code
    assert any("(TypeError, never calls meter.tick)" in note for note in suggestion.notes)
    # Its note and JSON stay as they were: the code travels only to the repair.
    assert missed.note == "dropped model test_tick_meter_starts: does not test the function (never calls meter.tick)"
    assert "code" not in missed.to_json()


PENDING = SOURCE.replace("        self.value += self.step\n        return self.value\n", "        ...\n")


def test_in_tdd_a_miss_goes_back_and_agreeing_rewrites_are_inserted(tmp_path: Path) -> None:
    path, spec = _project(tmp_path, PENDING)
    missed = DroppedTest("test_tick_meter_starts", "model", DropReason.OFF_TARGET, "never calls meter.tick",
                         OFF_TARGET)
    refused = DroppedTest("test_tick_once", "model", DropReason.WRONG_ARGUMENTS,
                          "Meter() missing 1 required positional argument: 'step'", RAISES)
    # Two samples of the rewrite agree on `meter.tick() == 6`: the TDD vote keeps the claim.
    model = RepairingModel([], [FIXED, FIXED], [refused, missed])
    suggestion = suggest_tests(path, spec, [model])
    # Nothing ran: the refused call is the signature's verdict, not an error a run raised.
    assert [(f.test.name, f.ran) for f in model.sent] == [("test_tick_once", False),
                                                           ("test_tick_meter_starts", False)]
    assert model.sent[0].error == ("makes a call with arguments the signature refuses "
                                   "(Meter() missing 1 required positional argument: 'step')")
    assert [test.origin for test in suggestion.chosen] == ["model"]
    assert "Meter(5, 1)" in suggestion.code and "== 6" in suggestion.code
    assert any(note.startswith("repair round: 2 test(s)") for note in suggestion.notes)


def test_in_tdd_a_lone_rewrite_claim_is_outvoted_like_any_other(tmp_path: Path) -> None:
    path, spec = _project(tmp_path, PENDING)
    missed = DroppedTest("test_tick_meter_starts", "model", DropReason.OFF_TARGET, "never calls meter.tick",
                         OFF_TARGET)
    model = RepairingModel([], [FIXED], [missed])
    suggestion = suggest_tests(path, spec, [model])
    assert len(model.sent) == 1
    assert all(test.is_placeholder for test in suggestion.chosen)
    assert any(item.reason is DropReason.OUTVOTED for item in suggestion.dropped)


def test_a_test_naming_what_does_not_exist_goes_back_after_the_other_misses(tmp_path: Path) -> None:
    path, spec = _project(tmp_path, PENDING)
    ghost = "def test_tick_ghost():\n    assert Gauge(5).tick() == 6\n"
    unknown = DroppedTest("test_tick_ghost", "model", DropReason.UNKNOWN_NAME, "Gauge", ghost)
    missed = DroppedTest("test_tick_meter_starts", "model", DropReason.OFF_TARGET, "never calls meter.tick",
                         OFF_TARGET)
    model = RepairingModel([], [FIXED, FIXED], [unknown, missed])
    suggest_tests(path, spec, [model])
    assert [(f.test.name, f.error) for f in model.sent] == [
        ("test_tick_meter_starts", "never calls meter.tick"),
        ("test_tick_ghost", "uses Gauge, which nothing here defines or imports")]


TWICE = "def test_tick_twice():\n    meter = Meter(5, 2)\n    meter.tick()\n    assert meter.tick() == 9\n"


def test_a_copy_of_a_test_the_file_has_goes_back_asking_for_new_tests(tmp_path: Path) -> None:
    path, spec = _project(tmp_path)
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_meter.py").write_text("from meter import Meter\n\n\n" + FIXED)
    model = RepairingModel([FIXED], [TWICE])
    suggestion = suggest_tests(path, spec, [model])
    assert [(f.test.name, f.kind) for f in model.sent] == [("test_tick_once", Failure.COPIED)]
    assert suggestion.edit.test_names == ("test_tick_twice",)
    fix = repair_prompt(Prompt(PromptFormat.CHAT, ({"role": "user", "content": "q"},), ""), model.sent[0])
    assert "already has this test" in fix.messages[-1]["content"] and "new tests" in fix.messages[-1]["content"]


def test_the_repair_prompt_for_a_missed_function_asks_for_a_call_and_checks() -> None:
    prompt = Prompt(PromptFormat.CHAT, ({"role": "system", "content": "s"}, {"role": "user", "content": "q"}),
                    prefill="```python\nimport pytest\n\n\ndef test_tick")
    missed = CandidateTest("test_tick_meter_starts", OFF_TARGET, (), origin="model")
    fix = repair_prompt(prompt, FailedRun(missed, "never calls meter.tick", Failure.MISSED))
    assert OFF_TARGET.strip() in fix.messages[2]["content"]
    feedback = fix.messages[3]["content"]
    assert feedback.startswith("This test never calls meter.tick") and "raised" not in feedback
    assert "calls that function and checks its result" in feedback
