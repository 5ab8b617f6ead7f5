"""The generator interface: a spec in, candidate tests out.

Every source of tests (docstring examples, the skeleton, a local model, an HTTP model)
implements `Generator`, so the LSP, the CLI, the eval harness and RL training use them
interchangeably.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.spec.model import FunctionSpec

if TYPE_CHECKING:
    from testdraft.project.context import ProjectContext


@dataclass(frozen=True)
class ImportTarget:
    """How a test module reaches the function under test.

    `import_line` is e.g. `from pkg.mod import func`; `access` is the expression that
    names the callable inside the test (`func`, `Greeter().greet`, `Greeter.make`).
    `sys_path_root` is the folder that must be on sys.path for `module` to import.
    """

    module: str
    symbol: str
    import_line: str
    access: str
    sys_path_root: str
    setup: tuple[str, ...] = ()  # statements that must run before `access` works
    note: str = ""  # e.g. why the instance cannot be built automatically
    # The project around the function (`testdraft.project.context.ProjectContext`), for the
    # model's prompt and for checking its tests' names and fixtures; None when not gathered.
    context: ProjectContext | None = field(default=None, compare=False)

    @property
    def imported(self) -> str:
        """The name `import_line` binds (`Cart` of `from shop import Cart`): what a fixture or
        another import from the module must not bind again."""
        return self.import_line.rsplit(" import ", 1)[-1]

    @classmethod
    def plain(cls, module: str, function: str, sys_path_root: str = ".") -> ImportTarget:
        """A top-level function imported by name: `from module import function`."""
        return cls(module, function, f"from {module} import {function}", function, sys_path_root)


def entering(spec: FunctionSpec, instance: str = "instance") -> tuple[str, ...]:
    """`instance.__enter__()` for a method of a class meant to be used inside `with` (its
    methods may raise outside one, as a writer that batches until the block ends); nothing
    for other methods, nor for the class's own dunder methods. One statement, so each
    generator's line-by-line setup takes it unchanged."""
    if spec.class_entered and spec.method_kind in ("instance", "property") and not spec.name.startswith("__"):
        return (f"{instance}.__enter__()",)
    return ()


def entered_in_with_block(code: str) -> str:
    """`code` with each test's `instance.__enter__()` (see `entering`) turned into the block a
    person writes: `with instance:` holding every statement after it, so `__exit__` runs too,
    once the checks are done. Other code, and code that does not parse, comes back unchanged."""
    if ".__enter__()" not in code:
        return code
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return code
    lines = code.splitlines()
    # From the last test up, so the line numbers of those above still hold.
    for function in reversed([node for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]):
        entered = next((index for index, statement in enumerate(function.body) if _enters(statement)), None)
        if entered is None or function.end_lineno is None:
            continue
        statement = function.body[entered]
        rest = function.body[entered + 1:]
        column = " " * statement.col_offset
        name = ast.unparse(statement.value.func.value)  # type: ignore[attr-defined]
        if not rest:
            block = [f"{column}with {name}:", f"{column}    pass"]
        elif any(isinstance(node, ast.Constant | ast.JoinedStr) and node.lineno != node.end_lineno
                 for later in rest for node in ast.walk(later)):
            # A string over several lines would change if its lines were indented: write the
            # statements after it again from the tree instead (which escapes its line breaks).
            block = [f"{column}with {name}:",
                     *(f"{column}    {line}" for later in rest for line in ast.unparse(later).splitlines())]
        else:
            after = lines[rest[0].lineno - 1:function.end_lineno]
            block = [f"{column}with {name}:", *(f"    {line}" if line.strip() else line for line in after)]
        lines[statement.lineno - 1:function.end_lineno] = block
    return "\n".join(lines) + ("\n" if code.endswith("\n") else "")


def _enters(statement: ast.stmt) -> bool:
    """`name.__enter__()` as a statement of its own."""
    call = statement.value if isinstance(statement, ast.Expr) else None
    return isinstance(call, ast.Call) and not call.args and not call.keywords \
        and isinstance(call.func, ast.Attribute) and call.func.attr == "__enter__" \
        and isinstance(call.func.value, ast.Name)


@dataclass(frozen=True)
class CandidateTest:
    """One test function, self-contained apart from `imports`.

    `code` is a complete `def test_...` (with decorators), dedented. `origin` names the
    generator ("docstring", "skeleton", "model", ...). `asserts` counts assert-like checks.
    """

    name: str
    code: str
    imports: tuple[str, ...] = ()
    origin: str = ""
    asserts: int = 0
    is_placeholder: bool = False  # a skeleton with a TODO, not a real check
    # A conjecture (a property read from the docstring's prose): the spec while there is no
    # implementation, kept only if it passes once there is one.
    must_pass: bool = False
    # The function's own docstring examples: they may reach it through another call
    # (`Translator().translate("**x")` documents `restrict_rglob`); the stub check, not its
    # name in the code, tells whether they reach it.
    documents_function: bool = False
    meta: dict[str, object] = field(default_factory=dict, compare=False)


