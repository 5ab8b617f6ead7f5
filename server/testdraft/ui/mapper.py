"""The deterministic generator: each manual step's wording matched to inventory elements.

A step is split into clauses; a clause's leading verb picks the action (enter/type -> fill,
click -> click, tick -> check, select/choose -> select or check, verify -> assertions) and the
element is found by the quoted text or the words naming it (label, placeholder, aria-label, id,
test id, a caption next to the field). Expected results become `expect` assertions, placed after
the step they name ("After step 3 ..."). An element the component does not have gives a TODO and
an issue, never an invented locator. An expected text is kept even when the component does not
render it: that is exactly what the test must catch.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from testdraft.ui.actions import Action, Block, Issue, MappedTest, Target
from testdraft.ui.inventory import FORM_FIELDS, Element, Inventory
from testdraft.ui.resolve import MANY, Query, resolve, unique_locator
from testdraft.ui.steps import TestCase
from testdraft.ui.textpattern import MatchLevel, match

_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")
_NUMBER_WORDS = {
    "no": 0,
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "single": 1,
}
_NEGATIVE = re.compile(
    r"\b(not|no longer|disappears?|is gone|are gone|hidden|never|nothing|removed|vanish\w*|"
    r"closes|is closed|is dismissed)\b|"
    r"\bno\s+(?!\w+\s+(?:is|are)\s+(?:listed|shown))",
    re.IGNORECASE,
)
_FIELD_WORDS = {"field", "box", "input", "textbox", "textarea", "area"}
_ROLE_NOUNS = {
    "button": "button",
    "link": "link",
    "tab": "tab",
    "heading": "heading",
    "title": "heading",
    "checkbox": "checkbox",
    "switch": "switch",
    "toggle": "switch",
    "radio": "radio",
    "dropdown": "combobox",
    "dialog": "dialog",
    "modal": "dialog",
    "question": "button",
    "filter": "button",
    "alert": "alert",
}
_STOP = {
    "the",
    "a",
    "an",
    "in",
    "into",
    "on",
    "of",
    "to",
    "field",
    "box",
    "button",
    "input",
    "next",
    "again",
    "and",
    "with",
    "for",
    "its",
    "it",
    "this",
    "that",
    "is",
    "are",
    "new",
}


def _quotes(text: str) -> list[str]:
    """Quoted strings; `"Project "Apollo" was deleted."` stays one (a quote inside a quote)."""
    found: list[str] = []
    last_end = -1
    for match_ in _QUOTED.finditer(text):
        inner = match_.group(1)
        gap = text[last_end : match_.start()] if found else ""
        nested = (
            found and re.fullmatch(r"\S+", gap) and (found[-1].endswith(" ") or inner[:1] == " ")
        )
        if nested:
            found[-1] = f'{found[-1]}"{gap}"{inner}'
        else:
            found.append(inner)
        last_end = match_.end()
    return [q for q in (_clean_quote(f) for f in found) if q]


def _clean_quote(quote: str) -> str:
    # "Signed in as ..." / "...once every 30 days" quote part of a longer text
    return quote.strip().strip(".…").strip() if re.search(r"(\.\.\.|…)", quote) else quote.strip()


def _words(text: str) -> set[str]:
    out = set()
    for word in re.findall(r"[a-z0-9]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", text).lower()):
        out.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return out - _STOP


def _split(text: str, separators: str) -> list[str]:
    """Split on `separators` (regex) outside quotes."""
    parts, last = [], 0
    spans = [m.span() for m in _QUOTED.finditer(text)]
    for m in re.finditer(separators, text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        parts.append(text[last : m.start()])
        last = m.end()
    parts.append(text[last:])
    return [p.strip(" .") for p in parts if p.strip(" .")]


_ACTION_VERB = (
    r"(?:enter|type|fill|write|input|click|press|tap|tick|untick|uncheck|check|select|choose|pick|"
    r"replace|leave|clear|verify|ensure|confirm|turn|toggle|open|go|navigate|reload|submit)"
)


def split_clauses(step: str) -> list[str]:
    sentences = _split(step, r"(?<=[.!?])\s+(?=[A-Z])")
    clauses: list[str] = []
    for sentence in sentences:
        clauses.extend(_split(sentence, rf",?\s+(?:and|then)\s+(?={_ACTION_VERB}\b)|;\s*"))
    return clauses


class Mapper:
    """Maps one test case onto one component's inventory."""

    def __init__(self, inventory: Inventory) -> None:
        self.inventory = inventory
        self.last_fill_char = "a"
        self.typed: list[str] = []  # values filled so far: they may be rendered later
        self.last_target: Target | None = None  # what "click it" refers to

    # ---- element lookup -----------------------------------------------------------------
    def _kind_ok(self, element: Element, kind: str) -> bool:
        if kind == "field":
            return element.tag in ("input", "textarea") and element.role not in (
                "checkbox",
                "radio",
                "button",
            )
        if kind == "select":
            return element.tag == "select"
        if kind in ("checkbox", "radio", "switch"):
            return element.role == kind
        if kind == "checkable":
            return element.role in ("checkbox", "radio", "switch")
        if kind == "clickable":
            return (
                element.role
                in (
                    "button",
                    "link",
                    "tab",
                    "checkbox",
                    "radio",
                    "switch",
                    "menuitem",
                    "option",
                )
                or "onClick" in element.handlers
            )
        return True

    def _names(self, element: Element) -> list[str]:
        names = [lbl.display() for lbl in element.labels]
        names += [element.name.display(), element.nearby_text]
        for key in ("placeholder", "id", "data-testid", "name", "aria-label"):
            if key in element.attrs:
                names.append(element.attrs[key].display())
        if element.tag not in FORM_FIELDS:
            names.append(element.text.display())
        return [n for n in names if n]

    def find_by_quote(self, quote: str, kind: str, context: str = "") -> Element | None:
        """The element of `kind` whose name or label best matches quoted text; among equals,
        one whose role the clause names ("the "Sign in" link")."""
        best: tuple[int, list[Element]] = (0, [])
        for element in self.inventory:
            if not self._kind_ok(element, kind):
                continue
            patterns = [*element.labels, element.name]
            if "placeholder" in element.attrs:
                patterns.append(element.attrs["placeholder"])
            if element.tag not in FORM_FIELDS and kind == "clickable":
                patterns.append(element.text)
            level = max(
                (max(match(p, quote, exact=True) * 2, match(p, quote)) for p in patterns),
                default=0,
            )
            if level > best[0]:
                best = (level, [element])
            elif level and level == best[0]:
                best[1].append(element)
        roles = {r for noun, r in _ROLE_NOUNS.items() if re.search(rf"\b{noun}\b", context, re.I)}
        named = [e for e in best[1] if e.role in roles]
        chosen = named or best[1]
        return chosen[0] if chosen else None

    def find_by_words(self, phrase: str, kind: str) -> Element | None:
        candidates = [e for e in self.inventory if self._kind_ok(e, kind)]
        return self._best_by_words(phrase, candidates)

    def _best_by_words(self, phrase: str, candidates: list[Element]) -> Element | None:
        """The candidate whose names share the most words with `phrase`, if it is clear."""
        wanted = _words(phrase)
        scored: list[tuple[float, int, Element]] = []
        for element in candidates:
            best = 0.0
            for name in self._names(element):
                have = _words(name)
                if have and wanted:
                    best = max(best, len(have & wanted) / len(wanted | have) + (have <= wanted))
            scored.append((best, -element.index, element))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][2]
        if len(candidates) == 1:  # "the new task field" when there is just one field
            return candidates[0]
        return None

    def target(self, element: Element | None, hint: str | None = None) -> Target | None:
        if element is None:
            return None
        query = unique_locator(self.inventory, element, hint)
        return Target(query, element) if query is not None else None

    # ---- clauses ------------------------------------------------------------------------
    def map_action(self, clause: str, block: Block) -> bool:
        """Append the actions of an imperative clause; False if it is not one."""
        if on_page := re.match(r"^on (?:the )?[\"“]([^\"”]+)[\"”][^,]*,\s*", clause, re.I):
            self._text_assertion(on_page.group(1), "", False, block, precondition=True)
            clause = clause[on_page.end() :]
            if re.match(r"(verify|check|ensure|confirm)\b", clause, re.I) and not _quotes(clause):
                return True  # "check the summary": the expected results say what to check
        text = re.sub(r"^(?:then|now|finally|again)\s+|^on [^,]+,\s*", "", clause, flags=re.I)
        text = re.sub(r"^in the (.+?),\s*(\w+)", r"\2 in the \1", text, flags=re.I)
        lower = text.lower()
        quotes = _quotes(text)
        if re.match(r"(enter|type|fill|write|input|put|replace|populate)\b", lower) or (
            re.match(r"set\b.*\bto\b", lower) and quotes
        ):
            return self._fill(text, quotes, block)
        if re.match(r"(open|navigate|go to|visit|load|launch|start)\b", lower) and not quotes:
            return True  # the test opens the page first
        if m := re.match(
            r"(?:press|hit)\s+(?:the\s+)?(enter|tab|escape|esc|space|backspace)\b", lower
        ):
            key = {"esc": "Escape", "space": " "}.get(m.group(1), m.group(1).capitalize())
            block.actions.append(Action("press", value=key))
            return True
        if m := re.match(r"clear (?:the )?(.+)$", lower):
            element = self.find_by_words(m.group(1), "field")
            return self._add(block, "fill", element, m.group(1), value="")
        if re.match(r"(hover|mouse over|move the mouse over)\b", lower):
            phrase = quotes[0] if quotes else re.sub(r"^\w+\s+(over\s+)?", "", text)
            element = (self.find_by_quote(quotes[0], "any") if quotes else None) or (
                self.find_by_words(phrase, "any")
            )
            return self._add(block, "hover", element, phrase, hint=quotes[0] if quotes else None)
        if m := re.match(r"leave (?:the )?(.+?)\s+(?:field\s+)?(?:empty|blank)", lower):
            element = self.find_by_words(m.group(1), "field")
            return self._add(block, "expect_value", element, m.group(1), value="")
        if re.match(r"(click|press|tap|hit)\b", lower):
            times = 2 if re.search(r"\btwice\b", lower) else 1
            if m := re.search(r"\b(\d+) times\b", lower):
                times = int(m.group(1))
            return self._click(text, quotes, block, times)
        if re.match(r"(tick|check|untick|uncheck|turn|toggle|switch)\b", lower) and (
            re.match(r"(tick|untick|uncheck)", lower)
            or re.search(r"\b(checkbox|switch|toggle|radio)\b", lower)
        ):
            on = not re.match(r"(untick|uncheck)", lower) and not re.search(r"\boff\b", lower)
            phrase = quotes[0] if quotes else re.sub(r"^\w+\s+", "", text)
            if (in_row := self._in_row(text, "checkable")) is not None:
                verb = "check" if on else "uncheck"
                return self._add(block, verb, in_row[0], phrase, hint=in_row[1])
            verb = "check" if on else "uncheck"
            if len(quotes) > 1:  # Check the "A" checkbox and the "B" checkbox
                for quote in quotes:
                    self._add(
                        block, verb, self.find_by_quote(quote, "checkable"), quote, hint=quote
                    )
                return True
            element = (self.find_by_quote(quotes[0], "checkable") if quotes else None) or (
                self.find_by_words(phrase, "checkable")
            )
            hint = quotes[0] if quotes else None
            return self._add(block, verb, element, phrase, hint=hint)
        if re.match(r"(select|choose|pick)\b", lower):
            return self._select(text, quotes, block)
        if re.match(r"(reload|refresh)\b", lower):
            block.actions.append(Action("reload"))
            return True
        return False

    def _add(
        self,
        block: Block,
        verb: str,
        element: Element | None,
        described: str,
        hint: str | None = None,
        **extra: object,
    ) -> bool:
        target = self.target(element, hint)
        if target is None:
            what = (
                "no element" if element is None else f"no unique locator for {element.describe()}"
            )
            block.todos.append(
                Issue(
                    f"TODO: {verb} {described!r}: {what} in {self.inventory.component}", "warning"
                )
            )
            return True
        block.actions.append(Action(verb, target, **extra))  # type: ignore[arg-type]
        self.last_target = target
        return True

    def _fill(self, text: str, quotes: list[str], block: Block) -> bool:
        pairs = _split(text, r"\s+and\s+(?=[\"“])")
        if len(pairs) > 1:  # Enter "Ada" in First name and "Lovelace" in Last name
            verb = text.split()[0]
            for number, pair in enumerate(pairs):
                self._fill(pair if number == 0 else f"{verb} {pair}", _quotes(pair), block)
            return True
        lower = text.lower()
        value_code = None
        value: str | None = quotes[0] if quotes else None
        if m := re.search(r"(\d+)\s+(?:letters?|characters?|chars?)\s*(?:[\"“](.)[\"”])?", text):
            letter = m.group(2) or self.last_fill_char
            self.last_fill_char = letter
            value_code, value = f"{letter!r} * {int(m.group(1))}", None
        with_form = re.match(
            r"(?:fill(?: in| out)?|set|complete|populate)\s+(?:the\s+)?(.+?)\s+(?:with|to)\s+(.*)$",
            text,
            re.I,
        )
        if with_form is not None:  # Fill in the Email field with "x"
            phrase = with_form.group(1)
            value_quotes = _quotes(with_form.group(2))
            value = value_quotes[-1] if value_quotes and value_code is None else value
        elif (m := re.match(r"replace (?:the )?(.+?) with", lower)) or (
            m := re.search(r"\b(?:in|into)\s+(?:the\s+)?(.+)$", text, re.I)
        ):
            phrase = m.group(1)
        else:  # "Enter "x" as the email": the words left once the value is gone
            phrase = re.sub(r"^\w+\s+", "", _QUOTED.sub(" ", text)).strip()
        phrase_quotes = _quotes(phrase)
        element = None
        if phrase_quotes:
            element = self.find_by_quote(phrase_quotes[0], "field")
        if element is None:
            element = self.find_by_words(_QUOTED.sub(lambda q: q.group(1), phrase), "field")
        if value is None and value_code is None:
            block.todos.append(Issue(f"TODO: no value to enter in {text!r}", "warning"))
            return True
        if value is not None:
            self.typed.append(value)
        return self._add(block, "fill", element, phrase or text, value=value, value_code=value_code)

    def _in_row(self, text: str, kind: str) -> tuple[Element, str] | None:
        """`the "+" button next to Coffee Mug`: an element repeated per row, named after it.

        The element's name has one hole ("Increase quantity of {…}"); the row's text fills it
        and the clause's other words must name the literal part."""
        m = re.search(r"\b(?:next to|for|of|beside|on the row of)\s+(?:the\s+)?(.+)$", text, re.I)
        if m is None:
            return None
        row = m.group(1)
        row_quotes = _quotes(row)
        row_text = (
            row_quotes[0]
            if row_quotes
            else re.sub(r"\s+\b(twice|again|once more|\d+ times)\b.*$", "", row).strip(" .")
        )
        words = _words(_QUOTED.sub(" ", text[: m.start()])) | _words(
            re.sub(r"[\"“].*?[\"”]", " ", text[: m.start()])
        )
        words |= _words(re.sub(r".*?\(([^)]*)\).*", r"\1", text[: m.start()]))
        best: tuple[float, Element | None, str] = (-1.0, None, "")
        for element in self.inventory:
            holes = [seg for seg in element.name.segments if not seg.closed]
            if not self._kind_ok(element, kind) or len(holes) != 1:
                continue
            literal = " ".join(seg.options[0] for seg in element.name.segments if seg.closed)
            score = len(_words(literal) & words) / max(len(_words(literal)), 1)
            if element.text.static_text() and element.text.static_text() in _quotes(text):
                score += 0.5
            if score > best[0]:
                name = "".join(
                    seg.options[0] if seg.closed else row_text for seg in element.name.segments
                )
                best = (score, element, name.strip())
        tied = [
            e
            for e in self.inventory
            if self._kind_ok(e, kind) and sum(not seg.closed for seg in e.name.segments) == 1
        ]
        if best[1] is None or (best[0] <= 0 and len(tied) != 1):
            return None
        return best[1], best[2]

    def _click(self, text: str, quotes: list[str], block: Block, times: int) -> bool:
        if (in_row := self._in_row(text, "clickable")) is not None:
            return self._add(block, "click", in_row[0], text, hint=in_row[1], times=times)
        if quotes:
            element = self.find_by_quote(quotes[0], "clickable", text)
            return self._add(block, "click", element, quotes[0], hint=quotes[0], times=times)
        phrase = re.sub(r"^\w+\s+(?:on\s+)?", "", text)
        phrase = re.sub(r"\b(twice|again|\d+ times|once more)\b", "", phrase)
        if _PRONOUN.fullmatch(phrase.strip(" .")) and self.last_target is not None:
            block.actions.append(Action("click", self.last_target, times=times))
            return True
        element = self.find_by_words(phrase, "clickable")
        return self._add(block, "click", element, phrase.strip(), times=times)

    def _select(self, text: str, quotes: list[str], block: Block) -> bool:
        value = quotes[0] if quotes else None
        m = re.search(r"\b(?:in|from)\s+(?:the\s+)?(.+)$", text, re.I)
        if value is not None and m is not None:
            select = self.find_by_words(m.group(1), "select")
            if select is not None:
                option = self._option_value(select, value)
                return self._add(block, "select", select, m.group(1), value=option)
        if value is not None:
            element = self.find_by_quote(value, "checkable")
            if element is not None:
                return self._add(block, "check", element, value, hint=value)
            selects = [e for e in self.inventory if e.tag == "select"]
            if len(selects) == 1:
                return self._add(
                    block, "select", selects[0], value, value=self._option_value(selects[0], value)
                )
        block.todos.append(Issue(f"TODO: could not find what to select in {text!r}", "warning"))
        return True

    def _option_value(self, select: Element, label: str) -> str:
        """select_option accepts a value or a label; keep the label the step used."""
        return label

    # ---- assertions ---------------------------------------------------------------------
    def map_assertions(self, clause: str, block: Block, precondition: bool = False) -> None:
        body = re.sub(
            r"^(?:verify|check|ensure|confirm|make sure|observe|assert)\s+(?:that\s+)?",
            "",
            clause,
            flags=re.I,
        )
        for piece in _split(body, r",\s+(?:and\s+)?|;\s*|:\s+(?=[a-z])"):
            lower = _QUOTED.sub('"…"', piece).lower()
            if self._value_assertion(piece, lower, _quotes(piece), block):
                continue
            for part in _split(piece, r"\s+and\s+(?![\"“][^\"”]*[\"”]\s*$)"):
                self._assert_part(part, block, precondition)

    def _assert_part(self, part: str, block: Block, precondition: bool) -> None:
        lower = _QUOTED.sub('"…"', part).lower()  # quoted text says nothing about the check
        negative = bool(_NEGATIVE.search(lower))
        quotes = _quotes(part)
        state = _state_word(lower)
        if (count := self._count_assertion(lower)) is not None:
            block.actions.append(count)
            if not quotes:
                return
        if state and not precondition:
            if self._state_assertion(part, quotes, state, block):
                return
            if not quotes:
                return
        if precondition and state:
            return
        if not quotes and not precondition:
            if self._labelled_figure(part, block) or self._absent_role(lower, negative, block):
                return
            quotes = self._data_mentioned(part)
        for quote in quotes:
            self._text_assertion(quote, lower, negative, block, precondition)

    def _data_mentioned(self, part: str) -> list[str]:
        """Unquoted data the component renders ("Farah Haddad is listed"): the longest
        strings from the component's own data that the clause names word for word."""
        found: list[str] = []
        for value in sorted(self.inventory.data_strings, key=len, reverse=True):
            if re.search(rf"(?<![\w$]){re.escape(value)}(?!\w)", part) and not any(
                value in f for f in found
            ):
                found.append(value)
        return [f for f in found if not re.fullmatch(r"[\d\s.,$%]+", f)]

    def _labelled_figure(self, part: str, block: Block) -> bool:
        """ "Subtotal $39.00" / "Total is $64.00": a figure next to the name of an element
        (test id or id) whose text the code computes."""
        m = re.search(r"(\$?\d[\d,]*(?:\.\d+)?%?)\s*$", part.strip(" ."))
        if m is None:
            return False
        verbs = r"\b(?:is|are|shows?|reads?|displays?|now|still|equals?)\b"
        before = re.sub(rf"(?:\s*{verbs})+\s*$", "", part[: m.start()].strip(" :="))
        subject = _words(re.split(verbs, before)[-1])  # "the summary shows Subtotal" -> Subtotal
        if not subject:
            return False
        best: tuple[float, Element | None] = (0.0, None)
        for element in self.inventory:
            key = element.test_id or element.element_id
            if not key or element.text.is_static or element.tag in FORM_FIELDS:
                continue
            have = _words(key.replace("-", " ").replace("_", " "))
            if not subject <= have:  # "line total" must not match "cart-total"
                continue
            score = len(have & subject) / len(subject | have)
            if score > best[0]:
                best = (score, element)
        if best[1] is None:
            return False
        target = self.target(best[1])
        if target is None:
            return False
        # the whole text when the code renders just the figure, else a part of it
        verb = "expect_text" if not best[1].text.has_literal else "expect_contains"
        block.actions.append(Action(verb, target, value=m.group(1)))
        return True

    def _absent_role(self, lower: str, negative: bool, block: Block) -> bool:
        """ "no download link appears" / "the error is gone": the only element of that role,
        rendered conditionally, is absent."""
        if not negative:
            return False
        nouns = {**_ROLE_NOUNS, "error": "alert", "message": "alert"}
        for noun, role in nouns.items():
            if not re.search(rf"\b{noun}s?\b", lower):
                continue
            holders = [e for e in self.inventory if e.role == role]
            if len(holders) == 1 and holders[0].conditional:
                block.actions.append(
                    Action("expect_absent", Target(Query("role", role), holders[0]))
                )
                return True
        return False

    def _value_assertion(self, part: str, lower: str, quotes: list[str], block: Block) -> bool:
        contains = re.search(
            r"\b(?:still\s+)?(?:contains?|has the value|shows? the value)\b", lower
        )
        empty = re.search(r"\b(?:is|are)\s+(?:still\s+)?(?:empty|blank)(?:\s+again)?\b", lower)
        if not (contains or empty) or not re.search(r"\b(field|box|input)s?\b", lower):
            return False
        subject = lower[: (contains or empty).start()]  # type: ignore[union-attr]
        subjects = [s for s in re.split(r"\s+and\s+|,\s*", subject) if s.strip()]
        values = quotes if contains else [""] * len(subjects)
        if len(values) == 1 and len(subjects) > 1:
            values = values * len(subjects)
        for phrase, value in zip(subjects, values, strict=False):
            element = self.find_by_words(phrase, "field")
            if element is None or not _words(phrase):
                continue
            self._add(block, "expect_value", element, phrase, value=value)
        return True

    def _count_assertion(self, lower: str) -> Action | None:
        m = re.search(
            r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(?:\w+\s+){0,2}?(\w+)\s+(?:are|is)\s+"
            r"(?:still\s+)?(?:listed|shown|displayed)",
            lower,
        )
        if m is None:
            return None
        number = m.group(1)
        count = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        groups = [
            e
            for e in self.inventory
            if e.repeated
            and (
                e.role in ("listitem", "row")
                or (e.test_id and re.search(r"item|row|card", e.test_id))
            )
        ]
        if len(groups) != 1:
            return None
        query = _group_locator(self.inventory, groups[0])
        if query is None:
            return None
        return Action("expect_count", Target(query, groups[0]), count=count)

    def _state_assertion(self, part: str, quotes: list[str], state: str, block: Block) -> bool:
        kinds = {"checked": "checkable", "unchecked": "checkable", "selected": "clickable"}
        kind = kinds.get(state, "clickable")
        element = None
        hint = None
        if quotes:
            element = self.find_by_quote(quotes[0], kind, part)
            hint = quotes[0]
        if element is None:
            element = self._named_in(part, kind)
        if element is None and state.startswith("aria-expanded"):
            # "the password question is reported as collapsed": only expandable elements
            subject = re.split(r"\b(?:is|are|stays?|remains?)\b", part)[0]
            expandable = [e for e in self.inventory if "aria-expanded" in e.attrs]
            element = self._best_by_words(subject, expandable)
        if element is None:
            return False
        if state == "selected" and element.tag == "option":  # a native select shows its value
            select = next((a for a in self.inventory.ancestors(element) if a.tag == "select"), None)
            value = element.attr("value") or element.text.static_text()
            if select is None or value is None:
                return False
            self._add(block, "expect_value", select, part, value=value)
            return True
        if state == "selected":
            if element.role in ("checkbox", "radio", "switch"):
                state = "checked"
            elif element.role in ("tab", "option"):
                negative = bool(_NEGATIVE.search(part.lower()))
                state = f"aria-selected={'false' if negative else 'true'}"
            else:
                return False
        elif state == "checked" and _NEGATIVE.search(part.lower()):
            state = "unchecked"
        self._add(block, "expect_state", element, part, hint=hint, value=state)
        return True

    def _named_in(self, part: str, kind: str) -> Element | None:
        """An element of `kind` whose static name appears in the clause's words."""
        lower = part.lower()
        found = [
            e
            for e in self.inventory
            if self._kind_ok(e, kind)
            and (name := e.name.static_text())
            and re.search(rf"\b{re.escape(name.lower())}\b", lower)
        ]
        found.sort(key=lambda e: -len(e.name.static_text() or ""))
        return found[0] if found else None

    def _text_assertion(
        self, quote: str, lower: str, negative: bool, block: Block, precondition: bool
    ) -> None:
        role = next(
            (r for noun, r in _ROLE_NOUNS.items() if re.search(rf"\b{noun}\b", lower)), None
        )
        query = Query("text", quote)
        element = None
        if role and role not in ("alert",):
            by_role = Query("role", role, name=quote)
            if resolve(self.inventory, by_role).count == 1:
                query = by_role
        result = resolve(self.inventory, query, self.typed)
        if result.count == MANY and query.kind == "text":
            exact = Query("text", quote, exact=True)
            if resolve(self.inventory, exact).count == 1:
                query, result = exact, resolve(self.inventory, exact)
        if precondition and (
            result.count != 1
            or result.elements[0].conditional
            or result.elements[0].tag == "option"
        ):
            return
        element = result.elements[0] if result.count == 1 else None
        typed_only = result.level <= MatchLevel.GUESSED and any(
            quote.lower() in t.lower() or t.lower() in quote.lower() for t in self.typed if t
        )
        if result.count == 0:
            block.todos.append(
                Issue(
                    f"expected text {quote!r} is not rendered by {self.inventory.component}: "
                    "the test will fail until it is",
                    "warning",
                )
            )
        elif result.count == MANY and not negative and not typed_only:
            block.todos.append(
                Issue(f"TODO: {quote!r} matches several elements; check it by hand", "warning")
            )
            return
        verb = "expect_absent" if negative else "expect_visible"
        block.actions.append(Action(verb, Target(query, element)))


