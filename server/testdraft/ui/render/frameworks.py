"""Render a mapped test as pytest code: Playwright sync API (default) or Selenium."""

from __future__ import annotations

import io
import json
import re
import tokenize
from dataclasses import replace

from testdraft.ui.inventory import Element
from testdraft.ui.issues import Issue
from testdraft.ui.mapping import Action, Block, MappedTest, Target
from testdraft.ui.render.loops import Row, loop_runs

BASE_URL_LINE = 'BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")'
FRAMEWORKS = ("playwright", "selenium")


def with_base_url(code: str, base_url: str) -> str:
    """The test's default `APP_URL` set to a running dev server (`testdraft.ui.baseUrl`)."""
    return re.sub(
        r'(os\.environ\.get\(\s*["\']APP_URL["\']\s*,\s*)(["\'])[^"\']*\2',
        lambda m: m.group(1) + json.dumps(base_url),
        code,
        count=1,
    )


def test_function_name(title: str) -> str:
    """`test_` and the title's words; a bug report's label ("Bug: ...") is no part of it."""
    title = re.sub(
        r"^\s*(?:bug|defect|issue|regression)(?:\s+report)?\s*(?:#?\d+)?\s*[:\-–]\s*", "", title, flags=re.I
    )
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
    if any(a.verb == "expect_url" for b in test.blocks for a in b.actions):
        lines.insert(1, "import re")  # the URL's ending, as a pattern
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
    rows = _rows(test.blocks)
    runs = {start: (end, loop) for start, end, loop in loop_runs([_row(row, selenium) for row in rows])}
    number = 0
    while number < len(rows):
        if number in runs:  # the same steps with other values: one loop, every check kept
            end, loop = runs[number]
            for block in (block for row in rows[number:end] for block in row):
                lines.append(_comment(block.heading))
                for todo in block.todos:
                    lines.append(_comment(todo.message))
                    issues.append(Issue(todo.message, todo.severity, len(lines)))
            lines.extend("    " + line for line in loop)
            statements += len(loop)
            number = end
            continue
        for block in rows[number]:
            if block.heading != "open the page":
                lines.append(_comment(block.heading))
            # TODOs where the step says them (a scenario row opens the page first)
            for item in block.in_order():
                if isinstance(item, Issue):
                    lines.append(_comment(item.message))
                    issues.append(Issue(item.message, item.severity, len(lines)))
                else:
                    statements += _render(item, selenium, lines)
        number += 1
    if statements == 0:
        lines.append("    pass")
    return prefer_double_quotes("\n".join(lines) + "\n"), issues


def _render(action: Action, selenium: bool, lines: list[str]) -> int:
    rendered = _selenium(action) if selenium else _playwright(action)
    lines.extend("    " + s for s in rendered)
    return len(rendered)


def _rows(blocks: list[Block]) -> list[list[Block]]:
    """The blocks grouped by step: a step with the expected results anchored after it."""
    rows: list[list[Block]] = []
    for block in blocks:
        if rows and block.heading.startswith("Expected") and rows[-1][0].heading.startswith("Step"):
            rows[-1].append(block)
        else:
            rows.append([block])
    return rows


def _row(blocks: list[Block], selenium: bool) -> Row:
    statements = [
        line
        for block in blocks
        for action in block.actions
        for line in (_selenium(action) if selenium else _playwright(action))
    ]
    first = blocks[0].actions[0] if blocks[0].actions else None
    opens = first is not None and first.verb == "goto" and not first.value  # the page itself, not a route of it
    return Row(statements, blocks[0].heading.startswith("Step"), opens)


def prefer_double_quotes(code: str) -> str:
    """String literals in double quotes, as ruff format / black write them (and as tests in
    the wild are written), unless that needs more escapes; line numbers do not change."""
    lines = code.splitlines(keepends=True)
    edits = []
    for token in tokenize.generate_tokens(io.StringIO(code).readline):
        text = token.string
        if token.type == tokenize.STRING and text[:1] == "'" and text[:3] != "'''" and '"' not in text:
            edits.append((token.start, token.end, '"' + text[1:-1].replace("\\'", "'") + '"'))
    for (row, start), (_, end), text in reversed(edits):  # single-line tokens, right to left
        lines[row - 1] = lines[row - 1][:start] + text + lines[row - 1][end:]
    return "".join(lines)


