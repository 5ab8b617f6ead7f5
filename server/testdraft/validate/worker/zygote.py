"""A pre-warmed process that forks sandbox workers (like multiprocessing's forkserver).

Starting a fresh interpreter and importing coverage, pytest and the worker costs
~0.2 s per worker; forking this already-warm process costs a few milliseconds. The
zygote itself only ever runs this trusted loop - it is single-threaded, so forking is
safe - and each child confines itself (`worker.main.confine_and_run`) before loading any
untrusted code. Requests arrive on a SOCK_SEQPACKET socket:

    {"op": "spawn", "job": {...}} + events pipe (write end) + control pipe (read end)
                                                                     ->  {"pid": N}
    {"op": "wait", "pid": N}                                           ->  {"returncode": R}

The zygote exits when the socket closes (its parent went away).
"""

from __future__ import annotations

import json
import os
import socket
import sys


def _preload() -> None:
    import coverage  # noqa: F401

    import testdraft.validate.mutation.generate
    import testdraft.validate.worker.coverage_probe
    import testdraft.validate.worker.main  # noqa: F401

    _warm_coverage()
    try:
        import _pytest.monkeypatch  # noqa: F401
        import pytest  # noqa: F401
    except ImportError:  # pytest-style suites then import it themselves
        pass


def _warm_coverage() -> None:
    """Run coverage once on a tiny file so its lazy imports happen here, not per worker."""
    import tempfile

    from testdraft.validate.worker.coverage_probe import FunctionCoverage

    with tempfile.TemporaryDirectory(prefix="testdraft-warm-") as folder:
        path = os.path.join(folder, "warm.py")
        text = "def f(x):\n    if x:\n        return 1\n    return 2\n"
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
        namespace: dict[str, object] = {}
        exec(compile(text, path, "exec"), namespace)
        probe = FunctionCoverage(path)
        probe.start()
        namespace["f"](1)  # type: ignore[operator]
        probe.stop()
        probe.summary(2, 4)


def serve(sock: socket.socket) -> None:
    from testdraft.validate.worker.main import confine_and_run

    while True:
        try:
            message, fds, _flags, _addr = socket.recv_fds(sock, 1 << 20, 2)
        except OSError:
            return
        if not message:
            return
        request = json.loads(message)
        if request["op"] == "spawn":
            pid = os.fork()
            if pid == 0:
                try:
                    sock.close()
                    os.setsid()  # its own process group: the parent kills the whole group
                    confine_and_run(request["job"], fds[0], fds[1])
                finally:
                    os._exit(70)
            for fd in fds:
                os.close(fd)
            sock.send(json.dumps({"pid": pid}).encode())
        elif request["op"] == "wait":
            try:
                _pid, status = os.waitpid(int(request["pid"]), 0)
                code = os.waitstatus_to_exitcode(status)
            except ChildProcessError:
                code = None
            sock.send(json.dumps({"returncode": code}).encode())


def main() -> None:
    sock = socket.socket(fileno=int(sys.argv[1]))
    _preload()
    sock.send(b'{"ready": true}')
    serve(sock)


if __name__ == "__main__":
    main()