def _state_word(lower: str) -> str | None:
    for word, state in (
        ("disabled", "disabled"),
        ("enabled", "enabled"),
        ("unchecked", "unchecked"),
        ("unticked", "unchecked"),
        ("checked", "checked"),
        ("ticked", "checked"),
        ("selected", "selected"),
        ("stays on", "checked"),
        ("stays off", "unchecked"),
        ("is on", "checked"),
        ("is off", "unchecked"),
        ("still on", "checked"),
        ("still off", "unchecked"),
        ("expanded", "aria-expanded=true"),
        ("collapsed", "aria-expanded=false"),
    ):
        if re.search(rf"\b{word}\b", lower):
            return state
    return None


def _group_locator(inventory: Inventory, element: Element) -> Query | None:
    """A locator for all copies of a repeated element and nothing else."""
    options: list[Query] = []
    if element.test_id:
        options.append(Query("test_id", element.test_id))
    if element.role:
        options.append(Query("role", element.role))
    for query in options:
        result = resolve(inventory, query)
        if result.elements == (element,):
            return query
    return None


_PRONOUN = re.compile(r"(?:it|this|that|them|(?:the|this|that) (?:button|link|one))", re.I)
# a step written as a statement of fact ("The Save button should now be enabled")
_DECLARATIVE = re.compile(
    r"\b(should|must|is|are)\b.*\b(shown|displayed|visible|enabled|disabled|checked|selected|"
    r"empty|hidden|listed)\b|\b(appears?|reads?|shows?)\b",
    re.I,
)

