"""Validate a test suite against one function: syntax, sandboxed run, coverage, mutants.

    report = validate_suite(test_code, ValidationTarget("pkg.mod", "func", root))
    report = validate_asserts(["assert f(1) == 2", ...], target)   # one test per assert

Lane 0 runs the tests once with coverage and per-assert recording; lanes 1.. start at
the same time and run the tests quietly to learn which pass. Then every lane takes
mutants from one shared queue until it is empty, so a lane slowed by coverage or by a
slow mutant does not hold the others up. Everything untrusted runs in worker
processes (`testdraft.validate.sandbox`); this module only plans and merges.
"""

from __future__ import annotations

import ast
import copy
import logging
import os
import re
import shutil
import tempfile
import textwrap
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.spec.locate import TargetNotFound, why_not_implemented
from testdraft.validate.cache import ValidationCache
from testdraft.validate.mutation.generate import MutantSpec, enumerate_mutants
from testdraft.validate.privileges import hand_over, unprivileged_ids
from testdraft.validate.report import (
    AssertOutcome,
    CoverageReport,
    MissingBranch,
    MutationReport,
    Survivor,
    SyntaxProblem,
    TestOutcome,
    ValidationReport,
)
from testdraft.validate.sandbox import LaneLimits, LaneResult, MutantQueue, run_lane
from testdraft.validate.spawner import SERVER_ROOT
from testdraft.validate.target import ValidationTarget, conftest_files, target_source

__all__ = [
    "ValidationOptions",
    "ValidationReport",
    "ValidationTarget",
    "validate_asserts",
    "validate_suite",
]

log = logging.getLogger(__name__)

DEFAULT_TEST_MODULE = "test_testdraft_suite"


@dataclass(frozen=True)
class ValidationOptions:
    test_timeout_s: float = 5.0  # one test (its alarm; the watchdog adds a grace second)
    suite_timeout_s: float = 60.0  # the whole validation, mutants included
    memory_limit_mb: int = 1024  # address space of each worker
    coverage: bool = True
    mutation: bool = True
    mutant_timeout_s: float = 1.0  # cap for one test under one mutant
    mutant_timeout_factor: float = 10.0  # ... else this many times the test's own duration
    mutant_timeout_floor_s: float = 0.05  # ... plus this
    flaky_reruns: int = 0  # extra runs per test; a changing outcome marks it flaky
    workers: int = 2  # worker processes for mutants (lane 0 also runs the tests)
    max_mutants: int | None = None  # keep every k-th mutant above this many
    file_size_limit_mb: int = 64
    max_processes: int = 64  # RLIMIT_NPROC (ignored by the kernel for root)
    isolate_network: bool = True  # a private network namespace where permitted
    per_test_detail: bool = False  # lines per test and every killer per mutant (ranking)
    use_zygote: bool = True  # fork workers from a warm process (fresh interpreters if False)
    drop_privileges: bool = True  # as root, run workers as `nobody` when the project allows


DEFAULT_OPTIONS = ValidationOptions()


def validate_suite(
    test_code: str,
    target: ValidationTarget,
    options: ValidationOptions = DEFAULT_OPTIONS,
    cancel: CancelToken = NEVER_CANCELLED,
    *,
    test_module: str = DEFAULT_TEST_MODULE,
    cache: ValidationCache | None = None,
) -> ValidationReport:
    """Validate a pytest module's text against `target`. Never raises for bad test code."""
    started = time.perf_counter()
    try:
        tree = ast.parse(test_code)
    except SyntaxError as exc:
        return ValidationReport(
            syntax_ok=False,
            syntax_error=SyntaxProblem(exc.msg or "invalid syntax", exc.lineno or 1,
                                       exc.offset or 0),
            duration_s=time.perf_counter() - started)
    test_code = wrap_module_asserts(test_code, tree)
    source, source_path = target_source(target)
    conftests = "".join(Path(path).read_text(encoding="utf-8", errors="replace")
                        for path in conftest_files(target))
    key = cache.key(test_code + conftests, source, target, options) if cache is not None else ""
    if cache is not None:
        cached = cache.get(key)
        if cached is not None:
            return replace(cached, from_cache=True)
    pending_because = (why_not_implemented(source, target.qualname) if target.implemented
                       else "the function under test is marked as not implemented (TDD)")
    if pending_because is not None:
        report = _pending_report(tree, source_path, started, pending_because)
    else:
        report = _run(test_code, target, options, cancel, test_module, source or "",
                      source_path, started)
    if cache is not None and not report.reason.startswith("stopped"):
        cache.put(key, report)
    return report


