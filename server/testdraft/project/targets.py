"""Which function a test module tests: remembered from our own suggestions, else inferred."""

from __future__ import annotations

import ast
from pathlib import Path

from testdraft.project.imports import module_location
from testdraft.project.layout import project_root
from testdraft.spec.locate import TargetNotFound, find_function
from testdraft.validate.engine import ValidationTarget


class TargetError(ValueError):
    """The function under test cannot be determined; the message says what to do."""


def is_test_file(path: Path) -> bool:
    return path.suffix == ".py" and (path.name.startswith("test_") or path.stem.endswith("_test"))


def target_for_source(source_path: Path, qualname: str) -> ValidationTarget:
    """`PATH::FUNC` as a validation target, with the same module naming as suggestions use."""
    if not source_path.is_file():
        raise TargetError(f"target file not found: {source_path}")
    module, sys_path_root = module_location(source_path, project_root(source_path))
    return ValidationTarget(
        module=module, qualname=qualname, sys_path_root=str(sys_path_root), source_path=str(source_path.resolve())
    )


def _search_roots(test_path: Path) -> list[Path]:
    """The test file's folder and its ancestors, nearest first (pytest's rootdir idea)."""
    folder = test_path.resolve().parent
    return [folder, *folder.parents]


def infer_target(test_path: Path, test_code: str) -> ValidationTarget:
    """The first project function the test module imports with `from X import f`, called ones first."""
    try:
        tree = ast.parse(test_code)
    except SyntaxError as exc:
        raise TargetError(f"cannot infer the target: {exc.msg} on line {exc.lineno}") from exc
    called = {node.func.id for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    imported = [
        (node.module, alias.name)
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
        for alias in node.names
        if alias.name != "*"
    ]
    imported.sort(key=lambda pair: pair[1] not in called)
    for module, name in imported:
        stem = module.replace(".", "/")
        for root in [*_search_roots(test_path), *(r / "src" for r in _search_roots(test_path))]:
            for relative in (f"{stem}.py", f"{stem}/__init__.py"):
                candidate = root / relative
                if not candidate.is_file():
                    continue
                try:
                    find_function(ast.parse(candidate.read_text(encoding="utf-8")), name)
                except (SyntaxError, TargetNotFound, UnicodeDecodeError):
                    continue
                return ValidationTarget(
                    module=module, qualname=name, sys_path_root=str(root), source_path=str(candidate.resolve())
                )
    raise TargetError("cannot infer the function under test from the imports; pass --target PATH::FUNC")
