"""How a test module imports the function under test.

The module name follows the package structure (`__init__.py` files, `src/` layout,
namespace folders under the project root, a lone script). jedi then checks that the
import, seen from the test file, really resolves to the source file: a module named
like a stdlib or installed module (`random.py`, `test.py`) would import the wrong thing.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import replace
from pathlib import Path

import jedi

from testdraft.generate.base import ImportTarget, entering
from testdraft.spec.model import FunctionSpec

log = logging.getLogger(__name__)

# jedi talks to one helper process per interpreter over a pipe; two threads asking at once
# interleave on that pipe and both wait forever (the eval's worker threads, the server's).
_JEDI_LOCK = threading.Lock()


_JEDI_PROJECTS: dict[Path, jedi.Project] = {}


def jedi_project(root: Path) -> jedi.Project:
    """jedi's view of a project whose imports start at `root` (one per root: it caches)."""
    project = _JEDI_PROJECTS.get(root)
    if project is None:
        project = jedi.Project(root, added_sys_path=[str(root)], smart_sys_path=False)
        _JEDI_PROJECTS[root] = project
    return project


def jedi_goto(code: str, path: Path, project: jedi.Project, line: int, column: int) -> list[jedi.api.classes.Name]:
    """`jedi.Script(code).goto(...)`, following imports, one caller at a time."""
    with _JEDI_LOCK:
        return jedi.Script(code, path=path, project=project).goto(line, column, follow_imports=True)


def warm_up_jedi() -> None:
    """Start jedi's helper process and build its grammar before the first request needs them.

    Both are per process, not per project, and make up most of a first context's time (about
    250 ms on 2 cores, against 30-45 ms once they exist); the server calls this after
    `initialized`, in a worker thread.
    """
    try:
        with _JEDI_LOCK:
            jedi.Script("import os\n").goto(1, len("import o"), follow_imports=True)
    except Exception:  # a broken environment shows up, with its message, at the first real request
        log.debug("jedi warm-up failed", exc_info=True)


def package_location(path: Path) -> tuple[list[str], Path]:
    """The module name's parts and the first folder up without `__init__.py` (what pytest's
    default import mode puts on sys.path to import a test file)."""
    path = path.resolve()
    parts = [path.stem] if path.stem != "__init__" else []
    folder = path.parent
    while (folder / "__init__.py").exists() and folder != folder.parent:
        parts.insert(0, folder.name)
        folder = folder.parent
    return parts, folder


def module_location(source_path: Path, root: Path) -> tuple[str, Path]:
    """(dotted module name, folder that must be on sys.path) for a source file."""
    root = root.resolve()
    parts, folder = package_location(source_path)
    # A folder without __init__.py under the root (not `src/`) is a namespace package
    # that pytest's rootdir-relative imports reach from the root.
    if folder != root and root in folder.parents and folder.name != "src" and folder.parent != root / "src":
        relative = folder.relative_to(root).parts
        if all(part.isidentifier() for part in relative):
            parts = [*relative, *parts]
            folder = root
    return ".".join(parts), folder


def resolves_to(module: str, source_path: Path, sys_path_root: Path, test_file: Path) -> bool | None:
    """Does `import module`, written in `test_file`, reach `source_path`? None when jedi cannot tell."""
    code = f"import {module}\n"
    try:
        names = jedi_goto(code, test_file, jedi_project(sys_path_root), 1, len(code) - 2)
    except Exception:  # jedi raises many kinds of errors on odd projects
        log.debug("jedi could not resolve %s", module, exc_info=True)
        return None
    paths = {name.module_path.resolve() for name in names if name.module_path is not None}
    if not paths:
        return None
    return source_path.resolve() in paths


def import_target(spec: FunctionSpec, source_path: Path, root: Path, test_file: Path) -> ImportTarget:
    module, sys_path_root = module_location(source_path, root)
    target = target_for(spec, module, str(sys_path_root))
    if "<locals>" in spec.qualname:
        return replace(target, note=f"`{spec.name}` is defined inside another function; tests cannot import it.")
    verdict = resolves_to(module, source_path, sys_path_root, test_file)
    if verdict is False:
        return replace(
            target,
            note=f"`import {module}` from the tests reaches another module of that name; rename {source_path.name}.",
        )
    return target


NO_INSTANCE = "the test builds no instance on its own."  # ends the note of a class `target_for` cannot build


def target_for(spec: FunctionSpec, module: str, sys_path_root: str) -> ImportTarget:
    """How tests reach `spec` in `module`: by name, through its class, or on an instance."""
    top_symbol = spec.class_path[0] if spec.class_path else spec.name

    def target(access: str, setup: tuple[str, ...] = (), note: str = "") -> ImportTarget:
        import_line = f"from {module} import {top_symbol}"
        return ImportTarget(module, spec.name, import_line, access, sys_path_root, setup=setup, note=note)

    if not spec.class_path:
        return target(spec.name)
    class_access = ".".join(spec.class_path)
    if spec.is_constructor:  # `Class(...)` runs it: no instance beforehand
        return target(class_access)
    if spec.method_kind in ("staticmethod", "classmethod"):
        return target(f"{class_access}.{spec.name}")
    if spec.enum_member is not None:  # an enum's instances are its members
        return target(f"instance.{spec.name}", (f"instance = {class_access}.{spec.enum_member}",))
    if spec.class_constructible:
        return target(f"instance.{spec.name}", (f"instance = {class_access}()", *entering(spec)))
    reason = "needs constructor arguments" if spec.class_constructible is False else "may need constructor arguments"
    if spec.class_abstract:
        reason = "is abstract: build a concrete subclass"
    return target(
        f"instance.{spec.name}",
        (f"instance = {class_access}(...)  # TODO: {class_access} {reason}",),
        f"{class_access} {reason}; {NO_INSTANCE}",
    )
