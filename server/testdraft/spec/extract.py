"""FunctionSpec from a tree-sitter Python tree.

Everything here is tree-sitter work on the already parsed tree, so it is cheap enough
for `textDocument/codeAction`. It tolerates broken syntax elsewhere in the file: only
the function under the cursor has to make sense.
"""

from __future__ import annotations

import ast
import functools
import inspect
import re
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import replace

import tree_sitter

from testdraft.spec.docstring import examples_building, examples_using, parse_examples, parse_raises, summary_of
from testdraft.spec.locate import NOT_IMPLEMENTED
from testdraft.spec.model import CONSTRUCTORS, FunctionSpec, Parameter, ParameterKind

Node = tree_sitter.Node



def _text(node: Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", errors="replace")


def function_at(tree: tree_sitter.Tree, point: tuple[int, int]) -> Node | None:
    """The innermost function definition containing `point` (row, byte column); on a class's
    header or docstring, the constructor the class defines (its tests build the class)."""
    node: Node | None = tree.root_node.descendant_for_point_range(point, point)
    while node is not None:
        if node.type == "function_definition":
            return node
        if node.type == "class_definition":
            return _constructor_at(node, point)
        node = node.parent
    return None


def _constructor_at(class_node: Node, point: tuple[int, int]) -> Node | None:
    body = class_node.child_by_field_name("body")
    docstring = docstring_node(class_node)
    on_header = body is None or point < body.start_point
    on_docstring = docstring is not None and docstring.start_point <= point <= docstring.end_point
    if not (on_header or on_docstring) or body is None:
        return None
    for child in body.named_children:
        definition = _undecorated(child)
        if definition.type == "function_definition" and _text(definition.child_by_field_name("name")) in CONSTRUCTORS:
            return definition
    return None


def iter_functions(tree: tree_sitter.Tree) -> Iterator[Node]:
    """Every function definition, outermost first, in source order."""
    stack = [tree.root_node]
    while stack:
        node = stack.pop()
        if node.type == "function_definition":
            yield node
        stack.extend(reversed(node.named_children))


def find_function(tree: tree_sitter.Tree, qualname: str) -> Node | None:
    """A function by dotted name: `func`, `Class.method`, `Outer.Inner.method`.

    The last definition of the name wins, as at run time (and in `spec.locate`), except a
    property's setter or deleter: the getter stays."""
    found = None
    for node in iter_functions(tree):
        if qualified_name(node) == qualname:
            if found is not None and any(d.endswith((".setter", ".deleter")) for d in _decorators(node)):
                continue  # a property's other half: its getter is what tests read
            found = node
    return found


def qualified_name(function: Node) -> str:
    parts = [_text(function.child_by_field_name("name"))]
    parent = function.parent
    while parent is not None:
        if parent.type in ("class_definition", "function_definition"):
            parts.append(_text(parent.child_by_field_name("name")))
            if parent.type == "function_definition":
                parts.append("<locals>")
                parts[-1], parts[-2] = parts[-2], parts[-1]
        parent = parent.parent
    return ".".join(reversed(parts))


def _decorators(definition: Node) -> tuple[str, ...]:
    parent = definition.parent
    if parent is None or parent.type != "decorated_definition":
        return ()
    return tuple(_text(child)[1:].strip() for child in parent.named_children if child.type == "decorator")


def _parameters(function: Node) -> tuple[Parameter, ...]:
    params_node = function.child_by_field_name("parameters")
    if params_node is None:
        return ()
    params: list[Parameter] = []
    keyword_only = False
    for child in params_node.named_children:
        kind = ParameterKind.KEYWORD_ONLY if keyword_only else ParameterKind.POSITIONAL
        annotation = _text(child.child_by_field_name("type")) or None
        default = _text(child.child_by_field_name("value")) or None
        if child.type == "identifier":
            params.append(Parameter(_text(child), kind=kind))
        elif child.type in ("typed_parameter", "default_parameter", "typed_default_parameter"):
            name_node = child.child_by_field_name("name")
            inner = name_node if name_node is not None else child.named_children[0]
            if inner.type == "list_splat_pattern":
                keyword_only = True
                params.append(Parameter(_text(inner).lstrip("*"), annotation, kind=ParameterKind.VAR_POSITIONAL))
            elif inner.type == "dictionary_splat_pattern":
                params.append(Parameter(_text(inner).lstrip("*"), annotation, kind=ParameterKind.VAR_KEYWORD))
            else:
                params.append(Parameter(_text(inner), annotation, default, kind))
        elif child.type == "list_splat_pattern":
            keyword_only = True
            params.append(Parameter(_text(child).lstrip("*"), kind=ParameterKind.VAR_POSITIONAL))
        elif child.type == "dictionary_splat_pattern":
            params.append(Parameter(_text(child).lstrip("*"), kind=ParameterKind.VAR_KEYWORD))
        elif child.type == "keyword_separator":
            keyword_only = True
        elif child.type == "positional_separator":
            params = [replace(param, positional_only=True) for param in params]
    return tuple(params)


def docstring_node(function: Node) -> Node | None:
    """The docstring of a function, class or module (the tree's root) node."""
    body = function if function.type == "module" else function.child_by_field_name("body")
    statements = [child for child in body.named_children if child.type != "comment"] if body is not None else []
    if not statements:  # comments are no statements: a license header does not hide the docstring
        return None
    first = statements[0]
    if first.type == "expression_statement" and first.named_children:
        string = first.named_children[0]
        if string.type in ("string", "concatenated_string"):
            return string
    return None


def _docstring(function: Node) -> str | None:
    node = docstring_node(function)
    if node is None:
        return None
    try:
        value = ast.literal_eval(_text(node))
    except (SyntaxError, ValueError):
        return None
    # Cleaned like `inspect.getdoc`: examples' line numbers refer to the cleaned text.
    return inspect.cleandoc(value) if isinstance(value, str) else None


def _is_placeholder_statement(statement: Node) -> bool:
    """`spec.locate.is_stub_statement` on a tree-sitter node (comments aside)."""
    if statement.type == "pass_statement":
        return True
    if statement.type == "expression_statement":
        only = statement.named_children[0] if statement.named_children else None
        if only is None or only.type not in ("ellipsis", "string", "concatenated_string"):
            return False
        return not any(child.type == "interpolation" for child in _descendants(only))  # f-strings run code
    if statement.type == "raise_statement":
        raised = statement.named_children[0] if statement.named_children else None
        if raised is not None and raised.type == "call":
            raised = raised.child_by_field_name("function")
        return raised is not None and raised.type == "identifier" and _text(raised) in NOT_IMPLEMENTED
    return statement.type == "comment"


def _descendants(node: Node) -> Iterator[Node]:
    for child in node.children:
        yield child
        yield from _descendants(child)


def is_implemented(function: Node) -> bool:
    """False for a body of only a docstring, `pass`, `...` or `raise NotImplementedError`."""
    body = function.child_by_field_name("body")
    if body is None:
        return False
    return not all(_is_placeholder_statement(statement) for statement in body.named_children)


def _enclosing_classes(function: Node) -> list[Node]:
    classes: list[Node] = []
    parent = function.parent
    while parent is not None:
        if parent.type == "class_definition":
            classes.append(parent)
        elif parent.type == "function_definition":
            break  # a class inside a function is not reachable from a test
        parent = parent.parent
    return list(reversed(classes))


def _direct_class(function: Node) -> Node | None:
    """The class whose body holds `function` directly (through a decorator at most)."""
    parent = function.parent
    if parent is not None and parent.type == "decorated_definition":
        parent = parent.parent
    if parent is not None and parent.type == "block":
        owner = parent.parent
        if owner is not None and owner.type == "class_definition":
            return owner
    return None


def is_generator(spec: FunctionSpec) -> bool:
    """Whether the function's own body yields (a nested function's `yield` does not count): a
    call runs nothing until it is iterated (an async one, with `async for`)."""
    return _yields(spec.source)


@functools.lru_cache(maxsize=256)  # asked up to three times per suggestion, of one source
def _yields(source: str) -> bool:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return False
    function = next((node for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)), None)
    if function is None:
        return False
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Yield | ast.YieldFrom):
            return True
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            pending.extend(ast.iter_child_nodes(node))
    return False


