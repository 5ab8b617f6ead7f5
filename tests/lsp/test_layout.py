"""Where LSP notions live: editor types only under lsp/, command names in lsp/commands.py,
and handlers that share nothing but lsp/ modules (none imports another)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

from testdraft.lsp import commands

PACKAGE = REPO / "server" / "testdraft"
HANDLERS = PACKAGE / "lsp" / "handlers"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_handler_imports_another_handler() -> None:
    for path in HANDLERS.glob("*.py"):
        if path.name == "__init__.py":
            continue
        others = {m for m in _imports(path) if m.startswith("testdraft.lsp.handlers")}
        assert not others, f"{path.name} imports {sorted(others)}"


def test_editor_types_are_used_only_under_lsp() -> None:
    for path in PACKAGE.rglob("*.py"):
        if (PACKAGE / "lsp") in path.parents:
            continue
        editor = {m for m in _imports(path) if m.split(".")[0] in ("lsprotocol", "pygls")}
        assert not editor, f"{path.relative_to(PACKAGE)} imports {sorted(editor)}"


def test_command_names_are_written_only_in_lsp_commands() -> None:
    names = {value for key, value in vars(commands).items() if key.isupper() and isinstance(value, str)}
    assert "testdraft.suggestTests" in names and "testdraft/status" in names
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "lsp" / "commands.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value in names:
                raise AssertionError(f"{path.relative_to(PACKAGE)}:{node.lineno} spells {node.value!r}")