def validate_asserts(
    asserts: Sequence[str],
    target: ValidationTarget,
    options: ValidationOptions = DEFAULT_OPTIONS,
    cancel: CancelToken = NEVER_CANCELLED,
) -> ValidationReport:
    """Each assert statement becomes one test (`assert_1`, ...); lines are assert indexes.

    An item may also be several statements (set-up, then the check), run as that test's
    body, or one `def test_...(...)`: renamed `test_assert_N`, it keeps its parameters, so
    pytest's fixtures (`tmp_path`, `capsys`) still reach it.
    An assert that does not parse is reported as an error test and the rest still run;
    `syntax_ok` is False and `syntax_error` names the first bad one.
    """
    head = target.qualname.split(".")[0]
    lines = [f"from {target.module} import *  # noqa: F403",
             f"from {target.module} import {head}", ""]
    line_to_index: dict[int, int] = {}
    broken: dict[int, SyntaxProblem] = {}
    for index, text in enumerate(asserts, start=1):
        body = textwrap.dedent(text).strip("\n")
        try:
            tree = ast.parse(body)
        except SyntaxError as exc:
            broken[index] = SyntaxProblem(f"assert {index}: {exc.msg}", index, exc.offset or 0)
            continue
        start = len(lines) + 1
        test = tree.body[0] if len(tree.body) == 1 else None
        if isinstance(test, ast.FunctionDef | ast.AsyncFunctionDef) and test.name.startswith("test"):
            lines.extend(ast.unparse(_renamed(test, f"test_assert_{index}")).splitlines())
        else:
            lines.append(f"def test_assert_{index}():")
            lines.extend(textwrap.indent(body, "    ").splitlines())
        lines.append("")
        for line in range(start, len(lines) + 1):
            line_to_index[line] = index
    report = validate_suite("\n".join(lines), target, options, cancel)
    tests = [_renumber(test, line_to_index) for test in report.tests]
    tests += [TestOutcome(id=f"assert_{i}", name=f"assert_{i}", line=i, status="error",
                          message=f"SyntaxError: {problem.message}", error_type="SyntaxError",
                          error_line=i) for i, problem in broken.items()]
    tests.sort(key=lambda t: t.line)
    first_broken = broken[min(broken)] if broken else None
    return replace(report, tests=tuple(tests), syntax_ok=report.syntax_ok and not broken,
                   syntax_error=report.syntax_error or first_broken)


def _renamed(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> ast.stmt:
    renamed = copy.copy(function)
    renamed.name = name
    return renamed


def wrap_module_asserts(test_code: str, tree: ast.Module) -> str:
    """Turn each module-level `assert` into its own test, `test_line_<N>`, in place.

    `assert f(1) == 2` on line N becomes `def test_line_N(): assert f(1) == 2` on the same
    line, so line numbers (and multi-line asserts) survive unchanged.
    """
    lines = test_code.splitlines(keepends=True)
    body = tree.body
    for index, stmt in enumerate(body):
        if not isinstance(stmt, ast.Assert) or stmt.col_offset != 0:
            continue
        following = body[index + 1] if index + 1 < len(body) else None
        if following is not None and following.lineno == stmt.end_lineno:
            continue  # `assert x; y = 1`: leave it to run at import
        row = stmt.lineno - 1
        lines[row] = f"def test_line_{stmt.lineno}(): {lines[row]}"
    return "".join(lines)


def _renumber(test: TestOutcome, line_to_index: dict[int, int]) -> TestOutcome:
    def mapped(line: int | None) -> int | None:
        return None if line is None else line_to_index.get(line, line)

    index = line_to_index.get(test.line, test.line)
    name = f"assert_{index}"
    return replace(test, id=test.id.replace(f"test_assert_{index}", name), name=name, line=index,
                   error_line=mapped(test.error_line),
                   asserts=tuple(replace(a, line=index) for a in test.asserts))


def _pending_report(tree: ast.Module, source_path: str | None, started: float,
                    because: str) -> ValidationReport:
    """TDD: the function has no body yet, so nothing runs; every test is pending."""
    from testdraft.validate.worker.asserts import assert_lines

    tests = []
    for stmt in tree.body:
        candidates: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
        if isinstance(stmt, ast.FunctionDef | ast.AsyncFunctionDef):
            candidates.append((stmt.name, stmt))
        elif isinstance(stmt, ast.ClassDef) and stmt.name.startswith("Test"):
            candidates += [(f"{stmt.name}.{f.name}", f) for f in stmt.body
                           if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)]
        for name, func in candidates:
            if not func.name.startswith("test"):
                continue
            tests.append(TestOutcome(
                id=name.replace(".", "::"), name=name, line=func.lineno, status="pending",
                message=f"pending: {because}",
                asserts=tuple(AssertOutcome(line, "pending") for line in assert_lines(func))))
    return ValidationReport(syntax_ok=True, implemented=False, tests=tuple(tests),
                            source_path=source_path, duration_s=time.perf_counter() - started)


