"""Steps that repeat with other values (a table's rows, "add three tasks") as one loop.

A run of at least `MIN_ROWS` consecutive steps (each with the expected results anchored to
it) whose statements are the same but for string literals becomes

    for age, expected in [("17", "Too young"), ("18", "Welcome")]:
        page.get_by_label("Age").fill(age)
        expect(page.get_by_text(expected)).to_be_visible()

as people write such tests. Every row keeps every statement: nothing is checked less.
A row's notes (TODOs) are kept, as comments above the loop.
"""

from __future__ import annotations

import io
import keyword
import re
import tokenize
from dataclasses import dataclass

MIN_ROWS = 3
_HOLE = "\x00"


@dataclass(frozen=True)
class Row:
    """One step (with its expected results) as rendered statements."""

    statements: list[str]
    is_step: bool  # a step of the test case (with its expected results), not the opening
    opens: bool = False  # it starts by opening the page: a scenario of an outline starts here


@dataclass(frozen=True)
class _Shape:
    template: tuple[str, ...]  # statements with each string literal replaced by _HOLE
    literals: tuple[str, ...]  # the literals' source text, in order
    scenario: bool = False  # a whole scenario that opens the page first (an outline's row)

    @property
    def key(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What rows of one loop share: the statements and every literal a loop may not vary
        (the element acted on, unless each row is a scenario of its own: "click seat <seat>")."""
        loopable = set(range(len(self.literals))) if self.scenario else _loopable(self.template)
        return self.template, tuple(lit for n, lit in enumerate(self.literals) if n not in loopable)


def _shape(statements: list[str]) -> _Shape | None:
    template, literals = [], []
    for statement in statements:
        try:
            tokens = list(tokenize.generate_tokens(io.StringIO(statement).readline))
        except (tokenize.TokenError, IndentationError):
            return None
        out, last = [], 0
        for token in tokens:
            if token.type == tokenize.STRING and token.start[0] == 1 and token.end[0] == 1:
                out.append(statement[last : token.start[1]] + _HOLE)
                literals.append(token.string)
                last = token.end[1]
        template.append("".join(out) + statement[last:])
    return _Shape(tuple(template), tuple(literals))


def loop_runs(rows: list[Row]) -> list[tuple[int, int, list[str]]]:
    """(first row, end row, the loop's lines) for each run of rows that loop well; a loop's
    body may be several steps (a Scenario Outline's steps, once per Examples row)."""
    shapes = [_shape(row.statements) if row.is_step and row.statements else None for row in rows]
    runs: list[tuple[int, int, list[str]]] = []
    start = 0
    while start < len(rows):
        best: tuple[int, int, list[str]] | None = None
        for size in range(1, (len(rows) - start) // MIN_ROWS + 1):
            units: list[_Shape] = []
            end = start
            while end + size <= len(rows) and all(s is not None for s in shapes[end : end + size]):
                unit = _joined([s for s in shapes[end : end + size] if s is not None], rows[end].opens)
                if units and unit.key != units[0].key:
                    break
                units.append(unit)
                end += size
            longer = best is None or end > best[1]
            if len(units) >= MIN_ROWS and longer and (loop := _loop(units)) is not None:
                best = (start, end, loop)
        if best is not None:
            runs.append(best)
            start = best[1]
        else:
            start += 1
    return runs


def _joined(shapes: list[_Shape], scenario: bool = False) -> _Shape:
    return _Shape(
        tuple(t for s in shapes for t in s.template), tuple(lit for s in shapes for lit in s.literals), scenario
    )


def _loop(shapes: list[_Shape]) -> list[str] | None:
    """The `for` statement, or None when every row is the same (nothing varies)."""
    columns = list(zip(*(s.literals for s in shapes), strict=True))
    varying = [n for n, column in enumerate(columns) if len(set(column)) > 1]
    if not varying:  # (what may not vary does not: the rows share their key)
        return None
    names: dict[tuple[str, ...], str] = {}  # one name per column of values
    taken = set(_RESERVED)
    fills: list[str] = list(shapes[0].literals)
    template = shapes[0].template
    for n in varying:
        column = columns[n]
        if column not in names:
            names[column] = _unique(_name_for(shapes[0], n), taken)
        fills[n] = names[column]
    header = list(names)
    if len(header) == 1:
        values = ", ".join(header[0])
        head = f"for {names[header[0]]} in [{values}]:"
        body_rows: list[str] = []
    else:
        head = f"for {', '.join(names[c] for c in header)} in ["
        body_rows = [f"    ({', '.join(c[row] for c in header)})," for row in range(len(shapes))]
    lines = [head] if len(header) == 1 else [head, *body_rows, "]:"]
    filled = iter(fills)
    for statement in template:
        lines.append("    " + re.sub(_HOLE, lambda _: next(filled), statement))
    return lines


def _loopable(template: tuple[str, ...]) -> set[int]:
    """Literals a loop may vary: any of a check's, only the value of an action (the element
    acted on stays the same: other fields are other steps, not rows)."""
    found: set[int] = set()
    seen = 0
    for statement in template:
        holes = statement.count(_HOLE)
        if statement.lstrip().startswith(("expect(", "assert")):
            found.update(range(seen, seen + holes))
        elif holes and re.search(rf"\((?:[^()]*,\s*)?{_HOLE}\)$", statement.rstrip()):
            found.add(seen + holes - 1)  # `.fill(<value>)`, `.send_keys(<value>)`
        seen += holes
    return found


def _name_for(shape: _Shape, position: int) -> str:
    """A variable name for the literal at `position`: the field it is typed into, else what
    it is (expected text, a key, a value)."""
    seen = 0
    for statement in shape.template:
        holes = statement.count(_HOLE)
        if seen + holes > position:
            parts = statement.split(_HOLE)
            before = "".join(
                part + (shape.literals[seen + k] if k < position - seen else "")
                for k, part in enumerate(parts[: position - seen + 1])
            )
            if re.search(r"\.(?:fill|send_keys|select_option)\($", before):
                words = [w for w in re.findall(r"[a-z][a-z0-9]*", before.lower()) if w not in _NOT_NAMES]
                return "_".join(words[-2:]) or "value"
            if statement.lstrip().startswith(("expect(", "assert")):
                return "expected"
            if "keyboard.press(" in before or "send_keys(Keys" in before:
                return "key"
            return "value"
        seen += holes
    return "value"


# words of a locator that name no field
_NOT_NAMES = {
    "page", "get", "by", "label", "placeholder", "role", "textbox", "searchbox", "spinbutton", "combobox",
    "name", "exact", "true", "fill", "select", "option", "locator", "driver", "find", "element", "xpath",
    "css", "selector", "test", "id", "send", "keys", "clear", "contains", "normalize", "space",
    "in", "of", "the", "a", "an", "your", "to", "for", "e", "g",
}


# names the test already uses (the fixtures, the imports): a loop variable must not hide them
_RESERVED = {"page", "expect", "os", "re", "pytest", "driver", "BASE_URL", "Page", "Keys", "By", "Select"}


def _unique(name: str, taken: set[str]) -> str:
    name = f"{name}_" if keyword.iskeyword(name) else name
    candidate, number = name, 2
    while candidate in taken:
        candidate, number = f"{name}_{number}", number + 1
    taken.add(candidate)
    return candidate
