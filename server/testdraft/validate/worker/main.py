"""Entry point of the sandbox worker process (never imported by the server itself).

Reads one job (JSON) on stdin, confines itself (`guard`), imports the module under test
and the test module once, then streams JSON-line events on the original stdout:

    {"ev": "target", ...}           the function under test was found (or why not)
    {"ev": "collected", "tests"}    test ids, lines, assert lines
    {"ev": "start", "kind", "id"}   an item (test or mutant) begins: the parent's watchdog
    {"ev": "test", ...}             one test's outcome with per-assert records
    {"ev": "rerun", "id"}           a flakiness re-run ended (a "flaky" event if it differed)
    {"ev": "coverage", ...}         coverage of the target function
    {"ev": "ready"}                 send the next mutant id (a line; -1: no more)
    {"ev": "mutant", ...}           one mutant: killed / survived / timeout / incompetent
    {"ev": "violation", "reason"}   the sandbox refused an operation
    {"ev": "done"}

Mutants are installed by swapping the target function's `__code__`, and each mutant
stops at its first failing test. The test's own stdout/stderr go to files in the
sandbox, never into the event stream.
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import json
import os
import sys
import tempfile
import time
import traceback
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from testdraft.spec.locate import function_body_lines
from testdraft.validate.worker import guard
from testdraft.validate.worker.asserts import RECORDER_NAME, AssertRecorder, rewrite_asserts
from testdraft.validate.worker.loader import install_paths, load_test_module
from testdraft.validate.worker.runner import Outcome, Runner, TestItem, collect, run_item

_MESSAGE_LIMIT = 1200


class Events:
    def __init__(self, fd: int) -> None:
        self._fd = fd

    def emit(self, event: dict[str, Any]) -> None:
        data = (json.dumps(event, default=repr) + "\n").encode()
        while data:
            written = os.write(self._fd, data)
            data = data[written:]


def _unwrap(obj: Any, name: str) -> types.FunctionType | None:
    for _ in range(20):
        if isinstance(obj, staticmethod | classmethod):
            obj = obj.__func__
        elif isinstance(obj, property):
            obj = obj.fget
        elif isinstance(obj, functools.cached_property):
            obj = obj.func
        elif inspect.isfunction(obj) and obj.__code__.co_name == name:
            return obj
        elif hasattr(obj, "__wrapped__"):
            obj = obj.__wrapped__
        else:
            return obj if inspect.isfunction(obj) else None
    return None


def resolve_function(module: types.ModuleType, qualname: str) -> types.FunctionType:
    owner: Any = module
    parts = qualname.split(".")
    for part in parts[:-1]:
        owner = getattr(owner, part)
    raw = vars(owner).get(parts[-1]) if isinstance(owner, type) else getattr(owner, parts[-1])
    if raw is None:
        raw = getattr(owner, parts[-1])
    func = _unwrap(raw, parts[-1])
    if func is None:
        raise TypeError(f"{qualname} is not a Python function")
    return func


def _outcome_event(item: TestItem, outcome: Outcome, recorder: AssertRecorder) -> dict[str, Any]:
    asserts = []
    for line in item.assert_lines:
        record = recorder.records.get(line)
        if outcome.status == "error" and outcome.error_line == line:
            asserts.append({"line": line, "status": "error",
                            "message": outcome.message[:_MESSAGE_LIMIT]})
        elif record is None:
            asserts.append({"line": line, "status": "not_run"})
        else:
            asserts.append({"line": line, "status": record.status, "expected": record.expected,
                            "actual": record.actual, "literal": record.literal,
                            "message": record.message[:_MESSAGE_LIMIT],
                            "runs": record.runs})
    return {
        "ev": "test", "id": item.id, "status": outcome.status,
        "duration": outcome.duration, "message": outcome.message[:_MESSAGE_LIMIT],
        "error_type": outcome.error_type, "error_line": outcome.error_line,
        "source_line": outcome.source_line, "asserts": asserts,
    }


def _clear_caches(func: Any) -> Callable[[], None]:
    """`functools.cache`d targets would answer from the cache and hide every mutant."""
    clearers = []
    obj = func
    while obj is not None:
        clear = getattr(obj, "cache_clear", None)
        if callable(clear):
            clearers.append(clear)
        obj = getattr(obj, "__wrapped__", None)

    def clear_all() -> None:
        for clear in clearers:
            clear()

    return clear_all


class MutantFeed:
    """Mutant ids handed out by the parent one at a time, so idle lanes take the next one."""

    def __init__(self, control_fd: int, events: Events) -> None:
        self._fd = control_fd
        self._events = events
        self._buffer = b""

    def __iter__(self) -> Iterator[int]:
        while True:
            self._events.emit({"ev": "ready"})
            while b"\n" not in self._buffer:
                chunk = os.read(self._fd, 4096)
                if not chunk:
                    return
                self._buffer += chunk
            line, self._buffer = self._buffer.split(b"\n", 1)
            mutant_id = int(line)
            if mutant_id < 0:
                return
            yield mutant_id


@dataclass
class LoadedTarget:
    func: types.FunctionType
    source_file: str
    source_text: str
    body: tuple[int, int]  # first and last line of the function body
    clear_caches: Callable[[], None]


def _load_target(job: dict[str, Any], events: Events) -> LoadedTarget | None:
    try:
        module = importlib.import_module(job["module"])
        func = resolve_function(module, job["qualname"])
        source_file = func.__code__.co_filename
        with open(source_file, encoding="utf-8") as handle:
            source_text = handle.read()
        body = function_body_lines(ast.parse(source_text), job["qualname"])
        clear = _clear_caches(getattr(module, job["qualname"].split(".")[0], None))
    except BaseException as exc:
        events.emit({"ev": "target", "ok": False,
                     "error": f"{type(exc).__name__}: {exc}"[:_MESSAGE_LIMIT]})
        return None
    events.emit({"ev": "target", "ok": True, "source_file": source_file, "body": list(body)})
    return LoadedTarget(func, source_file, source_text, body, clear)


def _load_conftests(job: dict[str, Any], events: Events) -> list[types.ModuleType] | None:
    """The project's conftest.py modules (their fixtures), outermost first."""
    modules = []
    for index, path in enumerate(job.get("conftests", [])):
        try:
            with open(path, encoding="utf-8") as handle:
                tree = ast.parse(handle.read(), path)
            modules.append(load_test_module(f"_testdraft_conftest_{index}", path, tree, {}))
        except BaseException as exc:
            if path == job.get("merged_into"):
                continue  # the file the tests go into is broken: its names are missing, nothing more
            events.emit({"ev": "collect_error", "error_type": type(exc).__name__, "line": None,
                         "message": f"{path}: {type(exc).__name__}: {exc}"[:_MESSAGE_LIMIT]})
            return None
    return modules


