"""Expected results and verify steps as `expect` assertions."""

from __future__ import annotations

import re
from dataclasses import replace

from testdraft.ui.inventory import FORM_FIELDS, MANY, Element, Inventory, MatchLevel, Query, resolve, unique_locator
from testdraft.ui.inventory.resolve import Resolution
from testdraft.ui.inventory.textpattern import HOLE_MARK, Segment, TextPattern, match
from testdraft.ui.issues import Issue
from testdraft.ui.mapping.actions import Action, Block, Target
from testdraft.ui.mapping.lookup import (
    ElementLookup,
    fillable_name,
    filled_name,
    group_locator,
    names_of,
    one_hole,
)
from testdraft.ui.mapping.wording import (
    NEGATIVE,
    NUMBER_WORDS,
    ORDER_LIST,
    POSITION,
    QUOTED,
    ROLE_NOUNS,
    STATE_NEGATION,
    content_words,
    listed_items,
    mask_quotes,
    quoted_texts,
    split_list,
    split_outside_quotes,
    state_word,
)

_ONLY_LISTED = re.compile(
    r"^(?:and\s+)?only\s+(?P<items>.+?)\s+(?:(?:is|are)\s+(?:still\s+|now\s+)?"
    r"(?:listed|shown|left|displayed|visible)|(?:should\s+|must\s+)?(?:still\s+)?(?:remain|appear))s?"
    r"(?:\s+(?:in|on)\s+the\s+(?:list|table|page|menu|screen))?"  # ("... are left in the list")
    r"(?P<rest>(?:\s*,|\s+and\b).*)?$",
    re.I,
)


# what a passage of a data row is called: "the overview text", "the password answer"
_PASSAGE_NOUNS = r"(?:text|answer|description|body|details|content|copy|paragraph|summary|blurb)"
# "the result count reads "2 of 4 people"": a subject, a verb of showing, a quoted text.
_NAMED_TEXT = re.compile(
    r"^(?:the\s+)?(.+?)\s+(?:now\s+|still\s+|should\s+)?(?:reads?|shows?|says?|displays?|equals?)\s+[\"“]", re.I
)
# "the overview text is no longer shown": names, a passage noun, then what happens to it.
_ROW_TEXT = re.compile(
    rf"^(?:the|its|their)\s+(?P<names>.+?)\s+(?P<noun>{_PASSAGE_NOUNS})\s+"
    r"(?:is|are|should|must|stays?|remains?|becomes?|disappears?|appears?)\b",
    re.I,
)
# "the overview text about bringing a sturdy tripod is hidden": a passage by what it says
_TEXT_ABOUT = re.compile(
    rf"^(?:the|its|their|an?)\s+(?:[\w-]+\s+){{0,2}}?{_PASSAGE_NOUNS}\s+(?:about|on|mentioning|that mentions|"
    r"saying|that says)\s+(?P<about>[^\"“”]+?)\s+(?P<verb>(?:is|are|stays?|remains?|should|must)\b.*|"
    r"(?:dis)?appears?\b.*)$",
    re.I,
)
# "the Saved link in the menu now counts 1": a figure in a control's name
_NAME_COUNTS = re.compile(
    r"(?i)^(?:the\s+)?(?P<name>[\w' -]+?)\s+(?P<noun>link|button|tab)(?:\s+(?:in|on|at) the [\w -]+?)?\s+"
    r"(?:now\s+|still\s+)?(?:counts?|shows?|reads?|says?)\s+(?P<figure>\d+)$",
)
# "the form stays on screen" / "the form disappears"
_FORM_SHOWN = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w-]+\s+)?form\s+(?:(?P<stays>(?:stays|remains|is still)\s+(?:on (?:the )?screen|visible|"
    r"shown|open|there|displayed))|(?P<gone>disappears|vanishes|goes away|closes|is (?:gone|hidden|closed)|"
    r"is no longer (?:shown|visible|displayed|there)))$",
)
# "the alert offers a Retry button": a control inside the alert (or dialog)
_HOLDER_OFFERS = re.compile(
    r"(?i)^(?:the|an?)\s+(?P<holder>alert|error|warning|dialog|modal|pop-?up)(?:\s+message)?\s+(?:now\s+|also\s+)?"
    r"(?:offers?|has|contains?|includes?|shows?|provides?|gives?)\s+(?:you\s+)?(?:an?\s+|the\s+)?"
    r"(?P<what>.+?)\s+(?P<noun>button|link)$",
)
# "The ticket leaves the open list": a row that is no longer in a list
_LEAVES_LIST = re.compile(
    r"(?i)^(?P<what>.+?)\s+(?:leaves|drops out of|disappears from|(?:is|are|has been|have been|was|were)\s+"
    r"(?:removed|gone|taken) (?:from|out of))\s+the\s+(?P<where>[\w -]+?)$",
)
# the roles a message of each kind has, likeliest first
_MESSAGE_ROLES = {
    "error": ("alert",),
    "warning": ("alert",),
    "message": ("alert", "status"),
    "notice": ("status", "alert"),
    "confirmation": ("status",),
    "notification": ("status", "alert"),
    "toast": ("status", "alert"),
}
# "the order shows a single line, Large pizza: Ham - £18.00, and the total is £18.00"
_SINGLE_LINE = re.compile(
    r"^(?:the\s+)?[\w' -]+?\s+(?:now\s+)?(?:shows|has|lists|holds|contains)\s+(?:a\s+single|one|just\s+one|"
    r"only\s+one|exactly\s+one)\s+(?:line|row|item|entry)\s*[,:]\s+(?P<text>.+?)(?:,?\s+and\s+(?P<rest>the\s.+))?$",
    re.I,
)
# the roles of a line of text that tells the user something
_MESSAGE_LINE_ROLES = ("alert", "status", "note")
# a dialog that asks to confirm is an `alertdialog` as often as a `dialog`
_DIALOG_ROLES = {
    "table": ("table",),  # "no stock table is shown"
    "dialog": ("dialog", "alertdialog"),
    "modal": ("dialog", "alertdialog"),
    "confirmation": ("alertdialog", "dialog", "status"),
}
_ERROR_KINDS = {"error", "warning", "validation", "failure", "problem"}
# a figure or a text that a value changes to: read as what the element reads now
_CHANGES_TO = re.compile(
    r"\s+(?:should\s+|must\s+|will\s+|has\s+)?(?:now\s+)?(?:go(?:es)?\s+(?:up|down)|went\s+(?:up|down)|"
    r"gone\s+(?:up|down)|increased?|increases|decreased?|decreases|dropped|drops?|rises?|rose|risen|"
    r"climbs?|climbed|falls?|fell|jumps?|jumped|changed?|changes|updated?|updates|switch(?:es)?|turns?\s+in)\s+to\s+"
    r"(?=[\"“A-Z0-9$€£])",
    re.I,
)
# what the element a tab or a disclosure controls is called: "the Description text"
_CONTROLLED_NOUNS = {"text", "panel", "content", "answer", "section", "details", "body", "copy", "tab"}
_NOT_A_KIND = {"the", "a", "an", "no", "any", "this", "that", "its", "their", "new"}
# what a subject says: "it should say that ...", "the page says No results for "zz""
_SAID = re.compile(
    r"^(?P<subject>.*?)\s*\b(?:should\s+|must\s+|now\s+)?(?:says?|reads?|states?|explains?|mentions?|confirms?|"
    r"(?:starts?|begins?)\s+with|"
    r"(?P<tells>(?:tells?|informs?|warns?|asks?)\s+(?:you|the user|the customer|them|me|us)(?:\s+to(?=\s))?|"
    r"promises?(?:\s+(?:you|me|us|them))?(?=\s+(?:a|an|to|that)\s)))\s+"
    r"(?P<that>that\s+)?(?P<text>.+)$",
    re.I,
)
# a subject that says something ("the confirmation says ...") and the verbs of saying
_SAYING = (r"(?:says?|reads?|states?|explains?|mentions?|confirms?|shows?|promises?(?=\s+(?:a|an|to|that)\s)|"
           r"(?:starts?|begins?)\s+with)")
_SAYS = re.compile(rf"^(?P<subject>(?i:the|an?|its|their)\s+(?:[\w'-]+\s+){{0,3}}?)(?:now\s+|also\s+)?{_SAYING}\b")
PRONOUN_SUBJECT = re.compile(r"(?:it|this|that|they)", re.I)
_DIALOG_NOUN = re.compile(r"\b(?:dialog|modal|confirmation|popup|pop-up)\b", re.I)
# "the address now ends with #/x", "the URL is "/cart""
_URL = re.compile(
    r"^(?:the\s+)?(?:page\s+)?(?:address|url|location)(?:\s+bar)?\s+(?:now\s+|should\s+|still\s+)*"
    r"(?:ends? (?:with|in)|is|shows?|reads?|becomes?)\s+(?P<path>\S+)$",
    re.I,
)
# a heading named without quotes
_HEADING_READS = re.compile(
    r"^(?:the\s+)?(?:page\s+|main\s+)?(?:heading|title)\s+(?:should\s+|must\s+|now\s+|still\s+)*"
    r"(?:reads?|says?|is|shows?|becomes?)\s+(?P<text>.+)$",
    re.I,
)
_HEADING_SHOWN = re.compile(
    r"^(?:the|an?)\s+(?P<text>.+?)\s+heading\s+(?:is|should be|must be)\s+(?:still\s+|now\s+|not\s+|no longer\s+)?"
    r"(?:shown|displayed|visible)(?:\s+again)?$",
    re.I,
)
# "the heading Choose a crossing is shown": the word, then its text
_HEADING_NAMED_SHOWN = re.compile(
    r"^(?:the\s+)?(?:page\s+)?heading\s+(?P<text>.+?)\s+(?:is|should be|must be)\s+"
    r"(?:still\s+|now\s+|back\s+|not\s+|no longer\s+)?(?:shown|displayed|visible)(?:\s+again)?$",
    re.I,
)
_NO_HEADING = re.compile(
    r"\b(?:not|never)\s+(?:show|display|have)\s+(?:an?|the|any)\s+(?P<text>.+?)\s+heading$", re.I
)
# words the page shows as they stand: "the note 2 months free is shown"
# ("the message No sensors have reported yet. does not appear": the verb alone says "not")
_TEXT_SHOWN = re.compile(
    r"^(?:(?P<noun>the|an?)\s+(?:note|text|message|label|hint|caption|line|words?|notice|sentence)\s+)?"
    r"(?P<text>.+?)\s+(?P<verb>(?:is|are)\s+(?:still\s+|now\s+|also\s+|not\s+|no longer\s+)?"
    r"(?:listed|shown|displayed|visible)|(?:(?:does|do|should|must|will)\s+not|doesn't|don't|never|no longer)\s+"
    r"(?:appear|show up|show)|(?:dis)?appears?|shows up)(?:\s+again|\s+any\s?more)?$",
    re.I,
)
# "the Loading chargers… message disappears": the words, then what they are called
_TEXT_KIND_AFTER = re.compile(
    r"^(?:the|an?)\s+(?P<text>.+?)\s+(?:note|text|message|label|hint|caption|line|notice|sentence|banner)\s+"
    r"(?P<verb>(?:is|are)\s+(?:still\s+|now\s+|also\s+|not\s+|no longer\s+)?(?:listed|shown|displayed|visible)|"
    r"(?:(?:does|do|should|must|will)\s+not|doesn't|don't|never|no longer)\s+(?:appear|show up|show)|"
    r"(?:dis)?appears?|shows up|vanishes|is gone)(?:\s+again|\s+any\s?more)?$",
    re.I,
)
# "the list of crossings is back under the heading Choose a crossing": two checks
_UNDER_HEADING = re.compile(
    r"^(?P<what>(?:the|a|an)\s+.+?)\s+(?:is|are)\s+(?:back\s+|still\s+|now\s+|shown\s+|listed\s+)*(?:again\s+)?"
    r"(?:under|below|beneath)\s+the\s+(?:heading|title)\s+(?P<heading>.+)$",
    re.I,
)
# "the list of planets is not visible anymore", "the Sailings list is back"
_LIST_SHOWN = re.compile(
    r"^(?:the\s+)?(?:list\s+of\s+(?P<what>[\w' -]+?)|(?P<what2>[\w' -]+?)\s+list)\s+(?:is|are|has|have)\s+"
    r"(?:still\s+|now\s+|no longer\s+|not\s+)*(?:back|shown|displayed|visible|there|gone|hidden)"
    r"(?:\s+again|\s+any\s?more)?$",
    re.I,
)
# "the error Enter your meter reading is shown": a message named by its kind and its words
_MESSAGE_SHOWN = re.compile(
    r"^(?:the|an?)\s+(?P<noun>error|warning|confirmation|alert|notice|notification|message)(?:\s+message)?\s+"
    r"(?P<text>(?=[A-Z0-9])[^\"“”]+?)\s+(?:(?:is|are)\s+(?:still\s+|now\s+|also\s+)?(?:shown|displayed|visible)|"
    r"appears?|shows up)$"
)
# "the price is hidden": what is no longer there
_HIDDEN = re.compile(
    r"^(?:the\s+)?(?P<what>[\w -]+?)\s+(?:is|are)\s+(?:now\s+)?(?:hidden|gone|no longer (?:shown|visible|displayed)|"
    r"not (?:shown|visible|displayed))$",
    re.I,
)
# a section a check is confined to
_SECTION_NOUNS = {
    "section": ("region", "group", "tabpanel"),
    "panel": ("tabpanel", "region", "group"),
    "region": ("region",),
    "area": ("region", "group"),
    "group": ("group", "region"),
    "list": ("list",),
    "table": ("table",),
}
_IN_SECTION = re.compile(
    rf"\b(?:in|inside|within|under|from)\s+the\s+(?P<where>[\w ,'&-]+?)\s+(?P<noun>{'|'.join(_SECTION_NOUNS)})\b",
    re.I,
)
_SECTION_LISTS = re.compile(
    rf"^(?:the\s+)?(?P<where>[\w ,'&-]+?)\s+(?P<noun>{'|'.join(_SECTION_NOUNS)})\s+"
    r"(?:lists?|shows?|has|contains?|includes?)\b",
    re.I,
)
# what an area is said to hold: "Done lists ...", "In progress still holds 3 cards"
_AREA_HOLDS = r"(?:now\s+|still\s+|also\s+)?(?:lists?|includes?|contains?|holds?|has|shows?)\b"
# what holds a part of the page that a check may be confined to
_AREA_ROLES = ("region", "group", "list", "tabpanel", "table", "complementary", "navigation", "form", "dialog")
# what holds one item of a list drawn from data: a table row, a list item, a card
_CARDS = ("row", "listitem", "article")
_MESSAGE_NOUN = re.compile(rf"\b(?:{'|'.join([*_MESSAGE_ROLES, 'alert', 'status', 'banner', 'note'])})s?\b", re.I)


_NOT = re.compile(r"\b(?:not|no longer|never|isn't|aren't|won't|doesn't)\b")  # a state denied
_OPPOSITE = {
    "disabled": "enabled",
    "enabled": "disabled",
    "checked": "unchecked",
    "unchecked": "checked",
    "aria-pressed=true": "aria-pressed=false",
    "aria-expanded=true": "aria-expanded=false",
    "aria-expanded=false": "aria-expanded=true",
    "aria-invalid=true": "aria-invalid=false",
    "readonly": "editable",
    "editable": "readonly",
}
_PRESENCE_KINDS = {
    "field": "field",
    "box": "field",
    "input": "field",
    "dropdown": "select",
    "checkbox": "checkbox",
    "button": "clickable",
    "link": "clickable",
}
# test ids and ids that name a message holder ("payment-message", "form-error")
_MESSAGE_KEYS = {"message", "error", "notice", "status", "feedback", "toast", "alert", "warning", "msg"}


def _id_words(key: str) -> set[str]:
    """The words of an id, a test id or a class (`form-error`, `player_count`; `qty`: quantity)."""
    words = content_words(key.replace("-", " ").replace("_", " "))
    return {_ID_ABBREVIATIONS.get(w, w) for w in words}


# the short words ids are written with, and the word a step says
_ID_ABBREVIATIONS = {"qty": "quantity", "num": "number", "amt": "amount", "msg": "message", "desc": "description",
                     "addr": "address", "btn": "button"}


def _key_words(element: Element) -> set[str]:
    keys = " ".join(k for k in (element.test_id, element.element_id) if k)
    return _id_words(keys)


def _denies_state(part: str) -> bool:
    """ "no longer disabled", "House is not selected": the step denies the state it names
    (a "not" inside quotes, or in a state word that says "not" itself, "not clickable", aside)."""
    return _NOT.search(STATE_NEGATION.sub(" ", QUOTED.sub(" ", part.lower()))) is not None


def note_unchecked(block: Block, clause: str) -> None:
    """An expected result (or a part of one) that maps to no check: said, never dropped."""
    block.todos.append(Issue(f"TODO: no check written for {clause.strip()!r}: check it by hand", "warning"))


def _abbreviates(short: str, word: str) -> bool:
    """ "qty" for quantity, "amt" for amount: the word itself, or its first letter and then
    the short form's letters in order."""
    if short == word:
        return True
    in_order = re.search(".*".join(map(re.escape, short)), word) is not None
    return 2 <= len(short) < len(word) and short[0] == word[0] and in_order


def _attr_words(element: Element) -> set[str]:
    """The words of an element's id, test id and class ("form-error" -> form, error)."""
    keys = " ".join(element.attrs[k].display() for k in ("id", "data-testid", "class") if k in element.attrs)
    return _id_words(keys)


def _whole_text(element: Element, quote: str) -> bool:
    """Whether `quote` is all of the element's text (`to_have_text`), not a part of it: the
    source has it, a template whose literal parts match and whose holes fill the rest, or a
    state the code sets to exactly that string."""
    level = match(element.text, quote, exact=True)
    segments = element.text.segments
    only_a_state = len(segments) == 1 and not segments[0].several  # `{message}`, set to it
    return (
        level == MatchLevel.LITERAL
        or (level == MatchLevel.TEMPLATE and element.text.has_literal)
        or (level == MatchLevel.GUESSED and only_a_state)
    )


def _as_rendered(element: Element, said: str) -> str:
    """The words said as the element writes them ("we couldn't find a card" in "We couldn't
    find a card with that number."): Playwright's text checks are case-sensitive, a step's
    retelling of a message is not."""
    texts = list(element.text.expansions(fill_holes=True, weak=False))
    for text in texts:
        for piece in text.split(HOLE_MARK):
            at = piece.lower().find(said.lower())
            if at >= 0:
                return piece[at : at + len(said)]
    # ("you only have 3 tickets" around a hole, "You only have {…} tickets"): the words the text
    # writes in one case only, in that case
    cased: dict[str, set[str]] = {}
    for word in re.findall(r"[^\W\d_][\w'’]*", " ".join(texts)):
        cased.setdefault(word.lower(), set()).add(word)
    return re.sub(r"[^\W\d_][\w'’]*", lambda w: next(iter(ways)) if len(ways := cased.get(w.group(0).lower(), set()))
                  == 1 else w.group(0), said)


def _stem(word: str) -> str:
    """A word less an -ing or -ed ending ("bringing" and "bring" alike)."""
    for ending in ("ing", "ed"):
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)]
    return word


def _renders_word(element: Element, word: str) -> bool:
    """Whether the code puts exactly this word in the element (`{fee ? money(fee) : "Free"}`)."""
    return match(element.text, word, exact=True) >= MatchLevel.GUESSED and any(
        word in segment.options for segment in element.text.segments
    )


# "the menu shows 3 dishes: Shakshuka, Lentil soup and Halloumi wrap": a count, then its rows
_COUNT_NAMED = re.compile(
    r"^(?:the\s+)?[\w -]*?\b(?:shows?|lists?|has|have|contains?|displays?|are|is)\s+(?:now\s+|still\s+)?"
    r"(?P<n>\d+)\s+(?P<noun>[\w-]+):\s+(?P<items>[^:;\"“”]+)$",
    re.I,
)


# elements whose text is their name, not a message a later step may call "that message"
_SAYING_NOT = ("button", "link", "tab", "menuitem", "checkbox", "radio", "switch", "option", "combobox", "textbox")


