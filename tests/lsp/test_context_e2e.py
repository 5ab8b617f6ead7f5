"""Methods and async functions through the real server: code action, edit, pytest run.

A project like the one in issue 16: a `Cart` whose constructor needs an owner, an `Item`
dataclass in another module, an async function, a conftest fixture. The code action on a
method with docstring examples, on one without, and on an async function inserts tests
that pytest runs: the examples pass, and the skeleton takes the conftest's `cart` fixture
for the instance (no `Cart(...)` left to fill in).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from pytest_lsp import LanguageClient
from tests.lsp.client_helpers import apply_workspace_edit, run_pytest
from tests.lsp.conftest import code_actions, execute, open_document, position_of, server_encoding

CART = textwrap.dedent(
    '''
    import asyncio

    from shop.models import Item


    class Cart:
        def __init__(self, owner: str) -> None:
            self.owner = owner
            self.lines: dict[str, int] = {}

        def add(self, item: Item, qty: int = 1) -> int:
            """Add `qty` units of `item`; return how many the cart now holds.

            >>> cart = Cart("ada")
            >>> cart.add(Item("A1", 50), 2)
            2
            >>> cart.add(Item("A1", 50))
            3
            """
            self.lines[item.sku] = self.lines.get(item.sku, 0) + qty
            return self.lines[item.sku]

        def units(self) -> int:
            """How many units the cart holds."""
            return sum(self.lines.values())


    async def fetch_price(prices: dict[str, int], sku: str) -> int:
        """The price of `sku`, after a (simulated) network round trip.

        >>> asyncio.run(fetch_price({"A1": 50}, "A1"))
        50
        """
        await asyncio.sleep(0)
        return prices[sku]
    '''
).lstrip()


@pytest.fixture
def calc_project(tmp_path: Path) -> Path:
    """Replaces the shared calc project: the `client` fixture opens this one instead."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "shop"\nversion = "0"\n', encoding="utf-8")
    (tmp_path / "shop").mkdir()
    (tmp_path / "shop" / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "shop" / "models.py").write_text(
        "from dataclasses import dataclass\n\n\n"
        "@dataclass(frozen=True)\nclass Item:\n    sku: str\n    price_cents: int\n",
        encoding="utf-8",
    )
    (tmp_path / "shop" / "cart.py").write_text(CART, encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "conftest.py").write_text(
        "import pytest\nfrom shop.cart import Cart\n\n\n@pytest.fixture\ndef cart():\n    return Cart('ada')\n",
        encoding="utf-8",
    )
    return tmp_path


@pytest.mark.asyncio(loop_scope="function")
async def test_method_and_async_function_get_tests_that_run(client: LanguageClient, calc_project: Path) -> None:
    source_path = calc_project / "shop" / "cart.py"
    source = source_path.read_text("utf-8")
    uri = open_document(client, source_path)
    encoding = server_encoding(client)
    for needle, title in (("def add", "`Cart.add`"), ("def units", "`Cart.units`"),
                          ("async def fetch_price", "`fetch_price`")):
        actions = await code_actions(client, uri, position_of(source, needle, encoding, offset=len(needle) - 2))
        assert [action.title for action in actions][:1] == [f"Suggest tests for {title}"]
        result = await execute(client, actions[0])
        assert result["status"] == "applied", result
        apply_workspace_edit(client.applied_edits[-1], encoding)  # type: ignore[attr-defined]

    code = (calc_project / "tests" / "test_cart.py").read_text("utf-8")
    assert "from shop.models import Item" in code
    assert "asyncio.run(fetch_price(" in code and "asyncio.run(asyncio.run(" not in code
    assert "def test_cart_units(cart):" in code and "result = cart.units()" in code and "Cart(...)" not in code
    outcome = run_pytest(calc_project, "tests/test_cart.py", "-rs")
    assert outcome.returncode == 0, outcome.stdout + outcome.stderr
    assert "2 passed, 1 skipped" in outcome.stdout, outcome.stdout
