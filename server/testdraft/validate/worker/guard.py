"""Confinement the sandbox worker applies to itself before any untrusted code loads.

Layers, strongest first: when the server runs as root, an unprivileged user (`nobody`)
whenever the project is readable by it; resource limits (address space, CPU seconds,
file size, processes); a private network namespace where the kernel allows it; an audit hook
(PEP 578) that refuses process creation, network use and writes outside the sandbox's
temp dir. An audit hook is not a security boundary against deliberately malicious code
(ctypes can bypass it); it contains the accidents and naive hostility generated tests
show, and the parent's process-group kill and time limits back it up.
Standard library only.
"""

from __future__ import annotations

import os
import resource
import signal
import sys
from collections.abc import Callable
from typing import Any

CLONE_NEWNET = 0x40000000
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_TRUNC


class SandboxViolation(PermissionError):
    """An operation the sandbox forbids; `reason` is shown to the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"blocked by the testdraft sandbox: {reason}")
        self.reason = reason


def apply_limits(memory_mb: int, cpu_s: int, file_size_mb: int, max_processes: int) -> None:
    def lower(kind: int, value: int) -> None:
        _soft, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(kind, (value, value if hard == resource.RLIM_INFINITY else hard))
        except (ValueError, OSError):
            resource.setrlimit(kind, (value, hard))

    lower(resource.RLIMIT_AS, memory_mb * 1024 * 1024)
    lower(resource.RLIMIT_CPU, cpu_s)
    lower(resource.RLIMIT_FSIZE, file_size_mb * 1024 * 1024)
    lower(resource.RLIMIT_NPROC, max_processes)  # not enforced for root; the hook covers it
    lower(resource.RLIMIT_CORE, 0)
    # Over the file size limit, write() should fail with EFBIG instead of killing us.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def drop_privileges(uid: int, gid: int) -> None:
    """Become an unprivileged user (the parent is root): file permissions then protect
    the workspace and RLIMIT_NPROC applies, whatever the audit hook misses."""
    os.setgroups([])
    os.setgid(gid)
    os.setuid(uid)


def isolate_network() -> bool:
    """Move into an empty network namespace (only loopback, down); False if not allowed."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.unshare(CLONE_NEWNET) == 0)
    except Exception:
        return False


_PROCESS_EVENTS = {
    "os.fork", "os.forkpty", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
    "subprocess.Popen", "pty.spawn", "os.startfile", "os.killpg",
}
_NETWORK_EVENTS = {
    "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg", "socket.getaddrinfo",
    "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo",
}
# event -> indexes of path arguments that must stay inside the sandbox
_PATH_EVENTS: dict[str, tuple[int, ...]] = {
    "os.remove": (0,), "os.rmdir": (0,), "os.rename": (0, 1), "os.mkdir": (0,),
    "os.chmod": (0,), "os.chown": (0,), "os.truncate": (0,), "os.symlink": (1,),
    "os.link": (1,), "os.utime": (0,), "shutil.rmtree": (0,), "os.setxattr": (0,),
    "os.removexattr": (0,), "shutil.chown": (0,), "os.chflags": (0,),
}


def install_audit_hook(allowed_root: str, on_violation: Callable[[str], None]) -> None:
    root = os.path.realpath(allowed_root)
    own_pid = os.getpid()

    def inside(path: Any) -> bool:
        if isinstance(path, int):  # an already-open descriptor
            return True
        if isinstance(path, bytes):
            path = os.fsdecode(path)
        if not isinstance(path, str):
            path = os.fspath(path)
        if path in ("/dev/null", os.devnull):
            return True
        real = os.path.realpath(path)
        return real == root or real.startswith(root + os.sep)

    def deny(reason: str) -> None:
        on_violation(reason)
        raise SandboxViolation(reason)

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path, mode, flags = args
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & _WRITE_FLAGS
            )
            if writing and path is not None and not inside(path):
                deny(f"write to {path!r} outside the sandbox")
        elif event in _PATH_EVENTS:
            for index in _PATH_EVENTS[event]:
                if index < len(args) and args[index] is not None and not inside(args[index]):
                    deny(f"{event} on {args[index]!r} outside the sandbox")
        elif event in _PROCESS_EVENTS:
            deny(f"process creation ({event})")
        elif event == "os.kill" and args and args[0] not in (own_pid, 0):
            deny(f"signal to another process ({event})")
        elif event in _NETWORK_EVENTS:
            deny(f"network access ({event} {args[1:2]!r})")

    sys.addaudithook(hook)


def block_hard_exit(on_violation: Callable[[str], None]) -> Callable[[int], None]:
    """Replace `os._exit` so a test cannot end the worker; returns the real one."""
    real_exit = os._exit

    def blocked_exit(code: int) -> None:
        reason = f"os._exit({code})"
        on_violation(reason)
        raise SandboxViolation(reason)

    os._exit = blocked_exit  # type: ignore[assignment]
    try:
        import posix

        posix._exit = blocked_exit  # type: ignore[assignment]
    except ImportError:  # pragma: no cover - non-POSIX
        pass
    return real_exit