class AssertionMapper(ElementLookup):
    """Turns checks ("the error "X" is shown", "Save is disabled") into assertions."""

    def map_assertions(self, clause: str, block: Block, precondition: bool = False) -> None:
        start = len(block.actions)
        self._map_assertions(clause, block, precondition)
        shown = [
            a.target.query.value
            for a in block.actions[start:]
            if a.verb == "expect_visible" and a.target is not None and a.target.query.kind == "text"
        ]
        if shown and not precondition:  # what "neither error" may refer to later
            self.shown_texts = shown
            self.checked_texts += shown
        said = [  # what "that message" may refer to later: the last text a check expected shown
            str(a.value) if a.verb in ("expect_text", "expect_contains") else str(a.target.query.value)
            for a in block.actions[start:]
            if a.target is not None and (
                (a.verb in ("expect_text", "expect_contains") and isinstance(a.value, str) and a.target.element
                 is not None and a.target.element.role not in _SAYING_NOT)
                or (a.verb == "expect_visible" and a.target.query.kind == "text")
            )
        ]
        if said and not precondition:
            self.said_texts = said

    def _map_assertions(self, clause: str, block: Block, precondition: bool = False) -> None:
        body = re.sub(
            # ("Look at the tabs: Bugs (3 open) is selected ...": what to look at, then what holds)
            r"^(?:look at|inspect|review)\s+(?:the\s+)?[\w ]+?:\s+(?=\S)|"
            r"^(?:verify|check|ensure|confirm|make sure|observe|note|assert|wait (?:until|for))\s+"
            r"(?:that\s+)?|^(?:when|once|after)\s+[^,\"“]+,\s*|"  # "When the page opens, ..."
            r"^that\s+(?!(?:tab|button|link|field|box|checkbox|switch|dropdown|one)\s+(?:is|are|becomes?|gets?|"
            r"stays?|remains?|should|must)\b)",  # (not "that tab becomes selected": the tab just named)
            "",
            clause,
            flags=re.I,
        )
        body = re.sub(r",?\s+because\b.*$", "", body)  # ("... is greyed out because the box isn't ticked yet")
        body = re.sub(r"^(?:this time|now|then|finally),?\s+", "", body, flags=re.I)
        # "You should see Order placed: 12 A2 gloss posters", "you get Lane booked ...": words the page shows
        body = re.sub(r"^(?i:you|I|we|the user)\s+(?:(?i:should|will|must|can|now|then)\s+)*(?i:see|get)\s+"
                      r"(?=[A-Z0-9\"“])", "the page shows ", body)
        # "the page should refuse, saying Sandra Kaur is already in the syndicate": the message says so
        body = re.sub(r"^(?:(?:the|this)\s+(?:page|form|app|site)\s+)?(?:should\s+|must\s+|will\s+)?"
                      r"(?:refuses?|rejects?|declines?|complains?)(?:\s+(?:it|this|that))?,?\s+(?:by\s+)?saying\s+",
                      "the message says ", body, flags=re.I)
        body = re.sub(r",\s+saying\s+(?=\S)", ", the message says ", body)
        # "the check page lists the contact as Aisha Bello, BA1 5NE": what the contact reads
        listed_as = r"(the\s+[\w ]+?)\s+as\s+(?=[A-Z0-9\"“£$€])"
        body = re.sub(rf"^(?:(?:the|this)\s+[\w ]+?\s+)?(?:lists|gives)\s+{listed_as}", r"\1 reads ", body)
        body = re.sub(rf"(?<=,\s)(?:and\s+)?(?:lists|gives)\s+{listed_as}", r"\1 reads ", body)
        # "The confirmation thanks Aisha": it says the thanks the page writes ("Thanks {name}")
        body = re.sub(r"^((?i:the|a|an)\s+(?:[\w-]+\s+){0,2}?)thanks\s+(?=[A-Z])", r"\1says Thanks ", body)
        if not precondition and (self._single_line(body, block) or self._control_name_shows(body, block)):
            return
        said_colon = re.match(
            r"^(?P<head>[^:\"“”]*?\b(?:confirms?|says?|reads?|shows?|displays?|states?|announces?|tells me))\s*:\s+"
            r"(?P<text>[^\"“”]+?)\.?$", body, re.I
        )
        if said_colon and resolve(self.inventory, Query("text", said_colon.group("text")), self.typed).elements:
            # "the page confirms: Booking requested for Sam Porter: motor boat, 2 hours, 5 people":
            # the words after the colon as the page writes them (one text, whatever commas it holds)
            body = f'{said_colon.group("head")} "{said_colon.group("text")}"'
        said_whole = re.match(
            r"^(?P<head>[^\"“”:]*?\b(?:reads?|says?|shows?|displays?))\s+(?P<text>[^\"“”:,]+,\s[^\"“”:]+?)\.?$",
            body, re.I,
        )
        if said_whole and not re.search(r"\b(?:reads?|says?|shows?|displays?|is|are)\b|,\s+and\s",
                                        said_whole.group("text"), re.I) and any(
            not e.children and e.text.segments and any(s.closed for s in e.text.segments)
            and match(e.text, said_whole.group("text"), exact=True) >= MatchLevel.TEMPLATE
            for e in self.inventory
        ):  # "the price line reads £30 per player, £60 in total": the whole text one element
            # draws (`{…} per player, {…} in total`), commas and all
            body = f'{said_whole.group("head")} "{said_whole.group("text")}"'
        if self._order_assertion(body, block) or self._url_assertion(body, block) or self._listed_as(body, block):
            return
        if self._position_assertion(body, block):  # "X, which ..., moves to the top"
            return
        # a part of a check that claims something of the page (not "which needs water today")
        states_something = re.compile(
            r"\b(?:is|are|be|shows?|reads?|says?|lists|displays?|appears?|disappears?|contains?|becomes?|"
            r"remains?|stays?|mentions?|explains?|"
            # ("the counter drops to 10")
            r"drops?|goes|rises?|falls?|changes?|increases?|decreases?|jumps?|climbs?)\b",
            re.I,
        )
        # "Sand, explained is gone": one name of the data, never two clauses (kept whole by
        # quotes while the clause is split, then given back as written)
        commas = {f'"\x02{v}\x02"': v for v in self._data_mentioned(QUOTED.sub(" ", body)) if ", " in v}
        # (and a text the component renders as it stands: "its panel should say Waxing gibbous, 87% illuminated")
        options = {t for e in self.inventory if e.tag == "option" and (t := e.text.static_text()) and ": " in t}
        for text in sorted(self._static_texts() | options, key=len, reverse=True):
            # (or a colon: "the sort still says Price: low to high", an option as the page writes it)
            if (", " in text or ": " in text) and len(text) > 8 and re.search(
                rf"(?<![\w\"“]){re.escape(text)}(?![\w\"”])",
                                                          QUOTED.sub(" ", body)):
                commas.setdefault(f'"\x02{text}\x02"', text)
        code = r"[A-Z]{0,2}\d{1,4}[A-Z]?"
        for run in re.findall(rf"(?<![\w\"“.,£$€]){code}(?:,\s+{code})+(?![\w.%])", QUOTED.sub(" ", body)):
            commas.setdefault(f'"\x02{run}\x02"', run)  # ("Seats: B3, B4, B5": codes listed, one text)
        if (last_read := re.search(r"\breads\s+(?P<text>[^\"“”:]+?,\s[^\"“”:]+?)\.?$", body)) and any(
            not e.children and any(s.closed for s in e.text.segments)
            and match(e.text, last_read["text"], exact=True) >= MatchLevel.TEMPLATE for e in self.inventory
        ):  # ("..., and lists the contact as Aisha Bello, BA1 5NE, 07700 900321": one text, commas and all)
            commas.setdefault(f'"\x02{last_read["text"]}\x02"', last_read["text"])
        for marked, value in commas.items():
            body = re.sub(rf"(?<![\w\"“]){re.escape(value)}(?![\w\"”])", marked, body)
        if (counted := re.match(r"^(?P<head>[^:,;\"“]*?\b\d+\s+[\w-]+):\s+(?P<items>[^:;\"“]+?)\.?$", body)) and (
            len(items := split_list(counted.group("items"))) > 1
            and all(self._data_mentioned(i) == [i] for i in items)
        ):  # "the menu shows 3 dishes: Shakshuka, Lentil soup and Halloumi wrap": one count, its rows named
            marked = f'"\x02{counted.group("items")}\x02"'
            commas[marked] = counted.group("items")
            body = f'{counted.group("head")}: {marked}'
        pieces = split_outside_quotes(
            body, r",\s+(?:and\s+|while\s+|whereas\s+)?|;\s*|:\s+(?=[a-z])|\s+(?:while|whereas)\s+"
        )
        for marked, value in commas.items():
            pieces = [p.replace(marked, value) for p in pieces]
        pieces = [each for piece in pieces for each in (self._state_of_each(piece) or [piece])]
        for piece in pieces:
            piece = self._of_last_row(piece)  # "Dune is due 19 Jun 2024, says Renewal limit reached"
            if self._position_assertion(piece, block):
                continue
            if (counted := _COUNT_NAMED.match(piece.strip(" ."))) and (
                len(items := split_list(counted.group("items"))) > 1
                and all(self._data_mentioned(i) == [i] for i in items)
                and (count := self._count_assertion(f"{counted.group('n')} {counted.group('noun')} are listed".lower(),
                                                    precondition)) is not None
            ):  # "the menu shows 3 dishes: Shakshuka, Lentil soup and Halloumi wrap": the count, each row named
                block.actions.append(count)
                for item in items:
                    self._text_assertion(item, piece.lower(), False, block, precondition)
                continue
            lower = QUOTED.sub('"…"', piece).lower()
            if self._value_assertion(piece, lower, quoted_texts(piece), block):
                continue
            if self._not_mentioned(piece, block) or self._only_named_listed(piece, block, precondition):
                continue
            # "the Street address and Postcode fields appear": one check of both, not two clauses
            and_split = r"\s+and\s+(?![\"“][^\"”]*[\"”]\s*$)(?![\w ]+?\s+(?:fields|boxes|buttons|links|checkboxes)\b)"
            parts = split_outside_quotes(piece, and_split)
            shared = re.search(r"\s+((?:disappears?|appears?|vanish(?:es)?|(?:are|is)\s+(?:no longer\s+|not\s+)?"
                               r"(?:shown|displayed|visible|hidden|gone))\b.*)$", parts[-1], re.I)
            tail = re.search(r"\s+((?:is|are)\s+(?:still\s+|now\s+|also\s+)?(?:listed|shown|displayed|visible)\b.*)$",
                             parts[-1], re.I)
            can = re.search(r"\s+(can(?:not|'t)?\s+(?:still\s+|now\s+)?be\s+\w+)$", parts[-1], re.I)
            for number, part in enumerate(parts):
                listing = re.match(rf"^(?P<head>.+?\s+{_AREA_HOLDS})\s+", parts[0]) if number else None
                if listing and not states_something.search(QUOTED.sub(" ", part)) and self._area_named(parts[0]):
                    part = f"{listing.group('head')} {part.strip()}"  # "Done lists A and B": B there too
                if number:
                    part = self._of_last_row(part)  # "X is due ... and shows 1 of 3 ...": X's
                said_before = _SAYS.match(mask_quotes(parts[number - 1])) if number else None
                if said_before and re.match(rf"(?:also\s+)?{_SAYING}\b", part.strip(), re.I):
                    part = f"{said_before.group('subject')}{part.strip()}"  # "... says X and mentions Y": Y of it too
                if shared and number < len(parts) - 1 and re.search(r"\b(?:box|field|option|button|checkbox)$", part):
                    part = f"{part} {shared.group(1)}"  # "the Notes box and the X option disappear": both
                elif tail and number < len(parts) - 1 and not states_something.search(QUOTED.sub(" ", part)):
                    part = f"{part} {tail.group(1)}"  # "A (...) and B (...) are still listed": both
                elif can and number < len(parts) - 1 and not states_something.search(QUOTED.sub(" ", part)) and (
                    not re.search(r"\bcan\b", part)
                ):
                    part = f"{part} {can.group(1)}"  # "Open and Major can still be chosen": both
                stated = state_word(parts[number - 1].lower()) if number else None
                denied = r"(?P<what>.+?)\s+(?:is|are)\s+not|(?P<what2>.+?)\s+(?:isn't|aren't)"
                if stated and (elided := re.fullmatch(denied, part.strip(" ."), re.I)):
                    # "Failures (1) is the selected tab and All tests is not": the same state, denied
                    word = {"aria-selected=true": "selected", "aria-pressed=true": "pressed",
                            "aria-expanded=true": "expanded"}.get(stated, stated.split("=")[0])
                    part = f"{elided.group('what') or elided.group('what2')} is not {word}"
                before = len(block.actions) + len(block.todos)
                if not self._order_assertion(part, block) and not self._position_assertion(part, block) and not (
                    self._url_assertion(part, block)  # "the heading reads X and the URL ends with ...", and first
                ) and not (  # ("the postcode box now holds BA1 5NE and there's no error": the value, apart)
                    len(parts) > 1 and self._value_assertion(part, QUOTED.sub('"…"', part).lower(), quoted_texts(part),
                                                             block)
                ):
                    for each in self._state_of_each(part) or [part]:  # ("... and none of the boxes is ticked")
                        self._assert_part(each, block, precondition)  # ("... and only X is listed": above)
                added = len(block.actions) + len(block.todos) > before
                if not precondition and not added and (said := _SAID.match(mask_quotes(part.strip(" .")))) and (
                    not NEGATIVE.search(said.group("subject"))
                ) and self._one_text_says(part.strip(" .")[said.start("text") : said.end("text")], block):
                    # "the quote says ready in 7 days", nothing else read: the one text that holds them
                    continue
                if not precondition and not added and states_something.search(part):
                    note_unchecked(block, part)  # a part of a check that maps to nothing is said

    def _assert_part(self, part: str, block: Block, precondition: bool) -> None:
        # "the counter should go up to 2 of 5 present": what it reads now
        for change in reversed(list(_CHANGES_TO.finditer(mask_quotes(part)))):  # (not inside a quote)
            part = f"{part[: change.start()]} reads {part[change.end() :]}"
        # "The Recall every dropdown is disabled too": what it says of the dropdown
        part = re.sub(r",?\s+(?:too|as well|also)\s*\.?$", "", part.strip())
        # "Settings saved never appears": it is not shown
        part = re.sub(r"\s+never\s+(?:appears|shows(?:\s+up)?|comes\s+up|gets\s+shown|is\s+shown)\s*\.?$",
                      " is not shown", part)
        # "Miso still in the name field": what the field holds
        if kept := re.fullmatch(r"(?P<v>[^\"“”,]+?)\s+(?:is\s+)?still\s+in\s+the\s+"
                                r"(?P<f>[\w' -]+?\s+(?:field|box|input))", part.strip(" .")):
            held = f"the {kept['f']} still contains {kept['v']}"
            if self._value_assertion(held, held.lower(), [], block):
                return
        # "the line shows a quantity of 2": the quantity is 2
        part = re.sub(r"^(?i:the|its|their)\s+(?:[\w-]+\s+)?(?:line|row|item|entry|card)\s+(?:shows?|has)\s+an?\s+"
                      r"(?P<what>[\w ]+?)\s+of\s+(?=[$€£]?\d)",
                      r"the \g<what> is ", part.strip())
        # "the total shown is £12.00": the total is
        part = re.sub(r"^((?i:the)\s+[\w -]+?)\s+(?:shown|displayed)\s+(is|reads|says)\b", r"\1 \2", part.strip())
        # "7 records show again": that many listed
        part = re.sub(r"^(\d+|no)\s+([a-z]\w*)\s+(?:shows?|appears?|come back|are back)(?:\s+again)?\s*\.?$",
                      r"\1 \2 are listed", part.strip(), flags=re.I)
        # "you stay on the Dates page (no Summary heading)": that heading absent too
        if (no_heading := re.search(r"\s*\(no\s+(?P<name>[A-Z][\w' -]*?)\s+heading\)\s*$", part)) and not precondition:
            self._assert_part(part[: no_heading.start()], block, precondition)
            part = f"the {no_heading['name']} heading is not shown"
        # "Credits left still reads 4 (free cancellation)": a note in brackets is no part of the check
        part = re.sub(r"\s*\([^()\d\"“”]*[a-z][^()\d\"“”]*\)\s*$", "", part)
        # "you are back on step 1 with Cat still selected": the page, and the state of what it holds
        if (holding := re.fullmatch(r"(?P<head>.+?)\s+with\s+(?P<what>[^,]+?)\s+(?:still\s+|now\s+)?"
                                    r"(?P<state>selected|ticked|checked|chosen|unticked|unchecked)", part.strip(" ."))
                ) and not precondition:
            before = len(block.actions) + len(block.todos)
            self._assert_part(holding["head"], block, precondition)
            if len(block.actions) + len(block.todos) == before:
                note_unchecked(block, holding["head"])  # ("you are back on step 1": said, never dropped)
            part = f"{holding['what']} is {holding['state']}"
        # "you stay on the Your details step with a message that BH postcodes aren't covered": both
        if (telling := re.fullmatch(r"(?P<head>.+?)\s+with\s+(?:a|an|the)\s+(?:message|error|warning|note)\s+"
                                    r"(?:that|saying)\s+(?P<said>.+)", part.strip(" ."))) and not precondition:
            before = len(block.actions) + len(block.todos)
            self._assert_part(telling["head"], block, precondition)
            if len(block.actions) + len(block.todos) == before:
                note_unchecked(block, telling["head"])
            part = f"a message says {telling['said']}"
        # "the Dates page is shown", "you stay on the Dates page": the page of that heading
        page = re.fullmatch(r"(?:the\s+)?(?P<name>[A-Z][\w' -]*?)\s+(?:page|screen|step|view)\s+(?:is\s+)?"
                            r"(?:now\s+|still\s+)?(?:shown|displayed|open(?:ed)?|opens|appears|visible)"
                            r"|(?i:you|I|we)\s+(?:(?:should|must|will)\s+)?(?:stay|remain|(?:are|am)(?:\s+still|\s+back|"
                            r"\s+now)?)\s+on\s+"
                            r"the\s+(?P<name2>[A-Z][\w' -]*?)\s+(?:page|screen|step|view)", part.strip(" ."))
        if page and any(e.role == "heading" and (e.name.static_text() or "").lower() == (page["name"] or page["name2"])
                        .lower() for e in self.inventory):
            part = f"the {page['name'] or page['name2']} heading is shown"
        if not precondition and (
            self._row_control_says(part, block)
            or self._row_says(part.strip(" ."), block)
            or self._reported_text(part, block)
            or self._dialog_mentions(part, block)
        ):
            return
        if taken := re.match(
            r"^(?:(?:you are|you're|the user is|I am|we are)\s+(?:now\s+)?(?:taken|brought|sent|redirected|returned)\s+"
            r"(?:back\s+)?to|(?:the\s+)?[\w' -]+?\s+(?:opens|starts|loads|lands)\s+on)\s+(?:the\s+)?(?P<place>.+?)"
            r"(?:\s+(?:page|screen|view))?$",
            part.strip(" ."),
            re.I,
        ):  # "you are taken to the Orders page", "the app opens on the Recipes page": that page's heading
            place = taken.group("place")
            part = f"the heading {place} is shown" if QUOTED.fullmatch(place) else f"the {place} heading is shown"
            if re.search(r"\btab$", place, re.I):  # "the course page opens on the Overview tab": that tab selected
                part = f"the {place} is selected"
        gone = re.match(
            # ("that" is gone from the front by now: "message is gone")
            r"^(?:(?:that|this|the same)\s+)?(?:message|error|warning|note|notice|text|line|hint)\s+"
            r"(?:(?:is|has)\s+(?:now\s+)?"
            r"(?:gone|disappeared|vanished|hidden|no longer (?:shown|displayed|visible|there))|disappears|vanishes|"
            r"goes away)$", part.strip(" ."), re.I,
        )
        if gone and not precondition and len(self.said_texts) == 1:
            # "that message is gone": the text the last check found shown, absent now
            self._text_assertion(self.said_texts[0], "", True, block, precondition)
            return
        if not precondition and (
            self._whose_turn(part, block) or self._row_can_be(part, block) or self._note_gone(part, block)
            or self._remaining_named(part, block) or self._named_gone(part, block)
        ):
            return
        back_on = re.match(r"^(?:the\s+(?:page|screen|form|wizard)\s+is|(?i:you|we)\s+are|I\s+am)\s+"
                           r"(?:now\s+|back\s+|still\s+)*on\s+"
                           r"(?P<text>[A-Z0-9][^\"“”]*?|(?:step|page|stage|part)\s+\d[^\"“”]*?)$", part.strip(" ."))
        shows = back_on.group("text")[:1].upper() + back_on.group("text")[1:] if back_on else ""  # ("on step 2")
        if back_on and " and " not in shows and not precondition and resolve(
            self.inventory, Query("text", shows)
        ).elements:
            # "the page is back on Step 1 of 3": the words it shows, as the page writes them
            part = f'"{shows}" is shown'
        if chosen := re.match(
            r"^(?P<what>.+?)\s+is\s+the\s+(?:[\w-]+\s+)?(?:one\s+)?(?:that\s+is\s+|that's\s+)?(?:already\s+|currently\s+|now\s+)?"
            r"(?P<state>selected|chosen|ticked|checked|picked)(?:\s+one)?$", part.strip(" ."), re.I
        ):  # "Rowing boat is the boat already selected": that one selected
            part = f"{chosen.group('what')} is selected"
        if under := _UNDER_HEADING.match(part.strip(" .")):
            # "the list of crossings is back under the heading Choose a crossing": both there
            self._assert_part(f"the heading {under.group('heading')} is shown", block, precondition)
            part = f"{under.group('what')} is shown"
        lower = QUOTED.sub('"…"', part).lower()  # quoted text says nothing about the check
        if not precondition and (shown := _MESSAGE_SHOWN.match(part.strip(" ."))) and self._message_text(
            shown.group("noun"), shown.group("text"), block
        ):  # "the error Enter your meter reading is shown": the message that says it
            return
        if (
            not precondition
            and (
                ((text_shown := _TEXT_SHOWN.match(part.strip(" ")))
                 and (text_shown.group("noun") or self._fills_template(text_shown.group("text"))))
                or ((kind_after := _TEXT_KIND_AFTER.match(part.strip(" ."))) and any(
                kind_after.group("text") in t for t in self._static_texts()))  # (as the page writes it)
            )
            and self._unquoted_text(part, False, block)
        ):  # "the message No sensors have reported yet today. does not appear": that text, not the alert
            return
        # ("Drinking glasses under No thanks", "the I've checked the reading checkbox appears": a
        # name the page renders neither denies nor states anything)
        masked = self._mask_rendered(lower)
        negative = bool(NEGATIVE.search(masked))
        quotes = quoted_texts(part)
        state = state_word(masked)
        if state == "active" and re.search(r"\bActive\b", part):
            state = None  # "the status is still Active": a word the page shows, not a control's state
        if not precondition and self._panel_count(lower, block):
            return
        if not precondition and (self._area_count(part, block) or self._control_reads(part, block)):
            return
        if (count := self._count_assertion(lower, precondition)) is not None:
            block.actions.append(count)
            # "two users are listed: Ada ...": the names given with the count are checked too
            listed = self._data_mentioned(part.split(":", 1)[1]) if not quotes and ":" in part else []
            quotes = quotes or listed
            if not quotes:
                return
        elif re.search(r"\bno\s+\w+\s+(?:is|are)\s+(?:listed|shown)", lower):
            negative = True  # "no error is shown", where no list counts it
        if state and self._every_in_state(lower, state, block):
            return
        if state and not precondition:
            if self._state_assertion(part, quotes, state, block):
                return
            if not quotes:
                return
        if precondition and state:
            return
        if not quotes and not precondition:
            if (
                (negative and self._row_does_not(part, block))
                or (negative and self._absent_named(part, block))
                or (negative and self._data_item_gone(part, block))
                or self._values_kept(part, block)
                or self._field_holds(part, block)
                or self._figure_of_key(part, block)
                or self._headed_with_name(part, block)
                or self._text_about(part, block)
                or self._form_shown(part, block)
                or self._name_counts(part, block)
                or self._marked_as(part, block)
                or self._left_list(part, block)
                or self._replaced(part, block)
                or self._field_message_shown(part, negative, block)
                or self._controlled_shown(part, negative, block)
                or self._row_keyed_figure(part, block)
                or self._labelled_figure(part, block)
                or self._label_and_value(part, block)
                or self._row_cell(part, block)
                or self._absent_role(lower, negative, block)
                or self._row_text(part, negative, block)
                or self._list_shown(part, negative, block)
                or self._element_presence(part, negative, block)
                or self._unquoted_heading(part, negative, block)
                or self._dialog_shown(part, lower, negative, block)
                or self._message_shown(lower, negative, block)
            ):
                return
            # "the counter says 4 open positions": a text given without quotes, a figure or a capital first
            reads_unquoted = re.compile(
                r"^(?P<head>(?i:the|its|their|an?)\s+[\w -]+?\s+(?:now\s+|still\s+|should\s+|must\s+)*"
                r"(?:reads?|says?|shows?|displays?|(?P<is>is|equals?)))"
                r"\s+(?P<text>(?=[A-Z0-9$€£])[^\"“”]*[^\"“”.])\.?$"
            )
            said = reads_unquoted.match(part.strip(" "))
            if said and said.group("is") and not re.search(r"\d", said.group("text")):
                said = None  # "the result is 30.00 / 2 = 15.00", not "the status is Active"
            shown_in = resolve(self.inventory, Query("text", said.group("text"))).elements if said else ()
            # (no one element's own text: pieces of several)
            if said and shown_in and all(e.children for e in shown_in) and (
                self._data_mentioned(said.group("text")) not in ([], [said.group("text")])
            ):
                said = None  # "its page shows 4.5 mm needles": the data named ("4.5 mm"), not those words
            if not negative and said:
                # "the result reads 12.50 EUR = 13.50 USD": the words after the verb, as quoted
                part = f'{said.group("head")} "{said.group("text")}"'
            quotes = quoted_texts(part) or self._data_mentioned(part)
            if not quotes and (
                self._unquoted_text(part, negative, block) or self._in_named_area(part, negative, block)
            ):
                return
        if len(quotes) == 1 and not precondition and self._download_name(part, quotes[0], block):
            return
        named = len(quotes) == 1 and not negative and not precondition
        if named and (
            self._select_shows(part, quotes[0], block)
            or self._row_cell(part, block)
            or self._row_control_text(part, quotes[0], block)
            or self._named_text(part, quotes[0], block)
            or self._message_text(part, quotes[0], block)
            or self._output_text(quotes[0], block)
        ):
            return
        scope = self._section(part) if not precondition else None
        if (
            scope is None
            and negative
            and _IN_SECTION.search(part)
            and sum(e.role in ("region", "group", "list", "tabpanel", "table") for e in self.inventory) > 1
        ):
            # "X is not in the Waiting section" of a page with other sections, where X may be:
            # absent from the whole page is no check of that
            block.todos.append(Issue(f"TODO: which section? check by hand: {part.strip()}", "warning"))
            return
        if scope is not None:  # 'the Waiting section lists Piranesi with "..."': both
            quotes = list(dict.fromkeys([*self._data_mentioned(QUOTED.sub(" ", part)), *quotes]))
            quotes = [q for q in quotes if q.lower() != (scope.query.name or "").lower()]  # (not the area's own name)
        if len(quotes) == 1 and not negative and not precondition and self._quoted_list(quotes[0], block):
            return
        for quote in quotes:
            self._text_assertion(quote, lower, negative, block, precondition, scope)

    def _static_texts(self) -> set[str]:
        """The texts the component's elements render as they stand (no hole)."""
        return {t for e in self.inventory if e.tag not in ("option",) and (t := e.text.static_text())
                and not e.children}

    def _mask_rendered(self, lower: str) -> str:
        """The (lower-case) clause with each name or text of several words the page renders that
        holds a word of denial or of state ("No thanks", "I've checked the reading") blanked
        out, so that only the step's own words deny or state."""
        rendered = {t for e in self.inventory for p in (e.name, e.text, *e.labels) if (t := p.static_text())}
        # (and what a text's parts may say: `Pitch raise: {raise ? money(raise) : "not needed"}`)
        rendered |= {o for e in self.inventory for s in e.text.segments if not s.weak
                     for o in s.options}
        for text in sorted({t.lower().strip(" .") for t in rendered} - {""}, key=len, reverse=True):
            if (NEGATIVE.search(text) or state_word(text)) and len(text.split()) > 1:
                lower = re.sub(rf"(?<!\w){re.escape(text)}(?!\w)", '"…"', lower)
        return lower

    def _reported_text(self, part: str, block: Block) -> bool:
        """ "it should say that X will no longer appear", 'the page says No results for "zz"':
        the words said are the text to find, and a "no" among them negates nothing. A dialog
        just checked ("it") or named is where the text must be."""
        clause = part.strip(" .")
        # a verb inside a quote says nothing ('shows "Please tell us your name"'): quotes masked
        m = _SAID.match(mask_quotes(clause))
        if m is None:
            return False
        said = clause[m.start("text") : m.end("text")].strip()
        # "the page says No items match your search": words the component renders as they
        # stand (a "No" among them negates nothing)
        as_rendered = bool(NEGATIVE.match(said)) and not QUOTED.search(said) and self._renders_as_is(said)
        subject = clause[m.start("subject") : m.end("subject")]
        if not m.group("that") and not m.group("tells") and not as_rendered and not (
            said[:1].isupper() and QUOTED.search(said)
        ):
            # "the error says the new reading can't be lower ...": the words of the message so named;
            # "the dialog says my next delivery will be on 28 March": the dialog's words ("Your next ...")
            if QUOTED.search(said):
                return False  # 'says "Saved"': the quote itself, read as before
            return (bool(_MESSAGE_NOUN.search(subject)) and self._message_text(subject, said, block)) or (
                bool(_DIALOG_NOUN.search(subject)) and self._dialog_says(said, block)
            ) or self._message_mentions(subject, said, block)
        said = (quoted_texts(said) or [said])[0] if m.group("tells") else said
        if m.group("tells") and _MESSAGE_NOUN.search(subject) and not QUOTED.search(clause) and (
            retold := self._retold_message(said)
        ) and self._check_retold(block, *retold):
            return True  # "a note asks you to call the print team for ...": the runs of the message's words it keeps
        if (
            m.group("tells")
            and _MESSAGE_NOUN.search(subject)
            and resolve(self.inventory, Query("text", said), self.typed).count == 0
            and (message := self._message_element(subject)) is not None
        ):
            # "an error message tells the user the users could not be loaded": words the page
            # does not render as such; the message is there, its wording is for a person to read,
            # but for the runs of its own words the retelling keeps ("no more than 20 tickets")
            if self._check_retold(block, *(self._retold_message(said) or (message, _shared_runs(message, said)))):
                return True
            self._add(block, "expect_visible", message, subject)
            block.todos.append(Issue(f"TODO: check that the message says {said!r}", "warning"))
            return True
        last = block.actions[-1].target if block.actions else None
        dialog = (
            last
            if last is not None
            and last.query.kind == "role"
            and last.query.value in ("dialog", "alertdialog")
            and (PRONOUN_SUBJECT.fullmatch(subject.strip()) or _DIALOG_NOUN.search(subject))
            else None
        )
        if dialog is not None:
            block.actions.append(Action("expect_contains", dialog, value=said))
        elif not self._message_text(subject, said, block):  # "an alert tells me X": that alert's text
            self._text_assertion(said, "", False, block, False)
        return True

    def _of_last_row(self, part: str) -> str:
        """A part with no subject of its own ("says Renewal limit reached") after a check that
        named a row: of that row."""
        if re.match(r"(?:says|shows|reads|displays)\s", part.strip(), re.I) and self.last_row_text:
            return f"the {self.last_row_text} row {part.strip()}"
        return part

    def _one_text_says(self, said: str, block: Block) -> bool:
        """ "the quote says ready in 7 days": the one element whose text, with the words it writes
        itself (`Ready in {…} days`), holds them."""
        found = resolve(self.inventory, Query("text", said), self.typed)
        texts = [e for e in self.inventory if not e.children and not e.text.is_static and e.tag not in FORM_FIELDS
                 and match(e.text, said) >= MatchLevel.TEMPLATE]
        if found.count != 1 or found.level != MatchLevel.TEMPLATE or len(texts) != 1:
            return False  # (one text the code fills in: not a label that also holds the words, "... ready in 2 days)")
        # (every word said, figures aside, is one the element writes itself: not "... with nothing about X")
        own = content_words(" ".join(o for seg in found.elements[0].text.segments if seg.closed for o in seg.options))
        wanted = content_words(re.sub(r"[£$€]?\d[\d.,:]*", " ", said))
        if not wanted or not wanted <= own:
            return False
        self._text_assertion(said, "", False, block, False)
        return True

    def _message_mentions(self, subject: str, said: str, block: Block) -> bool:
        """ "a message confirms Washer 2 at 19:00", "the error says the number must be 11 digits":
        the one message of the kind named holds the words where it is one of the elements that
        write them, else (words retold) the data and the figures they name."""
        kinds_named = [roles for noun, roles in {**_MESSAGE_ROLES, "note": ("note",)}.items()
                       if re.search(rf"\b{noun}s?\b", subject, re.I)]
        kinds = {role for roles in kinds_named for role in roles}
        kind = re.search(r"\b(thank you|[\w-]+)\s+(?:message|notice)\b", subject, re.I)
        if kind and kind.group(1).lower() in {*_ERROR_KINDS, "thank-you", "thank you", "thanks", "confirmation",
                                              "success"}:
            # "a thank-you message": no error, a status
            kinds &= {"alert"} if kind.group(1).lower() in _ERROR_KINDS else {"status"}
        holders = [e for e in self.inventory if e.role in kinds]
        if len(holders) > 1 and (retold := self._retold_message(said)) is not None and retold[0] in holders and (
            self._check_retold(block, *retold)
        ):  # "a message confirms deliveries are paused for 4 weeks": the one that keeps those words
            return True
        if len(holders) != 1 or holders[0].role is None:
            return False
        holder = Target(Query("role", holders[0].role), holders[0])
        data_said = said in self.known_data()
        found = resolve(self.inventory, Query("text", said), self.typed)
        around = list(self.inventory.ancestors(holders[0]))  # (the form that holds the message holds its words)
        if found.count and holders[0] not in found.elements and not data_said and (
            found.level == MatchLevel.LITERAL or any(_has_words(e.text) for e in found.elements if e not in around)
        ):  # words another element writes: those, read as before (not holes around "(" and ")")
            return False
        if found.count and (data_said or (self._may_write(holders[0], said) and _says_in_a_row(holders[0], said))):
            # (data the message shows, "mentions Full service", whatever else shows it too)
            block.actions.append(Action("expect_contains", holder, value=_as_rendered(holders[0], said)))
            return True
        # (figures standing alone: no digit of "HR2 7JD")
        figures = re.findall(r"(?<![\w.,:])[£$€]?\d+(?:[.,:]\d+)*%?(?![\w])", QUOTED.sub(" ", said))
        data = self._data_mentioned(said)
        # (and what the test typed, as the step writes it: "HR2 7JD" for "hr2 7jd")
        data += [m.group(0) for t in self.entered_values() if len(t) > 2
                 and (m := re.search(rf"(?<!\w){re.escape(t)}(?!\w)", said, re.I)) and not any(t in d for d in data)]
        # (the message's own words the retelling keeps: "Check-out must be", "after check-in")
        shared = _shared_runs(holders[0], said)
        loose = [*data, *(f for f in figures if not any(f in d for d in data))]
        named = list(dict.fromkeys([*shared, *(t for t in loose if not any(t in r for r in shared))]))
        if not named:
            return False
        block.actions += [Action("expect_contains", holder, value=value) for value in named]
        return True

    def _dialog_says(self, said: str, block: Block) -> bool:
        """The page's one dialog contains the words said, as it writes them; a retelling in the
        first person ("my next delivery") is the page's second person ("Your next delivery")."""
        dialogs = [e for e in self.inventory if e.role in ("dialog", "alertdialog")]
        if len(dialogs) != 1 or dialogs[0].role is None:
            return False
        told = re.sub(r"\b(?:my|our)\b", "your", re.sub(r"\b(?:I am|I'm|we are|we're)\b", "you are", said, flags=re.I),
                      flags=re.I)
        for words in dict.fromkeys([said, told]):
            if match(dialogs[0].text, words) >= MatchLevel.GUESSED:
                value = _as_rendered(dialogs[0], words)
                holder = Target(Query("role", dialogs[0].role), dialogs[0])
                block.actions.append(Action("expect_contains", holder, value=value))
                return True
        return False

    def _renders_as_is(self, text: str) -> bool:
        """Whether the component renders these words as written (its source has them, or a
        template whose literal parts they fill), outside any form field."""
        found = resolve(self.inventory, Query("text", text.strip()))
        return found.level >= MatchLevel.TEMPLATE and all(e.tag not in FORM_FIELDS for e in found.elements)

    def _dialog_mentions(self, part: str, block: Block) -> bool:
        """ 'a dialog titled "X" is open and mentions "Y"': the dialog just checked (or
        named) contains each quoted text."""
        m = re.match(
            r"^(?:(?:it|this|the\s+(?:dialog|popup|pop-up|modal))\s+)?(?:also\s+)?(?:mentions?|contains?|includes?|"
            r"names?)\s+(?P<what>.+)$",
            part.strip(" ."),
            re.I,
        )
        last = block.actions[-1].target if block.actions else None
        if m is None or last is None or last.query.kind != "role" or last.query.value not in ("dialog", "alertdialog"):
            return False
        quotes = quoted_texts(part)
        if not quotes:  # "... and names the fridge freezer": those words as the data writes them
            words = re.sub(r"^(?:the|a|an|its|their)\s+", "", m.group("what"), flags=re.I)
            said = [d[f.start() : f.end()] for d in (*self.inventory.data_strings, *self.mocked)
                    if (f := re.search(rf"(?<!\w){re.escape(words)}(?!\w)", d, re.I))]
            if not said or len({s.lower() for s in said}) != 1:
                return False
            quotes = said[:1]
        block.actions += [Action("expect_contains", last, value=q) for q in quotes]
        return True

    def _row_control_text(self, part: str, quote: str, block: Block) -> bool:
        """ 'the button next to Oak spoon now reads "Remove"': that row's control has that
        text (a control repeated in every row, found in the row that shows the data)."""
        # 'the button next to Oak spoon now reads "Remove"'
        # (or "Oak spoon's button now reads ...")
        row_control_reads = re.compile(
            r"^(?:(?:the\s+)?(?P<what>[\w -]+?)\s+(?:next to|beside|(?:on|in) the (?:row|line|card|item) "
            r"(?:of|for|with))\s+(?P<row>.+?)|(?P<owner>.+?)['’]s\s+(?P<owned>[\w -]+?))"
            r"\s+(?:now\s+|still\s+|should\s+|must\s+)*(?:reads?|says?|shows?|is labell?ed)\s+[\"“]",
            re.I,
        )
        m = row_control_reads.match(part.strip())
        if m is None:
            return False
        row, what = (m.group("row"), m.group("what")) if m.group("row") else (m.group("owner"), m.group("owned"))
        target = self._row_target(f'click "{quote}" next to "{row}"', "clickable")
        if target is None or target.element is None or not set(what.lower().split()) & {
            n for n, r in ROLE_NOUNS.items() if r == target.element.role
        }:
            return False
        block.actions.append(Action("expect_text", target, value=quote))
        return True

    def _named_text(self, part: str, quote: str, block: Block) -> bool:
        """ "the result count reads "2 of 4 people"": the text of the element the subject
        names (aria-label, test id or id), when the code computes that text."""
        m = _NAMED_TEXT.match(part.strip())
        if m is None:
            return False
        subject = content_words(m.group(1)) - {"now", "should"}
        if subject <= {"page", "screen", "text", "it"}:  # "the page says": no element named
            return False
        best: tuple[float, Element | None] = (0.0, None)
        tied = False
        for element in self.inventory:
            keys = [element.test_id, element.element_id, element.attrs.get("aria-label")]
            names = " ".join(k if isinstance(k, str) else k.display() for k in keys if k)
            if not names or element.tag in FORM_FIELDS or element.text.is_static:
                continue
            have = _id_words(names)
            score = len(have & subject) / len(have | subject)
            if score > best[0]:
                best, tied = (score, element), False
            elif score and score == best[0]:
                tied = True
        if best[1] is None or best[0] < 0.5 or tied:
            return False
        exact = any(match(p, quote, exact=True) for p in (best[1].text,))
        if not exact and (pieces := _said_across_children(self.inventory, best[1], quote)) and (
            target := self.target(best[1])
        ) is not None:  # "the quote shows 5 hours at £12.00 an hour": two paragraphs of the section
            block.actions += [Action("expect_contains", target, value=piece) for piece in pieces]
            return True
        if not exact and not _says_in_a_row(best[1], quote) and (shared := _shared_runs(best[1], quote)) and (
            target := self.target(best[1])
        ) is not None:  # "says 4 of 7 days done with a best run of 3 days": the words of "… · best run: …" it keeps
            block.actions += [Action("expect_contains", target, value=run) for run in shared]
            return True
        return self._add(block, "expect_text" if exact else "expect_contains", best[1], part,
                         value=quote)

    def _download_name(self, part: str, quote: str, block: Block) -> bool:
        """ "The link downloads a file named "q3.json"": the one link with a `download`
        attribute saves under that name."""
        if not re.search(r"\bdownloads?\b[^\"“]*\b(?:named|called)\s+[\"“]", part, re.I):
            return False
        links = [e for e in self.inventory if "download" in e.attrs]
        if len(links) != 1:
            return False
        # "Download {name}": the link's name with the file's name in it, when the code builds it
        shown = links[0].name.display()
        after = shown.split("{…}", 1)[1] if "{…}" in shown else ""
        # (`Download ${name}.csv` saves "q3.csv": the hole holds "q3", the name says ".csv" itself)
        kept = next((quote[:-k] for k in range(len(after), 0, -1) if quote.endswith(after[:k]) and quote[:-k]), quote)
        hint = shown.replace("{…}", kept, 1)
        target = self.target(links[0], hint) or self.target(links[0])
        if target is None:
            return False
        block.actions.append(Action("expect_state", target, value=f"download={quote}"))
        return True

    def _output_text(self, quote: str, block: Block) -> bool:
        """ '"Strength: Weak" is shown': the text of the one element with a test id whose text
        the code computes, when only it can show that text."""
        found = resolve(self.inventory, Query("text", quote), self.typed)
        if found.count != 1 or found.level < MatchLevel.TEMPLATE:
            return False
        element = found.elements[0]
        if not element.test_id or element.text.is_static or element.tag in FORM_FIELDS:
            return False
        own = content_words(" ".join(o for seg in element.text.segments if seg.closed for o in seg.options))
        if re.search(r"[^\W\d_]", quote) and not content_words(quote) & own and quote in self.known_data():
            return False  # data filling holes around no word of its own ("Espresso blend": "Next delivery: {…} {…}")
        target = self.target(element)
        if target is None or target.query.kind != "test_id":
            return False
        verb = "expect_text" if _whole_text(element, quote) else "expect_contains"
        block.actions.append(Action(verb, target, value=quote))
        return True

    def _message_text(self, part: str, quote: str, block: Block) -> bool:
        """ 'the error "X" is shown' / 'a confirmation "Saved" appears': the text of the one
        message element that renders it (an alert, a status, or an element whose test id or
        id calls it a message), when that is where the code renders the text."""
        if not _MESSAGE_NOUN.search(QUOTED.sub(" ", part)):
            return False
        holders = [
            e
            for e in self.inventory
            if e.tag not in FORM_FIELDS
            and (e.role in ("alert", "status") or _MESSAGE_KEYS & _key_words(e))
            and match(e.text, quote)
            and self._may_write(e, quote)
        ]
        if len(holders) > 1:  # the kind named ("the error": an alert) tells apart two that may both say it
            kinds = {
                roles[0] for noun, roles in _MESSAGE_ROLES.items() if re.search(rf"\b{noun}\b", part, re.I)
            }
            holders = [e for e in holders if e.role in kinds]
        if len(holders) != 1:
            return False
        element = holders[0]
        by_role = [e for e in self.inventory if e.role == element.role]
        target = (
            Target(Query("role", element.role), element)
            if element.role in ("alert", "status") and len(by_role) == 1
            else self.target(element)
        )
        if target is None:
            return False
        quote = _as_rendered(element, quote)
        verb = "expect_text" if _whole_text(element, quote) else "expect_contains"
        block.actions.append(Action(verb, target, value=quote))
        return True

    def _may_write(self, element: Element, words: str) -> bool:
        """Whether the element's text can hold these words in a row: each run of them that is not
        data or a figure stands in its own words, a hole taking up to three words ("a missed
        Recycling collection has been logged" is no run of "we have logged a missed {sent}
        collection"); a text from state may be anything."""
        hole = HOLE_MARK.lower()
        written = _written_tokens(element)
        data = sorted({*self.known_data(), *self.entered_values()}, key=len, reverse=True)
        if not written:  # a text from state may be anything, but words around a name typed are a retelling
            named = [d for d in data if len(d) > 2 and re.search(rf"(?<!\w){re.escape(d)}(?!\w)", words, re.I)]
            rest = re.sub("|".join(re.escape(d) for d in named), " ", words, flags=re.I) if named else words
            # (a sentence as the page may write it starts with its own capital: "Appointment booked at ...")
            own_capital = words[:1].isupper() and not any(words.lower().startswith(d.lower()) for d in named)
            return not named or own_capital or len(re.findall(r"[^\W\d_]{2,}", rest)) < 2
        alternatives = "|".join([*(re.escape(d) for d in data if d.strip()), r"[£$€]?\d+(?:[.,:]\d+)*"])
        runs = [re.findall(r"[\w'’]+", c.lower()) for c in re.split(rf"(?<!\w)(?:{alternatives})(?!\w)", words)]
        return any(all(_run_in(run, tokens, hole) for run in runs if run) for tokens in written)

    def _not_mentioned(self, part: str, block: Block) -> bool:
        """ "The error does not mention the recipient": the message is there (it is an alert,
        not its absence) and does not contain those words, whatever their case."""
        clause = part.strip(" .")
        m = re.search(  # (outside quotes: '"don't include a checked bag" is shown' denies nothing)
            r"\b(?:does not|doesn't|do not|don't|must not|should not|never)\s+(?:mention|contain|"
            r"include|refer to|say anything about|talk about)\s+(?:the\s+|a\s+|any\s+)?(.+)$",
            mask_quotes(clause),
            re.I,
        )
        if m is None:
            return False
        quotes = quoted_texts(clause[m.start(1) :])
        words = quotes[0] if quotes else clause[m.start(1) :].strip(" .")
        subject = part[: m.start()]
        element = self._message_element(subject)
        if element is None:
            block.todos.append(
                Issue(f"TODO: which message must not mention {words!r}? ({part.strip()})", "warning")
            )
            return True
        self._add(block, "expect_visible", element, subject)
        return self._add(block, "expect_not_contains", element, subject, value=words)

    def _retold_message(self, said: str) -> tuple[Element, list[str]] | None:
        """The one message (an alert or a status line) that shares the most words in a row with
        a retelling of it, and those runs ("for more than 50 posters" of "call the print team for
        more than 50 posters")."""
        scored = [(sum(len(r.split()) for r in shared), e, shared) for e in self.inventory
                  if e.role in _MESSAGE_LINE_ROLES and (shared := _shared_runs(e, said))]
        most = max((score for score, _, _ in scored), default=0)
        best = [(e, shared) for score, e, shared in scored if score == most]
        return best[0] if len(best) == 1 else None

    def _check_retold(self, block: Block, message: Element, runs: list[str]) -> bool:
        """The checks of a message retold in other words: it contains each run of its own words the
        retelling keeps, and it is the message a later "the note disappears" means."""
        target = self._message_target(message)
        if not runs or target is None:
            return False
        block.actions += [Action("expect_contains", target, value=run) for run in runs]
        self.last_message = message
        return True

    def _message_target(self, message: Element) -> Target | None:
        """An alert or status line by its role where it is the page's only one."""
        if message.role in _MESSAGE_LINE_ROLES and sum(e.role == message.role for e in self.inventory) == 1:
            return Target(Query("role", message.role), message)
        return self.target(message)

    def _message_element(self, subject: str) -> Element | None:
        """The element an "error"/"message" names: the only alert, else the one element
        whose name, id or test id shares the most words with the subject."""
        alerts = [e for e in self.inventory if e.role == "alert"]
        if re.search(r"\b(?:error|alert|warning|problem)s?\b", subject, re.I) and len(alerts) == 1:
            return alerts[0]
        texts = [e for e in self.inventory if e.tag not in FORM_FIELDS and (not e.text.is_static or e.role == "note")]
        return self._best_by_words(subject, alerts + texts) if alerts + texts else None

    def _order_assertion(self, body: str, block: Block) -> bool:
        """ "the tasks are in the order A, B, C" / "A, B and C are listed, in that order":
        the copies of a repeated element contain those texts in that order."""
        # "the only job listed is X": only X is listed
        the_only = re.compile(
            r"^(?:and\s+)?the\s+only\s+(?:[\w-]+\s+){1,2}?(?:listed|shown|left|remaining|displayed)\s+(?:is|are)\s+"
            r"(?:now\s+|still\s+)?(?P<items>.+?)\.?$",
            re.I,
        )
        body = the_only.sub(r"only \g<items> is listed", body.strip())
        m = ORDER_LIST.search(body.strip(" ."))
        subject = body[: m.start()] if m else ""
        listed = m.group("list") if m else None
        if m is not None and len(before := split_outside_quotes(subject, r"\s+and\s+(?=the\b|\d+\s)")) > 1:
            # 'the counter reads "3 results" and the list shows, in this order: ...'
            self.map_assertions(" and ".join(before[:-1]), block)
            subject = before[-1]
            if re.match(r"\d+\s+[\w -]+?\s+(?:are|is)\s+(?:listed|shown)\b", subject):
                # ("... and 3 appointment times are listed, soonest first: ...": that count too)
                self.map_assertions(subject.strip(" ,"), block)
        # "the schedule lists A and B, in that order"
        lists_in_order = re.compile(  # ("the Shopping list page should show ...": the verb after the modal)
            r"^(?:the\s+)?(?P<subject>[\w -]+?)\s+(?:now\s+|still\s+)?"
            r"(?:(?:should|must|will)\s+(?:now\s+)?(?:list|show)|"
            r"(?<!should )(?<!must )(?<!will )(?:lists?|shows?)(?!\s+(?:\w+\s+)?(?:should|must|will)\b))\s+"
            r"(?P<items>[^\"“]+?),?\s+in (?:that|this|the same) order\b",
            re.I,
        )
        if m is None and (
            tail := re.match(
                r"(.+?)\s+(?:are|is|should|must)\s+(?:be\s+)?(?:listed|shown|remain)?,?\s*in that order",
                body,
                re.I,
            )
        ):
            listed, subject = re.sub(r"^only\s+", "", tail.group(1), flags=re.I), ""
            body, rest = tail.group(1), body[tail.end() :]  # "..., and X is gone": checked too
            if only_after := re.search(r",\s+(?:and\s+)?(?=only\s)", body):
                # "the count says 2 tee times, and only 14:40 and 10:20 are shown, in that order": both
                self.map_assertions(body[: only_after.start()], block)
                body = body[only_after.end() :]
                listed = re.sub(r"^only\s+", "", body, flags=re.I)
        elif m is None and (lists := lists_in_order.match(body.strip())):
            # "the schedule lists A and B, in that order, and nothing else"
            listed, subject, rest = lists.group("items"), lists.group("subject"), body.strip()[lists.end() :]
            body = listed
            if nothing_else := re.match(
                r"^,?\s*(?:and\s+)?(?:nothing|none|no one|no others?)(?:\s+else)?\b", rest, re.I
            ):
                body, rest = f"only {listed}", rest[nothing_else.end() :]
            numbers = "|".join([r"\d+", *NUMBER_WORDS])
            counted = re.match(
                rf"^(?P<only>exactly\s+|only\s+)?(?:those\s+|these\s+|the\s+)?(?:{numbers})\s+[\w -]+?,\s*",
                listed,
                re.I,
            )
            if counted:
                # "exactly those three ingredients, A, B and C": the items after their count
                listed = listed[counted.end() :]
                body = f"only {listed}" if counted.group("only") else listed
        else:
            rest = ""
        if listed is None and (only := _ONLY_LISTED.match(body.strip(" ."))):
            # 'only "Call the bank" is listed' / 'only Standing Desk is listed': that, nothing else
            listed, subject, body = only.group("items"), "", only.group(0)
            rest = only.group("rest") or ""
        if listed is None:
            return False
        quotes = quoted_texts(listed)
        without_notes = listed
        while (shorter := re.sub(r"\s*\([^()]*\)", "", without_notes)) != without_notes:
            without_notes = shorter  # "Desk Lamp ($39.00), Standing Desk (...)": the names
        items = quotes if len(quotes) > 1 else listed_items(without_notes)
        if rest or body.lower().startswith("only"):  # one item will do, if the data names it
            items = items or quotes or [without_notes.strip()]
            self.last_row_text = items[0] if len(items) == 1 else ""  # what "its" refers to next
            if not quotes and any(self._data_mentioned(item) != [item] for item in items):
                return False
        elif len(items) < 2:
            return False
        groups = [e for e in self.inventory if e.repeated and group_locator(self.inventory, e)]
        holders = [e for e in groups if any(w in e.text.display() for w in ("{", "…"))] or groups
        element = self._best_by_words(subject, holders) if subject else None
        if element is None and subject and len(on_page := self._on_page(subject, holders)) == 1:
            element = on_page[0]  # "the Shopping list page should show ...": the rows of that page
        for rows in (
            [e for e in holders if e.role in ("listitem", "row")],
            [e for e in holders if e.role in ("listitem", "row") or e.test_id],
        ):
            element = element or (rows[0] if len(rows) == 1 else None)
        if element is not None and element.tag in FORM_FIELDS:
            element = None  # (radios in order: inputs hold no text of their own)
        query = group_locator(self.inventory, element) if element is not None else None
        if element is None or query is None:  # each item still checked; the rest by hand
            what = "the order of" if len(items) > 1 else "that nothing else is listed but"
            block.todos.append(Issue(f"TODO: check {what} {items} by hand", "warning"))
            for item in items:
                self._text_assertion(item, "", False, block, False)
        else:
            target = Target(query, element)
            if re.search(r"\bonly\b", body, re.I):  # "only A and B are listed": nothing else
                block.actions.append(Action("expect_count", target, count=len(items)))
            block.actions.append(Action("expect_texts", target, value_code=repr(items)))
        if rest.strip(" ,."):  # "... and its checkbox is ticked"
            self.map_assertions(re.sub(r"^[\s,]*(?:and\s+)?", "", rest), block)
        return True

    def _on_page(self, subject: str, elements: list[Element]) -> list[Element]:
        """The elements that render with the heading the subject names ("the Shopping list
        page"), not in another page of the component (another return, another branch)."""
        words = content_words(subject) - {"page", "screen", "view", "should", "must", "now"}
        headings = [e for e in self.inventory if e.role == "heading" and (n := e.name.static_text())
                    and words and content_words(n) == words]
        if len(headings) != 1:
            return []
        return [e for e in elements if not e.exclusive(headings[0])]

    def _listed_as(self, body: str, block: Block) -> bool:
        """ "its page ... lists red lentils, carrots and vegetable stock as ingredients": each
        item inside the list the noun names (its label or heading)."""
        m = re.match(
            r"^(?:(?P<head>.+?),?\s+and\s+)?(?:it\s+|the page\s+)?lists\s+(?P<items>[^\"“]+?)\s+as\s+"
            r"(?:its\s+|the\s+)?(?P<noun>[\w -]+?)$",
            body.strip(" ."),
            re.I,
        )
        items = listed_items(m.group("items")) if m is not None else []
        lists = [e for e in self.inventory if e.role == "list" and (n := e.name.static_text())
                 and m is not None and content_words(n) == content_words(m.group("noun"))]
        if m is None or not items or len(lists) != 1:
            return False
        if m.group("head"):
            self.map_assertions(m.group("head"), block)
        within = Query("role", "list", name=lists[0].name.static_text())
        block.actions += [Action("expect_visible", Target(Query("text", item, within=within))) for item in items]
        return True

    def _labelled_figure(self, part: str, block: Block) -> bool:
        """ "Subtotal $39.00" / "Total is $64.00": a figure next to the name of an element
        (test id or id) whose text the code computes; "delivery is Free": a capitalised word
        that the element's code renders as it stands."""
        # ("Asha has 321 left", "Ben is on 456": the figure, and what it is of)
        m = re.search(r"([$€£]?\d[\d,]*(?:\.\d+)?%?)(?:\s+(left|remaining))?\s*$", part.strip(" ."))
        word = None if m else re.search(r"\b(?:is|are|reads?|shows?)\s+([A-Z][\w'-]*)\s*$", part.strip(" ."))
        m = m or word
        if m is None:
            return False
        verbs = (
            r"\b(?:is|are|shows?|reads?|displays?|now|still|equals?|(?<!the )(?<!its )(?<!total )costs?|"
            r"(?:goes|comes|changes|drops|rises|returns)(?: back)? to|back to|has|have|(?<=is )on|(?<=are )on)\b"
        )
        before = re.sub(rf"(?:\s*{verbs})+\s*$", "", part[: m.start()].strip(" :="))
        subject = content_words(
            re.split(verbs, before)[-1]
        )  # "the summary shows Subtotal" -> Subtotal
        if m.re.groups > 1 and m.group(2):
            subject |= content_words(m.group(2))
        subject -= {"each", "every"}  # ("each share is now £416.66": the share)
        if not subject:
            return False
        # ("the basket counter in the header shows 3": where it is says nothing of its key)
        placed = re.search(r"\s+(?:in|on|at)\s+the\s+[\w-]+$", re.split(verbs, before)[-1].strip())
        if placed:
            subject -= content_words(placed.group(0)) - content_words(re.split(verbs, before)[-1][: placed.start()])
        best: tuple[float, Element | None] = (0.0, None)
        for element in self.inventory:
            key = element.test_id or element.element_id
            if not key or element.text.is_static or element.tag in FORM_FIELDS:
                continue
            have = _id_words(key)
            if not all(  # "line total" must not match "cart-total"; a "counter" is a "count"
                w in have or any(len(k) >= 4 and w.startswith(k) for k in have) for w in subject
            ):
                continue
            # (a word of the step that a word of the key starts: "counter" of player-count)
            score = (len(have & subject) + 0.5 * len(subject - have)) / len(subject | have)
            if score > best[0]:
                best = (score, element)
        if best[1] is None or (word is not None and not _renders_word(best[1], m.group(1))):
            return False
        target = self.target(best[1])
        row_named = self.last_row_text or self.last_mentioned
        rows = [a for a in self.inventory.ancestors(best[1]) if a.role in _CARDS and a.repeated]
        if target is None and best[1].test_id and rows and row_named and (role := rows[0].role) is not None:
            # ("the quantity is 2" of a basket line's `qty`: in the line of the data named last)
            target = Target(Query("test_id", best[1].test_id, within=Query("role", role), within_text=row_named),
                            best[1])
        if target is None:
            return False
        # the whole text when the code renders just the figure, else a part of it
        verb = "expect_text" if not best[1].text.has_literal else "expect_contains"
        block.actions.append(Action(verb, target, value=m.group(1)))
        return True

    def _label_and_value(self, part: str, block: Block) -> bool:
        """ "Credits left still reads 4": the one element whose text is those words and then
        what the code fills in (`Credits left: {credits}`), with the value there."""
        reads = r"(?:now\s+|still\s+|should\s+|must\s+)*(?:reads?|says?|shows?|is|are|equals?)"
        said = rf"^(?:the\s+)?(?P<label>[\w' -]+?)\s+{reads}\s+(?P<value>[^\"“”\s][^\"“”]*)$"
        m = re.match(said, part.strip(" ."), re.I)
        if m is None or not (label := content_words(m.group("label"))):
            return False
        texts = []
        for element in self.inventory:
            segments = element.text.segments
            if element.tag in FORM_FIELDS or element.children:
                continue
            static, value = element.text.static_text(), m.group("value")
            if static is not None and static.endswith(value) and content_words(static[: -len(value)]) == label:
                texts.append(static)  # `Credits left: {credits}`, the constant filled in
            elif len(segments) == 2 and segments[0].closed and len(segments[0].options) == 1 and (
                not segments[1].closed and content_words(segments[0].options[0]) == label
            ):
                # ("the cost is £16" of `Cost: £{…}`: the symbol once)
                shared = value[:1] if value[:1] in "$€£" and segments[0].options[0].endswith(value[:1]) else ""
                texts.append(f"{segments[0].options[0]}{value[len(shared):]}")
        if len(texts) != 1 or resolve(self.inventory, Query("text", texts[0]), self.typed).count != 1:
            return False
        block.actions.append(Action("expect_visible", Target(Query("text", texts[0]))))
        return True

    def _every_in_state(self, lower: str, state: str, block: Block) -> bool:
        """ "all questions are collapsed" (a precondition too): each element the code renders
        that can be in that state is, when the inventory knows each one."""
        every = re.search(r"\ball\s+(?:the\s+)?(?:\w+\s+){1,2}?(?:are|stay|remain|get|become)\b", lower)
        if not every or _NOT.search(lower):
            return False
        if state.startswith("aria-expanded"):
            holders = [e for e in self.inventory if "aria-expanded" in e.attrs]
        elif state in ("checked", "unchecked"):
            holders = [e for e in self.inventory if e.role in ("checkbox", "switch")]
        else:
            return False
        targets = [self.target(e) for e in holders if not e.repeated and not e.conditional]
        if not targets or len(targets) != len(holders) or None in targets:
            return False
        block.actions += [Action("expect_state", t, value=state) for t in targets]
        return True

    def _element_presence(self, part: str, negative: bool, block: Block) -> bool:
        """ "the Card number field is not displayed" / "the Notes box is shown": the control
        the words name is there, or is not."""
        m = re.match(
            r"^(?:the\s+)?(?P<what>.+?)\s+(?P<noun>field|box|input|dropdown|checkbox|button|link)s?\s+"
            r"(?:(?:is|are|should be|must be)\s+(?:still\s+|now\s+|no longer\s+|not\s+)*"
            r"(?:shown|displayed|visible|hidden|gone|present|there|available|rendered)|(?:dis)?appears?)\b",
            part.strip(" ."),
            re.I,
        ) or re.match(  # 'an error ..., together with a Try again button': there too
            r"^(?:together\s+)?with\s+(?:an?|the)\s+(?P<what>.+?)\s+(?P<noun>button|link|field|checkbox)$",
            part.strip(" ."),
            re.I,
        ) or re.match(  # "there is a Resume now button instead of Pause deliveries": one there, the other not
            r"^there\s+(?:is|are)\s+(?:now\s+|still\s+)?(?:an?|the)\s+(?P<what>.+?)\s+(?P<noun>button|link|field|checkbox)"
            r"(?:\s+instead\s+of\s+(?:the\s+|an?\s+)?(?P<instead>.+?))?$",
            part.strip(" ."),
            re.I,
        )
        if m is None:
            return self._control_in_holder(part, block)
        kind = _PRESENCE_KINDS[m.group("noun").lower()]
        if "instead" in m.groupdict() and m.group("instead"):
            replaced = re.sub(rf"\s+{m.group('noun')}s?$", "", m.group("instead"), flags=re.I)
            shown, gone = self.find_by_words(m.group("what"), kind), self.find_by_words(replaced, kind)
            if shown is None or gone is None or shown is gone:
                return False
            self._add(block, "expect_visible", shown, m.group("what"))
            return self._add(block, "expect_absent", gone, replaced)
        # "the Street address and Postcode fields appear": each of them
        names = split_outside_quotes(m.group("what"), r",\s*(?:and\s+)?|\s+and\s+")
        elements = [self.find_by_words(QUOTED.sub(lambda q: q.group(1), n), kind) for n in names]
        if kind == "field" and None in elements:  # "the Breed size field is not shown": a dropdown so named
            elements = [self.find_by_words(QUOTED.sub(lambda q: q.group(1), n), "settable") for n in names]
        if not elements or None in elements:
            return False
        for name, element in zip(names, elements, strict=True):
            self._add(block, "expect_absent" if negative else "expect_visible", element, name)
        return True

    def _fills_template(self, text: str) -> bool:
        """Whether the words are one element's text that the code writes around a hole, the
        hole filled with a name of the data ("Ben to throw" for `{turn} to throw`)."""
        return self._template_filled(text) is not None

    def _template_filled(self, text: str) -> Element | None:
        """The one element whose text the code writes around a hole that the words fill with
        a name of the data, the rest of the words being its literal text."""
        found = resolve(self.inventory, Query("text", text))
        data = self._data_mentioned(text)
        if found.level != MatchLevel.TEMPLATE or not data:
            return None
        rest = text
        for value in data:
            rest = rest.replace(value, " ")
        wanted = content_words(rest)
        holders = [e for e in found.elements if wanted and wanted <= content_words(
            " ".join(s.options[0] for s in e.text.segments if s.closed))]
        return holders[0] if len(holders) == 1 else None

    def _row_can_be(self, part: str, block: Block) -> bool:
        """ "the pressure washer can be added again": the control of that row whose name starts
        with the verb ("Add to basket") is enabled ("can no longer be added": disabled)."""
        m = re.match(r"^(?P<item>.+?)\s+can\s+(?P<no>no longer\s+|not\s+|now\s+|still\s+)?be\s+(?P<verb>[a-z]+)"
                     r"(?:\s+again|\s+any\s?more)?$", part.strip(" ."), re.I)
        if m is None or not m.group("verb").endswith(("ed", "en")):
            return False
        done = m.group("verb")
        for verb in (done[:-2], done[:-1], done[:-3]):  # added: add, removed: remove, dropped: drop, taken: take
            if (target := self.row_verb_control(verb, m.group("item"))) is not None:
                denied = (m.group("no") or "").strip() in ("no longer", "not")
                block.actions.append(Action("expect_state", target, value="disabled" if denied else "enabled"))
                return True
        return False

    def _note_gone(self, part: str, block: Block) -> bool:
        """ "the note about the limit has gone", "the note is still there": the page's one status
        line (or the note checked last), shown under a condition, is no longer there, or is."""
        m = re.match(
            r"^(?:the|that)\s+(?:note|notice)(?:\s+(?:about|on)\s+[\w ]+?)?\s+(?:(?P<gone>has gone|is gone|"
            r"has disappeared|disappears|vanishes|is no longer (?:shown|there|displayed))|"
            r"is\s+(?:still|now)\s+(?:there|shown|displayed|visible))$",
            part.strip(" ."),
            re.I,
        )
        if m is None:
            return False
        verb = "expect_absent" if m.group("gone") else "expect_visible"  # ("the note is still there")
        if self.last_message is not None and self.last_message.conditional and (
            target := self._message_target(self.last_message)
        ) is not None:  # ("A note asks you to call ..." before: that one)
            block.actions.append(Action(verb, target))
            return True
        live = [e for e in self.inventory if e.role == "status"]
        if len(live) != 1 or not live[0].conditional:
            return False
        block.actions.append(Action(verb, Target(Query("role", "status"), live[0])))
        return True

    def _control_name_shows(self, part: str, block: Block) -> bool:
        """ "the header basket link shows 2": the one link (button, tab) of those words whose name
        the code fills in ("Basket ({count})"), named so now ("Basket (2)")."""
        m = re.fullmatch(r"(?:the\s+)?(?P<what>[\w -]+?)\s+(?P<kind>link|button|tab)\s+(?:now\s+|still\s+)?"
                         r"(?:shows|says|reads|displays)\s+(?P<value>[^\"“”]+)", part.strip(" ."), re.I)
        if m is None:
            return False
        role, value, said = m["kind"].lower(), m["value"].strip(), content_words(m["what"])
        controls = [e for e in self.inventory if e.role == role and fillable_name(e)
                    and said & content_words(e.name.display())]
        if len(controls) != 1:
            return False
        name = value if match(controls[0].name, value, exact=True) >= MatchLevel.TEMPLATE else (
            filled_name(controls[0], value) if re.fullmatch(r"\d+", value) else None)
        if name is None:
            return False
        block.actions.append(Action("expect_visible", Target(Query("role", role, name=name), controls[0])))
        return True

    def _single_line(self, part: str, block: Block) -> bool:
        """ "the order shows a single line, Large pizza: Mushrooms, Ham - £18.00": one row of
        the list whose rows the code writes so, and it says that."""
        m = _SINGLE_LINE.match(part.strip(" ."))
        if m is None:
            return False
        rows = [e for e in self.inventory if e.repeated and e.role in ("listitem", "row")
                and match(e.text, m.group("text")) >= MatchLevel.TEMPLATE]
        query = group_locator(self.inventory, rows[0]) if len(rows) == 1 else None
        if query is None:
            return False
        target = Target(query, rows[0])
        block.actions += [Action("expect_count", target, count=1), Action("expect_contains", target,
                                                                           value=m.group("text"))]
        if m.group("rest"):
            self._map_assertions(m.group("rest"), block)
        return True

    def _remaining_named(self, part: str, block: Block) -> bool:
        """ "the Add to basket buttons of the two remaining tools are disabled": the buttons
        still named so are that many, each in that state."""
        m = re.match(
            r"^(?:the\s+)?(?P<name>.+?)\s+buttons\s+(?:of|for)\s+the\s+(?P<n>\w+)\s+(?:remaining|other)\s+\w+\s+"
            r"(?:are|stay|remain)\s+(?:still\s+|now\s+)?(?P<state>disabled|enabled|greyed out)$",
            part.strip(" ."),
            re.I,
        )
        if m is None:
            return False
        count = int(m.group("n")) if m.group("n").isdigit() else NUMBER_WORDS.get(m.group("n").lower())
        name = m.group("name")
        buttons = [e for e in self.inventory if e.role == "button" and any(n == name for n in names_of(e))]
        if not count or not buttons:
            return False
        query = Query("role", "button", name=name, exact=True)
        state = "enabled" if m.group("state") == "enabled" else "disabled"
        block.actions.append(Action("expect_count", Target(query, buttons[0]), count=count))
        block.actions += [Action("expect_state", Target(replace(query, nth=i), buttons[0]), value=state)
                          for i in range(count)]
        return True

    def _whose_turn(self, part: str, block: Block) -> bool:
        """ "it is Asha's turn", "it stays Ben's turn": a state of the page that belongs to a
        name of its data, in a word no element's key names: the page's one status line whose
        text the code fills in holds that name; else said to be unchecked."""
        m = re.match(r"^it\s+(?:is|stays|remains)\s+(?:still\s+|now\s+)?(?P<who>[\w -]+?)['’]s\s+(?P<noun>\w+)$",
                     part.strip(" ."), re.I)
        if m is None or m.group("who") not in self.known_data():
            return False
        keyed = [e for e in self.inventory if e.tag not in FORM_FIELDS and (key := e.test_id or e.element_id)
                 and content_words(m.group("noun")) & content_words(key.replace("-", " "))]
        if keyed:
            return False  # ("it is Asha's score": the element its key names, read as anything else)
        live = [e for e in self.inventory if e.role == "status" and any(not s.closed for s in e.text.segments)]
        if len(live) != 1:
            note_unchecked(block, part)
            return True
        block.actions.append(Action("expect_contains", Target(Query("role", "status"), live[0]), value=m.group("who")))
        return True

    def _list_shown(self, part: str, negative: bool, block: Block) -> bool:
        """ "the list of planets is not visible anymore", "the Sailings list is shown": the one
        list whose name holds the noun (its stem), there or not."""
        m = _LIST_SHOWN.match(part.strip(" ."))
        if m is None:
            return False
        wanted = content_words(m.group("what") or m.group("what2"))
        lists = [e for e in self.inventory if e.role == "list" and (name := e.name.static_text())
                 and wanted and wanted <= content_words(name)]
        if len(lists) != 1:
            return False
        target = Target(Query("role", "list", name=lists[0].name.static_text()), lists[0])
        block.actions.append(Action("expect_absent" if negative else "expect_visible", target))
        self.last_target = target
        return True

    def _control_in_holder(self, part: str, block: Block) -> bool:
        """ "the alert offers a Retry button", "the dialog has a Cancel link": that control,
        inside the one alert (or dialog) of the page."""
        m = _HOLDER_OFFERS.match(part.strip(" ."))
        dialog = m is not None and re.match(r"dialog|modal|pop", m.group("holder"), re.I)
        roles = ("dialog", "alertdialog") if dialog else ("alert",)
        holders = [e for e in self.inventory if e.role in roles]
        if m is None or len(holders) != 1 or holders[0].role is None:
            return False
        inside = [e for e in self.inventory.descendants(holders[0]) if e.role == m.group("noun").lower()]
        control = self._best_by_words(m.group("what"), inside) if inside else None
        name = control.name.static_text() if control is not None else None
        if control is None or not name or not content_words(m.group("what")) & content_words(name):
            return False
        query = Query("role", m.group("noun").lower(), name=name, within=Query("role", holders[0].role))
        block.actions.append(Action("expect_visible", Target(query, control)))
        return True

    def _url_assertion(self, body: str, block: Block) -> bool:
        """ "the address now ends with #/recipe/shakshuka": the page's URL ends so."""
        m = _URL.match(body.strip(" ."))
        if m is None:
            return False
        path = (quoted_texts(m.group("path")) or [m.group("path")])[0].rstrip(".,;")
        if not re.match(r"[#/?]", path):
            return False
        pattern = re.sub(r"([.^$*+?{}\[\]\\|()])", r"\\\1", path)
        block.actions.append(Action("expect_url", value=path, value_code=repr(pattern + "$")))
        return True

    def _message_shown(self, lower: str, negative: bool, block: Block) -> bool:
        """ "A thank-you note appears", "an error message is shown": the only element of the
        role that kind of message has (an error an alert, another kind a status)."""
        m = re.search(
            r"\b(?:an?|the)\s+(?:(?P<kind>[\w-]+)\s+)?(?P<noun>message|notice|note|confirmation|notification|toast|"
            r"error|warning|alert)\s+(?:appears?|is shown|is displayed|pops up|shows up)\b",
            lower,
        )
        if negative or m is None:
            return False
        kind, noun = m.group("kind") or "", m.group("noun")
        error = noun in ("error", "warning", "alert") or kind in _ERROR_KINDS
        for role in ("alert",) if error else _MESSAGE_ROLES.get(noun, ("status",)) if not kind else ("status",):
            holders = [e for e in self.inventory if e.role == role]
            if len(holders) == 1:
                block.actions.append(Action("expect_visible", Target(Query("role", role), holders[0])))
                return True
        return False

    def _dialog_shown(self, part: str, lower: str, negative: bool, block: Block) -> bool:
        """ "The dialog should appear", "a confirmation opens": the one dialog is there."""
        shown = re.search(
            r"\b(?:dialog|modal|confirmation|pop-?up)\b.*\b(?:appears?|opens?|pops up|is (?:shown|open|displayed)|"
            r"(?P<asks>asks?|asking))\b(?P<rest>.*)$",
            lower,
        )
        if negative or shown is None:
            return False
        dialogs = [e for e in self.inventory if e.role in ("dialog", "alertdialog")]
        if len(dialogs) != 1 or dialogs[0].role is None:
            return False
        target = Target(Query("role", dialogs[0].role), dialogs[0])
        block.actions.append(Action("expect_visible", target))
        asked = part.strip(" ")[shown.start("rest") :].strip() if shown.group("asks") and lower == part.lower() else ""
        if asked and asked[:1].isupper() and self._renders_as_is(asked):
            # "a dialog opens asking Delete Road trip?": the question as the dialog words it
            block.actions.append(Action("expect_contains", target, value=asked))
        elif shown.group("asks"):  # "a dialog asks to confirm deleting Gemini": the data it names, in it
            named = self._data_mentioned(lower[shown.start("rest") :], ignore_case=True)
            block.actions += [Action("expect_contains", target, value=s) for s in named]
        return True

    def _unquoted_heading(self, part: str, negative: bool, block: Block) -> bool:
        """ "the heading now reads Saved payees (2)", "the Recipes heading is shown again",
        "must not show an Ingredients heading": a heading the component has, by its text."""
        clause = part.strip(" .")
        m = (_HEADING_READS.match(clause) or _HEADING_SHOWN.match(clause) or _HEADING_NAMED_SHOWN.match(clause)
             or _NO_HEADING.search(clause))
        if m is None:
            return False
        name = m.group("text").strip(" .")
        query = Query("role", "heading", name=name)
        found = resolve(self.inventory, query, self.typed)
        whole = resolve(self.inventory, replace(query, exact=True), self.typed).count == 1 or (
            found.count == 1 and not found.elements[0].conditional
        )  # "the talk heading": not a part of "Talk not found", shown only when a talk is missing
        if found.count != 1 or not whole:
            if m.re is _HEADING_SHOWN and not negative and self.went_back_to is not None:
                # "... brings me back to the talk page": the page the link followed before it opened
                back = Query("role", "heading", name=self.went_back_to)
                if resolve(self.inventory, back, self.typed).count == 1:
                    block.actions.append(Action("expect_visible", Target(back)))
                    return True
            return False
        verb = "expect_absent" if negative and m.re is not _HEADING_READS else "expect_visible"
        block.actions.append(Action(verb, Target(query)))
        return True

    def _unquoted_text(self, part: str, negative: bool, block: Block) -> bool:
        """ "Unlimited projects is listed", "the note 2 months free is shown": words the
        component renders as they stand, in one element; "the price is hidden": the element a
        test id or id names, rendered under a condition, is not there."""
        clause = part.strip(" .")
        if (hidden := _HIDDEN.match(clause)) and negative:
            wanted = content_words(hidden.group("what"))
            named = [e for e in self.inventory if (_key_words(e) == wanted and e.conditional)]
            if len(named) == 1 and (target := self.target(named[0])) is not None:
                block.actions.append(Action("expect_absent", target))
                return True
        m = _TEXT_SHOWN.match(clause)
        if m is None or ((kind_after := _TEXT_KIND_AFTER.match(clause)) is not None and any(
            kind_after.group("text") in t for t in self._static_texts()
        )):
            m = _TEXT_KIND_AFTER.match(clause)  # ("the Loading chargers… message disappears": its words)
        if m is None:
            return False
        query = Query("text", m.group("text"))
        found = resolve(self.inventory, query)
        if (found.count != 1 or found.level != MatchLevel.LITERAL) and (
            filled := self._template_filled(m.group("text"))
        ) is not None:  # "Ben to throw is shown again": `{turn} to throw` with a name of the data
            negative = bool(NEGATIVE.search(m.group("verb")))
            block.actions.append(Action("expect_absent" if negative else "expect_visible", Target(query, filled)))
            return True
        if found.count != 1 or found.level != MatchLevel.LITERAL:
            return False  # words that only describe the text are no text to find
        negative = bool(NEGATIVE.search(m.group("verb")))  # a "No ..." the text starts with denies nothing
        self._text_assertion(m.group("text"), "", negative, block, False)
        return True

    def _left_list(self, part: str, block: Block) -> bool:
        """ "The ticket leaves the open list", "Tea drops out of the basket list": the data
        named (or the row the clause before named) is no longer inside the list whose name
        has the other words ("Open tickets")."""
        m = _LEAVES_LIST.match(part.strip(" ."))
        if m is None:
            return False
        named = self._data_mentioned(m.group("what"))
        if not named and re.fullmatch(r"(?:the|this|that)\s+[\w-]+", m.group("what").strip(), re.I):
            named = [self.last_mentioned] if self.last_mentioned else []  # "the ticket": the one just named
        wanted = content_words(m.group("where")) - {"list", "section", "table", "panel", "area"}
        lists = [e for e in self.inventory if e.role in ("list", "table", "region", "tabpanel") and not e.repeated
                 and wanted and wanted <= content_words(e.name.static_text() or "")]
        if len(named) != 1 or len(lists) != 1 or lists[0].role is None:
            return False
        within = Query("role", lists[0].role, name=lists[0].name.static_text())
        block.actions.append(Action("expect_absent", Target(Query("text", named[0], within=within))))
        return True

    def _name_counts(self, part: str, block: Block) -> bool:
        """ "the Saved link in the menu now counts 1": the control whose name is those words
        and a figure the code fills in (`Saved ({saved.length})`), with that figure."""
        m = _NAME_COUNTS.match(part.strip(" ."))
        if m is None:
            return False
        wanted = content_words(m.group("name"))
        found = [
            e for e in self.inventory
            if e.role == m.group("noun").lower() and sum(not s.closed for s in e.name.segments) == 1
            and content_words(" ".join(s.options[0] for s in e.name.segments if s.closed)) == wanted
        ]
        if len(found) != 1:
            return False
        filled = "".join(s.options[0] if s.closed else m.group("figure") for s in found[0].name.segments)
        return self._add(block, "expect_visible", found[0], part, hint=filled)

    def _marked_as(self, part: str, block: Block) -> bool:
        """ "it is still marked as saved": the one toggle that can be named that word
        (`{saved ? "Saved" : "Save pattern"}`) is named so, and pressed when it says so."""
        m = re.search(r"\b(?:is|are)\s+(?:still\s+|now\s+)?(?:marked|shown|flagged|labelled|labeled)\s+(?:as\s+)?"
                      r"(?P<word>[\w' -]+)$", part.strip(" ."), re.I)
        wanted = m.group("word").lower() if m is not None else ""
        said = [t for t in self._static_texts() if wanted and t.strip().lower() == wanted]
        if m is not None and len(said) == 1:  # "it is marked Closed for the season": the page's words
            block.actions.append(Action("expect_visible", Target(Query("text", said[0].strip()))))
            return True
        found = [(e, n) for e in self.inventory if e.role in ("button", "tab", "switch", "link")
                 for n in names_of(e) if n.lower() == wanted and len(names_of(e)) > 1]
        if len(found) != 1:
            return False
        element, name = found[0]
        if "aria-pressed" in element.attrs:
            return self._add(block, "expect_state", element, part, hint=name, value="aria-pressed=true")
        return self._add(block, "expect_visible", element, part, hint=name)

    def _form_shown(self, part: str, block: Block) -> bool:
        """ "the form stays on screen" / "the form disappears": a form has no name to find it
        by, so its submit button is there (or gone, and its first field with it)."""
        m = _FORM_SHOWN.match(part.strip(" ."))
        forms = [e for e in self.inventory if e.tag == "form"]
        if m is None or len(forms) != 1:
            return False
        inside = list(self.inventory.descendants(forms[0]))
        buttons = [e for e in inside if e.role == "button"]
        submits = [e for e in buttons if e.attr("type") == "submit"] or (buttons if len(buttons) == 1 else [])
        fields = [e for e in inside if self._kind_ok(e, "settable")]
        if m.group("stays"):
            return len(submits) == 1 and self._add(block, "expect_visible", submits[0], part)
        gone = [*fields[:1], *submits[:1]]
        targets = [t for t in (self.target(e) for e in gone) if t is not None]
        if not targets:
            return False
        block.actions += [Action("expect_absent", t) for t in targets]
        return True

    def _text_about(self, part: str, block: Block) -> bool:
        """ "the overview text about bringing a sturdy tripod is hidden": the one sentence the
        component renders as it stands that has each word the clause says it is about."""
        m = _TEXT_ABOUT.match(part.strip(" ."))
        wanted = {_stem(w) for w in content_words(m.group("about"))} if m is not None else set()
        if m is None or not wanted:
            return False
        sentences = {
            sentence.strip()
            for element in self.inventory
            if element.tag not in FORM_FIELDS and not element.children and (text := element.text.static_text())
            for sentence in re.split(r"(?<=[.!?])\s+", text)
            if wanted <= {_stem(w) for w in content_words(sentence)}
        }
        if len(sentences) != 1:
            return False
        negative = bool(NEGATIVE.search(m.group("verb")))
        self._text_assertion(sentences.pop(), "", negative, block, False)
        return True

    def _row_text(self, part: str, negative: bool, block: Block) -> bool:
        """ "The overview text is no longer shown", "the password answer is hidden": the long
        text of the one data row ({id: "overview", body: "..."}) the other words name."""
        m = _ROW_TEXT.match(part.strip())
        if m is None:
            return False
        wanted = content_words(m.group("names")) - {"now", "still", "also"}
        rows = []
        for row in self.inventory.data_rows:
            texts = sorted(row.values(), key=len)
            if len(texts) > 1 and wanted and any(wanted <= content_words(t) for t in texts[:-1]):
                rows.append(texts[-1])
        if len(rows) != 1 or rows[0] not in self.inventory.data_strings:
            return False
        self._text_assertion(rows[0], "", negative, block, False)
        return True

    def _absent_role(self, lower: str, negative: bool, block: Block) -> bool:
        """ "no download link appears" / "the error is gone": the only element of that role,
        rendered conditionally, is absent; "no answer is open": every element of a role, all
        conditional and named so (an id, test id or class with that word), is absent."""
        if not negative:
            return False
        if (none := re.search(r"\bno\s+((?:\w+\s+)?\w+?)s?\s+(?:is|are)\b", lower)) and self._absent_kind(
            none.group(1), block
        ):
            return True
        # "neither error is displayed any more", "none of the messages is shown"
        none_of_those = re.compile(
            r"\b(?:(neither)|none of the|no more)\s+(?:of\s+the\s+)?(?:error|message|warning|hint)s?\b"
        )
        if (those := none_of_those.search(lower)) and len(self.shown_texts) >= (2 if those.group(1) else 1):
            # "neither error is displayed any more": the texts the last check found shown
            block.actions += [Action("expect_absent", Target(Query("text", t))) for t in self.shown_texts]
            return True
        # "there is no error about the phone number"
        no_message_about = re.compile(
            r"\bno\s+(?:error|message|warning)s?\s+(?:about|for|on|under|next to)\s+(?:the\s+)?"
            r"(?P<field>[\w -]+?)(?:\s+field)?$"
        )
        if (about := no_message_about.search(lower)) and self._absent_field_message(about.group("field"), block):
            return True
        # "no outstanding balance is shown" (a control named so is for `_element_presence`)
        no_text_shown = re.compile(
            r"\bno\s+(?P<what>[\w -]+?)(?<!field)(?<!fields)(?<!box)(?<!boxes)(?<!button)(?<!buttons)"
            r"(?<!link)(?<!links)\s+(?:is|are|was|were|(?:has|have) been)\s+(?:(?:shown|displayed|visible)\b|"
            r"(?P<done>\w+ed)$)"
        )
        if (what := no_text_shown.search(lower)) and self._absent_literal(
            f"{what.group('what')} {what.group('done') or ''}", block
        ):  # "no appointment is requested": the conditional "Appointment requested for ..." is not there
            return True
        nouns = {**{n: (r,) for n, r in ROLE_NOUNS.items()}, **_MESSAGE_ROLES, **_DIALOG_ROLES}
        kind = re.search(r"\b([\w-]+)\s+(?:message|notice)s?\b", lower)
        if kind and kind.group(1) not in _NOT_A_KIND:
            # "no thank-you message is shown": a message of its own kind, not the error
            nouns["message"] = nouns["notice"] = ("alert",) if kind.group(1) in _ERROR_KINDS else ("status",)
        for noun, roles in nouns.items():
            if not re.search(rf"\b{noun}s?\b", lower):
                continue
            for role in roles:
                holders = [e for e in self.inventory if e.role == role]
                if len(holders) == 1 and holders[0].conditional:
                    block.actions.append(
                        Action("expect_absent", Target(Query("role", role), holders[0]))
                    )
                    return True
        if re.search(r"\b(?:message|error|warning)s?\b", lower):
            error = bool(re.search(r"\b(?:error|warning)", lower)) or (
                kind is not None and kind.group(1) in _ERROR_KINDS
            )
            return self._absent_texts({"error", "warning", "invalid"} if error else _MESSAGE_KEYS, block)
        return False

    def _absent_field_message(self, field: str, block: Block, present: bool = False) -> bool:
        """ "no error about the phone number" / "an error appears under the Nickname field":
        the element the field names as its description (`aria-describedby`) is not there, or
        is."""
        element = self.find_by_words(field, "field")
        described = element.attr("aria-describedby") if element is not None else None
        holders = [e for e in self.inventory if described and e.element_id == described]
        if len(holders) != 1 or (target := self.target(holders[0])) is None:
            return False
        block.actions.append(Action("expect_visible" if present else "expect_absent", target))
        return True

    def _absent_literal(self, what: str, block: Block) -> bool:
        """ "no outstanding balance is shown": the one element rendered under a condition whose
        own words ("Outstanding balance: {…}") are those is not there, found by those words."""
        # "no attempts counter": the words of the text, less a noun for what shows it
        wanted = content_words(what) - {"counter", "count", "text", "line", "note", "label", "figure", "number"}
        found = []
        for element in self.inventory:
            runs = [""]  # the text's literal runs, between the parts the code fills in
            for segment in element.text.segments:
                if segment.closed and len(segment.options) == 1:
                    runs[-1] += segment.options[0]
                else:
                    runs.append("")
            literal = next((r.strip() for r in runs if wanted and wanted <= content_words(r)), "")
            if element.conditional and literal and element.tag not in FORM_FIELDS:
                found.append((element, literal))
        inner = [(e, t) for e, t in found if not any(e in self.inventory.ancestors(other) for other, _ in found)]
        if len(inner) != 1:
            return False
        element, literal = inner[0]
        query = Query("text", literal)
        if resolve(self.inventory, query).elements != (element,):
            return False
        block.actions.append(Action("expect_absent", Target(query, element)))
        return True

    def _absent_texts(self, keys: set[str], block: Block) -> bool:
        """ "no validation message is shown" where the message has no role: the one element an
        id, test id or class calls so (`<p className="error">{error}</p>`), rendered under a
        condition, shows none of the texts the code puts in it."""
        holders = [e for e in self.inventory if e.conditional and e.tag not in FORM_FIELDS and _attr_words(e) & keys]
        segments = holders[0].text.segments if len(holders) == 1 else ()
        if len(segments) != 1 or segments[0].closed or segments[0].weak or not segments[0].options:
            return False
        texts = list(segments[0].options)
        if any(resolve(self.inventory, Query("text", t)).elements != (holders[0],) for t in texts):
            return False  # a text shown elsewhere too: its absence would say nothing of this one
        block.actions += [Action("expect_absent", Target(Query("text", t), holders[0])) for t in texts]
        return True

    def _absent_kind(self, noun: str, block: Block) -> bool:
        keyed = [e for e in self.inventory if set(noun.split()) <= _key_words(e)]
        if len(keyed) == 1 and keyed[0].test_id and (keyed[0].conditional or keyed[0].arms):
            # "no score is shown", "no filter note is shown": the one element its test id names
            # so (`data-testid="filter-note"`), not there
            block.actions.append(Action("expect_absent", Target(Query("test_id", keyed[0].test_id), keyed[0])))
            return True
        named = [e for e in self.inventory if noun in _attr_words(e)]
        roles = {e.role for e in named}
        if not named or len(roles) != 1 or None in roles or not all(e.conditional for e in named):
            return False
        role = named[0].role
        assert role is not None
        every = resolve(self.inventory, Query("role", role)).elements
        if sorted(e.index for e in every) != sorted(e.index for e in named):
            return False
        block.actions.append(Action("expect_absent", Target(Query("role", role), named[0])))
        return True

    def _value_assertion(self, part: str, lower: str, quotes: list[str], block: Block) -> bool:
        contains = re.search(
            r"\b(?:still\s+|now\s+)?(?:contains?|holds?|has the value|shows? the value)\b", lower
        )
        empty = re.search(r"\b(?:is|are)\s+(?:still\s+)?(?:empty|blank)(?:\s+again)?\b", lower)
        if not (contains or empty) or not re.search(r"\b(field|box|input)s?\b", lower):
            return False
        if re.search(r"\b(?:error|message|warning|hint|alert|notice)s?\b", lower):
            return False  # "the Age field shows the error "...": a message, not the value
        if contains and quotes and all(self._message_not_value(q) for q in quotes):
            return False  # 'the search box contains "No results"': text the page renders
        subject = lower[: (contains or empty).start()]  # type: ignore[union-attr]
        subjects = [s for s in re.split(r"\s+and\s+|,\s*", subject) if s.strip()]
        values = quotes if contains else [""] * len(subjects)
        if contains and not quotes:  # "the Title field still contains Q3 review draft"
            values = [part[contains.end() :].strip(" .")] if part[contains.end() :].strip(" .") else []
        if len(values) == 1 and len(subjects) > 1:
            values = values * len(subjects)
        for phrase, value in zip(subjects, values, strict=False):
            element = self.find_by_words(phrase, "field")
            if element is None or not content_words(phrase):
                continue
            self._add(block, "expect_value", element, phrase, value=value)
        return True

    def _message_not_value(self, quote: str) -> bool:
        """Text no step typed that the component renders itself, outside any form field: an
        expected message, never an input's value."""
        return not any(quote.lower() == typed.lower() for typed in self.typed) and self._renders_as_is(quote)

    def _count_assertion(self, lower: str, precondition: bool = False) -> Action | None:
        numbers = r"\b(\d+|" + "|".join(NUMBER_WORDS) + r")"  # "Bruno" holds no "no"
        m = re.search(
            numbers
            + r"\s+(?:\w+\s+){0,2}?(\w+)\s+(?:(?:are|is|should be|must be)\s+(?:still\s+|now\s+)?"
            r"(?:listed|shown|displayed|left)|(?:still\s+|now\s+)?remain)",
            lower,
        ) or re.search(  # "no charger appears"
            r"^(no)\s+(?:\w+\s+){0,2}?(\w+)\s+appears?\b", lower.strip()
        ) or re.search(  # "the table shows 5 team members", "there are still 3 photos"
            r"\b(?:shows?|lists?|displays?|see|there\s+(?:are|is)(?:\s+still|\s+now)?)\s+"
            r"(?:exactly\s+|only\s+)?" + numbers
            + r"\s+(?:\w+\s+){0,2}?(\w+)\s*(?:$|[,.;]|\band\b|\bin\b)",
            lower,
        )
        if m is None and not precondition:  # "the list holds 3 playlists", "which is down to 2 tickets"
            # (not in a precondition: "the member has 4 credits" is a fact of the data, not rows)
            some = r"\b(\d+|" + "|".join(w for w in NUMBER_WORDS if w != "no") + r")"
            m = re.search(
                r"\b(?:holds?|has|contains?|with|(?:is|are|goes|go) down to)\s+(?:exactly\s+|only\s+)?" + some
                + r"\s+(?:\w+\s+){0,2}?(\w+)\s*(?:$|[,.;]|\band\b|\bin\b)",
                lower,
            )
        fraction = r"\s*(?:of|out of|/)\s*(?:\d|" + "|".join(NUMBER_WORDS) + r")\b"
        if m is not None and re.match(fraction, lower[m.end(1) :]):
            m = None  # "Sorting donations shows 2 of 4 volunteers": a figure the page writes, no count of rows
        if m is not None and m.group(1) == "no" and lower[m.end(1) : m.end(2)].strip() in {
            d.lower() for d in self.known_data()
        }:
            return None  # "no Kayak is listed": that row of data is not, others may be
        left = m is not None and m.group(2) in ("left", "remaining", "available", "free")
        if m is not None and any(
            match(e.text, lower[m.start(1) : m.end(2)]) >= MatchLevel.GUESSED if left else (
                e.repeated and match(e.text, lower[m.start(1) : m.end(2)], exact=True) >= MatchLevel.TEMPLATE
                and re.search(rf"\b{re.escape(m.group(2))}\b", e.text.display().lower()))
            for e in self.inventory if not e.children
        ):  # "it shows 0 spaces left", "the Piranesi card shows 6 going": words a row writes ("{…} going")
            return None
        if m is not None:
            noun = m.group(2).removesuffix("s")
            number = m.group(1)
            count = int(number) if number.isdigit() else NUMBER_WORDS[number]
            alerts = [e for e in self.inventory if e.role == "alert"]
            if noun in ("error", "warning", "alert") and count and alerts and all(e.conditional for e in alerts):
                # "only one error is shown in the form": the alerts on the page, counted
                return Action("expect_count", Target(Query("role", "alert"), alerts[0]), count=count)
            if noun in ROLE_NOUNS or noun in _MESSAGE_ROLES:  # "no error is shown": not the rows
                return None
            if not count and not any(
                e.role == "list" and noun in content_words(e.name.static_text() or "") for e in self.inventory
            ) and any(  # (a list named so holds them: "no charger appears in the list")
                noun in _key_words(e) and not e.repeated and not any(d.repeated for d in self.inventory.descendants(e))
                for e in self.inventory
            ):
                return None  # "no score is shown": the element a test id or id names so, not rows
        elif re.search(r"\b(?:nobody|no one|nothing)\s+(?:is|are)\s+(?:\w+\s+)?(?:listed|shown|left)\b", lower):
            count = 0  # "nobody is listed": the list has no rows
        else:
            return None
        groups = self._data_row_elements()
        noun = m.group(2).removesuffix("s") if m is not None else ""
        in_named = [  # "3 reviews are left": the rows inside the panel (or section) named Reviews
            g for g in groups
            if any(noun in content_words(a.name.static_text() or "") for a in self.inventory.ancestors(g))
        ]
        groups = in_named if len(groups) > 1 and len(in_named) == 1 and noun else groups
        if len(groups) > 1 and (place := re.search(r"\b(?:in|on)\s+(?:the|my|your)\s+(?P<place>[\w -]+?)\s*$", lower)):
            # "there are exactly two lines in the basket": the rows inside the table named Basket
            there = [g for g in groups if any(content_words(place["place"]) & content_words(a.name.static_text() or "")
                                              for a in self.inventory.ancestors(g))]
            groups = there if len(there) == 1 else groups
        named = [
            e for e in self.inventory if e.role == "list" and noun and noun in content_words(e.name.static_text() or "")
        ]
        if not named and m is not None and noun:  # "no sailing times are shown": the list named Sailings
            said = content_words(m.group(0)[m.end(1) : m.end(2)])
            named = [e for e in self.inventory if e.role == "list" and said & content_words(e.name.static_text() or "")]
        items = [i for i in self.inventory.descendants(named[0]) if i.role == "listitem"] if len(named) == 1 else []
        query = group_locator(self.inventory, groups[0]) if len(groups) == 1 else None
        elsewhere = [e for e in self.inventory if e.role == "listitem" and named
                     and not any(a is named[0] for a in self.inventory.ancestors(e))]
        if items and query is not None and ((not count and elsewhere) or not any(g is items[0] for g in groups)):
            # "no sailing times are shown": none in the list named Sailings (the page's other rows,
            # drawn where that list is not, may be there), not "no rows at all"
            query = None
        if query is None and items:  # "I see 2 reviews": the items of the list named "Customer reviews"
            within = Query("role", "list", name=named[0].name.static_text())
            return Action("expect_count", Target(Query("role", "listitem", within=within), items[0]), count=count)
        if len(groups) != 1:
            return None
        if query is not None:
            return Action("expect_count", Target(query, groups[0]), count=count)
        # a table's rows: the role counts its header rows too, always there, so add them
        role = groups[0].role
        others = [e for e in resolve(self.inventory, Query("role", role or "")).elements if e is not groups[0]]
        table = next((a for a in self.inventory.ancestors(groups[0]) if a.role == "table"), None)
        if role is None or not others or any(e.repeated or (e.conditional and not (
            count and e.arms == groups[0].arms and table is not None and any(
                a is table for a in self.inventory.ancestors(e))
        )) for e in others):  # (a header row shown with the table the rows are in, whenever it is)
            return None
        return Action("expect_count", Target(Query("role", role), groups[0]), count=count + len(others))

    def _panel_count(self, lower: str, block: Block) -> bool:
        """ "(open Syllabus,) which lists 6 lessons": the rows of the panel the tab just
        clicked shows, counted."""
        numbers = "|".join([r"\d+", *(w for w in NUMBER_WORDS if w != "no")])
        m = re.match(rf"which\s+(?:now\s+)?(?:lists|shows|has|holds|contains)\s+(?:exactly\s+|only\s+)?({numbers})\b",
                     lower.strip())
        tab = self.last_target
        panel_id = tab.element.attr("aria-controls") if tab is not None and tab.element is not None else None
        panels = [e for e in self.inventory if panel_id and e.element_id == panel_id and e.role == "tabpanel"]
        if m is None or tab is None or len(panels) != 1 or tab.query.kind != "role" or tab.query.name is None:
            return False
        rows = [e for e in self.inventory.descendants(panels[0]) if e.role in ("listitem", "row", "article")]
        if not rows or rows[0].role is None:
            return False
        within = Query("role", "tabpanel", name=tab.query.name)
        count = int(m.group(1)) if m.group(1).isdigit() else NUMBER_WORDS[m.group(1)]
        target = Target(Query("role", rows[0].role, within=within), rows[0])
        block.actions.append(Action("expect_count", target, count=count))
        return True

    def _quoted_list(self, quote: str, block: Block) -> bool:
        """ '"Tent, Camping stove, Sleeping bag" is shown' (a table's outcome cell) where no
        element renders that text but each item is a row of the data: the rows are those
        items, in that order, and no others."""
        items = [i.strip(" .") for i in re.split(r",\s*(?:and\s+)?|\s+and\s+", quote)]
        if len(items) < 2 or resolve(self.inventory, Query("text", quote), self.typed).level >= MatchLevel.TEMPLATE:
            return False
        if any(self._data_mentioned(item) != [item] for item in items):
            return False
        rows = self._data_row_elements()
        query = group_locator(self.inventory, rows[0]) if len(rows) == 1 else None
        if query is None:
            return False
        target = Target(query, rows[0])
        block.actions += [
            Action("expect_count", target, count=len(items)),
            Action("expect_texts", target, value_code=repr(items)),
        ]
        return True

    def _replaced(self, part: str, block: Block) -> bool:
        """ "the Next button is replaced by Finish": the first control is gone, the second
        there (each the one button, link or tab of that name)."""
        # "the Next stop button is replaced by Finish tour"
        replaced = re.compile(
            r"^(?:the\s+)?(?P<old>.+?)(?:\s+(?:button|link|tab))?\s+(?:is|gets|has been|was)\s+(?:now\s+)?replaced\s+"
            r"(?:by|with)\s+(?:an?\s+|the\s+)?(?P<new>.+?)(?:\s+(?:button|link|tab))?$",
            re.I,
        )
        m = replaced.match(part.strip(" ."))
        if m is None:
            return False
        old, new = self._control_named(m.group("old")), self._control_named(m.group("new"))
        if old is None or new is None:
            return False
        return self._add(block, "expect_absent", old, m.group("old")) and self._add(
            block, "expect_visible", new, m.group("new")
        )

    def _named_values(self) -> dict[str, str]:
        """What rows may show, by its lower case: the data, the mocked responses, what was typed."""
        return {v.lower(): v for v in [*self.known_data(), *self.entered_values()] if v.strip()}

    def _named_gone(self, part: str, block: Block) -> bool:
        """ "Tom is gone": a row's words, from the data or typed, no longer shown."""
        gone = re.fullmatch(r"(?P<what>[^,\"“]+?)\s+(?:is|are)\s+(?:now\s+)?(?:gone|no longer (?:listed|shown|there))"
                            r"(?:\s+from\s+the\s+(?:list|page|table))?", part.strip(" ."), re.I)
        named = self._named_values()
        what = gone.group("what").strip().lower() if gone else ""
        # ("Tom is gone" of Tom Becker: the one name of the rows that starts with that first name)
        firsts = [v for v in named if re.fullmatch(rf"{re.escape(what)}\s+[a-z][\w'-]*", v)]
        if gone is None or (what not in named and len(firsts) != 1):
            return False
        self._text_assertion(named[what if what in named else firsts[0]], "", True, block, False)
        return True

    def _only_named_listed(self, piece: str, block: Block, precondition: bool) -> bool:
        """ "only Maya and Ivy are listed": rows named by the data or by what the test typed, as
        many rows as named and each there."""
        named = self._named_values()
        only = re.fullmatch(r"(?:and\s+)?only\s+(?P<items>.+?)\s+(?:is|are)\s+(?:still\s+|now\s+)?"
                            r"(?:listed|shown|left)", piece.strip(" ."), re.I)
        items = split_list(only.group("items")) if only else []
        rows = self._data_row_elements()
        query = group_locator(self.inventory, rows[0]) if len(rows) == 1 else None
        if not items or query is None or not all(i.strip().lower() in named for i in items):
            return False
        block.actions.append(Action("expect_count", Target(query, rows[0]), count=len(items)))
        data = {d.lower() for d in self.known_data()}
        def drawn(e: Element) -> bool:
            return any(not seg.closed for seg in e.text.segments)

        # (the innermost elements of a row that write data: "Jo" and "Shoe hire for Jo" are two)
        holes = [e for e in self.inventory.descendants(rows[0]) if drawn(e)
                 and not any(drawn(self.inventory.elements[c]) for c in e.children)]
        for item in items:
            if item.strip().lower() in data or len(holes) <= 1:
                self._text_assertion(named[item.strip().lower()], "", False, block, precondition)
            else:  # a name typed, where a row may write it twice ("Jo", "Shoe hire for Jo"): a row shows it
                within = Query("text", named[item.strip().lower()], within=query)
                block.actions.append(Action("expect_any", Target(within, rows[0])))
        return True

    def _data_row_elements(self) -> list[Element]:
        """The repeated elements that are rows of data: list items, table rows, cards; else the
        one element drawn once per item with a test id (a photo's caption), else the outermost
        one with a role, options aside."""
        rows = [
            e
            for e in self.inventory
            if e.repeated
            and (
                e.role in ("listitem", "row", "article")
                or (e.test_id and re.search(r"item|row|card", e.test_id))
            )
        ]
        drawn = [e for e in self.inventory if e.repeated and e.tag != "option"]
        tested = [e for e in drawn if e.test_id]
        # (the outermost with a role: a radio in a `<div>` per row is the row's only handle)
        outermost = [e for e in drawn if e.role and not any(a.repeated and a.role for a in self.inventory.ancestors(e))]
        return rows or (tested if len({e.test_id for e in tested}) == 1 else outermost)

    def _position_assertion(self, piece: str, block: Block) -> bool:
        """ "Peace lily moves to the top", "Aloe vera should be the first plant and Zebra plant
        the last", "the list now ends with Aloe vera": the first or last row shows that item
        (an item the data or a quote names, in the one repeated row of data)."""
        m = POSITION.match(piece.strip(" ."))
        if m is None:
            return False
        item = m.group("item") or m.group("item2") or m.group("item3")
        checks = [(item, m.group("place") or m.group("verb") or m.group("place2"))]
        if m.group("rest") and (
            also := re.match(r"^\s*(?:\w+\s+)?and\s+(.+?)\s+(?:(?:is|comes|goes|moves|ends up|should be|must be)\s+)?"
                             r"(?:at\s+|to\s+|on\s+)?(?:the\s+)?(top|bottom|first|last)\s*$", m.group("rest"), re.I)
        ):  # "... the first plant and Zebra plant the last", "listed first and X last", "X comes first and Y last"
            checks.append((also.group(1), also.group(2)))
        elif (m.group("rest") or "").strip(" .") and not re.fullmatch(r"\s*\w+\s*", m.group("rest")):
            return False  # "the first plant": its noun only, nothing more
        rows = self._data_row_elements()
        query = group_locator(self.inventory, rows[0]) if len(rows) == 1 else None
        if query is None and len(rows) == 1 and rows[0].role == "row" and any(
            a.tag == "tbody" and not a.repeated for a in self.inventory.ancestors(rows[0])
        ):  # a table's rows of data, below its header row: "Bramble is in the first row"
            query = Query("role", "row", within=Query("css", "tbody"))
        if query is None:
            return False
        actions = []
        for item, place in checks:
            quotes = quoted_texts(item)
            text = quotes[0] if quotes else item.strip(" .")
            if re.fullmatch(r"(?i:she|he|it|they)", text) and self.filled and self.filled[-1][1]:
                text = self.filled[-1][1]  # "add Lena Fischer and check that she appears at the end": her
            typed = text.lower() in (v.lower() for v in self.entered_values())
            figure = re.fullmatch(r"\d[\d:.,]*(?:\s?[a-z%£$€]{1,3})?", text) and any(
                not seg.closed for seg in rows[0].text.segments
            )  # ("the first one at 07:00": a figure a row's text is filled with)
            if not quotes and self._data_mentioned(text) != [text] and not figure and not typed:
                return False  # words that name no row of data: no position to check
            first = place.lower() in ("top", "first") or place.lower().startswith(("start", "begin"))
            actions.append(Action("expect_first" if first else "expect_last", Target(query, rows[0]), value=text))
        block.actions += actions
        return True

    def _data_item_gone(self, part: str, block: Block) -> bool:
        """ "the headlamp defect is not on the page any more": the one string of the data
        (a mocked response's) that holds the word, absent."""
        m = re.fullmatch(r"the\s+(?P<word>[\w-]+)\s+[\w-]+\s+(?:is|are)\s+(?:not|no longer)\b.*", part.strip(" ."),
                         re.I)
        if m is None:
            return False
        holding = {t for t in self.mocked if re.search(rf"\b{re.escape(m.group('word'))}\b", t, re.I) and " " in t}
        if len(holding) != 1:
            return False
        self._text_assertion(holding.pop(), part.lower(), True, block, False)
        return True

    def _select_shows(self, part: str, quote: str, block: Block) -> bool:
        """ "the sort still says Price: low to high": the dropdown the words name holds the
        option so labelled (its value), not a text shown somewhere."""
        m = _NAMED_TEXT.match(part.strip())
        if m is None:
            return False
        for select in (e for e in self.inventory if e.tag == "select"):
            options = [o for o in self.inventory.descendants(select) if o.tag == "option"
                       and (o.text.static_text() or "").strip().lower() == quote.strip().lower()]
            names = " ".join([*names_of(select), *(p.display() for p in select.labels)])
            if len(options) == 1 and content_words(m.group(1)) & content_words(names):
                value = options[0].attr("value") or options[0].text.static_text() or quote
                return self._add(block, "expect_value", select, part, value=value)
        return False

    def _figure_of_key(self, part: str, block: Block) -> bool:
        """ "shows 3,835 m altitude", "120 beds": a figure, then the word the element that shows
        it is keyed by (test id or id `altitude`), whose text the figure fills."""
        m = re.fullmatch(
            r"(?:(?:and\s+)?(?:the\s+page\s+|it\s+)?(?:shows?|has|lists|gives|displays?)\s+)?(?:an?\s+)?"
            r"(?P<figure>[$€£]?\d[\d,.]*(?:\s?(?:[a-z]{1,3}[²³]?(?![\w²³])|%|°C))?)\s+(?P<key>[a-z][\w -]*?)",
            part.strip(" ."), re.I,
        )
        if m is None:
            return False
        wanted = content_words(m.group("key"))
        hits = [e for e in self._keyed_by(wanted) if e.tag not in FORM_FIELDS]
        if len(hits) != 1 or (target := self.target(hits[0])) is None:
            return False
        figure = m.group("figure")
        whole_hole = len(hits[0].text.segments) == 1 and not hits[0].text.segments[0].closed  # `{hut.beds}`
        if whole_hole or match(hits[0].text, figure, exact=True) >= MatchLevel.TEMPLATE:
            block.actions.append(Action("expect_text", target, value=figure))
        elif match(hits[0].text, figure) >= MatchLevel.TEMPLATE:
            block.actions.append(Action("expect_contains", target, value=figure))
        else:
            return False
        return True

    def _headed_with_name(self, part: str, block: Block) -> bool:
        """ "the page is headed with the hut's name" (after following a link): the heading that
        the link's name is, the page the link opened."""
        m = re.fullmatch(r"(?:the\s+)?(?:page|screen|view)\s+is\s+(?:now\s+)?(?:headed|titled)\s+(?:with|by)\s+"
                         r"(?:the|its|their|[\w-]+'s)\s+(?:[\w-]+'s\s+)?(?:name|title)", part.strip(" ."), re.I)
        if m is None or not self.followed:
            return False
        name = self.followed[-1]
        headings = [e for e in self.inventory if e.role == "heading" and match(e.name, name, exact=True)]
        if not headings:
            return False
        block.actions.append(Action("expect_visible", Target(Query("role", "heading", name=name), headings[0])))
        return True

    def _keyed_by(self, wanted: set[str]) -> list[Element]:
        """The elements whose test id (else id) is those words (`altitude`, `beds-left`)."""
        return [e for e in self.inventory if (key := e.test_id or e.element_id) and wanted and _id_words(key) == wanted]

    def _absent_named(self, part: str, block: Block) -> bool:
        """ "no Request a bed button", "with no altitude or beds shown": a control the page names
        so, or elements keyed by those words (test id or id), each absent."""
        text = part.strip(" .")
        control = re.fullmatch(r"(?:(?:with|and|but)\s+)?(?:there is\s+)?no\s+(?P<name>[^,\"“”]+?)\s+"
                               r"(?P<noun>button|link|tab|checkbox|dropdown)(?:\s+(?:any more|anymore|shown|either))?",
                               text, re.I)
        if control is not None:
            role = ROLE_NOUNS.get(control.group("noun").lower())
            named = [e for e in self.inventory if e.role == role and any(
                n.lower() == control.group("name").lower() for n in names_of(e))]
            if named and role:
                target = Target(Query("role", role, name=names_of(named[0])[0]), named[0])
                block.actions.append(Action("expect_absent", target))
                return True
            return False
        keyed = re.fullmatch(r"(?:(?:with|and|but)\s+)?no\s+(?P<items>[\w -]+?)\s+(?:is\s+|are\s+)?"
                             r"(?:shown|displayed|given|visible|listed)(?:\s+any more)?", text, re.I)
        if keyed is None:
            return False
        items = [i for i in re.split(r"\s*,\s*|\s+(?:or|and|nor)\s+", keyed.group("items")) if i]
        found = []
        for item in items:
            wanted = content_words(item)
            hits = self._keyed_by(wanted)
            if len(hits) != 1 or (keyed_target := self.target(hits[0])) is None:
                return False
            found.append(keyed_target)
        block.actions += [Action("expect_absent", t) for t in found]
        return bool(found)

    def _values_kept(self, part: str, block: Block) -> bool:
        """ "still shows 4 and 22 in the two fields", "the box still holds 12": values the test
        typed before, each expected in the field it was typed into (the last one that got it)."""
        m = re.search(
            r"\b(?:shows?|has|have|holds?|contains?|keeps?|reads?)\s+(?P<values>[^\"“”]+?)\s+in\s+(?:the\s+)?"
            r"(?:(?:two|three|four|both|all|\d+)\s+)?(?:fields?|boxes|box|inputs?)$",
            part.strip(" ."), re.I,
        )
        if m is None:
            return False
        values = split_list(m.group("values"))
        targets = [next((t for t, v in reversed(self.filled) if v == value), None) for value in values]
        if not values or any(t is None for t in targets) or len({id(t) for t in targets}) != len(targets):
            return False
        # ("the page is back on Step 1 of 3 and still shows 4 and 22 in the two fields": the
        # clause before the "and" is a check of its own, never dropped)
        head = part[: m.start()].strip()
        before = re.match(r"(?P<clause>.+?\s(?:is|are|has|have)\s.+?)\s+and(?:\s+(?:it|still|now))*$", head, re.I)
        if before:
            start = len(block.actions) + len(block.todos)
            self._assert_part(before.group("clause"), block, False)
            if len(block.actions) + len(block.todos) == start:
                note_unchecked(block, before.group("clause"))
        block.actions += [Action("expect_value", t, value=v) for t, v in zip(targets, values, strict=True)]
        return True

    def _field_holds(self, part: str, block: Block) -> bool:
        """ "Guests still shows 8", "the start time is still 20:00 after switching the room": the
        field or dropdown so named holds the value a step put there."""
        m = re.fullmatch(r"(?:the\s+)?(?P<what>[\w' -]+?)\s+(?:field\s+|box\s+|dropdown\s+)?(?:still\s+)?"
                         r"(?:shows?|reads?|says?|holds?|is|stays?|remains?|keeps?)\s+(?:still\s+)?(?:at\s+|on\s+)?"
                         r"(?P<value>\S(?:.*?\S)?)(?:\s+(?:after|when|once|because|since|as)\b.*)?",
                         part.strip(" ."), re.I)
        if m is None:
            return False
        wanted = content_words(m.group("what"))
        for target, value in reversed([*self.filled, *self.chosen]):
            if value.lower() == m.group("value").lower() and target.element is not None and wanted and (
                wanted <= content_words(" ".join(self._names(target.element)))
            ):
                block.actions.append(Action("expect_value", target, value=value))
                return True
        return False

    def _state_of_each(self, piece: str) -> list[str] | None:
        """ "Neither House nor Flat is selected", "Nuts and Dairy are both still ticked", "none
        of the allergen boxes is ticked": one state said of several elements, a check of each
        (each subject an element the page renders that can be in that state)."""
        stripped = piece.strip(" .")
        row = r"(?:on|in|for)\s+the\s+.+?\s+(?:row|line|card|item)"
        if but := re.match(rf"^(?P<head>.+?\s(?:is|are)\s.+?)\s+(?P<where>{row})\s*,?\s+but\s+not\s+(?P<other>{row})$",
                           stripped, re.I):
            # "Coming is shown pressed on the Tue 6 January row but not on the Sat 17 January row"
            denied = re.sub(r"\s(is|are)\s", r" \1 not ", but.group("head"), count=1)
            return [f"{but.group('head')} {but.group('where')}", f"{denied} {but.group('other')}"]
        if (them := re.match(r"^(?P<first>.+?)\s+and\s+(?:neither|none)(?:\s+of\s+them)?\s+(?:is|are)\s+"
                             r"(?P<rest>(?!not\b)[\w -]+)$", stripped, re.I)) and (
            (firsts := self._state_of_each(them.group("first"))) is not None
        ):  # "The Email and Text message checkboxes are disabled and neither is ticked": both, twice
            return [*firsts, *(f"{s} is not {them.group('rest')}" for s in self.state_subjects)]
        head, _, tail = stripped.partition(" and ")
        if tail and re.match(r"(?:none|neither)\s", tail, re.I) and not _NOT.search(head.lower()):
            # "all 6 dishes are listed and none of the allergen boxes is ticked": two checks
            return [head, *(self._state_of_each(tail) or [tail])]
        verb = re.compile(r"\b(?:is|are|has|have|was|were|disappears?|appears?|becomes?|stays?|remains?)\b", re.I)
        if tail and re.match(r"the\s[^\"“”]*\b(?:fields|boxes|buttons|links|checkboxes)\s", tail, re.I) and (
            verb.search(head) and verb.search(tail)
        ):  # "the booking is confirmed and the Next and Back buttons are gone": two clauses
            return [head, tail]
        kinds = {"checked": "checkable", "unchecked": "checkable", "selected": "clickable"}
        if none := re.match(r"^none of (?:the\s+)?(?P<noun>[\w -]+?)\s+(?:is|are)\s+(?P<rest>.+)$", stripped, re.I):
            state = state_word(none.group("rest").lower())
            if state not in ("checked", "selected") or _NOT.search(none.group("rest").lower()):
                return None
            # the boxes the page renders, each once (a group whose legend the noun names, if any)
            boxes = [e for e in self.inventory if e.role in ("checkbox", "switch", "radio")]
            if not boxes or any(e.repeated for e in boxes) or not re.search(
                r"\b(?:box|boxes|checkbox(?:es)?|options?|switch(?:es)?|toggles?|choices)$", none.group("noun"), re.I
            ):
                return None
            names = [next(iter(names_of(e)), "") for e in boxes]
            if not all(names) or len(set(names)) != len(names):
                return None
            return [f'"{n}" is not {none.group("rest")}' for n in names]
        if neither := re.match(r"^neither\s+(?P<a>.+?)\s+nor\s+(?P<b>.+?)\s+(?:is|are)\s+(?P<rest>.+)$", stripped,
                               re.I):
            subjects = [neither.group("a"), neither.group("b")]
            rest = neither.group("rest")
            negated = True
        elif both := re.match(r"^(?P<subjects>.+?)\s+are\s+(?:both\s+|all\s+)?"
                              r"(?P<rest>(?:(?:still|now|also|both|all)\s+)*[\w' -]+)$", stripped, re.I):
            subjects = split_list(both.group("subjects"))
            rest = re.sub(r"\b(?:both|all)\s+", "", both.group("rest"), flags=re.I)
            negated = False
        else:
            return None
        # ("greyed out and can't be clicked": one state, said twice)
        rest = first if (first := rest.split(" and ")[0]) != rest and state_word(first.lower()) == state_word(
            rest.lower()) else rest
        state = state_word(rest.lower())
        kinds.update({"disabled": "control", "enabled": "control"})
        if len(subjects) < 2 or state not in kinds or (negated and _NOT.search(rest.lower())):
            return None
        # ("the Email and Text message checkboxes": each a checkbox)
        noun = re.search(r"\s+(?:checkboxe|boxe|button|field|switche|dropdown|radio|link|tab)s$", subjects[-1], re.I)
        subjects = [re.sub(r"^the\s+", "", s.strip(), flags=re.I) for s in subjects]
        if noun:
            subjects[-1] = subjects[-1][: noun.start() - len(subjects[-1])]
        found = [self.find_by_quote(s.strip(" \"“”"), kinds[state], piece) for s in subjects]
        if any(f is None for f in found) or len({id(f) for f in found}) != len(found):
            return None  # words that name no element of that kind: not this reading
        self.state_subjects = subjects
        return [f"{s} is {'not ' if negated else ''}{rest}" for s in subjects]

    def _state_assertion(self, part: str, quotes: list[str], state: str, block: Block) -> bool:
        kinds = {
            "checked": "checkable", "unchecked": "checkable", "selected": "clickable", "aria-invalid=true": "settable",
            "focused": "any", "readonly": "field", "editable": "field",
        }
        if re.search(r"\b(?:dropdown|field|box|input|select|menu)\b", part, re.I):
            kinds.update({"disabled": "control", "enabled": "control"})  # "the Recall every dropdown is disabled"
        if focus := re.match(
            r"^(?:with\s+)?the\s+(?:keyboard\s+)?focus\s+(?:is\s+)?(?:still\s+|now\s+)?on\s+(?P<what>.+)$",
            part.strip(" ."),
            re.I,
        ):
            part = f"{focus.group('what')} is focused"  # "with the focus still on the Planets tab": that tab
        kind = kinds.get(state, "clickable")
        element = None
        hint = None
        subject = re.split(r"\s+(?:is|are|stays?|remains?|should|must|can(?:not|'t)?)\b", part.strip(), maxsplit=1)[0]
        in_row = self._in_row(subject, kind) if re.search(r"\b(?:of|for|next to|beside)\b", subject) else None
        named_so = content_words(" ".join(names_of(in_row[0])) or in_row[0].name.display()) if in_row else set()
        if in_row is not None and content_words(subject) & named_so:
            # 'the renew button of "Braiding Sweetgrass" is disabled': the name the row fills in
            return self._add(block, "expect_state", in_row[0], part, hint=in_row[1], value=state)
        rowed = re.search(r"\s+(?:on|in|for|of)\s+the\s+(?P<row>[^\"“”]+?)\s+(?:row|line|card|item)$", part.strip(" ."),
                          re.I)
        if not quotes and rowed:
            # "Coming is shown pressed on the Tue 6 January row": the control of that name in that row
            name = re.split(r"\s+(?:is|are|stays?|remains?|should|must)\b", part.strip(), maxsplit=1)[0]
            in_that_row = self._row_target(f'click "{name}" next to "{rowed.group("row")}"', kind)
            if in_that_row is not None:
                if _denies_state(part):
                    state = _OPPOSITE.get(state, state)
                block.actions.append(Action("expect_state", in_that_row, value=state))
                self.last_target = in_that_row
                return True
        pronoun = r"(?:it|(?:the|this|that) (?:button|link|tab|checkbox|switch|field|box|dropdown))"
        if not quotes and re.fullmatch(pronoun, subject.strip(" ."), re.I) and (
            said := self.referred(subject)
        ) is not None:
            # "After step 1 the button is greyed out": the button that step named (not any
            # element whose name holds the word)
            element = said.element
        if quotes and element is None:
            element = self.find_by_quote(quotes[0], kind, part)
            hint = quotes[0]
        if element is None and not quotes:  # "the plus button is disabled": the control that shows "+"
            element = self.by_symbol(subject, kind)
        if element is None:
            element = self._named_in(part, kind)
        if element is None and (
            named := re.match(r"^(?:the\s+)?(?P<name>.+?)\s+(?:tab|button|link|checkbox|switch|option|radio)\s+"
                              r"(?:is|are|stays?|remains?|should be|must be)\b", part.strip(), re.I)
        ):  # "the Basket (0) tab is selected": a name the code builds, as the step gives it
            element, hint = self.find_by_quote(named.group("name"), kind, part), named.group("name")
        whole = re.sub(r"^the\s+", "", subject, flags=re.I)
        if element is None and whole and (found := self.find_by_quote(whole, kind, part)) is not None and (
            match(found.name, whole, exact=True) >= MatchLevel.TEMPLATE
        ):  # "Washers (3 free) is selected": the whole name the code builds (`${label} (${n} free)`)
            element, hint = found, whole
        if element is None and state in ("selected", "checked", "unchecked") and (
            noted := self.noted_name(re.sub(r"^the\s+", "", subject.strip(" ."), flags=re.I),
                                     ("radio", "checkbox", "tab"))
        ) is not None:  # "Rowing boat is selected": the radio "Rowing boat (up to 4)"; the tab "All tests (3)"
            element, hint = noted
        chosen = re.split(r"\s+(?:is|are|stays?|remains?|should|must|can(?:not|'t)?)\b", part.strip(), maxsplit=1)[0]
        if element is None and not quotes and (
            by_data := self.data_named_choice(chosen, kind if kind != "clickable" else "checkable")
        ) is not None:  # "the Minor option is disabled", "Major can still be chosen": the radio of that row
            if state == "selected":
                state = "unchecked" if _denies_state(part) else "checked"
            elif _denies_state(part):
                state = _OPPOSITE.get(state, state)
            block.actions.append(Action("expect_state", by_data, value=state))
            return True
        if element is None and not quotes and state in _ROW_CONTROL_STATES and (
            by_row := self.row_named_control(subject, part)
        ) is not None:
            # "the leeks can't be swapped any more": the "Swap Leeks" dropdown of that row
            if _denies_state(part):
                state = _OPPOSITE.get(state, state)
            block.actions.append(Action("expect_state", by_row, value=state))
            self.last_target = by_row
            return True
        if element is None and re.match(r"(?:its|their)\b", part.strip(), re.I) and self.last_row_text:
            # "only X is listed and its checkbox is ticked": the control of X's row
            noun = re.split(r"\b(?:is|are|stays?|remains?)\b", part)[0]
            in_row = self._in_row(f'{noun} next to "{self.last_row_text}"', kind)
            if in_row is not None:
                return self._add(block, "expect_state", in_row[0], part, hint=in_row[1], value=state)
        if element is None and (referred := self.referred(re.split(
            r"\s+(?:is|are|stays?|remains?|should|must|becomes?|gets?)\b", part.strip(), maxsplit=1)[0]
        )) is not None:
            element = referred.element  # "it becomes selected", "the button becomes enabled"
        bare = re.sub(r"^the\s+", "", subject.strip(" ."), flags=re.I)
        if element is None and not quotes and (found := self.find_by_quote(bare, kind, part)) is not None and any(
            re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", n, re.I) for n in names_of(found)
        ):  # "A3 is greyed out": the control whose name holds those words ("Seat A3 (sold)")
            element, hint = found, bare
        if element is None and state.startswith("aria-expanded"):
            # "the password question is reported as collapsed": only expandable elements
            subject = re.split(r"\b(?:is|are|stays?|remains?)\b", part)[0]
            expandable = [e for e in self.inventory if "aria-expanded" in e.attrs]
            element = self._best_by_words(subject, expandable)
        if element is None:
            return False
        if state in ("active", "highlighted"):
            # a tab shown active is selected, a toggle button highlighted is pressed, a button
            # that becomes active is enabled; anything else highlighted is a look, not a state
            denied = _denies_state(part)
            if element.role == "tab":
                state = f"aria-selected={'false' if denied else 'true'}"
            elif "aria-pressed" in element.attrs:
                state = f"aria-pressed={'false' if denied else 'true'}"
            elif state == "active" and element.role == "button":
                state = "disabled" if denied else "enabled"
            else:
                return False
            self._add(block, "expect_state", element, part, hint=hint, value=state)
            return True
        if state == "selected" and element.tag == "option":  # a native select shows its value
            select = next((a for a in self.inventory.ancestors(element) if a.tag == "select"), None)
            value = element.attr("value") or element.text.static_text()
            if select is None or value is None:
                return False
            self._add(block, "expect_value", select, part, value=value)
            return True
        if state == "selected":
            if element.role in ("checkbox", "radio", "switch"):  # ("House is not selected": unchecked)
                denied = _denies_state(part)
                state = "unchecked" if denied else "checked"
            elif element.role in ("tab", "option"):
                negative = bool(NEGATIVE.search(part.lower()))
                state = f"aria-selected={'false' if negative else 'true'}"
            elif "aria-pressed" in element.attrs:  # "B6 is not selected": a toggle button, not pressed
                state = f"aria-pressed={'false' if _denies_state(part) else 'true'}"
            else:
                return False
        elif _denies_state(part):
            # "no longer disabled", "not enabled", "not pressed": the opposite state
            state = _OPPOSITE.get(state, state)
        self._add(block, "expect_state", element, part, hint=hint, value=state)
        return True

    def _section(self, part: str) -> Target | None:
        """ "... is not in the Waiting section", "the Ready for pickup section lists ...":
        the one section, group or list so named (its heading or label)."""
        m = _IN_SECTION.search(part) or _SECTION_LISTS.match(part.strip())
        if m is None:
            return self._area_named(part)
        name = m.group("where").strip()
        found = [  # its whole name, whatever the case: "the Waiting section", not "waiting list"
            e
            for role in _SECTION_NOUNS[m.group("noun").lower()]
            for e in resolve(self.inventory, Query("role", role, name=name)).elements
            if (e.name.static_text() or "").lower() == name.lower()
        ]
        if len(found) != 1 or found[0].repeated or found[0].role is None:
            return None
        return Target(Query("role", found[0].role, name=name), found[0])

    def _control_reads(self, part: str, block: Block) -> bool:
        """ "Dryers shows 1 free", "the Washers tab says 2 free": a tab, button or link whose
        name the code builds starting with those words ("Dryers ({n} free)") contains the
        words after the verb."""
        m = re.match(
            r"^(?:the\s+)?(?P<name>[\w' -]+?)(?:\s+(?:tab|button|link))?\s+(?:now\s+|still\s+)?"
            r"(?:shows?|reads?|says?)\s+"
            r"(?:that\s+)?(?P<text>[^\"“”]+)$",
            part.strip(" ."),
        )
        if m is None:
            return False
        name, text = m.group("name"), m.group("text")
        found = [
            e for e in self.inventory
            if e.role in ("tab", "button", "link") and not e.name.is_static and e.name.segments[0].closed
            and re.match(rf"{re.escape(name)}(?!\w)", e.name.segments[0].options[0].strip(), re.I)
            and match(e.name, text) > MatchLevel.NONE
        ]
        if len(found) != 1 or found[0].role is None:
            return False
        query = Query("role", found[0].role, name=found[0].name.segments[0].options[0].strip()[: len(name)])
        block.actions.append(Action("expect_contains", Target(query, found[0]), value=text))
        return True

    def _area_count(self, part: str, block: Block) -> bool:
        """ "In progress still holds 3 cards": the rows (list items, table rows) inside the area
        so named, counted."""
        numbers = r"(\d+|" + "|".join(w for w in NUMBER_WORDS if w != "no") + r")"
        m = re.search(rf"{_AREA_HOLDS}\s+(?:exactly\s+|only\s+)?{numbers}\s+[a-z]+$", part.strip(" ."), re.I)
        area = self._area_named(part) if m is not None else None
        if m is None or area is None or area.element is None:
            return False
        rows = [e for e in self.inventory.descendants(area.element) if e.repeated and e.role in ("listitem", "row")]
        if not rows or rows[0].role is None:
            return False
        number = m.group(1).lower()
        count = int(number) if number.isdigit() else NUMBER_WORDS[number]
        query = Query("role", rows[0].role, within=area.query)
        block.actions.append(Action("expect_count", Target(query, rows[0]), count=count))
        return True

    def _area_named(self, part: str) -> Target | None:
        """ "... is no longer in the To do column", "Jam jars is listed under Yes please", "Done
        lists ...": after in / under, or before lists / holds, a name one area of the page has (a
        region, list, group, panel: its label or heading), whatever noun follows it; copies of
        one area drawn per item of data are told apart by that name."""
        clause = QUOTED.sub(lambda q: q.group(1), part.strip(" ."))
        found: dict[str, list[Element]] = {}
        for element in self.inventory:
            if element.role not in _AREA_ROLES:
                continue
            for name in {n for n in element.name.expansions(fill_holes=True, weak=False) if n and HOLE_MARK not in n}:
                where = (rf"\b(?:in|inside|within|under|from)\s+(?:the\s+)?{re.escape(name)}(?:\s+[a-z]+)?$|"
                         rf"^(?:the\s+)?{re.escape(name)}(?:\s+[a-z]+)?\s+{_AREA_HOLDS}")
                if re.search(where, clause, re.I):
                    found.setdefault(name, []).append(element)
        if not found:
            return None
        name = max(found, key=len)
        roles = {e.role for e in found[name]}
        if len(roles) != 1 or (len(found[name]) > 1 and not all(e.repeated for e in found[name])):
            return None
        element = found[name][0]
        assert element.role is not None
        return Target(Query("role", element.role, name=name), element)

    def _row_says(self, clause: str, block: Block) -> bool:
        """ "Nylon Classical is out of stock", "Silkfolk Phosphor Bronze says only 2 left": a text
        the row of that data draws itself, in that row; "its Add to basket button is greyed out":
        that control of the row named last, in that state."""
        said = re.match(r"^[\"“]?(?P<row>[^,\"“”]+?)[\"”]?\s+(?:now\s+|still\s+)?(?:is|says?|shows?|reads?|has)\s+"
                        r"(?:now\s+|still\s+)?"
                        r"(?P<value>[a-z0-9][^\"“”]*)$", clause)
        # ("The Piranesi card shows 6 going", then "it says 7 going": that card)
        row_of = re.sub(r"^(?i:the)\s+(.+?)\s+(?:card|row|line|entry|item|tile)$", r"\1", said["row"]) if said else ""
        row_of = self.last_row_text if row_of.lower() == "it" and self.last_row_text else (
            self._datum_named(row_of) or row_of)
        if said and row_of in self.known_data() and not state_word(said["value"].lower()):
            # (the rows of data that draw such a text: the shop's cards, not the basket's lines)
            drawn = [(row, leaf) for row in self.inventory if row.role in _CARDS and row.repeated
                     for leaf in self.inventory.descendants(row) if not leaf.children and _has_words(leaf.text)
                     and match(leaf.text, said["value"]) >= MatchLevel.TEMPLATE and _says_in_a_row(leaf, said["value"])
                     and _literal_words(leaf) <= set(re.findall(r"[\w'’]+", said["value"].lower()))]
            if len({id(row) for row, _ in drawn}) == 1 and (role := drawn[0][0].role) is not None:
                self.last_row_text = row_of
                text = _as_rendered(drawn[0][1], said["value"])
                query = Query("text", text, within=Query("role", role), within_text=row_of)
                block.actions.append(Action("expect_visible", Target(query, drawn[0][0])))
                return True
        its = re.match(r"^(?i:its|their)\s+(?P<name>[^,]+?)\s+(?:button|link)\s+(?:is|are)\s+(?:now\s+|still\s+)?"
                       r"(?P<state>(?:greyed|grayed) out|disabled|enabled)$", clause)
        row_named = self.last_row_text or self.last_mentioned
        controls = [(row, c, n) for row in self.inventory if its and row.role in _CARDS and row.repeated
                    for c in self.inventory.descendants(row) if c.role in ("button", "link")
                    for n in names_of(c) if n.lower() == its["name"].lower()]
        # ("its + button": the one drawn "+", named `One more ${s.name}` after the row)
        controls = controls or [(row, c, filled_name(c, row_named)) for row in self.inventory
                                if its and row_named and row.role in _CARDS and row.repeated
                                for c in self.inventory.descendants(row) if c.role in ("button", "link")
                                and (c.text.static_text() or "").strip() == its["name"]
                                and one_hole(c)]
        if its is None or not row_named or len({id(c) for _, c, _ in controls}) != 1:
            return False
        row, control, name = controls[0]
        assert row.role is not None and control.role is not None
        target = Target(Query("role", control.role, name=name, within=Query("role", row.role),
                              within_text=row_named), control)
        state = "enabled" if its["state"] == "enabled" else "disabled"
        block.actions.append(Action("expect_state", target, value=state))
        return True

    def _row_cell(self, part: str, block: Block) -> bool:
        """ "the status of Ada Lovelace is Active", 'the Pro row shows "$20" in the Price
        column', "the summary lists Gift wrapping at €3.50": that text inside the one row (or
        list item) that shows the row's name (a column named must be a header of the page)."""
        clause = part.strip(" .")
        quoted_dated = re.match(
            r"^[\"“](?P<row>[^\"”]+)[\"”]\s+(?:is|are|was|were)\s+(?:now\s+|still\s+)?[\w ]+?\s+"
            r"(?:on|at|for|until|by|in)\s+(?P<value>\d[^\"“”]*)$",
            clause,
            re.I,
        )
        data_dated = re.match(
            r"^(?P<row>[^\"“”]+?)\s+(?:is|are|was|were)\s+(?:now\s+|still\s+)?(?:due|booked|set|scheduled)\s+"
            r"(?:(?:on|at|for|until|by|in)\s+)?(?P<value>\d[^\"“”]*)$",
            clause,
            re.I,
        )
        if dated := quoted_dated or (data_dated if data_dated and data_dated["row"] in self.known_data() else None):
            # '"The Left Hand of Darkness" is due on 2026-12-24', "Dune is due 19 Jun 2024": that date in that row
            self.last_row_text = dated.group("row")
            return self._text_in_row(dated.group("row"), dated.group("value"), block)
        its = re.match(
            r"^(?:its|their)\s+(?:row|line|card|item|entry)\s+(?:now\s+|still\s+)?(?:reads?|shows?|says?|contains?|lists?)"
            r"\s+[\"“](?P<value>[^\"”]+)[\"”]$",
            clause,
            re.I,
        )
        if its and self.last_row_text:
            # "its row reads "Renewed 1 of 2 times"": in the row the check before named
            return self._text_in_row(self.last_row_text, its.group("value"), block)
        row_named = self.last_row_text or self.last_mentioned
        figure = re.match(r"^(?i:it)\s+(?:now\s+|still\s+)?(?:reads|says|shows)\s+(?P<value>[^\"“”]*\d[^\"“”]*)$",
                          clause)
        if figure and row_named and any(  # (an element's whole text, as it is drawn: not a retelling)
            match(e.text, figure["value"], exact=True) >= MatchLevel.TEMPLATE for e in self.inventory
        ) and self._text_in_row(row_named, figure["value"], block, _CARDS):
            return True  # "click Sign up on Sorting donations; it shows 3 of 4 volunteers": that row
        said = re.match(
            r"^(?:the\s+)?(?P<row>[^\"“”]+?)(?:\s+(?:row|line|card|item|entry))?\s+(?:now\s+|still\s+)?"
            r"(?:shows?|says?|reads?|displays?)\s+(?:[\"“](?P<value>[^\"”]+)[\"”]|(?P<bare>[A-Z0-9£$€][^\"“”]*))$",
            clause,
            re.I,
        )
        if said and said.group("row").strip() in self.known_data():
            # 'the Salbutamol inhaler row says "No refills left"', "Sorting donations shows 2 of 4
            # volunteers": in the row that data names
            value = said.group("value") or said.group("bare")
            return self._text_in_row(said.group("row"), value, block, _CARDS)
        if priced := re.match(
            r"^(?:the\s+)?(?:[\w -]+?\s+(?:lists|shows)\s+)?(?P<row>[\w '&-]+?)\s+(?:at|for|costs?|priced at)\s+"
            r"(?P<value>[$€£]\d[\d,]*(?:\.\d+)?)$",
            clause,
            re.I,
        ):
            return self._text_in_row(priced.group("row"), priced.group("value"), block)
        m = re.match(
            r"^(?:the\s+)?(?P<col>[\w -]+?)\s+(?:of|for)\s+(?P<row>.+?)\s+(?:is|shows?|reads?|says?)\s+(?P<value>.+)$",
            clause,
            re.I,
        ) or re.match(
            r"^(?:the\s+)?(?P<row>.+?)(?:\s+row)?\s+(?:shows?|has|lists?|contains?)\s+(?P<value>.+?)\s+(?:in|under)\s+"
            r"the\s+(?P<col>[\w -]+?)\s+column$",
            clause,
            re.I,
        )
        if m is None:
            return False
        headers = [e for e in self.inventory if e.role == "columnheader"]
        if not any((h.text.static_text() or "").lower() == m.group("col").strip().lower() for h in headers):
            return False  # a column the page heads
        value = (quoted_texts(m.group("value")) or [m.group("value").strip()])[0]
        return self._text_in_row(m.group("row"), value, block, ("row",))

    def _text_in_row(
        self, named: str, value: str, block: Block, roles: tuple[str, ...] = ("row", "listitem"), absent: bool = False
    ) -> bool:
        """`value` inside (or, `absent`, not inside) the one row or list item that shows `named`
        (data, or its own words)."""
        row = (quoted_texts(named) or [named.strip()])[0]
        if re.search(r"\s(?:line|row)$", row.strip(" .")) and "row" in roles:
            roles = ("row",)  # ("the sourdough line": the basket's table row, not the shop's list item)
        row = self._datum_named(row) or row
        holder = self._row_showing(row, roles)
        if holder is None or holder.role is None:
            return False
        query = Query("text", value, within=Query("role", holder.role), within_text=row)
        block.actions.append(Action("expect_absent" if absent else "expect_visible", Target(query, holder)))
        self.last_row_check = (value, roles)  # what "the X row does not" denies next
        self.last_row_text = row  # what "its ..." refers to next
        return True

    def _row_control_says(self, part: str, block: Block) -> bool:
        """ "its button says Signed up": the one button of the row the step before named."""
        control = re.match(
            r"^(?i:its|their)\s+(?P<role>button|link)\s+(?:now\s+|still\s+)?(?:reads?|says?|shows?)\s+"
            r"(?:[\"“](?P<value>[^\"”]+)[\"”]|(?P<bare>[A-Z0-9£$€][^\"“”]*))$",
            part.strip(" ."),
        )
        row_named = self.last_row_text or self.last_mentioned
        if control is None or not row_named:
            return False
        return self._control_text_in_row(row_named, control["role"], control["value"] or control["bare"], block)

    def _datum_named(self, words: str) -> str | None:
        """ "the sourdough line": the one string of the data that holds those words, in any case
        ("Sourdough loaf"), a row's "line", "row" or "card" aside."""
        said = re.sub(r"^(?:the|my|your)\s+|\s+(?:line|row|card|item|entry)$", "", words.strip(" ."), flags=re.I)
        data = self.known_data()
        if not said:
            return None
        # (an id the data also holds, "sourdough", is not what the row shows: "Sourdough loaf" is)
        found = [d for d in data
                 if re.search(rf"(?<!\w){re.escape(said)}(?!\w)", d, re.I) and d.lower() != said.lower()]
        found = [d for d in found if not any(o != d and o in d for o in found)]  # (not "Added Aged cheddar to ...")
        return found[0] if len(found) == 1 else said if said in data else None

    def _row_showing(self, row: str, roles: tuple[str, ...]) -> Element | None:
        """The one innermost row (list item, card) that shows `row` (data, or its own words)."""
        data = self.known_data()
        rows = [
            e
            for e in self.inventory
            if e.role in roles
            and ((e.repeated and row in data) or match(e.text, row) == MatchLevel.LITERAL)
            and not any(c.role in roles for c in self.inventory.descendants(e))
        ]
        return rows[0] if len(rows) == 1 else None

    def _control_text_in_row(self, named: str, role: str, value: str, block: Block) -> bool:
        """The one `role` control of the row (list item, card) that shows `named` has the text."""
        holder = self._row_showing(named, _CARDS)
        controls = [c for c in self.inventory.descendants(holder) if c.role == role] if holder is not None else []
        if holder is None or len(controls) != 1 or holder.role is None:
            return False
        query = Query("role", role, within=Query("role", holder.role), within_text=named)
        block.actions.append(Action("expect_contains", Target(query, controls[0]), value=value))
        return True

    def _row_does_not(self, part: str, block: Block) -> bool:
        """ "the Recycling row shows Missed, the General waste row does not": the text the row
        check before found, absent from that other row."""
        m = re.match(
            r"^(?:but\s+)?(?:the\s+)?(?P<row>.+?)(?:\s+(?:row|line|card|item|entry))?\s+(?:does|do)\s*(?:not|n't)$",
            part.strip(" ."),
            re.I,
        )
        if m is None or self.last_row_check is None:
            return False
        value, roles = self.last_row_check
        return self._text_in_row(m.group("row"), value, block, roles, absent=True)

    def _field_message_shown(self, part: str, negative: bool, block: Block) -> bool:
        """ "An error appears under the Nickname field": that field's own message is there;
        "the phone error is gone": it is not (the texts it was checked to show are absent)."""
        m = re.match(
            r"^(?:an?\s+|the\s+)?(?:error|message|warning|hint)(?:\s+message)?\s+(?:appears?|is shown|shows up|"
            r"is displayed)\s+(?:under|below|next to|beside|by|for|on)\s+(?:the\s+)?(?P<field>.+?)(?:\s+field)?$",
            part.strip(" ."),
            re.I,
        )
        if m is not None and not negative:
            return self._absent_field_message(m.group("field"), block, present=True)
        gone = re.match(
            r"^(?:the\s+)?(?P<field>[\w -]+?)\s+(?:field\s+)?(?:error|message|warning|hint)s?(?:\s+message)?\s+"
            r"(?:is|are|has|have)\s+(?:now\s+)?(?:gone|hidden|disappeared|cleared|"
            r"no longer (?:shown|displayed|visible))$",
            part.strip(" ."),
            re.I,
        )
        if gone is None or not content_words(gone.group("field")):
            return False
        field = self.find_by_words(gone.group("field"), "field")
        holder = self._field_message(field) if field is not None else None
        if holder is None:
            return False
        texts = [t for t in dict.fromkeys(self.checked_texts) if match(holder.text, t) >= MatchLevel.GUESSED]
        if texts:
            block.actions += [Action("expect_absent", Target(Query("text", t), holder)) for t in texts]
            return True
        return self._add(block, "expect_absent", holder, part) if self.target(holder) else False

    def _field_message(self, field: Element) -> Element | None:
        """A field's own message: the element its `aria-describedby` names, else the element
        rendered under a condition right after it, that an id, class or role calls a message."""
        described = field.attr("aria-describedby")
        named = [e for e in self.inventory if described and e.element_id == described]
        if len(named) == 1:
            return named[0]
        after = next((e for e in self.inventory if e.index > field.index and e.parent == field.parent
                      and e.tag not in FORM_FIELDS and e.tag != "label"), None)
        keys = {"error", "warning", "invalid", "problem", "message", "hint"}
        if after is not None and after.conditional and (after.role == "alert" or _attr_words(after) & keys):
            return after
        return None

    def _controlled_shown(self, part: str, negative: bool, block: Block) -> bool:
        """ "(click the question) ... its answer is shown", "the description text is hidden"
        (a Description tab): the element that the control just used, or the control the words
        name, names in `aria-controls` is there (or not)."""
        m = re.match(r"(?:(?P<its>its|their)|the\s+(?P<name>[\w ()-]+?))\s+(?P<noun>[\w-]+)\s+(?:is|are)\s+"
                     r"(?:now\s+|still\s+)?(?:shown|visible|displayed|open|expanded|hidden|gone|closed|not shown|"
                     r"no longer (?:shown|visible|displayed))\b", part.strip(), re.I)
        if m is None:
            return False
        if m.group("its"):
            last = self.last_target.element if self.last_target is not None else None
        else:  # a control whose name the words before the noun are
            controls = [e for e in self.inventory if "aria-controls" in e.attrs and e.name.static_text()]
            named = [e for e in controls if (e.name.static_text() or "").lower() == m.group("name").lower()]
            last = named[0] if len(named) == 1 and m.group("noun").lower() in _CONTROLLED_NOUNS else None
        controlled = last.attr("aria-controls") if last is not None else None
        owned = [e for e in self.inventory if controlled and e.element_id == controlled]
        if len(owned) != 1 or (target := self.target(owned[0])) is None:
            return False
        if not m.group("its") and sum(e.attr("aria-controls") == controlled for e in self.inventory) > 1:
            return False  # one panel every tab shows its text in: no panel of the Overview tab's own
        hidden = negative or bool(re.search(r"\b(?:hidden|gone|closed)\b", part, re.I))
        verb = ("expect_hidden" if self._kept_hidden(owned[0]) else "expect_absent") if hidden else "expect_visible"
        block.actions.append(Action(verb, target))
        return True

    def _row_keyed_figure(self, part: str, block: Block) -> bool:
        """ "The Coffee Mug quantity is 3", "its line total is $37.50": the element of that
        row whose test id or id the code builds from the row's key (`qty-${item.sku}`) and
        whose other words name what the clause names ("qty" for quantity too)."""
        m = re.match(
            r"^(?P<subject>.+?)\s+(?:now\s+|still\s+)?(?:is|are|shows?|reads?|equals?|has|have|stays? on|"
            r"(?:is|are)\s+(?:now\s+|still\s+)?(?:on|back\s+(?:on|to)|down\s+to|up\s+to))\s+(?:now\s+|still\s+)?"
            r"(?P<value>[$€£]?\d[\d,]*(?:\.\d+)?%?)(?:\s+(?P<noun>left|remaining|to go|points?))?$",
            part.strip(" ."),
            re.I,
        )  # ("Asha has 321 left", "Ben is on 456": the figure of the row the name keys)
        subject = m.group("subject") if m is not None else ""
        if m is None:
            return False
        named = [
            (row, value)
            for row in self.inventory.data_rows
            for value in row.values()
            if len(value) > 2 and re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", subject)
        ]
        if len(named) == 1:
            self.last_row_text, subject = named[0][1], subject.replace(named[0][1], " ")
        elif named or not re.match(r"(?:its|their)\b", subject.strip(), re.I):
            return False
        row = next((r for r in self.inventory.data_rows if self.last_row_text in r.values()), {})
        words = content_words(f"{subject} {m.group('noun') or ''}") - {"its", "their"}
        found = []
        for element in self.inventory:
            key = element.attrs.get("data-testid") or element.attrs.get("id")
            if key is None or element.tag in FORM_FIELDS:
                continue
            for value in row.values():  # `qty-${sku}` filled with the row's key, or written out
                filled = key.static_text() or "".join(
                    s.options[0] if s.closed else value for s in key.segments if s.closed or value in s.options
                )
                rest = filled.replace(value, " ", 1) if value in filled else ""
                have = _id_words(rest)
                worded = all(any(_abbreviates(h, w) for w in words) for h in have)
                if have and worded and match(key, filled, exact=True):
                    found.append((element, filled))
        if len(found) != 1:
            return False
        element, filled = found[0]
        query = Query("test_id" if "data-testid" in element.attrs else "css_id", filled)
        whole = not element.text.has_literal or _whole_text(element, m.group("value"))
        verb = "expect_text" if whole else "expect_contains"
        block.actions.append(Action(verb, Target(query, element), value=m.group("value")))
        return True

    def _in_named_area(self, part: str, negative: bool, block: Block) -> bool:
        """ "Gift wrapping is no longer in the summary": words the component renders as they
        stand, inside the one landmark or group whose name has the words named ("Order
        summary"), there or not."""
        m = re.match(
            r"^(?P<text>.+?)\s+(?:is|are)\s+(?:still\s+|now\s+|no longer\s+|not\s+|also\s+)*(?:listed\s+|shown\s+)?"
            r"(?:in|under|inside|within)\s+(?:the\s+)?(?P<where>[\w -]+?)$",
            part.strip(" ."),
            re.I,
        )
        wanted = content_words(m.group("where")) if m is not None else set()
        areas = [
            e
            for e in self.inventory
            if e.role in ("region", "complementary", "group", "navigation", "form", "list", "tabpanel", "dialog")
            and wanted
            and wanted <= content_words(e.name.static_text() or "")
            and not e.repeated
        ]
        if m is None or len(areas) != 1 or areas[0].role is None:
            return False
        area = Query("role", areas[0].role, name=areas[0].name.static_text())
        found = self._inside(resolve(self.inventory, Query("text", m.group("text"))), areas[0])
        if found.count != 1 or found.level != MatchLevel.LITERAL:
            return False
        query = Query("text", m.group("text"), within=area)
        verb = "expect_absent" if negative else "expect_visible"
        block.actions.append(Action(verb, Target(query, found.elements[0])))
        return True

    def _inside(self, found: Resolution, holder: Element) -> Resolution:
        inside = tuple(e for e in found.elements if any(a is holder for a in self.inventory.ancestors(e)))
        return Resolution(inside, found.level, found.by_text)

    def _text_assertion(
        self,
        quote: str,
        lower: str,
        negative: bool,
        block: Block,
        precondition: bool,
        scope: Target | None = None,
    ) -> None:
        noun, role = next(
            ((n, r) for n, r in ROLE_NOUNS.items() if re.search(rf"\b{n}\b", lower)), ("", None)
        )
        query = Query("text", quote)
        element = None
        if role is None and _DIALOG_NOUN.search(lower):  # 'a confirmation asking "X" opens'
            named = [
                r for r in ("dialog", "alertdialog") if resolve(self.inventory, Query("role", r, name=quote)).count
            ]
            role = named[0] if len(named) == 1 else None
        if role and role not in ("alert",):
            by_role = Query("role", role, name=quote)
            if resolve(self.inventory, by_role).count == 1:
                query = by_role
            elif lower.count('"…"') == 1 and re.search(rf'\b{noun}\s+"…"', lower) and all(
                e.role != role for e in resolve(self.inventory, query, self.typed).elements
            ):
                # 'the heading "X"' whose text comes from data the inventory cannot follow,
                # or that only an element of another role shows: look for what the step names
                query = by_role
        result = resolve(self.inventory, query, self.typed)
        options_only = bool(result.elements) and all(e.tag == "option" for e in result.elements)
        if not negative and query.kind == "text" and options_only:
            # "the 18:00 slot of Washer 2 is taken": a dropdown's option is never shown as text on the
            # page; the words are about something else
            block.todos.append(Issue(f"TODO: {quote!r} is a dropdown's option, no text on the page: check by hand",
                                     "warning"))
            return
        if scope is not None and scope.element is not None:  # only what the section holds
            inside = self._inside(result, scope.element)
            if not inside.elements and any(e is scope.element for e in result.elements):
                inside = Resolution((scope.element,), result.level, result.by_text)  # ("Soil" in the section's text)
            if not inside.elements:  # a row of data the section draws ({card.title}): one of its copies
                holders = [d for d in self.inventory.descendants(scope.element)
                           if not d.children and match(d.text, quote) >= MatchLevel.GUESSED]
                inside = Resolution(tuple(holders[:1]), MatchLevel.GUESSED, True)
            if inside.elements or negative:
                result, query = inside, replace(query, within=scope.query)
        if result.count == MANY and query.kind == "text":
            exact = replace(query, exact=True)
            found = resolve(self.inventory, replace(exact, within=None))
            if scope is not None and scope.element is not None and exact.within is not None:
                found = self._inside(found, scope.element)
            if found.count == 1:
                query, result = exact, found
        typed = any(quote.lower() in t.lower() for t in self.typed)
        if result.count == MANY and scope is None and not negative and not typed and re.search(
            r"\b(?:listed|(?:in|on)\s+the\s+list)\b", lower
        ):  # '"Unit 4, ..." is still in the list' (a dialog quotes it too): the one list's copy
            lists = [e for e in self.inventory if e.role == "list" and not e.repeated]
            inside = self._inside(result, lists[0]) if len(lists) == 1 else result
            if inside.count == 1:
                result, query = inside, replace(query, within=Query("role", "list"))
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
        # (a text only a hole of an element takes, no element writing its words in a row: a retelling)
        loose = result.level <= MatchLevel.TEMPLATE and not any(_says_in_a_row(e, quote) for e in result.elements)
        if (result.count == 0 or loose) and not negative and (
            retold := self._retold_message(quote)
        ) is not None and (result.count == 0 or [r.lower() for r in retold[1]] != [quote.lower().strip(" .")]) and (
            self._check_retold(block, *retold)
        ):  # (a text found, that the message writes whole: found as before)
            # ("refused - online quotes only go up to 8 rooms": the message's own words it keeps)
            return
        if result.count == 0:
            block.todos.append(
                Issue(
                    f"expected text {quote!r} is not rendered by {self.inventory.component}: "
                    "the test will fail until it is",
                    "warning",
                )
            )
        elif result.count == MANY and not negative and len(result.elements) == 1 and result.elements[0].repeated and (
            result.elements[0].conditional
        ):  # a text some rows show under a condition ("Renewal limit reached"): shown in one of them
            block.actions.append(Action("expect_any", Target(query, result.elements[0])))
            return
        elif result.count == MANY and not negative and not typed_only:
            block.todos.append(
                Issue(f"TODO: {quote!r} matches several elements; check it by hand", "warning")
            )
            return
        if (
            query.kind == "text" and element is not None and result.level == MatchLevel.TEMPLATE
            and re.search(r"(?<![\w'])[xyzn](?![\w'])", quote, re.I)
            and (placeholder := unique_locator(self.inventory, element)) is not None and placeholder.kind != "text"
        ):  # 'the "x of y chargers free" summary': letters standing for the figures the code fills in
            query = placeholder
        if negative and query.kind == "text" and query.within is None and scope is None and (any(
            e.tag == "option" and match(e.text, quote) >= MatchLevel.GUESSED for e in self.inventory
        ) or (quote in self.mocked and any(e.tag == "option" and e.repeated for e in self.inventory))) and (
            holder := self._rows_holder()
        ) is not None:
            # "no hive from the Orchard apiary appears": none of the rows, while the dropdown
            # that filters them still offers Orchard
            query = replace(query, within=holder)
        verb = "expect_absent" if negative else "expect_visible"
        if query.kind == "role" and query.value in ("link", "button") and not negative:
            self.last_target = Target(query, element)  # "the menu link reads X. Follow that link"
        if negative and element is not None and self._kept_hidden(element):
            verb = "expect_hidden"  # still on the page, hidden: no count of 0 would ever hold
        block.actions.append(Action(verb, Target(query, element)))

    def _rows_holder(self) -> Query | None:
        """What holds the page's one kind of rows of data: a table's body, or the list so named."""
        rows = self._data_row_elements()
        if len(rows) != 1:
            return None
        ancestors = list(self.inventory.ancestors(rows[0]))
        if rows[0].role == "row" and any(a.tag == "tbody" and not a.repeated for a in ancestors):
            return Query("css", "tbody")
        named = next((a for a in ancestors if a.role == "list" and a.name.static_text()), None)
        return Query("role", "list", name=named.name.static_text()) if named is not None else None

    def _kept_hidden(self, element: Element) -> bool:
        """Whether the element is hidden by a `hidden` attribute (its own or an ancestor's)
        rather than left out: it stays in the page, not shown."""
        return any("hidden" in e.attrs for e in (element, *self.inventory.ancestors(element)))