_AFTER_STEP = re.compile(r"^\s*(?:after|once|when)\s+step\s+(\d+)[,:]?\s*", re.IGNORECASE)


def _vague_checks(steps: list[str]) -> dict[int, set[str]]:
    """Steps like "check the summary": a check with no quoted text or figures of its own."""
    found: dict[int, set[str]] = {}
    for number, step in enumerate(steps, start=1):
        for clause in split_clauses(re.sub(r"^on [^,]+,\s*", "", step, flags=re.I)):
            m = re.match(r"(?:check|verify|inspect|review|look at)\s+(.*)$", clause, re.I)
            if m and not _quotes(clause) and not re.search(r"\d", clause):
                found.setdefault(number, set()).update(_words(step) - {"check", "step"})
    return found


def _anchor(expected: Iterable[str], steps: list[str]) -> list[tuple[int, str]]:
    """(step after which to check, text): "After step N" anchors, a check step the result
    shares words with ("check the summary" / "The review summary shows ..."), else the end;
    a result with no anchor right after an anchored one inherits it."""
    step_count = len(steps)
    vague = _vague_checks(steps)
    anchored: list[tuple[int, str]] = []
    current = step_count
    seen_anchor = False
    for item in expected:
        if m := _AFTER_STEP.match(item):
            current = min(int(m.group(1)), step_count)
            seen_anchor = True
            item = item[m.end() :]
        elif not seen_anchor:
            words = _words(_QUOTED.sub(" ", item))
            overlaps = [(len(w & words), n) for n, w in vague.items() if w & words]
            current = max(overlaps)[1] if overlaps else step_count
        anchored.append((current, item))
    return anchored


