"""Import rules over server/testdraft: no module takes another package's private names,
and module-level imports form no cycle (imports inside functions and under
`if TYPE_CHECKING:` are how a late dependency is spelled, so they are not edges)."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import REPO

PACKAGE_ROOT = REPO / "server" / "testdraft"


def _modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE_ROOT.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


MODULES = _modules()


def _package(module: str) -> str:
    return module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]


def _absolute(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = _package(module).split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _imports(module: str, tree: ast.Module, top_level_only: bool) -> Iterator[tuple[str, str | None]]:
    """(imported module, name taken from it or None) for each import of `module`."""
    nodes: list[ast.AST] = list(tree.body)
    while nodes:
        node = nodes.pop()
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            nodes.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            yield from ((alias.name, None) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            source = _absolute(module, node)
            for alias in node.names:
                yield source, alias.name
        elif not top_level_only or isinstance(node, ast.If | ast.Try | ast.With):
            if top_level_only and isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            nodes.extend(ast.iter_child_nodes(node))


def _trees() -> dict[str, ast.Module]:
    return {module: ast.parse(path.read_text(encoding="utf-8")) for module, path in MODULES.items()}


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_module_imports_another_packages_private_name() -> None:
    offences = []
    for module, tree in _trees().items():
        for source, name in _imports(module, tree, top_level_only=False):
            if not source.startswith("testdraft"):
                continue
            private = [part for part in [*source.split("."), name or ""] if _is_private(part)]
            owner = source if source in MODULES else source.rpartition(".")[0]
            if private and _package(owner) != _package(module):
                offences.append(f"{module} imports {source}{'.' + name if name else ''}")
    assert offences == []


def _edges(module: str, tree: ast.Module) -> set[str]:
    targets = set()
    for source, name in _imports(module, tree, top_level_only=True):
        if not source.startswith("testdraft"):
            continue
        submodule = f"{source}.{name}" if name else ""
        target = submodule if submodule in MODULES else source
        parts = target.split(".")
        # Importing a module runs its packages' __init__ first.
        targets.update(".".join(parts[:end]) for end in range(2, len(parts) + 1))
    targets.discard(module)
    return {target for target in targets if target in MODULES and not module.startswith(target + ".")}


def test_module_level_imports_have_no_cycle() -> None:
    graph = {module: _edges(module, tree) for module, tree in _trees().items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in graph:
        if module not in index:
            visit(module)
    assert cycles == []
