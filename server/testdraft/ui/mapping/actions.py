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
    press, fill, click, try_click (a click a step tries on a control that may be disabled), dblclick,
    right_click, hover, check, uncheck, select, select_containing (the
    option whose text holds `value`), expect_visible, expect_absent,
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
    # how many of `actions` come before each TODO, in the order the step says them (a TODO
    # with no entry here comes first)
    todo_at: list[int] = field(default_factory=list)

    def placed(self, start_actions: int, start_todos: int) -> None:
        """The TODOs added since `start_todos` stand where the clause that gave them began."""
        self.todo_at += [0] * (start_todos - len(self.todo_at))
        self.todo_at += [start_actions] * (len(self.todos) - start_todos)

    def in_order(self) -> list[Action | Issue]:
        """Actions and TODOs as the step says them; a route or goto that opens the page first."""
        opening = next((i for i, a in enumerate(self.actions) if a.verb not in ("route", "route_once", "goto")),
                       len(self.actions))
        at = [max(p, opening) for p in self.todo_at] + [opening] * (len(self.todos) - len(self.todo_at))
        items: list[Action | Issue] = []
        for index, action in enumerate([*self.actions, None]):
            items += [todo for todo, position in zip(self.todos, at, strict=True) if position == index]
            if action is not None:
                items.append(action)
        return items


@dataclass
class MappedTest:
    component: str
    title: str
    blocks: list[Block] = field(default_factory=list)
