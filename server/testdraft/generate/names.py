"""Names a drafted test uses that do not exist: the check that keeps invented APIs out.

A test may use builtins, what its imports bind, its own assignments and parameters, and
(when the project context is known) only names the module under test defines or imports,
and only attributes its class really has; it calls the function under test with arguments
its signature takes.
"""

from __future__ import annotations

import ast
import builtins
import inspect
import sys
from collections.abc import Iterable, Mapping, Sequence

from testdraft.parsing.pyast import parsed_snippets
from testdraft.spec.extract import decorator_name
from testdraft.spec.model import FunctionSpec, Parameter, ParameterKind

_BUILTINS = frozenset(dir(builtins))
# Names tests use without importing them, and the one place each comes from.
_WELL_KNOWN = {
    **dict.fromkeys(("Mock", "MagicMock", "AsyncMock", "patch", "ANY", "sentinel"), "unittest.mock"),
    "Path": "pathlib", "StringIO": "io", "BytesIO": "io", "SimpleNamespace": "types", "Decimal": "decimal",
    "Fraction": "fractions", "partial": "functools", "dataclass": "dataclasses",
    **dict.fromkeys(("datetime", "date", "timedelta", "timezone"), "datetime"), "ZoneInfo": "zoneinfo",
    **dict.fromkeys(("Counter", "OrderedDict", "defaultdict", "deque", "namedtuple"), "collections"),
}
# Standard-library modules importing which does something besides binding the name.
_NOT_IMPORTED = frozenset({"this", "antigravity", "idlelib", "turtle", "tkinter", "__future__"})


def names_in(node: ast.AST, context: type[ast.expr_context]) -> set[str]:
    """The plain names `node` reads (`ast.Load`) or assigns (`ast.Store`)."""
    return {child.id for child in ast.walk(node) if isinstance(child, ast.Name) and isinstance(child.ctx, context)}


def bound_by_imports(imports: Iterable[str]) -> set[str]:
    """The names these import lines bind (`import a.b` binds `a`)."""
    bound: set[str] = set()
    for tree in parsed_snippets(imports):
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return bound


def bound_modules(imports: Iterable[str]) -> set[str]:
    """The names these import lines bind to a module itself (`import datetime`; not `from ... import`)."""
    return {(alias.asname or alias.name).split(".")[0] for tree in parsed_snippets(imports)
            for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}


def bound_inside(function: ast.AST) -> set[str]:
    """Names a test binds itself: parameters, assignments, loop/with/except targets, imports, defs."""
    bound: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            bound.add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            if not isinstance(node, ast.Lambda):
                bound.add(node.name)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            bound.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.MatchAs | ast.MatchStar) and node.name:
            bound.add(node.name)
    return bound


def unknown_names(test: ast.FunctionDef | ast.AsyncFunctionDef, imports: Iterable[str]) -> list[str]:
    """Free names of `test` that nothing binds (a NameError waiting to happen)."""
    known = _BUILTINS | bound_by_imports(imports) | bound_inside(test)
    missing: list[str] = []
    for node in ast.walk(test):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id not in known | set(missing):
            missing.append(node.id)
    return missing