_SELENIUM_FIXTURE = [
    "@pytest.fixture",
    "def driver():",
    "    options = webdriver.ChromeOptions()",
    '    options.binary_location = os.environ.get("CHROME_BIN", "/usr/bin/chromium")',
    '    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage"):',
    "        options.add_argument(argument)",
    '    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")',
    "    browser = webdriver.Chrome(options=options, service=webdriver.ChromeService(driver_path))",
    "    browser.implicitly_wait(2)",
    "    yield browser",
    "    browser.quit()",
    "",
    "",
]


def _value(action: Action) -> str:
    return action.value_code if action.value_code is not None else repr(action.value or "")


# One template per verb; `{loc}` is the locator, `{value}` the Python literal or expression,
# `{text}` the repr of the value, `{count}` the expected count. A list means several lines.
_PLAYWRIGHT: dict[str, str | list[str]] = {
    "goto": "page.goto(BASE_URL)",
    "goto:path": "page.goto(BASE_URL + {text})",
    "route": "page.route({text}, lambda route: route.fulfill({value}))",
    "route_once": "page.route({text}, lambda route: route.fulfill({value}), times=1)",
    "reload": "page.reload()",
    "back": "page.go_back()",
    "press": "page.keyboard.press({text})",
    "fill": "{loc}.fill({value})",
    "click": "{loc}.click()",
    # a click a step only tries: a disabled control takes it and stays as it is
    "try_click": "{loc}.click(force=True)",
    "dblclick": "{loc}.dblclick()",
    "right_click": '{loc}.click(button="right")',
    "hover": "{loc}.hover()",
    "check": "{loc}.check()",
    "uncheck": "{loc}.uncheck()",
    "select": "{loc}.select_option({text})",
    # (the option whose text holds the words: select_option wants a whole label or value)
    "select_containing": '{loc}.select_option({loc}.locator("option", has_text={text}).evaluate("o => o.value"))',
    "expect_visible": "expect({loc}).to_be_visible()",
    "expect_absent": "expect({loc}).to_have_count(0)",
    "expect_hidden": "expect({loc}).to_be_hidden()",
    "expect_any": "expect({loc}.first).to_be_visible()",
    "expect_count": "expect({loc}).to_have_count({count})",
    "expect_value": "expect({loc}).to_have_value({value})",
    "expect_text": "expect({loc}).to_have_text({text})",
    "expect_contains": "expect({loc}).to_contain_text({text})",
    "expect_not_contains": "expect({loc}).not_to_contain_text({text}, ignore_case=True)",
    "expect_texts": "expect({loc}).to_contain_text({value})",
    "expect_first": "expect({loc}.first).to_contain_text({text})",
    "expect_last": "expect({loc}.last).to_contain_text({text})",
    "expect_url": "expect(page).to_have_url(re.compile({value}))",
    "state:attr": "expect({loc}).to_have_attribute({attr}, {attr_value})",
    "state:disabled": "expect({loc}).to_be_disabled()",
    "state:enabled": "expect({loc}).to_be_enabled()",
    "state:checked": "expect({loc}).to_be_checked()",
    "state:focused": "expect({loc}).to_be_focused()",
    "state:unchecked": "expect({loc}).not_to_be_checked()",
    "state:readonly": "expect({loc}).not_to_be_editable()",
    "state:editable": "expect({loc}).to_be_editable()",
}

_SELENIUM_KEYS = {"Enter": "ENTER", "Tab": "TAB", "Escape": "ESCAPE", " ": "SPACE", "ArrowRight": "ARROW_RIGHT",
                  "ArrowLeft": "ARROW_LEFT", "ArrowUp": "ARROW_UP", "ArrowDown": "ARROW_DOWN", "Home": "HOME",
                  "End": "END", "Delete": "DELETE", "PageUp": "PAGE_UP", "PageDown": "PAGE_DOWN",
                  "Backspace": "BACK_SPACE"}
