"""Fixtures of the project's existing test modules are reused, the way pytest allows: by name
in the module the tests go into, imported from another test module of the same folder
(`from test_existing import cart`, or `from tests.test_existing import cart` in a tests
package). Real projects on disk, the real sandbox, and a real pytest run of what is written."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.conftest import CLI_ENV, run_suggest
from tests.conftest import write_files as write
from tests.core.test_context import SHOP

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.generate.base import CandidateTest, Generator, ImportTarget
from testdraft.generate.characterize import BoundaryInputs
from testdraft.generate.skeleton import SkeletonGenerator
from testdraft.model.prompts import PromptFormat, build_prompt
from testdraft.pipeline import _request, read_disk, spec_named, suggest_file
from testdraft.spec.model import FunctionSpec

# The shop of tests/core/test_context.py (an `Item` dataclass, an async client), without its tests,
# and a `Cart` whose total is written.
SOURCES = {
    **{name: text for name, text in SHOP.items() if not name.startswith("tests/")},
    "shop/cart.py": """
        from shop.models import Item


        class Cart:
            def __init__(self, owner: str) -> None:
                self.owner = owner
                self.lines: list[tuple[Item, int]] = []

            def add(self, item: Item, qty: int = 1) -> int:
                '''Add `qty` units of `item`; the number of lines.'''
                self.lines.append((item, qty))
                return len(self.lines)

            def total(self) -> int:
                '''The sum of the lines, in cents.'''
                return sum(item.price_cents * qty for item, qty in self.lines)
        """,
}
# A fixture that fills the cart: a test that used it pins 500, one that built its own cart 0.
EXISTING = """
    import pytest

    from shop.cart import Cart
    from shop.models import Item


    @pytest.fixture
    def cart() -> Cart:
        filled = Cart("ada")
        filled.add(Item("A1", 250), 2)
        return filled


    @pytest.fixture
    def unrelated() -> int:
        return 3


    def test_existing_total(cart: Cart) -> None:
        assert cart.total() == 500
    """


def target_of(project: Path, qualname: str) -> tuple[FunctionSpec, ImportTarget]:
    path = project / "shop/cart.py"
    spec = spec_named(path.read_bytes(), qualname)
    return spec, _request(path, spec, read_disk, rank=False).target


def pytest_run(project: Path, test_file: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", test_file],
                          cwd=project, capture_output=True, text=True, env=CLI_ENV, timeout=120)


@pytest.mark.parametrize(("package", "import_line"), [
    (False, "from test_existing import cart"),  # tests/ is on sys.path: pytest imports `test_existing`
    (True, "from tests.test_existing import cart"),  # a tests package: the root is, `tests.test_existing`
])
def test_another_test_modules_fixture_is_imported_and_runs_under_pytest(
    tmp_path: Path, package: bool, import_line: str
) -> None:
    project = write(tmp_path, {**SOURCES, "tests/test_existing.py": EXISTING,
                               **({"tests/__init__.py": ""} if package else {})})
    spec, target = target_of(project, "Cart.total")
    context = target.context
    assert context is not None
    assert context.fitting_fixtures == ("cart",)  # builds a Cart; `unrelated` does not fit
    assert [f.import_line for f in context.fixtures if f.name == "cart"] == [import_line]
    assert context.fixture_files == ()  # the test file is a new one: nothing of it to load
    # The prompt shows the fixture and how to reach it.
    user = build_prompt(spec, target, PromptFormat.CHAT, "system").messages[1]["content"]
    assert f"fixtures from test_existing.py (import them: `{import_line}`" in user
    assert "filled.add(Item(\"A1\", 250), 2)" in user and "def unrelated" not in user
    # The skeleton takes the fixture for `self` instead of building a Cart.
    skeleton = next(SkeletonGenerator().generate(spec, target))
    assert "def test_cart_total(cart):" in skeleton.code and "result = cart.total()" in skeleton.code
    assert import_line in skeleton.imports
    # Characterization through the CLI: the value pinned is the fixture's cart's, and pytest runs it.
    result = run_suggest(project, "shop/cart.py::Cart.total", "--mode", "characterize", "--write")
    assert result.returncode == 0, result.stderr
    written = (project / "tests/test_cart.py").read_text(encoding="utf-8")
    assert import_line in written and "(cart):" in written and "== 500" in written, written
    run = pytest_run(project, "tests/test_cart.py")
    assert run.returncode == 0 and " passed" in run.stdout, run.stdout + run.stderr


def test_the_target_modules_own_fixture_is_used_by_name_and_the_sandbox_sees_it(tmp_path: Path) -> None:
    project = write(tmp_path, {**SOURCES, "tests/test_cart.py": EXISTING})
    spec, target = target_of(project, "Cart.total")
    context = target.context
    assert context is not None
    assert [(f.name, f.import_line) for f in context.fixtures] == [("cart", ""), ("unrelated", "")]
    assert context.fixture_files == (str(project / "tests/test_cart.py"),)
    user = build_prompt(spec, target, PromptFormat.CHAT, "system").messages[1]["content"]
    assert "fixtures from test_cart.py (the module the tests go into: ask for them by name" in user
    # Pinned from a sandbox run that found `cart` in the test module (500, not an empty cart's 0).
    result = run_suggest(project, "shop/cart.py::Cart.total", "--mode", "characterize", "--write")
    assert result.returncode == 0, result.stderr
    written = (project / "tests/test_cart.py").read_text(encoding="utf-8")
    assert "== 500" in written and "import cart" not in written, written
    run = pytest_run(project, "tests/test_cart.py")
    assert run.returncode == 0 and "2 passed" in run.stdout, run.stdout + run.stderr


def test_a_fixture_named_like_a_parameter_stands_in_for_it(tmp_path: Path) -> None:
    existing = EXISTING.replace("def unrelated() -> int:\n        return 3", "def item() -> Item:\n"
                                "        return Item(\"B2\", 100)")
    project = write(tmp_path, {**SOURCES, "tests/test_existing.py": existing})
    spec, target = target_of(project, "Cart.add")
    cases = list(BoundaryInputs().generate(spec, target))
    assert cases and all(case.code.startswith(("def test_cart_add_case_", "def test_cart_add_with_one_item"))
                         for case in cases)
    assert "cart.add(item=item)" in cases[0].code and "(cart, item):" in cases[0].code
    assert "from test_existing import cart" in cases[0].imports and "from test_existing import item" in cases[0].imports


def test_fixtures_of_a_test_module_pytest_imports_under_another_base_are_not_offered(tmp_path: Path) -> None:
    project = write(tmp_path, {**SOURCES, "tests/unit/test_cart_more.py": EXISTING.replace("shop.cart", "shop.cart")})
    _, target = target_of(project, "Cart.total")
    assert target.context is not None
    # tests/unit/ goes on sys.path only when pytest collects that file: no import reaches it from tests/.
    assert target.context.fixtures == () and target.context.fitting_fixtures == ()


class Answering(Generator):
    """A sampled generator answering as a model does, with one test (`code` defines `name`)."""

    sampled = True

    def __init__(self, name: str, code: str) -> None:
        self.name, self.test_name, self.code = "model", name, code

    def generate(
        self, spec: FunctionSpec, target: ImportTarget, cancel: CancelToken = NEVER_CANCELLED
    ) -> Iterator[CandidateTest]:
        yield CandidateTest(self.test_name, self.code, ("import pytest", target.import_line), "model", 1)


# A test that asks for `cart` by name.
TAKES_THE_FIXTURE = Answering("test_total_of_the_filled_cart",
                              "def test_total_of_the_filled_cart(cart):\n    assert cart.total() == 500\n")


def test_a_model_test_taking_an_imported_fixture_gets_its_import_and_passes(tmp_path: Path) -> None:
    project = write(tmp_path, {**SOURCES, "tests/test_existing.py": EXISTING})
    suggestion = suggest_file(project / "shop/cart.py", "Cart.total", [TAKES_THE_FIXTURE])
    assert suggestion.edit.test_names == ("test_total_of_the_filled_cart",), suggestion.dropped
    assert "from test_existing import cart" in suggestion.code
    (project / "tests/test_cart.py").write_text(suggestion.code, encoding="utf-8")
    run = pytest_run(project, "tests/test_cart.py")
    assert run.returncode == 0 and "1 passed" in run.stdout, run.stdout + run.stderr


# The file the tests go into defines helpers beside its tests: a constant and a function.
WITH_HELPERS = """
    from shop.cart import Cart
    from shop.models import Item

    PRICE = 250


    def filled_cart() -> Cart:
        cart = Cart("ada")
        cart.add(Item("A1", PRICE), 2)
        return cart


    def test_existing_total() -> None:
        assert filled_cart().total() == 2 * PRICE
    """


# After seeing the existing test: the file's own helper and constant, not imported (defined beside it).
USES_THE_HELPERS = Answering("test_total_counts_each_unit", "def test_total_counts_each_unit():\n"
                             "    assert filled_cart().total() == PRICE * 2\n")


def test_a_model_test_using_the_test_files_own_helpers_is_validated_with_them(tmp_path: Path) -> None:
    project = write(tmp_path, {**SOURCES, "tests/test_cart.py": WITH_HELPERS})
    _, target = target_of(project, "Cart.total")
    assert target.context is not None
    assert target.context.test_file_names == {"Cart", "Item", "PRICE", "filled_cart"}
    assert target.context.merged_into == str(project / "tests/test_cart.py")
    # The sandbox runs the candidate with the file's names as its globals: it passes there, and
    # pytest runs it once merged into the file.
    suggestion = suggest_file(project / "shop/cart.py", "Cart.total", [USES_THE_HELPERS])
    assert suggestion.edit.test_names == ("test_total_counts_each_unit",), suggestion.dropped
    (project / "tests/test_cart.py").write_text(suggestion.code, encoding="utf-8")
    run = pytest_run(project, "tests/test_cart.py")
    assert run.returncode == 0 and "2 passed" in run.stdout, run.stdout + run.stderr


# As a small model often answers: the file's own test again.
COPIES_THE_EXISTING_TEST = Answering("test_total",
                                     "def test_total() -> None:\n    assert filled_cart().total() == 2 * PRICE\n")


def test_a_model_test_the_file_already_has_is_left_out_and_says_so(tmp_path: Path) -> None:
    project = write(tmp_path, {**SOURCES, "tests/test_cart.py": WITH_HELPERS})
    suggestion = suggest_file(project / "shop/cart.py", "Cart.total", [COPIES_THE_EXISTING_TEST, USES_THE_HELPERS])
    assert suggestion.edit.test_names == ("test_total_counts_each_unit",)
    assert [(d.name, d.reason.value, d.detail) for d in suggestion.dropped] == [
        ("test_total", "duplicate", "already in the test file")]
    # Only the copy: nothing to insert, and no skeleton beside the test the file has.
    alone = suggest_file(project / "shop/cart.py", "Cart.total", [COPIES_THE_EXISTING_TEST])
    assert alone.chosen == [] and alone.edit.test_names == ()