def _has_words(pattern: TextPattern) -> bool:
    """Whether the text's literal parts hold a word (not only spaces and punctuation)."""
    return any(seg.closed and re.search(r"[^\W\d_]", "".join(seg.options)) for seg in pattern.segments)


def _literal_words(element: Element) -> set[str]:
    """The words the element's text writes itself (lower case), its holes aside."""
    return {w for seg in element.text.segments if seg.closed and len(seg.options) == 1
            for w in re.findall(r"[\w'’]+", seg.options[0].lower())}


def _written_tokens(element: Element) -> list[list[str]]:
    """The words of each way the element's text can read, lower case, HOLE_MARK for a hole (a hole
    the code fills from known values holds one of them: `${wood.name}` no "ash go")."""
    guessed = TextPattern(tuple(Segment(s.options) if not s.closed and s.options and not s.weak else s
                                for s in element.text.segments))
    return [re.findall(rf"{HOLE_MARK}|[\w'’]+", x.lower()) for x in guessed.expansions() if x.strip(HOLE_MARK + " ")]


def _says_in_a_row(element: Element, words: str) -> bool:
    """Whether the words stand in a row in the element's text (or it is state, any text):
    "Priya Shah paid £12.00" is a retelling of "Thank you {…}! You paid {…}.", not its words."""
    written = _written_tokens(element)
    run = re.findall(r"[\w'’]+", words.lower())
    return not written or any(_run_in(run, tokens, HOLE_MARK) for tokens in written)


