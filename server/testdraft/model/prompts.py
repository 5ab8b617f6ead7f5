"""Prompts built from a FunctionSpec: never from the function's body (TDD: it may not exist).

Two formats:
- completion (PyTester's, for base models): the signature, the docstring, `pass`, then
  `# check the correctness of <f>` and `assert `; the model continues with assert lines.
- chat (for instruct models, chosen when the tokenizer has a chat template): a system
  prompt, a user message with the signature and docstring, and the assistant's answer
  pre-filled with the start of a code block so that the model writes code, not prose.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from testdraft.generate.base import FailedRun, Failure, ImportTarget, entering
from testdraft.generate.fakes import is_plain_value, stand_ins
from testdraft.generate.names import bound_by_imports
from testdraft.generate.pytest_code import literal_value, snake
from testdraft.model.settings import DEFAULT_SYSTEM_PROMPT
from testdraft.project.context import ASYNC_ANYIO, ASYNC_AUTO, ASYNC_STRICT, ProjectContext
from testdraft.spec.extract import METHOD_KIND_DECORATORS, decorator_name
from testdraft.spec.model import FunctionSpec

# The default system prompt forbids fixtures and mocks (HumanEval-style functions need
# none); inside a project the test must reuse its fixtures and fake its collaborators.
PROJECT_SYSTEM_PROMPT = (
    "You are an expert Python tester working inside an existing project. Write pytest test "
    "functions that check the documented behaviour of one function: typical inputs, edge "
    "cases and the errors it promises to raise. Build real objects with the constructors "
    "shown, reuse the project's fixtures by name, fake collaborators (clients, clocks, "
    "files) with unittest.mock, monkeypatch or tmp_path, and use only names that exist in "
    "the code shown. Use plain `assert` statements and `pytest.raises`. Answer with one "
    "Python code block and nothing else."
)


class PromptFormat(enum.StrEnum):
    COMPLETION = "completion"
    CHAT = "chat"


@dataclass(frozen=True)
class Prompt:
    format: PromptFormat
    # Chat: the conversation; completion: empty.
    messages: tuple[dict[str, str], ...]
    # Text the answer starts with: pre-filled for local models, so the output parser
    # sees `prefill + generated text`.
    prefill: str
    # Completion format: the whole prompt text (prefill included).
    text: str = ""

    def local_text(self, tokenizer: Any) -> str:
        """The exact text a local model continues."""
        if self.format is PromptFormat.COMPLETION:
            return self.text
        rendered: str = tokenizer.apply_chat_template(
            list(self.messages), tokenize=False, add_generation_prompt=True
        )
        return rendered + self.prefill


def choose_format(requested: str, has_chat_template: bool) -> PromptFormat:
    if requested == "chat":
        return PromptFormat.CHAT
    if requested == "completion":
        return PromptFormat.COMPLETION
    return PromptFormat.CHAT if has_chat_template else PromptFormat.COMPLETION


def function_stub(spec: FunctionSpec) -> str:
    """The signature and docstring with a `pass` body: what the model may see."""
    # Without its `@classmethod`, `def parse(cls, line)` was read as taking two arguments: the
    # model passed something for `cls` in every test.
    lines = [f"@{d}" for d in spec.decorators if decorator_name(d) in METHOD_KIND_DECORATORS]
    lines.append(spec.signature.rstrip())
    if spec.docstring:
        doc = spec.docstring.strip("\n").replace('"""', r"\"\"\"")
        body = "\n".join(("    " + line) if line.strip() else "" for line in doc.splitlines())
        lines.append(f'    """{body.lstrip()}\n    """' if "\n" in doc else f'    """{doc}"""')
    lines.append("    pass")
    return "\n".join(lines)


def completion_prompt(spec: FunctionSpec, target: ImportTarget) -> Prompt:
    text = f"{function_stub(spec)}\n\n\n# check the correctness of {spec.name}\nassert "
    return Prompt(PromptFormat.COMPLETION, (), prefill="assert ", text=text)


@dataclass(frozen=True)
class Shot:
    """A worked example shown before the question (few-shot): another function and good
    tests for it (`def test_...` functions), answered the way the model should answer."""

    spec: FunctionSpec
    target: ImportTarget
    tests: str


def _answer_start(prefill: str) -> str:
    """The part of a chat prefill that opens the first test: after the imports, the decorator
    and `def test_` (or `def test_<function>` in a project)."""
    return prefill.rsplit("\n\n\n", 1)[-1]


def chat_answer(tests_code: str, prefill: str) -> str:
    """What follows a chat prompt's `prefill` when the answer is `tests_code`.

    The prefill may name the first test after the function (`def test__relators`); a
    training target named otherwise (`def test_relators_examples`) is renamed to fit."""
    start = _answer_start(prefill)
    body = _fit_first_test_name(tests_code.strip(), start)
    if not body.startswith(start):
        raise ValueError(f"chat-format tests must start with `{start}`")
    return body.removeprefix(start) + "\n```"


_FIRST_TEST = re.compile(r"^((?:@.*\n)*(?:async )?def )(test_?)(\w*)\(")


