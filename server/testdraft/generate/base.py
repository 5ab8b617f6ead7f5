"""The generator interface: a spec in, candidate tests out.

Every source of tests (docstring examples, the skeleton, a local model, an HTTP model)
implements `Generator`, so the LSP, the CLI, the eval harness and RL training use them
interchangeably.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
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

    @classmethod
    def plain(cls, module: str, function: str, sys_path_root: str = ".") -> ImportTarget:
        """A top-level function imported by name: `from module import function`."""
        return cls(module, function, f"from {module} import {function}", function, sys_path_root)


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
    meta: dict[str, object] = field(default_factory=dict, compare=False)


class Generator(Protocol):
    name: str

    def generate(
        self,
        spec: FunctionSpec,
        target: ImportTarget,
        cancel: CancelToken = NEVER_CANCELLED,
    ) -> Iterator[CandidateTest]:
        """Yield candidates as they become available (model candidates stream in)."""
        ...