def _merged_names(job: dict[str, Any], conftests: list[types.ModuleType]) -> dict[str, Any]:
    """The top-level names of the test module the tests go into (its helpers, constants and
    imports; not its tests), which the tests see as globals once merged into it."""
    merged = next((module for module in conftests if job.get("merged_into") and
                   getattr(module, "__file__", None) == job["merged_into"]), None)
    if merged is None:
        return {}
    return {name: value for name, value in vars(merged).items()
            if not name.startswith(("__", "test", "Test"))}


def _load_tests(job: dict[str, Any], events: Events, recorder: AssertRecorder,
                merged_names: dict[str, Any]) -> tuple[types.ModuleType, list[TestItem]] | None:
    test_path = job["test_path"]
    try:
        with open(test_path, encoding="utf-8") as handle:
            test_text = handle.read()
        test_module = load_test_module(job["test_module"], test_path,
                                       rewrite_asserts(ast.parse(test_text, test_path)),
                                       {**merged_names, RECORDER_NAME: recorder})
        items = collect(test_module, ast.parse(test_text, test_path), test_path)
    except BaseException as exc:
        line = None
        for frame, frame_line in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename == test_path:
                line = frame_line
        events.emit({"ev": "collect_error", "error_type": type(exc).__name__,
                     "message": f"{type(exc).__name__}: {exc}"[:_MESSAGE_LIMIT], "line": line})
        return None
    events.emit({"ev": "collected", "tests": [
        {"id": i.id, "name": i.name, "line": i.line, "asserts": i.assert_lines} for i in items]})
    return test_module, items