# a word, a figure as one ("£15.00", "12:30"), or a hole
_TOKEN = re.compile(rf"{HOLE_MARK}|[£$€]?\d+(?:[.,:]\d+)*%?|[\w'’]+")


# the states a control drawn for one row is said to be in ("the leeks can't be swapped any more")
_ROW_CONTROL_STATES = ("disabled", "enabled", "checked", "unchecked", "readonly", "editable")


def _said_across_children(inventory: Inventory, element: Element, said: str) -> list[str]:
    """ "the quote shows 5 hours at £12.00 an hour" where the section writes "5 hours" and
    "£12.00 an hour" in two paragraphs: the pieces as said, each the whole text of one of the
    element's children, in their order (the words between them, "at", "×", "=", a comma,
    dropped); [] unless every piece is one."""
    texts = [child for c in element.children if not (child := inventory.elements[c]).text.is_empty]
    pieces = [p.strip() for p in re.split(r"\s+(?:at|for|per|x|×|=|-|–|and)\s+|,\s*", said) if p.strip()]
    if not 2 <= len(pieces) <= len(texts):
        return []
    at = 0
    for piece in pieces:
        while at < len(texts) and match(texts[at].text, piece, exact=True) < MatchLevel.TEMPLATE:
            at += 1
        if at == len(texts):
            return []
        at += 1
    return pieces