def decorator_name(decorator: str) -> str:
    """The decorator's own name, without its module or arguments: `abc.abstractmethod` ->
    `abstractmethod`, `functools.lru_cache(maxsize=8)` -> `lru_cache`."""
    return decorator.split("(")[0].rsplit(".", 1)[-1].strip()


def is_context_manager(spec: FunctionSpec) -> bool:
    """A `@contextmanager` (or async) function: a call does nothing until a `with` enters it."""
    return any(decorator_name(decorator) in ("contextmanager", "asynccontextmanager") for decorator in spec.decorators)


# The decorators that say how a method is called (what `_method_kind` reads).
METHOD_KIND_DECORATORS = ("staticmethod", "classmethod", "property", "cached_property")


def _method_kind(decorators: tuple[str, ...]) -> str:
    names = {decorator_name(decorator) for decorator in decorators}
    if "staticmethod" in names:
        return "staticmethod"
    if "classmethod" in names:
        return "classmethod"
    if "property" in names or "cached_property" in names:
        return "property"
    return "instance"


def _assignment(statement: Node) -> Node | None:
    """The assignment an expression statement holds (`x = 1`, `x: int`, `Table.cut = cut`), else None."""
    if statement.type != "expression_statement" or not statement.named_children:
        return None
    child = statement.named_children[0]
    return child if child.type == "assignment" else None


