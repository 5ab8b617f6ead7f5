"""Parent side of the sandbox: start worker processes, watch them, kill and restart.

A *lane* is one worker process and its job (lane 0 runs the tests with coverage; other
lanes run their share of the mutants). The parent reads the worker's JSON-line events;
when an item (a test or a mutant) runs past its limit, or the worker dies mid-item
(memory, CPU limit, a crash), the parent kills the whole process group, records that
item with the reason, and starts a fresh worker that skips it. The calling process is
never touched: untrusted code only ever runs in the worker.
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, CancelToken, Cancelled

log = logging.getLogger(__name__)

SERVER_ROOT = str(Path(__file__).resolve().parents[2])
_BOOT = ("import sys; sys.path.insert(0, {root!r}); "
         "from testdraft.validate.worker.main import main; main()")
_POLL_S = 0.05


@dataclass
class LaneResult:
    tests: dict[str, dict[str, Any]] = field(default_factory=dict)
    mutants: dict[int, dict[str, Any]] = field(default_factory=dict)
    crashed_tests: dict[str, dict[str, Any]] = field(default_factory=dict)
    flaky: dict[str, str] = field(default_factory=dict)
    collected: list[dict[str, Any]] = field(default_factory=list)
    target: dict[str, Any] = field(default_factory=dict)
    coverage: dict[str, Any] | None = None
    collect_error: dict[str, Any] | None = None
    reasons: list[str] = field(default_factory=list)
    stopped_early: bool = False  # the suite deadline hit before the lane finished


@dataclass(frozen=True)
class LaneLimits:
    test_grace_s: float  # a test's watchdog: its alarm + this
    mutant_watchdog_s: float
    deadline: float  # time.monotonic() when everything must stop
    max_restarts: int = 6


def _signal_reason(returncode: int, memory_mb: int) -> str:
    if returncode >= 0:
        return f"the sandbox process exited with status {returncode}"
    sig = -returncode
    if sig == signal.SIGXCPU:
        return "CPU time limit of the sandbox reached"
    if sig == signal.SIGKILL:
        return f"the sandbox process was killed (likely over the {memory_mb} MB memory limit)"
    if sig == signal.SIGSEGV:
        return "the sandbox process crashed (segmentation fault)"
    return f"the sandbox process died from signal {signal.Signals(sig).name}"


def _kill(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.wait()


def _spawn(job: dict[str, Any], lane_dir: str) -> subprocess.Popen[bytes]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": lane_dir,
        "TMPDIR": lane_dir,
    }
    with open(os.path.join(lane_dir, "boot-stderr.txt"), "ab") as boot_err:
        proc = subprocess.Popen(
            [sys.executable, "-s", "-B", "-c", _BOOT.format(root=SERVER_ROOT)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=boot_err,
            cwd=lane_dir, env=env, start_new_session=True, close_fds=True,
        )
    assert proc.stdin is not None
    try:
        proc.stdin.write(json.dumps(job).encode())
        proc.stdin.close()
    except BrokenPipeError:
        pass
    return proc


def run_lane(job: dict[str, Any], limits: LaneLimits, cancel: CancelToken = NEVER_CANCELLED
             ) -> LaneResult:
    """Run one lane to completion, restarting its worker past items that kill it."""
    result = LaneResult()
    skip_tests: set[str] = set()
    for _attempt in range(limits.max_restarts + 1):
        skip_mutants = sorted(result.mutants)
        attempt_job = {**job, "skip_tests": sorted(skip_tests), "skip_mutants": skip_mutants}
        finished, crashed_item = _run_once(attempt_job, limits, cancel, result)
        if finished or crashed_item is None:
            return result
        kind, item_id = crashed_item
        if kind == "test":
            skip_tests.add(str(item_id))
    result.reasons.append("the sandbox gave up after too many restarts")
    return result


def _run_once(job: dict[str, Any], limits: LaneLimits, cancel: CancelToken,
              result: LaneResult) -> tuple[bool, tuple[str, str | int] | None]:
    """One worker process. Returns (finished, the item it died on)."""
    proc = _spawn(job, job["sandbox"])
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    buffer = b""
    current: tuple[str, str | int] | None = None
    current_since = time.monotonic()
    killed_for = ""
    finished = False
    try:
        while True:
            if cancel.cancelled:
                _kill(proc)
                raise Cancelled("validation cancelled")
            now = time.monotonic()
            if now > limits.deadline:
                killed_for = "suite time limit reached"
                result.stopped_early = True
                result.reasons.append(f"stopped: {killed_for}")
                _kill(proc)
                return False, None
            if current is not None:
                allowed = (job["test_timeout_s"] + limits.test_grace_s if current[0] == "test"
                           else limits.mutant_watchdog_s)
                if now - current_since > allowed:
                    killed_for = f"{current[0]} ran past its {allowed:g} s limit and was killed"
                    _kill(proc)
                    break
            ready, _, _ = select.select([fd], [], [], _POLL_S)
            if not ready:
                continue
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                event = _parse(line)
                if event is None:
                    continue
                kind = event.get("ev")
                if kind == "start":
                    current, current_since = (event["kind"], event["id"]), time.monotonic()
                elif kind in ("test", "mutant"):
                    current = None
                    _record(result, event)
                elif kind == "done":
                    finished = True
                else:
                    _record(result, event)
        proc.wait()
    finally:
        if proc.poll() is None:
            _kill(proc)
    if finished:
        return True, None
    reason = killed_for or _signal_reason(proc.returncode, job["memory_mb"])
    if current is None:
        result.reasons.append(f"sandbox stopped outside any test: {reason}")
        return False, None
    _record_crash(result, current, reason, timed_out=bool(killed_for))
    return False, current


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        event = json.loads(line)
    except ValueError:
        log.debug("ignoring a malformed sandbox event: %r", line[:200])
        return None
    return event if isinstance(event, dict) else None


def _record(result: LaneResult, event: dict[str, Any]) -> None:
    kind = event.get("ev")
    if kind == "test":
        result.tests[event["id"]] = event
    elif kind == "mutant":
        result.mutants[int(event["id"])] = event
    elif kind == "collected":
        result.collected = event["tests"]
    elif kind == "target":
        result.target = event
    elif kind == "coverage":
        result.coverage = event
    elif kind == "collect_error":
        result.collect_error = event
    elif kind == "flaky":
        result.flaky[event["id"]] = event["message"]
    elif kind == "violation":
        result.reasons.append(f"forbidden operation: {event['reason']}")
    elif kind in ("worker_error", "mutation_error"):
        result.reasons.append(f"sandbox error: {event['message']}")


def _record_crash(result: LaneResult, item: tuple[str, str | int], reason: str,
                  timed_out: bool) -> None:
    kind, item_id = item
    if kind == "test":
        result.crashed_tests[str(item_id)] = {
            "ev": "test", "id": item_id, "status": "timeout" if timed_out else "error",
            "message": reason, "duration": 0.0, "asserts": []}
        result.reasons.append(f"{item_id}: {reason}")
    else:
        result.mutants[int(item_id)] = {"ev": "mutant", "id": item_id,
                                        "status": "timeout" if timed_out else "killed",
                                        "message": reason}
