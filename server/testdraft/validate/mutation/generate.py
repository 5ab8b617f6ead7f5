"""Enumerate and build the mutants of ONE function.

Only the body of the target function is mutated (not its decorators, annotations or
default values: those are evaluated once at definition time, and a mutant is installed by
swapping the function's `__code__`, which keeps every existing reference - the test
module's `from mod import f`, recursion through the module global - pointing at it).
For the same reason the class-level operators that change a class's shape (DDL, IHD,
IOD, SCI) are not generated; SCD, IOP and SVD are, since they change one method's code.

The enumeration is deterministic: the parent process and the sandbox worker both call
`enumerate_mutants` on the same text and agree on mutant ids without shipping ASTs.
Standard library only.
"""

from __future__ import annotations

import ast
import copy
import types
from collections.abc import Iterator
from dataclasses import dataclass

from testdraft.spec.locate import find_function
from testdraft.validate.mutation.operators import OPERATORS, Mutation, iop

PathStep = tuple[str, int]  # (field name, index in a list field or -1)


@dataclass(frozen=True)
class MutantSpec:
    id: int
    operator: str
    line: int
    col: int
    description: str  # "`<` to `<=` on line 12"
    path: tuple[PathStep, ...]
    replacement_index: int  # which of the rule's replacements for this node


# Evaluated at definition time (or never): mutating them would not change the code object.
_SKIPPED_FIELDS = {"decorator_list", "returns", "annotation", "type_comment", "format_spec",
                   "type_params"}


Located = tuple[ast.AST, tuple[PathStep, ...]]


def _walk(node: ast.AST, path: tuple[PathStep, ...]) -> Iterator[Located]:
    yield node, path
    for name, value in ast.iter_fields(node):
        if name in _SKIPPED_FIELDS or isinstance(value, ast.arguments):
            continue  # a def's parameters and defaults belong to the function object
        if isinstance(value, list):
            for index, item in enumerate(value):
                if isinstance(item, ast.AST) and not _is_docstring(node, name, index):
                    yield from _walk(item, (*path, (name, index)))
        elif isinstance(value, ast.AST):
            yield from _walk(value, (*path, (name, -1)))


def _is_docstring(parent: ast.AST, field: str, index: int) -> bool:
    if field != "body" or index != 0:
        return False
    if not isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return False
    first = parent.body[0]
    return (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            and isinstance(first.value.value, str))


def _mutations_at(node: ast.AST, is_root: bool) -> Iterator[Mutation]:
    for rule in OPERATORS.values():
        if rule is iop and not is_root:
            continue
        yield from rule(node)


def enumerate_mutants(source: str, qualname: str) -> list[MutantSpec]:
    """All mutants of `qualname` in `source`, in a stable order."""
    tree = ast.parse(source)
    func, _classes = find_function(tree, qualname)
    mutants: list[MutantSpec] = []
    for node, path in _walk(func, ()):
        line = getattr(node, "lineno", None) or func.lineno
        col = getattr(node, "col_offset", 0)
        for index, mutation in enumerate(_mutations_at(node, is_root=not path)):
            mutants.append(MutantSpec(
                id=len(mutants), operator=mutation.operator, line=line, col=col,
                description=f"{mutation.description} on line {line}", path=path,
                replacement_index=index,
            ))
    return mutants


def _apply(root: ast.FunctionDef | ast.AsyncFunctionDef, spec: MutantSpec) -> ast.AST:
    """A deep copy of `root` with the mutation of `spec` applied."""
    new_root = copy.deepcopy(root)
    parent: ast.AST | None = None
    node: ast.AST = new_root
    step: PathStep | None = None
    for step in spec.path:
        parent = node
        field, index = step
        value = getattr(node, field)
        node = value[index] if index >= 0 else value
    mutation = list(_mutations_at(node, is_root=not spec.path))[spec.replacement_index]
    replacement = mutation.replacement
    if isinstance(replacement, list):  # a new statement list for the node's body
        new_node = copy.copy(node)
        new_node.body = replacement  # type: ignore[attr-defined]
        replacement = new_node
    ast.copy_location(replacement, node)
    if parent is None or step is None:
        return replacement
    field, index = step
    if index >= 0:
        getattr(parent, field)[index] = replacement
    else:
        setattr(parent, field, replacement)
    return new_root


def _find_code(code: types.CodeType, qualname: str) -> types.CodeType | None:
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            if const.co_qualname == qualname:
                return const
            found = _find_code(const, qualname)
            if found is not None:
                return found
    return None


class MutantBuilder:
    """Compiles mutants of one function; the worker keeps one per run."""

    def __init__(self, source: str, qualname: str, filename: str) -> None:
        self._tree = ast.parse(source)
        self._func, self._classes = find_function(self._tree, qualname)
        self._qualname = qualname
        self._filename = filename
        self.specs = enumerate_mutants(source, qualname)

    def compile(self, spec: MutantSpec) -> types.CodeType:
        """The mutated function's code object; SyntaxError/ValueError when not compilable."""
        mutated = _apply(self._func, spec)
        assert isinstance(mutated, ast.stmt)
        # Rebuild only the chain of enclosing classes so the `__class__` cell (zero-argument
        # super) exists exactly as in the original; the rest of the module is irrelevant.
        inner: ast.stmt = mutated
        for cls in reversed(self._classes):
            shell = copy.copy(cls)
            shell.body = [inner]
            shell.decorator_list = []
            inner = shell
        module = ast.Module(body=[inner], type_ignores=[])
        ast.fix_missing_locations(module)
        code = _find_code(compile(module, self._filename, "exec"), self._qualname)
        if code is None:
            raise ValueError(f"mutant {spec.id}: compiled code for {self._qualname} not found")
        return code
