"""Run mined tests against the real packages: a pair is kept only when its tests pass.

The tests of many functions run in one pytest subprocess (one test file per function, so a
file that fails to import costs only its own tests), with a per-test timeout
(pytest-timeout), CPU-time, memory and file-size limits, the unpacked wheels first on
`sys.path`, and a temporary folder as the working directory.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from pathlib import Path

from testdraft.training_data.mine import MinedFunction

TEST_TIMEOUT_S = 10
BATCH_TIMEOUT_S = 900
MEMORY_BYTES = 2 << 30


def limits() -> None:  # pragma: no cover - runs in the child
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 << 20, 64 << 20))
    os.setsid()


def sandbox_environment(site_dir: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key in {"PATH", "HOME", "LANG"}}
    env.update(PYTHONPATH=str(site_dir), PYTHONDONTWRITEBYTECODE="1", PYTHONHASHSEED="0",
               OMP_NUM_THREADS="1")
    return env


def globals_map(statements: Sequence[str], site_dir: Path) -> dict[str, str]:
    """name -> the import line that binds it, for a package's doctest setup statements.

    `from sympy import *` maps every public name of sympy to `from sympy import NAME`;
    `import networkx as nx` maps `nx` to itself. Run in a subprocess: importing the
    package is the package's business, not the miner's.
    """
    if not statements:
        return {}
    script = (
        "import json, sys\n"
        "out = {}\n"
        "for statement in json.loads(sys.argv[1]):\n"
        "    scope = {}\n"
        "    exec(statement, scope)\n"
        "    words = statement.split()\n"
        "    for name in scope:\n"
        "        if name.startswith('_'): continue\n"
        "        line = statement if words[-1] != '*' else f'from {words[1]} import {name}'\n"
        "        out.setdefault(name, line)\n"
        "print(json.dumps(out))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, json.dumps(list(statements))],
                          capture_output=True, text=True, env=sandbox_environment(site_dir),
                          timeout=300, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"doctest globals {statements} failed: {done.stderr[-1000:]}")
    mapping: dict[str, str] = json.loads(done.stdout)
    return mapping


def verify(functions: Sequence[MinedFunction], site_dir: Path) -> dict[str, set[str]]:
    """For each function key, the names of its tests that passed against the real code."""
    passed: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory(prefix="testdraft-mine-") as folder:
        root = Path(folder)
        (root / "pytest.ini").write_text("[pytest]\naddopts =\n", encoding="utf-8")
        files: dict[str, str] = {}
        for index, function in enumerate(functions):
            stem = f"test_f{index:05d}"
            files[stem] = function.key
            text = (f"import pytest\n{function.import_line}\n\n\n"
                    + "\n\n".join(t.code for t in function.tests))
            (root / f"{stem}.py").write_text(text, encoding="utf-8")
        report = root / "report.xml"
        # Without --continue-on-collection-errors one file that fails to import stops the
        # whole run, and every other function of the batch would count as failed.
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                   "-p", "no:randomly", "--continue-on-collection-errors",
                   f"--timeout={TEST_TIMEOUT_S}", f"--junitxml={report}",
                   "--rootdir", str(root), "-c", str(root / "pytest.ini"), str(root)]
        # Past the limit there is no report: the whole batch counts as failed.
        with contextlib.suppress(subprocess.TimeoutExpired):
            subprocess.run(command, cwd=root, env=sandbox_environment(site_dir), capture_output=True,
                           timeout=BATCH_TIMEOUT_S, preexec_fn=limits, check=False)
        if not report.is_file():
            return passed
        for case in ElementTree.parse(report).getroot().iter("testcase"):
            if any(child.tag in {"failure", "error", "skipped"} for child in case):
                continue
            stem = (case.get("classname") or "").rsplit(".", 1)[-1]
            key = files.get(stem)
            if key is not None:
                passed.setdefault(key, set()).add(case.get("name") or "")
    return passed
