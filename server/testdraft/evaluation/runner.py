"""The seam between the harness and whatever executes asserts against a solution.

The harness only needs `AssertRunner`; the implementation that uses the validation
engine lives in `engine_runner`. Checks that need no execution (no asserts, a block that
does not parse, a broken reference) are decided here, before any process starts, and
exactly as PyTester decides them.
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from typing import Protocol

from testdraft.evaluation.metrics import RunOutcome
from testdraft.evaluation.problems import Problem

NO_ASSERTS = "NoAssertions"  # PyTester counts these as failures too (its bare `raise`)
BROKEN_REFERENCE = "ReferenceSyntaxError"  # the dataset's own solution does not parse
RUNNER_FAILED = "RunnerError"  # the engine itself failed (logged; never cached)


class AssertRunner(Protocol):
    @property
    def version(self) -> str:
        """Changes whenever outcomes could change (operators, conventions): keys the cache."""
        ...

    def run(self, problem: Problem, asserts: Sequence[str]) -> RunOutcome:
        """Run the asserts against the problem's reference solution.

        The block passes when every assert holds; `error` is the first failure's type.
        """
        ...


def preflight(problem: Problem, asserts: Sequence[str]) -> RunOutcome | None:
    """The outcome when nothing needs to run, else None."""
    if not problem.reference_parses():
        return RunOutcome.failed(BROKEN_REFERENCE, len(asserts))
    if not asserts:
        return RunOutcome.failed(NO_ASSERTS)
    try:
        ast.parse(problem.reference_code + "\n".join(asserts))
    except SyntaxError as exc:
        return RunOutcome.failed(type(exc).__name__, len(asserts))
    except ValueError:  # e.g. a null byte in generated text
        return RunOutcome.failed("SyntaxError", len(asserts))
    return None
