"""Resolve a Playwright locator against the inventory, the way Playwright would in the page.

`Query` is one `page.get_by_*` / `page.locator("#id")` call. `resolve` returns the inventory
elements it matches at the best match level (a literal match hides template/guessed ones), and
`count` says how many DOM nodes that may be: a repeated element counts as many.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from testdraft.ui.inventory.elements import Element, Inventory
from testdraft.ui.inventory.textpattern import MatchLevel, TextPattern, match, normalize

MANY = 2  # a count of 2 means "more than one": strict-mode actions would fail


@dataclass(frozen=True)
class Query:
    kind: str  # test_id | role | label | placeholder | text | css_id | css
    value: str
    name: str | None = None  # role's accessible name
    exact: bool = False
    # inside another element (a section), or inside the one copy of a repeated row that has
    # `within_text`: `page.get_by_role("listitem").filter(has_text=...).get_by_role(...)`
    within: Query | None = None
    within_text: str | None = None
    # one of the elements found, by position ("the second Remove button"): 0 first, -1 last
    nth: int | None = None

    def code(self, receiver: str = "page") -> str:
        """Python source for this locator (Playwright sync API)."""
        if self.nth is not None:
            whole = replace(self, nth=None).code(receiver)
            return whole + {0: ".first", -1: ".last"}.get(self.nth, f".nth({self.nth})")
        if self.within is not None:
            receiver = self.within.code(receiver)
            if self.within_text is not None:
                receiver += f".filter(has_text={self.within_text!r})"
        exact = ", exact=True" if self.exact else ""
        if self.kind == "role":
            name = f", name={self.name!r}" if self.name is not None else ""
            return f"{receiver}.get_by_role({self.value!r}{name}{exact})"
        if self.kind == "css_id":
            return f"{receiver}.locator({'#' + self.value!r})"
        if self.kind == "css":
            return f"{receiver}.locator({self.value!r})"
        method = {
            "test_id": "get_by_test_id",
            "label": "get_by_label",
            "placeholder": "get_by_placeholder",
            "text": "get_by_text",
        }[self.kind]
        return f"{receiver}.{method}({self.value!r}{exact})"


@dataclass(frozen=True)
class Resolution:
    elements: tuple[Element, ...]
    level: MatchLevel
    by_text: bool = False  # the query names a text: one copy of a repeated element matches

    @property
    def count(self) -> int:
        if not self.elements:
            return 0
        only = self.elements[0]
        # a text that is the same in every copy of a repeated element matches every copy
        same_in_copies = only.repeated and (not self.by_text or self.level == MatchLevel.LITERAL)
        if len(self.elements) == 1:
            return MANY if same_in_copies else 1
        if any(e.repeated for e in self.elements):
            return MANY
        # elements that never render together (a link in each of two returns) are one at a time
        if any(not a.exclusive(b) for i, a in enumerate(self.elements) for b in self.elements[i + 1 :]):
            return MANY
        return 1


def _best(levels: list[tuple[Element, MatchLevel]], by_text: bool = False) -> Resolution:
    found = [(e, lv) for e, lv in levels if lv > MatchLevel.NONE]
    if not found:
        return Resolution((), MatchLevel.NONE)
    top = max(lv for _, lv in found)
    return Resolution(tuple(e for e, lv in found if lv == top), top, by_text)


def _exact_attr(pattern: TextPattern | None, value: str) -> MatchLevel:
    return MatchLevel.NONE if pattern is None else match(pattern, value, exact=True)


def _text_levels(inventory: Inventory, query: str, exact: bool) -> list[tuple[Element, MatchLevel]]:
    """get_by_text: the innermost elements whose text matches (no child matches by itself)."""
    levels = {e.index: match(e.text, query, exact) for e in inventory}
    out: list[tuple[Element, MatchLevel]] = []
    for element in inventory:
        level = levels[element.index]
        if level == MatchLevel.NONE or element.tag in ("input", "select", "textarea"):
            continue
        if any(levels[c] >= level for c in element.children):
            continue
        out.append((element, level))
    return out


def _typed_text(inventory: Inventory, query: Query, typed: Sequence[str]) -> Resolution:
    """Text the test typed earlier may come back in a list item rendered from state."""
    value = query.value.lower()
    if not any(t and (t.lower() in value or value in t.lower()) for t in typed):
        return Resolution((), MatchLevel.NONE)
    with_holes = tuple(
        e
        for e in inventory
        if not e.children
        and any(not seg.closed for seg in e.text.segments)
        and e.tag not in ("input", "select", "textarea")
    )
    return Resolution(with_holes, MatchLevel.GUESSED, by_text=True)


def resolve(inventory: Inventory, query: Query, typed: Sequence[str] = ()) -> Resolution:
    """Elements `query` finds; `typed` are values the test filled in before it runs."""
    kind = query.kind
    pairs: list[tuple[Element, MatchLevel]] = []
    if kind == "text":
        found = _best(_text_levels(inventory, query.value, query.exact), by_text=True)
        return found if found.elements or not typed else _typed_text(inventory, query, typed)
    for element in inventory:
        if kind == "test_id":
            level = _exact_attr(element.attrs.get("data-testid"), query.value)
        elif kind == "css_id":
            level = _exact_attr(element.attrs.get("id"), query.value)
        elif kind == "placeholder":
            pattern = element.attrs.get("placeholder")
            level = match(pattern, query.value, query.exact) if pattern else MatchLevel.NONE
        elif kind == "label":
            level = max(
                (match(label, query.value, query.exact) for label in element.labels),
                default=MatchLevel.NONE,
            )
        elif kind == "role":
            if element.role != query.value:
                continue
            level = (
                MatchLevel.LITERAL
                if query.name is None
                else match(element.name, query.name, query.exact)
            )
        else:
            level = MatchLevel.NONE
        pairs.append((element, level))
    # a value that pins one copy of a repeated element ("qty-coffee-mug" for `qty-${sku}`)
    named = kind != "role" or query.name is not None
    return _best(pairs, by_text=named)


def unique_locator(
    inventory: Inventory, element: Element, name_hint: str | None = None
) -> Query | None:
    """The most recommended locator that finds `element` and nothing else.

    Order: test id, role + accessible name, label, placeholder, text, then `#id`.
    `name_hint` is the text the step used for the element (for names with holes).
    """
    for query in _candidates(element, name_hint):
        for candidate in (query, Query(query.kind, query.value, query.name, exact=True)):
            if candidate.exact and candidate.kind in ("test_id", "css_id"):
                continue
            result = resolve(inventory, candidate)
            if result.count == 1 and any(e is element for e in result.elements):
                return candidate
    return None


def _names(pattern: TextPattern, hint: str | None) -> list[str]:
    static = pattern.static_text()
    names = [static] if static else []
    if hint and match(pattern, hint) > MatchLevel.NONE:
        names.append(hint)
    if not names and (leading := _leading_words(pattern)):
        names.append(leading)  # "Add a bag of kindling ({…})": Playwright matches part of a name
    return names


def _leading_words(pattern: TextPattern) -> str | None:
    """The words a name starts with before its first hole ("Towel hire" of "Towel hire
    ({…} each)"), when they are words and not a lone symbol."""
    first = pattern.segments[0] if pattern.segments else None
    if first is None or not first.closed or len(first.options) != 1 or pattern.is_static:
        return None
    words = re.sub(r"[\s(\[{:+\-–—,/]+$", "", normalize(first.options[0]))
    return words if re.search(r"[^\W\d_]{3}", words) else None


def _candidates(element: Element, hint: str | None) -> list[Query]:
    out: list[Query] = []
    if element.test_id:
        out.append(Query("test_id", element.test_id))
    prefers_label = element.tag in ("input", "select", "textarea") and element.role not in (
        "checkbox",
        "radio",
    )
    label_queries = [Query("label", n) for label in element.labels for n in _names(label, hint)]
    if prefers_label:
        out.extend(label_queries)
    if element.role:
        out.extend(Query("role", element.role, name=n) for n in _names(element.name, hint))
    if not prefers_label:
        out.extend(label_queries)
    if "placeholder" in element.attrs:
        out.extend(Query("placeholder", n) for n in _names(element.attrs["placeholder"], hint))
    if element.tag not in ("input", "select", "textarea"):
        out.extend(Query("text", n) for n in _names(element.text, hint))
    if element.role in ("alert", "status", "dialog", "alertdialog", "tabpanel") or (
        element.role == "combobox" and not element.name.segments
    ):
        out.append(Query("role", element.role))  # the page's only alert, whatever it says; an unnamed dropdown
    if element.element_id:
        out.append(Query("css_id", element.element_id))
    return out