class DropReason(StrEnum):
    """Why a candidate (or one check split out of it) is not among the inserted tests."""

    PARSE_ERROR = "parse error"
    UNKNOWN_NAME = "unknown name"
    WRONG_ARGUMENTS = "wrong arguments"  # a call (of the function, a project class, a method) its signature refuses
    OFF_TARGET = "does not test the function"
    FAILED = "failed against the implementation"
    DUPLICATE = "duplicate"
    OUTVOTED = "outvoted"
    REDUNDANT = "adds no coverage or killed mutant"
    INVARIANT = "invariant broken"
    VACUOUS = "passes against a stub"  # still passes when the function only returns None
    # TDD: raises before it reaches the function (set-up that breaks whatever the function does)
    BROKEN_SET_UP = "fails before it calls the function"


# Why a copy of a test the test file has is left out (a model repeats the tests it was shown).
ALREADY_IN_FILE = "already in the test file"


@dataclass(frozen=True)
class DroppedTest:
    """A candidate left out, and why: shown in notes, `--format json` and LSP progress."""

    name: str  # the test's name, or `candidate N` when no test came out of an answer
    origin: str
    reason: DropReason
    detail: str = ""
    # The test itself, where a repair round can start from it (a model test that never calls
    # the function or checks nothing); not part of the note or the JSON.
    code: str = field(default="", repr=False, compare=False)

    @property
    def note(self) -> str:
        detail = f" ({self.detail})" if self.detail else ""
        return f"dropped {self.origin} {self.name}: {self.reason.value}{detail}"

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "origin": self.origin, "reason": self.reason.value, "detail": self.detail}


class Failure(StrEnum):
    """What went wrong with a sampled test sent back for repair."""

    RAISED = "raised"  # against the implementation (`AttributeError: Mock object has no attribute 'get_json'`)
    SET_UP = "set-up"  # without one (TDD): before it called the function (`InvalidRowError: bad date`)
    MISSED = "missed"  # read from the test, nothing ran: how it missed the function (`never calls Cart.add`)
    COPIED = "copied"  # the test file already has it


@dataclass(frozen=True)
class FailedRun:
    """Material for a repair: a sampled test, what went wrong (`kind`) and how (`error`)."""

    test: CandidateTest
    error: str
    kind: Failure = Failure.RAISED

    @property
    def ran(self) -> bool:
        """Whether the error came from running the test (else it was read from its code)."""
        return self.kind in (Failure.RAISED, Failure.SET_UP)


class Generator(Protocol):
    """A source of candidate tests.

    `sampled` generators (the model) take seconds per candidate: the editor streams their
    tests as they come and validates them before insertion; the others' tests are the spec
    and are inserted as they are. `dropped` says what the last `generate` call threw away
    before yielding it (answers that did not parse, tests that never call the function).
    Implementations subclass this Protocol to inherit the defaults.
    """

    name: str
    sampled: bool = False
    dropped: Sequence[DroppedTest] = ()

    def generate(
        self,
        spec: FunctionSpec,
        target: ImportTarget,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> Iterator[CandidateTest]:
        """Yield candidates as they become available (model candidates stream in)."""
        ...

    def repair(
        self,
        spec: FunctionSpec,
        target: ImportTarget,
        failures: Sequence[FailedRun],
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> Iterator[CandidateTest]:
        """Yield tests rewritten from `failures` so that they set things up right; a
        generator that cannot repair yields nothing."""
        return iter(())

    def draft_implementations(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> list[str]:
        """Bodies drafted for `spec` when it has none yet (TDD), dedented: evidence that ranks
        this generator's tests (`validate.drafts`), never shown or inserted. Most draft none."""
        return []


class Adjusted(Generator):
    """`inner` asked about an adjusted request (`adjust`): the benchmarks' variants of one
    generator (without the project context; told that the function exists)."""

    def __init__(self, inner: Generator) -> None:
        self.inner, self.name, self.sampled = inner, inner.name, inner.sampled

    @property
    def dropped(self) -> Sequence[DroppedTest]:  # type: ignore[override]
        return self.inner.dropped

    def adjust(self, spec: FunctionSpec, target: ImportTarget) -> tuple[FunctionSpec, ImportTarget]:
        return spec, target

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        yield from self.inner.generate(*self.adjust(spec, target), cancel)

    def repair(
        self, spec: FunctionSpec, target: ImportTarget, failures: Sequence[FailedRun],
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> Iterator[CandidateTest]:
        yield from self.inner.repair(*self.adjust(spec, target), failures, cancel)

    def draft_implementations(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> list[str]:
        return self.inner.draft_implementations(*self.adjust(spec, target), cancel)