_SELENIUM_CHECKED = "({find}.is_selected() or {find}.get_attribute('aria-checked') == 'true')"
_SELENIUM: dict[str, str | list[str]] = {
    "goto": "driver.get(BASE_URL)",
    "goto:path": "driver.get(BASE_URL + {text})",
    # WebDriver cannot answer the page's requests: say so where the mock belongs
    "route": "pytest.fail('Selenium cannot mock ' + {text} + ': mock it in the app')",
    "route_once": "pytest.fail('Selenium cannot mock ' + {text} + ': mock it in the app')",
    "reload": "driver.refresh()",
    "back": "driver.back()",
    "press": "driver.switch_to.active_element.send_keys(Keys.{key})",
    "fill": ["{find}.clear()", "{find}.send_keys({value})"],
    "click": "{find}.click()",
    "try_click": "{find}.click()",
    "dblclick": "ActionChains(driver).double_click({find}).perform()",
    "right_click": "ActionChains(driver).context_click({find}).perform()",
    "hover": "ActionChains(driver).move_to_element({find}).perform()",
    "check": ["if not " + _SELENIUM_CHECKED + ":", "    {find}.click()"],
    "uncheck": ["if " + _SELENIUM_CHECKED + ":", "    {find}.click()"],
    "select": "Select({find}).select_by_visible_text({text})",
    "select_containing": (
        "Select({find}).select_by_visible_text(next(o.text for o in Select({find}).options if {text} in o.text))"
    ),
    "expect_visible": "assert {find}.is_displayed()",
    "expect_absent": "assert not [e for e in {find_all} if e.is_displayed()]",
    "expect_hidden": "assert not [e for e in {find_all} if e.is_displayed()]",
    "expect_any": "assert [e for e in {find_all} if e.is_displayed()]",
    "expect_count": "assert len({find_all}) == {count}",
    "expect_value": 'assert {find}.get_attribute("value") == {value}',
    "expect_text": "assert {find}.text == {text}",
    "expect_contains": "assert {text} in {find}.text",
    "expect_not_contains": "assert {text}.lower() not in {find}.text.lower()",
    "expect_texts": "assert all(t in e.text for t, e in zip({value}, {find_all}, strict=True))",
    "expect_first": "assert {text} in {find_all}[0].text",
    "expect_last": "assert {text} in {find_all}[-1].text",
    "expect_url": "assert re.search({value}, driver.current_url)",
    "state:attr": "assert {find}.get_attribute({attr}) == {attr_value}",
    "state:disabled": "assert not {find}.is_enabled()",
    "state:enabled": "assert {find}.is_enabled()",
    "state:checked": "assert " + _SELENIUM_CHECKED,
    "state:focused": "assert {find} == driver.switch_to.active_element",
    "state:unchecked": "assert not " + _SELENIUM_CHECKED,
    "state:readonly": "assert not {find}.is_enabled() or {find}.get_attribute('readonly') is not None",
    "state:editable": "assert {find}.is_enabled() and {find}.get_attribute('readonly') is None",
}


def _statements(action: Action, templates: dict[str, str | list[str]], **where: str) -> list[str]:
    key = action.verb
    fields = {
        "value": _value(action),
        "text": repr(action.value or ""),
        "count": str(action.count),
        "key": _SELENIUM_KEYS.get(action.value or "", "ENTER"),
        **where,
    }
    if key == "goto" and action.value:
        key = "goto:path"
    if key == "expect_state":
        state = action.value or ""
        key = f"state:{state}"
        if "=" in state:
            attr, value = state.split("=", 1)
            key, fields["attr"], fields["attr_value"] = "state:attr", repr(attr), repr(value)
    template = templates.get(key)
    if template is None:
        raise ValueError(f"unknown action {key!r}")
    lines = [template] if isinstance(template, str) else template
    return [line.format(**fields) for line in lines] * (action.times if key == "click" else 1)


def _playwright(action: Action) -> list[str]:
    loc = action.target.query.code() if action.target is not None else ""
    return _statements(action, _PLAYWRIGHT, loc=loc)


def _xpath_literal(text: str) -> str:
    if '"' not in text:
        return f'"{text}"'
    if "'" not in text:
        return f"'{text}'"
    return "concat(" + ", '\"', ".join(f'"{p}"' for p in text.split('"')) + ")"


