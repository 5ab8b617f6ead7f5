"""Runs a problem's asserts through the validation engine (`testdraft.validate.engine`).

The reference solution is overlaid as a module `solution` (with PyTester's imports on
top, so asserts that lean on them behave as they did for PyTester); each assert becomes
one sandboxed test; the engine's mutants of the target function give the mutation score.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import tempfile
import time
import weakref
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from testdraft.evaluation.conventions import script_coverage, solution_module
from testdraft.evaluation.metrics import RunOutcome
from testdraft.evaluation.problems import Problem
from testdraft.validate.engine import ValidationOptions, ValidationTarget, validate_asserts
from testdraft.validate.report import ValidationReport
from testdraft.validate.reward import seed_reward

MODULE = "solution"
# Bump when the mapping from engine reports to outcomes changes (it keys the cache).
CONVENTION_VERSION = "1"


def default_options() -> ValidationOptions:
    # PyTester's per-problem alarm was 5 s; the harness parallelises across problems, so
    # each validation uses one lane.
    return ValidationOptions(test_timeout_s=5.0, suite_timeout_s=60.0, workers=1)


class EngineRunner:
    def __init__(self, options: ValidationOptions | None = None) -> None:
        self.options = options or default_options()
        # An empty folder for the sandbox's sys.path root: the solution is an overlay.
        self._root = tempfile.mkdtemp(prefix="testdraft-eval-")
        weakref.finalize(self, shutil.rmtree, self._root, True)

    @functools.cached_property
    def version(self) -> str:
        options = sorted(asdict(self.options).items())
        return f"engine:{CONVENTION_VERSION}:{_engine_digest()}:{options}"

    def run(self, problem: Problem, asserts: Sequence[str]) -> RunOutcome:
        started = time.monotonic()
        target = ValidationTarget(
            module=MODULE,
            qualname=problem.fn_name,
            sys_path_root=self._root,
            overlays={f"{MODULE}.py": solution_module(problem.reference_code, asserts)},
        )
        report = validate_asserts(list(asserts), target, self.options)
        return outcome_from_report(problem, asserts, report, time.monotonic() - started)


def _engine_digest() -> str:
    """A hash of the engine's and the conventions' source: a changed engine re-runs."""
    import testdraft.validate as engine_package

    digest = hashlib.sha256()
    here = Path(__file__).parent
    sources = sorted(Path(engine_package.__file__).parent.rglob("*.py"))
    for path in [*sources, here / "conventions.py", here / "engine_runner.py"]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def first_error(report: ValidationReport) -> str | None:
    """The exception type of the first assert that did not hold, None if all held."""
    if report.collection_error or report.target_error:
        return _error_name(report.collection_error or report.target_error)
    if not report.tests:
        return "NoTestsRun"
    for test in sorted(report.tests, key=lambda t: t.line):
        if test.status != "passed":
            return test.error_type or {"timeout": "TimeoutError"}.get(test.status, "Error")
    return None


def _error_name(message: str) -> str:
    head = message.split(":", 1)[0].strip()
    return head if head.isidentifier() else "ImportError"


def outcome_from_report(
    problem: Problem, asserts: Sequence[str], report: ValidationReport, seconds: float,
    whole_script: bool = True,
) -> RunOutcome:
    """The outcome; `coverage` is PyTester's whole-script figure, or with `whole_script`
    False that of the function under test (a real package's module is no script)."""
    by_index = {t.line: t.status == "passed" for t in report.tests}
    results = tuple(by_index.get(i, False) for i in range(1, len(asserts) + 1))
    error = first_error(report)
    mutants = report.mutation.total if report.mutation else 0
    reward = seed_reward(report)
    if error is not None:
        return RunOutcome(False, error, 0.0, 0.0, 0.0, assert_results=results,
                          reward=reward, mutants=mutants, seconds=seconds)
    coverage = report.coverage
    missing = len(coverage.uncovered_lines) if coverage else 0
    mutation = report.mutation
    solution_coverage = 100.0 * coverage.line_rate if coverage else 0.0
    return RunOutcome(
        passed=True,
        error=None,
        coverage=script_coverage(problem.reference_code, asserts, missing) if whole_script else solution_coverage,
        solution_coverage=solution_coverage,
        mutation=100.0 * mutation.killed / mutation.total if mutation and mutation.total else 0.0,
        assert_results=results,
        reward=reward,
        mutants=mutants,
        seconds=seconds,
    )
