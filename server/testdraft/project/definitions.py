"""Where the project defines a name: the import line for a class or constant of another module.

A model test often builds a project type the module under test never imports
(`QueueEntry(...)` in a test of `storage.import_queue`, the type living in `waitlist`).
The name exists, so the test should get its import, not be dropped as invented. Only names
defined at the top level of exactly one module of the package count: a name two modules
define is ambiguous, and a guess would be an import that lies.

Read lazily (only when a drafted test uses a name nothing binds) and cached per package
until one of its files changes.
"""

from __future__ import annotations

import ast
import logging
import os
import re
from pathlib import Path

log = logging.getLogger(__name__)

_MAX_FILES = 300  # a package larger than this is not scanned (a name then stays unknown)
_MAX_BYTES = 1_000_000
_PUBLIC = re.compile(r"[A-Za-z]\w*")
_SKIPPED_FOLDERS = frozenset({"tests", "test", "__pycache__"})

_CACHE: dict[tuple[str, str], tuple[tuple[tuple[str, float], ...], dict[str, str]]] = {}


def project_definitions(sys_path_root: str | os.PathLike[str], package: str) -> dict[str, str]:
    """Public top-level classes, functions and constants of `package` (the folder under
    `sys_path_root`) that exactly one of its modules defines: name -> dotted module."""
    folder = Path(sys_path_root) / package
    if not package.isidentifier() or not (folder / "__init__.py").is_file():
        return {}
    files = _package_files(folder)
    if files is None:
        return {}
    stamp = tuple((str(path), path.stat().st_mtime) for path in files)
    key = (str(Path(sys_path_root).resolve()), package)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    owners: dict[str, set[str]] = {}
    for path in files:
        module = ".".join(path.relative_to(folder.parent).with_suffix("").parts).removesuffix(".__init__")
        for name in _top_level_names(path):
            owners.setdefault(name, set()).add(module)
    found = {name: next(iter(modules)) for name, modules in owners.items() if len(modules) == 1}
    _CACHE[key] = (stamp, found)
    return found


def _package_files(folder: Path) -> list[Path] | None:
    """The package's modules (its test folders left out), or None when there are too many."""
    files: list[Path] = []
    for current, folders, names in os.walk(folder):
        folders[:] = sorted(f for f in folders if f not in _SKIPPED_FOLDERS and f.isidentifier())
        files += [Path(current) / name for name in sorted(names) if name.endswith(".py")]
        if len(files) > _MAX_FILES:
            return None
    return files


def _top_level_names(path: Path) -> list[str]:
    """Names a module's own top-level statements define (not what it imports)."""
    try:
        if path.stat().st_size > _MAX_BYTES:
            return []
        tree = ast.parse(path.read_bytes())
    except (OSError, SyntaxError, ValueError) as exc:
        log.debug("definitions: skipping %s: %s", path, exc)
        return []
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [t.id for t in targets if isinstance(t, ast.Name) and t.id.isupper()]  # constants only
    return [name for name in names if _PUBLIC.fullmatch(name)]
