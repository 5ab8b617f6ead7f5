"""Finding the element a step names: by quoted text, by words, by the row it sits in."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from testdraft.ui.inventory import FORM_FIELDS, Element, Inventory, MatchLevel, Query, match, resolve, unique_locator
from testdraft.ui.inventory.textpattern import HOLE_MARK, normalize
from testdraft.ui.issues import Issue
from testdraft.ui.mapping.actions import Action, Block, Target
from testdraft.ui.mapping.wording import QUOTED, REPEAT, ROLE_NOUNS, content_words, quoted_texts, word_stems

# how teams write a date: "10 Aug 2024", "10 August 2024", "Aug 10, 2024", "10/08/2024"
_DATE_FORMATS = ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%b %d %Y", "%B %d %Y", "%d/%m/%Y", "%d.%m.%Y")


def field_value(field: Element, value: str) -> str:
    """The value as the field takes it: a date input's value is ISO ("2024-08-10"), whatever the
    step wrote ("10 Aug 2024"); Playwright's fill refuses any other form there."""
    if field.input_type != "date":
        return value
    said = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", value.strip(" ."))
    for form in _DATE_FORMATS:
        try:
            return datetime.strptime(said, form).date().isoformat()
        except ValueError:
            continue
    return value


class ElementLookup:
    """Element lookup over one inventory, with what earlier steps typed and touched."""

    def __init__(self, inventory: Inventory) -> None:
        self.inventory = inventory
        self.last_fill_char = "a"
        self.typed: list[str] = []  # values filled so far: they may be rendered later
        self.mocked: list[str] = []  # strings a mocked response sends: data the page shows
        self.touched: list[Target] = []  # what steps acted on or checked, in order ("click it")
        self.shown_texts: list[str] = []  # the texts the last check found shown
        self.last_row_text = ""  # the row of data the last check named ("its ...")
        self.last_row_check: tuple[str, tuple[str, ...]] | None = None  # a text the last row check found
        self.checked_texts: list[str] = []  # every text a check so far found shown
        self.last_mentioned = ""  # the data the last clause named ("untick him")
        self.last_named_rows: list[str] = []  # the rows the last clause named, if several ("both of them")
        self.followed: list[str] = []  # the names of the links clicked so far, in order
        self.went_back_to: str | None = None  # after the browser's Back: the link that led there
        self.tied: list[str] = []  # the names the last `closest_control` could not tell apart
        self.said_texts: list[str] = []  # the texts the last check that expected any expected shown
        self.filled: list[tuple[Target, str]] = []  # each field filled so far and its value, in order
        self.chosen: list[tuple[Target, str]] = []  # each dropdown set so far and the option's value
        self.last_message: Element | None = None  # the message a retelling named last ("the note")
        self.state_subjects: list[str] = []  # the elements one state was said of last ("neither is ticked")
        self.done_steps: list[list[Action]] = []  # each step's actions so far ("add Tom as an Adult": like it)

    @property
    def last_target(self) -> Target | None:
        """What "click it" refers to: the last element a step acted on or checked."""
        return self.touched[-1] if self.touched else None

    @last_target.setter
    def last_target(self, target: Target | None) -> None:
        if target is not None:
            self.touched.append(target)

    def referred(self, phrase: str) -> Target | None:
        """What "it", "that link" or "the button" refers to: the last element touched, of the
        kind the noun names ("press the button" after typing into a field: the button)."""
        m = re.fullmatch(
            r"(?:it|this|that|(?:the|this|that) (?:(?P<noun>button|link|tab|checkbox|switch|field|box|dropdown)|one)"
            r"|(?:this|that|the same) (?:column )?(?:header|icon|control))",  # ("click that header once more")
            phrase.strip(" ."),
            re.I,
        )
        if m is None:
            return None
        noun = (m.group("noun") or "").lower()
        field = noun in ("field", "box")
        for target in reversed(self.touched):
            element = target.element
            if not noun or (
                element is not None
                and (element.role == ROLE_NOUNS.get(noun) or (field and self._kind_ok(element, "field")))
            ):
                return target
        return None

    def _kind_ok(self, element: Element, kind: str) -> bool:
        if kind == "field":
            return element.tag in ("input", "textarea") and element.role not in (
                "checkbox",
                "radio",
                "button",
            )
        if kind == "select":
            return element.tag == "select"
        if kind == "settable":  # what a step enters a value in: a field or a dropdown
            return element.tag == "select" or self._kind_ok(element, "field")
        if kind in ("checkbox", "radio", "switch"):
            return element.role == kind
        if kind == "checkable":
            return element.role in ("checkbox", "radio", "switch")
        if kind == "control":  # what can be disabled: a control or a field
            return self._kind_ok(element, "clickable") or self._kind_ok(element, "settable")
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
            if key in element.attrs and not (key == "name" and element.input_type == "radio"):  # (the group's)
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
        roles = {r for noun, r in ROLE_NOUNS.items() if re.search(rf"\b{noun}\b", context, re.I)}
        named = [e for e in best[1] if e.role in roles]
        chosen = named or best[1]
        if not chosen:  # a name the code looks up in data ("{LABELS[id]}"): the role decides
            open_names = [
                e
                for e in self.inventory
                if self._kind_ok(e, kind)
                and e.name.segments
                and all(not seg.closed for seg in e.name.segments)
            ]
            by_role = [e for e in open_names if e.role in roles]
            chosen = by_role if len(by_role) == 1 else []
        return chosen[0] if chosen else None

    def by_symbol(self, phrase: str, kind: str) -> Element | None:
        """ "the plus button", "the minus sign", "the cross": the one control of `kind` whose
        text is that symbol as the page draws it ("+" for plus; its name may be an aria-label)."""
        m = re.fullmatch(r"(?:the\s+|a\s+)?(?P<symbol>[\w ]+?)(?:\s+(?:button|icon|sign|symbol|control|key))?",
                         phrase.strip(" ."), re.I)
        glyphs = _SYMBOLS.get(m.group("symbol").lower()) if m else None
        if not glyphs:
            return None
        drawn = [e for e in self.inventory if self._kind_ok(e, kind) and not e.repeated
                 and (e.text.static_text() or "").strip() in glyphs]
        return drawn[0] if len(drawn) == 1 else None

    def noted_name(self, words: str, roles: tuple[str, ...]) -> tuple[Element, str] | None:
        """ "Glaze", "Rowing boat": the one element of those roles whose name is those words and
        a note after them ("Glaze (1240 °C)", "Rowing boat (up to 4)"), with that name."""
        # (a name the code builds, "Mid-range - {…} each": its words up to the hole)
        noted = [(e, n) for e in self.inventory if e.role in roles and not e.repeated
                 for n in (names_of(e) or [name_start(e)])[:1]
                 if words.strip() and re.match(rf"{re.escape(words.strip())}\s*[(–—,:-]", n, re.I)]
        if len(noted) != 1:
            return None
        element, name = noted[0]
        return (element, name) if names_of(element) else (element, words.strip())

    def find_by_words(self, phrase: str, kind: str) -> Element | None:
        candidates = [e for e in self.inventory if self._kind_ok(e, kind)]
        return self._best_by_words(phrase, candidates)

    def _best_by_words(self, phrase: str, candidates: list[Element]) -> Element | None:
        """The candidate whose names share the most words with `phrase`, if it is clear."""
        wanted = content_words(phrase)
        if not wanted:  # "Next", "Back to top": words too common to score, a name as it stands
            same = [e for e in candidates if phrase.strip(" .").lower() in (n.lower() for n in self._names(e))]
            if same and never_together(same):
                return same[0]
        scored: list[tuple[float, int, Element]] = []
        for element in candidates:
            best = 0.0
            for name in self._names(element):
                have = content_words(name)
                if have and wanted:
                    best = max(best, len(have & wanted) / len(wanted | have) + (have <= wanted))
            scored.append((best, -element.index, element))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][2]
        tied = [e for score, _, e in scored if scored and score == scored[0][0] > 0]
        # the Next button of step 1 and of step 2: one name, never on the page together
        if len(tied) > 1 and never_together(tied) and all(self._names(e) == self._names(tied[0]) for e in tied):
            return tied[0]
        if len(candidates) == 1 and not (wanted and any(
            e is not candidates[0] and any(wanted <= content_words(n) for n in self._names(e))
            for e in self.inventory if e.tag in FORM_FIELDS
        )):  # "the new task field" when there is just one field (not words that name another, a dropdown)
            return candidates[0]
        return None

    def target(self, element: Element | None, hint: str | None = None) -> Target | None:
        if element is None:
            return None
        query = unique_locator(self.inventory, element, hint)
        return Target(query, element) if query is not None else None

    # ---- clauses ------------------------------------------------------------------------

    def _add(
        self,
        block: Block,
        verb: str,
        element: Element | None,
        described: str,
        hint: str | None = None,
        **extra: object,
    ) -> bool:
        if verb == "click" and element is not None and element.tag == "option" and (select := next(
            (a for a in self.inventory.ancestors(element) if a.tag == "select"), None
        )) is not None and (label := element.text.static_text()):  # a native dropdown's option is selected, not clicked
            element, verb, extra = select, "select", {**extra, "value": label}
        target = self.target(element, hint) or self._filled_by_row(element, described)
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
        if verb == "fill" and element is not None and isinstance(extra.get("value"), str):
            extra["value"] = field_value(element, str(extra["value"]))
        if verb == "select" and element is not None and isinstance(extra.get("value"), str):
            extra["value"] = self._whole_option(element, str(extra["value"]))
        if verb == "select" and element is not None and isinstance(extra.get("value"), str) and (
            self._option_starting(element, str(extra["value"]))
        ):  # "Select the Wheel throwing taster": the option "Wheel throwing taster - Sat 10:00 (£39.00)"
            verb = "select_containing"
        block.actions.append(Action(verb, target, **extra))  # type: ignore[arg-type]
        self.last_target = target
        if verb == "fill" and isinstance(extra.get("value"), str):
            self.filled.append((target, str(extra["value"])))
        if verb == "select" and element is not None and (value := self._option_value_of(element, extra.get("value"))):
            self.chosen.append((target, value))
        if verb == "click" and element is not None and element.role == "link" and target.query.name:
            self.followed.append(target.query.name)
        return True

    def _filled_by_row(self, element: Element | None, described: str) -> Target | None:
        """A control drawn once per row and named from it (`Swap {item.name}`): its name
        filled with the one row of data the words name ("change kale to spinach": "Swap Kale")."""
        if element is None or not element.repeated or element.role is None:
            return None
        if not fillable_name(element):
            return None
        rows = self.rows_named(described)
        if len(rows) != 1:
            return None
        return Target(Query("role", element.role, name=filled_name(element, rows[0])), element)

    def rows_named(self, words: str) -> list[str]:
        """The rows the words name, in their order: strings of the data, else names typed
        earlier ("Jo and Priya need shoes": the players added as Jo and Priya)."""
        data = self._data_mentioned(words, ignore_case=True)
        if data:
            return data
        found = {t: m.start() for t in dict.fromkeys(self.typed) if re.fullmatch(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*", t)
                 and (m := re.search(rf"(?<!\w){re.escape(t)}(?!\w)", words))}
        return sorted(found, key=found.__getitem__)

    def row_named_control(self, subject: str, said: str) -> Target | None:
        """ "the leeks can't be swapped any more": of the controls drawn once per row and named
        from it (`Swap {item.name}`), the only one or the one whose first word the words use, in
        the row of the data the subject names; else the one control whose name holds that data."""
        controls = [e for e in self.inventory if e.repeated and e.role in _CONTROL_ROLES and one_hole(e)]
        if len(controls) > 1:
            words = re.findall(r"[a-z]+", said.lower())
            controls = [e for e in controls if (head := e.name.segments[0]).closed
                        and (verb := head.options[0].split()[:1])
                        and any(w.startswith(verb[0].lower()) for w in words)]
        if len(controls) == 1:
            return self._filled_by_row(controls[0], subject)
        # (rows of the component's own data, drawn one by one: "Substitute Fruit" of the row "Fruit")
        rows = self._data_mentioned(subject, ignore_case=True)
        named = [(e, n) for e in self.inventory if e.role in _CONTROL_ROLES and not e.repeated for n in names_of(e)
                 if len(rows) == 1 and re.search(rf"(?<!\w){re.escape(rows[0])}(?!\w)", n, re.I)]
        return self.target(*named[0]) if len(named) == 1 else None

    def entered_values(self) -> list[str]:
        """What the steps so far typed or filled in, in order, each once: the page may show it."""
        return list(dict.fromkeys([*self.typed, *(v for _, v in self.filled)]))

    def append_fill(self, block: Block, fill: Action) -> None:
        """A fill the step gives the value of: typed text the page may show later."""
        block.actions.append(fill)
        if fill.target is not None and fill.value is not None:
            self.typed.append(fill.value)
            self.filled.append((fill.target, fill.value))

    def _option_value_of(self, select: Element, label: object) -> str | None:
        """The value the dropdown has once select_option(label) chose an option: the option's
        `value`, else its text; None where the code builds options the inventory cannot tell."""
        for option in (e for e in self.inventory.descendants(select) if e.tag == "option"):
            value, shown = option.attr("value"), option.text.static_text()
            if isinstance(label, str) and label in (value, shown) and (value or shown):
                return value if "value" in option.attrs else shown
        return None

    def _whole_option(self, select: Element, label: str) -> str:
        """select_option needs a whole label or a value: "Student" of `<option value="student">Student
        (with card)</option>` is that option's value (the one option whose text starts so)."""
        options = [e for e in self.inventory.descendants(select) if e.tag == "option"]
        written = [t for e in options for t in (e.text.static_text(), e.attr("value")) if t]
        if label in written:
            return label
        if same := [t for t in written if t.lower() == label.lower()]:
            return same[0]  # ("Student" of value "student": as written, select_option is exact)
        starting = [e for e in options if re.match(rf"{re.escape(label)}(?![\w-])", e.text.static_text() or "", re.I)]
        if len(starting) != 1:
            return label
        return starting[0].attr("value") or starting[0].text.static_text() or label

    def _option_starting(self, select: Element, label: str) -> bool:
        """Whether the dropdown's options are texts the code builds around data (`${c.title} -
        ${c.when}`) and the label is part of one, not a whole option: select_option needs the
        whole label, so the option that holds these words is chosen in the page."""
        options = [e for e in self.inventory.descendants(select) if e.tag == "option"]
        whole = {t.lower() for e in options for t in (e.text.static_text(), e.attr("value")) if t}
        return label.lower() not in whole and any(
            e.text.has_literal and not e.text.is_static and match(e.text, label) >= MatchLevel.GUESSED
            and match(e.text, label, exact=True) == MatchLevel.NONE for e in options
        )

    def _in_row(self, text: str, kind: str) -> tuple[Element, str] | None:
        """`the "+" button next to Coffee Mug`: an element repeated per row, named after it.

        The element's name has one hole ("Increase quantity of {…}"); the row's text fills it
        and the clause's other words must name the literal part."""
        m = re.search(r"\b(?:next to|for|of|beside|on the row of)\s+(?:the\s+)?(.+)$", text, re.I)
        if m is None:
            return None
        row = m.group(1)
        row_quotes = quoted_texts(row)
        row_text = (
            row_quotes[0]
            if row_quotes
            else re.sub(rf"\s+\b{REPEAT}\b.*$", "", row).strip(" .")
        )
        # "at the end of Tom Baker's row": the row's data, not the word for a row
        row_text = re.sub(r"(?:'s|’s)\s+(?:row|line|entry|card|item|record)$", "", row_text, flags=re.I)
        words = content_words(QUOTED.sub(" ", text[: m.start()])) | content_words(
            re.sub(r"[\"“].*?[\"”]", " ", text[: m.start()])
        )
        words |= content_words(re.sub(r".*?\(([^)]*)\).*", r"\1", text[: m.start()]))
        symbol = re.sub(r"^(?:\w+\s+)?(?:on\s+)?(?:the\s+|a\s+)?|\s+(?:button|icon|sign|symbol)$", "",
                        text[: m.start()].strip(), flags=re.I).lower()
        glyphs = _SYMBOLS.get(symbol, (symbol,) if re.fullmatch(r"[^\w\s]", symbol) else ())  # ("press +": "+")
        best: tuple[float, Element | None, str] = (-1.0, None, "")
        for element in self.inventory:
            holes = [seg for seg in element.name.segments if not seg.closed]
            if not self._kind_ok(element, kind) or len(holes) != 1:
                continue
            literal = " ".join(seg.options[0] for seg in element.name.segments if seg.closed)
            score = len(content_words(literal) & words) / max(len(content_words(literal)), 1)
            if element.text.static_text() and element.text.static_text() in quoted_texts(text):
                score += 0.5
            # "the bin icon next to ...": the icon component drawn inside the control
            drawn = {w for e in self.inventory.descendants(element) for c in e.drawn_by[len(element.drawn_by):]
                     for w in content_words(c)}
            score += 0.5 * len(drawn & words) / max(len(drawn), 1)
            if (element.text.static_text() or "").strip() in glyphs:  # "the bin icon next to Tom": it shows 🗑
                score += 1
            if score > best[0]:
                best = (score, element, filled_name(element, row_text))
        tied = [
            e
            for e in self.inventory
            if self._kind_ok(e, kind) and one_hole(e)
        ]
        if best[1] is None or (best[0] <= 0 and len(tied) != 1):
            return None
        return best[1], best[2]

    def _row_target(self, text: str, kind: str) -> Target | None:
        """ "Click the Remove button next to Lena Fischer": a control of the same name in every
        row, so the row is found by the data it shows, then the control inside it."""
        m = re.search(
            r"\b(?:next to|beside|for|(?:on|in) the (?:row|line|card|item) (?:of|for|with))\s+(?:the\s+)?(.+)$",
            text,
            re.I,
        ) or re.search(r"\s+(?:on|in|of|for)\s+the\s+(.+?)\s+(?:row|line|card|item)$", text.strip(" ."), re.I)
        if m is None:  # ("click Coming for Tue 6 January", "Coming on the Tue 6 January row": a row of the data)
            return None
        quotes = quoted_texts(m.group(1))
        row_text = quotes[0] if quotes else re.sub(
            rf"\s+\b{REPEAT}\b.*$", "", m.group(1)
        ).strip(" .")
        if row_text not in self.known_data():
            return None  # only a row the data has
        phrase = re.sub(r"^\w+\s+(?:on\s+)?", "", text[: m.start()])
        repeated = [e for e in self.inventory if self._kind_ok(e, kind) and e.repeated and e.role]
        element = self._best_by_words(phrase, repeated)
        name = element.name.static_text() if element is not None else None
        if element is not None and name is None:  # {saved ? "Remove" : "Add"}: the one quoted
            quoted = [q.lower() for q in quoted_texts(phrase)]
            name = next((n for n in names_of(element) if [n.lower()] == quoted), None)
        if element is None or not name or not content_words(phrase) & content_words(name):
            return None
        for row in self.inventory.ancestors(element):
            group = group_locator(self.inventory, row) if row.repeated else None
            if group is None:
                continue
            twins = [e for e in self.inventory.descendants(row) if e.role == element.role and name in names_of(e)]
            if len(twins) != 1:
                return None
            assert element.role is not None
            return Target(Query("role", element.role, name=name, within=group, within_text=row_text), element)
        return None

    def built_name(self, clause: str) -> tuple[Target, str] | None:
        """ "start Write release notes", "Book Washer 2 at 10:00": the one control whose name
        the code builds from the verb and data (`Start ${card.title}`, `Book ${s.machine} at
        ${s.time}`), the clause being that whole name with every hole filled by a string the
        page shows (its data, a mocked response, a value typed). Returns the element and its
        name as the page writes it."""
        known = {s.lower() for s in [*self.inventory.data_strings, *self.mocked, *self.typed]}
        found: dict[int, tuple[Element, str]] = {}
        # ("Click Book on the 20:30 Evening sauna": the verb said, the name's first word, then its row)
        said = re.sub(r"^(?:click|press|tap|hit)\s+(?:on\s+)?(?:the\s+)?", "", clause.strip(" ."), flags=re.I)
        in_row = re.sub(r"^(\S+)\s+(?:on|for)\s+(?:the\s+)?", r"\1 ", said)
        for wording in dict.fromkeys([clause.strip(" ."), trim_scope(clause), said, in_row]):
            for element in self.inventory:
                if element.role not in ("button", "link", "tab", "menuitem"):
                    continue
                filled = _fill_built(element, wording, known)
                if filled is not None:
                    found.setdefault(element.index, (element, filled))
            if found:
                break
        names = {filled for _, filled in found.values()}
        if len(names) != 1:
            return None
        # copies of one control (a column's cards drawn once per column): the name tells them apart
        element, filled = next(iter(found.values()))
        single = self.target(element, filled) if len(found) == 1 else None
        return (single or Target(Query("role", element.role or "button", name=filled), element)), filled

    def data_named_choice(self, words: str, kind: str) -> Target | None:
        """ "Select Tue 14 May at 11:30", "the Minor option is disabled": the one control of that
        kind drawn once per row of data, whose name the code builds from the row, by the start
        of its name as the data named fills it in order ("Tue 14 May 11:30" of `{day} {time}
        with {who}`; Playwright matches part of a name). Nothing else may stand in the words
        but the data and words for a choice."""
        data = self._data_mentioned(words)
        rest = words
        for value in data:
            rest = rest.replace(value, " ", 1)
        glue = r"(?:the|a|an|at|on|with|for|of|and|in|option|options|radio|button|choice|section|slot|one)"
        if not data or re.sub(rf"\b{glue}\b|[\s,.]", "", rest, flags=re.I):
            return None
        found: dict[int, tuple[Element, str]] = {}
        for element in self.inventory:
            segments = element.name.segments
            if not (element.repeated and element.role and self._kind_ok(element, kind)) or all(
                seg.closed for seg in segments
            ):
                continue
            left, name = list(data), ""
            for seg in segments:
                if not left:
                    break
                if seg.closed:  # (a literal between two holes the data fill, as the code writes it)
                    name += seg.options[0] if len(seg.options) == 1 else HOLE_MARK  # (a choice of words: unsaid)
                else:
                    name += left.pop(0)
            if not left and HOLE_MARK not in name and name.strip():
                found[element.index] = (element, normalize(name))
        if len(found) != 1:
            return None
        element, name = next(iter(found.values()))
        assert element.role is not None
        return Target(Query("role", element.role, name=name), element)

    def ordinal_target(self, text: str, kind: str) -> Target | None:
        """ "Click the second Remove button", "press Delete on the last row", "remove the first
        item": a control drawn once per row of data, by its position among its copies (the
        control the words name, or the one whose name starts with the verb)."""
        # ("the bin icon on the second collection, the Thursday 4 Dec one": the apposition only repeats it)
        text = re.sub(r",\s+the\s+[^,]+?\s+one\s*\.?$", "", text.strip(" ."))
        m = re.search(rf"\b(?:the\s+)?({'|'.join(_ORDINALS)})\s+([\w' -]+?)\s*$", text.strip(" ."), re.I)
        if m is None:
            return None
        position = _ORDINALS[m.group(1).lower()]
        verb, *rest = text.strip(" .")[: m.start()].split(maxsplit=1)
        before = re.sub(r"\s+(?:on|in|of|for|from)$", "", rest[0] if rest else "").strip()
        before = re.sub(r"^(?:on\s+)?(?:the\s+)?", "", before)
        copies = [e for e in self.inventory if self._kind_ok(e, kind) and e.repeated and e.role]
        if before:  # "press Delete on the last row": the control the words before name
            element = self._best_by_words(before, copies)
            icons = [e for e in copies if not re.search(r"[^\W\d_]", e.text.display().replace("{…}", ""))]
            if re.search(r"\bicon\b", before, re.I) and len(icons) == 1 and (
                element is None or not content_words(before) - {"icon"} & content_words(" ".join(self._names(element)))
            ):  # "the bin icon on the second collection": the one control per row that shows no words
                element = icons[0]
        else:  # "click the last Remove button": the words after; "remove the first item": the verb
            after = m.group(2)
            named = content_words(after) & {w for e in copies for n in names_of(e) for w in content_words(n)}
            by_verb = (e for e in copies for n in names_of(e) if n.split()[0].lower() == verb.lower())
            element = self._best_by_words(after, copies) if named else next(by_verb, None)
        if element is None or element.role is None:
            return None
        name = element.name.static_text()
        base = Query("role", element.role, name=name) if name else group_locator(self.inventory, element)
        return Target(replace(base, nth=position), element) if base is not None else None

    def closest_control(
        self, phrase: str, roles: tuple[str, ...] = ("button", "link", "tab", "menuitem")
    ) -> Element | None:
        """The control of those roles whose name (its literal words) shares the most words with
        the phrase ("open the privacy settings" for "Privacy and security settings"): every word
        of the phrase and at least half of those of both; None on a tie (the names tied are in
        `self.tied`)."""
        wanted = _plain_words(phrase)
        headings = [_plain_words(t) for e in self.inventory if e.role == "heading" and (t := e.name.static_text())]
        if any(wanted and wanted <= words for words in headings):
            self.tied = []
            return None  # "Open My orders": the page of that heading, where the test is already
        scored = sorted(
            (  # (a name with holes by its literal words: "Ideas ({…} open)")
                (len(wanted & have) / len(wanted | have), e)
                for e in self.inventory
                if e.role in roles
                and (have := _plain_words(" ".join(s.options[0] for s in e.name.segments if s.closed and s.options)))
                and wanted
                and wanted <= have  # every word the step gives is in the name ("the recipe box": not "All recipes")
            ),
            key=lambda pair: -pair[0],
        )
        best = [e for score, e in scored if score >= 0.5 and score == scored[0][0]]
        names = list(dict.fromkeys(e.name.display() for e in best))  # (copies of one control are one)
        self.tied = names if len(names) > 1 else []
        return best[0] if best and len(names) == 1 else None

    def _control_named(self, phrase: str) -> Element | None:
        """The one button, link or tab whose whole name the words are ("next stop twice")."""
        words = re.sub(rf"\s+{REPEAT}$", "", phrase.strip(" .")).strip().lower()
        named = [
            e
            for e in self.inventory
            if self._kind_ok(e, "clickable") and (e.name.static_text() or "").lower() == words
        ]
        return named[0] if len(named) == 1 else None

    def known_data(self) -> set[str]:
        """The strings of the component's own data and of the mocked responses: what rows show."""
        return {*self.inventory.data_strings, *self.mocked}

    def _data_mentioned(self, part: str, ignore_case: bool = False) -> list[str]:
        """Unquoted data the component renders ("Farah Haddad is listed"): the longest
        strings from the component's own data that the clause names word for word, in the
        order it names them."""
        found: dict[str, int] = {}
        flags = re.I if ignore_case else 0
        for value in sorted(self.known_data(), key=lambda v: (-len(v), v)):
            if (m := re.search(rf"(?<![\w$]){re.escape(value)}(?!\w)", part, flags)) and not any(
                value in f for f in found
            ):
                found[value] = m.start()
        return [f for f in sorted(found, key=found.__getitem__) if not re.fullmatch(r"[\d\s.,$%]+", f)]

    def _row_control(self, verb: str, where: str) -> Target | None:
        """ "Remove Scaling Postgres reads from the schedule", "add Oak spoon to the basket":
        the control repeated in each row whose name starts with that verb, in the one row
        that shows the data the words name."""
        rows = [r for r in self._data_mentioned(where) if r.lower() != verb.lower()]
        named = [
            n
            for e in self.inventory
            if self._kind_ok(e, "clickable") and e.repeated and e.role
            for n in names_of(e)
            if n.split()[0].lower() == verb.lower()
        ]
        if len(rows) != 1 or len(set(named)) != 1:
            return None
        return self._row_target(f'click "{named[0]}" next to "{rows[0]}"', "clickable")

    def row_verb_control(self, verb: str, item: str) -> Target | None:
        """ "add the hedge trimmer (to my basket)": in the one row of data that shows the item
        (a string of the data, in any case), the one control whose name starts with the verb
        ("Add to basket"), found by the row's text."""
        data = [d for d in self.known_data()
                if d.lower() == re.sub(r"^(?:the|a|an|my)\s+", "", item.strip(" ."), flags=re.I).lower()]
        if len(data) != 1:
            return None
        rows = [e for e in self.inventory if e.role in ("listitem", "row", "article")
                and data[0] in e.text.display() and not e.repeated]
        found = [(row, c, n) for row in rows for c in self.inventory.descendants(row)
                 if self._kind_ok(c, "clickable") and c.role
                 for n in names_of(c) if n.split()[:1] and n.split()[0].lower() == verb.lower()]
        if len(found) != 1:
            return None
        row, control, name = found[0]
        assert control.role is not None and row.role is not None
        return Target(Query("role", control.role, name=name, within=Query("role", row.role), within_text=data[0]),
                      control)

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


def one_hole(element: Element) -> bool:
    """Whether the code fills the element's name in one place (`Swap {item.name}`)."""
    return sum(not seg.closed for seg in element.name.segments) == 1


def fillable_name(element: Element) -> bool:
    """One hole and no choice of words beside it: a name `filled_name` writes whole
    ("{…}(- taken|)" is none)."""
    return one_hole(element) and all(len(seg.options) == 1 for seg in element.name.segments if seg.closed)


def name_start(element: Element) -> str:
    """The element's (first) name up to where the code fills it in ("Basket (" of `Basket ({count})`)."""
    return next(element.name.expansions(), "").split(HOLE_MARK)[0]


def filled_name(element: Element, row_text: str) -> str:
    """The control's name with its hole filled by the row's text, less the words the name
    says itself ("Delete {…} address" for "the Work address": "Delete Work address")."""
    segments = element.name.segments
    hole = next(n for n, seg in enumerate(segments) if not seg.closed)
    before = "".join(seg.options[0] for seg in segments[:hole]).strip()
    after = "".join(seg.options[0] for seg in segments[hole + 1 :]).strip()
    inner = row_text
    if after and inner.lower().endswith(" " + after.lower()):
        inner = inner[: -len(after)].strip()
    if before and inner.lower().startswith(before.lower() + " "):
        inner = inner[len(before) :].strip()
    return "".join(seg.options[0] if seg.closed else inner for seg in segments).strip()


# the roles of controls a row may draw for itself
_CONTROL_ROLES = ("button", "link", "checkbox", "radio", "switch", "combobox", "textbox", "spinbutton")
# a position among copies of a control: 0 the first, -1 the last
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "fifth": 4,
             "5th": 4, "last": -1}