def _undecorated(statement: Node) -> Node:
    """A body's statement without its decorators: the `def` or `class` of a decorated one."""
    return statement.named_children[-1] if statement.type == "decorated_definition" else statement


def _module_root(node: Node) -> Node:
    """The module a node belongs to (the root of its tree)."""
    while node.parent is not None:
        node = node.parent
    return node


def is_abstract(class_node: Node) -> bool:
    """Does the class declare an abstract method? Then `Class()` raises TypeError; a test
    needs a concrete subclass. So does a base class whose method only raises
    NotImplementedError, where the module derives a class from it: its own instances fail
    wherever that method is called, and the subclass is what the code uses."""
    body = class_node.child_by_field_name("body")
    unimplemented = False
    for statement in body.named_children if body else []:
        if statement.type == "decorated_definition" and any(
            decorator_name(decorator).startswith("abstract") for decorator in _decorators(statement.named_children[-1])
        ):
            return True
        definition = _undecorated(statement)
        unimplemented |= definition.type == "function_definition" and _raises_not_implemented(definition)
    return unimplemented and _derived_from_in_module(class_node)


def _raises_not_implemented(function: Node) -> bool:
    """A body of a docstring and `raise NotImplementedError(...)` (not `pass` or `...`: a hook)."""
    body = function.child_by_field_name("body")
    statements = [s for s in (body.named_children if body else []) if s.type != "comment"]
    return bool(statements) and statements[-1].type == "raise_statement" and "NotImplementedError" in _text(
        statements[-1]) and all(_is_placeholder_statement(s) for s in statements)


def _derived_from_in_module(class_node: Node) -> bool:
    """Whether another top-level class of the module names this one as a base."""
    name = _text(class_node.child_by_field_name("name"))
    return any(name in base_names(node) for node in top_level_classes(_module_root(class_node)).values()
               if node is not class_node)


def is_entered(class_node: Node) -> bool:
    """Does the class define `__enter__`? Then its instances are meant to be used inside a
    `with` block, and its methods may refuse to work outside one."""
    body = class_node.child_by_field_name("body")
    for statement in body.named_children if body else []:
        definition = _undecorated(statement)
        if definition.type == "function_definition" and _text(definition.child_by_field_name("name")) == "__enter__":
            return True
    return False


def base_names(class_node: Node) -> list[str]:
    """The class's bases by their own names: `abc.ABC` -> `ABC`, `Generic[T]` -> `Generic[T]`."""
    superclasses = class_node.child_by_field_name("superclasses")
    return [_text(base).rsplit(".", 1)[-1] for base in superclasses.named_children] if superclasses else []


