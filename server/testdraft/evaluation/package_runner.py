"""Runs a package problem's units against the real installed module (`--dataset heldout`).

A unit is one test function (a check with the set-up before it, fixtures as parameters),
each its own sandboxed test (`validate_asserts`), so one that fails leaves the others.

The sandbox imports from a copy of the unpacked packages (made once per run, so nothing a
test does reaches the originals, and it is readable by the sandbox's unprivileged user):
the module under test is the real one, examples and all, and the engine's coverage and
mutants are those of the one function (`ValidationTarget` over a real file, as in the
editor). Coverage is that function's line coverage: PyTester's whole-script convention
would count every line of a real module that merely imports.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

from testdraft.evaluation.engine_runner import CONVENTION_VERSION, _engine_digest, default_options, outcome_from_report
from testdraft.evaluation.metrics import RunOutcome
from testdraft.evaluation.package_problems import copy_tree
from testdraft.evaluation.problems import Problem
from testdraft.validate.engine import ValidationOptions, ValidationTarget, validate_asserts


class PackageRunner:
    def __init__(self, options: ValidationOptions | None = None) -> None:
        self.options = options or default_options()
        self._holder = tempfile.mkdtemp(prefix="testdraft-eval-site-")
        os.chmod(self._holder, 0o755)  # the sandbox's unprivileged user must read the copy
        weakref.finalize(self, shutil.rmtree, self._holder, True)
        self._copies: dict[str, str] = {}
        self._lock = threading.Lock()

    @functools.cached_property
    def version(self) -> str:
        options = sorted(asdict(self.options).items())
        mine = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]  # how outcomes are mapped here
        return f"package:{CONVENTION_VERSION}:{_engine_digest()}:{mine}:{options}"

    def run(self, problem: Problem, asserts: Sequence[str]) -> RunOutcome:
        location = problem.location
        if location is None:
            raise ValueError(f"{problem.task_id} is not a package problem")
        started = time.monotonic()
        target = ValidationTarget(module=location.module, qualname=location.qualname,
                                  sys_path_root=self._copy(location.site_dir))
        report = validate_asserts(list(asserts), target, self.options)
        return outcome_from_report(problem, asserts, report, time.monotonic() - started, whole_script=False)

    def _copy(self, site_dir: str) -> str:
        with self._lock:  # workers share one copy per site
            if site_dir not in self._copies:
                destination = Path(self._holder) / str(len(self._copies))
                copy_tree(Path(site_dir), destination)
                self._copies[site_dir] = str(destination)
            return self._copies[site_dir]
