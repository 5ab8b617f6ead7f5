"""Plain data describing a function under test. No parsing here: see `extract` and `docstring`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ParameterKind(StrEnum):
    POSITIONAL = "positional"  # plain `a` or `a: int = 1`
    VAR_POSITIONAL = "var_positional"  # *args
    KEYWORD_ONLY = "keyword_only"  # after `*` or `*args`
    VAR_KEYWORD = "var_keyword"  # **kwargs


@dataclass(frozen=True)
class Parameter:
    name: str
    annotation: str | None = None
    default: str | None = None
    kind: ParameterKind = ParameterKind.POSITIONAL
    positional_only: bool = False  # before a `/`: passed by position, never as `name=value`


@dataclass(frozen=True)
class DocExample:
    """One example from a docstring: `source` evaluated should give `expected`.

    `source` is Python source (an expression or statements); `expected` is the
    output text as written in the docstring (None when nothing is shown, e.g. an
    assignment); `exception` is the exception class name for `Traceback` examples.
    `expected` keeps doctest's text as written (several lines, `<BLANKLINE>`, `...`).
    """

    source: str
    expected: str | None = None
    exception: str | None = None
    line: int = 0  # 0-based line inside the docstring
    options: int = 0  # doctest option flags in force (doctest.ELLIPSIS, ...), from directives
    message: str | None = None  # the exception's message when the traceback shows one


@dataclass(frozen=True)
class RaisesEntry:
    exception: str
    condition: str = ""


# What `Class(...)` runs: a test of one calls the class.
CONSTRUCTORS = ("__init__", "__new__")


@dataclass(frozen=True)
class FunctionSpec:
    """A function's contract, as far as the source says it.

    Positions are 0-based rows of the source file. `is_implemented` is False when the
    body is only a docstring, `pass`, `...` or `raise NotImplementedError`: the tests
    for such a function are pending, not failing (TDD).
    """

    name: str
    qualname: str  # "Class.method" or "outer.<locals>" free name
    params: tuple[Parameter, ...]
    return_annotation: str | None
    docstring: str | None
    summary: str
    examples: tuple[DocExample, ...]
    raises: tuple[RaisesEntry, ...]
    is_async: bool
    decorators: tuple[str, ...]
    is_implemented: bool
    source: str  # the function's text, dedented
    signature: str  # the `def` line(s), dedented, up to the colon
    start_line: int
    end_line: int
    class_name: str | None = None  # innermost enclosing class, if a method
    class_path: tuple[str, ...] = ()  # enclosing classes, outermost first
    class_constructible: bool | None = None  # can `Class()` be called without arguments?
    class_abstract: bool = False  # it declares an abstract method: `Class()` raises
    class_entered: bool = False  # it defines `__enter__`: its instances are used inside `with`
    enum_member: str | None = None  # the class is an Enum: its first member, an instance to use
    method_kind: str | None = None  # "instance", "classmethod", "staticmethod", "property"
    # Names the examples may use besides the function: top-level definitions of the module,
    # and imported names with the import statement that brought them in.
    module_definitions: tuple[str, ...] = ()
    module_imports: tuple[tuple[str, str], ...] = ()
    # Imports that do not bind the name in the module at run time: under `if TYPE_CHECKING:`,
    # or inside the function. The statement still imports it (made absolute when relative).
    deferred_imports: tuple[tuple[str, str], ...] = ()
    # Other names the module binds a top-level function to (`Table.cut = cut`, `toarray =
    # valuestoarray`): a call through one of them calls the function.
    aliases: tuple[str, ...] = ()
    # `from x import *` statements at the module's top level (relative ones as written): the
    # names they bring in are the module's too (`from module import name` reaches them).
    star_imports: tuple[str, ...] = ()
    # Whose docstring the examples come from when not the function's own: a class
    # ("Outer.Inner") or the module (""); None for its own (or none).
    examples_owner: str | None = None

    @property
    def is_method(self) -> bool:
        return self.class_name is not None

    @property
    def is_constructor(self) -> bool:
        """`__init__` or `__new__` of a class: `Class(...)` runs it."""
        return self.class_name is not None and self.name in CONSTRUCTORS

    @property
    def call_params(self) -> tuple[Parameter, ...]:
        """Parameters a caller passes: `self`/`cls` dropped for methods."""
        if self.method_kind in ("instance", "classmethod", "property") and self.params:
            return self.params[1:]
        return self.params