def concrete_subclasses(root: Node, class_name: str) -> list[tuple[str, tuple[Parameter, ...] | None]]:
    """The module's top-level classes that derive from `class_name` directly and are not abstract
    themselves, with what their constructor takes (`constructor_params`): an abstract class's
    method is tested on one of them."""
    found: list[tuple[str, tuple[Parameter, ...] | None]] = []
    for statement in root.named_children:
        node = _undecorated(statement)
        if node.type == "class_definition" and class_name in base_names(node) and not is_abstract(node):
            found.append((_text(node.child_by_field_name("name")), constructor_params(node)))
    return found


_ENUM_BASES = frozenset({"Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"})


def first_enum_member(class_node: Node) -> str | None:
    """The first member of an enum class (`GOLD = "gold"` in `class Tier(Enum)`): its instances
    are its members, never `Tier()`. None for other classes."""
    if not _ENUM_BASES.intersection(base_names(class_node)):
        return None
    body = class_node.child_by_field_name("body")
    for statement in body.named_children if body else []:
        assignment = _assignment(statement)
        left = assignment.child_by_field_name("left") if assignment is not None else None
        if left is not None and left.type == "identifier" and not _text(left).startswith("_"):
            return _text(left)
    return None


def method_params(class_node: Node) -> dict[str, tuple[Parameter, ...]]:
    """What a call of each method on an instance takes (`log.emit(kind, **fields)`: self left
    out), for the methods the class defines itself whose signature a decorator keeps; dunders
    are called by Python, not by tests."""
    body = class_node.child_by_field_name("body")
    found: dict[str, tuple[Parameter, ...]] = {}
    for statement in body.named_children if body else []:
        method = _undecorated(statement)
        name = _text(method.child_by_field_name("name"))
        if method.type != "function_definition" or name.startswith("__"):
            continue
        decorators = {decorator_name(decorator) for decorator in _decorators(method)}
        if decorators - {"staticmethod", "classmethod", "abstractmethod", "override"}:
            continue  # a property, a cache or a wrapper may take other arguments
        params = _parameters(method)
        found[name] = params if "staticmethod" in decorators else params[1:]
    return found


def top_level_classes(root: Node) -> dict[str, Node]:
    """The module's top-level class definitions, by name."""
    found: dict[str, Node] = {}
    for statement in root.named_children:
        node = _undecorated(statement)
        if node.type == "class_definition":
            found[_text(node.child_by_field_name("name"))] = node
    return found


def class_constructible(class_node: Node, classes: Mapping[str, Node] = {}) -> bool | None:
    """Whether `Class()` works without arguments: True, False, or None when unknown. A class
    deriving from one of `classes` takes what `constructor_params` says (a dataclass also
    takes its base dataclass's fields)."""
    if is_abstract(class_node):
        return False
    if any(base in classes for base in base_names(class_node)):
        params = constructor_params(class_node, classes)
        if params is not None:
            return all(param.default is not None
                       or param.kind in (ParameterKind.VAR_POSITIONAL, ParameterKind.VAR_KEYWORD) for param in params)
    body = class_node.child_by_field_name("body")
    decorators = _decorators(class_node)
    superclasses = class_node.child_by_field_name("superclasses")
    bases = [_text(base) for base in superclasses.named_children] if superclasses else []
    init = None
    for statement in body.named_children if body else []:
        target = _undecorated(statement)
        if target.type == "function_definition" and _text(target.child_by_field_name("name")) == "__init__":
            init = target
    if init is not None:
        params = _parameters(init)[1:]
        return all(
            param.default is not None or param.kind in (ParameterKind.VAR_POSITIONAL, ParameterKind.VAR_KEYWORD)
            for param in params
        )
    if any("dataclass" in decorator for decorator in decorators):
        for statement in body.named_children if body else []:
            assignment = _assignment(statement)
            if assignment is not None and assignment.child_by_field_name("type") is not None \
                    and assignment.child_by_field_name("right") is None:
                return False  # a dataclass field without a default
        return True
    if not bases or all(base in ("object", "ABC") or base.startswith("metaclass") for base in bases):
        return True
    return None  # an inherited __init__ we cannot see


