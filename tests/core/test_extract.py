"""Spec extraction from tree-sitter trees, including broken files and odd definitions."""

from __future__ import annotations

import textwrap

from testdraft.generate.documented_errors import documented_error_tests
from testdraft.parsing.languages import parse_python
from testdraft.project.imports import target_for
from testdraft.spec.extract import (
    constructor_params,
    extract_spec,
    find_function,
    function_at,
    method_params,
    module_names,
    top_level_classes,
)
from testdraft.spec.model import FunctionSpec, ParameterKind

SOURCE = textwrap.dedent(
    '''\
    import math
    from fractions import Fraction
    from . import sibling

    LIMIT = 3

    @functools.cache
    async def fetch(url: str, /, retries: int = 3, *args: int, timeout: float, **options) -> bytes:
        """Fetch a URL."""
        ...

    class Outer:
        class Inner:
            def __init__(self, size: int) -> None:
                self.size = size

            def grow(self, by=1):
                """Grow."""
                self.size += by
                return self.size

            @classmethod
            def make(cls):
                pass

        @property
        def name(self) -> str:
            raise NotImplementedError("later")

    @dataclass
    class Point:
        x: int = 0
        y: int = 0

        def norm(self):
            return math.hypot(self.x, self.y)

    def outer():
        def inner(a):
            """Nested."""
            return a
        return inner

    def broken(:
        pass
    '''
)


def spec(name: str) -> FunctionSpec:
    tree = parse_python(SOURCE.encode())
    node = find_function(tree, name)
    assert node is not None, name
    return extract_spec(node)


def test_async_decorated_signature() -> None:
    fetch = spec("fetch")
    assert fetch.is_async and fetch.decorators == ("functools.cache",)
    assert [(p.name, p.kind) for p in fetch.params] == [
        ("url", ParameterKind.POSITIONAL),
        ("retries", ParameterKind.POSITIONAL),
        ("args", ParameterKind.VAR_POSITIONAL),
        ("timeout", ParameterKind.KEYWORD_ONLY),
        ("options", ParameterKind.VAR_KEYWORD),
    ]
    assert fetch.params[1].default == "3" and fetch.params[0].annotation == "str"
    assert fetch.return_annotation == "bytes" and not fetch.is_implemented
    assert fetch.source.startswith("@functools.cache\nasync def fetch(")
    assert dict(fetch.module_imports) == {"math": "import math", "Fraction": "from fractions import Fraction"}
    assert "LIMIT" in fetch.module_definitions and "Outer" in fetch.module_definitions


def test_methods_in_nested_classes() -> None:
    grow = spec("Outer.Inner.grow")
    assert grow.class_path == ("Outer", "Inner") and grow.class_name == "Inner"
    assert grow.method_kind == "instance" and grow.is_implemented
    assert grow.class_constructible is False  # __init__ needs `size`
    assert [p.name for p in grow.call_params] == ["by"]
    assert spec("Outer.Inner.make").method_kind == "classmethod"
    name = spec("Outer.name")
    assert name.method_kind == "property" and not name.is_implemented and name.class_constructible is True


def test_dataclass_with_defaults_is_constructible() -> None:
    assert spec("Point.norm").class_constructible is True


def test_a_subclass_is_built_with_what_its_base_takes() -> None:
    source = textwrap.dedent('''\
        from dataclasses import dataclass, field

        @dataclass
        class Record:
            name: str
            email: str
            tags: list[str] = field(default_factory=list)
            key: str = field(init=False, repr=False)

        @dataclass
        class Account(Record):
            balance: int = 0

            @property
            def label(self) -> str:
                return self.name

            @label.setter
            def label(self, text: str) -> None:
                self.name = text

        class Store:
            def __init__(self, root: str) -> None:
                self.root = root

        class MemoryStore(Store):
            def size(self) -> int:
                return 0
        ''').encode()
    tree = parse_python(source)
    classes = top_level_classes(tree.root_node)
    params = constructor_params(classes["Account"], classes)
    assert params is not None
    # The base's fields first; `field(init=False)` is never passed.
    assert [(p.name, p.default) for p in params] == [
        ("name", None), ("email", None), ("tags", "field(default_factory=list)"), ("balance", "0")]
    assert [p.name for p in constructor_params(classes["MemoryStore"], classes) or ()] == ["root"]
    # Reached from another module (only Account is known there), the base is found in its own.
    assert constructor_params(classes["Account"]) == params
    label = find_function(tree, "Account.label")
    assert label is not None and extract_spec(label).method_kind == "property"  # the getter, not the setter
    assert extract_spec(label).class_constructible is False  # `Account()` misses name and email
    size = find_function(tree, "MemoryStore.size")
    assert size is not None and extract_spec(size).class_constructible is False


