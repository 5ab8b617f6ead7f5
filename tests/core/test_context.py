"""The project context the model sees (issue 16), the stand-ins the skeleton builds, and the
checks that keep invented names out of model tests. Real files, real tree-sitter and jedi."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest
from tests.conftest import write_files as write

from testdraft.generate.base import ImportTarget
from testdraft.generate.fakes import Fakes, annotation_head, fake_value, is_collaborator
from testdraft.generate.names import unknown_attributes, unknown_imports, unknown_names
from testdraft.model.parse_output import parse_chat_output
from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.pipeline import _request, read_disk, spec_named
from testdraft.project.context import (
    ASYNC_ANYIO,
    ASYNC_AUTO,
    ASYNC_RUN,
    ASYNC_STRICT,
    Fixture,
    _module_files,
    async_mode,
    gather_context,
    parameter_fixtures,
)
from testdraft.spec.model import FunctionSpec

SHOP = {
    "pyproject.toml": '[project]\nname = "shop"\n',
    "shop/__init__.py": "",
    "shop/models.py": """
        from dataclasses import dataclass, field


        @dataclass(frozen=True)
        class Item:
            '''A product.'''

            sku: str
            price_cents: int
            tags: list[str] = field(default_factory=list)
        """,
    "shop/cart.py": """
        from shop.models import Item


        def line_total(item: Item, qty: int) -> int:
            '''Price of `qty` units of `item`.'''
            return item.price_cents * qty


        class Cart:
            '''Items a customer is about to buy.'''

            def __init__(self, owner: str, limit: int = 20) -> None:
                self.owner = owner
                self.lines: dict[str, tuple[Item, int]] = {}

            def add(self, item: Item, qty: int = 1) -> int:
                '''Add `qty` units of `item`; return the new quantity.'''
                self.lines[item.sku] = (item, qty)
                return line_total(item, qty)

            def total(self) -> int:
                '''Sum of the lines.'''

        """,
    "shop/pricing.py": """
        async def fetch_price(client, sku: str) -> int:
            '''The price of `sku` from `await client.get_json(path)`.'''
            data = await client.get_json(f"/prices/{sku}")
            return int(data["cents"])
        """,
    "tests/conftest.py": """
        import pytest
        from shop.cart import Cart


        @pytest.fixture
        def cart() -> Cart:
            return Cart("ada")


        @pytest.fixture
        def unrelated() -> int:
            return 3
        """,
    "tests/test_cart.py": """
        from shop.cart import Cart


        def test_empty_cart(cart: Cart) -> None:
            assert cart.lines == {}


        def test_something_else() -> None:
            assert 1 + 1 == 2
        """,
}


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    write(tmp_path, SHOP)
    return tmp_path


def request_for(project: Path, target: str) -> tuple[FunctionSpec, ImportTarget]:
    path_text, name = target.split("::")
    path = project / path_text
    spec = spec_named(path.read_bytes(), name)
    request = _request(path, spec, read_disk, rank=False)
    return spec, request.target


def test_method_sees_its_class_the_types_it_takes_the_callees_fixtures_and_an_existing_test(shop: Path) -> None:
    _, target = request_for(shop, "shop/cart.py::Cart.add")
    context = target.context
    assert context is not None
    titles = [title for title, _ in context.sections]
    code = dict(context.sections)
    assert titles[0] == "the class Cart (from shop.cart)"
    assert "def __init__(self, owner: str, limit: int = 20) -> None:" in code[titles[0]]
    assert "def total(self) -> int:" in code[titles[0]]  # the other methods' signatures
    assert "def add(" not in code[titles[0]]  # the function under test is shown on its own
    # Item lives in another module: jedi finds it, tree-sitter outlines its dataclass fields.
    assert "tags: list[str] = field(default_factory=list)" in code["Item (imported in shop.cart)"]
    assert "def line_total(item: Item, qty: int) -> int:" in code["line_total (from shop.cart)"]
    assert "return item.price_cents" not in context.render()  # callees: signature and docstring only
    assert context.fitting_fixtures == ("cart",)  # builds a Cart; `unrelated` does not fit
    assert "test_empty_cart" in context.render() and "test_something_else" not in context.render()
    assert context.test_imports[-1] == "from shop.cart import Cart, Item"
    members = dict(context.class_members)
    assert {"owner", "lines", "add", "total"} <= members["Cart"]
    assert {"sku", "price_cents", "tags"} <= members["Item"]  # the dataclass it takes
    # The instance is built from the constructor, not left as `Cart(...)` with a TODO.
    assert target.setup == ('instance = Cart(owner="text")',) and target.note == ""


def test_a_classmethod_is_not_offered_a_fixture_that_only_builds_its_class(shop: Path) -> None:
    # Offered `cart`, the model tested that instance and never called `Cart.from_items(...)`.
    cart_py = shop / "shop/cart.py"
    cart_py.write_text(cart_py.read_text() + textwrap.indent(textwrap.dedent('''
        @classmethod
        def from_items(cls, owner: str, items: list[Item]) -> "Cart":
            """A cart for `owner` with one unit of each item."""

        @classmethod
        def merged(cls, first: "Cart", second: "Cart") -> "Cart":
            """One cart holding both carts' lines."""

        @staticmethod
        def price_text(cents: int) -> str:
            """Cents as a price: 1234 -> '$12.34'."""
        '''), "    "))
    for name, fitting in (("from_items", ()), ("merged", ("cart",)), ("price_text", ("cart",)), ("add", ("cart",))):
        _, target = request_for(shop, f"shop/cart.py::Cart.{name}")
        assert target.context is not None
        assert target.context.fitting_fixtures == fitting, name
    # A fixture that builds the class through the method shows a call that works: it stays.
    conftest = shop / "tests/conftest.py"
    conftest.write_text(conftest.read_text().replace('return Cart("ada")', 'return Cart.from_items("ada", [])'))
    _, target = request_for(shop, "shop/cart.py::Cart.from_items")
    assert target.context is not None and target.context.fitting_fixtures == ("cart",)


def test_a_method_of_a_context_manager_class_runs_on_an_entered_instance(shop: Path) -> None:
    (shop / "shop/batches.py").write_text(
        "class Batch:\n    def __init__(self, owner: str) -> None:\n        self.owner, self.open = owner, False\n\n"
        "    def __enter__(self) -> 'Batch':\n        self.open = True\n        return self\n\n"
        "    def __exit__(self, *exc: object) -> None:\n        self.open = False\n\n"
        "    def add(self, sku: str) -> int:\n        \"\"\"Add one SKU to the open batch.\"\"\"\n")
    spec, target = request_for(shop, "shop/batches.py::Batch.add")
    assert target.setup == ('instance = Batch(owner="text")', "instance.__enter__()")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "system")
    assert "Batch is a context manager: use it inside `with Batch(...) as batch:`." in prompt.messages[1]["content"]
    spec, target = request_for(shop, "shop/batches.py::Batch.__exit__")
    assert target.setup == ('instance = Batch(owner="text")',)  # its own dunders run on it as it is


def test_an_imported_class_is_found_on_disk_where_jedi_gives_no_answer(shop: Path) -> None:
    cart = shop / "shop/cart.py"
    assert _module_files("from shop.models import Item", cart, shop) == [shop / "shop/models.py"]
    assert _module_files("from .models import Item", cart, shop) == [shop / "shop/models.py"]
    assert _module_files("from elsewhere import Item", cart, shop) == []
    assert _module_files("import shop.models", cart, shop) == []


def test_tdd_prompt_does_not_show_callees_of_a_body_that_is_not_written(shop: Path) -> None:
    _, target = request_for(shop, "shop/cart.py::Cart.total")
    assert target.context is not None
    assert "line_total" not in target.context.render()


def test_the_prompt_carries_the_context_and_imports_what_the_test_needs(shop: Path) -> None:
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "a user's own system prompt")
    user = prompt.messages[1]["content"]
    assert "The code around it:" in user and "class Item:" in user and "Fixtures you may take" in user
    assert prompt.messages[0]["content"] == "a user's own system prompt"
    assert prompt.prefill.startswith("```python\nimport pytest\nfrom shop.cart import Cart, Item\n")


def test_the_answer_starts_with_the_functions_name_and_the_prompt_shows_arguments_that_work(shop: Path) -> None:
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "system")
    # Named after the function, the first test calls it instead of retelling an example test.
    assert prompt.prefill.endswith("\n\n\ndef test_add")
    assert "Arguments that work here: `item=Item(sku=\"text\", price_cents=1)`." in prompt.messages[1]["content"]
    spec, target = request_for(shop, "shop/pricing.py::fetch_price")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "system")
    assert "`client=AsyncMock()`" in prompt.messages[1]["content"]
    assert prompt.prefill.count("AsyncMock") == 1  # the context's import already brings it
    assert prompt.prefill.endswith("def test_fetch_price")
    # A file the function reads must exist: the hint says to write it (FileNotFoundError otherwise).
    (shop / "shop/storage.py").write_text(
        "from pathlib import Path\n\n\ndef load_skus(path: Path) -> list[str]:\n"
        "    \"\"\"The SKUs in the file, one per line.\"\"\"\n")
    spec, target = request_for(shop, "shop/storage.py::load_skus")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "system")
    assert "`path=tmp_path / \"path.txt\"` (if load_skus reads it, write it first: `path.write_text(...)`)" in \
        prompt.messages[1]["content"]
    # A mapping of stand-in text is not shown: the model copied `row={"text": "text"}` as its data.
    (shop / "shop/rows.py").write_text(
        "from collections.abc import Mapping\n\n\ndef sku_of(row: Mapping[str, str], path: Path) -> str:\n"
        "    \"\"\"The SKU of a CSV row.\"\"\"\n")
    spec, target = request_for(shop, "shop/rows.py::sku_of")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "system")
    assert "Arguments that work here: `path=tmp_path" in prompt.messages[1]["content"]
    assert "row=" not in prompt.messages[1]["content"]
    # A moment the docstring wants with a time zone is shown with one (a naive one failed every call).
    (shop / "shop/hours.py").write_text(
        "import datetime\n\n\ndef is_open(moment: datetime.datetime) -> bool:\n"
        "    \"\"\"Whether the shop is open.\n\n    Args:\n        moment: a timezone-aware instant.\n    \"\"\"\n")
    spec, target = request_for(shop, "shop/hours.py::is_open")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "system")
    moment = "`moment=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)`"
    assert moment in prompt.messages[1]["content"]


def test_names_the_model_uses_without_binding_them_are_bound_where_the_project_allows(shop: Path) -> None:
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    answer = ("```python\ndef test_add_two(cart):\n    assert cart.add(Item('A1', 50), 2) == 2\n\n\n"
              "def test_add_one():\n    assert cart.add(Item('A1', 50)) == 1\n    assert tmp_path.is_dir()\n```")
    codes, _, dropped = parse(answer, spec, target)
    assert codes[1].startswith("def test_add_one(cart, tmp_path):") and dropped == []
    # The function's own arguments taken as test parameters get one value each; other names stay unknown.
    answer = ("```python\ndef test_add_qty(cart, qty, item):\n    assert cart.add(item, qty) == qty\n\n\n"
              "def test_add_banana(cart, banana):\n    assert cart.add(banana) == 1\n\n\n"
              "def test_add_three(cart, item, qty):\n    assert cart.add(item, qty) == 3\n```")
    codes, imports, dropped = parse(answer, spec, target)
    assert codes == ["def test_add_qty(cart):\n    item = Item(sku='text', price_cents=1)\n    qty = 1\n"
                     "    assert cart.add(item, qty) == qty"]
    assert "from shop.cart import Item" in imports
    # `qty = 1` would make `== 3` wrong: the test meant a value it does not say.
    assert dropped == ["test_add_banana: unknown name (needs fixtures ['banana'])",
                       "test_add_three: unknown name (needs fixtures ['item', 'qty'])"]
    (shop / "shop/cart.py").write_text(
        (shop / "shop/cart.py").read_text() + "\n    @property\n    def size(self) -> int:\n"
        "        '''Lines held.'''\n        return len(self.lines)\n")
    spec, target = request_for(shop, "shop/cart.py::Cart.size")
    codes, _, dropped = parse("```python\ndef test_size(cart):\n    assert cart.size() == 0\n```", spec, target)
    assert codes == ["def test_size(cart):\n    assert cart.size == 0"] and dropped == []


def test_budget_keeps_the_most_useful_sections(shop: Path) -> None:
    spec, _ = request_for(shop, "shop/cart.py::Cart.add")
    source = (shop / "shop/cart.py").read_bytes()
    tests = shop / "tests/test_cart.py"
    small = gather_context(spec, source, shop / "shop/cart.py", shop, tests, "shop.cart", budget=60)
    assert [title for title, _ in small.sections] == ["the class Cart (from shop.cart)"]
    assert len(small.render()) <= 60 * 3.5 + 20


def test_the_functions_own_tests_are_kept_apart_from_the_budget(shop: Path) -> None:
    # For the drafting prompt: the tests that use the function, whatever the budget left.
    write(shop, {"tests/test_adding.py": """
        from shop.cart import Cart, line_total
        from shop.models import Item


        def test_add_returns_the_line_total(cart: Cart) -> None:
            assert cart.add(Item("tea", 250), 2) == 500


        def test_line_total() -> None:
            assert line_total(Item("tea", 250), 3) == 750


        def test_tags_add_up() -> None:
            tags = set()
            tags.add("tea")
            assert tags == {"tea"}
        """})
    spec, _ = request_for(shop, "shop/cart.py::Cart.add")
    source = (shop / "shop/cart.py").read_bytes()
    small = gather_context(spec, source, shop / "shop/cart.py", shop, shop / "tests/test_cart.py", "shop.cart",
                           budget=60)
    assert small.function_tests == ("def test_add_returns_the_line_total(cart: Cart) -> None:\n"
                                    "    assert cart.add(Item(\"tea\", 250), 2) == 500",)
    # (Not `test_tags_add_up`: a method's tests name its class where some do.) Imported but
    # never used by a test: none.
    spec, _ = request_for(shop, "shop/cart.py::Cart.total")
    assert gather_context(spec, source, shop / "shop/cart.py", shop, shop / "tests/test_cart.py",
                          "shop.cart").function_tests == ()


def test_async_function_with_a_client(shop: Path) -> None:
    spec, target = request_for(shop, "shop/pricing.py::fetch_price")
    assert target.context is not None
    assert target.context.collaborators == ("client",)
    assert target.context.test_imports[:3] == (
        "import asyncio", "import pytest", "from unittest.mock import AsyncMock, Mock")
    prompt = build_prompt(spec, target, PromptFormat.CHAT, "system")
    assert "run it with asyncio.run" in prompt.messages[1]["content"]


@pytest.mark.parametrize(
    ("files", "mode"),
    [
        ({"pyproject.toml": '[tool.pytest.ini_options]\nasyncio_mode = "auto"\n'}, ASYNC_AUTO),
        ({"pytest.ini": "[pytest]\nasyncio_mode = strict\n"}, ASYNC_STRICT),
        ({"setup.cfg": "[tool:pytest]\ntestpaths = tests\n"}, ASYNC_RUN),
    ],
)
def test_async_mode_from_the_configuration(tmp_path: Path, files: dict[str, str], mode: str) -> None:
    write(tmp_path, files)
    assert async_mode(tmp_path) == mode


def test_async_mode_from_the_tests_markers(tmp_path: Path) -> None:
    assert async_mode(tmp_path, ["@pytest.mark.anyio\nasync def test_x(): ..."]) == ASYNC_ANYIO
    assert async_mode(tmp_path, ["@pytest.mark.asyncio\nasync def test_x(): ..."]) == ASYNC_STRICT


def test_stand_ins_for_collaborators_paths_streams_and_project_classes() -> None:
    fakes = Fakes()
    constructors = {"Item": (spec_params("sku: str, price_cents: int, tags: list = None"))}
    assert fake_value("PriceClient", "client", fakes, is_async=True) == "AsyncMock()"
    assert fake_value("Callable[[], float]", "clock", fakes) == "Mock(return_value=1.5)"  # a clock gives a time
    assert fake_value("Path", "source", fakes) == 'tmp_path / "source.txt"'
    assert fake_value("str", "filename", fakes) == 'str(tmp_path / "filename.txt")'
    assert fake_value("TextIO", "stream", fakes).startswith("io.StringIO(")
    assert fake_value("Item", "item", fakes, constructors) == 'Item(sku="text", price_cents=1)'
    assert fake_value("Optional[Widget]", "widget", fakes) == "None"
    assert fake_value(None, "x", fakes) == "..."  # nothing says what it is: no guess
    # A value or key to hold (`value: Any`, `key: Hashable`) is text: a Mock is no JSON, and a
    # second Mock is another key.
    assert fake_value("Any", "value", fakes) == fake_value("Hashable", "key", fakes) == '"text"'
    assert fake_value("Any", "handler", fakes) == "Mock()"  # a collaborator by its name
    assert fake_value("Exception", "error", fakes) == 'Exception("text")'  # prints, unlike a Mock
    # A mapping holds one entry, so that loops over it run (the empty one is a boundary of its own).
    assert fake_value("Mapping[str, Any]", "items", fakes) == '{"text": "text"}'
    assert fake_value("dict[str, int]", "counts", fakes) == '{"text": 1}'
    assert fake_value("dict", "options", fakes) == "{}"
    assert fakes.fixtures == {"tmp_path"} and fakes.classes == {"Item"}
    assert "from unittest.mock import AsyncMock" in fakes.imports and "import io" in fakes.imports
    assert is_collaborator("HttpSession", "s") and not is_collaborator("int", "count")
    # typed as a plain value, a collaborator's name is a value; an optional collaborator is one
    assert not is_collaborator("str", "provider") and not is_collaborator("dict | None", "cache")
    assert is_collaborator("Optional[RateProvider]", "rates") and is_collaborator(None, "provider")
    # One element, so that loops run; an async source is a mock that async-iterates.
    assert fake_value("Iterator[int]", "numbers", fakes) == "iter([1])"
    assert fake_value("AsyncIterator[str]", "lines", fakes) == 'MagicMock(**{"__aiter__.return_value": ["text"]})'
    assert annotation_head("Optional['pathlib.Path']") == "Path" and annotation_head("User | str") == "User"


def test_a_fixture_stands_for_the_parameter_it_builds_or_is_said_to_be() -> None:
    def fixture(name: str, returns: str = "") -> Fixture:
        return Fixture(name, f"@pytest.fixture\ndef {name}(){returns}:\n    ...", "tests/conftest.py")

    source = textwrap.dedent('''
        def f(path: Path, repository: UserRepository, source: AsyncIterator[str], directory: Path,
              records: list[LogRecord], owner: User | str, count: int, on_error: Callable | None = None):
            """Do.

            Args:
                path: The log file.
                repository: Where users are kept.
                source: The lines, for instance from a socket reader.
                directory: The folder to write into.
                records: The log records.
                count: How many lines.
                on_error: Called for each bad line.
            """
    ''')
    fixtures = [fixture("sample_lines"), fixture("alice", " -> User"), fixture("log_file", " -> Path"),
                fixture("users", " -> InMemoryUsers"), fixture("reader", " -> FakeReader"), fixture("lines_seen")]
    found = parameter_fixtures(fixtures, spec_named(source.encode(), "f"))
    # The class it builds, else shared words (through the class it builds too); a generic type
    # (`Path`) needs words as well; a literal, or a parameter with a default, takes no fixture.
    assert {param: f.name for param, f in found.items()} == {
        "path": "log_file", "repository": "users", "source": "reader", "owner": "alice"}


def test_a_fixture_of_another_class_or_of_a_folder_does_not_stand_for_a_parameter_by_prose_alone() -> None:
    fixtures = [
        Fixture("library", "@pytest.fixture\ndef library() -> Library:\n    ...", "tests/conftest.py"),
        Fixture("recipe_dir", "@pytest.fixture\ndef recipe_dir(tmp_path):\n    return tmp_path / 'r'", "c.py"),
        Fixture("omelette", "@pytest.fixture\ndef omelette():\n    return Recipe.from_dict({})", "c.py"),
    ]
    source = textwrap.dedent('''
        def g(loan: Loan, recipes: Iterable[Recipe]):
            """Do.

            Args:
                loan: A loan of this library.
                recipes: The recipes to save.
            """
    ''')
    found = parameter_fixtures(fixtures, spec_named(source.encode(), "g"))
    # `library` builds a Library, not the Loan the annotation names (before: taken by the word
    # "library"); `omelette` builds one Recipe of the iterable (before: `recipe_dir`, by "recipe").
    assert {param: f.name for param, f in found.items()} == {"recipes": "omelette"}
    fakes = Fakes(offered={f.name: f for f in fixtures}, by_parameter={"recipes": "omelette"})
    assert fake_value("Iterable[Recipe]", "recipes", fakes) == "[omelette]"


def spec_params(text: str) -> tuple:  # type: ignore[type-arg]
    from testdraft.parsing.languages import parse_python
    from testdraft.spec.extract import extract_spec, iter_functions

    node = next(iter_functions(parse_python(f"def f({text}): pass\n".encode())))
    return extract_spec(node).params


def test_unknown_names_imports_and_attributes() -> None:
    test = ast.parse(
        "def test_x(cart):\n    item = Item('a', 1)\n    assert cart.add(item) == helper(1)\n"
        "    c = Cart('b')\n    assert c.checkout() is None\n"
    ).body[0]
    assert isinstance(test, ast.FunctionDef)
    assert unknown_names(test, ["from shop.cart import Cart, Item"]) == ["helper"]
    assert unknown_imports(["from shop.cart import Cart, Basket", "import os"], "shop.cart",
                           frozenset({"Cart", "Item"})) == ["Basket"]
    assert unknown_attributes(test, "Cart", frozenset({"add", "lines"})) == ["c.checkout"]


def parse(answer: str, spec: FunctionSpec, target: ImportTarget) -> tuple[list[str], list[str], list[str]]:
    result = parse_chat_output(answer, spec, target)
    dropped = [f"{item.name}: {item.reason.value} ({item.detail})" for item in result.dropped]
    return [test.code for test in result.tests], result.imports, dropped


def test_checks_calling_the_function_with_arguments_it_does_not_take_are_left_out(shop: Path) -> None:
    # `add(item, qty=1)`: a keyword it lacks or a third argument can only fail with TypeError.
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    answer = ("```python\nimport pytest\n\n\ndef test_add_two(cart):\n"
              "    assert cart.add(Item('A1', 50), quantity=2) == 2\n"
              "    assert cart.add(Item('A1', 50), 2) == 2\n\n\n"
              "def test_add_three(cart: Cart):\n    cart.add(Item('A1', 50), 2, 3)\n    assert cart.lines\n\n\n"
              "def test_add_needs_an_item():\n    cart = Cart('ada')\n    with pytest.raises(TypeError):\n"
              "        cart.add()\n```")
    codes, _, dropped = parse(answer, spec, target)
    assert codes[0] == "def test_add_two(cart):\n    assert cart.add(Item('A1', 50), 2) == 2"
    assert codes[1].startswith("def test_add_needs_an_item():") and len(codes) == 2
    assert dropped == ["test_add_three: wrong arguments (add() too many positional arguments)"]


def test_project_constructors_called_with_arguments_they_do_not_take_are_left_out(shop: Path) -> None:
    # `Item(sku, price_cents, tags=[])` is a dataclass; `Cart(owner, limit=20)` has an __init__.
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    answer = ("```python\ndef test_add_one(cart):\n    item = Item(sku='A1', price=50)\n"
              "    assert cart.add(item) == 1\n\n\n"
              "def test_add_two():\n    cart = Cart('ada', 5, 'extra')\n"
              "    assert cart.add(Item('A1', 50)) == 1\n\n\n"
              "def test_add_three():\n    cart = Cart(owner='ada')\n"
              "    assert cart.add(Item('A1', 50, tags=['x']), 3) == 3\n```")
    codes, _, dropped = parse(answer, spec, target)
    assert [code.split("(")[0] for code in codes] == ["def test_add_three"]
    assert dropped == ["test_add_one: wrong arguments (Item() missing a required argument: 'price_cents')",
                       "test_add_two: wrong arguments (Cart() too many positional arguments)"]


def test_other_methods_and_classes_of_the_module_called_with_arguments_they_do_not_take_are_left_out(
        shop: Path) -> None:
    # `take(number)` is the class's other method, `Ticket(number)` a class the prompt never showed:
    # both failed with TypeError in the tests where the model guessed their arguments.
    (shop / "shop/tickets.py").write_text(
        "class Ticket:\n    def __init__(self, number: int) -> None:\n        self.number = number\n\n\n"
        "class Counter:\n    def __init__(self) -> None:\n        self.waiting: list[Ticket] = []\n\n"
        "    def take(self, number: int) -> 'Ticket':\n        return Ticket(number)\n\n"
        "    @staticmethod\n    def opens() -> str:\n        return '9:00'\n\n"
        "    def served(self) -> int:\n        '''How many tickets were served.'''\n")
    spec, target = request_for(shop, "shop/tickets.py::Counter.served")
    answer = ("```python\ndef test_served_one():\n    counter = Counter()\n    counter.take(1, 2)\n"
              "    assert counter.served() == 1\n\n\n"
              "def test_served_ticket():\n    counter = Counter()\n    ticket = Ticket(number=1, window=2)\n"
              "    assert counter.served() == 0\n\n\n"
              "def test_served_none():\n    counter = Counter()\n    counter.take(1)\n    assert counter.opens()\n"
              "    assert counter.served() == 0\n```")
    codes, _, dropped = parse(answer, spec, target)
    assert [code.split("(")[0] for code in codes] == ["def test_served_none"]
    assert dropped == ["test_served_one: wrong arguments (Counter.take() too many positional arguments)",
                       "test_served_ticket: wrong arguments (Ticket() got an unexpected keyword argument 'window')"]


def test_a_module_called_like_the_class_it_holds_is_called_through_it(shop: Path) -> None:
    # `datetime.timedelta` makes the test import the module; `datetime(...)` then called the module.
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    answer = ("```python\ndef test_add_later(cart):\n    start = datetime(2024, 1, 2)\n"
              "    assert cart.add(Item('A1', 50), 2) == 2\n    assert start + datetime.timedelta(days=1)\n```")
    codes, imports, _ = parse(answer, spec, target)
    assert "start = datetime.datetime(2024, 1, 2)" in codes[0] and "import datetime" in imports


def test_model_tests_may_use_project_fixtures_and_other_names_of_the_module(shop: Path) -> None:
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    answer = (
        "```python\nimport pytest\nfrom shop.cart import Cart, Item\n\n\n"
        "def test_add(cart):\n    assert cart.add(Item('A1', 50), 2) == 100\n\n\n"
        "def test_checkout(cart):\n    c = Cart('x')\n    c.add(Item('A1', 50))\n    assert c.checkout() == 50\n\n\n"
        "def test_ghost(cart):\n    assert cart.add(make_item()) == 1\n\n\n"
        # Item is the dataclass the method takes: the test may read its fields, not invent methods
        "def test_item(cart):\n    item = Item('A1', 50)\n    cart.add(item)\n"
        "    assert item.price_cents == 50\n    assert item.discounted() == 45\n```"
    )
    codes, imports, dropped = parse(answer, spec, target)
    assert codes == ["def test_add(cart):\n    assert cart.add(Item('A1', 50), 2) == 100"]
    assert "from shop.cart import Item" in imports  # kept beside target.import_line
    assert dropped == ["test_checkout: unknown name (c.checkout)", "test_ghost: unknown name (make_item)",
                       "test_item: unknown name (item.discounted)"]


def test_async_model_tests_run_as_the_project_runs_them(shop: Path) -> None:
    spec, target = request_for(shop, "shop/pricing.py::fetch_price")
    answer = (
        "```python\nimport pytest\nfrom unittest.mock import AsyncMock\n\n\n"
        "async def test_price():\n    client = AsyncMock()\n    client.get_json.return_value = {'cents': 5}\n"
        "    assert await fetch_price(client, 'A1') == 5\n\n\n"
        "def test_sync_call():\n    client = AsyncMock()\n    client.get_json.return_value = {'cents': 7}\n"
        "    assert fetch_price(client, 'B') == 7\n```"
    )
    codes, imports, _ = parse(answer, spec, target)
    # No pytest-asyncio or anyio in this project: a plain test that runs the coroutine.
    assert codes[0].startswith("def test_price():") and "assert asyncio.run(fetch_price(client, 'A1')) == 5" in codes[0]
    assert "assert asyncio.run(fetch_price(client, 'B')) == 7" in codes[1]  # repaired, not dropped
    assert "import asyncio" in imports
    write(shop, {"pyproject.toml": '[tool.pytest.ini_options]\nasyncio_mode = "strict"\n'})
    spec, target = request_for(shop, "shop/pricing.py::fetch_price")
    codes, _, _ = parse(answer, spec, target)
    assert codes[0].startswith("@pytest.mark.asyncio\nasync def test_price():")
    assert "assert await fetch_price(client, 'A1') == 5" in codes[0]


def test_skeleton_builds_arguments_instead_of_ellipses(shop: Path) -> None:
    from testdraft.generate.skeleton import SkeletonGenerator

    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    skeleton = next(SkeletonGenerator().generate(spec, target))
    # conftest.py's `cart` fixture gives the instance; the item is built from its constructor.
    assert skeleton.code.splitlines()[1] == "def test_cart_add(cart):"
    assert 'cart.add(item=Item(sku="text", price_cents=1))' in skeleton.code
    assert "from shop.cart import Item" in skeleton.imports
    (shop / "tests/conftest.py").unlink()  # without it, the instance is built from the constructor
    spec, target = request_for(shop, "shop/cart.py::Cart.add")
    skeleton = next(SkeletonGenerator().generate(spec, target))
    assert 'instance = Cart(owner="text")' in skeleton.code
    assert 'instance.add(item=Item(sku="text", price_cents=1))' in skeleton.code
    spec, target = request_for(shop, "shop/pricing.py::fetch_price")
    skeleton = next(SkeletonGenerator().generate(spec, target))
    assert 'asyncio.run(fetch_price(client=AsyncMock(), sku="text"))' in skeleton.code


def test_a_class_that_makes_attributes_on_demand_is_not_checked() -> None:
    from testdraft.parsing.languages import parse_python
    from testdraft.project.context import _class_members

    def members(source: str) -> set[str]:
        return _class_members(parse_python(textwrap.dedent(source).encode()).root_node.named_children[0])

    assert members("class Row:\n    size: int\n    def total(self): ...\n") == {"size", "total"}
    assert members("class Row:\n    size: int\n    def __getattr__(self, name): ...\n") == set()
    assert members("class Row(Base):\n    size: int\n") == set()  # Base may add more
