"""A package's own unit tests -> the function each one tests, and the test made standalone.

Only module-level pytest functions qualify: `def test_*` outside classes (unittest-style
classes are counted and left), no decorator but one literal `parametrize` (spelled out as
plain asserts, like the docstring pairs), no fixture but `tmp_path`, `monkeypatch` and
`capsys`, no module-level helper function or class, no import from the tests' own package.

A test's target is the one public package function or method it calls, found through the
test module's imports (`from pkg.mod import f`, `import pkg` + `pkg.f(...)`, `pkg.Cls.m(...)`,
`x = pkg.Cls(...)` + `x.m(...)`, star imports) and resolved by importing the package in a
subprocess (re-exports, decorators): calls to classes build inputs and do not count. When a
test calls several package functions, the one its name mentions is the target; otherwise
the test is dropped. The standalone test reaches the target by its bare name, which the
prompt's pre-filled `from <module> import <name>` provides; every other import it needs and
the module-level constants it reads go inside the test, so it runs after that line alone.
"""

from __future__ import annotations

import ast
import io
import json
import re
import subprocess
import sys
import tempfile
import tokenize
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.generate.pytest_code import free_names
from testdraft.render.edits import literal_parametrize
from testdraft.training_data.mine import check_count, unparametrize
from testdraft.training_data.verify import limits, sandbox_environment

FIXTURES = frozenset({"tmp_path", "monkeypatch", "capsys"})  # what a standalone test may ask for
MAX_TEST_LINES = 30  # "small": longer tests (also after spelling out parametrize) are left
NOT_TARGETS = frozenset({"tests", "test", "testing", "conftest"})  # test helpers are no target
RESOLVE_TIMEOUT_S = 600


@dataclass(frozen=True)
class Binding:
    """A name a module-level import binds: the one-name import line and the dotted path."""

    line: str  # `from a import b as c`
    path: str  # `a.b`


@dataclass
class PytestModule:
    path: Path
    source: str
    imports: dict[str, Binding]
    stars: list[str]  # modules imported with `*`
    constants: dict[str, ast.stmt]  # module-level `NAME = ...` and `A, B = ...`, in order
    helpers: set[str]  # module-level functions and classes, relative imports
    tests: list[ast.FunctionDef]
    class_based: int = 0  # `test_*` methods of classes: counted, never used
    async_tests: int = 0


@dataclass
class DraftTest:
    """A test made standalone apart from its target's import, with what it calls."""

    module: PytestModule
    name: str
    code: str  # `def test_...` with the constants it reads inlined
    imports: dict[str, Binding]  # the module's imports this test reads
    stars: dict[str, list[str]]  # a name from a star import -> the modules it may come from
    calls: list[list[str]] = field(default_factory=list)  # per call: candidate package paths
    methods: set[str] = field(default_factory=set)  # names of the methods it calls


@dataclass(frozen=True)
class Resolved:
    """What a dotted path names, from the package imported in a subprocess."""

    kind: str  # "function", "class" or "other"
    import_module: str  # the longest importable module prefix of the path
    attrs: tuple[str, ...]  # the rest of the path
    module: str = ""  # where it is defined (`__module__`)
    qualname: str = ""
    name: str = ""
    file: str = ""


@dataclass(frozen=True)
class Target:
    """The function a test tests, as the prompt imports it: `from module import anchor`."""

    module: str
    anchor: str  # the function, or the class of a method
    qualname: str  # `f` or `Cls.m`, as defined
    file: str
    anchor_path: str  # how this test reached the anchor (`pkg.f`, `pkg.mod.Cls`)

    @property
    def key(self) -> tuple[str, str]:
        return self.file, self.qualname