def _shared_runs(element: Element, said: str, least: int = 3) -> list[str]:
    """The runs of words a retelling shares with the element's text (one of `least` words at least,
    the others of two), as the element writes them ("Check-out must be", "after check-in" of
    "check-out must be after check-in"; a figure said where the text has a hole, "paused for 4
    weeks"), from the reading of the text that shares the most words."""
    spans = list(_TOKEN.finditer(said))
    words = [m.group(0).lower() for m in spans]
    best: list[str] = []
    for text in element.text.expansions(fill_holes=True, weak=False):
        token_spans = list(_TOKEN.finditer(text))
        tokens = [m.group(0).lower() for m in token_spans]
        runs: list[tuple[int, str]] = []
        pending = [(0, len(words), 0, len(tokens))]
        while pending:  # the longest common run, then the same on each side of it, in order
            w0, w1, t0, t1 = pending.pop()
            size, at_w, at_t = max(((k, i, j) for i in range(w0, w1) for j in range(t0, t1)
                                    for k in [_common_length(words, i, w1, tokens, j, t1)]), default=(0, 0, 0))
            if size < 2:
                continue
            # (as the text writes it, its own punctuation between the words: "£60.00 (minimum charge
            # applies" of "£60.00, minimum charge applies"; what fills a hole as said)
            # (where the text's punctuation differs from the retelling's, the run is cut there:
            # "£60.00" and "minimum charge applies" of "£60.00, minimum charge applies")
            start = 0
            for k in range(1, size + 1):
                if k < size and (text[token_spans[at_t + k - 1].end() : token_spans[at_t + k].start()].strip()
                                 == said[spans[at_w + k - 1].end() : spans[at_w + k].start()].strip()):
                    continue
                piece = said[spans[at_w + start].start() : spans[at_w + k - 1].end()]
                if k - start > 1 or tokens[at_t + start] == HOLE_MARK:
                    runs.append((at_w + start, _as_rendered(element, piece)))
                start = k
            pending += [(at_w + size, w1, at_t + size, t1), (w0, at_w, t0, at_t)]
        # (a run of two words where the retelling keeps a longer one too: "after arrival")
        if any(len(_TOKEN.findall(r)) >= least for _, r in runs) and (
            sum(len(r.split()) for _, r in runs) > sum(len(r.split()) for r in best)
        ):
            best = [r for _, r in sorted(runs)]
    return best