def map_test_case(inventory: Inventory, case: TestCase) -> MappedTest:
    mapper = Mapper(inventory)
    test = MappedTest(component=inventory.component, title=case.title or inventory.component)
    opening = Block("open the page", [Action("goto")])
    if case.preconditions:
        for clause in split_clauses(case.preconditions):
            mapper.map_assertions(clause, opening, precondition=True)
    test.blocks.append(opening)
    after: dict[int, list[str]] = {}
    for step_no, item in _anchor(case.expected, case.steps):
        after.setdefault(step_no, []).append(item)
    for number, step in enumerate(case.steps, start=1):
        block = Block(f"Step {number}: {step}")
        for clause in split_clauses(step):
            if not mapper.map_action(clause, block):
                if re.match(
                    r"(verify|check|ensure|confirm|make sure|observe|assert)\b", clause, re.I
                ) or _DECLARATIVE.search(clause):
                    mapper.map_assertions(clause, block)
                else:
                    block.todos.append(Issue(f"TODO (manual): {clause}", "info"))
        test.blocks.append(block)
        for item in after.get(number, []):
            expected_block = Block(f"Expected: {item}")
            for clause in split_clauses(item):
                mapper.map_assertions(clause, expected_block)
            test.blocks.append(expected_block)
    for item in after.get(0, []):
        expected_block = Block(f"Expected: {item}")
        mapper.map_assertions(item, expected_block)
        test.blocks.append(expected_block)
    return test
