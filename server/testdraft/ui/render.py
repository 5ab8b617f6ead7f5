"""Render a mapped test as pytest code: Playwright sync API (default) or Selenium."""

from __future__ import annotations

import re

from testdraft.ui.actions import Action, Issue, MappedTest, Target
from testdraft.ui.inventory import Element

BASE_URL_LINE = 'BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")'
FRAMEWORKS = ("playwright", "selenium")


def test_function_name(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "test_" + ("_".join(words)[:80].rstrip("_") or "ui")


def _comment(text: str) -> str:
    return "    # " + " ".join(text.split())[:180]


def render(test: MappedTest, framework: str = "playwright") -> tuple[str, list[Issue]]:
    """(code, issues with their line numbers in the code)."""
    if framework not in FRAMEWORKS:
        raise ValueError(f"unknown UI test framework {framework!r}; use one of {FRAMEWORKS}")
    selenium = framework == "selenium"
    lines = ["import os", ""]
    if selenium:
        lines += [
            "import pytest",
            "from selenium import webdriver",
            "from selenium.webdriver.common.action_chains import ActionChains",
            "from selenium.webdriver.common.by import By",
            "from selenium.webdriver.common.keys import Keys",
            "from selenium.webdriver.support.ui import Select",
        ]
    else:
        lines.append("from playwright.sync_api import Page, expect")
    lines += ["", BASE_URL_LINE, "", ""]
    if selenium:
        lines += _SELENIUM_FIXTURE
    signature = "driver" if selenium else "page: Page"
    lines.append(f"def {test_function_name(test.title)}({signature}) -> None:")
    issues: list[Issue] = []
    statements = 0
    for block in test.blocks:
        if block.heading != "open the page":
            lines.append(_comment(block.heading))
        for todo in block.todos:
            lines.append(_comment(todo.message))
            issues.append(Issue(todo.message, todo.severity, len(lines)))
        for action in block.actions:
            rendered = _selenium(action) if selenium else _playwright(action)
            lines.extend("    " + s for s in rendered)
            statements += len(rendered)
    if statements == 0:
        lines.append("    pass")
    return "\n".join(lines) + "\n", issues


_SELENIUM_FIXTURE = [
    "@pytest.fixture",
    "def driver():",
    "    options = webdriver.ChromeOptions()",
    '    options.add_argument("--headless=new")',
    '    options.add_argument("--no-sandbox")',
    "    browser = webdriver.Chrome(options=options)",
    "    browser.implicitly_wait(5)",
    "    yield browser",
    "    browser.quit()",
    "",
    "",
]


def _value(action: Action) -> str:
    return action.value_code if action.value_code is not None else repr(action.value or "")


def _playwright(action: Action) -> list[str]:
    verb = action.verb
    if verb == "goto":
        return ["page.goto(BASE_URL)"]
    if verb == "reload":
        return ["page.reload()"]
    if verb == "press":
        return [f"page.keyboard.press({action.value!r})"]
    assert action.target is not None
    loc = action.target.query.code()
    if verb == "fill":
        return [f"{loc}.fill({_value(action)})"]
    if verb == "click":
        return [f"{loc}.click()"] * action.times
    if verb in ("check", "uncheck", "hover"):
        return [f"{loc}.{verb}()"]
    if verb == "select":
        return [f"{loc}.select_option({action.value!r})"]
    if verb == "expect_visible":
        return [f"expect({loc}).to_be_visible()"]
    if verb == "expect_absent":
        return [f"expect({loc}).to_have_count(0)"]
    if verb == "expect_count":
        return [f"expect({loc}).to_have_count({action.count})"]
    if verb == "expect_value":
        return [f"expect({loc}).to_have_value({_value(action)})"]
    if verb == "expect_text":
        return [f"expect({loc}).to_have_text({action.value!r})"]
    if verb == "expect_state":
        state = action.value or ""
        if "=" in state:
            attr, value = state.split("=", 1)
            return [f"expect({loc}).to_have_attribute({attr!r}, {value!r})"]
        method = {
            "disabled": "to_be_disabled",
            "enabled": "to_be_enabled",
            "checked": "to_be_checked",
            "unchecked": "not_to_be_checked",
        }[state]
        return [f"expect({loc}).{method}()"]
    raise ValueError(f"unknown action {verb!r}")


def _xpath_literal(text: str) -> str:
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return "concat(" + ", '\"', ".join(f'"{p}"' for p in text.split('"')) + ")"


def _selenium_locator(target: Target) -> tuple[str, str]:
    """(By.X, selector) for Selenium from the element's attributes, else its text."""
    element: Element | None = target.element
    query = target.query
    if element is not None:
        if element.test_id:
            return "By.CSS_SELECTOR", f'[data-testid="{element.test_id}"]'
        if element.element_id:
            return "By.ID", element.element_id
        if element.attr("aria-label"):
            return "By.CSS_SELECTOR", f'{element.tag}[aria-label="{element.attr("aria-label")}"]'
        if element.attr("placeholder"):
            return "By.CSS_SELECTOR", f'{element.tag}[placeholder="{element.attr("placeholder")}"]'
        if element.attr("name"):
            return "By.NAME", element.attr("name") or ""
    text = query.name if query.kind == "role" and query.name else query.value
    tag = element.tag if element is not None else "*"
    if query.kind == "label":
        lit = _xpath_literal(text)
        return "By.XPATH", (
            f"//{tag}[@id=//label[contains(normalize-space(), {lit})]/@for]"
            f" | //label[contains(normalize-space(), {lit})]//{tag}"
        )
    return "By.XPATH", f"//{tag}[contains(normalize-space(), {_xpath_literal(text)})]"


def _selenium(action: Action) -> list[str]:
    verb = action.verb
    if verb == "goto":
        return ["driver.get(BASE_URL)"]
    if verb == "reload":
        return ["driver.refresh()"]
    if verb == "press":
        key = {"Enter": "ENTER", "Tab": "TAB", "Escape": "ESCAPE", " ": "SPACE"}.get(
            action.value or "", "ENTER"
        )
        return [f"driver.switch_to.active_element.send_keys(Keys.{key})"]
    assert action.target is not None
    by, selector = _selenium_locator(action.target)
    find = f"driver.find_element({by}, {selector!r})"
    find_all = f"driver.find_elements({by}, {selector!r})"
    if verb == "fill":
        return [f"{find}.clear()", f"{find}.send_keys({_value(action)})"]
    if verb == "click":
        return [f"{find}.click()"] * action.times
    if verb == "hover":
        return [f"ActionChains(driver).move_to_element({find}).perform()"]
    if verb in ("check", "uncheck"):
        condition = f"not {find}.is_selected()" if verb == "check" else f"{find}.is_selected()"
        return [f"if {condition}:", f"    {find}.click()"]
    if verb == "select":
        return [f"Select({find}).select_by_visible_text({action.value!r})"]
    if verb == "expect_visible":
        return [f"assert {find}.is_displayed()"]
    if verb == "expect_absent":
        return [f"assert not [e for e in {find_all} if e.is_displayed()]"]
    if verb == "expect_count":
        return [f"assert len({find_all}) == {action.count}"]
    if verb == "expect_value":
        return [f'assert {find}.get_attribute("value") == {_value(action)}']
    if verb == "expect_text":
        return [f"assert {find}.text == {action.value!r}"]
    if verb == "expect_state":
        state = action.value or ""
        if "=" in state:
            attr, value = state.split("=", 1)
            return [f"assert {find}.get_attribute({attr!r}) == {value!r}"]
        check = {
            "disabled": "not {e}.is_enabled()",
            "enabled": "{e}.is_enabled()",
            "checked": "{e}.is_selected() or {e}.get_attribute('aria-checked') == 'true'",
            "unchecked": "not ({e}.is_selected() or {e}.get_attribute('aria-checked') == 'true')",
        }
        return ["assert " + check[state].format(e=find)]
    raise ValueError(f"unknown action {verb!r}")