def constructor_params(class_node: Node, classes: Mapping[str, Node] = {},
                       depth: int = 0) -> tuple[Parameter, ...] | None:
    """What `Class(...)` takes: `__init__`'s parameters, else a dataclass's fields (after those
    of a dataclass it derives from), else what its base's constructor takes; None when unknown.
    `classes` are the class definitions a base may be, by name (the module's, the imports')."""
    if is_abstract(class_node):
        return None  # no arguments build it
    body = class_node.child_by_field_name("body")
    statements = body.named_children if body else []
    builders = {_text(target.child_by_field_name("name")): target for statement in statements
                if (target := _undecorated(statement)).type == "function_definition"}
    for builder in ("__init__", "__new__"):  # `__new__(cls, value)` alone takes what it takes
        if builder in builders:
            return _parameters(builders[builder])[1:]
    bases = base_names(class_node)
    # A base in the class's own module, wherever the class is used from.
    classes = {**top_level_classes(_module_root(class_node)), **classes}
    known_bases = [classes[base] for base in bases if base in classes and classes[base] is not class_node]
    inherited = constructor_params(known_bases[0], classes, depth + 1) \
        if len(known_bases) == 1 and len(bases) == 1 and depth < 5 else None
    decorators = _decorators(class_node)
    if not any("dataclass" in decorator for decorator in decorators) and not {"NamedTuple", "TypedDict"} & set(bases):
        if decorators:
            return None  # another class decorator (attrs' `@define`) may write `__init__`
        return () if not bases else inherited  # a subclass without __init__ is built as its base is
    own: list[Parameter] = []
    for statement in statements:
        assignment = _assignment(statement)
        annotation = assignment.child_by_field_name("type") if assignment is not None else None
        if assignment is None or annotation is None:
            continue
        left = assignment.child_by_field_name("left")
        if left is None or left.type != "identifier" or "ClassVar" in _text(annotation):
            continue
        right = assignment.child_by_field_name("right")
        default = _text(right) or None
        if default is not None and re.search(r"\binit\s*=\s*False\b", default):
            continue  # `field(init=False)`: set by the class itself, never passed
        if default is not None and "field(" in default and "default" not in default:
            default = None  # field(...) without a default is still required
        own.append(Parameter(_text(left), _text(annotation), default))
    # A dataclass's fields follow those of the dataclass it derives from (a field it redefines
    # keeps its place there).
    base_is_dataclass = bool(known_bases) and any("dataclass" in d for d in _decorators(known_bases[0]))
    fields = {param.name: param for param in (inherited or ()) if base_is_dataclass}
    fields.update({param.name: param for param in own})
    return tuple(fields.values())


def _signature(function: Node) -> str:
    """The `def` header up to its colon (continuation lines keep their indentation)."""
    body = function.child_by_field_name("body")
    end = (body.start_byte if body is not None else function.end_byte) - function.start_byte
    return (function.text or b"")[:end].decode("utf-8", errors="replace").rstrip()


def _definition(function: Node) -> Node:
    """The function with its decorators, if any."""
    parent = function.parent
    return parent if parent is not None and parent.type == "decorated_definition" else function


_IMPORT_KINDS = ("import_statement", "import_from_statement")


