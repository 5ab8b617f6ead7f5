"""How sandbox workers are started: forked from a warm zygote, or as a fresh interpreter.

The zygote (`testdraft.validate.worker.zygote`) is started once per process, lazily, and
shared by all threads; if it cannot start or dies, workers start as fresh interpreters.
Either way a worker is the leader of its own process group, so `kill()` takes down
anything it started.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SERVER_ROOT = str(Path(__file__).resolve().parents[2])
_BOOT = "import sys; sys.path.insert(0, {root!r}); from {module} import main; main()"


def worker_env(home: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "HOME": home,
        "TMPDIR": home,
        # Numeric libraries start a thread pool per core; inside the address-space limit
        # and next to a second worker, one thread each is both safer and faster.
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        # Hypothesis runs its plugins' entry points at import: trio's looks for libpthread
        # with a subprocess and a temp file, both refused here (property tests need none).
        "HYPOTHESIS_NO_PLUGINS": "1",
    }


def _python(module: str) -> list[str]:
    return [sys.executable, "-s", "-B", "-c", _BOOT.format(root=SERVER_ROOT, module=module)]


class WorkerProcess:
    """A running worker: its pid (= process group) and the read end of its events."""

    def __init__(self, pid: int, events_fd: int, control_fd: int, zygote: Zygote | None,
                 popen: subprocess.Popen[bytes] | None) -> None:
        self.pid = pid
        self.events_fd = events_fd
        self._control_fd = control_fd
        self._zygote = zygote
        self._popen = popen

    def send(self, line: str) -> None:
        """A line on the worker's control channel; a worker that is gone is ignored."""
        with contextlib.suppress(OSError):
            os.write(self._control_fd, f"{line}\n".encode())

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.pid, signal.SIGKILL)

    def wait(self) -> int | None:
        """Exit code (negative: the signal). Call after the events reached EOF or kill()."""
        # A worker that closed its events pipe but still runs would block the zygote.
        self.kill()
        try:
            if self._popen is not None:
                return self._popen.wait()
            assert self._zygote is not None
            return self._zygote.wait(self.pid)
        finally:
            os.close(self.events_fd)
            with contextlib.suppress(OSError):
                os.close(self._control_fd)


class Zygote:
    def __init__(self) -> None:
        parent_end, child_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._sock = parent_end
        self._lock = threading.Lock()
        self._proc = subprocess.Popen(
            [*_python("testdraft.validate.worker.zygote"), str(child_end.fileno())],
            pass_fds=(child_end.fileno(),), stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env=worker_env("/tmp"), start_new_session=True, cwd="/",
        )
        child_end.close()
        self._sock.settimeout(30)
        ready = self._sock.recv(256)
        if not ready:
            raise OSError("the sandbox zygote did not start")
        self._sock.settimeout(None)

    @property
    def alive(self) -> bool:
        return self._proc.poll() is None

    def spawn(self, job: dict[str, Any]) -> WorkerProcess:
        events_read, events_write = os.pipe()
        control_read, control_write = os.pipe()
        try:
            with self._lock:
                socket.send_fds(self._sock, [json.dumps({"op": "spawn", "job": job}).encode()],
                                [events_write, control_read])
                reply = self._sock.recv(4096)
        finally:
            os.close(events_write)
            os.close(control_read)
        if not reply:
            os.close(events_read)
            os.close(control_write)
            raise OSError("the sandbox zygote went away")
        return WorkerProcess(int(json.loads(reply)["pid"]), events_read, control_write, self,
                             None)

    def wait(self, pid: int) -> int | None:
        with self._lock:
            self._sock.send(json.dumps({"op": "wait", "pid": pid}).encode())
            reply = self._sock.recv(4096)
        if not reply:
            return None
        code = json.loads(reply)["returncode"]
        return None if code is None else int(code)

    def close(self) -> None:
        self._sock.close()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()


_zygote: Zygote | None = None
_zygote_lock = threading.Lock()
_zygote_failed = False


def _get_zygote() -> Zygote | None:
    global _zygote, _zygote_failed
    with _zygote_lock:
        if _zygote is not None and not _zygote.alive:
            _zygote = None
        if _zygote is None and not _zygote_failed:
            try:
                _zygote = Zygote()
                atexit.register(_zygote.close)
            except OSError as exc:
                log.warning("sandbox zygote unavailable, starting workers directly: %s", exc)
                _zygote_failed = True
        return _zygote


def spawn_worker(job: dict[str, Any], use_zygote: bool = True) -> WorkerProcess:
    zygote = _get_zygote() if use_zygote else None
    if zygote is not None:
        try:
            return zygote.spawn(job)
        except OSError as exc:
            log.warning("sandbox zygote failed, starting a fresh worker: %s", exc)
    with open(os.path.join(job["sandbox"], "boot-stderr.txt"), "ab") as boot_err:
        popen = subprocess.Popen(
            _python("testdraft.validate.worker.main"), stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=boot_err, cwd=job["cwd"],
            env=worker_env(job["sandbox"]), start_new_session=True, close_fds=True,
        )
    assert popen.stdin is not None and popen.stdout is not None
    control_fd = os.dup(popen.stdin.fileno())
    popen.stdin.close()
    with contextlib.suppress(BrokenPipeError):
        os.write(control_fd, json.dumps(job).encode() + b"\n")
    return WorkerProcess(popen.pid, os.dup(popen.stdout.fileno()), control_fd, None, popen)