@dataclass
class Baseline:
    """How each test did against the real implementation (mutants only run passing ones)."""

    statuses: dict[str, str] = field(default_factory=dict)
    durations: dict[str, float] = field(default_factory=dict)


def _run_baseline(job: dict[str, Any], events: Events, runner: Runner, items: list[TestItem],
                  recorder: AssertRecorder, target: LoadedTarget | None) -> Baseline:
    baseline = Baseline()
    test_path = job["test_path"]
    source_file = target.source_file if target is not None else None
    per_test = bool(job.get("per_test_detail"))
    probe = None
    if job.get("coverage") and target is not None:
        from testdraft.validate.worker.coverage_probe import FunctionCoverage

        probe = FunctionCoverage(target.source_file)
        probe.start()
    skip_tests = set(job.get("skip_tests", []))
    for item in items:
        if item.id in skip_tests:
            continue
        events.emit({"ev": "start", "kind": "test", "id": item.id})
        recorder.reset()
        if probe is not None and per_test:
            probe.switch_test(item.id)
        outcome = run_item(runner, item, job["test_timeout_s"], test_path, source_file)
        baseline.durations[item.id], baseline.statuses[item.id] = outcome.duration, outcome.status
        events.emit(_outcome_event(item, outcome, recorder) if job.get("emit_tests", True)
                    else {"ev": "test", "id": item.id, "status": outcome.status, "quiet": True})
    if probe is not None and target is not None:
        probe.stop()
        summary = probe.summary(*target.body)
        if per_test:
            summary["per_test"] = probe.lines_per_test(*target.body)
        events.emit({"ev": "coverage", **summary})
    return baseline


def _rerun_for_flakiness(job: dict[str, Any], events: Events, runner: Runner,
                         items: list[TestItem], baseline: Baseline,
                         source_file: str | None) -> None:
    for item in items:
        first = baseline.statuses.get(item.id)
        if first is None or first in ("skipped", "timeout"):
            continue
        for _ in range(int(job.get("flaky_reruns", 0))):
            events.emit({"ev": "start", "kind": "test", "id": item.id})
            again = run_item(runner, item, job["test_timeout_s"], job["test_path"], source_file)
            events.emit({"ev": "rerun", "id": item.id})
            if again.status != first:
                events.emit({"ev": "flaky", "id": item.id,
                             "message": f"{first} first, then {again.status}"})
                break


def run(job: dict[str, Any], events: Events, control_fd: int) -> None:
    install_paths(job["project_root"], job.get("extra_paths", []), job["overlay_dir"],
                  job.get("overlays", []))
    target = _load_target(job, events)
    recorder = AssertRecorder(active=bool(job.get("record_asserts", True)))
    conftests = _load_conftests(job, events)
    if conftests is None:
        return
    loaded = _load_tests(job, events, recorder, _merged_names(job, conftests))
    if loaded is None:
        return
    test_module, items = loaded
    runner = Runner([*conftests, test_module], job["sandbox"])
    baseline = _run_baseline(job, events, runner, items, recorder, target)
    recorder.active = False  # reruns and mutants take the plain `assert` path
    _rerun_for_flakiness(job, events, runner, items, baseline,
                         target.source_file if target is not None else None)
    if job.get("mutation") and target is not None:
        _run_mutants(job, events, runner, items, baseline, target,
                     MutantFeed(control_fd, events))
    runner.close()