def _safe_module_name(name: str) -> str:
    cleaned = re.sub(r"\W", "_", name)
    return cleaned if cleaned and not cleaned[0].isdigit() else f"t_{cleaned}"


def _run(test_code: str, target: ValidationTarget, options: ValidationOptions,
         cancel: CancelToken, test_module: str, source: str, source_path: str | None,
         started: float) -> ValidationReport:
    mutant_count, mutants = _plan_mutants(source, target.qualname, options)
    sandbox = tempfile.mkdtemp(prefix="testdraft-")
    try:
        base_job = _write_sandbox(sandbox, test_code, target, options,
                                  _safe_module_name(test_module), mutant_count)
        lanes = max(1, options.workers) if mutants else 1
        lane_dirs = [os.path.join(sandbox, f"lane{lane}") for lane in range(lanes)]
        for lane_dir in lane_dirs:
            os.mkdir(lane_dir)
        run_as = None
        if options.drop_privileges:
            run_as = unprivileged_ids([base_job["project_root"], *base_job["extra_paths"],
                                       SERVER_ROOT])
            if run_as is not None:
                hand_over(sandbox, lane_dirs, run_as)
        jobs = []
        for lane, lane_dir in enumerate(lane_dirs):
            jobs.append({**base_job, "sandbox": lane_dir, "cwd": lane_dir, "run_as": run_as,
                         "coverage": options.coverage and lane == 0,
                         "record_asserts": lane == 0, "emit_tests": lane == 0,
                         "flaky_reruns": options.flaky_reruns if lane == 0 else 0,
                         "mutation": bool(mutants)})
        queue = MutantQueue(m.id for m in mutants)
        limits = LaneLimits(
            test_grace_s=1.0, mutant_watchdog_s=2 * options.mutant_timeout_s + 1.0,
            deadline=time.monotonic() + options.suite_timeout_s)
        with ThreadPoolExecutor(max_workers=lanes, thread_name_prefix="testdraft-lane") as pool:
            results = list(pool.map(
                lambda job: run_lane(job, limits, cancel, options.use_zygote, queue), jobs))
    finally:
        shutil.rmtree(sandbox, ignore_errors=True)
    return _merge(results, mutants, options, source_path, started)


def _plan_mutants(source: str, qualname: str,
                  options: ValidationOptions) -> tuple[int, list[MutantSpec]]:
    """(how many mutants exist, the ones to run)."""
    if not options.mutation:
        return 0, []
    try:
        mutants = enumerate_mutants(source, qualname)
    except (SyntaxError, TargetNotFound):
        return 0, []
    count = len(mutants)
    if options.max_mutants is not None and count > options.max_mutants:
        step = count / options.max_mutants
        mutants = [mutants[int(i * step)] for i in range(options.max_mutants)]
    return count, mutants


