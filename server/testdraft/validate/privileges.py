"""Whether sandbox workers can run as an unprivileged user, and preparing their folders.

Only when the server itself runs as root (containers, CI): then a worker that becomes
`nobody` cannot write the workspace or signal other processes even through ctypes, and
the process limit applies. The worker must still read the project, so this is used only
when every folder it imports from is readable and searchable by others.
"""

from __future__ import annotations

import logging
import os
import pwd
import stat
import sysconfig
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

UNPRIVILEGED_USER = "nobody"


def _others_can_enter(path: Path, need_read: bool) -> bool:
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    wanted = stat.S_IXOTH | (stat.S_IROTH if need_read else 0)
    return mode & wanted == wanted


def readable_by_others(folder: str) -> bool:
    """`folder` listable by others, and every ancestor searchable."""
    path = Path(folder).resolve()
    if not _others_can_enter(path, need_read=True):
        return False
    return all(_others_can_enter(parent, need_read=False) for parent in path.parents)


def unprivileged_ids(folders: Iterable[str]) -> tuple[int, int] | None:
    """(uid, gid) to run workers as, or None to stay as we are."""
    if os.geteuid() != 0:
        return None
    try:
        user = pwd.getpwnam(UNPRIVILEGED_USER)
    except KeyError:
        return None
    # The standard library and site-packages too: a module the zygote did not preload
    # (unittest.mock, decimal) is imported by the worker after it became `nobody`.
    libraries = {sysconfig.get_paths()[key] for key in ("stdlib", "platstdlib", "purelib", "platlib")}
    unreadable = [f for f in [*folders, *sorted(libraries)] if not readable_by_others(f)]
    if unreadable:
        log.debug("sandbox stays root: %s not readable by %s", unreadable, UNPRIVILEGED_USER)
        return None
    return user.pw_uid, user.pw_gid


def hand_over(sandbox_root: str, writable: Iterable[str], ids: tuple[int, int]) -> None:
    """Let the worker user read the sandbox and own its lane folders."""
    os.chmod(sandbox_root, 0o755)
    for folder, dirs, files in os.walk(sandbox_root):
        for name in dirs:
            os.chmod(os.path.join(folder, name), 0o755)
        for name in files:
            os.chmod(os.path.join(folder, name), 0o644)
    for folder in writable:
        os.chown(folder, *ids)