def module_names(root: Node) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Top-level definitions, and imported names with their (absolute) import statement."""
    definitions: list[str] = []
    imports: list[tuple[str, str]] = []
    for statement in root.named_children:
        node = _undecorated(statement)
        if _binds_at_import(node):
            # `try: import regex as _re; REGEX = True / except ImportError: ...`: whichever
            # branch runs binds the name in the module, so the test imports it from there.
            definitions.extend(name for name in _bound_in_blocks(node) if name not in definitions)
        elif (defined := _defined_name(node)) is not None:
            definitions.append(defined)
        elif node.type in _IMPORT_KINDS:
            imports.extend(_imported_names(node))
            definitions.extend(_relative_names(node))
    return tuple(definitions), tuple(imports)


def _defined_name(node: Node) -> str | None:
    """The name a `def`, a `class` or an assignment to a plain name binds, else None."""
    if node.type in ("function_definition", "class_definition"):
        return _text(node.child_by_field_name("name"))
    assignment = _assignment(node)
    left = assignment.child_by_field_name("left") if assignment is not None else None
    return _text(left) if left is not None and left.type == "identifier" else None


def _is_type_checking(node: Node) -> bool:
    condition = node.child_by_field_name("condition") if node.type == "if_statement" else None
    return condition is not None and _text(condition).split(".")[-1] == "TYPE_CHECKING"


def _binds_at_import(node: Node) -> bool:
    """A top-level `try` or `if` whose blocks run when a test imports the module: not `if
    TYPE_CHECKING:`, not `if __name__ == "__main__":`."""
    if node.type == "try_statement":
        return True
    condition = node.child_by_field_name("condition") if node.type == "if_statement" else None
    return condition is not None and not _is_type_checking(node) and "__main__" not in _text(condition)


def _bound_in_blocks(compound: Node) -> list[str]:
    """Names the blocks of a top-level `try` or `if` bind (definitions, assignments, imports)."""
    names: list[str] = []
    clauses = ("except_clause", "else_clause", "elif_clause", "finally_clause", "except_group_clause")
    blocks = [child for child in compound.named_children if child.type == "block"]
    blocks += [block for clause in compound.named_children if clause.type in clauses
               for block in clause.named_children if block.type == "block"]
    for block in blocks:
        for statement in block.named_children:
            node = _undecorated(statement)
            if _binds_at_import(node):
                names += _bound_in_blocks(node)
            elif (defined := _defined_name(node)) is not None:
                names.append(defined)
            elif node.type in _IMPORT_KINDS:
                names += [bound for bound, _ in _imported_names(node, keep_relative=True)]
    return names


def star_imports(root: Node) -> tuple[str, ...]:
    """The module's top-level `from x import *` statements."""
    return tuple(_text(node) for node in root.named_children
                 if node.type == "import_from_statement" and any(c.type == "wildcard_import" for c in node.children))


def function_aliases(root: Node, name: str) -> tuple[str, ...]:
    """Names a top-level assignment binds the function `name` to: `toarray = valuestoarray`
    gives `toarray`, `Table.cut = cut` gives `cut` (the attribute a method call goes through)."""
    found: list[str] = []
    for statement in root.named_children:
        assignment = _assignment(statement)
        if assignment is None:
            continue
        right = assignment.child_by_field_name("right")
        left = assignment.child_by_field_name("left")
        if right is None or left is None or right.type != "identifier" or _text(right) != name:
            continue
        target = left.child_by_field_name("attribute") if left.type == "attribute" else left
        alias = _text(target) if target is not None and target.type == "identifier" else ""
        if alias and alias not in found:
            found.append(alias)
    return tuple(found)


def deferred_imports(root: Node, function: Node) -> tuple[tuple[str, str], ...]:
    """Imports made only for type checkers (`if TYPE_CHECKING:` at top level) or inside
    `function`: a test may import those names itself, though the module does not bind them."""
    statements: list[Node] = []
    for node in root.named_children:
        if _is_type_checking(node):
            block = node.child_by_field_name("consequence")
            statements += [child for child in block.named_children if child.type in _IMPORT_KINDS] if block else []
    statements += _imports_inside(function.child_by_field_name("body"))
    found: list[tuple[str, str]] = []
    for statement in statements:
        found += _imported_names(statement, keep_relative=True)
    return tuple(found)


def _imports_inside(node: Node | None) -> list[Node]:
    """Import statements in a body, nested functions and classes left out (their own scope)."""
    if node is None:
        return []
    found: list[Node] = []
    for child in node.named_children:
        if child.type in _IMPORT_KINDS:
            found.append(child)
        elif child.type not in ("function_definition", "class_definition", "decorated_definition"):
            found += _imports_inside(child)
    return found