# where a step says the control is, once it is found by name: "from the list", "in the dialog"
_SCOPE_TAIL = re.compile(
    r"(?:\s+(?:again|too|as well|once more|now|instead|there|here|first))+$"
    r"|\s+(?:from|in|on|inside|within|under|at)\s+(?:the|this|that|my|its|their|your)\s+[\w-]+(?:\s+[\w-]+)?$",
    re.I,
)


def _plain_words(text: str) -> set[str]:
    """The words of a text less articles and possessives, plurals as singulars."""
    return word_stems(text) - {"the", "a", "an", "my", "our", "your", "this"}


def trim_scope(phrase: str) -> str:
    """The phrase less where it says the thing is ("Green bin from the list": "Green bin")."""
    return _SCOPE_TAIL.sub("", phrase.strip(" .")).strip()


def _fill_built(element: Element, wording: str, known: set[str]) -> str | None:
    """The element's name as the wording fills it, when the name starts with a literal word,
    has holes, and every hole is filled with a string of `known`; else None."""
    segments = element.name.segments
    if not segments or not segments[0].closed or all(seg.closed for seg in segments):
        return None
    if not re.match(r"\s*[A-Za-z]", segments[0].options[0] if segments[0].options else ""):
        return None
    # a hole takes one of the known strings (every split tried, "20:30" + "Evening sauna")
    by_length = sorted(known, key=len, reverse=True)
    strings = "|".join(r"\s+".join(map(re.escape, k.split())) for k in by_length if k.strip())
    if not strings:
        return None
    parts = []
    for seg in segments:
        if seg.closed:
            options = [r"\s*".join(map(re.escape, o.split())) for o in seg.options]
            parts.append(r"\s*(" + "|".join(options) + r")\s*")
        else:
            parts.append(rf"({strings})")
    m = re.fullmatch("".join(parts), wording, re.I)
    if m is None:
        return None
    pieces = []
    for seg, value in zip(segments, m.groups(), strict=True):
        if seg.closed:
            pieces.append(next(o for o in seg.options if o.lower().split() == value.lower().split()))
        else:
            pieces.append(value.strip())
    return normalize("".join(pieces))


