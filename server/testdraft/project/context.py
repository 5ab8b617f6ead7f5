"""What the model sees around the function under test, cut to a token budget.

For a method: its class (fields, dataclass fields, the constructor, the other methods'
signatures). For every function: the module's imports, the project types named in the
signature and the project functions its body calls (signature and docstring, found with
tree-sitter in this module and with jedi across modules), the fixtures that fit (conftest.py's
and the target test module's, asked for by name; those of the project's other tests of the
module, imported as pytest allows: `from test_existing import cart`), and one or two existing
tests of the same module or its neighbours (the project's style). Also how the project runs
async tests (pytest-asyncio's mode, anyio, or neither: `asyncio.run`).

Everything is tree-sitter work on files under the project root plus one small jedi script
per imported name, so it stays well under issue 4's 200 ms on a 5,000-line module.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import tree_sitter

from testdraft.generate.base import ImportTarget, entering
from testdraft.generate.fakes import Fakes, annotation_head, build_instance, is_collaborator, item_type
from testdraft.parsing.languages import parse_python
from testdraft.project.imports import jedi_goto, jedi_project, package_location
from testdraft.project.layout import pytest_option
from testdraft.render.module import existing_test_keys
from testdraft.spec.docstring import parameter_description
from testdraft.spec.extract import (
    constructor_params,
    docstring_node,
    find_function,
    first_enum_member,
    function_at,
    method_params,
)
from testdraft.spec.model import FunctionSpec, Parameter, ParameterKind

log = logging.getLogger(__name__)

Node = tree_sitter.Node

DEFAULT_TOKEN_BUDGET = 900
_CHARS_PER_TOKEN = 3.5  # code tokenizes at roughly 3-4 characters per token
_MAX_TEST_FILES = 200
_MAX_EXAMPLE_TESTS = 2
# The drafting prompt's share for the function's own tests (about 400 tokens), apart from the
# context's budget: there the class outline, imports and fixtures come first and often leave none.
_MAX_FUNCTION_TEST_CHARS = 1600
_MAX_INIT_LINES = 14
_MAX_JEDI_NAMES = 6

# How async tests run: pytest-asyncio's auto mode needs nothing, its strict mode a marker,
# anyio its own marker; without either plugin the test calls `asyncio.run` itself.
ASYNC_AUTO, ASYNC_STRICT, ASYNC_ANYIO, ASYNC_RUN = "asyncio-auto", "asyncio-strict", "anyio", "asyncio.run"
EXAMPLE_TEST_TITLE = "an existing test"


@dataclass(frozen=True)
class Fixture:
    name: str
    source: str  # the decorated definition, as written
    path: str
    # How a test in another module reaches it (`from test_existing import cart`, as pytest
    # imports that module); empty when asked for by name alone (conftest.py, the same module).
    import_line: str = ""

    @property
    def is_factory(self) -> bool:
        """It gives a function that builds the object (`def factory(...): return Message(...)`
        then `return factory`), one callable without arguments: a test calls it."""
        made = _returned_function(self.source)
        return made is not None and _callable_bare(made)

    @property
    def gives_list(self) -> bool:
        """It gives a list or another sequence of things (`-> list[Ticket]`, `return [...]`)."""
        header = self.source.split(":\n", 1)[0]
        return re.search(r"->\s*(?:list|List|Sequence|tuple|Tuple)\b", header) is not None \
            or re.search(r"\breturn\s*\[", self.source) is not None

    @property
    def builds(self) -> str:
        """The class whose instance the fixture gives (a factory fixture's: its function's), when
        its code says (`-> Cart`, `return Cart(...)` or `Cart.parse(...)`, `cart = Cart(...)` ...
        `return cart`);
        empty otherwise, and for a factory that needs arguments."""
        made = _returned_function(self.source)
        if made is not None and not _callable_bare(made):
            return ""
        header = self.source.split(":\n", 1)[0]
        annotated = re.search(r"->\s*([A-Za-z_][\w.]*)\s*$", header)
        if annotated and annotated.group(1).split(".")[-1][:1].isupper():
            return annotated.group(1).split(".")[-1]
        built = re.search(r"\b(?:return|yield)\s+([A-Z]\w*)(?:\.[a-z_]\w*)?\(", self.source)  # `Recipe.from_dict(`
        if built:
            return built.group(1)
        named = re.search(r"\b(?:return|yield)\s+([a-z_]\w*)\s*$", self.source, re.MULTILINE)
        bound = named and re.search(rf"\b{named.group(1)}\s*=\s*([A-Z]\w*)\(", self.source)
        return bound.group(1) if bound else ""


def _returned_function(source: str) -> ast.FunctionDef | None:
    """The function a fixture defines inside itself and returns (or yields); None if none."""
    try:
        outer = ast.parse(source).body[-1]
    except (SyntaxError, IndexError):
        return None
    if not isinstance(outer, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    inner = {node.name: node for node in outer.body if isinstance(node, ast.FunctionDef)}
    for statement in outer.body:
        value = statement.value if isinstance(statement, ast.Return | ast.Expr) else None
        value = value.value if isinstance(value, ast.Yield) else value
        if isinstance(value, ast.Name) and value.id in inner:
            return inner[value.id]
    return None


def _callable_bare(function: ast.FunctionDef) -> bool:
    """Whether `function()` is a valid call: every parameter has a default (or is `*`/`**`)."""
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    return len(arguments.defaults) == len(positional) and None not in arguments.kw_defaults


@dataclass(frozen=True)
class ProjectContext:
    """The prompt's view of the project around one function (see the module docstring)."""

    sections: tuple[tuple[str, str], ...] = ()  # (title, code), most useful first, within budget
    # Fixtures a test in the target file can request: conftest.py's, the target file's own, and
    # those of the project's other tests of this module (imported: `Fixture.import_line`).
    fixtures: tuple[Fixture, ...] = ()
    fitting_fixtures: tuple[str, ...] = ()  # ... of those, the ones that build what the function needs
    # (parameter, fixture) where a fixture not named like the parameter stands for it (`parameter_fixtures`)
    parameter_fixtures: tuple[tuple[str, str], ...] = ()
    async_mode: str = ASYNC_RUN
    # Names a test may import from the module under test (its definitions and imports).
    module_names: frozenset[str] = field(default_factory=frozenset)
    # Public attributes (methods, fields, self.x) of the classes a test may build: the method's
    # class and the project classes the context shows. A class whose bases may add more is left out.
    class_members: tuple[tuple[str, frozenset[str]], ...] = ()
    # What `Class(...)` takes, for the module's classes and the project classes it names.
    constructors: tuple[tuple[str, tuple[Parameter, ...]], ...] = ()
    # What a call a test may make takes, for the check of calls before they run: `Class` for
    # every class of the module and the project classes it names, and `Class.method` for the
    # methods of the class under test, called on an instance (self left out).
    signatures: tuple[tuple[str, tuple[Parameter, ...]], ...] = ()
    # The enum classes among those (and the module's), with their first member: a value to pass.
    enum_members: tuple[tuple[str, str], ...] = ()
    test_imports: tuple[str, ...] = ()  # what a test starts with: pytest, the function, the types it needs
    collaborators: tuple[str, ...] = ()  # parameters to fake (clients, clocks, files)
    test_dir: str = ""  # the folder of the test file (its conftest.py files apply)
    # Test modules besides conftest.py whose fixtures the sandbox loads: the target test file,
    # when its own fixtures are reused (pytest sees them there once the tests are merged in).
    fixture_files: tuple[str, ...] = ()
    # Names the test file the tests go into binds at its top level besides its tests and
    # fixtures (`REPO_URL = ...`, `def make_commit(...)`, its imports): an existing test the
    # prompt shows may use them, and so may the model's tests, which will live beside them.
    test_file_names: frozenset[str] = field(default_factory=frozenset)
    test_file: str = ""  # that file, when it exists
    # The project's tests that use the function (`_tests_using`), for the drafting prompt: what
    # the body must do where the docstring is vague. Apart from `sections` and their budget.
    function_tests: tuple[str, ...] = ()
    # The module's text as the request read it (an unsaved buffer too), for generators that
    # look at the module's other functions (a round trip's inverse).
    module_source: str = field(default="", repr=False)

    @property
    def fixture_names(self) -> frozenset[str]:
        return frozenset(fixture.name for fixture in self.fixtures)

    @property
    def merged_into(self) -> str | None:
        """The existing test file whose top-level names the tests may use (the sandbox gives
        them as the tests' globals, as once merged), or None."""
        return self.test_file if self.test_file and self.test_file_names else None

    def fixtures_building(self, class_name: str) -> list[str]:
        """The names of the fixtures that give a `class_name`."""
        return [fixture.name for fixture in self.fixtures if fixture.builds == class_name]

    def reusable_fixtures(self) -> dict[str, Fixture]:
        """The fitting fixtures by name: what the skeleton and boundary inputs take as arguments."""
        by_name = {fixture.name: fixture for fixture in self.fixtures}
        return {name: by_name[name] for name in self.fitting_fixtures if name in by_name}

    def fakes(self) -> Fakes:
        """Stand-ins for the function's arguments that take the project's fitting fixtures."""
        return Fakes(offered=self.reusable_fixtures(), by_parameter=dict(self.parameter_fixtures),
                     enums=dict(self.enum_members))

    def fixture_imports(self, code: str) -> list[str]:
        """The import lines of the imported fixtures the test functions in `code` take."""
        try:
            tree = ast.parse(code)
        except SyntaxError:
            return []
        taken = {arg.arg for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                 for arg in node.args.args}
        return [fixture.import_line for fixture in self.fixtures if fixture.import_line and fixture.name in taken]

    def without_example_of(self, key: str) -> ProjectContext:
        """The context minus the example tests shown beside the one whose `same_test_key` is
        `key`: what to ask again with after the model copied it."""
        return replace(self, sections=tuple(
            (title, code) for title, code in self.sections
            if not (title.startswith(EXAMPLE_TEST_TITLE) and key in existing_test_keys(code))))

    def render(self, example_tests: bool | None = None) -> str:
        """The sections as one block of code; only the project's example tests (True), or
        everything else (False)."""
        return "\n\n".join(f"# {title}\n{code}" for title, code in self.sections
                           if example_tests is None or title.startswith(EXAMPLE_TEST_TITLE) == example_tests)


