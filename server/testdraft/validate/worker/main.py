"""Entry point of the sandbox worker process (never imported by the server itself).

Reads one job (JSON) on stdin, confines itself (`guard`), imports the module under test
and the test module once, then streams JSON-line events on the original stdout:

    {"ev": "target", ...}           the function under test was found (or why not)
    {"ev": "collected", "tests"}    test ids, lines, assert lines
    {"ev": "start", "kind", "id"}   an item (test or mutant) begins: the parent's watchdog
    {"ev": "test", ...}             one test's outcome with per-assert records
    {"ev": "coverage", ...}         coverage of the target function
    {"ev": "mutant", ...}           one mutant: killed / survived / timeout / incompetent
    {"ev": "violation", "reason"}   the sandbox refused an operation
    {"ev": "done"}

Mutants are installed by swapping the target function's `__code__`, and each mutant
stops at its first failing test. The test's own stdout/stderr go to files in the
sandbox, never into the event stream.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
import sys
import time
import traceback
import types
from collections.abc import Callable
from typing import Any

from testdraft.validate.worker import guard
from testdraft.validate.worker.asserts import RECORDER_NAME, AssertRecorder, rewrite_asserts
from testdraft.validate.worker.loader import install_paths, load_test_module
from testdraft.validate.worker.runner import Outcome, Runner, TestItem, collect, run_item

_MESSAGE_LIMIT = 600


class Events:
    def __init__(self, fd: int) -> None:
        self._fd = fd

    def emit(self, event: dict[str, Any]) -> None:
        data = (json.dumps(event, default=repr) + "\n").encode()
        while data:
            written = os.write(self._fd, data)
            data = data[written:]


def _redirect_output(sandbox: str) -> int:
    """Keep the real stdout for events; the tests' output goes to files."""
    events_fd = os.dup(1)
    for fd, name in ((1, "stdout.txt"), (2, "stderr.txt")):
        target = os.open(os.path.join(sandbox, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
    return events_fd


def _unwrap(obj: Any, name: str) -> types.FunctionType | None:
    for _ in range(20):
        if isinstance(obj, staticmethod | classmethod):
            obj = obj.__func__
        elif isinstance(obj, property):
            obj = obj.fget
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
                            "actual": record.actual, "message": record.message[:_MESSAGE_LIMIT],
                            "runs": record.runs})
    return {
        "ev": "test", "id": item.id, "status": outcome.status,
        "duration": outcome.duration, "message": outcome.message[:_MESSAGE_LIMIT],
        "error_type": outcome.error_type, "error_line": outcome.error_line,
        "source_line": outcome.source_line, "asserts": asserts,
    }


def _body_range(source: str, qualname: str) -> tuple[int, int]:
    from testdraft.validate.mutation.generate import body_without_docstring, find_function

    func, _ = find_function(ast.parse(source), qualname)
    body = body_without_docstring(func) or func.body
    return body[0].lineno, func.end_lineno or func.lineno


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


