"""Expected results and verify steps as `expect` assertions."""

from __future__ import annotations

import re

from testdraft.ui.inventory import FORM_FIELDS, MANY, Element, MatchLevel, Query, resolve
from testdraft.ui.issues import Issue
from testdraft.ui.mapping.actions import Action, Block, Target
from testdraft.ui.mapping.lookup import ElementLookup, group_locator
from testdraft.ui.mapping.wording import (
    NEGATIVE,
    NUMBER_WORDS,
    QUOTED,
    ROLE_NOUNS,
    content_words,
    quoted_texts,
    split_outside_quotes,
    state_word,
)


class AssertionMapper(ElementLookup):
    """Turns checks ("the error "X" is shown", "Save is disabled") into assertions."""

    def map_assertions(self, clause: str, block: Block, precondition: bool = False) -> None:
        body = re.sub(
            r"^(?:verify|check|ensure|confirm|make sure|observe|assert)\s+(?:that\s+)?",
            "",
            clause,
            flags=re.I,
        )
        for piece in split_outside_quotes(body, r",\s+(?:and\s+)?|;\s*|:\s+(?=[a-z])"):
            lower = QUOTED.sub('"…"', piece).lower()
            if self._value_assertion(piece, lower, quoted_texts(piece), block):
                continue
            for part in split_outside_quotes(piece, r"\s+and\s+(?![\"“][^\"”]*[\"”]\s*$)"):
                self._assert_part(part, block, precondition)

    def _assert_part(self, part: str, block: Block, precondition: bool) -> None:
        lower = QUOTED.sub('"…"', part).lower()  # quoted text says nothing about the check
        negative = bool(NEGATIVE.search(lower))
        quotes = quoted_texts(part)
        state = state_word(lower)
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
        subject = content_words(
            re.split(verbs, before)[-1]
        )  # "the summary shows Subtotal" -> Subtotal
        if not subject:
            return False
        best: tuple[float, Element | None] = (0.0, None)
        for element in self.inventory:
            key = element.test_id or element.element_id
            if not key or element.text.is_static or element.tag in FORM_FIELDS:
                continue
            have = content_words(key.replace("-", " ").replace("_", " "))
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
        nouns = {**ROLE_NOUNS, "error": "alert", "message": "alert"}
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
            if element is None or not content_words(phrase):
                continue
            self._add(block, "expect_value", element, phrase, value=value)
        return True

    def _count_assertion(self, lower: str) -> Action | None:
        m = re.search(
            r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")\s+(?:\w+\s+){0,2}?(\w+)\s+(?:are|is)\s+"
            r"(?:still\s+)?(?:listed|shown|displayed)",
            lower,
        )
        if m is None:
            return None
        number = m.group(1)
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
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
        query = group_locator(self.inventory, groups[0])
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
                negative = bool(NEGATIVE.search(part.lower()))
                state = f"aria-selected={'false' if negative else 'true'}"
            else:
                return False
        elif state == "checked" and NEGATIVE.search(part.lower()):
            state = "unchecked"
        self._add(block, "expect_state", element, part, hint=hint, value=state)
        return True

    def _text_assertion(
        self, quote: str, lower: str, negative: bool, block: Block, precondition: bool
    ) -> None:
        role = next((r for noun, r in ROLE_NOUNS.items() if re.search(rf"\b{noun}\b", lower)), None)
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
