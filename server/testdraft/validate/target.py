"""Where the function under test lives, and whether it is implemented yet."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from testdraft.generate.base import ImportTarget
from testdraft.spec.model import FunctionSpec


@dataclass(frozen=True)
class ValidationTarget:
    """The function whose coverage and mutants count (and where its tests live).

    `overlays` maps paths relative to `sys_path_root` to text that shadows the file on
    disk (unsaved editor buffers, an eval solution). `implemented=False` is TDD: tests
    are reported pending, not failing. `extra_paths` go on sys.path after the root (the
    test file's folder, as pytest's rootdir insertion would).
    """

    module: str
    qualname: str
    sys_path_root: str
    source_path: str | None = None
    overlays: Mapping[str, str] = field(default_factory=dict)
    implemented: bool = True
    extra_paths: tuple[str, ...] = ()
    test_dir: str | None = None  # the test file's folder: its conftest.py files (up to the
    # root) provide fixtures, and it goes on sys.path as pytest's rootdir insertion would
    # Test modules whose fixtures apply besides conftest.py's: the test file the tests will
    # be merged into, when they take its fixtures.
    fixture_files: tuple[str, ...] = ()
    # The test module the tests will be merged into: its fixtures apply, and the names it binds
    # at its top level (`REPO_URL`, a helper, its imports) are the tests' globals, as once merged.
    merged_into: str | None = None


def conftest_files(target: ValidationTarget) -> list[str]:
    """conftest.py files from `sys_path_root` down to `test_dir`, outermost first, then
    `fixture_files` and `merged_into` (nearer still: the test module's own fixtures win, as in pytest)."""
    merged = [target.merged_into] if target.merged_into and target.merged_into not in target.fixture_files else []
    if target.test_dir is None:
        return [*target.fixture_files, *merged]
    root = os.path.abspath(target.sys_path_root)
    folder = os.path.abspath(target.test_dir)
    found = []
    while True:
        candidate = os.path.join(folder, "conftest.py")
        if os.path.isfile(candidate):
            found.append(candidate)
        parent = os.path.dirname(folder)
        if folder == root or parent == folder or not folder.startswith(root + os.sep):
            break
        folder = parent
    return [*found[::-1], *target.fixture_files, *merged]


def target_for(import_target: ImportTarget, spec: FunctionSpec,
               overlays: Mapping[str, str] | None = None,
               source_path: str | None = None) -> ValidationTarget:
    """The validation target for tests drafted from `spec` (what the LSP and eval hold)."""
    return ValidationTarget(module=import_target.module, qualname=spec.qualname,
                            sys_path_root=import_target.sys_path_root, source_path=source_path,
                            overlays=dict(overlays or {}), implemented=spec.is_implemented)


def module_relpaths(module: str) -> tuple[str, str]:
    stem = module.replace(".", "/")
    return f"{stem}.py", f"{stem}/__init__.py"


def target_source(target: ValidationTarget) -> tuple[str | None, str | None]:
    """(text, path) of the target module as the sandbox will import it; (None, None) if absent."""
    for rel in module_relpaths(target.module):
        if rel in target.overlays:
            path = target.source_path or os.path.join(target.sys_path_root, rel)
            return target.overlays[rel], path
    candidates = [target.source_path] if target.source_path else []
    candidates += [os.path.join(target.sys_path_root, rel)
                   for rel in module_relpaths(target.module)]
    for path in candidates:
        if path and os.path.isfile(path):
            with open(path, encoding="utf-8") as handle:
                return handle.read(), path
    return None, None