def _common_length(words: list[str], i: int, w_end: int, tokens: list[str], j: int, t_end: int) -> int:
    """How many words from words[i] equal the tokens from tokens[j] (a hole takes a figure),
    0 where none of them is a word the text writes itself."""
    size = literal = 0
    while i + size < w_end and j + size < t_end and (
        words[i + size] == tokens[j + size] != HOLE_MARK
        or (tokens[j + size] == HOLE_MARK and re.match(r"[£$€]?\d", words[i + size]) is not None)
    ):
        literal += tokens[j + size] != HOLE_MARK
        size += 1
    return size if literal else 0


def _run_in(run: list[str], tokens: list[str], hole: str) -> bool:
    """Whether the words stand in a row among the tokens, a hole taking up to three of them (and
    one word at least standing as written)."""

    def matches(at_run: int, at_token: int, literal: bool) -> bool:
        if at_run == len(run):
            return literal
        if at_token == len(tokens):
            return False
        if tokens[at_token] == hole:
            most = min(3, len(run) - at_run)
            return any(matches(at_run + taken, at_token + 1, literal) for taken in range(most + 1))
        return tokens[at_token] == run[at_run] and matches(at_run + 1, at_token + 1, True)

    return any(matches(0, start, False) for start in range(len(tokens)))
