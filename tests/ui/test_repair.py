"""The browser-verified repair loop (issue 14, item 2): a locator that finds nothing in headless
Chromium is replaced from the live page; an expected value that differs is never "repaired"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testdraft.ui.pipeline import generate_ui_test, load_inventory
from testdraft.ui.repair import _read_page, browser_runner, repair_ui_test

needs_browser = pytest.mark.skipif(
    shutil.which("npm") is None or shutil.which("chromium") is None,
    reason="needs chromium and npm (apt-get install -y chromium nodejs npm)",
)

BASKET = """import { useState } from "react";

export default function Basket() {
  const [count, setCount] = useState(2);
  const [done, setDone] = useState(false);
  return (
    <section>
      <h1>Your basket</h1>
      <p role="status">{count} items</p>
      <button onClick={() => setCount(count + 1)}>Add one more pear</button>
      <button onClick={() => setDone(true)}>Check out now</button>
      {done && <p>Thanks, your order is placed.</p>}
    </section>
  );
}
"""
HEAD = """import os

from playwright.sync_api import Page, expect

BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")


def test_basket(page: Page) -> None:
    page.goto(BASE_URL)
"""


def _repair(tmp_path: Path, body: str):  # type: ignore[no-untyped-def]
    component = tmp_path / "Basket.jsx"
    component.write_text(BASKET)
    inventory = load_inventory(str(component), BASKET, None)
    code = HEAD + "".join(f"    {line}\n" for line in body.strip().splitlines())
    return code, repair_ui_test(code, inventory, browser_runner(str(component), BASKET, None))


@needs_browser
@pytest.mark.slow
def test_a_misnamed_button_is_replaced_by_the_closest_live_button(tmp_path: Path) -> None:
    code, result = _repair(
        tmp_path,
        """
page.get_by_role("button", name="Add another pear").click()
expect(page.get_by_role("status")).to_have_text("3 items")
page.get_by_role("button", name="Checkout").click()
expect(page.get_by_text("your order is placed")).to_be_visible()
""",
    )
    assert result.run.passed, result.run.message
    assert [(r.old, r.new) for r in result.repairs] == [
        ('page.get_by_role("button", name="Add another pear")', 'page.get_by_role("button", name="Add one more pear")'),
        ('page.get_by_role("button", name="Checkout")', 'page.get_by_role("button", name="Check out now")'),
    ]
    # only the locators changed: every expectation is as it was
    assert result.code.count("expect(") == code.count("expect(")
    assert 'to_have_text("3 items")' in result.code and 'get_by_text("your order is placed")' in result.code
    assert any("locator repaired in the browser" in issue.message for issue in result.issues)


@needs_browser
@pytest.mark.slow
def test_a_wrong_expected_value_is_reported_not_repaired(tmp_path: Path) -> None:
    code, result = _repair(
        tmp_path,
        """
page.get_by_role("button", name="Add one more pear").click()
expect(page.get_by_role("status")).to_have_text("4 items")
""",
    )
    assert not result.run.passed and result.code == code and not result.repairs
    assert any("likely bug in the component or a misread step" in i.message for i in result.issues)


@needs_browser
@pytest.mark.slow
def test_a_count_that_differs_and_an_expected_text_never_shown_stay(tmp_path: Path) -> None:
    code, result = _repair(tmp_path, 'expect(page.get_by_role("status")).to_have_count(0)')
    assert result.code == code and not result.repairs and not result.run.passed
    # the locator is the expectation: a nearby text ("Your basket") is no stand-in for it
    code, result = _repair(tmp_path, 'expect(page.get_by_text("Your basket is empty")).to_be_visible()')
    assert result.code == code and not result.repairs and not result.run.passed
    assert any("not repaired" in i.message for i in result.issues)


@needs_browser
@pytest.mark.slow
def test_generate_ui_test_runs_the_loop_and_can_turn_it_off(tmp_path: Path) -> None:
    component = tmp_path / "Basket.jsx"
    component.write_text(BASKET)
    steps = '1. Click "Add one more pear".\n\nExpected result:\n- The status reads "3 items".\n'
    checked = generate_ui_test(str(component), BASKET, steps, repair=True)
    assert checked.run is not None and checked.run.passed, checked.code
    assert generate_ui_test(str(component), BASKET, steps, repair=False).run is None


def test_the_aria_snapshot_is_read_with_yaml_quoting() -> None:
    page = _read_page(
        "- main:\n"
        '  - link "← All orders":\n'
        '    - /url: "#/orders"\n'
        "  - 'heading \"Order #1042\" [level=1]'\n"
        "  - 'paragraph: Total: €64.20'\n"
        '  - textbox "Postcode"\n'
        "  - text: It's here\n",
        [{"placeholder": "e.g. 1010", "testid": ""}],
    )
    assert page.roles == [
        ("link", "← All orders"),
        ("heading", "Order #1042"),
        ("paragraph", "Total: €64.20"),
        ("textbox", "Postcode"),
    ]
    assert page.texts == ["← All orders", "Order #1042", "Total: €64.20", "It's here"]
    assert page.placeholders == ["e.g. 1010"] and page.test_ids == []


SITES = """import { useState } from "react";

export default function Sites() {
  const [site, setSite] = useState("Marsh hide");
  return (
    <section>
      <label>Site <select value={site} onChange={(e) => setSite(e.target.value)}>
        <option>All sites</option><option>Marsh hide</option>
      </select></label>
      <p role="status">Showing {site}</p>
    </section>
  );
}
"""


@needs_browser
@pytest.mark.slow
def test_a_click_on_an_option_of_a_select_becomes_a_choice_in_that_select(tmp_path: Path) -> None:
    component = tmp_path / "Sites.jsx"
    component.write_text(SITES)
    inventory = load_inventory(str(component), SITES, None)
    code = HEAD + (
        '    page.get_by_role("option", name="All sites").click()\n'
        '    expect(page.get_by_role("status")).to_have_text("Showing All sites")\n'
    )
    result = repair_ui_test(code, inventory, browser_runner(str(component), SITES, None))
    assert result.run.passed, result.run.message
    assert [(r.old, r.new) for r in result.repairs] == [(
        'page.get_by_role("option", name="All sites").click()',
        'page.get_by_role("combobox", name="Site").select_option("All sites")',
    )]
    assert 'to_have_text("Showing All sites")' in result.code  # the expectation as it was