def run(job: dict[str, Any], events: Events) -> None:
    sandbox = job["sandbox"]
    install_paths(job["project_root"], job.get("extra_paths", []), job["overlay_dir"],
                  job.get("overlays", []))
    target_ok = False
    func: types.FunctionType | None = None
    source_file: str | None = None
    source_text = ""
    cleaner: Any = None
    try:
        module = importlib.import_module(job["module"])
        func = resolve_function(module, job["qualname"])
        source_file = func.__code__.co_filename
        with open(source_file, encoding="utf-8") as handle:
            source_text = handle.read()
        body_first, body_last = _body_range(source_text, job["qualname"])
        target_ok = True
        events.emit({"ev": "target", "ok": True, "source_file": source_file,
                     "body": [body_first, body_last]})
        cleaner = _clear_caches(getattr(module, job["qualname"].split(".")[0], None))
    except BaseException as exc:
        events.emit({"ev": "target", "ok": False,
                     "error": f"{type(exc).__name__}: {exc}"[:_MESSAGE_LIMIT]})

    recorder = AssertRecorder(active=bool(job.get("record_asserts", True)))
    test_path = job["test_path"]
    try:
        with open(test_path, encoding="utf-8") as handle:
            test_text = handle.read()
        test_module = load_test_module(job["test_module"], test_path,
                                       rewrite_asserts(ast.parse(test_text, test_path)),
                                       {RECORDER_NAME: recorder})
        items = collect(test_module, ast.parse(test_text, test_path), test_path)
    except BaseException as exc:
        line = None
        for frame, frame_line in traceback.walk_tb(exc.__traceback__):
            if frame.f_code.co_filename == test_path:
                line = frame_line
        events.emit({"ev": "collect_error", "error_type": type(exc).__name__,
                     "message": f"{type(exc).__name__}: {exc}"[:_MESSAGE_LIMIT], "line": line})
        events.emit({"ev": "done"})
        return
    events.emit({"ev": "collected", "tests": [
        {"id": i.id, "name": i.name, "line": i.line, "asserts": i.assert_lines} for i in items]})

    runner = Runner(test_module, sandbox)
    skip_tests = set(job.get("skip_tests", []))
    probe = None
    if job.get("coverage") and target_ok and source_file is not None:
        from testdraft.validate.worker.coverage_probe import FunctionCoverage

        probe = FunctionCoverage(source_file)
        probe.start()
    durations: dict[str, float] = {}
    statuses: dict[str, str] = {}
    for item in items:
        if item.id in skip_tests:
            continue
        events.emit({"ev": "start", "kind": "test", "id": item.id})
        recorder.reset()
        outcome = run_item(runner, item, job["test_timeout_s"], test_path, source_file)
        durations[item.id], statuses[item.id] = outcome.duration, outcome.status
        if job.get("emit_tests", True):
            events.emit(_outcome_event(item, outcome, recorder))
    if probe is not None:
        probe.stop()
        events.emit({"ev": "coverage", **probe.summary(*_body_range(source_text, job["qualname"]))})

    recorder.active = False
    for item in items:
        for _ in range(int(job.get("flaky_reruns", 0))):
            if item.id not in statuses or statuses[item.id] in ("skipped", "timeout"):
                break
            events.emit({"ev": "start", "kind": "test", "id": item.id})
            again = run_item(runner, item, job["test_timeout_s"], test_path, source_file)
            if again.status != statuses[item.id]:
                events.emit({"ev": "flaky", "id": item.id,
                             "message": f"{statuses[item.id]} first, then {again.status}"})
                break

    mutant_ids = [m for m in job.get("mutants", []) if m not in set(job.get("skip_mutants", []))]
    if mutant_ids and target_ok and func is not None and source_file is not None:
        _run_mutants(job, events, runner, items, statuses, durations, func, source_text,
                     source_file, test_path, mutant_ids, cleaner)
    runner.close()
    events.emit({"ev": "done"})


def _run_mutants(job: dict[str, Any], events: Events, runner: Runner, items: list[TestItem],
                 statuses: dict[str, str], durations: dict[str, float],
                 func: types.FunctionType, source_text: str, source_file: str, test_path: str,
                 mutant_ids: list[int], cleaner: Callable[[], None] | None) -> None:
    from testdraft.validate.mutation.generate import MutantBuilder

    builder = MutantBuilder(source_text, job["qualname"], source_file)
    if len(builder.specs) != job.get("mutant_count", len(builder.specs)):
        events.emit({"ev": "mutation_error",
                     "message": "the module changed while mutants were generated"})
        return
    passing = sorted((i for i in items if statuses.get(i.id) == "passed"),
                     key=lambda i: durations[i.id])
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
        try:
            for item in passing:
                if cleaner is not None:
                    cleaner()
                timeout = min(cap, floor + factor * durations[item.id])
                outcome = run_item(runner, item, timeout, test_path, source_file)
                if outcome.status != "passed":
                    result.update(status="timeout" if outcome.status == "timeout" else "killed",
                                  killed_by=item.id, message=outcome.message[:200])
                    break
        finally:
            func.__code__ = original
            if cleaner is not None:
                cleaner()
        events.emit(result)


def main() -> None:
    job = json.loads(sys.stdin.read())
    sandbox = job["sandbox"]
    events = Events(_redirect_output(sandbox))
    os.chdir(job["cwd"])
    for key in ("TMPDIR", "TEMP", "TMP", "HOME"):
        os.environ[key] = sandbox
    sys.dont_write_bytecode = True
    guard.apply_limits(job["memory_mb"], job["cpu_s"], job["file_size_mb"], job["max_processes"])
    if job.get("isolate_network", True):
        guard.isolate_network()
    if job.get("coverage"):
        import coverage  # noqa: F401  - before the audit hook, and outside the timed tests

    def on_violation(reason: str) -> None:
        events.emit({"ev": "violation", "reason": reason})

    real_exit = guard.block_hard_exit(on_violation)
    guard.install_audit_hook(sandbox, on_violation)
    started = time.perf_counter()
    try:
        run(job, events)
    except BaseException as exc:  # a bug in the worker: report it rather than hang
        events.emit({"ev": "worker_error", "message": f"{type(exc).__name__}: {exc}",
                     "elapsed": time.perf_counter() - started})
    sys.stdout.flush()
    real_exit(0)


if __name__ == "__main__":
    main()