def _run_mutants(job: dict[str, Any], events: Events, runner: Runner, items: list[TestItem],
                 baseline: Baseline, target: LoadedTarget, mutant_ids: Iterable[int]) -> None:
    from testdraft.validate.mutation.generate import MutantBuilder

    builder = MutantBuilder(target.source_text, job["qualname"], target.source_file)
    if len(builder.specs) != job.get("mutant_count", len(builder.specs)):
        events.emit({"ev": "mutation_error",
                     "message": "the module changed while mutants were generated"})
        return
    all_killers = bool(job.get("per_test_detail"))
    passing = sorted((i for i in items if baseline.statuses.get(i.id) == "passed"),
                     key=lambda i: baseline.durations[i.id])
    func = target.func
    original = func.__code__
    cap = float(job["mutant_timeout_s"])
    floor = float(job.get("mutant_timeout_floor_s", 0.05))
    factor = float(job.get("mutant_timeout_factor", 10.0))
    for mutant_id in mutant_ids:
        spec = builder.specs[mutant_id]
        events.emit({"ev": "start", "kind": "mutant", "id": mutant_id})
        try:
            func.__code__ = builder.compile(spec)
        except (SyntaxError, ValueError, TypeError) as exc:
            events.emit({"ev": "mutant", "id": mutant_id, "status": "incompetent",
                         "message": str(exc)[:_MESSAGE_LIMIT]})
            continue
        result: dict[str, Any] = {"ev": "mutant", "id": mutant_id, "status": "survived"}
        killers: list[str] = []
        try:
            for item in passing:
                target.clear_caches()
                timeout = min(cap, floor + factor * baseline.durations[item.id])
                outcome = run_item(runner, item, timeout, job["test_path"], target.source_file)
                if outcome.status == "passed":
                    continue
                if not killers:
                    result.update(status="timeout" if outcome.status == "timeout" else "killed",
                                  killed_by=item.id, message=outcome.message[:200])
                killers.append(item.id)
                if not all_killers:  # one failing test is enough for the score
                    break
            if all_killers:
                result["killers"] = killers
        finally:
            func.__code__ = original
            target.clear_caches()
        events.emit(result)


def confine_and_run(job: dict[str, Any], events_fd: int, control_fd: int) -> None:
    """Confine this process, run the job, and exit; never returns."""
    sandbox = job["sandbox"]
    events = Events(events_fd)
    for fd, name in ((1, "stdout.txt"), (2, "stderr.txt")):
        target = os.open(os.path.join(sandbox, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.chdir(job["cwd"])
    for key in ("TMPDIR", "TEMP", "TMP", "HOME"):
        os.environ[key] = sandbox
    # `tempfile` read the folder once, before (the zygote warms up with a temporary folder):
    # a test's `mkdtemp()` must land in the sandbox, the one place it may write.
    tempfile.tempdir = sandbox
    sys.dont_write_bytecode = True
    guard.apply_limits(job["memory_mb"], job["cpu_s"], job["file_size_mb"], job["max_processes"])
    if job.get("isolate_network", True):
        guard.isolate_network()
    if job.get("run_as"):
        guard.drop_privileges(*job["run_as"])
    if job.get("coverage"):
        import coverage  # noqa: F401  - before the audit hook, and outside the timed tests

    def on_violation(reason: str) -> None:
        events.emit({"ev": "violation", "reason": reason})

    real_exit = guard.block_hard_exit(on_violation)
    guard.install_audit_hook(sandbox, on_violation)
    started = time.perf_counter()
    try:
        run(job, events, control_fd)
    except BaseException as exc:  # a bug in the worker: report it rather than hang
        events.emit({"ev": "worker_error", "message": f"{type(exc).__name__}: {exc}",
                     "elapsed": time.perf_counter() - started})
    events.emit({"ev": "done"})
    real_exit(0)


def main() -> None:
    """Started as its own process: the job, then mutant ids, on stdin; events on stdout."""
    control_fd = os.dup(0)
    line = b""
    while not line.endswith(b"\n"):
        chunk = os.read(control_fd, 1)
        if not chunk:
            break
        line += chunk
    confine_and_run(json.loads(line), os.dup(1), control_fd)


if __name__ == "__main__":
    main()
