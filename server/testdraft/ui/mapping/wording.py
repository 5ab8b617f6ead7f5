"""The wording of manual test steps: clauses, quoted text, content words, step anchors."""

from __future__ import annotations

import re
from collections.abc import Iterable

from testdraft.ui.steps import ACTION_VERBS

# a quoted text; `\"` inside it is a quote of the text (Gherkin, Markdown written by hand)
QUOTED = re.compile(r"[\"“]((?:\\.|[^\"”\\])+)[\"”]")
NUMBER_WORDS = {
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
NEGATIVE = re.compile(
    r"\b(not|no longer|neither|none|nowhere|disappear(?:s|ed)?|(?:is|are|be|been|has|have) gone|hidden|never|nothing|"
    r"removed|"
    r"vanish\w*|"
    r"closes|(?:is|has|have|was) closed|is dismissed)\b|"
    r"\bno\s+(?!\w+\s+(?:is|are)\s+(?:listed|shown))",
    re.IGNORECASE,
)
ROLE_NOUNS = {
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


def quoted_texts(text: str) -> list[str]:
    """Quoted strings; `"Project "Apollo" was deleted."` stays one (a quote inside a quote)."""
    found: list[str] = []
    last_end = -1
    for match_ in QUOTED.finditer(text):
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
    return [q for q in (_clean_quote(re.sub(r"\\([\"“”\\])", r"\1", f)) for f in found) if q]


def split_list(phrase: str) -> list[str]:
    """The items of a list of names: "Monday, Tuesday and Wednesday, then Friday", "Mars and
    Atlantic", "A along with B" (quotes kept whole)."""
    separators = (
        r"\s*,\s*(?:and\s+|then\s+|and then\s+|plus\s+)?|\s+(?:and(?:\s+then)?|then|along with|as well as|plus)\s+"
    )
    return [item.strip(" .") for item in split_outside_quotes(phrase, separators) if item.strip(" .")]


def mask_quotes(text: str) -> str:
    """The text with what each quote says blanked out, same length (a match found in it has
    the same span in the text): words inside a quote say nothing about the check."""
    return QUOTED.sub(lambda q: q.group(0)[0] + "\x01" * (len(q.group(0)) - 2) + q.group(0)[-1], text)


def _clean_quote(quote: str) -> str:
    # "Signed in as ..." / "...once every 30 days" quote part of a longer text
    return quote.strip().strip(".…").strip() if re.search(r"(\.\.\.|…)", quote) else quote.strip()


def content_words(text: str) -> set[str]:
    return word_stems(re.sub(r"([a-z])([A-Z])", r"\1 \2", text)) - _STOP


def word_stems(text: str) -> set[str]:
    """The text's lower-case words, plurals as singulars ("cards" -> "card"; short words kept)."""
    return {word[:-1] if len(word) > 3 and word.endswith("s") else word
            for word in re.findall(r"[a-z0-9]+", text.lower())}


def split_outside_quotes(text: str, separators: str) -> list[str]:
    """Split on `separators` (regex) outside quotes."""
    parts, last = [], 0
    # a note in brackets is one piece too: "the Home address (12 Larch Road, Leeds)"
    spans = [m.span() for m in QUOTED.finditer(text)] + [m.span() for m in re.finditer(r"\([^()]*\)", text)]
    for m in re.finditer(separators, text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        parts.append(text[last : m.start()])
        last = m.end()
    parts.append(text[last:])
    return [p.strip(" .") for p in parts if p.strip(" .")]


# how often a step says to do it again: "twice", "3 times", "two times", "once more"
REPEAT = r"(?:twice|again|once more|(?:\d+|two|three|four|five) times)"


def times_said(lower: str) -> int:
    """How many times the step says to do it: 2 for "twice" or "two times", N for "N times"."""
    if re.search(r"\btwice\b", lower):
        return 2
    if m := re.search(r"\b(\d+|two|three|four|five) times\b", lower):
        return int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
    return 1


# (and the verbs a control's name often starts with: "Go back to Washers and cancel the booking")
_ACTION_VERB = (
    rf"(?:{ACTION_VERBS}|verify|ensure|confirm|wait|make sure|add|remove|delete|cancel|save|close|dismiss|reset|retry|"
    r"undo|apply|search|send|book|start|finish|answer|accept|decline|archive|mark|move|rate|share|download|upload|hit|put|"
    r"ask for|join|lower|raise|increase|decrease|reduce|correct|continue|proceed|get(?=\s+(?:the|a|my)\s)|"
    r"try(?=\s+(?:again|once more|it)\b))"
)


# a statement that follows an action in the same sentence: 'Click "Sizing": it becomes
# selected, and the panel says "..."' -> the click, then two checks
_STATEMENT_VERBS = (
    r"\b(?:is|are|becomes?|gets?|reads?|says?|shows?|lists|appears?|should|must|disappears?|stays?|remains?|"
    r"moves?|ends?|starts?|begins?|has|have)\b"
)
# (after a colon any subject will do: 'Change "Sort" to Year: Emma, the oldest, moves to the top')
_STATEMENT_TAIL = (
    rf"(?::\s+(?=(?:(?![\"“]).)*?{_STATEMENT_VERBS}|[\"“][^\"”]*[\"”]\s+(?:\w+\s+)?{_STATEMENT_VERBS})|(?:,\s+(?:and\s+)?|\s+and\s+)"
    rf"(?=(?:it|they|its|the|a|an|no|this|that|now|which)\b(?:(?![\"“,]).)*?{_STATEMENT_VERBS}))"
)


_SUBJECT = r"(?:you|I|we|they|the user|the customer)"
# "After clicking "X", the list ...", "Once you press "X" again the order ..."
_LEADING_ACTION = re.compile(
    rf"^(?:after|once|when|as soon as|if)\s+(?:{_SUBJECT}\s+)?(?:then\s+)?(?:have\s+)?(?P<verb>[a-z]+)\s+(?P<rest>.+)$",
    re.I,
)
# "The button is disabled after you click it": the check, then what comes before it
_TRAILING_ACTION = re.compile(
    rf"^(?P<main>.+?),?\s+(?:after|once|when)\s+{_SUBJECT}\s+(?:have\s+)?(?P<verb>[a-z]+)\s+"
    r"(?P<object>.+)$",
    re.I,
)
_AFTER_OBJECT = re.compile(rf"^(?:\s+(?:{REPEAT}|button|link|tab|filter))*", re.I)


# where an action's object ends when nothing else marks it: its kind of control, then a new subject
_NAMED_OBJECT = re.compile(
    r"\b(?:button|link|tab|checkbox|switch|toggle|field|box|menu|icon|option|key)\b(?:\s+(?:again|twice))?"
    r"(?=\s+(?:the|a|an|it|they|this|no|its|their|all|every)\b)",
    re.I,
)


def imperative(verb: str) -> str | None:
    """The base form of an action verb ("clicking", "clicks", "clicked" -> "click")."""
    word = verb.lower()
    stems = [word]
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            stems += [stem, stem + "e", stem[:-1]]  # typing -> type, tapping -> tap
    return next((s for s in stems if re.fullmatch(ACTION_VERBS, s)), None)


# "Clicking Finish shows the heading ...": a gerund's action, then what it does
_GERUND_ACTION = re.compile(
    r"^(?P<verb>[A-Za-z]+ing)\s+(?:on\s+)?(?P<object>.+?)\s+(?:should\s+|must\s+|will\s+)?"
    r"(?P<does>(?:shows?|displays?|lists?|opens?|reveals?|brings?|takes?|leads?)\b.*)$",
    re.I,
)
# "Back to galleries should bring you back to the "Choose a gallery" page": a control that
# leads somewhere, then that place is shown
_LEADS_TO = re.compile(
    r"^(?P<object>.+?)\s+(?:should\s+|must\s+|will\s+)?(?:brings?|takes?|leads?|sends?|returns?)\s+"
    r"(?:you|the user|me|us)\s+(?:back\s+)?to\s+(?:the\s+)?(?P<place>[^,]+?)(?:\s+(?:page|screen|view))?"
    r"(?:,\s*(?:where|in which)\s+(?P<there>.+))?$",  # "..., where it is still marked as saved": checked there
    re.I,
)


_HERE = re.compile(r"\s+(?:there|here)$", re.I)  # "clicking Leek pie there": where, not a name's words


def _in_action_order(sentence: str) -> list[str]:
    """A sentence whose action sits in a subordinate clause, as actions then the statement:
    'After clicking "X", the list is ...' -> ['click "X"', 'the list is ...']."""
    sentence = re.sub(r"^(?:finally|then|next|now),\s+", "", sentence, flags=re.I)
    if (gerund := _GERUND_ACTION.match(sentence)) and (verb := imperative(gerund.group("verb"))):
        led = f"{gerund.group('object')} {gerund.group('does')}"
        leads = _LEADS_TO.match(led.strip(" ."))
        follows = _in_action_order(led)[1:] if leads else [f"the page {gerund.group('does')}"]
        return [f"{verb} {_HERE.sub('', gerund.group('object'))}", *follows]
    if (leads := _LEADS_TO.match(sentence.strip(" ."))) and not re.match(_ACTION_VERB, sentence, re.I):
        place, clicked = leads.group("place"), _HERE.sub("", leads.group("object"))
        if re.fullmatch(r"its(?: own)?", place, re.I):  # "takes me back to its page": the page headed by its name
            place = f'"{clicked.strip(" .")}"'
        shown = f"the heading {place} is shown" if QUOTED.fullmatch(place) else f"the {place} heading is shown"
        return [f"click {clicked}", shown, *([leads.group("there")] if leads.group("there") else [])]
    if (m := _LEADING_ACTION.match(sentence)) and (verb := imperative(m.group("verb"))):
        rest = m.group("rest")
        if (quote := QUOTED.search(rest)) is not None:  # the object ends at its quoted name
            after = _AFTER_OBJECT.match(rest[quote.end() :])
            end = quote.end() + (after.end() if after else 0)
            if rest[end:].strip(" ,."):
                return [f"{verb} {rest[:end].strip()}", rest[end:].strip(" ,")]
        parts = split_outside_quotes(rest, r",\s*")
        if len(parts) > 1:  # else at the comma
            return [f"{verb} {parts[0]}", ", ".join(parts[1:])]
        if named := _NAMED_OBJECT.search(rest):  # "When I click the Save button the dialog closes"
            return [f"{verb} {rest[: named.end()].strip()}", rest[named.end() :].strip()]
    m = _TRAILING_ACTION.match(sentence)
    if m and not re.match(_ACTION_VERB, m.group("main"), re.I) and (verb := imperative(m.group("verb"))):
        if PRONOUN.fullmatch(m.group("object").strip(" .")):
            return [m.group("main")]  # "... after you click it": the click was the last step
        return [f"{verb} {m.group('object')}", m.group("main")]
    return [sentence]


def split_clauses(step: str) -> list[str]:
    sentences = [
        part
        for sentence in split_outside_quotes(step, r"(?<=[.!?])\s+(?=[\"“]?[A-Z])")
        # "Click Save -> the message "Saved" appears": the step, then what it should do
        for piece in split_outside_quotes(
            sentence, r"\s+(?:->|→|=>|–|—|-)\s+(?![\d£$€])|\s*\b(?i:expected(?: result)?):\s*"
        )
        for part in _in_action_order(piece)
    ]
    clauses: list[str] = []
    for sentence in sentences:
        # "On the Machines page choose Washer 2": the place, then the action (as with a comma)
        sentence = re.sub(
            rf"^((?:on|in|from|within)\s+(?:the\s+)?[\w' -]+?\s+(?:page|screen|tab|form|dialog|panel|view))\s+"
            rf"(?={_ACTION_VERB}\s)",
            r"\1, ",
            sentence,
            flags=re.I,
        )
        # "You are now on step 2 of 3: fill in Aisha Bello ...": a statement, then the actions
        sentence = re.sub(rf"^(?!(?i:{_ACTION_VERB})\b)([^:\"“]+?):\s+(?=(?i:{_ACTION_VERB})\s)", r"\1; ", sentence)
        lead_in = False
        for clause in split_outside_quotes(
            # "... and this time confirm with "Remove"": a second action
            sentence,
            rf",?\s+(?:and\s+then|and|then)\s+(?:this time\s+)?(?={_ACTION_VERB}\b)|,\s+(?:so\s+)?(?={_ACTION_VERB}\s)"
            r"|;\s*"
            r"|,\s+after which\s+",  # "I add it with X, after which the button reads Y": the action, then a check
        ):
            if lead_in:
                clauses[-1] = f"{clauses[-1]}, {clause}"  # 'On "Step 2", select ...' stays one
                lead_in = False
                continue
            lead_in = bool(re.match(r"(?:on|in|at|from|inside|within|under)\b", clause, re.I))
            if lead_in:
                clauses.append(clause)
            elif re.match(rf"(?:then\s+|now\s+|finally\s+)?(?:I\s+|we\s+)?{_ACTION_VERB}\b", clause, re.I):
                clauses.extend(split_outside_quotes(clause, _STATEMENT_TAIL))
            else:
                clauses.append(clause)
    return clauses


# a state word that says "not" itself: no negation of the statement
_CANNOT_USE = (r"can(?:not|'t|\s+not)\s+be\s+(?:clicked|pressed|tapped|used|submitted|chosen|selected|picked|swapped)"
               r"(?:\s+any\s*more)?")
# "the quantity can no longer be edited": a field read-only (or disabled) now
_CANNOT_EDIT = r"can(?:not|'t|\s+not|\s+no\s+longer)\s+be\s+(?:edited|changed|typed\s+in(?:to)?)|is\s+read-?\s?only"
STATE_NEGATION = re.compile(rf"\bnot clickable\b|\b{_CANNOT_USE}\b|\b(?:{_CANNOT_EDIT})\b")


# "the form stays on screen": where it is, not a switch that is on
_NOT_A_PLACE = r"(?!\s+(?:the\s+)?(?:screen|page|display|top)\b|\s+[$€£]?\d)"  # (nor "is on 456": a figure)


def state_word(lower: str) -> str | None:
    for word, state in (
        ("(?:greyed|grayed) out", "disabled"),
        # "it should have the focus", "with the focus still on the Planets tab"
        ("(?:has|have|gets?|keeps?|receives?) (?:the )?(?:keyboard )?focus|is focused|"
         "focus (?:is )?(?:still |now )?on", "focused"),
        (f"(?:not clickable|{_CANNOT_USE})", "disabled"),  # "the Sign up button can't be pressed yet"
        (_CANNOT_EDIT, "readonly"),
        ("can (?:now |still )?be (?:edited|changed|typed in(?:to)?)|is editable", "editable"),
        ("can (?:now |still )?be (?:clicked|pressed|tapped|used|submitted|chosen|selected|picked)", "enabled"),
        ("(?:flagged|marked|shown|highlighted|reported) as invalid|is invalid", "aria-invalid=true"),
        ("disabled", "disabled"),
        ("enabled", "enabled"),
        (r"works(?:\s+again)?$", "enabled"),  # "the leeks dropdown works again"
        # "Continue becomes active", "B5 is no longer highlighted": see AssertionMapper._state_assertion
        (r"(?:becomes?|is|are|turns?|gets?)\s+(?:now\s+|still\s+|no\s+longer\s+|not\s+)?active", "active"),
        ("highlighted", "highlighted"),
        ("unchecked", "unchecked"),
        ("unticked", "unchecked"),
        ("checked", "checked"),
        ("ticked", "checked"),
        ("selected", "selected"),
        (f"stays on{_NOT_A_PLACE}", "checked"),
        ("stays off", "unchecked"),
        (f"is on{_NOT_A_PLACE}", "checked"),
        ("is off", "unchecked"),
        (f"still on{_NOT_A_PLACE}", "checked"),
        ("still off", "unchecked"),
        ("(?:switch|toggle)(?: is)? on", "checked"),  # 'with the "Dark mode" switch on'
        ("(?:switch|toggle)(?: is)? off", "unchecked"),
        ("turned on", "checked"),
        ("switched on", "checked"),
        ("switched off", "unchecked"),
        ("turned off", "unchecked"),
        ("pressed", "aria-pressed=true"),
        ("expanded", "aria-expanded=true"),
        ("collapsed", "aria-expanded=false"),
    ):
        if re.search(rf"\b{word}\b", lower):
            return state
    return None


PRONOUN = re.compile(
    r"(?:it|this|that|them|(?:the|this|that) (?:button|link|one)"
    r"|(?:this|that|the same) (?:column )?(?:header|icon|control))",
    re.I,
)
# a list in a stated order: "in this order: A, B, C", "best score on top: A, B, then C",
# "from top to bottom: A, B", "the order goes back to A, B and C"
ORDER_LIST = re.compile(
    r"(?:\bin (?:the|this) order:?|\b(?:first|on top|at the top|top to bottom|bottom to top|"
    r"ordered|sorted|ranked|(?:listed|shown)\s+(?:from\s+)?\w+\s+to\s+\w+)\b[^:\"“]*:|"
    r"\b(?:order|sequence) (?:is|is now|goes back to|"
    # ("Interview: the keeper"; "14:40")
    r"changes to|becomes|flips to|returns to)\b:?)\s+(?P<list>(?:[^:]|:(?=\s+[a-z])|(?<=\d):(?=\d))+)$",
    re.I,
)


def listed_items(listed: str) -> list[str]:
    """"A, B, then C" / "A, B and C" -> [A, B, C]; [] unless each item is a short name."""
    listed = re.sub(r"\s+(?:again|now|still|as before)\W*$", "", listed.strip(), flags=re.I)
    items = [i.strip(" .") for i in re.split(r",\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+", listed)]
    if len(items) < 2 or any(not i or len(i.split()) > 5 for i in items):
        return []
    return items


# a step written as a statement of fact ("The Save button should now be enabled")
DECLARATIVE = re.compile(
    r"\b(should|must|is|are)\b.*\b(shown|displayed|visible|enabled|disabled|checked|selected|"
    r"empty|hidden|listed|closed|gone|left)\b|\b(appears?|reads?|shows?|says?|disappears?|becomes?|remain|"
    r"switch(?:es)? to|"
    r"counts \d|lists|marked as|"
    r"mentions?|confirms?|closes|opens|pops up)\b|\bha(?:s|ve)\s+gone\b|\b(?:still|now)\s+ha(?:s|ve)\s+\d|"
    r"\b(?:is|are)\s+(?:still\s+)?in\s+the\s+(?:list|table)\b|"
    r"\b(?:moves?\s+to|(?:is|are)\s+(?:now\s+|still\s+)?(?:at|on))\s+the\s+(?:top|bottom)\b|\b(?:starts?|ends?)\s+with\b|\bthe\s+(?:first|last)\b",
    re.I,
)
# a row's place in a list: "X moves to the top", "X is the first plant", "the list ends with X"
POSITION = re.compile(
    r"^(?:so\s+)?(?:the\s+)?(?P<item>.+?)(?:,[^,]*,)?\s+(?:now\s+)?(?:moves?|goes|jumps?|comes?|is|are|should be|"
    r"must be|appears?|ends up)(?:\s+(?:listed|shown|sorted))?"
    r"\s+(?:now\s+)?(?:to\s+|at\s+|on\s+|in\s+)?(?:the\s+)?(?P<place>top|bottom|first|last|end)\b"
    # ("Bramble is in the first row", "Foxglove moves to the top of the table": where, said twice)
    r"(?:\s+(?:row|place|position|line|entry|spot))?(?:\s+of\s+the\s+(?:list|table|page|column))?(?P<rest>.*)$"
    r"|^(?:the\s+)?(?:\w+\s+)?(?:list|table|rows?)\s+(?:now\s+|still\s+)?(?P<verb>starts?|begins?|ends?)\s+with\s+"
    r"(?:the\s+)?(?P<item2>.+)$"
    r"|^the\s+(?P<place2>first|last|top)\s+(?:[\w-]+\s+){0,2}?(?:is|should be|must be|at)\s+(?:now\s+|still\s+)?"
    r"(?P<item3>.+)$",
    re.I,
)

# "After step 3 ...", "Step 2: ...", "Step 4 - ...": the step a result belongs to
_AFTER_STEP = re.compile(
    r"^\s*(?:(?:after|once|when)\s+step\s+(\d+)[,:]?|(?:in\s+|at\s+)?step\s+(\d+)\s*(?:[:)–-]|,\s))\s*", re.IGNORECASE
)


# "Before step 1 ...", "When the page opens, ...", "Initially ...": the state the page opens in
_PAGE_OPENS = r"(?:when|once|as\s+soon\s+as)\s+the\s+page\s+(?:first\s+)?(?:opens|loads|is\s+(?:opened|loaded))"
_AT_OPENING = re.compile(
    rf"^\s*(?:before\s+step\s+1\b|{_PAGE_OPENS}|on\s+(?:page\s+)?load|initially|at\s+first|before\s+any\s+step)[,:]?\s*",
    re.IGNORECASE,
)
# "Basic tune-up is selected when the page opens": the same, said at the end
_AT_OPENING_LAST = re.compile(rf"\s*,?\s*(?:{_PAGE_OPENS}|before\s+step\s+1|on\s+page\s+load)\s*\.?$", re.IGNORECASE)
# "Before step 3 the button is enabled": after the step before it
_BEFORE_STEP = re.compile(r"^\s*before\s+step\s+(\d+)[,:]?\s*", re.IGNORECASE)


# "Before any seat is picked the summary says ...": before the first step that does that
_BEFORE_ACTION = re.compile(r"^\s*before\s+(?:any|a|the|one)\s+[\w-]+\s+(?:is|are|has\s+been|gets?)\s+(?P<verb>[a-z]+)"
                            r"[,:]?\s+", re.IGNORECASE)


def _first_step_doing(verb: str, steps: list[str]) -> int | None:
    """The number of the first step whose words hold the verb ("Pick seats ..." for "picked")."""
    stems = {verb, verb[:-2], verb[:-1], "choose" if verb == "chosen" else verb}
    for number, step in enumerate(steps, start=1):
        words = re.findall(r"[a-z]+", step.lower())
        if any(word in stems or f"{word}d" == verb or f"{word}ed" == verb for word in words):
            return number
    return None


def _vague_checks(steps: list[str]) -> dict[int, set[str]]:
    """Steps like "check the summary": a check with no quoted text or figures of its own."""
    found: dict[int, set[str]] = {}
    for number, step in enumerate(steps, start=1):
        for clause in split_clauses(re.sub(r"^on [^,]+,\s*", "", step, flags=re.I)):
            m = re.match(r"(?:check|verify|inspect|review|look at)\s+(.*)$", clause, re.I)
            if m and not quoted_texts(clause) and not re.search(r"\d", clause):
                found.setdefault(number, set()).update(content_words(step) - {"check", "step"})
    return found


def anchor_expected(expected: Iterable[str], steps: list[str]) -> list[tuple[int, str]]:
    """(step after which to check, text): "After step N" anchors, a check step the result
    shares words with ("check the summary" / "The review summary shows ..."), else the end;
    a result with no anchor right after an anchored one inherits it. Step 0 is the page as it
    opens ("Before step 1 ...", "... when the page opens")."""
    step_count = len(steps)
    vague = _vague_checks(steps)
    anchored: list[tuple[int, str]] = []
    current = step_count
    seen_anchor = False
    for item in expected:
        if m := _AFTER_STEP.match(item):
            current = min(int(m.group(1) or m.group(2)), step_count)
            seen_anchor = True
            item = item[m.end() :]
        elif m := _AT_OPENING.match(item) or _BEFORE_STEP.match(item):
            current = min(int(m.group(1)) - 1, step_count) if m.re is _BEFORE_STEP else 0
            seen_anchor = True
            item = item[m.end() :]
            item = item[:1].upper() + item[1:]
        elif (m := _BEFORE_ACTION.match(item)) and (first := _first_step_doing(m["verb"].lower(), steps)) is not None:
            current, seen_anchor = first - 1, True
            item = item[m.end() :]
            item = item[:1].upper() + item[1:]
        elif last := _AT_OPENING_LAST.search(item):
            anchored.append((0, item[: last.start()] + "."))  # this one only: the next is not said to be
            continue
        elif not seen_anchor:
            words = content_words(QUOTED.sub(" ", item))
            overlaps = [(len(w & words), n) for n, w in vague.items() if w & words]
            current = max(overlaps)[1] if overlaps else step_count
        anchored.append((current, item))
    return anchored


# "Change the nights from 1 to 3", "set the age to 16", "switch the room type to Deluxe":
# what changes (a "from ..." part left out) and the new value
CHANGE_TO = re.compile(
    # ("put the genre back to X")
    r"^(?:set|change|update|edit|modify|adjust|switch|make|put|shorten|lengthen|rewrite|trim)\s+(?!to\b)(?:the\s+)?"
    r"(?P<what>.+?)(?:\s+back)?(?:\s+from\s+(?:[\"“][^\"”]*[\"”]|\S+))?\s+to\s+(?P<value>.+)$",
    re.IGNORECASE,
)
_FILL_VALUE = re.compile(
    r"^(?:enter|type|input|write|put)\s+(?P<value>.+?)\s+(?:in|into|as)\s+(?:the\s+)?\S"
    r"|^(?:fill(?: in| out)?|complete|populate|replace)\s+(?:the\s+)?.+?\s+with\s+(?P<value2>.+)$",
    re.IGNORECASE,
)
# a value introduced by what it is: "the number 42", "an amount of 250", "the code X7"
_NAMED_VALUE = re.compile(
    r"^(?:the|a|an)\s+(?:number|amount|value|code|word|text|figure|quantity|price|sum|date|year)"
    r"\s+(?:of\s+)?(?=\S)",
    re.I,
)
_NOT_A_VALUE = re.compile(
    r"^(?:the|a|an|your|his|her|their|its|this|that|each|every|some|any|it|them|nothing)\b", re.I
)


def unquoted_value(clause: str) -> str | None:
    """The value of a fill step written without quotes: "enter 42 in the Age field",
    "set the quantity to 3"; None when the words there name no value ("type your name in ...").
    """
    m = _FILL_VALUE.match(clause.strip(" ."))
    changed = CHANGE_TO.match(clause.strip(" ."))
    if m is None and changed is None:
        return None
    found = m.group("value") or m.group("value2") if m is not None else None
    if found is None and changed is not None:
        found = changed.group("value")
    value = _NAMED_VALUE.sub("", (found or "").strip(" .,"))  # "the amount 250" -> 250
    if not value or _NOT_A_VALUE.match(value) or QUOTED.search(value):
        return None
    if len(value.split()) > 3 and not value[:1].isupper():
        return None  # ("type a short note about the delivery in ..."; a sentence as typed starts with a capital)
    # ("... to Happy anniversary, love you x and the warning goes away": a clause of its own)
    value = re.split(r",?\s+and\s+(?=(?:the|a|an|no|it|its|then)\s)", value)[0] if len(value.split()) > 3 else value
    return value