def test_a_base_whose_methods_raise_not_implemented_error_is_built_as_its_subclass() -> None:
    source = textwrap.dedent('''\
        from typing import TypedDict

        class Store:
            def get(self, key: str) -> str:
                """Subclasses say how."""
                raise NotImplementedError

            def snapshot(self) -> dict:
                return {"key": self.get("key")}

        class MemoryStore(Store):
            def get(self, key: str) -> str:
                return key

        class Plugin:
            def run(self) -> None:
                raise NotImplementedError("not on this platform")

        class RawRow(TypedDict):
            name: str
            email: str
        ''').encode()
    tree = parse_python(source)
    snapshot = find_function(tree, "Store.snapshot")
    assert snapshot is not None and extract_spec(snapshot).class_abstract  # MemoryStore is what tests build
    run = find_function(tree, "Plugin.run")
    assert run is not None and not extract_spec(run).class_abstract  # nothing derives from it
    classes = top_level_classes(tree.root_node)
    assert [p.name for p in constructor_params(classes["RawRow"], classes) or ()] == ["name", "email"]


def test_a_class_with_an_abstract_method_is_not_constructible() -> None:
    source = textwrap.dedent('''\
        import abc

        class Store(abc.ABC):
            @abc.abstractmethod
            def path(self) -> str: ...

            def place(self, name: str) -> str:
                """Raises:
                    ValueError: If ``name`` is empty.
                """

        class Plain(abc.ABC):
            def place(self, name: str) -> str: ...
        ''').encode()
    place = find_function(parse_python(source), "Store.place")
    assert place is not None
    store = extract_spec(place)
    assert store.class_abstract and store.class_constructible is False
    plain = find_function(parse_python(source), "Plain.place")
    assert plain is not None and not extract_spec(plain).class_abstract
    # The target builds no `Store()` (it raises TypeError); the TODO says why.
    target = target_for(store, "store", ".")
    assert target.setup == ("instance = Store(...)  # TODO: Store is abstract: build a concrete subclass",)
    assert documented_error_tests(store, target, store.raises[0], "docstring") == []


def test_nested_function_is_local() -> None:
    inner = spec("outer.<locals>.inner")
    assert inner.class_name is None and inner.docstring == "Nested."


def test_function_at_cursor_survives_broken_syntax() -> None:
    tree = parse_python(SOURCE.encode())
    row = SOURCE.splitlines().index("            self.size += by")
    node = function_at(tree, (row, 10))
    assert node is not None and extract_spec(node).qualname == "Outer.Inner.grow"
    assert function_at(tree, (0, 0)) is None  # `import math`


def test_what_a_class_and_its_methods_take_to_be_called() -> None:
    source = textwrap.dedent('''\
        class Money:
            def __new__(cls, cents: int):
                return super().__new__(cls)

            def add(self, other: "Money", *, rounding: str = "half") -> "Money":
                ...

            @staticmethod
            def parse(text: str) -> "Money":
                ...

            @classmethod
            def zero(cls) -> "Money":
                ...

            @property
            def euros(self) -> float:
                ...

            def __eq__(self, other: object) -> bool:
                ...
        ''').encode()
    money = top_level_classes(parse_python(source).root_node)["Money"]
    assert [p.name for p in constructor_params(money) or ()] == ["cents"]  # `__new__` alone builds it
    # On an instance: self and cls left out, a static method's own parameters; a property is read,
    # not called, and dunders are Python's to call.
    assert {name: [p.name for p in params] for name, params in method_params(money).items()} == {
        "add": ["other", "rounding"], "parse": ["text"], "zero": []}


def test_names_bound_in_top_level_blocks_that_run_at_import_are_the_modules() -> None:
    source = textwrap.dedent(
        """\
        try:
            import regex as _re
            REGEX = True
        except ImportError:
            REGEX = False
        if sys.version_info >= (3, 11):
            def fast(): ...
        else:
            SLOW = 1
        if TYPE_CHECKING:
            from typing import Hidden
        if __name__ == "__main__":
            DEMO = 1
        """
    )
    definitions, _ = module_names(parse_python(source.encode()).root_node)
    assert {"_re", "REGEX", "fast", "SLOW"} <= set(definitions)
    assert not {"Hidden", "DEMO"} & set(definitions)