def read_test_module(path: Path) -> PytestModule | None:
    try:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
    except (SyntaxError, UnicodeDecodeError, ValueError):
        return None
    module = PytestModule(path, source, {}, [], {}, set(), [])
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                name = alias.asname or alias.name.split(".")[0]
                path_ = alias.name if alias.asname else name
                line = f"import {alias.name}" + (f" as {alias.asname}" if alias.asname else "")
                module.imports[name] = Binding(line, path_)
        elif isinstance(node, ast.ImportFrom):
            if node.level or node.module is None:
                module.helpers.update(a.asname or a.name for a in node.names)
            elif node.module != "__future__":
                for alias in node.names:
                    if alias.name == "*":
                        module.stars.append(node.module)
                        continue
                    name = alias.asname or alias.name
                    line = f"from {node.module} import {alias.name}" + (
                        f" as {alias.asname}" if alias.asname else "")
                    module.imports[name] = Binding(line, f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [_assigned_names(t) for t in targets]
            if node.value is not None and all(n is not None for n in names):
                for name in (n for group in names for n in group or ()):
                    module.constants[name] = node
        elif isinstance(node, ast.AsyncFunctionDef) and node.name.startswith("test"):
            module.async_tests += 1
        elif isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
            module.tests.append(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            module.helpers.add(node.name)
            if isinstance(node, ast.ClassDef):
                module.class_based += sum(
                    isinstance(m, ast.FunctionDef | ast.AsyncFunctionDef) and m.name.startswith("test")
                    for m in node.body)
    return module


def _assigned_names(target: ast.expr) -> list[str] | None:
    """`x` or `x, y` (`x, y = symbols("x y")`); None for anything else (`d[k] = ...`)."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, ast.Tuple | ast.List) and all(isinstance(e, ast.Name) for e in target.elts):
        return [e.id for e in target.elts]  # type: ignore[attr-defined]
    return None


def draft_test(module: PytestModule, node: ast.FunctionDef) -> DraftTest | str:
    """The test with its constants inlined and its package calls listed, or why it is left."""
    code = _test_code(module, node)
    if not code.startswith("def "):
        return code
    try:
        function = _function(code)
    except (SyntaxError, ValueError):
        return "layout"
    arguments = {a.arg for a in function.args.args + function.args.kwonlyargs}
    if arguments - FIXTURES or function.args.vararg or function.args.kwarg:
        return "fixture"
    imports: dict[str, Binding] = {}
    stars: dict[str, list[str]] = {}
    constants: list[str] = []
    pending = sorted(free_names([code]) - arguments)
    while pending:
        name = pending.pop()
        if name in imports or name in stars or name in constants:
            continue
        if name in module.imports:
            imports[name] = module.imports[name]
        elif name in module.constants:
            constants.append(name)
            statement = ast.get_source_segment(module.source, module.constants[name]) or ""
            pending += sorted(free_names([statement]) - {name})
        elif name in module.helpers:
            return "helper"
        elif module.stars:
            stars[name] = module.stars
        else:
            return "unresolved name"
    if constants:
        order = list(module.constants)
        statements = dict.fromkeys(module.constants[n] for n in sorted(constants, key=order.index))
        lines = [line for s in statements
                 for line in (ast.get_source_segment(module.source, s) or "").splitlines()]
        inlined = insert_at_body_start(code, lines)
        if inlined is None:
            return "layout"
        code = inlined
    draft = DraftTest(module, node.name, code, imports, stars)
    draft.calls = _calls(_function(code), draft)
    return draft


def _test_code(module: PytestModule, node: ast.FunctionDef) -> str:
    """The test's source (parametrize spelled out, annotations dropped), or why it cannot be
    used."""
    segment = ast.get_source_segment(module.source, node) or ""
    if not node.decorator_list:
        return without_annotations(segment)
    if len(node.decorator_list) > 1 or literal_parametrize(node.decorator_list[0]) is None:
        return "decorator"
    decorator = ast.get_source_segment(module.source, node.decorator_list[0]) or ""
    spelled = unparametrize(f"@{decorator}\n{segment}")
    return spelled if not spelled.startswith("@") else "parametrize"


def without_annotations(code: str) -> str:
    """`def test_x(tmp_path: Path) -> None:` as `def test_x(tmp_path):`: annotations are
    evaluated when the test is defined, before the imports that move inside it have run."""
    function = _function(code)
    arguments = function.args.args + function.args.kwonlyargs
    if function.returns is None and all(a.annotation is None for a in arguments):
        return code
    depth = 0
    tokens = tokenize.generate_tokens(io.StringIO(code).readline)
    for token in tokens:  # the header ends at the first `:` outside brackets
        if token.type == tokenize.OP and token.string in "([{":
            depth += 1
        elif token.type == tokenize.OP and token.string in ")]}":
            depth -= 1
        elif token.type == tokenize.OP and token.string == ":" and depth == 0:
            break
    else:
        return code
    line, column = token.end
    lines = code.split("\n")
    names = ", ".join(a.arg for a in function.args.args)  # fixtures only: no defaults, no `*`
    rest = lines[line - 1][column:]  # after the `:`: a comment, usually
    return "\n".join([f"def {function.name}({names}):{rest}", *lines[line:]])


def _function(code: str) -> ast.FunctionDef:
    function = ast.parse(code).body[0]
    if not isinstance(function, ast.FunctionDef):
        raise ValueError("not a function")
    return function


def insert_at_body_start(code: str, lines: Sequence[str]) -> str | None:
    """`code` (one function) with `lines` first in its body, after any docstring; None for a
    function whose body starts on its `def` line."""
    function = _function(code)
    body = function.body
    text_lines = code.split("\n")  # as ast counts lines (a docstring may hold a form feed)
    if body[0].lineno == function.lineno:
        return None
    if ast.get_docstring(function, clean=False) is not None:
        at = body[0].end_lineno or body[0].lineno  # after the docstring
        indent_line = text_lines[body[0].lineno - 1]
    else:
        first = body[0]  # a decorated statement starts at its first decorator
        at = min([first.lineno, *(d.lineno for d in getattr(first, "decorator_list", []))]) - 1
        indent_line = text_lines[at]
    indent = indent_line[: len(indent_line) - len(indent_line.lstrip())]
    added = [indent + line if line.strip() else "" for line in lines]
    result = "\n".join(text_lines[:at] + added + text_lines[at:]).rstrip("\n") + "\n"
    try:
        _function(result)
    except (SyntaxError, ValueError):  # e.g. a constant spread over lines by a backslash
        return None
    return result


def _paths(node: ast.expr, draft: DraftTest, instances: dict[str, list[str]]) -> list[str]:
    """Candidate dotted paths of a called expression (`pkg.mod.f`), when it starts at an import."""
    attrs: list[str] = []
    while isinstance(node, ast.Attribute):
        attrs.insert(0, node.attr)
        node = node.value
    if isinstance(node, ast.Call):  # `Cls(...).method`
        return [".".join([p, *attrs]) for p in _paths(node.func, draft, instances)] if attrs else []
    if not isinstance(node, ast.Name):
        return []
    if node.id in draft.imports:
        roots = [draft.imports[node.id].path]
    elif node.id in draft.stars:
        roots = [f"{star}.{node.id}" for star in draft.stars[node.id]]
    elif node.id in instances and len(attrs) == 1:  # `x = Cls(...)` then `x.method(...)`
        roots = instances[node.id]
    else:
        return []
    return [".".join([root, *attrs]) for root in roots]


def _calls(function: ast.FunctionDef, draft: DraftTest) -> list[list[str]]:
    instances: dict[str, list[str]] = {}
    for node in ast.walk(function):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call)):
            instances[node.targets[0].id] = _paths(node.value.func, draft, {})
    calls = []
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            paths = _paths(node.func, draft, instances)
            if paths:
                calls.append(paths)
            if isinstance(node.func, ast.Attribute):
                draft.methods.add(node.func.attr)
    return calls


RESOLVER = r'''
import importlib, inspect, json, sys
paths = json.load(open(sys.argv[1]))
out, modules = {}, {}

def load(name):
    if name not in modules:
        try:
            modules[name] = importlib.import_module(name)
        except BaseException:
            modules[name] = None
    return modules[name]

for path in paths:
    parts = path.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        obj = load(".".join(parts[:cut]))
        if obj is not None:
            break
    else:
        continue
    try:
        for attr in parts[cut:]:
            obj = getattr(obj, attr)
        func = inspect.unwrap(getattr(obj, "__func__", obj))
        info = {"kind": "class" if inspect.isclass(obj) else
                        "function" if inspect.isfunction(func) else "other",
                "import_module": ".".join(parts[:cut]), "attrs": parts[cut:]}
        if info["kind"] == "function":
            info.update(module=func.__module__ or "", qualname=func.__qualname__,
                        name=func.__name__, file=inspect.getsourcefile(func) or "")
        elif info["kind"] == "class":
            info.update(module=obj.__module__ or "", qualname=obj.__qualname__, name=obj.__name__)
    except BaseException:
        continue
    out[path] = info
json.dump(out, open(sys.argv[2], "w"))
'''


def resolve(paths: Sequence[str], site_dir: Path) -> dict[str, Resolved]:
    """What each dotted path names, importing the packages from `site_dir` in a subprocess."""
    with tempfile.TemporaryDirectory(prefix="testdraft-resolve-") as folder:
        given, answer = Path(folder) / "paths.json", Path(folder) / "resolved.json"
        given.write_text(json.dumps(sorted(set(paths))), encoding="utf-8")
        done = subprocess.run([sys.executable, "-c", RESOLVER, str(given), str(answer)],
                              cwd=folder, env=sandbox_environment(site_dir), capture_output=True,
                              text=True, timeout=RESOLVE_TIMEOUT_S, preexec_fn=limits, check=False)
        if not answer.is_file():
            raise RuntimeError(f"resolving {len(paths)} names failed: {done.stderr[-1000:]}")
        found = json.loads(answer.read_text(encoding="utf-8"))
    return {path: Resolved(info["kind"], info["import_module"], tuple(info["attrs"]),
                           info.get("module", ""), info.get("qualname", ""),
                           info.get("name", ""), info.get("file", ""))
            for path, info in found.items()}


def choose_target(draft: DraftTest, resolved: dict[str, Resolved],
                  tops: Sequence[str]) -> Target | str:
    """The single public package function the test calls, or why there is none."""
    found: dict[tuple[str, str], Target] = {}
    for candidates in draft.calls:
        path = next((p for p in candidates if p in resolved), None)
        target = _as_target(path, resolved, tops) if path is not None else None
        if target is not None:
            found.setdefault(target.key, target)
    if not found:
        return "no package function"
    named = [t for t in found.values() if _names(draft.name, t.qualname.rsplit(".", 1)[-1])]
    if len(found) > 1:
        return named[0] if len(named) == 1 else "several package functions"
    (target,) = found.values()
    if not named and any(_names(draft.name, m) for m in draft.methods - {target.qualname.rsplit(".", 1)[-1]}):
        # `d = make_date(...)` then `d.add(...)` in `test_add_years`: the test is about
        # `add`, a method of what the function returned, not about the function.
        return "tests a returned object's method"
    return target


def _names(test: str, function: str) -> bool:
    """Whether the test's name names the function (`test_parse_date_iso`, `parse_date`)."""
    words = function.lower().strip("_")
    return len(words) > 2 and re.search(rf"(^|_){re.escape(words)}(_|$)",
                                        test.lower().removeprefix("test")) is not None


def _as_target(path: str, resolved: dict[str, Resolved], tops: Sequence[str]) -> Target | None:
    found = resolved[path]
    parts = found.module.split(".")
    if found.kind != "function" or parts[0] not in tops or NOT_TARGETS & set(parts):
        return None
    if any(part.startswith("_") for part in (*found.attrs, *found.qualname.split("."))):
        return None
    if ".".join(found.attrs) != found.qualname or len(found.attrs) > 2 or not found.file:
        return None  # an alias, an inherited method or a nested class: not what the prompt shows
    anchor_path = ".".join([found.import_module, found.attrs[0]])
    return Target(found.import_module, found.attrs[0], found.qualname, found.file, anchor_path)


def standalone(draft: DraftTest, target: Target, resolved: dict[str, Resolved]) -> str:
    """The test calling the target by its bare name, with its other imports inside; or why
    not (the name means something else in the test, a star-imported name is not found)."""
    function = _function(draft.code)
    bound = {a.arg for a in function.args.args} | {
        n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    if target.anchor in bound:
        return "name clash"
    spans = [(node.lineno, node.col_offset, node.end_lineno or node.lineno,
              node.end_col_offset or node.col_offset)
             for node in _outermost(function, draft, target.anchor_path)]
    code = _replace_spans(draft.code, spans, target.anchor)
    try:
        _function(code)
    except (SyntaxError, ValueError):
        return "layout"
    used = free_names([code])
    lines = []
    for name, binding in sorted(draft.imports.items()):
        if name == target.anchor and name in used and binding.path != target.anchor_path:
            return "name clash"
        # The anchor and pytest come with the prompt's pre-filled import lines.
        if name in used and name != target.anchor and binding.line != "import pytest":
            lines.append(binding.line)
    for name in sorted(set(draft.stars) & used):
        star = next((s for s in draft.stars[name] if f"{s}.{name}" in resolved), None)
        if star is None:
            return "unresolved name"
        if name == target.anchor:
            if f"{star}.{name}" != target.anchor_path:
                return "name clash"
            continue
        lines.append(f"from {star} import {name}")
    return (insert_at_body_start(code, lines) or "layout") if lines else code


def _outermost(function: ast.FunctionDef, draft: DraftTest, path: str) -> Iterator[ast.expr]:
    """The expressions in the test that name `path` (`pkg.f`, or `f` bound to it)."""
    def walk(node: ast.AST) -> Iterator[ast.expr]:
        if isinstance(node, ast.Name | ast.Attribute) and path in _paths(node, draft, {}):
            if not (isinstance(node, ast.Name) and node.id == path.rsplit(".", 1)[-1]):
                yield node
            return
        for child in ast.iter_child_nodes(node):
            yield from walk(child)
    for statement in function.body:
        yield from walk(statement)


def _replace_spans(code: str, spans: list[tuple[int, int, int, int]], text: str) -> str:
    """`code` with each (line, byte column, end line, end byte column) span replaced by `text`."""
    lines = [line.encode("utf-8") for line in code.split("\n")]
    for line, col, end_line, end_col in sorted(spans, reverse=True):
        head = lines[line - 1][:col]
        tail = lines[end_line - 1][end_col:]
        lines[line - 1 : end_line] = [head + text.encode("utf-8") + tail]
    return b"\n".join(lines).decode("utf-8")


def checks(code: str) -> int:
    return check_count(_function(code))


def find_test_files(root: Path) -> Iterator[Path]:
    """The pytest modules in an unpacked sdist: `test_*.py`, `*_test.py` and `tests.py`."""
    for path in sorted(root.rglob("*.py")):
        if path.is_file() and (path.name.startswith("test_") or path.name.endswith("_test.py")
                               or path.name == "tests.py"):
            yield path


def count_reasons(reasons: Sequence[str]) -> dict[str, int]:
    return dict(sorted(Counter(reasons).items()))