def _selenium_locator(target: Target) -> tuple[str, str]:
    """(By.X, selector) for Selenium: the locator's attribute when it names one, else an
    XPath that follows Playwright's meaning (labels, aria-labelledby, innermost text)."""
    element: Element | None = target.element
    query = target.query
    text_in_row = query.name is not None or query.kind == "text"
    if query.within is not None and query.within_text is not None and text_in_row:
        # the control (or the text) inside the one row that shows the text
        row = query.within
        rows = {"listitem": "//li", "row": "//tr"}.get(row.value, f"//*[@role={_xpath_literal(row.value)}]")
        if row.kind == "test_id":
            rows = f"//*[@data-testid={_xpath_literal(row.value)}]"
        inside = f"//*[contains(normalize-space(), {_xpath_literal(query.value)})]"
        if query.name is not None:
            control = _xpath_literal(query.name)
            tag = element.tag if element is not None else "*"
            inside = f"//{tag}[normalize-space()={control} or @aria-label={control}]"
        row_text = _xpath_literal(query.within_text)
        return "By.XPATH", f"{rows}[contains(normalize-space(), {row_text})]{inside}"
    if query.within is not None and query.within.name is not None:
        # inside the section its heading, legend or label names
        title = _xpath_literal(query.within.name)
        section = (
            f"//*[(self::section or self::fieldset or self::form or @role) and (@aria-label={title} or "
            f"./*[self::h1 or self::h2 or self::h3 or self::h4 or self::legend][normalize-space()={title}])]"
        )
        inner = replace(target, query=replace(query, within=None))
        by, selector = _selenium_locator(inner)
        if by != "By.XPATH":
            return by, selector  # an id or test id is unique on the page already
        return by, " | ".join(section + part.strip() for part in selector.split(" | "))
    if query.kind == "test_id":
        return "By.CSS_SELECTOR", f'[data-testid="{query.value}"]'
    if query.kind == "css_id":
        return "By.ID", query.value
    if query.kind == "placeholder":
        return "By.XPATH", f"//*[contains(@placeholder, {_xpath_literal(query.value)})]"
    if element is not None and not element.repeated and query.kind in ("role", "label"):
        if element.test_id:
            return "By.CSS_SELECTOR", f'[data-testid="{element.test_id}"]'
        if element.element_id:
            return "By.ID", element.element_id
    tag = element.tag if element is not None else "*"
    if query.kind in ("label", "role"):
        name = query.value if query.kind == "label" else query.name
        if name is None:  # every element of the role: explicit role attribute or the tag
            if element is not None and element.attr("role"):
                return "By.XPATH", f"//*[@role={_xpath_literal(query.value)}]"
            return "By.XPATH", f"//{tag}"
        lit = _xpath_literal(name)
        labelled = (
            f"//{tag}[contains(@aria-label, {lit})]"
            f" | //{tag}[@aria-labelledby=//*[contains(normalize-space(), {lit})]/@id]"
            f" | //{tag}[@id=//label[contains(normalize-space(), {lit})]/@for]"
            f" | //label[contains(normalize-space(), {lit})]//{tag}"
        )
        if query.kind == "role":  # name from content, else from the placeholder
            labelled += f" | //{tag}[contains(normalize-space(), {lit})]"
            labelled += f" | //{tag}[contains(@placeholder, {lit})]"
        return "By.XPATH", labelled
    lit = _xpath_literal(query.value)
    if query.exact:  # get_by_text(..., exact=True): the whole text, not a part of a longer one
        return "By.XPATH", f"//*[normalize-space()={lit} and not(.//*[normalize-space()={lit}])]"
    innermost = (
        f"contains(normalize-space(), {lit}) and not(.//*[contains(normalize-space(), {lit})])"
    )
    return "By.XPATH", f"//*[{innermost}]"


def _selenium(action: Action) -> list[str]:
    if action.target is None:
        return _statements(action, _SELENIUM)
    by, selector = _selenium_locator(action.target)
    nth = action.target.query.nth  # ("the second Remove button": that one of the elements found)
    find = f"driver.find_element({by}, {selector!r})"
    return _statements(
        action,
        _SELENIUM,
        find=find if nth is None else f"driver.find_elements({by}, {selector!r})[{nth}]",
        find_all=f"driver.find_elements({by}, {selector!r})",
    )
