"""Where a UI test's code comes from: the deterministic mapper or a model, by name.

Both follow the generator shape the Python side uses: a `name`, whether it `sampled` (several
different candidates per request), and `generate(request, cancel)` yielding candidates. The
pipeline ranks the candidates (`testdraft.ui.pipeline`); the CLI, the eval and the LSP turn
names into generators only through `ui_generator`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.ui.fill_todos import FilledTest, fill_todos, locator_listing
from testdraft.ui.inventory import Inventory
from testdraft.ui.issues import Issue
from testdraft.ui.mapping import map_test_case
from testdraft.ui.model_prompt import generate_with_model
from testdraft.ui.render import render
from testdraft.ui.steps import TestCase

# The first is the default: deterministic, needs no model. "mapper+model": the mapper, then
# the model drafts the steps it left as TODOs (`ui.fill_todos`).
UI_GENERATORS = ("mapper", "model", "mapper+model")
MODEL_UI_GENERATORS = frozenset(UI_GENERATORS[1:])
# A whole Playwright test runs to 300-600 tokens; a drafted step stops at its closing fence.
UI_MAX_NEW_TOKENS = 640

Complete = Callable[[str], str]


class UiGeneratorUnavailable(ValueError):
    """The named generator does not exist or cannot run here; the message says why."""


@dataclass(frozen=True)
class UiRequest:
    inventory: Inventory
    case: TestCase
    component_source: str
    framework: str = "playwright"


@dataclass(frozen=True)
class UiCandidate:
    code: str
    origin: str
    issues: tuple[Issue, ...] = ()
    filled: FilledTest | None = None  # "mapper+model": where the model drafted steps


class UiGenerator(Protocol):
    name: str
    sampled: bool

    def generate(self, request: UiRequest, cancel: CancelToken = NEVER_CANCELLED) -> Iterator[UiCandidate]:
        """Yield candidate tests for the request."""
        ...


class MapperGenerator:
    """Steps mapped deterministically onto the inventory, rendered for the chosen framework."""

    name = "mapper"
    sampled = False

    def generate(self, request: UiRequest, cancel: CancelToken = NEVER_CANCELLED) -> Iterator[UiCandidate]:
        code, issues = render(map_test_case(request.inventory, request.case), request.framework)
        yield UiCandidate(code, self.name, tuple(issues))


class ModelUiGenerator:
    """The seed's prompt (system prompt + steps + component) sent `samples` times to a model."""

    name = "model"
    sampled = True

    def __init__(self, complete: Complete, samples: int = 1) -> None:
        self._complete = complete
        self._samples = max(1, samples)

    def generate(self, request: UiRequest, cancel: CancelToken = NEVER_CANCELLED) -> Iterator[UiCandidate]:
        steps = steps_text(request.case)
        for _ in range(self._samples):
            cancel.raise_if_cancelled()
            code = generate_with_model(
                self._complete, steps, request.component_source, request.inventory.component,
                locator_listing(request.inventory),
            )
            yield UiCandidate(code, self.name)


class MapperModelGenerator:
    """The mapper's test, with the steps it left as TODOs drafted by the model and checked
    against the inventory (`ui.fill_todos`); the mapper's own lines are never changed."""

    name = "mapper+model"
    sampled = False

    def __init__(self, complete: Complete) -> None:
        self._complete = complete

    def generate(self, request: UiRequest, cancel: CancelToken = NEVER_CANCELLED) -> Iterator[UiCandidate]:
        code, issues = render(map_test_case(request.inventory, request.case), request.framework)
        if request.framework != "playwright":  # the drafts are Playwright statements
            yield UiCandidate(code, self.name, tuple(issues))
            return
        filled = fill_todos(code, list(issues), request.inventory, steps_text(request.case), self._complete, cancel)
        yield UiCandidate(filled.code, self.name, tuple(filled.issues), filled)


def ui_generator(name: str, complete: Complete | None = None, samples: int = 1) -> UiGenerator:
    """The generator a name means; `complete` is the model for "model"."""
    if name == "mapper":
        return MapperGenerator()
    if name in MODEL_UI_GENERATORS and complete is None:
        raise UiGeneratorUnavailable(f"the {name} generator needs a model: none is loaded")
    if name == "model" and complete is not None:
        return ModelUiGenerator(complete, samples)
    if name == "mapper+model" and complete is not None:
        return MapperModelGenerator(complete)
    raise UiGeneratorUnavailable(f"unknown UI generator {name!r}: use one of {', '.join(UI_GENERATORS)}")


def steps_text(case: TestCase) -> str:
    """The test case written back in the dataset's format, for a model prompt: mocked
    responses included (they read back into the same `Mock`s)."""
    lines = [f"# {case.title}", ""]
    if case.preconditions or case.mocks:
        lines.append(f"Preconditions: {case.preconditions}".rstrip())
        for mock in case.mocks:  # what the test must answer with `page.route`
            status = f" status {mock.status}" if mock.status != 200 else ""
            lines.append(f"`{mock.method} {mock.path}` responds with{status}:")
            if mock.body is not None:
                lines += ["```json", mock.body, "```"]
        lines.append("")
    lines += [f"{n}. {s}" for n, s in enumerate(case.steps, start=1)]
    if case.expected:
        lines += ["", "Expected result:", *[f"- {e}" for e in case.expected]]
    return "\n".join(lines)
