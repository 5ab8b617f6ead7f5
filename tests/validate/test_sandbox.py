"""Hostile tests are contained, reported with a reason, and leave the workspace alone."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from testdraft.validate.engine import ValidationOptions, ValidationTarget, validate_suite
from testdraft.validate.privileges import unprivileged_ids
from testdraft.validate.spawner import SERVER_ROOT

HOSTILE_SUITE = textwrap.dedent('''\
    import os
    import shutil
    import socket
    import subprocess
    from pkg.mod import clamp

    PROJECT = {project!r}
    PORT = {port}

    def test_python_loop():
        while True:
            pass

    def test_c_level_loop():
        sum(range(10 ** 13))

    def test_ten_gigabytes():
        block = bytearray(10 * 1024 ** 3)

    def test_fork_bomb():
        while True:
            os.fork()

    def test_hard_exit():
        os._exit(3)

    def test_delete_a_file():
        os.remove(os.path.join(PROJECT, "pkg", "mod.py"))

    def test_delete_the_project():
        shutil.rmtree(PROJECT)

    def test_write_into_the_workspace():
        with open(os.path.join(PROJECT, "evil.txt"), "w") as handle:
            handle.write("x")

    def test_socket_to_localhost():
        client = socket.socket()
        client.settimeout(2)
        client.connect(("127.0.0.1", PORT))

    def test_spawn_a_shell():
        subprocess.run(["sh", "-c", "touch " + os.path.join(PROJECT, "shell.txt")])

    def test_segfault():
        import ctypes
        ctypes.string_at(0)

    def test_still_works():
        assert clamp(5, 0, 2) == 2

    def test_may_write_in_its_temp_dir(tmp_path):
        (tmp_path / "ok.txt").write_text("fine")
        with open("relative.txt", "w") as handle:  # the cwd is a fresh temp dir
            handle.write("fine")
        assert (tmp_path / "ok.txt").read_text() == "fine"

    def test_may_make_temporary_folders():
        import tempfile  # imported by the worker before it was confined: its folder must follow
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "ok.txt"), "w") as handle:
                handle.write("fine")
        assert os.path.isdir(tempfile.mkdtemp())
    ''')


def _tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_hostile_tests_are_contained_and_reported(project: Path) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.2)
    accepted: list[object] = []

    def accept() -> None:
        for _ in range(100):
            try:
                accepted.append(listener.accept())
            except OSError:
                if stop.is_set():
                    return

    stop = threading.Event()
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    before = _tree_digest(project)
    suite = HOSTILE_SUITE.format(project=str(project), port=listener.getsockname()[1])
    try:
        report = validate_suite(
            suite, ValidationTarget("pkg.mod", "clamp", str(project)),
            ValidationOptions(test_timeout_s=1.0, mutation=False, memory_limit_mb=512))
    finally:
        stop.set()
        thread.join()
        listener.close()

    tests = {t.id: t for t in report.tests}
    assert tests["test_python_loop"].status == "timeout"
    assert "timed out after 1 s" in tests["test_python_loop"].message
    assert tests["test_c_level_loop"].status == "timeout"  # the watchdog killed the worker
    assert "killed" in tests["test_c_level_loop"].message
    assert tests["test_ten_gigabytes"].status == "error"
    assert "memory limit" in tests["test_ten_gigabytes"].message
    assert "test_ten_gigabytes: over the 512 MB memory limit" in report.reason
    assert "process creation (os.fork)" in tests["test_fork_bomb"].message
    assert "os._exit(3)" in tests["test_hard_exit"].message
    assert "os.remove" in tests["test_delete_a_file"].message
    assert "shutil.rmtree" in tests["test_delete_the_project"].message
    assert "outside the sandbox" in tests["test_write_into_the_workspace"].message
    assert "network access (socket.connect" in tests["test_socket_to_localhost"].message
    assert "process creation (subprocess.Popen)" in tests["test_spawn_a_shell"].message
    assert tests["test_segfault"].status == "error"
    assert "segmentation fault" in tests["test_segfault"].message
    # The worker was restarted after each kill: later tests still ran.
    assert tests["test_still_works"].status == "passed"
    assert tests["test_may_write_in_its_temp_dir"].status == "passed"
    assert tests["test_may_make_temporary_folders"].status == "passed", tests["test_may_make_temporary_folders"].message
    for name in ("test_fork_bomb", "test_hard_exit", "test_delete_a_file",
                 "test_socket_to_localhost", "test_spawn_a_shell"):
        assert tests[name].status == "error", name
    for phrase in ("forbidden operation: process creation", "forbidden operation: network",
                   "test_c_level_loop: test ran past", "segmentation fault"):
        assert phrase in report.reason
    assert accepted == []  # nothing reached the socket
    assert _tree_digest(project) == before  # the workspace is untouched
    assert report.coverage is not None and report.coverage.line_rate > 0


def test_caller_process_is_unaffected(project: Path) -> None:
    pid, cwd = os.getpid(), os.getcwd()
    suite = "import os\n\ndef test_chdir_and_exit():\n    os.chdir('/')\n    raise SystemExit(0)\n"
    report = validate_suite(suite, ValidationTarget("pkg.mod", "clamp", str(project)),
                            ValidationOptions(mutation=False))
    assert report.tests[0].status == "error" and "SystemExit" in report.tests[0].message
    assert (os.getpid(), os.getcwd()) == (pid, cwd)


def test_suite_time_limit_stops_everything(project: Path) -> None:
    suite = "import time\n\n" + "".join(
        f"def test_{i}():\n    time.sleep(0.4)\n\n" for i in range(10))
    report = validate_suite(suite, ValidationTarget("pkg.mod", "clamp", str(project)),
                            ValidationOptions(mutation=False, suite_timeout_s=1.0))
    assert "suite time limit" in report.reason
    statuses = [t.status for t in report.tests]
    assert "passed" in statuses and statuses.count("error") >= 5
    assert report.duration_s < 3


@pytest.fixture
def open_project(project: Path) -> Iterator[Path]:
    """A copy of the project in a folder others may read (so workers can drop root)."""
    folder = Path(tempfile.mkdtemp(prefix="testdraft-open-", dir="/tmp"))
    shutil.copytree(project, folder / "project")
    for path in [folder, *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    yield folder / "project"
    shutil.rmtree(folder)


@pytest.mark.skipif(os.geteuid() != 0, reason="workers drop privileges only under root")
def test_as_root_workers_drop_to_nobody_so_even_ctypes_cannot_write(open_project: Path) -> None:
    if unprivileged_ids([str(open_project), SERVER_ROOT]) is None:
        pytest.skip("no `nobody` user, or the server checkout is not readable by others")
    before = _tree_digest(open_project)
    suite = textwrap.dedent(f'''\
        import ctypes
        import os

        def test_unlink_through_libc():
            libc = ctypes.CDLL(None, use_errno=True)
            assert libc.unlink({str(open_project / "pkg" / "mod.py").encode()!r}) == 0

        def test_runs_unprivileged(tmp_path):
            (tmp_path / "scratch.txt").write_text("fine")
            assert os.geteuid() != 0
        ''')
    report = validate_suite(suite, ValidationTarget("pkg.mod", "clamp", str(open_project)),
                            ValidationOptions(mutation=False))
    tests = {t.id: t for t in report.tests}
    assert tests["test_unlink_through_libc"].status == "failed"  # EACCES: unlink returned -1
    assert tests["test_runs_unprivileged"].status == "passed"
    assert _tree_digest(open_project) == before