def _fit_first_test_name(body: str, start: str) -> str:
    """`body` with its first test renamed to begin with `start` when the two name it differently:
    `test` + what the name says after the function's (`_examples`)."""
    wanted = _FIRST_TEST.match(start + "(")
    found = _FIRST_TEST.match(body)
    if body.startswith(start) or wanted is None or found is None or wanted[1] != found[1]:
        return body
    function = wanted[3]
    rest = found[3].removeprefix(function.lstrip("_"))
    rest = rest if not rest or rest.startswith("_") else "_" + rest
    return body.replace(found[0], f"{found[1]}test_{function}{rest}(", 1)


def _shot_answer(tests_code: str, prefill: str) -> str:
    """A worked example's whole answer: the prefill's imports, then its tests as written."""
    return prefill.removesuffix(_answer_start(prefill)) + tests_code.strip() + "\n```"


def chat_prompt(spec: FunctionSpec, target: ImportTarget, system_prompt: str,
                shots: Sequence[Shot] = ()) -> Prompt:
    """The question about `spec`, after each shot's question and answer as earlier turns."""
    system, user, prefill = _chat_question(spec, target, system_prompt)
    messages: list[dict[str, str]] = [{"role": "system", "content": system}]
    for shot in shots:
        _, shot_user, shot_prefill = _chat_question(shot.spec, shot.target, system_prompt)
        messages += [{"role": "user", "content": shot_user},
                     {"role": "assistant", "content": _shot_answer(shot.tests, shot_prefill)}]
    messages.append({"role": "user", "content": user})
    return Prompt(PromptFormat.CHAT, tuple(messages), prefill=prefill)


def _chat_question(spec: FunctionSpec, target: ImportTarget, system_prompt: str) -> tuple[str, str, str]:
    """(system prompt, user message, pre-filled answer start) for tests of `spec`."""
    context = target.context
    if context is not None:
        return _project_question(spec, target, system_prompt, context)
    setup = ""
    if target.setup:
        setup = "Before calling it, run:\n" + "\n".join(target.setup) + "\n"
    user = (
        "Write pytest tests for the function below. Its body is not written yet: derive "
        "the expected results from the signature and docstring only.\n\n"
        f"```python\n{function_stub(spec)}\n```\n\n"
        f"Import it with `{target.import_line}` and call it as `{target.access}`.\n{setup}"
        "Write several small test functions named test_..., each with concrete asserts."
    )
    return system_prompt, user, f"```python\nimport pytest\n{target.import_line}\n\n\ndef test_"


def repair_prompt(prompt: Prompt, failure: FailedRun) -> Prompt:
    """`prompt` (a chat prompt) continued with a test it produced and what went wrong: the
    error it raised against the implementation (in TDD, before it reached the function), or
    how it missed the function (`never calls Cart.from_items`, `checks nothing`); asking for
    the test again, set up right. A copy
    of a test the file has asks for new tests instead. The
    error is an exception, never an assertion's values: expected results must not be
    copied from the implementation (that is the explicit characterization mode)."""
    answer = "```python\n" + failure.test.code.strip() + "\n```"
    if failure.kind is Failure.COPIED:
        feedback = (
            "The test file already has this test, word for word.\n\n"
            "Write new tests of the function I asked about instead: other inputs, the edge cases and "
            "errors its docstring names, each with concrete asserts, set up as the code shown does it."
        )
    elif failure.ran:
        when = "before it reached the function (which has no body yet)" if failure.kind is Failure.SET_UP \
            else "against the implementation"
        feedback = (
            f"Running this test raised {when}:\n{failure.error}\n\n"
            "Rewrite the test so that it runs: build the objects, fakes, files and arguments "
            "the function needs as the code shown does it. Keep what the test checks."
        )
    else:
        feedback = (
            f"This test {failure.error}, so it does not test the function I asked about.\n\n"
            "Rewrite it so that it calls that function and checks its result with concrete "
            "asserts: build the objects, fakes, files and arguments it needs as the code shown does it."
        )
    messages = (*prompt.messages, {"role": "assistant", "content": answer}, {"role": "user", "content": feedback})
    return Prompt(PromptFormat.CHAT, messages, prefill=prompt.prefill)