def _write_sandbox(sandbox: str, test_code: str, target: ValidationTarget,
                   options: ValidationOptions, module_name: str,
                   mutant_count: int) -> dict[str, Any]:
    overlay_dir = os.path.join(sandbox, "overlay")
    for rel, text in target.overlays.items():
        path = os.path.join(overlay_dir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    # A module overlaid as `pkg/mod.py` needs its package importable from disk; an
    # overlay-only module (eval) needs nothing else.
    suite_dir = os.path.join(sandbox, "suite")
    os.makedirs(suite_dir)
    test_path = os.path.join(suite_dir, f"{module_name}.py")
    with open(test_path, "w", encoding="utf-8") as handle:
        handle.write(test_code)
    return {
        "project_root": os.path.abspath(target.sys_path_root),
        "extra_paths": [os.path.abspath(p) for p in
                        (*target.extra_paths, *([target.test_dir] if target.test_dir else []))],
        "conftests": conftest_files(target),
        "merged_into": target.merged_into,
        "overlay_dir": overlay_dir,
        "overlays": sorted(target.overlays),
        "module": target.module,
        "qualname": target.qualname,
        "test_path": test_path,
        "test_module": module_name,
        "test_timeout_s": options.test_timeout_s,
        "mutant_timeout_s": options.mutant_timeout_s,
        "mutant_timeout_factor": options.mutant_timeout_factor,
        "mutant_timeout_floor_s": options.mutant_timeout_floor_s,
        "mutant_count": mutant_count,
        "memory_mb": options.memory_limit_mb,
        "cpu_s": int(options.suite_timeout_s) + 5,
        "file_size_mb": options.file_size_limit_mb,
        "max_processes": options.max_processes,
        "isolate_network": options.isolate_network,
        "per_test_detail": options.per_test_detail,
    }


def _test_outcome(entry: dict[str, Any], event: dict[str, Any] | None, flaky: str | None,
                  stopped: bool) -> TestOutcome:
    base = {"id": entry["id"], "name": entry["name"], "line": entry["line"]}
    if event is None:
        return TestOutcome(**base, status="error",
                           message="not run: the sandbox stopped before this test"
                           if stopped else "not run")
    asserts = tuple(
        AssertOutcome(line=a["line"], status=a["status"], expected=a.get("expected"),
                      actual=a.get("actual"), message=a.get("message", ""),
                      literal=a.get("literal"))
        for a in event.get("asserts", []))
    if not asserts:
        asserts = tuple(AssertOutcome(line, "not_run") for line in entry.get("asserts", []))
    status = event["status"]
    message = event.get("message", "")
    if flaky is not None:
        status, message = "flaky", f"flaky: {flaky}"
    return TestOutcome(**base, status=status, message=message,
                       duration_s=float(event.get("duration", 0.0)),
                       error_type=event.get("error_type"), error_line=event.get("error_line"),
                       source_line=event.get("source_line"), asserts=asserts)


def _merge(results: list[LaneResult], mutants: list[MutantSpec], options: ValidationOptions,
           source_path: str | None, started: float) -> ValidationReport:
    main = results[0]
    reasons: list[str] = []
    for result in results:
        for reason in result.reasons:
            if reason not in reasons:
                reasons.append(reason)
    tests = tuple(
        _test_outcome(entry, main.crashed_tests.get(entry["id"]) or main.tests.get(entry["id"]),
                      main.flaky.get(entry["id"]), main.stopped_early)
        for entry in main.collected)
    for test in tests:
        if test.error_type == "MemoryError":
            reasons.append(f"{test.id}: over the {options.memory_limit_mb} MB memory limit")
    collection_error = ""
    collection_line = None
    if main.collect_error is not None:
        collection_error = main.collect_error["message"]
        collection_line = main.collect_error.get("line")
    elif not main.collected and not main.target and reasons:
        collection_error = "the sandbox stopped before the tests were collected"
    coverage = None
    if main.coverage is not None:
        data = main.coverage
        coverage = CoverageReport(
            line_rate=data["line_rate"], branch_rate=data["branch_rate"],
            statements=data["statements"], covered_lines=tuple(data["covered_lines"]),
            uncovered_lines=tuple(data["uncovered_lines"]), branches=data["branches"],
            branches_covered=data["branches_covered"],
            missing_branches=tuple(MissingBranch(b["line"], b["to"])
                                   for b in data["missing_branches"]),
            per_test={test: tuple(lines) for test, lines in data.get("per_test", {}).items()})
    mutation = _mutation_report(results, mutants, tests) \
        if options.mutation and not collection_error else None
    return ValidationReport(
        syntax_ok=True, implemented=True, tests=tests, coverage=coverage, mutation=mutation,
        duration_s=time.perf_counter() - started, reason="; ".join(reasons),
        collection_error=collection_error, collection_error_line=collection_line,
        target_error="" if main.target.get("ok", True) else main.target.get("error", ""),
        source_path=source_path)


def _mutation_report(results: list[LaneResult], mutants: list[MutantSpec],
                     tests: tuple[TestOutcome, ...]) -> MutationReport:
    outcomes: dict[int, dict[str, Any]] = {}
    for result in results:
        outcomes.update(result.mutants)
    per_operator: dict[str, list[int]] = {}
    survivors = []
    killed = timeouts = incompetent = not_run = 0
    killers: dict[int, tuple[str, ...]] = {}
    for spec in mutants:
        outcome = outcomes.get(spec.id)
        if outcome is None:
            not_run += 1
            continue
        status = outcome["status"]
        if status == "incompetent":
            incompetent += 1
            continue
        counts = per_operator.setdefault(spec.operator, [0, 0])
        counts[1] += 1
        if "killers" in outcome:
            killers[spec.id] = tuple(outcome["killers"])
        if status in ("killed", "timeout"):
            killed += 1
            timeouts += status == "timeout"
            counts[0] += 1
        else:
            survivors.append(Survivor(spec.id, spec.operator, spec.line, spec.col,
                                      spec.description))
    total = sum(c[1] for c in per_operator.values())
    note = ""
    if not mutants:
        note = "no mutants: the function has nothing the operators change"
    elif not any(t.status == "passed" for t in tests):
        note = "no passing test: mutants cannot be killed"
    elif not_run:
        note = f"{not_run} mutants not run (time limit)"
    return MutationReport(killed=killed, total=total,
                          per_operator={op: (c[0], c[1]) for op, c in per_operator.items()},
                          survivors=tuple(survivors), timeouts=timeouts,
                          incompetent=incompetent, not_run=not_run, note=note,
                          killers=killers)
