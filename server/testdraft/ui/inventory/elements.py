"""What the inventory holds: one `Element` per JSX element a component can render."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from testdraft.ui.inventory.textpattern import TextPattern


class InventoryError(ValueError):
    """The file has no component to inventory (no JSX-returning capitalised function)."""


@dataclass
class Element:
    index: int
    tag: str
    line: int  # 1-based
    attrs: dict[str, TextPattern]
    handlers: tuple[str, ...]
    parent: int | None
    conditional: bool  # behind `cond && ...`, a ternary or an early return
    repeated: bool  # rendered once per item of data not known statically
    text: TextPattern = field(default_factory=TextPattern)
    children: list[int] = field(default_factory=list)
    role: str | None = None
    name: TextPattern = field(default_factory=TextPattern)  # accessible name
    labels: list[TextPattern] = field(default_factory=list)  # what get_by_label matches
    nearby_text: str = ""  # caption text right before a field that has no <label>
    # (choice, arm) of each early return or ternary it sits in: see `exclusive`
    arms: tuple[tuple[int, int], ...] = ()
    # the components of this file it is drawn by, innermost last (`<BinIcon />`'s svg: BinIcon)
    drawn_by: tuple[str, ...] = ()

    def exclusive(self, other: Element) -> bool:
        """Whether the two never render together: different arms of one choice (two returns
        of a function, the two sides of a ternary)."""
        mine = dict(self.arms)
        return any(choice in mine and mine[choice] != arm for choice, arm in other.arms)

    def attr(self, key: str) -> str | None:
        value = self.attrs.get(key)
        return value.static_text() if value is not None else None

    @property
    def test_id(self) -> str | None:
        return self.attr("data-testid")

    @property
    def element_id(self) -> str | None:
        return self.attr("id")

    @property
    def input_type(self) -> str:
        return (self.attr("type") or "text").lower() if self.tag == "input" else ""

    def describe(self) -> str:
        bits = [self.tag]
        if self.role:
            bits.append(f"role={self.role}")
        for key in ("id", "data-testid", "placeholder", "aria-label"):
            if key in self.attrs:
                bits.append(f"{key}={self.attrs[key].display()!r}")
        if not self.name.is_empty:
            bits.append(f"name={self.name.display()!r}")
        return f"<{' '.join(bits)}> (line {self.line})"


@dataclass
class Inventory:
    component: str
    path: str
    elements: list[Element]
    data_strings: list[str] = field(default_factory=list)  # strings the code may render
    # the string fields of each object in the module's constant lists ("rows" of data)
    data_rows: list[dict[str, str]] = field(default_factory=list)

    def __iter__(self) -> Iterator[Element]:
        return iter(self.elements)

    def ancestors(self, element: Element) -> Iterator[Element]:
        current = element.parent
        while current is not None:
            yield self.elements[current]
            current = self.elements[current].parent

    def descendants(self, element: Element) -> Iterator[Element]:
        for child in element.children:
            yield self.elements[child]
            yield from self.descendants(self.elements[child])

    def conditional_texts(self) -> list[str]:
        """Texts that appear only under a condition (validation errors, confirmations)."""
        return [
            e.text.display()
            for e in self.elements
            if e.conditional
            and e.text.has_literal
            and not any(c.conditional for c in self.descendants(e))
        ]
