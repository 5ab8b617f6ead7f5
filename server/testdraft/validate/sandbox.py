"""Parent side of the sandbox: start worker processes, watch them, kill and restart.

A *lane* is one worker process and its job (lane 0 runs the tests with coverage; every
lane then takes mutants from a shared queue, one at a time, until none are left). The
parent reads the worker's JSON-line events; when an item (a test or a mutant) runs past
its limit, or the worker dies mid-item (memory, CPU limit, a crash), the parent kills
the whole process group, records that item with the reason, and starts a fresh worker
that skips it. The calling process is never touched: untrusted code only ever runs in
the worker.
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from testdraft.cancellation import NEVER_CANCELLED, Cancelled, CancelToken
from testdraft.validate.spawner import spawn_worker

log = logging.getLogger(__name__)

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


class MutantQueue:
    """Mutant ids shared by all lanes: whichever worker is idle takes the next one."""

    def __init__(self, ids: Iterable[int] = ()) -> None:
        self._ids = deque(ids)
        self._lock = threading.Lock()

    def take(self) -> int | None:
        with self._lock:
            return self._ids.popleft() if self._ids else None


@dataclass(frozen=True)
class LaneLimits:
    test_grace_s: float  # a test's watchdog: its alarm + this
    mutant_watchdog_s: float
    deadline: float  # time.monotonic() when everything must stop
    max_restarts: int = 6


def _exit_reason(returncode: int | None, memory_mb: int) -> str:
    if returncode is None:
        return "the sandbox process ended for an unknown reason"
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


def run_lane(job: dict[str, Any], limits: LaneLimits, cancel: CancelToken = NEVER_CANCELLED,
             use_zygote: bool = True, mutants: MutantQueue | None = None) -> LaneResult:
    """Run one lane to completion, restarting its worker past items that kill it."""
    result = LaneResult()
    skip_tests: set[str] = set()
    queue = mutants if mutants is not None else MutantQueue()
    for _attempt in range(limits.max_restarts + 1):
        attempt_job = {**job, "skip_tests": sorted(skip_tests)}
        finished, crashed_item = _run_once(attempt_job, limits, cancel, result, use_zygote,
                                           queue)
        if finished or crashed_item is None:
            return result
        kind, item_id = crashed_item
        if kind == "test":
            skip_tests.add(str(item_id))
    result.reasons.append("the sandbox gave up after too many restarts")
    return result


def _run_once(job: dict[str, Any], limits: LaneLimits, cancel: CancelToken,
              result: LaneResult, use_zygote: bool,
              queue: MutantQueue) -> tuple[bool, tuple[str, str | int] | None]:
    """One worker process. Returns (finished, the item it died on)."""
    proc = spawn_worker(job, use_zygote)
    buffer = b""
    current: tuple[str, str | int] | None = None
    current_since = time.monotonic()
    killed_for = ""
    finished = False
    returncode: int | None = None
    try:
        while True:
            if cancel.cancelled:
                proc.kill()
                raise Cancelled("validation cancelled")
            now = time.monotonic()
            if now > limits.deadline:
                result.stopped_early = True
                result.reasons.append("stopped: suite time limit reached")
                return False, None
            if current is not None:
                allowed = (job["test_timeout_s"] + limits.test_grace_s if current[0] == "test"
                           else limits.mutant_watchdog_s)
                if now - current_since > allowed:
                    killed_for = f"{current[0]} ran past its {allowed:g} s limit and was killed"
                    break
            ready, _, _ = select.select([proc.events_fd], [], [], _POLL_S)
            if not ready:
                continue
            chunk = os.read(proc.events_fd, 65536)
            if not chunk:
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for line in lines:
                event = _parse(line)
                if event is None:
                    continue
                kind = event.get("ev")
                if kind == "ready":
                    next_id = queue.take()
                    proc.send(str(next_id if next_id is not None else -1))
                elif kind == "start":
                    current, current_since = (event["kind"], event["id"]), time.monotonic()
                elif kind in ("test", "mutant", "rerun"):
                    current = None
                    _record(result, event)
                elif kind == "done":
                    finished = True
                else:
                    _record(result, event)
    finally:
        returncode = proc.wait()  # kills the process group first
    if finished:
        return True, None
    reason = killed_for or _exit_reason(returncode, job["memory_mb"])
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