def _relative_names(statement: Node) -> list[str]:
    """Names a relative import binds: the module holds them, so `from module import name` works."""
    try:
        parsed = ast.parse(_text(statement)).body[0]
    except (SyntaxError, IndexError):
        return []
    if not isinstance(parsed, ast.ImportFrom) or not parsed.level:
        return []
    return [alias.asname or alias.name for alias in parsed.names if alias.name != "*"]


def _imported_names(statement: Node, keep_relative: bool = False) -> list[tuple[str, str]]:
    """(bound name, one-name import statement) for each name `statement` imports. Relative
    imports are left out unless `keep_relative` (they mean nothing outside the package; see
    `testdraft.generate.pytest_code.absolute_import`)."""
    try:
        parsed = ast.parse(_text(statement)).body[0]
    except (SyntaxError, IndexError):
        return []
    if isinstance(parsed, ast.ImportFrom) and parsed.level and not keep_relative:
        return []
    if not isinstance(parsed, (ast.Import, ast.ImportFrom)):
        return []
    names: list[tuple[str, str]] = []
    for alias in parsed.names:
        bound = alias.asname or alias.name.split(".")[0]
        if alias.name == "*":
            continue
        single = (
            ast.Import(names=[alias])
            if isinstance(parsed, ast.Import)
            else ast.ImportFrom(module=parsed.module, names=[alias], level=parsed.level)
        )
        names.append((bound, ast.unparse(single)))
    return names


def extract_spec(function: Node) -> FunctionSpec:
    """Everything a test generator needs to know about one function definition."""
    name = _text(function.child_by_field_name("name"))
    decorators = _decorators(function)
    params = _parameters(function)
    docstring = _docstring(function)
    direct_class = _direct_class(function)
    classes = _enclosing_classes(function) if direct_class is not None else []
    method_kind = _method_kind(decorators) if direct_class is not None else None
    definition = _definition(function)
    raw = (definition.text or b"").decode("utf-8", errors="replace")
    source = textwrap.dedent(" " * definition.start_point[1] + raw)
    return_type = function.child_by_field_name("return_type")
    is_async = any(child.type == "async" for child in function.children)
    root = _module_root(function)
    definitions, imports = module_names(root)
    param_names = [param.name for param in params if param.name not in ("self", "cls")]
    examples = parse_examples(docstring, name, param_names)
    examples_owner = None
    if not examples and name in CONSTRUCTORS and direct_class is not None:  # the class shows how it is built
        examples = examples_building(_docstring(direct_class), _text(direct_class.child_by_field_name("name")))
        examples_owner = qualified_name(direct_class) if examples else None
    for owner in [*reversed(classes), root] if not examples else []:  # the class's, then the module's
        examples = examples_using(_docstring(owner), name)
        if examples:
            examples_owner = qualified_name(owner) if owner is not root else ""
            break
    return FunctionSpec(
        name=name,
        qualname=qualified_name(function),
        params=params,
        return_annotation=_text(return_type) or None,
        docstring=docstring,
        summary=summary_of(docstring),
        examples=examples,
        raises=parse_raises(docstring),
        is_async=is_async,
        decorators=decorators,
        is_implemented=is_implemented(function),
        source=source,
        signature=_signature(function),
        start_line=function.start_point[0],
        end_line=function.end_point[0],
        class_name=_text(direct_class.child_by_field_name("name")) if direct_class is not None else None,
        class_path=tuple(_text(node.child_by_field_name("name")) for node in classes),
        class_constructible=class_constructible(direct_class, top_level_classes(root))
        if direct_class is not None else None,
        class_abstract=direct_class is not None and is_abstract(direct_class),
        class_entered=direct_class is not None and is_entered(direct_class),
        enum_member=first_enum_member(direct_class) if direct_class is not None else None,
        method_kind=method_kind,
        module_definitions=definitions,
        module_imports=imports,
        deferred_imports=deferred_imports(root, function),
        aliases=function_aliases(root, name) if direct_class is None else (),
        star_imports=star_imports(root),
        examples_owner=examples_owner,
    )