def missing_imports(
    test: ast.FunctionDef | ast.AsyncFunctionDef, unknown: Iterable[str], module: str, module_names: frozenset[str],
    project_names: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """For the names among `unknown` that certainly exist, the import line that binds each:
    a standard-library module used as `module.attribute`, a name the module under test
    defines or imports (`from module import Name`), a unittest.mock/pathlib/io/collections/
    datetime helper, or a class or constant another module of the project defines
    (`project_names`: name -> module). Small models often use such names without importing them."""
    attributes: dict[str, set[str]] = {}
    for node in ast.walk(test):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            attributes.setdefault(node.value.id, set()).add(node.attr)
    found: dict[str, str] = {}
    for name in unknown:
        if name in attributes and name in sys.stdlib_module_names and name not in _NOT_IMPORTED \
                and _module_has(name, attributes[name]):
            found[name] = f"import {name}"
        elif name in module_names:
            found[name] = f"from {module} import {name}"
        elif name in _WELL_KNOWN:
            found[name] = f"from {_WELL_KNOWN[name]} import {name}"
        elif project_names and name in project_names:
            found[name] = f"from {project_names[name]} import {name}"
    return found


def _module_has(name: str, attributes: Iterable[str]) -> bool:
    """Whether the standard-library module `name` has every one of `attributes`: `datetime.now()`
    is the class's (`from datetime import datetime`), `datetime.date(...)` the module's. A module
    not loaded in this process is judged by its name alone."""
    loaded = sys.modules.get(name)  # never imported here for the asking: imports can have effects
    return loaded is None or all(hasattr(loaded, attribute) for attribute in attributes)


def unknown_imports(imports: Iterable[str], module: str, module_names: frozenset[str]) -> list[str]:
    """Names imported from the module under test that it neither defines nor imports."""
    missing: list[str] = []
    for line in imports:
        try:
            tree = ast.parse(line)
        except SyntaxError:
            continue
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
                missing.extend(alias.name for alias in node.names if alias.name not in module_names)
    return missing


def unknown_class_attributes(
    test: ast.FunctionDef | ast.AsyncFunctionDef,
    classes: Iterable[tuple[str, frozenset[str]]],
    instance_names: Mapping[str, Iterable[str]] | None = None,
) -> list[str]:
    """`unknown_attributes` for each (class, members) of `classes` (`ProjectContext.class_members`);
    `instance_names` gives, per class, names bound to its instances outside the test."""
    found: list[str] = []
    for class_name, members in classes:
        found += unknown_attributes(test, class_name, members, (instance_names or {}).get(class_name, ()))
    return found


def unknown_attributes(
    test: ast.FunctionDef | ast.AsyncFunctionDef,
    class_name: str,
    members: frozenset[str],
    instance_names: Iterable[str] = (),
) -> list[str]:
    """`obj.attr` where `obj` is built as `class_name(...)` (or is a given instance name) and the
    class has no `attr` (dunder and private names aside: those come from elsewhere)."""
    instances = set(instance_names)
    for node in ast.walk(test):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == class_name
        ):
            instances.update(t.id for t in node.targets if isinstance(t, ast.Name))
    missing: list[str] = []
    for node in ast.walk(test):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in instances
            and not node.attr.startswith("_")
            and node.attr not in members
            and f"{node.value.id}.{node.attr}" not in missing
        ):
            missing.append(f"{node.value.id}.{node.attr}")
    return missing


# Decorators that keep the signature a test calls (any other may change it: a CLI command, a wrapper).
_SIGNATURE_KEEPING = frozenset({"staticmethod", "classmethod", "contextmanager", "asynccontextmanager",
                                "abstractmethod", "cache", "lru_cache", "cached", "override"})
_KINDS = {ParameterKind.POSITIONAL: inspect.Parameter.POSITIONAL_OR_KEYWORD,
          ParameterKind.VAR_POSITIONAL: inspect.Parameter.VAR_POSITIONAL,
          ParameterKind.KEYWORD_ONLY: inspect.Parameter.KEYWORD_ONLY,
          ParameterKind.VAR_KEYWORD: inspect.Parameter.VAR_KEYWORD}


def _signature(params: Sequence[Parameter]) -> inspect.Signature | None:
    try:
        return inspect.Signature([
            inspect.Parameter(param.name, inspect.Parameter.POSITIONAL_ONLY if param.positional_only
                              else _KINDS[param.kind],
                              default=inspect.Parameter.empty if param.default is None else None)
            for param in params])
    except ValueError:  # an order `inspect` rejects: leave the call unchecked
        return None


def called_on_its_class(test: ast.FunctionDef | ast.AsyncFunctionDef, spec: FunctionSpec) -> list[ast.Call]:
    """The calls `Class.method(...)` in `test` of the instance method `spec` whose arguments
    fit its parameters as they are and would not with the first taken for `self`: the model
    took the method for a static one (`WaitingQueue.push(patient, arrived_at)`), which raises
    TypeError. `WaitingQueue.push(queue, patient, arrived_at)` is left alone."""
    if spec.method_kind != "instance" or len(spec.class_path) != 1:
        return []
    signature = _signature(spec.call_params)
    if signature is None:
        return []
    return [node for node in ast.walk(test) if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == spec.name and isinstance(node.func.value, ast.Name)
            and node.func.value.id == spec.class_path[0] and not _unpacks(node)
            and _refusal(signature, node.args, node.keywords) is None
            and not (node.args and _refusal(signature, node.args[1:], node.keywords) is None)]


