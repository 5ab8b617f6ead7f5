"""The steps of a generated UI test, independent of the browser framework that renders them."""

from __future__ import annotations

from dataclasses import dataclass, field

from testdraft.ui.inventory import Element, Query
from testdraft.ui.issues import Issue


@dataclass(frozen=True)
class Target:
    """An element to act on: the Playwright locator plus the element for other frameworks."""

    query: Query
    element: Element | None = None


@dataclass(frozen=True)
class Action:
    """One statement. `verb` is one of: route (a mocked response: `value` the URL glob,
    `value_code` the fulfill arguments), goto (`value` a path to append, or none), reload, back (the browser's history),
    press, fill, click, dblclick, right_click, hover, check, uncheck, select, expect_visible, expect_absent,
    expect_hidden (there but not shown), expect_any (one copy of a repeated element shown),
    expect_count, expect_value, expect_text, expect_contains, expect_not_contains (ignoring
    case), expect_texts (`value_code` a list the copies contain, in order), expect_first / expect_last
    (the first / last copy contains `value`), expect_url (`value`
    the URL's ending, `value_code` it as a pattern), expect_state
    (`value` names the state: disabled, enabled, checked, unchecked, or attr=value)."""

    verb: str
    target: Target | None = None
    value: str | None = None
    value_code: str | None = None  # a Python expression instead of a literal value
    times: int = 1
    count: int | None = None


@dataclass
class Block:
    """The statements that automate one manual step or expected result."""

    heading: str
    actions: list[Action] = field(default_factory=list)
    todos: list[Issue] = field(default_factory=list)


@dataclass
class MappedTest:
    component: str
    title: str
    blocks: list[Block] = field(default_factory=list)