def _text(node: Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", errors="replace")


def _name(node: Node) -> str:
    return _text(node.child_by_field_name("name"))


def _definition_of(node: Node) -> Node:
    """The class or function inside a decorated definition."""
    return node.named_children[-1] if node.type == "decorated_definition" else node


def _top_level(root: Node) -> dict[str, Node]:
    """Top-level classes and functions by name (the decorated node, decorators included)."""
    found: dict[str, Node] = {}
    for statement in root.named_children:
        inner = _definition_of(statement)
        if inner.type in ("class_definition", "function_definition"):
            found[_name(inner)] = statement
    return found


def _imports(root: Node) -> list[Node]:
    kinds = ("import_statement", "import_from_statement", "future_import_statement")
    return [statement for statement in root.named_children if statement.type in kinds]


def _dedent(text: str, column: int) -> str:
    """`text` (which starts at `column`) with that much indentation removed from its other lines."""
    lines = text.splitlines()
    if column == 0 or not lines:
        return "\n".join(lines)
    return "\n".join([lines[0], *(line[column:] if line[:column].isspace() else line.lstrip() for line in lines[1:])])


def _dedent_node(node: Node) -> str:
    return _dedent(_text(node), node.start_point[1])


def _function_stub(decorated: Node, indent: str = "") -> str:
    """`def` line(s) and docstring of a function, body elided."""
    function = _definition_of(decorated)
    body = function.child_by_field_name("body")
    end = (body.start_byte if body is not None else function.end_byte) - decorated.start_byte
    header = (decorated.text or b"")[:end].decode("utf-8", errors="replace").rstrip()
    header = _dedent(header, decorated.start_point[1])
    lines = [indent + line for line in header.splitlines()]
    doc = docstring_node(function)
    if doc is not None:
        lines.extend(indent + "    " + line for line in _dedent_node(doc).splitlines())
    lines.append(indent + "    ...")
    return "\n".join(lines)


def class_outline(class_node: Node, full_init: bool = True, skip: str = "") -> str:
    """A class as a test writer needs it: header, docstring, fields, constructor, method signatures."""
    parent = class_node.parent
    decorated = parent if parent is not None and parent.type == "decorated_definition" else class_node
    definition = _definition_of(decorated)
    body = definition.child_by_field_name("body")
    head_end = (body.start_byte if body is not None else definition.end_byte) - decorated.start_byte
    lines = [(decorated.text or b"")[:head_end].decode("utf-8", errors="replace").rstrip()]
    if body is None:
        return lines[0]
    doc = docstring_node(definition)
    if doc is not None:
        first = _dedent_node(doc).splitlines()[0]
        lines.append("    " + first + ("" if "\n" not in _text(doc) else ' ..."""'))
    for statement in body.named_children:
        inner = _definition_of(statement)
        if inner.type == "function_definition" and _name(inner) == skip:
            continue  # the function under test: the prompt shows it on its own
        if statement.type == "expression_statement" and (doc is None or statement.start_byte != doc.start_byte):
            lines.append("    " + _dedent_node(statement))
        elif inner.type == "function_definition":
            is_init = _name(inner) in ("__init__", "__post_init__")
            if is_init and full_init and _text(statement).count("\n") < _MAX_INIT_LINES:
                lines.extend("    " + line for line in _dedent_node(statement).splitlines())
            elif not _name(inner).startswith("_") or is_init:
                lines.append(_function_stub(statement, "    ").split("\n    ...")[0].rstrip())
        elif inner.type == "class_definition":
            lines.append(f"    class {_name(inner)}: ...")
    return "\n".join(lines)


def _class_members(class_node: Node) -> set[str]:
    """Attributes an instance has: methods, class-level fields, and `self.x = ...` targets;
    empty (nothing checked) when a base class or `__getattr__` may add more."""
    superclasses = class_node.child_by_field_name("superclasses")
    bases = {_text(base).split("[")[0] for base in superclasses.named_children} if superclasses else set()
    if bases - {"object", "ABC", "Protocol", "Generic"}:
        return set()
    members: set[str] = set()
    body = class_node.child_by_field_name("body")
    for statement in body.named_children if body else []:
        inner = _definition_of(statement)
        if inner.type in ("function_definition", "class_definition"):
            members.add(_name(inner))
        elif statement.type == "expression_statement" and statement.named_children:
            left = statement.named_children[0].child_by_field_name("left")
            if left is not None and left.type == "identifier":
                members.add(_text(left))
    for match in re.finditer(r"\bself\.([A-Za-z_]\w*)\s*(?::[^=\n]*)?=(?!=)", _text(class_node)):
        members.add(match.group(1))
    return set() if members & {"__getattr__", "__getattribute__"} else members


def _identifiers(node: Node | None) -> Iterator[str]:
    if node is None:
        return
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type == "identifier":
            yield _text(current)
        stack.extend(current.named_children)


def _called_names(body: Node | None) -> list[str]:
    """Names the body calls directly (`helper(...)`, `Item(...)`), in order of appearance."""
    names: list[str] = []
    if body is None:
        return names
    stack = [body]
    calls: list[Node] = []
    while stack:
        current = stack.pop()
        if current.type == "call":
            calls.append(current)
        stack.extend(current.named_children)
    for call in sorted(calls, key=lambda n: n.start_byte):
        function = call.child_by_field_name("function")
        if function is not None and function.type == "identifier" and _text(function) not in names:
            names.append(_text(function))
    return names


def _signature_types(function: Node) -> list[str]:
    names = _parameter_types(function)
    for name in _identifiers(function.child_by_field_name("return_type")):
        if name not in names:
            names.append(name)
    return names


def _parameter_types(function: Node) -> list[str]:
    names: list[str] = []
    params = function.child_by_field_name("parameters")
    for param in params.named_children if params else []:
        for name in _identifiers(param.child_by_field_name("type")):
            if name not in names:
                names.append(name)
    return names


def _stub_of(node: Node) -> str:
    inner = _definition_of(node)
    return class_outline(inner, full_init=False) if inner.type == "class_definition" else _function_stub(node)


def _resolve_imported(name: str, import_line: str, source_path: Path, root: Path) -> Node | None:
    """The definition of a name imported from another module of the project, found with jedi."""
    key = (str(root), str(source_path.parent), import_line, name)
    if key not in _RESOLVED:
        _RESOLVED[key] = _jedi_paths(name, import_line, source_path, root)
    for path in [*_RESOLVED[key], *_module_files(import_line, source_path, root)]:
        tree = _parsed(path)
        node = _top_level(tree.root_node).get(name) if tree is not None else None
        if node is not None:
            return node
    return None


def _module_files(import_line: str, source_path: Path, root: Path) -> list[Path]:
    """The project file a `from pkg.mod import name` reads, found on disk: where jedi gave no
    answer (its answers depend on what it inferred before, and within one process an earlier
    request's made it miss `from csvimport.models import Account`)."""
    try:
        statement = ast.parse(import_line).body[0]
    except (SyntaxError, IndexError):
        return []
    if not isinstance(statement, ast.ImportFrom):
        return []
    parts = statement.module.split(".") if statement.module else []
    if statement.level > len(source_path.parents):
        return []
    bases = [source_path.parents[statement.level - 1]] if statement.level else [root, root / "src"]
    found = []
    for base in bases:
        for candidate in (base.joinpath(*parts).with_suffix(".py") if parts else None,
                          base.joinpath(*parts, "__init__.py")):
            if candidate is not None and candidate.is_file():
                found.append(candidate)
    return found


# jedi's answers per (root, folder, import, name): the files do not move between requests.
_RESOLVED: dict[tuple[str, str, str, str], list[Path]] = {}
_PARSED: dict[Path, tuple[float, tree_sitter.Tree]] = {}


def _jedi_paths(name: str, import_line: str, source_path: Path, root: Path) -> list[Path]:
    code = f"{import_line}\n{name}\n"
    try:
        found = jedi_goto(code, source_path, jedi_project(root), 2, 0)
    except Exception:  # jedi raises many kinds of errors on odd projects
        log.debug("jedi could not resolve %s", name, exc_info=True)
        return []
    inside = root.resolve()
    return [d.module_path for d in found if d.module_path is not None and inside in d.module_path.resolve().parents]


def _parsed(path: Path) -> tree_sitter.Tree | None:
    """A project file's tree, re-parsed only when the file changed."""
    try:
        mtime = path.stat().st_mtime
        cached = _PARSED.get(path)
        if cached is None or cached[0] != mtime:
            cached = _PARSED[path] = (mtime, parse_python(path.read_bytes()))
    except OSError:
        return None
    return cached[1]




def _is_fixture(decorated: Node) -> bool:
    if decorated.type != "decorated_definition":
        return False
    return any(child.type == "decorator" and "fixture" in _text(child) for child in decorated.named_children)


def fixtures_in(path: Path, module: str = "") -> list[Fixture]:
    """The module-level fixtures of a file; with `module`, each is imported from it by name."""
    tree = _parsed(path)
    if tree is None:
        return []
    found = []
    for node in tree.root_node.named_children:
        if _is_fixture(node):
            name = _name(_definition_of(node))
            found.append(Fixture(name, _dedent_node(node), str(path), f"from {module} import {name}" if module else ""))
    return found


def test_file_names(path: Path) -> frozenset[str]:
    """The names a test module binds at its top level, its tests and fixtures left out (those
    are no helpers: pytest gives a fixture by parameter, and a test is not called)."""
    tree = _parsed(path) if path.is_file() else None
    if tree is None:
        return frozenset()
    names: set[str] = set()
    for node in tree.root_node.named_children:
        if _is_fixture(node):
            continue
        definition = _definition_of(node)
        if definition.type in ("function_definition", "class_definition"):
            names.add(_name(definition))
        elif node.type in ("import_statement", "import_from_statement"):
            names.update(_bound_names(_text(node)))
        elif node.type == "expression_statement":  # `REPO_URL = "..."`, `LIMIT: int = 3`
            try:
                statement = ast.parse(_text(node)).body[0]
            except (SyntaxError, IndexError):
                continue
            targets = statement.targets if isinstance(statement, ast.Assign) else \
                [statement.target] if isinstance(statement, ast.AnnAssign) else []
            names.update(name.id for target in targets for name in ast.walk(target) if isinstance(name, ast.Name))
    return frozenset(name for name in names if not name.startswith(("test", "Test")) and not name.startswith("__"))


def test_module_fixtures(test_file: Path, neighbours: Iterable[Path], import_roots: Iterable[Path]) -> list[Fixture]:
    """Fixtures of the project's test modules a test in `test_file` can use, as pytest allows:
    the file's own by name, and those of `neighbours` (other tests of the same module) by
    importing them, when pytest imports that module under a name the test file reaches (the
    same base folder on sys.path: the tests folder, or the root of a tests package) and the
    sandbox has that folder on sys.path too (`import_roots`)."""
    found = fixtures_in(test_file) if test_file.is_file() else []
    base = package_location(test_file)[1]
    if base.resolve() not in {Path(root).resolve() for root in import_roots}:
        return found
    for path in neighbours:
        if path.resolve() == test_file.resolve():
            continue
        parts, folder = package_location(path)
        if folder.resolve() == base.resolve() and all(part.isidentifier() for part in parts):
            found += fixtures_in(path, ".".join(parts))
    return found


def conftest_paths(test_dir: Path, root: Path) -> list[Path]:
    """conftest.py files that apply to a test in `test_dir`, outermost first."""
    found: list[Path] = []
    folder = test_dir.resolve()
    root = root.resolve()
    while True:
        if (folder / "conftest.py").is_file():
            found.append(folder / "conftest.py")
        if folder == root or folder.parent == folder or root not in folder.parents:
            break
        folder = folder.parent
    return found[::-1]


# Words too common to tie a fixture to a parameter.
_COMMON_WORDS = frozenset(
    {"the", "and", "for", "with", "from", "that", "this", "which", "when", "not", "any", "one", "its", "are",
     "was", "will", "use", "used", "given", "instance", "object", "value", "data", "default", "none", "true",
     "false", "fake", "mock", "stub", "sample", "test", "fixture", "example", "new", "all", "each", "some",
     "str", "int", "float", "bool", "list", "dict", "optional", "type"}
)
# Types too general for a fixture that builds one to stand for any parameter of the type
# (`log_file -> Path` is no `directory: Path`): its name must share a word too.
_GENERIC_TYPES = frozenset({"Path", "PurePath", "datetime", "date", "time", "timedelta", "Callable", "Any"})
# Parameters of these types take a literal, never a fixture found by its words.
_LITERAL_TYPES = frozenset({"str", "int", "float", "bool", "bytes", "None", "Decimal", "object", "complex"})


def _words(text: str) -> set[str]:
    """Lower-case words of identifiers and prose, a plural's `s` dropped: `UserRepository` ->
    {user, repository}, `log_file` -> {log, file}."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    words = {word.lower() for word in re.findall(r"[A-Za-z]{3,}", spaced)}
    return {word.removesuffix("s") for word in words - _COMMON_WORDS} - _COMMON_WORDS


def parameter_fixtures(fixtures: Iterable[Fixture], spec: FunctionSpec) -> dict[str, Fixture]:
    """The fixture that stands for each parameter that no fixture is named like: the one that
    builds its type (`-> Path` for `path: Path`), else the one whose name shares most words with
    the parameter's name, type and what the docstring says of it (`users` for `repository:
    UserRepository`, `log_file` for a path "the log file", `reader` for a source "from a socket
    reader"). A fixture stands for one parameter; plain values (str, int, ...) take literals."""
    fixtures = list(fixtures)
    taken = {fixture.name for fixture in fixtures} & {param.name for param in spec.call_params}
    found: dict[str, Fixture] = {}
    for param in spec.call_params:
        head = annotation_head(param.annotation)
        if param.name in taken or head in _LITERAL_TYPES or param.default is not None or param.kind in (
                ParameterKind.VAR_POSITIONAL, ParameterKind.VAR_KEYWORD):
            continue  # a literal, or a parameter that may be left out
        said = _words(f"{param.name} {param.annotation or ''} {parameter_description(spec.docstring, param.name)}")
        named = _words(f"{param.name} {param.annotation or ''}")
        scored = [(_fitness(fixture, head, param.annotation or "", said, named), -index, fixture)
                  for index, fixture in enumerate(fixtures) if fixture.name not in taken]
        best = max(scored, key=lambda entry: entry[:2], default=None)
        if best is not None and best[0] > 0:
            found[param.name] = best[2]
            taken.add(best[2].name)
    return found


def _fitness(fixture: Fixture, head: str, annotation: str, said: set[str], named: set[str]) -> int:
    """How well `fixture` stands for a parameter of type `head` of which `said` are the words
    (`named`: those of its name and annotation alone): the type it builds or one item of it
    (`[recipe]` for `Iterable[Recipe]`), else the words its name shares; a fixture that builds
    another class than the annotation's must share words through that class too (`users ->
    InMemoryUsers` for a user repository, never `log_file -> Path` for log records), and, where
    the annotation names a class of its own, with the name or annotation (never `library ->
    Library` for `loan: Loan`, "a loan of this library")."""
    if head and fixture.builds == head and head not in _GENERIC_TYPES:
        return 100
    if fixture.builds and fixture.builds == item_type(annotation):
        return 100
    by_name = _words(fixture.name) & said
    by_class = _words(fixture.builds) & said if fixture.builds and fixture.builds not in annotation else None
    own_class = head[:1].isupper() and "[" not in annotation and head not in _GENERIC_TYPES
    if own_class and not (_words(fixture.name) | _words(fixture.builds)) & named:
        return 0  # `base_time` for `ticket: Ticket` "due by the time ...": words of its prose alone
    if fixture.gives_list and annotation and not item_type(annotation) and head not in _LIST_TYPES:
        return 0  # `tickets` (a list) for one `ticket: Ticket`
    if not by_name or by_class == set():
        return 0
    return len(by_name) + len(by_class or ())


_LIST_TYPES = frozenset({"list", "List", "Sequence", "Iterable", "Collection", "tuple", "Tuple", "set", "Set"})


def _fits(fixture: Fixture, wanted: set[str], params: set[str]) -> bool:
    """A fixture fits when it is named like a parameter or builds a type the function needs."""
    if fixture.name in params:
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", fixture.source) for name in wanted)


def async_mode(root: Path, test_texts: Iterable[str] = ()) -> str:
    """How this project runs `async def` tests."""
    mode = str(pytest_option(root, "asyncio_mode") or "").strip()
    if mode == "auto":
        return ASYNC_AUTO
    texts = list(test_texts)
    if mode == "strict" or any("pytest.mark.asyncio" in text for text in texts):
        return ASYNC_STRICT
    if any("pytest.mark.anyio" in text for text in texts):
        return ASYNC_ANYIO
    return ASYNC_RUN


def _test_files(test_dir: Path, root: Path) -> list[Path]:
    folders = [test_dir] if test_dir.is_dir() else []
    if root.is_dir() and root not in folders:
        folders.append(root)
    files: list[Path] = []
    for folder in folders:
        pattern = "test_*.py" if folder == test_dir else "tests/**/test_*.py"
        files.extend(sorted(folder.glob(pattern))[:_MAX_TEST_FILES])
    return list(dict.fromkeys(files))


def _file_score(path: Path, text: str, module: str) -> int:
    """How surely a test file tests `module`: named after it (4), or naming it (2), or not (0)."""
    stem = module.rsplit(".", 1)[-1]
    return 4 if path.stem in (f"test_{stem}", f"{stem}_test") else 2 if module in text else 0


# (file, the file's imports, a top-level test's source with its decorators)
_TestFunction = tuple[Path, str, str]


def _test_functions(files: list[Path], texts: dict[Path, str]) -> Iterator[_TestFunction]:
    """(file, the file's imports, a top-level test's source with its decorators) for each test
    function of the files, in their order; a file that does not parse has none."""
    for path in files:
        text = texts[path]
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        imports = "\n".join(ast.unparse(node) for node in tree.body if isinstance(node, ast.Import | ast.ImportFrom))
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or not node.name.startswith("test"):
                continue
            code = ast.get_source_segment(text, node, padded=False) or ""
            decorators = "".join(f"@{ast.get_source_segment(text, d)}\n" for d in node.decorator_list)
            yield path, imports, decorators + code


def _example_tests(tests: list[_TestFunction], file_scores: dict[Path, int],
                   wanted: list[str]) -> list[tuple[str, str]]:
    """One or two test functions of the project that exercise this module or its names."""
    scored: list[tuple[int, Path, str, str]] = []
    for path, imports, code in tests:
        file_score = file_scores[path]
        mentions = sum(3 for name in wanted if re.search(rf"\b{re.escape(name)}\b", code))
        if (mentions or file_score) and len(code) < 1200:
            scored.append((mentions + file_score, path, imports, code))
    scored.sort(key=lambda entry: (-entry[0], len(entry[3])))
    # Tests that use the function or its types; a test of the same module only when none does.
    if any(score > 4 for score, *_ in scored):
        scored = [entry for entry in scored if entry[0] > 4]
    chosen: list[tuple[str, str]] = []
    shown_imports: set[Path] = set()
    for _score, path, imports, code in scored[:_MAX_EXAMPLE_TESTS]:
        head = imports + "\n\n\n" if path not in shown_imports and imports else ""
        shown_imports.add(path)
        chosen.append((f"{EXAMPLE_TEST_TITLE}, from {path.name}", head + code))
    return chosen


def _tests_using(tests: list[_TestFunction], spec: FunctionSpec) -> tuple[str, ...]:
    """The project's tests that use the function (more than importing it), shortest first, as
    many as `_MAX_FUNCTION_TEST_CHARS` allows: in TDD the user's first tests of the function.
    A method's: those that name its class too, where some do (`get` is many classes' method)."""
    found = {code for _path, _imports, code in tests if _uses(code, spec.name)}
    if spec.class_path and any(_uses(code, spec.class_path[-1]) for code in found):
        found = {code for code in found if _uses(code, spec.class_path[-1])}
    return _fitting(sorted(found, key=lambda code: (len(code), code)), _MAX_FUNCTION_TEST_CHARS)  # a set: ties by text


def _uses(code: str, name: str) -> bool:
    """`name` appears in `code` outside its import lines."""
    return re.search(rf"^(?!from |import ).*\b{re.escape(name)}\b", code, re.MULTILINE) is not None


def _fitting(codes: list[str], most_chars: int) -> tuple[str, ...]:
    """The first of `codes` whose lengths add up to at most `most_chars`."""
    chosen: list[str] = []
    left = most_chars
    for code in codes:
        if len(code) > left:
            break
        chosen.append(code)
        left -= len(code)
    return tuple(chosen)


def _within_budget(sections: list[tuple[str, str]], budget: int) -> tuple[tuple[str, str], ...]:
    """Keep sections in priority order while they fit; a too-long one is cut at a line."""
    kept: list[tuple[str, str]] = []
    left = budget * _CHARS_PER_TOKEN
    for title, code in sections:
        cost = len(title) + len(code) + 4
        if cost <= left:
            kept.append((title, code))
            left -= cost
            continue
        if left > 200:
            lines, size = [], 0
            for line in code.splitlines():
                if size + len(line) + 1 > left - len(title) - 20:
                    break
                lines.append(line)
                size += len(line) + 1
            if lines:
                kept.append((title, "\n".join(lines) + "\n# ..."))
        left = 0
    return tuple(kept)


def gather_context(
    spec: FunctionSpec,
    source: bytes,
    source_path: Path,
    root: Path,
    test_file: Path,
    module: str,
    budget: int = DEFAULT_TOKEN_BUDGET,
    import_root: Path | None = None,
) -> ProjectContext:
    """The context for `spec` (see the module docstring); never raises for odd projects.
    `import_root` is the folder tests import the module from (on the sandbox's sys.path)."""
    tree = parse_python(source)
    module_root = tree.root_node
    top = _top_level(module_root)
    import_nodes = _imports(module_root)
    imported: dict[str, str] = dict(spec.module_imports)
    for node in import_nodes:  # relative imports too: jedi resolves them from the source file
        for name in _bound_names(_text(node)):
            imported.setdefault(name, _text(node))
    function = _function_node(tree, spec)
    sections: list[tuple[str, str]] = []
    wanted: list[str] = []
    class_node: Node | None = None
    if spec.class_path:
        class_node = _definition_of(top[spec.class_path[0]]) if spec.class_path[0] in top else None
        for inner_name in spec.class_path[1:]:
            class_node = _nested_class(class_node, inner_name) if class_node is not None else None
        if class_node is not None:
            outline = class_outline(class_node, skip=spec.name)
            sections.append((f"the class {spec.class_path[-1]} (from {module})", outline))
            wanted.append(spec.class_path[-1])
    if import_nodes:
        sections.append((f"imports of {module}", "\n".join(_text(node) for node in import_nodes)))
    referenced: list[str] = []
    typed: list[str] = []  # the types a test builds: the signature's and the constructor's
    if function is not None:
        typed = [*_signature_types(function), *_init_of(sections)]
        referenced = list(dict.fromkeys(typed))
        if spec.is_implemented:
            referenced += [n for n in _called_names(function.child_by_field_name("body")) if n not in referenced]
    resolved = 0
    resolved_nodes: dict[str, Node] = {}
    for name in referenced:
        if name in wanted or name == spec.name or (spec.class_path and name == spec.class_path[0]):
            continue
        if name in top:
            sections.append((f"{name} (from {module})", _stub_of(top[name])))
            wanted.append(name)
        elif name in imported and resolved < _MAX_JEDI_NAMES:
            resolved += 1
            found = _resolve_imported(name, imported[name], source_path, root)
            if found is not None:
                sections.append((f"{name} (imported in {module})", _stub_of(found)))
                wanted.append(name)
                resolved_nodes[name] = found
    test_dir = test_file.parent
    files = _test_files(test_dir, root)
    texts = {path: _read(path) for path in files}
    file_scores = {path: _file_score(path, texts[path], module) for path in files}
    neighbours = [path for path in files if file_scores[path]]
    tests = list(_test_functions(files, texts))  # parsed once: example tests and the function's own
    fixtures: dict[str, Fixture] = {}
    # Lowest priority first: another module's fixture is imported only when no nearer one has its name.
    local = test_module_fixtures(test_file, neighbours, [test_dir, import_root or root])
    for fixture in [f for f in local if f.import_line]:
        fixtures.setdefault(fixture.name, fixture)
    for conftest in conftest_paths(test_dir, root):
        for fixture in fixtures_in(conftest):
            fixtures[fixture.name] = fixture  # the nearest conftest wins, as in pytest
    for fixture in [f for f in local if not f.import_line]:
        fixtures[fixture.name] = fixture  # the test module's own override conftest's
    params = {param.name for param in spec.call_params}
    if class_node is not None:  # a fixture named like a constructor's argument (`clock`) builds the instance
        params |= {param.name for param in constructor_params(class_node) or ()}
    by_parameter = parameter_fixtures(fixtures.values(), spec)
    needed = set(wanted)
    calls_it: re.Pattern[str] | None = None
    if spec.method_kind == "classmethod" and function is not None:
        # It builds or finds instances itself: a fixture that builds one (`cart`) drew the model
        # into testing that instance instead of calling `Cart.from_items(...)`. One that builds
        # it through this method (`Member.from_dict({...})`) stays: it shows a call that works.
        # (A staticmethod keeps its fixtures: offered none, the model took its arguments as
        # test parameters, `def test_format_cents_0(cents)`.)
        owner = spec.class_path[-1]
        needed -= {owner} - set(_parameter_types(function))
        calls_it = re.compile(rf"\b{re.escape(owner)}\.{re.escape(spec.name)}\(")
    fitting = [f for f in fixtures.values() if _fits(f, needed, params) or f in by_parameter.values()
               or (calls_it is not None and calls_it.search(f.source) is not None)]
    sections += _fixture_sections(fitting, test_file)
    sections += _example_tests(tests, file_scores, [spec.name, *wanted])
    definitions = {*spec.module_definitions, *imported}
    mode = async_mode(root, texts.values())
    top_symbol = spec.class_path[0] if spec.class_path else spec.name
    names = [top_symbol, *(n for n in wanted if n != top_symbol and n in definitions and n in typed)]
    known = {name: node for name, node in {**top, **resolved_nodes}.items() if name in wanted or name in typed}
    if class_node is not None:
        known[spec.class_path[-1]] = class_node
    # What building each class takes: those a test builds (`known`) and every other one it may call.
    built = dict(_constructors({**top, **resolved_nodes, **known}, {**top, **resolved_nodes}))
    collaborators = tuple(p.name for p in spec.call_params if is_collaborator(p.annotation, p.name))
    test_imports = ["import asyncio"] if spec.is_async and mode == ASYNC_RUN else []
    test_imports += ["import pytest"]
    if collaborators:
        test_imports.append("from unittest.mock import " + ("AsyncMock, Mock" if spec.is_async else "Mock"))
    test_imports.append(f"from {module} import {', '.join(names)}")
    return ProjectContext(
        sections=_within_budget(sections, budget),
        fixtures=tuple(fixtures.values()),
        fitting_fixtures=tuple(f.name for f in fitting),
        parameter_fixtures=tuple((param, fixture.name) for param, fixture in by_parameter.items()),
        async_mode=mode,
        module_names=frozenset(definitions),
        class_members=_members_of(known),
        constructors=tuple((name, built[name]) for name in known if name in built),
        signatures=(*built.items(), *_method_signatures(class_node, spec.class_path)),
        enum_members=_enum_members({**top, **resolved_nodes}, definitions),
        test_imports=tuple(test_imports),
        collaborators=collaborators,
        test_dir=str(test_dir),
        fixture_files=(str(test_file),) if any(f.path == str(test_file) for f in fitting) else (),
        test_file_names=test_file_names(test_file),
        test_file=str(test_file) if test_file.is_file() else "",
        function_tests=_tests_using(tests, spec),
        module_source=source.decode("utf-8", errors="replace"),
    )


def _fixture_sections(fitting: list[Fixture], test_file: Path) -> list[tuple[str, str]]:
    """The fitting fixtures for the prompt, one section per file, saying how a test gets each."""
    by_path: dict[str, list[Fixture]] = {}
    for fixture in fitting:
        by_path.setdefault(fixture.path, []).append(fixture)
    sections = []
    for path, group in by_path.items():
        name = Path(path).name
        if group[0].import_line:
            how = "import them: " + "; ".join(f"`{f.import_line}`" for f in group) + ", then ask for them by name"
        elif path == str(test_file):
            how = "the module the tests go into: ask for them by name as test parameters"
        else:
            how = "ask for them by name as test parameters"
        sections.append((f"fixtures from {name} ({how})", "\n\n".join(f.source for f in group)))
    return sections


def _members_of(nodes: dict[str, Node]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each class's public attributes, for the check of what a test reads from an instance."""
    found: list[tuple[str, frozenset[str]]] = []
    for name, node in nodes.items():
        inner = _definition_of(node)
        members = _class_members(inner) if inner.type == "class_definition" else set()
        if members:
            found.append((name, frozenset(members)))
    return tuple(found)


def _constructors(nodes: dict[str, Node], around: dict[str, Node]) -> tuple[tuple[str, tuple[Parameter, ...]], ...]:
    """What each class among `nodes` takes to build; its base may be any class `around`."""
    classes = {name: inner for name, node in around.items()
               if (inner := _definition_of(node)).type == "class_definition"}
    found: list[tuple[str, tuple[Parameter, ...]]] = []
    for name, node in nodes.items():
        inner = _definition_of(node)
        if inner.type == "class_definition":
            params = constructor_params(inner, classes)
            if params is not None:
                found.append((name, params))
    return tuple(found)


def _method_signatures(class_node: Node | None,
                       class_path: tuple[str, ...]) -> tuple[tuple[str, tuple[Parameter, ...]], ...]:
    """The `Class.method` entries of `ProjectContext.signatures`: the methods of the class under test."""
    methods = method_params(class_node) if class_node is not None else {}
    return tuple((f"{class_path[-1]}.{name}", params) for name, params in methods.items())


def _enum_members(nodes: dict[str, Node], importable: set[str]) -> tuple[tuple[str, str], ...]:
    """(enum class, its first member) for the enum classes among `nodes` a test can import."""
    found: list[tuple[str, str]] = []
    for name, node in nodes.items():
        inner = _definition_of(node)
        member = first_enum_member(inner) if inner.type == "class_definition" and name in importable else None
        if member is not None:
            found.append((name, member))
    return tuple(found)


def _function_node(tree: tree_sitter.Tree, spec: FunctionSpec) -> Node | None:
    """The spec's definition, found from its row (a walk over every function costs ~50 ms at 5,000 lines)."""
    row = spec.start_line
    line = (tree.root_node.text or b"").split(b"\n", row + 1)[row] if tree.root_node.text else b""
    column = len(line) - len(line.lstrip())
    node = function_at(tree, (row, column + 1))
    if node is not None and node.start_point[0] == row:
        return node
    return find_function(tree, spec.qualname)


def _init_of(sections: list[tuple[str, str]]) -> list[str]:
    """Types named in the class outline's fields and constructor: what building an instance takes."""
    if not sections or not sections[0][0].startswith("the class "):
        return []
    return [m.group(1) for m in re.finditer(r":\s*(?:list\[|dict\[[^,\]]+,\s*|Optional\[|)([A-Z]\w*)", sections[0][1])]


def _nested_class(class_node: Node, name: str) -> Node | None:
    body = class_node.child_by_field_name("body")
    for statement in body.named_children if body else []:
        inner = _definition_of(statement)
        if inner.type == "class_definition" and _name(inner) == name:
            return inner
    return None


def _bound_names(statement: str) -> list[str]:
    try:
        parsed = ast.parse(statement).body[0]
    except (SyntaxError, IndexError):
        return []
    if not isinstance(parsed, ast.Import | ast.ImportFrom):
        return []
    return [alias.asname or alias.name.split(".")[0] for alias in parsed.names if alias.name != "*"]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def with_context(target: ImportTarget, spec: FunctionSpec, source: bytes, source_path: Path, root: Path,
                 test_file: Path) -> ImportTarget:
    """`target` carrying the project context (a failure leaves the target as it was)."""
    try:
        context = gather_context(spec, source, source_path, root, test_file, target.module,
                                 import_root=Path(target.sys_path_root))
    except Exception:  # context is a help for the prompt; never a reason to fail a request
        log.warning("could not gather context for %s", spec.qualname, exc_info=True)
        return target
    return replace(instance_setup(target, spec, context), context=context)


def instance_setup(target: ImportTarget, spec: FunctionSpec, context: ProjectContext) -> ImportTarget:
    """Build the instance a method needs from its constructor, with stand-ins for the arguments."""
    if spec.class_constructible or spec.is_constructor:  # a constructor's call builds it
        return target
    fakes = Fakes()
    built = build_instance(spec, dict(context.constructors), fakes, context.module_source)
    if built is None or fakes.fixtures:
        return target  # a setup cannot ask for fixtures: the skeleton and the prompt build it instead
    return replace(target, setup=(*fakes.all_imports(target.module, spec.class_path[0]), built, *entering(spec)),
                   note="")
