"""Imports that see overlays (unsaved buffers, eval solutions) before files on disk.

The parent writes each overlay to `<sandbox>/overlay/<relative path>`; this finder,
placed first on `sys.meta_path`, serves a module from there when its relative path is
overlaid, so `pkg/mod.py` can be shadowed while `pkg/__init__.py` still comes from the
project. Standard library only.
"""

from __future__ import annotations

import ast
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import types
from collections.abc import Sequence


class OverlayFinder(importlib.abc.MetaPathFinder):
    def __init__(self, overlay_dir: str, relative_paths: Sequence[str], project_root: str) -> None:
        self._dir = overlay_dir
        self._paths = {p.replace(os.sep, "/") for p in relative_paths}
        self._root = project_root

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None,
        target: types.ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        stem = fullname.replace(".", "/")
        if f"{stem}.py" in self._paths:
            return importlib.util.spec_from_file_location(
                fullname, os.path.join(self._dir, f"{stem}.py"))
        if f"{stem}/__init__.py" in self._paths:
            locations = [os.path.join(self._dir, stem), os.path.join(self._root, stem)]
            return importlib.util.spec_from_file_location(
                fullname, os.path.join(self._dir, stem, "__init__.py"),
                submodule_search_locations=locations)
        return None


def install_paths(project_root: str, extra_paths: Sequence[str], overlay_dir: str,
                  overlays: Sequence[str]) -> None:
    for entry in reversed([project_root, *extra_paths]):
        if entry not in sys.path:
            sys.path.insert(0, entry)
    if overlays:
        sys.meta_path.insert(0, OverlayFinder(overlay_dir, overlays, project_root))


def load_test_module(name: str, path: str, tree: ast.Module,
                     injected: dict[str, object]) -> types.ModuleType:
    """Execute an (already rewritten) test module as `name`; exceptions propagate."""
    module = types.ModuleType(name)
    module.__file__ = path
    module.__dict__.update(injected)
    sys.modules[name] = module
    code = compile(tree, path, "exec")
    exec(code, module.__dict__)
    return module