def _project_question(spec: FunctionSpec, target: ImportTarget, system_prompt: str,
                      context: ProjectContext) -> tuple[str, str, str]:
    """The chat prompt with the code around the function, its fixtures and how to fake things."""
    imports = context.test_imports
    hints: list[str] = []
    if spec.is_method and spec.method_kind in ("instance", "property"):
        hints.append(f"Build a {spec.class_path[-1]} first (see its constructor above)"
                     + (" or ask for a fixture that gives one" if context.fitting_fixtures else "")
                     + f", then use `.{spec.name}`" + (" (a property)" if spec.method_kind == "property" else "") + ".")
        if entering(spec):  # its methods may raise outside the block (a writer that batches until it ends)
            hints.append(f"{spec.class_path[-1]} is a context manager: use it inside "
                         f"`with {spec.class_path[-1]}(...) as {snake(spec.class_path[-1])}:`.")
    else:
        hints.append(f"Call it as `{target.access}`.")
    if context.fitting_fixtures:
        hints.append("Fixtures you may take as test parameters: " + ", ".join(context.fitting_fixtures) + ".")
    if context.collaborators:
        hints.append("Fake these collaborators with unittest.mock (Mock, AsyncMock for awaited calls), "
                     "monkeypatch or tmp_path: " + ", ".join(context.collaborators) + ".")
    arguments, argument_imports = _argument_examples(spec, context)
    if arguments:
        hints.append("Arguments that work here: " + ", ".join(arguments) + ".")
    decorator, definition = _test_header(spec, context.async_mode)
    if spec.is_async and not definition.startswith("async"):
        hints.append(f"{spec.name} is a coroutine function: run it with asyncio.run(...) inside the test.")
    where = ("Its implementation is hidden: derive the expected results from the signature, "
             "docstring and the code shown." if spec.is_implemented else
             "Its body is not written yet: derive the expected results from the signature, "
             "docstring and the code shown.")
    # The project's tests come first and the function last: shown right before the answer, an
    # existing test was rewritten under a new name instead of testing the function.
    examples, code = context.render(example_tests=True), context.render(example_tests=False)
    user = (
        f"Write pytest tests for `{spec.qualname}` from the module `{target.module}`. {where}\n\n"
        + (f"How this project writes its tests (they test other things: do not repeat them):\n"
           f"```python\n{examples}\n```\n\n" if examples else "")
        + (f"The code around it:\n```python\n{code}\n```\n\n" if code else "")
        + f"The function to test:\n```python\n{function_stub(spec)}\n```\n\n"
        + " ".join(hints)
        + f" Use only names from the code shown. Write several small test functions named "
        f"test_{spec.name}_..., each calling {spec.name} and checking its result with concrete asserts."
    )
    system = PROJECT_SYSTEM_PROMPT if system_prompt == DEFAULT_SYSTEM_PROMPT else system_prompt
    bound = bound_by_imports(imports)
    lines = [*(line for line in argument_imports if not bound_by_imports([line]) <= bound), *imports]
    # The first test's name starts with the function's: without it the model tends to rewrite
    # the example test shown above under a new name, never calling the function.
    return system, user, "```python\n" + "\n".join(lines) + f"\n\n\n{decorator}{definition}{spec.name}"


def _argument_examples(spec: FunctionSpec, context: ProjectContext) -> tuple[list[str], list[str]]:
    """(How to pass each parameter whose value is not a plain literal: a stream, a path, a fake
    collaborator, a project object built with its constructor, a fixture; the imports they
    need). A 0.5B model otherwise calls `TextIO()` or builds a dataclass without its required
    fields. Stand-in text is left for the model to write (`io.StringIO(text)`): a sample would
    be copied as the test's data."""
    fakes = context.fakes()
    constructors = dict(context.constructors)
    shown = []
    # The stand-ins the other generators use: a "timezone-aware" moment has a zone, a second one is later.
    values = stand_ins(spec, spec.call_params, fakes, constructors)
    for param in spec.call_params:
        value = values[param.name]
        # Plain values and literals of them the model writes well by itself (`{"text": "text"}`,
        # shown, was copied as a row); a stand-in `None` is a plain value.
        if value == "..." or is_plain_value(value) or value.startswith("[") or literal_value(value) is not None:
            continue
        if value in fakes.fixtures:  # the project's fixture for it (`Fakes.take`)
            shown.append(f"the `{value}` fixture as `{param.name}`")
        elif value.startswith("tmp_path"):  # a test that loads a file it never wrote fails on FileNotFoundError
            shown.append(f"`{param.name}={value}` (if {spec.name} reads it, write it first: "
                         f"`{param.name}.write_text(...)`)")
        else:
            shown.append(f"`{param.name}={_SAMPLE_TEXT.sub('(text)', value)}`")
    return shown, sorted(fakes.imports)


_SAMPLE_TEXT = re.compile(r"""\(\s*(['"]).*\1\s*\)$""")


def _test_header(spec: FunctionSpec, async_mode: str) -> tuple[str, str]:
    """(decorator line, start of the `def`) for a test of `spec` in this project."""
    if not spec.is_async or async_mode not in (ASYNC_AUTO, ASYNC_STRICT, ASYNC_ANYIO):
        return "", "def test_"
    marker = {ASYNC_STRICT: "@pytest.mark.asyncio\n", ASYNC_ANYIO: "@pytest.mark.anyio\n"}.get(async_mode, "")
    return marker, "async def test_"


def build_prompt(
    spec: FunctionSpec, target: ImportTarget, fmt: PromptFormat, system_prompt: str,
    shots: Sequence[Shot] = (),
) -> Prompt:
    """The prompt in `fmt`; `shots` go before the question in the chat format (PyTester's
    completion format is one function's asserts, so it takes none)."""
    if fmt is PromptFormat.COMPLETION:
        return completion_prompt(spec, target)
    return chat_prompt(spec, target, system_prompt, shots)