def _unpacks(call: ast.Call) -> bool:
    """`f(*args)` or `f(**options)`: what it passes cannot be told from the call."""
    return any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords)


def _refusal(signature: inspect.Signature, arguments: Sequence[ast.expr],
             keywords: Sequence[ast.keyword]) -> str | None:
    """Why `signature` refuses these arguments (`missing a required argument: 'moment'`), or None."""
    try:
        signature.bind(*arguments, **{keyword.arg: None for keyword in keywords if keyword.arg})
    except TypeError as error:
        return str(error)
    return None


def wrong_arguments(test: ast.FunctionDef | ast.AsyncFunctionDef, spec: FunctionSpec,
                    instance_names: Iterable[str] = (),
                    signatures: Mapping[str, Sequence[Parameter]] = {}) -> list[str | None]:
    """For each statement of `test`'s body, why a call of the function under test in it fails
    before it runs ("got an unexpected keyword argument 'fixed'", "missing a required argument:
    'moment'"), or None. Calls it recognises: `name(...)` of a function; `Class.name(...)` of a
    static or class method; `obj.name(...)` where the test built `obj = Class(...)`, takes
    `obj: Class`, or `obj` is among `instance_names` (the setup's `instance`, fixtures that give
    one). Also, where `signatures` knows them: `Class(...)` of a project class (its `__init__`,
    a dataclass's fields with its base dataclass's), and `obj.other(...)` of another method of
    the class under test (`ProjectContext.signatures`). A call inside `pytest.raises(TypeError)`
    is meant to fail."""
    signature = None
    if spec.method_kind != "property" and all(decorator_name(d) in _SIGNATURE_KEEPING for d in spec.decorators) \
            and len(spec.class_path) <= 1:
        signature = _signature(spec.call_params)
    known = {name: found for name, params in signatures.items() if (found := _signature(params)) is not None}
    if signature is None and not known:
        return [None] * len(test.body)
    class_name = spec.class_path[0] if spec.class_path else None
    annotated = {arg.arg for arg in test.args.args if arg.annotation is not None
                 and ast.unparse(arg.annotation).split(".")[-1] == class_name}
    instances = {"instance", *instance_names, *annotated} | {
        target.id for node in ast.walk(test) if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name) and node.value.func.id == class_name
        for target in node.targets if isinstance(target, ast.Name)}
    receivers = instances | ({class_name} if spec.method_kind in ("staticmethod", "classmethod") else set())
    meant_to_fail = {id(node) for block in ast.walk(test) if isinstance(block, ast.With | ast.AsyncWith)
                     and any(_raises_type_error(item.context_expr) for item in block.items)
                     for node in ast.walk(block)}

    def refused(statement: ast.stmt) -> str | None:
        for node in ast.walk(statement):
            if not isinstance(node, ast.Call) or id(node) in meant_to_fail:
                continue
            func = node.func
            calls_it = (isinstance(func, ast.Name) and func.id == spec.name and class_name is None) or (
                isinstance(func, ast.Attribute) and func.attr == spec.name and class_name is not None
                and isinstance(func.value, ast.Name) and func.value.id in receivers)
            called = spec.name if calls_it else func.id if isinstance(func, ast.Name) else \
                f"{class_name}.{func.attr}" if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id in instances and len(spec.class_path) == 1 else ""
            checked = signature if calls_it else known.get(called)
            if checked is None or _unpacks(node):
                continue
            why = _refusal(checked, node.args, node.keywords)
            if why is not None:
                return f"{called}() {why}"
        return None

    return [refused(statement) for statement in test.body]


def _raises_type_error(expression: ast.expr) -> bool:
    return isinstance(expression, ast.Call) and ast.unparse(expression.func).endswith("raises") and any(
        ast.unparse(argument).split(".")[-1] in ("TypeError", "Exception") for argument in expression.args)