def names_of(element: Element) -> list[str]:
    """Every whole name the element can have (`{on ? "Remove" : "Add"}`: both)."""
    return [n for n in element.name.expansions() if n and HOLE_MARK not in n]


def never_together(elements: list[Element]) -> bool:
    """One role, and no two of them rendered at once (the arms of one choice): one control."""
    return all(a.role == b.role and a.exclusive(b) for i, a in enumerate(elements) for b in elements[i + 1:])


# what people call a control that shows a symbol, and the symbols it may show
_SYMBOLS = {
    "plus": ("+", "＋", "➕"), "minus": ("-", "−", "–", "➖"), "cross": ("×", "✕", "✖", "x", "X", "❌"),
    "x": ("×", "✕", "✖", "x", "X"), "star": ("★", "☆", "⭐"), "heart": ("♥", "❤", "♡"),
    "tick": ("✓", "✔"), "up arrow": ("↑", "▲", "⬆"), "down arrow": ("↓", "▼", "⬇"),
    "left arrow": ("←", "◀", "‹", "«"), "right arrow": ("→", "▶", "›", "»"),
    "bin": ("🗑", "🗑️"), "trash": ("🗑", "🗑️"), "pencil": ("✎", "✏", "✏️"),
}


def group_locator(inventory: Inventory, element: Element) -> Query | None:
    """A locator for all copies of a repeated element and nothing else."""
    options: list[Query] = []
    if element.test_id:
        options.append(Query("test_id", element.test_id))
    if element.role:
        options.append(Query("role", element.role))
    for query in options:
        result = resolve(inventory, query)
        # (copies in another page of the component never render with these)
        if element in result.elements and all(e is element or e.exclusive(element) for e in result.elements):
            return query
    # rows of two lists ("Open tickets", "Recently closed"): the rows of the list so named
    holder = next((a for a in inventory.ancestors(element) if a.role in ("list", "table", "region", "tabpanel")
                   and a.name.static_text() and not a.repeated), None)
    if holder is None or holder.role is None:
        return None
    for query in options:
        inside = [e for e in resolve(inventory, query).elements if any(a is holder for a in inventory.ancestors(e))]
        if inside == [element]:
            return replace(query, within=Query("role", holder.role, name=holder.name.static_text()))
    return None
