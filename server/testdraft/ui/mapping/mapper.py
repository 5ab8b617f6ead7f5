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

import json
import re
from dataclasses import replace

from testdraft.ui.inventory import FORM_FIELDS, Element, Inventory, MatchLevel, Query, match
from testdraft.ui.issues import Issue
from testdraft.ui.mapping.actions import Action, Block, MappedTest, Target
from testdraft.ui.mapping.assertions import AssertionMapper, note_unchecked
from testdraft.ui.mapping.lookup import name_start, names_of, never_together, trim_scope
from testdraft.ui.mapping.wording import (
    CHANGE_TO,
    DECLARATIVE,
    ORDER_LIST,
    PRONOUN,
    QUOTED,
    REPEAT,
    anchor_expected,
    content_words,
    mask_quotes,
    quoted_texts,
    split_clauses,
    split_list,
    split_outside_quotes,
    state_word,
    times_said,
    unquoted_value,
    word_stems,
)
from testdraft.ui.steps import ACTION_VERBS, Mock, TestCase

_BROWSER_BACK = re.compile(
    r"\bbrowser(?:'s|s)?\s+back(?:\s+button|\s+arrow)?\b|\bback\s+(?:button|arrow)\s+of\s+the\s+browser\b"
    r"|\bgo(?:es)?\s+back\s+in\s+(?:the\s+)?browser\b"
)


class Mapper(AssertionMapper):
    """Maps one test case onto one component's inventory: actions here, checks inherited."""

    only_looked = False  # the last clause named an element to look at and asked for no action

    def map_action(self, clause: str, block: Block) -> bool:
        """Append the actions of an imperative clause; False if it is not one."""
        if on_page := re.match(r"^on (?:the )?[\"“]([^\"”]+)[\"”][^,]*,\s*", clause, re.I):
            self._text_assertion(on_page.group(1), "", False, block, precondition=True)
            clause = clause[on_page.end() :]
            if re.match(r"(verify|check|ensure|confirm)\b", clause, re.I) and not quoted_texts(
                clause
            ):
                return True  # "check the summary": the expected results say what to check
        text = re.sub(  # ("Starting from the pattern list, I open ...": where it starts, then the action)
            r"^(?:then|now|finally|again|also|this time)\s+|^(?:(?:starting|beginning) )?(?:on|from|at) [^,\"“]+,\s*",
            "",
            clause, flags=re.I
        )
        # "On the summary go Back twice": where it is done, then what
        text = re.sub(rf"^(?i:on|from|in)\s+the\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?=(?i:{ACTION_VERBS})\s)", "", text)
        # "Now try to also pick B6": the action tried (whatever the page then refuses)
        if tried := re.match(r"(?:try|attempt)\s+to\s+(?:also\s+)?", text, re.I):
            start = len(block.actions)
            acted = self.map_action(text[tried.end() :], block)
            # ("Try to pick the Minor section", a radio the code may disable: a click it may refuse)
            block.actions[start:] = [
                Action("try_click", a.target) if a.verb in ("click", "check", "uncheck") and a.target is not None
                and a.target.element is not None and "disabled" in a.target.element.attrs else a
                for a in block.actions[start:]
            ]
            return acted
        # prose: "I go to ...", "we open ..."
        subject = r"^(?:I|we)\s+(?!(?:am|are|is|should|must|see|can|will|have|do|don't|cannot|can't)\b)(?=[a-z])"
        text = re.sub(subject, "", text)
        if opted := self._opted(text, block) or self._control_of_named_card(text, block):
            return opted
        # "Change the top number to 260 (bottom stays 90)": a note of what stays, no action
        text = re.sub(r"\s*\([^()\"“]*\b(?:stays?|remains?|unchanged|still|as before)\b[^()\"“]*\)", "", text)
        # "leave the arm on Left": set so, as it may be already
        text = re.sub(r"^(?i:leave)\s+(?:the\s+)?(?P<what>[^\"“]+?)\s+(?:on|at|as)\s+(?=[A-Z0-9\"“])",
                      r"set the \g<what> to ", text.strip())
        if both := re.fullmatch(r"(?P<verb>type|enter|put|write)\s+(?P<value>[^\s\"“]+|[\"“][^\"”]+[\"”])\s+"
                                r"in(?:to)?\s+both\s+(?:the\s+)?(?P<a>[^,]+?)\s+and\s+(?:the\s+)?(?P<b>[^,]+?)"
                                r"(?:\s+(?:boxes|box|fields|field|inputs))?", text.strip(" ."), re.I):
            # "type 90 in both the systolic and the diastolic box": the value in each
            value = (quoted_texts(both["value"]) or [both["value"]])[0]
            done = [self.map_action(f'{both["verb"]} "{value}" in the {field} box', block)
                    for field in (both["a"], both["b"])]
            return all(done)
        if self.last_mentioned:  # "press + on its basket line": the row of the data named last
            text = re.sub(r"\s+on\s+(?:its|their|his|her)\s+(?:[\w-]+\s+)?(?:line|row|card|entry|item)$",
                          f' for "{self.last_mentioned}"', text.strip(" ."))
        text = re.sub(r"\s+from\s+(?:there|here)\b", "", text, flags=re.I)  # "Open Lentil soup from there"
        # "Open Capanna Regina Margherita next": when, not what (not "click Next": a name)
        text = re.sub(r"^(\w+\s+\S+\s+.*?)\s+(?:next|after that|afterwards|now)\s*\.?$", r"\1", text)
        if edited := re.match(  # "change the end of the address by hand to #/huts/atlantis": that route
            r"^(?:change|set|edit|replace|alter|type|enter|put)\s+(?:the\s+)?(?:end of the\s+|last part of the\s+)?"
            r"(?:address|url|location|web address|path|hash)(?:\s+bar)?(?:\s+by hand|\s+manually)?\s+(?:to|with)\s+"
            r"[\"“]?(?P<path>[#/]\S*?)[\"”]?$", text.strip(" ."), re.I,
        ):
            block.actions.append(Action("goto", value=edited.group("path")))
            return True
        # "In the Sort dropdown, pick Newest", "In the popup click "Keep"": the action, then where
        # ("Under Hide dishes containing, tick Nuts": where, then the action)
        text = re.sub(r"^(?:in|under|inside|within) the (.+?),\s*(\w+)\s+(.+)$", r"\2 \3 in the \1", text, flags=re.I)
        where_first = rf"^(?:under|in|inside|within) ([^,\"“]+),\s*(?=(?:{ACTION_VERBS})\b)(.+)$"
        if (under := re.match(where_first, text, re.I)) and (
            self._area_named(f"the {under.group(1)} section") is not None
            or any(under.group(1).lower() == (e.name.static_text() or "").lower() for e in self.inventory
                   if e.role in ("group", "region", "list", "tabpanel", "dialog", "form"))
        ):
            text = under.group(2)  # (the area the page names so: its controls are the page's)
        inside = rf"^(?:in|inside|within|into) the ([\w'’-]+(?: [\w'’-]+){{0,2}}?) ({ACTION_VERBS}) (.+)$"
        text = re.sub(inside, r"\2 \3 in the \1", text, flags=re.I)
        if (stated := re.match(r"(?P<name>.+?)\s+(?:is|are|stays?|remains?)\s+(?:still\s+|now\s+)?"
                               r"(?:greyed out|grayed out|disabled|enabled)\b", text.strip(" ."), re.I)) and any(
            stated.group("name").lower() in (n.lower() for n in names_of(e)) for e in self.inventory
            if e.role in ("button", "link")
        ):
            return False  # "Send consent is greyed out because ...": the button named so, a check, no click
        # "Fill in Maya Okafor as the pupil": a value and the field it goes in
        text = re.sub(r"^(?i:fill in)\s+(?=[A-Z0-9].*\s+as\s+(?:the|your|my|a|an)\s)", "enter ", text)
        if (joined := re.match(r"^(?P<a>.+?)\s+and\s+(?:then\s+)?(?P<b>[a-z]+\b.*)$", text.strip(" ."))) and (
            clicked := self._click_named(joined["b"], block)
        ) is not None:  # "type 8 in Weeks and hold the course": that action, then the button "Hold course"
            went = self.map_action(joined["a"], block)
            block.actions.append(Action("click", clicked))
            self.last_target = clicked
            return went
        lower = text.lower()
        quotes = quoted_texts(text)
        fields = [self._field_by_first_word(p) for p in split_outside_quotes(text, r"\s*,\s*(?:and\s+)?|\s+and\s+")]
        if fields and all(fields):  # "start at 19:00 and end at 18:00": the Start time and End time dropdowns
            for by_word in fields:
                assert by_word is not None
                self._add(block, "select" if by_word[0].tag == "select" else "fill", by_word[0], text, value=by_word[1])
            return True
        if looked := re.match(
            r"^(?:look at|find|locate|inspect|examine|note)\s+(?:the\s+)?(?P<what>.+?)\s+"
            r"(?P<noun>button|link|tab|checkbox|switch|field|box|dropdown)\b(?:\s+(?:at|on|in|under|below|above|near)\s+[^,]+?)?"
            r"(?:\s+(?:before|without)\s+[\w ]+)?$", text.strip(" ."), re.I,
        ):  # "Look at the Request booking button at the bottom of the form before doing anything":
            # no action; the button the expected results of this step call "the button"
            kind = {"field": "field", "box": "field", "dropdown": "select", "checkbox": "checkable",
                    "switch": "checkable"}.get(looked.group("noun").lower(), "clickable")
            element = self.find_by_quote(looked.group("what"), kind, text)
            target = self.target(element) if element is not None and (
                content_words(looked.group("what")) <= content_words(" ".join(names_of(element)))
            ) else None
            if target is not None:
                self.last_target = target
                self.only_looked = True
                return True
        if not quotes and (built := self.built_name(text)) is not None:
            # "start Write release notes", "Book Washer 2 at 10:00": the control whose name the
            # code builds from this verb and the data named (`Start ${card.title}`), whatever the verb
            block.actions.append(Action("click", built[0]))
            self.last_target = built[0]
            return True
        checking = re.match(r"(tick|check|untick|uncheck)\b", lower)
        if not quotes and (nth := self.ordinal_target(text, "checkable" if checking else "clickable")) is not None:
            # "Click the second Remove button", "remove the last item": one of its copies by position
            verb = "uncheck" if re.match(r"un", lower) else "check" if checking else "click"
            block.actions.append(Action(verb, nth))
            self.last_target = nth
            return True
        # ("make it a 3 day hire", "add 2 patio heaters": a figure and the number field its noun names)
        setting = r"(enter|type|fill|write|input|put|replace|populate|select|choose|pick|set|make it|add)\b"
        if re.match(setting, lower) and not quotes and (by_noun := self._values_by_noun(text)):
            # "Enter 4 pieces with the tallest at 22 cm", "pick 2 storeys": each figure, the field its noun names
            for element, value in by_noun:
                verb = "select" if element.tag == "select" else "fill"
                self.typed.append(value)
                self._add(block, verb, element, value, value=value)
            return True
        on_off = re.fullmatch(r"(?i:(?P<verb>take|put)\s+(?:the\s+)?(?P<what>.+?)\s+(?P<way>off|on)"
                              r"(?:\s+(?:again|instead|too|as well))*)", text.strip(" ."))
        if on_off and (on_off["verb"].lower(), on_off["way"].lower()) in (("take", "off"), ("put", "on")) and (
            self.map_action(f"{'untick' if on_off['way'].lower() == 'off' else 'tick'} {on_off['what']}",
                            scratch := Block(""))
        ) and scratch.actions and not scratch.todos:  # "Take the olives off again and put pepperoni on instead"
            block.actions += scratch.actions
            return True
        if re.match(r"put\s.+\sback\s+to\s", lower) and (changed := CHANGE_TO.match(text)) is not None:
            return self._change(text, changed, block)  # "Put the light back to Any light": a change
        typed_more = re.fullmatch(r"(?i:type|enter)\s+(?P<value>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)", text.strip(" ."))
        if typed_more and self.filled:  # "type Ola" with no field named: the field typed in last
            self.append_fill(block, Action("fill", self.filled[-1][0], value=typed_more["value"]))
            return True
        typed = re.fullmatch(r"(?i:type|write)\s+(?P<value>[A-Z][\w'’!,.-]*(?:\s+(?!(?i:in|into|as|on|under|for|to)\b)"
                             r"[\w'’!,.-]+){0,5})", text.strip(" ."))
        texts = [e for e in self.inventory if e.tag == "textarea" or e.input_type in ("text", "search")]
        if typed and not self.filled and len(texts) == 1 and (target := self.target(texts[0])) is not None:
            # "Tick Add a message in icing and type Happy 40th Dad": the page's one text box
            self.append_fill(block, Action("fill", target, value=typed["value"]))
            return True
        if re.match(r"(enter|type|fill|write|input|put|replace|populate)\b", lower):
            if (led := self._label_led_values(text, block)) is not None:
                return led
            return self._fill(text, quotes, block)
        if (changed := CHANGE_TO.match(text)) and not re.fullmatch(
            r"on|off", changed.group("value").strip(" .\"“”"), re.I
        ):
            verb = text.split()[0]
            settings = split_outside_quotes(text, r"\s+and\s+(?=(?:the\s+)?[^\"“,]+?\s+to\s+\S)")
            if len(settings) > 1:  # "set Adults to 2 and Children to 1": one change each
                for number, setting in enumerate(settings):
                    self.map_action(setting if number == 0 else f"{verb} {setting}", block)
                return True
            return self._change(text, changed, block)
        if (both := re.search(r"\bfor\s+(?:both|each|all)\s+of\s+them\b|\bfor\s+them\s+(?:both|all)\b", text)) and (
            len(self.last_named_rows) > 1
        ):  # "tick shoe hire for both of them": once for each row the clause before named
            scratch = Block("")
            for row in self.last_named_rows:
                self.map_action(f"{text[: both.start()]}for {row}{text[both.end():]}", scratch)
            if len(scratch.actions) == len(self.last_named_rows) and not scratch.todos:
                block.actions += scratch.actions
                return True
        if (added := re.fullmatch(r"(?i:add)\s+(?P<names>[A-Z][\w'-]*(?:(?:,\s*|\s+and\s+)[A-Z][\w'-]*)+)\s+as\s+"
                                  r"(?i:(?:the\s+|a\s+|an\s+)?(?P<noun>[a-z][\w -]*?))", text.strip(" ."))) and (
            self._added_each(split_list(added["names"]), added["noun"], block)
        ):  # "Add Sam, Jo and Priya as players": each name typed, then "Add player"
            return True
        moved = re.match(r"move\s+(?:the\s+)?(?P<what>.+?)\s+to\s+\S", text.strip(" ."), re.I)
        if moved and self._best_by_words(moved["what"], [e for e in self.inventory if self._kind_ok(e, "field")]):
            # "Move the finish time to 04:00": set it so
            return self.map_action(re.sub(r"^\s*move\b", "set", text, flags=re.I), block)
        swapped = re.match(r"(?:swap|exchange|trade)\s+(?:the\s+)?(?P<what>.+?)\s+(?:for|with)\s+(?P<value>.+)$",
                           text.strip(" ."), re.I)
        if swapped and any(e.tag == "select" and (self._has_option(e, swapped["value"], True) or (
            self._datum(swapped["value"]) is not None and self._options_from_data(e))) for e in self.inventory):
            return self._change(text, swapped, block)  # "swap the carrots for beetroot": a dropdown's option
        toggles = re.match(r"(?:expand|collapse|open|close|show|hide|reveal|unfold|fold)\s+(?:up\s+)?(.+)$", text, re.I)
        if toggles and (toggle := self._expandable(toggles.group(1), quotes)) is not None:
            # 'Expand "How long is the waiting list?"': the control that says it expands
            return self._add(block, "click", toggle, toggles.group(1), hint=quotes[0] if quotes else None)
        if (
            (both := re.match(r"((?:open|navigate|go|switch|return|visit)\b.+?)\s+and\s+(?:then\s+)?(\w+)\b(.*)$", text,
                              re.I))
            and not quotes
            and any(n.split()[:1] == [both.group(2).capitalize()] for e in self.inventory if e.role in _CONTROL_ROLES
                    for n in names_of(e))
        ):  # "Go to Ideas and pause alerts": two actions, the second a control's name from its first word
            went = self.map_action(both.group(1), block)
            return self.map_action(both.group(2) + both.group(3), block) and went
        if (clicked := self._click_named(text.strip(" "), block)) is not None:
            # "confirm again": the control clicked before whose name starts so ("Confirm pause")
            block.actions.append(Action("click", clicked))
            self.last_target = clicked
            return True
        repeated = rf"(\s+{REPEAT})"
        if (onto := re.fullmatch(rf"(?i:go)\s+([A-Z][\w-]*){repeated}", text.strip(" "))) and (
            self.map_action(f"click {onto.group(1)}{onto.group(2)}", scratch := Block(""))
        ) and scratch.actions and not scratch.todos:  # "go Back twice": that control, twice
            block.actions += scratch.actions
            return True
        if (onto := re.fullmatch(r"(?i:go)\s+([A-Z][\w-]*)", text.strip(" ."))) and (
            onto_control := self._control_named(onto.group(1)) or self.find_by_words(onto.group(1), "clickable")
        ) is not None and onto.group(1) in names_of(onto_control):  # "go Next": the control of that name
            return self._add(block, "click", onto_control, onto.group(1))
        stepped = re.fullmatch(rf"(?i:go|step|move)\s+back(?:\s+(?P<n>one|a|two|2)\s+(?:steps?|pages?)|\s+{REPEAT})?"
                               r"(?:\s+to\s+the\s+[\w -]+?\s+(?:page|step|screen))?", text.strip(" ."))
        if stepped and (back := self._wizard_button("back")) is not None:
            # "Go back one step", "go back twice to the items page": the wizard's Back (one name on every page)
            times = 2 if stepped["n"] in ("two", "2") else times_said(text.lower())
            return self._add(block, "click", back, text, times=times)
        if re.fullmatch(r"(?i:(?:go|move|carry on|click through)\s+(?:on\s+)?to\s+the\s+next\s+(?:page|step|screen)|"
                        r"continue|proceed|carry on|move on)(?:\s+again)?", text.strip(" .")) and (
            (forward := self._wizard_button("next", "continue", "next step")) is not None
        ):  # "go to the next page", "continue again": the wizard's Next
            return self._add(block, "click", forward, text)
        if (means := re.match(r"(?:go back|return)\b.*?\b(?:with|using|via|by clicking|by pressing)\s+(?:the\s+)?"
                              r"(?P<what>.+?)(?:\s+(?:at|on|in|near)\s+the\s+.+)?$", text.strip(" ."), re.I)) and (
            back := self._control_holding(re.sub(r"\s+(?:link|button)$", "", means.group("what"), flags=re.I))
        ) is not None:  # "Go back with the back link at the top of the page": the "‹ Back to timetable" link
            return self._add(block, "click", back, means.group("what"))
        if re.match(
            r"(open|navigate|go (?:back |directly |straight )?to|switch (?:back )?to|return to|visit|load|launch|"
            r"start)\b",
            lower,
        ):
            # Go to "#/parking" / go directly to #/recipe/x: a route of the app
            path = next((q for q in quotes if re.match(r"[/#]", q)), None) or next(
                iter(re.findall(r"(?<![\w\"“])(#/\S*|/[\w-]\S*)", QUOTED.sub(" ", text))), None
            )
            path = path.rstrip(".,;") if path is not None else None
            if path is not None:  # Go to "#/parking": a route of the app
                block.actions.append(Action("goto", value=path))
            elif quotes and (link := self.find_by_quote(quotes[0], "clickable", text)) and link.role == "link":
                # 'open the talk "Accessible forms in practice"', 'go to "My agenda"': the link so named
                return self._add(block, "click", link, quotes[0], hint=quotes[0])
            elif (control := self._navigation_control(text, quotes)) is not None:
                # "open the Basket (1) tab": its name as the step gives it, for a name with a hole
                named_as = quotes[0] if quotes else re.sub(
                    r"\s+(?:tab|link|menu(?: item)?|section)$", "", _NAVIGATE.sub("", text).strip(" ."), flags=re.I
                )
                return self._add(block, "click", control, text, hint=named_as)
            elif not quotes and (named := self._control_named(_NAVIGATE.sub("", text))) is not None:
                # "go to the next stop twice", "go back to Day 1": the control of that name
                return self._add(block, "click", named, text, times=times_said(lower))
            elif not quotes and (link := self._data_link(trim_scope(_NAVIGATE.sub("", text)))) is not None:
                # "open Harbour cardigan", "Open Green bin from the list": the link the code
                # names after that row of its data
                return self._add(block, "click", link, text, hint=trim_scope(_NAVIGATE.sub("", text)))
            elif not quotes and (near := self.closest_control(trim_scope(_NAVIGATE.sub("", text)))) is not None:
                # "open the privacy settings", "go to Ideas": the one control whose name is closest
                return self._add(block, "click", near, text, hint=trim_scope(_NAVIGATE.sub("", text)))
            elif not quotes and self.tied:  # two names as close: which one is for a person to say
                block.todos.append(Issue(f"TODO: {text!r} could be any of {', '.join(self.tied)}", "warning"))
                return True
            elif re.match(r"go back|return", lower) and not quotes and (reset := next((
                (t, o) for t, _ in reversed(self.chosen) if t.element is not None
                for o in [self._whole_option(t.element, _NAVIGATE.sub("", text).strip(" ."))]
                if self._has_option(t.element, o, True)), None)):
                # "Go back to Upcoming": the option of a dropdown set before, set again
                block.actions.append(Action("select", reset[0], value=reset[1]))
                return True
            elif re.match(r"go back|return", lower) and not quotes:
                return False  # "go back to the list": somewhere the test is not yet, by hand
            elif re.search(r"\b(?:tab|link|menu item)\b", lower):
                block.todos.append(Issue(f"TODO: no control found to {text!r}", "warning"))
                return True  # "open the X tab": a control the inventory does not name so
            for quote in quotes if path is None else []:  # Open "Recent orders": on that page
                self._text_assertion(quote, "", False, block, precondition=True)
            if path is None and not quotes and (opened := self._link_starting(_NAVIGATE.sub("", text))) is not None:
                block.actions.append(Action("click", opened))  # "open my basket": the link "Basket (2)"
                self.last_target = opened
            return True  # the test opens the page first
        if (more := re.match(
            r"^(?:carry on|keep on|keep|continue|go on)\s+(?:typing|entering|writing)\s+(?:so\s+that|so|until)\s+"
            r"(?P<what>it|the\s+(?:box|field|input))\s+(?:says|reads|shows|contains|holds)\s+(?P<value>.+)$",
            text.strip(" ."), re.I,
        )) and (field := self.referred(more.group("what"))) is not None and field.element is not None and (
            self._kind_ok(field.element, "field")
        ):  # "Carry on typing so that the box says Tom Baker": the field typed in last, holding all of it
            value = quotes[0] if quotes else more.group("value").strip(" .")
            self.append_fill(block, Action("fill", field, value=value))
            self.last_target = field
            return True
        if _BROWSER_BACK.search(lower):  # "press the browser's Back button": history, no element
            block.actions.append(Action("back"))
            # the page before the last link followed: the one the link before that opened
            self.went_back_to = self.followed[-2] if len(self.followed) > 1 else None
            return True
        if m := re.match(
            r"(?:press|hit)\s+(?:the\s+)?(enter|tab|escape|esc|space|backspace)\b", lower
        ):
            key = {"esc": "Escape", "space": " "}.get(m.group(1), m.group(1).capitalize())
            block.actions.append(Action("press", value=key))
            return True
        if m := re.match(  # "press the right arrow key": the key, where the focus is
            r"(?:press|hit|use|tap)\s+(?:the\s+)?(?:(?P<side>right|left|up|down)[- ]?arrow"
            r"|arrow[- ]?(?P<side2>right|left|up|down)"
            r"|(?P<key>home|end|delete|page up|page down))(?:\s+key)?(?:\s+(?:once|again))?\s*$",
            lower.strip(" ."),
        ):
            side = m.group("side") or m.group("side2")
            key = f"Arrow{side.capitalize()}" if side else m.group("key").title().replace(" ", "")
            block.actions.append(Action("press", value=key))
            return True
        if m := re.match(r"(clear\s.+?)\s+and\s+((?:search|type|enter|fill|select|click|press)\b.*)$", text, re.I):
            # "Clear the search and search for zzz instead": two actions, not one field named so
            cleared = self.map_action(m.group(1), block)
            return self.map_action(m.group(2), block) and cleared
        if m := re.match(r"clear (?:the )?(.+?)(?:\s+\(\"(?P<cell>[^\"]+)\"\))?$", text, re.I):
            # ('clear the Shading field ("None")', a table's cell: the dropdown's option of that word)
            what = m.group(1)
            if re.fullmatch(r"(?:text\s+)?(?:box|field|input)|it", what.strip(" ."), re.I) and self.filled:
                self.append_fill(block, Action("fill", self.filled[-1][0], value=""))  # "Clear the box": typed last
                return True
            select = self.find_by_words(what, "select") if m.group("cell") else None
            if select is not None and self._has_option(select, m.group("cell"), True):
                return self._add(block, "select", select, what, value=self._option_value(select, m.group("cell")))
            return self._add(block, "fill", self.find_by_words(what, "field"), what.lower(), value="")
        if re.match(r"(hover|mouse over|move the mouse over)\b", lower):
            phrase = quotes[0] if quotes else re.sub(r"^\w+\s+(over\s+)?", "", text)
            element = (self.find_by_quote(quotes[0], "any") if quotes else None) or (
                self.find_by_words(phrase, "any")
            )
            return self._add(block, "hover", element, phrase, hint=quotes[0] if quotes else None)
        if m := re.match(r"leave (?:the )?(.+?)\s+(?:field\s+)?(?:empty|blank)", lower):
            element = self.find_by_words(m.group(1), "field")
            return self._add(block, "expect_value", element, m.group(1), value="")
        if m := re.match(r"(double|right)[- ]?click\b", lower):  # dblclick / the context menu
            verb = "dblclick" if m.group(1) == "double" else "right_click"
            return self._click("click" + text[m.end() :], quotes, block, 1, verb)
        if re.fullmatch(r"confirm(?:\s+(?:the|your|it)(?:\s+[\w -]+)?)?", lower.strip(" .")) and (
            confirming := self._confirming_button()
        ) is not None:  # "Confirm the deletion": the dialog's button that is not the way out
            return self._add(block, "click", confirming, text)
        if m := re.match(r"confirm\s+(?:with|by (?:clicking|pressing|tapping)(?: on)?)\s+", lower):
            text = "click " + text[m.end() :]  # "confirm with "Remove"": the button that confirms
            lower = text.lower()
        if m := re.match(r"search\s+(?:again\s+)?for\s+(.+?)(?:\s+instead|\s+again)?\s*$", text, re.I):
            # "search for zz instead": what the search field gets
            value = quotes[0] if quotes else m.group(1).strip(" .")
            self.typed.append(value)
            return self._add(block, "fill", self.find_by_words("search", "field"), text, value=value)
        if re.match(r"(click|press|tap|hit|use|activate|trigger|follow)\b", lower):
            return self._click(text, quotes, block, times_said(lower))
        if re.match(r"check\s+(?:that|whether|if)\b", lower) or (
            re.match(r"check\b", lower) and _STATED.search(QUOTED.sub('"…"', lower))
        ):
            return False  # "Check that the switch is off": a check, never a click on it
        if re.match(r"(tick|check|untick|uncheck|turn|toggle|switch|enable|disable)\b", lower) and (
            re.match(r"(tick|untick|uncheck)", lower)
            or re.search(r"\b(checkbox|switch|toggle|radio)\b", lower)
            or self._names_checkable(text)  # "check the Gift wrap only box", "enable Dark mode"
        ):
            on = not re.match(r"(untick|uncheck|disable)", lower) and not re.search(r"\boff\b", lower)
            phrase = quotes[0] if quotes else re.sub(r"^\w+\s+", "", text)
            if (in_row := self._in_row(text, "checkable")) is not None:
                verb = "check" if on else "uncheck"
                return self._add(block, verb, in_row[0], phrase, hint=in_row[1])
            verb = "check" if on else "uncheck"
            listed = re.sub(r"\s+(?:again|as well|too)$|^both\s+", "", phrase.strip(" ."))
            given = [] if quotes else split_list(listed)
            boxes = [self.find_by_quote(n, "checkable") for n in given]
            pairs = list(zip(given, boxes, strict=True))
            whole = [b is not None and n.lower() in map(str.lower, names_of(b)) for n, b in pairs]
            if len(given) > 1 and all(whole):
                # "Tick Amara Osei and Tomasz Nowak": each box its name is
                for name, box in pairs:
                    self._add(block, verb, box, name, hint=name)
                return True
            said_boxes = [self.find_by_words(re.sub(r"^(?:the\s+)|\s+(?:check)?box$", "", n, flags=re.I), "checkable")
                          for n in given]
            if len(given) > 1 and all(re.search(r"\b(?:check)?box$", n) for n in given) and all(said_boxes) and len(
                {id(b) for b in said_boxes}
            ) == len(given):  # "tick both the allergies box and the code of conduct box": each box so worded
                for name, said_box in zip(given, said_boxes, strict=True):
                    self._add(block, verb, said_box, name)
                return True
            if len(quotes) > 1:  # Check the "A" checkbox and the "B" checkbox
                for quote in quotes:
                    self._add(
                        block, verb, self.find_by_quote(quote, "checkable"), quote, hint=quote
                    )
                return True
            # "tick Hybrid as the vehicle type": the box so named, in the group the rest names
            in_group = re.match(r"(?P<name>.+?)\s+as\s+(?:the|a|an|your|my)\s+[\w /-]+$", phrase.strip(" ."))
            box = self.find_by_quote(in_group["name"], "checkable") if in_group and not quotes else None
            if box is not None and in_group is not None:
                return self._add(block, verb, box, in_group["name"], hint=in_group["name"])
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
        if sort := re.match(r"(?:sort|order)\s+(?:them\s+|it\s+|the\s+[\w ]+?\s+)?by\s+(.+)$", text.strip(" ."), re.I):
            # "Sort the books by year published": the dropdown that has that order, or its control
            choice = QUOTED.sub(lambda q: q.group(1), sort.group(1))
            owners = [e for e in self.inventory if e.tag == "select" and self._has_option(e, choice, True)]
            if len(owners) == 1:
                return self._add(block, "select", owners[0], choice, value=self._option_value(owners[0], choice))
            control = self._control_named(choice) or self._control_named(f"sort by {choice}")
            if control is not None:
                return self._add(block, "click", control, choice)
            if (ordered := self._option_by_words(choice)) is not None:  # "by rent, cheapest first"
                return self._add(block, "select", ordered[0], choice, value=ordered[1])
        if re.match(r"(?:narrow|filter|limit|restrict)\b", lower) and (box := self._box_named_within(text)) is not None:
            # "Narrow the listings down to flats where pets are allowed": the box those words label
            return self._add(block, "check", box, text)
        if (labelled := self._labelled_values(text, block)) is not None:
            return labelled
        if (changed_to := self._set_to(text)) is not None and (changed := CHANGE_TO.match(changed_to)) is not None:
            return self._change(changed_to, changed, block)
        means = re.search(
            r"\b(?:with|using|via)\s+(?:the\s+)?[\"“]([^\"”]+)[\"”]\s*(?:button|link|tab)?$", text.strip(), re.I
        )
        control = self.find_by_quote(means.group(1), "clickable", text) if means else None
        if means and control and not re.match(r"the\b", lower):
            # 'I add it with the "Add to my agenda" button': the control is how it is done
            return self._add(block, "click", control, means.group(1), hint=means.group(1))
        if re.match(r"(?:submit|send)\s+(?:the\s+)?form\b|submit\b", lower):  # "submit the form": its one submit button
            submits = [e for e in self.inventory if e.role == "button" and e.attr("type") == "submit"]
            if not submits and lower.startswith("send"):  # ("send the form again": the one button that sends)
                submits = [e for e in self.inventory if e.role == "button" and not e.repeated
                           and any(n.split()[:1] == ["Send"] for n in names_of(e))]
            return self._add(block, "click", submits[0], text) if len(submits) == 1 else False
        if answered := re.match(r"answer\s+(?P<value>[\w'-]+)\s+(?:to|for)\s+(?P<question>.+)$", text.strip(" ."),
                                re.I):
            # "answer Yes to whether she may go": the radio so named (in the group the question names)
            radios = [e for e in self.inventory if e.role == "radio" and answered.group("value") in names_of(e)]
            radio = radios[0] if len(radios) == 1 else self._radio_of_group(answered.group("question"),
                                                                             answered.group("value"))
            if radio is not None:
                return self._add(block, "check", radio, answered.group("value"), hint=answered.group("value"))
        if asked := re.match(r"(?:ask|request)\s+for\s+(?:a|an|the|my|your|some)?\s*(.+)$", text.strip(" ."), re.I):
            # "ask for a quote": the one button or link whose name holds those words ("Get quote")
            wanted = content_words(asked.group(1))
            giving = {e.index: e for e in self.inventory if e.role in ("button", "link") and not e.repeated
                      and wanted and any(wanted <= content_words(n) for n in names_of(e))}
            if len(giving) == 1:
                return self._add(block, "click", next(iter(giving.values())), text)
        # "apply the filter", "save the changes": the one control whose words these are
        # ("send the message": the Send button, its name the verb and words of the clause)
        # ("save the pattern": "Save pattern", one of the names `{saved ? "Saved" : "Save pattern"}` gives)
        verb_word = text.split()[0].lower() if text.split() else ""
        worded = [(e, n) for e in self.inventory if self._kind_ok(e, "clickable") and e.role in ("button", "link")
                  and not e.repeated for n in names_of(e) if content_words(n) == content_words(text) or (
                      n.split()[0].lower() == verb_word and content_words(n) <= content_words(text))]
        if len({id(e) for e, _ in worded}) == 1:
            return self._add(block, "click", worded[0][0], text, hint=worded[0][1])
        pronoun_or_bare = (  # "Type 45 and add it", "... and join": the one button the verb starts
            re.fullmatch(r"\w+\s+(?:it|them|this|that)(?:\s+again)?", text.strip(" .")) and self.typed
        ) or re.fullmatch(r"[a-z]+", text.strip(" ."))
        started = [e for e in self.inventory if e.role == "button" and not e.repeated
                   and any(n.split()[0].lower() == verb_word for n in names_of(e))]
        if pronoun_or_bare and started and len({tuple(names_of(e)) for e in started}) == 1:
            # "Type 45 and add it": the value typed, by the one button whose name starts with the verb
            # ("tick the box and continue": the Continue of each page of a wizard, one name)
            return self._add(block, "click", started[0], text)
        if not quotes and re.search(r"\s+with\s+", text) and (by_label := self._chosen_by_label(text)) is not None:
            for target in by_label:  # "Answer the spider question with 8": the radio of that label in that group
                block.actions.append(Action("check", target))
                self.last_target = target
            return True
        if _STATES.search(mask_quotes(self._without_data(text))):
            return False  # "Washers (3 free) is selected and Dryers shows 1 free": no verb first, a check
        if not quotes and (again := self._like_before(text)) is not None:
            # "Add Tom as an Adult without skates": the step that added one before, with these values
            for action in again:
                if action.verb == "fill":
                    self.append_fill(block, action)
                else:
                    block.actions.append(action)
            return True
        if (m := re.match(r"(\w+)\s+(.+)$", text.strip(" ."))) and not quotes and len(
            row_pairs := split_outside_quotes(m.group(2), r"\s*,\s*(?:and\s+)?|\s+and\s+")
        ) >= 1 and all(re.search(r"\s+for\s+", p) for p in row_pairs) and all(
            row_targets := [self._row_target(f"click {p}", "clickable") for p in row_pairs]
        ):  # "answer Coming for Tue 6 January and Can't come for Sat 17 January": in each row
            # the data names, the control of that name that every row has
            for target in row_targets:
                assert target is not None
                block.actions.append(Action("click", target))
                self.last_target = target
            return True
        if m and (
            row_control := self._row_control(m.group(1), m.group(2))
        ) is not None:  # "remove Tea from the basket": the row's Remove button
            block.actions.append(Action("click", row_control))
            self.last_target = row_control
            return True
        if m and (verb_named := self._verb_names_control(m.group(1), m.group(2))) is not None:
            return self._add(block, "click", verb_named[0], text, hint=verb_named[1])
        if m and (rows := self._rows_by_verb(m.group(1), m.group(2))) is not None:
            for target in rows:  # "add the hedge trimmer, the wallpaper steamer and the tile cutter to my basket"
                block.actions.append(Action("click", target))
                self.last_target = target
            return True
        if m and (icon := self._icon_of_row(m.group(2))) is not None:
            # "take the wallpaper steamer out of the basket with its cross button"
            block.actions.append(Action("click", icon))
            self.last_target = icon
            return True
        return False

    def _like_before(self, text: str) -> list[Action] | None:
        """ "Add Tom as an Adult without skates" after a step that typed a name, chose a ticket,
        ticked Hire skates and clicked Add skater: that step's actions again, with the name the
        clause gives (a capitalised word no option or control has), the options it names, and
        the boxes it says "with" or "without"; None unless a name is given and the step clicked
        a button whose name starts with the verb."""
        verb, _, rest = text.strip(" .").partition(" ")
        steps = [s for s in reversed(self.done_steps) for a in s if a.verb == "click" and a.target is not None
                 and (a.target.query.name or "").split()[:1] == [verb.capitalize()]]
        if not steps and (as_well := re.search(r"\s+(?:as well|too|also)$", rest)):
            # "add Priya as well": the last step that typed one value and clicked, with this one
            rest = rest[: as_well.start()]
            steps = [s for s in reversed(self.done_steps) if sum(a.verb == "fill" for a in s) == 1
                     and s and s[-1].verb == "click"]
        if not steps or not rest:
            return None
        step = steps[0]
        fills = [a for a in step if a.verb == "fill"]
        name = re.match(r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\b", rest)
        if len(fills) != 1 or name is None or self.find_by_quote(name.group(1), "clickable") is not None:
            return None
        again: list[Action] = []
        for action in step:
            element = action.target.element if action.target is not None else None
            if action.verb == "fill":
                again.append(replace(action, value=name.group(1)))
            elif action.verb == "select" and element is not None:
                said_words = re.findall(r"[A-Z][\w-]*", rest[name.end():])
                chosen = [w for w in said_words if self._has_option(element, w, True)]
                if len(chosen) == 1:
                    again.append(replace(action, value=self._option_value(element, chosen[0])))
            elif action.verb in ("check", "uncheck") and element is not None and action.target is not None:
                said = re.search(r"\b(with|without)\s+(?:a\s+|an\s+|the\s+)?([\w-]+)", rest, re.I)
                box = " ".join(names_of(element) or [action.target.query.name or ""]).lower()
                if said and said.group(2).lower() in box:
                    again.append(replace(action, verb="check" if said.group(1).lower() == "with" else "uncheck"))
            elif action.verb == "click":
                again.append(action)
        return again if len(again) >= 2 else None

    def _control_holding(self, words: str) -> Element | None:
        """The one button or link whose name holds every word ("back": "‹ Back to timetable")."""
        wanted = word_stems(words) - {"the", "a", "an"}
        found = {e.name.display(): e for e in self.inventory if e.role in ("button", "link") and wanted
                 and wanted <= word_stems(" ".join(names_of(e)) or e.name.display())}
        return next(iter(found.values())) if len(found) == 1 else None

    def _field_by_first_word(self, text: str) -> tuple[Element, str] | None:
        """ "start at 19:00", "end at 18:00": the one field whose label starts with that word
        (Start time), and the value after it (an option of a dropdown as its options write it)."""
        m = re.fullmatch(r"(\w+)\s+(?:at|on|from|to|with)\s+(.+)", text.strip(" ."), re.I)
        if m is None or re.fullmatch(ACTION_VERBS, m.group(1), re.I):
            return None
        word, value = m.group(1).lower(), m.group(2).strip()
        fields = [e for e in self.inventory if e.tag in FORM_FIELDS and e.role not in ("checkbox", "radio")
                  and any((t := label.static_text()) and t.split()[0].lower() == word for label in e.labels)]
        if len(fields) != 1:
            return None
        if fields[0].tag != "select":
            return fields[0], value
        unlisted = not any(e.tag == "option" for e in self.inventory.descendants(fields[0]))  # (options built by code)
        if not unlisted and not self._has_option(fields[0], value):
            return None
        return fields[0], self._option_value(fields[0], value)

    def _rows_by_verb(self, verb: str, rest: str) -> list[Target] | None:
        """Each item named (the data's strings, any case) by the control of its row whose name
        starts with the verb; None unless every item has one."""
        items = split_list(re.sub(r"\s+(?:to|into|onto|in|on)\s+(?:my|the|your|our)\s+[\w -]+$", "", rest))
        targets = [self.row_verb_control(verb, item) for item in items]
        return targets if targets and all(t is not None for t in targets) else None  # type: ignore[return-value]

    def _icon_of_row(self, rest: str) -> Target | None:
        """ "... the wallpaper steamer ... with its cross button": the control that shows no
        words, drawn in each row, its name filled with the row's data named."""
        if not re.search(r"\bwith\s+its\s+[\w -]+?\s+(?:button|icon)$", rest.strip(" ."), re.I):
            return None
        named = self._data_mentioned(rest, ignore_case=True)
        icons = [e for e in self.inventory if e.role == "button" and e.repeated
                 and not re.search(r"[^\W\d_]", e.text.display().replace("{…}", ""))
                 and any(not s.closed for s in e.name.segments)]
        if len(named) != 1 or len(icons) != 1:
            return None
        filled = "".join(s.options[0] if s.closed else named[0] for s in icons[0].name.segments)
        return Target(Query("role", "button", name=filled), icons[0])

    def kept_whole(self, step: str) -> str:
        """The step with each name the page renders that holds a dash between spaces ("Oban –
        Craignure", a string of its data or a static text) quoted, so that the dash, which
        also separates a step from what it should do, does not split it."""
        rendered = {t for e in self.inventory for p in (e.name, e.text) if (t := p.static_text())}
        controls = {t for e in self.inventory if e.role in _CONTROL_ROLES and (t := e.name.static_text())}
        # (an option with a colon, "Price: low to high": the colon would split the step)
        options = {t for e in self.inventory if e.tag == "option" and (t := e.text.static_text())}
        for value in sorted({*self.known_data(), *rendered}, key=len, reverse=True):
            if not re.search(r"\s(?:->|→|=>|–|—|-)\s", value) and not (value in options and ": " in value) and not (
                value in controls and len(split_clauses(value)) > 1  # ("confirm with Yes, cancel it")
            ):
                continue
            masked = mask_quotes(step)
            spans = [m.span() for m in re.finditer(rf"(?<![\w\"“]){re.escape(value)}(?![\w\"”])", masked)]
            for start, end in reversed(spans):
                step = f"{step[:start]}“{value}”{step[end:]}"
        return step

    def _without_data(self, text: str) -> str:
        """The text less the strings of the page's data it names ("Scaling Postgres reads")."""
        for value in self._data_mentioned(text):
            text = text.replace(value, " ")
        return text

    def control_or_data_named(self, clause: str) -> str | None:
        """The first name of a control that the clause gives word for word (as the page writes
        it), static or filled from data (`{bin.name}`), if any: a clause that names one is
        about something on the page to act on."""
        controls = [e for e in self.inventory if e.role in _CONTROL_ROLES]
        names = [n for e in controls if (n := e.name.static_text())]
        filled = [d for d in self._data_mentioned(clause)
                  if any(d in seg.options for e in controls for seg in e.name.segments if not seg.closed)]
        for name in [*filled, *sorted(names, key=len, reverse=True)]:
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", clause):
                return name
        return None

    def _data_link(self, phrase: str) -> Element | None:
        """The one link whose name the code fills from data (`{p.name}`) that can be
        exactly the phrase, a string of the component's data."""
        if phrase not in self.known_data():
            return None
        links = [e for e in self.inventory if e.role == "link" and e.name.static_text() is None
                 and match(e.name, phrase, exact=True) >= MatchLevel.GUESSED]
        return links[0] if len(links) == 1 else None

    def _verb_names_control(self, verb: str, rest: str) -> tuple[Element, str] | None:
        """ 'renew "The Left Hand of Darkness"': the control whose name the code builds from
        that verb and the row's data (`Renew ${title}`), filled with the row named."""
        rows = quoted_texts(rest) or self._data_mentioned(rest)
        if len(rows) != 1:
            return None
        found = self._in_row(f'{verb} for "{rows[0]}"', "clickable")
        if found is None or not found[1].lower().startswith(verb.lower() + " "):
            return None
        return found

    def _fill(self, text: str, quotes: list[str], block: Block) -> bool:
        pairs = split_outside_quotes(text, r"\s+and\s+")
        verb = text.split()[0]
        if len(pairs) > 1 and all(
            quoted_texts(p) or unquoted_value(p if n == 0 else f"{verb} {p}") for n, p in enumerate(pairs)
        ):
            # Enter "Ada" in First name and "Lovelace" in Last name; replace the email with
            # "x" and the message with "y"; put 30 in the width field and 12 in the height field
            for number, pair in enumerate(pairs):
                self._fill(pair if number == 0 else f"{verb} {pair}", quoted_texts(pair), block)
            return True
        lower = text.lower()
        value_code = None
        value: str | None = quotes[0] if quotes else None
        if value is None and (unquoted := unquoted_value(text)) is not None:
            head, _, tail = text.rpartition(unquoted)  # "from 1 to 13": the last one
            value, text = unquoted, f'{head}"{unquoted}"{tail}'
        if value is None and self.typed and (same := re.search(r"\bthe same (?:[\w-]+\s+)?(?:value|text|one|again)\b|"
                                                                 r"\bthe same \w+(?=\s+(?:in|into)\b)", text, re.I)):
            # "enter the same value in Repeat new password": what the step before typed
            value, text = self.typed[-1], f'{text[: same.start()]}"{self.typed[-1]}"{text[same.end() :]}'
        if m := re.search(r"(\d+)\s+(?:letters?|characters?|chars?)\s*(?:[\"“](.)[\"”])?", text):
            letter = m.group(2) or self.last_fill_char
            self.last_fill_char = letter
            value_code, value = f"{letter!r} * {int(m.group(1))}", None
        with_form = re.match(
            r"(?:fill(?: in| out)?|complete|populate)\s+(?:the\s+)?(.+?)\s+with\s+(.*)$", text, re.I
        ) or CHANGE_TO.match(text)
        if with_form is not None:  # Fill in the Email field with "x"; set the age to "3"
            phrase = with_form.group(1)
            value_quotes = quoted_texts(with_form.group(2))
            value = value_quotes[-1] if value_quotes and value_code is None else value
        elif (m := re.match(r"replace (?:the )?(.+?) with", lower)) or (
            m := re.search(r"\b(?:in|into)\s+(?:the\s+)?(.+)$", text, re.I)
        ):
            phrase = m.group(1)
        else:  # "Enter "x" as the email": the words left once the value is gone
            phrase = re.sub(r"^\w+\s+", "", QUOTED.sub(" ", text)).strip()
        phrase_quotes = quoted_texts(phrase)
        words = QUOTED.sub(lambda q: q.group(1), phrase)
        if value is not None and (on := _YES_NO.get(value.lower())) is not None:
            # 'enter "no" in the Weekend only field' (a table's yes/no column): the checkbox
            box = self.find_by_words(words, "checkable")
            if box is not None and content_words(words) & content_words(" ".join(self._names(box))):
                return self._add(block, "check" if on else "uncheck", box, phrase)
        element = None
        if phrase_quotes:
            element = self.find_by_quote(phrase_quotes[0], "field")
        if element is None:
            words = QUOTED.sub(lambda q: q.group(1), phrase)
            element = self.find_by_words(words, "field")
            dropdown = self._best_by_words(
                words, [e for e in self.inventory if self._kind_ok(e, "field") or e.tag == "select"]
            )
            if (
                dropdown is not None
                and dropdown.tag == "select"
                and value is not None
                and self._has_option(dropdown, value, strict=True)
            ):
                # 'enter "6" in the Instalments field' (a table's column): the dropdown so named
                self.typed.append(value)
                return self._add(block, "select", dropdown, phrase, value=value)
        if element is None and value is not None and (radio := self._radio_of_group(words, value)) is not None:
            # 'enter "Youth" in the Skier field' (a table's column): the radio of the Skier group so named
            return self._add(block, "check", radio, value, hint=value)
        if value is None and value_code is None and (
            m := re.match(r"(?:enter|type|input|fill in|write)\s+(?:the|your)\s+(.+)$", text.strip(" ."), re.I)
        ):
            for field in (e for e in self.inventory if self._kind_ok(e, "field")):
                for name in {p.display().lower() for p in [*field.labels, field.name] if p.is_static}:
                    if m.group(1).lower().startswith(name + " "):  # "enter the nickname Kit"
                        value = m.group(1)[len(name) + 1 :].strip()
                        self.typed.append(value)
                        return self._add(block, "fill", field, name, value=value)
        counted = re.match(r"(?:fill in|enter|type|input|put in)\s+(\d[\d.,]*)\s+(.+)$", text.strip(" ."), re.I)
        if value is None and value_code is None and counted:
            # "Fill in 6 attendees": a number of what the field counts, the field named by that noun
            counter = self.find_by_words(counted.group(2), "field")
            if counter is not None and content_words(counted.group(2)) & content_words(" ".join(self._names(counter))):
                self.typed.append(counted.group(1))
                return self._add(block, "fill", counter, counted.group(2), value=counted.group(1))
        for_whom = re.match(
            r"(?:enter|type|input|put|write)\s+(-?\d[\d.,]*)\s+(?:for|as)\s+(.+)$", text.strip(" ."), re.I
        )
        fields = [e for e in self.inventory if self._kind_ok(e, "field")]
        if value is None and value_code is None and for_whom and len(fields) == 1 and not any(
            content_words(for_whom.group(2)) & content_words(n) for e in self.inventory if e.tag in FORM_FIELDS
            for n in self._names(e)
        ):  # "Enter 180 for Asha": the page's one field, for whom the words name no field
            self.typed.append(for_whom.group(1))
            return self._add(block, "fill", fields[0], for_whom.group(2), value=for_whom.group(1))
        if value is None and value_code is None:
            block.todos.append(Issue(f"TODO: no value to enter in {text!r}", "warning"))
            return True
        if value is not None:
            self.typed.append(value)
        return self._add(block, "fill", element, phrase or text, value=value, value_code=value_code)

    def _values_by_noun(self, text: str) -> list[tuple[Element, str]] | None:
        """ "Enter 4 pieces with the tallest at 22 cm", "pick 2 storeys": figures given without
        quotes, each beside words that name one form field (a dropdown: one that offers the
        figure); None unless every part of the clause is such a figure and field, each its own."""
        body = re.sub(r"^\w+\s+", "", text.strip(" ."))
        labels = {t.lower() for e in self.inventory if e.tag == "option" and (t := e.text.static_text())
                  and re.search(r"\d", t) and not re.fullmatch(r"[\d.,]+", t.strip())}
        if any(re.search(rf"(?<!\w){re.escape(label)}(?!\w)", body.lower()) for label in labels):
            return None  # "Choose Season 2 in the Season dropdown", "50 per page": an option's own label
        parts = split_outside_quotes(body, r"\s*,\s*(?:and\s+)?|\s+(?:and|with)\s+")
        fields = [e for e in self.inventory if (self._kind_ok(e, "field") or e.tag == "select") and not e.repeated]
        found: list[tuple[Element, str]] = []
        for part in parts:
            figures = re.findall(r"(?<![\w.,])-?\d+(?:[.,]\d+)?(?![\w.,])", part)
            led = {e.index: (e, part[len(n):].strip()) for e in fields if e.tag != "select" for n in self._names(e)
                   if n.strip() and part.lower().startswith(n.lower() + " ")}
            if len(led) == 1 and len(figures) != 1:  # "... and postcode hr2 7jd": a field's name, then its value
                found.append(next(iter(led.values())))
                continue
            words = re.sub(r"(?<![\w.,])-?\d+(?:[.,]\d+)?(?![\w.,])", " ", part)
            words = re.sub(r"\b(?:at|of|to|as|in|into|for|the|a|an|is|on)\b", " ", words, flags=re.I)
            wanted = content_words(words)
            if len(figures) != 1 or not wanted:
                return None
            # the most words shared, then the fewest words of the name left over ("4 pieces":
            # Number of pieces, not Tallest piece (cm))
            scored = sorted(
                (((len(wanted & (named := content_words(" ".join(self._names(e))))), -len(named - wanted)), e)
                 for e in fields),
                key=lambda x: x[0], reverse=True,
            )
            if not scored or scored[0][0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
                return None  # words that name no field, or two as well
            field = scored[0][1]
            if field.tag == "select" and not self._has_option(field, figures[0], strict=True):
                return None
            if field.tag != "select" and field.attr("type") not in (None, "number", "text", "tel"):
                return None
            found.append((field, figures[0]))
        if not found or len({id(f) for f, _ in found}) != len(found):
            return None
        return found

    def _radio_of_group(self, group: str, value: str) -> Element | None:
        """The one radio whose name starts with `value`, in the one group (a fieldset and its
        legend, a radiogroup) the words name."""
        wanted = content_words(group)
        groups = [e for e in self.inventory if e.tag == "fieldset" or e.role == "radiogroup"]
        named = [g for g in groups if wanted and wanted <= self._legend_words(g)]
        radios = [r for r in (self.inventory.descendants(named[0]) if len(named) == 1 else [])
                  if r.role == "radio" and any(n.lower().startswith(value.lower())
                                               for n in [*names_of(r), next(r.name.expansions(), "")])]
        return radios[0] if len(radios) == 1 else None

    def _confirming_button(self) -> Element | None:
        """The one button of the page's one dialog that does not cancel, close or go back."""
        dialogs = [e for e in self.inventory if e.role in ("dialog", "alertdialog")]
        buttons = [
            e
            for e in (self.inventory.descendants(dialogs[0]) if len(dialogs) == 1 else [])
            if e.role == "button"
            and not re.search(r"\b(?:cancel|close|keep|back|no|not now|dismiss)\b", e.name.display(), re.I)
        ]
        return buttons[0] if len(buttons) == 1 else None

    def _names_checkable(self, text: str) -> bool:
        """Whether the words after the verb name a checkbox, switch or radio by its label."""
        phrase = QUOTED.sub(lambda q: q.group(1), re.sub(r"^\w+\s+", "", text))
        box = self.find_by_words(phrase, "checkable")
        return box is not None and bool(content_words(phrase) & content_words(" ".join(self._names(box))))

    def _label_led_values(self, text: str, block: Block) -> bool | None:
        """ "Fill in the address: Full name Jonas Berg, City Oslo": after the colon each item
        starts with a field's label and the rest is its value; None unless every item does."""
        _, colon, rest = text.partition(":")
        items = [i for i in re.split(r",\s*(?:and\s+)?", rest.strip(" .")) if i]
        if not colon:  # "fill in Aisha Bello, postcode BH7 6AA and phone 07700 900321": no colon, a list
            verb = re.match(r"(?i:fill\s+in|fill\s+out|enter|type|fill|put)\s+", text)
            rest = text[verb.end() :] if verb else ""
            items = [i for i in split_outside_quotes(rest.strip(" ."), r",\s*(?:and\s+)?|\s+and\s+") if i]
            if len(items) < 2:
                return None
        if not items:
            return None
        fields = [e for e in self.inventory if self._kind_ok(e, "field")]
        found: list[tuple[Element | None, str, str]] = []
        for item in items:
            named = [(len(n), n, e) for e in fields for n in self._names(e) if item.lower().startswith(n.lower() + " ")]
            if not named:
                if colon or not re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+", item):
                    return None
                found.append((None, "", item))  # ("Aisha Bello": a person's name, the one Name field)
                continue
            _, name, element = max(named, key=lambda t: t[0])
            found.append((element, name, item[len(name) :].strip()))
        if sum(e is None for e, _, _ in found) == len(found):
            return None
        if any(e is None for e, _, _ in found):
            used = {id(e) for e, _, _ in found if e is not None}
            named_fields = [e for e in fields if id(e) not in used and not e.repeated
                            and any(re.search(r"\bname\b", n, re.I) for n in self._names(e))]
            if len(named_fields) != 1 or sum(e is None for e, _, _ in found) > 1:
                return None
            found = [(named_fields[0], (self._names(named_fields[0]) or ["name"])[0], v) if e is None else (e, n, v)
                     for e, n, v in found]
        if len({id(e) for e, _, _ in found}) < len(found):
            return None
        for field, name, value in found:
            value = (quoted_texts(value) or [value])[0]
            self.typed.append(value)
            self._add(block, "fill", field, name, value=value)
        return True

    def _labelled_values(self, text: str, block: Block) -> bool | None:
        """ "Width: 30, Height: 12": each field (or dropdown) its label names gets the value
        after it; None unless every label names one."""
        # (a time's colon is no label's: "Move the finish time to 04:00")
        pairs = [re.fullmatch(r"\s*([A-Za-z][\w ]*?)\s*(?<!\d):\s*((?:[^,:]|(?<=\d):(?=\d))+?)\s*", p)
                 for p in text.strip(" .").split(",")]
        if not pairs or any(p is None for p in pairs):
            return None
        fields = [e for e in self.inventory if self._kind_ok(e, "field") or e.tag == "select"]
        found = [(self._best_by_words(p.group(1), fields), p) for p in pairs if p is not None]
        if any(
            e is None or not content_words(p.group(1)) & content_words(" ".join(self._names(e)))
            for e, p in found
        ):
            return None
        for element, pair in found:
            value = (quoted_texts(pair.group(2)) or [pair.group(2)])[0]
            self.typed.append(value)
            self._add(block, "select" if element is not None and element.tag == "select" else "fill", element,
                      pair.group(1), value=value)
        return True

    def _box_named_within(self, text: str) -> Element | None:
        """The one checkbox whose label's words all stand in the clause."""
        words = content_words(text)
        boxes = [e for e in self.inventory if self._kind_ok(e, "checkable") and e.role == "checkbox"
                 and (named := content_words(" ".join(self._names(e)))) and named <= words]
        return boxes[0] if len(boxes) == 1 else None

    def _option_by_words(self, phrase: str) -> tuple[Element, str] | None:
        """The one dropdown option with all the words ("largest first": "Size: largest first"),
        else with the words that name what orders ("rent") and the same direction ("cheapest
        first": "Rent: low to high", not "Rent: high to low")."""
        options = [(s, t) for s in self.inventory if s.tag == "select" for o in self.inventory.descendants(s)
                   if o.tag == "option" and (t := o.text.static_text())]
        wanted = content_words(phrase)
        found = [(s, t) for s, t in options if wanted and wanted <= content_words(t)]
        if len(found) != 1:
            # what orders: the words the options have too ("price", not "expensive"), less those of a direction
            key = (wanted & {w for _, t in options for w in content_words(t)}) - _ASCENDING - _DESCENDING - {"first"}
            direction = _direction(phrase)
            found = [
                (s, t) for s, t in options if key and key <= content_words(t) and _direction(t) in (direction, None)
            ]
        return found[0] if len(found) == 1 else None

    def _set_to(self, text: str) -> str | None:
        """ "Correct the phone number to 0612 345 678": whatever the verb, a field (or dropdown)
        the words right after it name gets the value, as "change the phone number to ..."; None
        for an object that states something ("Before anything is typed the page says ...")."""
        to = re.match(
            r"(?!(?:the|a|an|before|after|when|once|if|then|and|but|so)\b)[a-z]+\s+(?:the\s+|your\s+)?"
            r"(?P<what>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+to\s+(?P<value>.+)$",
            text.strip(" ."),
            re.I,
        )
        if to is None or re.search(
            r"^(?:for|until|on|in|at|with|from|by)\b|\b(?:is|are|be|should|must|will|says?|reads?|shows?)\b",
            to.group("what"),
        ):
            return None
        settable = [e for e in self.inventory if self._kind_ok(e, "field") or e.tag == "select"]
        field = self._best_by_words(to.group("what"), settable)
        if field is None or not content_words(to.group("what")) & content_words(" ".join(self._names(field))):
            return None
        return f"change {text.strip(' .')[to.start('what') :]}"

    def quote_said(self, text: str) -> str:
        """ "the page reads: Thanks, Ana! You're down for ...", "note the heading: Open
        tickets: 3, with ...": the words after the colon that the component renders as they
        stand, up to a new clause (", with ...", ", and ..."), quoted, so that no comma or
        full stop in them splits the check."""
        m = re.search(r"\b(?:reads?|says?|shows?|displays?|heading|title)\s*:\s+(?=[A-Z0-9$€£])", text)
        if m is None:
            return self._quote_said_denial(text)
        rest = text[m.end() :]
        clause = re.search(r",\s+(?=(?:with|and|which|while|so|but|then|where|after|before|or)\b)", rest)
        end = clause.start() if clause else len(rest)
        said = rest[:end].strip()
        if not said or QUOTED.search(said) or not self._renders_as_is(said):
            return text
        return f'{text[: m.end()]}"{said}"{rest[end:]}'

    def _quote_said_denial(self, text: str) -> str:
        """ "the inhaler row says No refills left and its button ...", "Garden waste shows Not
        subscribed": a capitalised "No" / "Not" right after a saying verb starts the words the
        page renders (quoted: they deny nothing), up to the first break the component's text
        allows (a longer run may read as a template's holes filled), else the first break."""
        m = re.search(r"\b(?:reads?|says?|shows?|displays?)\s+(?=(?:No|Not|None|Nothing|Never)\b)", text)
        if m is None:
            return text
        rest = text[m.end() :]
        breaks = re.finditer(r"\s+(?:and|but|while|so|with|then)\s+|\s*[,;.]\s+", rest)
        ends = sorted({len(rest), *(b.start() for b in breaks)})
        said_at = [(end, said) for end in ends if (said := rest[:end].strip(" .")) and not QUOTED.search(said)]
        if not said_at:
            return text
        # (a text the component builds at run time is quoted too, up to the first break; a whole
        # text the code sets, "No seats selected", before any longer run its holes may take)
        wholes = {t.lower() for e in self.inventory if not e.children for t in e.text.expansions(fill_holes=True)}
        end, said = next(((e, s) for e, s in said_at if s.lower() in wholes), None) or next(
            ((e, s) for e, s in said_at if self._renders_as_is(s)), said_at[0])
        return f'{text[: m.end()]}"{said}"{rest[end:]}'

    def named_person(self, clause: str) -> str:
        """ "Jonah Reyes is off sick, so untick him": "him" / "her" is the data the clause
        before named (quoted, as the step would have named it)."""
        if not self.last_mentioned:
            return clause
        # (as the object of the verb, not "her order")
        pronoun = r"\b(?:him|her)\b(?=\s*(?:$|[,.;]|again\b|too\b|as well\b|(?:from|in|off|on|out|with|using)\b))"
        named = re.sub(pronoun, f'"{self.last_mentioned}"', clause, count=1)
        # ("remove him with the cross next to his name": the control is the row's, whatever it shows)
        return re.sub(r'(?<=")\s+(?:with|using)\s+the\s+[\w ]+?\s+(?:next to|beside|by|after)\s+(?:his|her|their)\s+'
                      r"(?:name|row|line)$", "", named.strip(" ."))

    def _added_each(self, names: list[str], noun: str, block: Block) -> bool:
        """Each name typed in the one text box the noun names (or the only one) and added with
        the button "Add <noun>"; False unless both are found."""
        wanted = word_stems(noun)
        buttons = [e for e in self.inventory if self._kind_ok(e, "clickable") and e.role == "button"
                   and (n := (e.name.static_text() or "").lower()).startswith("add") and wanted & word_stems(n)]
        boxes = [e for e in self.inventory if e.tag == "input" and e.input_type == "text" and not e.repeated]
        named = [e for e in boxes if wanted & word_stems(" ".join(self._names(e)))]
        box = named[0] if len(named) == 1 else boxes[0] if len(boxes) == 1 else None
        field, button = (self.target(box), self.target(buttons[0])) if box is not None and len(buttons) == 1 else (
            None, None)
        if field is None or button is None:
            return False
        for name in names:
            self.typed.append(name)
            block.actions += [Action("fill", field, value=name), Action("click", button)]
        return True

    def _link_starting(self, words: str) -> Target | None:
        """The one link whose name, up to a figure the code fills in, is those words ("my basket":
        "Basket ({count})"), by that start."""
        said = re.sub(r"^(?:my|the|your|our)\s+", "", words.strip(" ."), flags=re.I).lower()
        if not said or re.search(r"\b(?:page|app|site|screen|shop|store)$", said):
            return None  # ("open the shop page": the page the test opens)
        links = [(e, start) for e in self.inventory if e.role == "link" and e.name.segments
                 and not all(seg.closed for seg in e.name.segments)
                 for start in [name_start(e).rstrip(" (:")]
                 if start.lower() == said]
        if len(links) != 1 or links[0][0].role is None:
            return None
        return Target(Query("role", "link", name=links[0][1]), links[0][0])

    def _wizard_button(self, *names: str) -> Element | None:
        """The button or link of a wizard's pages whose name is one of `names`, the same name
        on every page it is drawn on ("Back", "Next"); None when two names would do."""
        found = [e for e in self.inventory if self._kind_ok(e, "clickable") and e.role in ("button", "link")
                 and (e.name.static_text() or "").lower() in names]
        return found[0] if found and len({e.name.static_text() for e in found}) == 1 else None

    def _expandable(self, phrase: str, quotes: list[str]) -> Element | None:
        """The control with `aria-expanded` (an accordion's question, a disclosure) that the
        quote or the words name."""
        controls = [e for e in self.inventory if "aria-expanded" in e.attrs and self._kind_ok(e, "clickable")]
        if quotes:
            found = self.find_by_quote(quotes[0], "clickable")
            return found if found in controls else None
        return self._best_by_words(phrase, controls) if controls and content_words(phrase) else None

    def _navigation_control(self, text: str, quotes: list[str]) -> Element | None:
        """ "Open the "Security" tab", "go to the Billing tab": the tab or link that leads
        there (a page name the app shows is no control: the test is on that page already)."""
        if not re.search(r"\b(?:tab|link|menu(?: item)?|section)\b", text, re.I):
            return None
        if quotes:
            element = self.find_by_quote(quotes[0], "clickable", text)
        else:
            phrase = re.sub(r"^\w+\s+(?:back\s+|directly\s+)?(?:to\s+)?(?:the\s+)?", "", text)
            element = self.find_by_words(phrase, "clickable")
        return element if element is not None and element.role in ("tab", "link", "menuitem") else None

    def _change(self, text: str, changed: re.Match[str], block: Block) -> bool:
        """ "Change the nights from 1 to 3", "Switch the room type to Deluxe", 'change "Sort
        by" to Name': a dropdown the words name gets that option; anything else is a field
        filled with the new value (a quote naming what changes is never the value)."""
        fields = [e for e in self.inventory if self._kind_ok(e, "field") or e.tag == "select"]
        phrase = QUOTED.sub(lambda q: q.group(1), changed.group("what"))
        element = self._best_by_words(phrase, fields)
        quotes = quoted_texts(changed.group("value"))
        value = quotes[-1] if quotes else unquoted_value(text)
        if re.fullmatch(r"it|that", phrase.strip(), re.I) and self.filled and value:
            # "Then set it to 03:30": the field filled last
            self.append_fill(block, Action("fill", self.filled[-1][0], value=value))
            return True
        if element is not None and element.tag == "select" and value is None:
            value = changed.group("value").strip(" .")  # "to price low to high": an option's words, however many
        if element is not None and element.tag == "select" and value and not self._has_option(element, value, True):
            # "the number of tyres" is the "How many tyres?" dropdown that offers 2, not "Tyre size"
            offering = [e for e in fields if e.tag == "select" and e is not element and self._has_option(e, value, True)
                        and content_words(phrase) & content_words(" ".join(self._names(e)))]
            element = offering[0] if len(offering) == 1 else element
        if element is not None and element.tag == "select" and value is not None:
            return self._add(block, "select", element, phrase, value=self._option_value(element, value))
        choice = re.sub(r"^(?:the|a|an)\s+|\s+one$", "", changed.group("value").strip(" ."), flags=re.I)
        radios = [e for e in self.inventory if e.role == "radio" and not e.repeated
                  and re.match(rf"{re.escape(choice)}\b", next(e.name.expansions(), ""), re.I)]
        if (element is None or element.tag != "input") and not quotes and choice and len(radios) == 1:
            # "Switch the size to the large one": the radio whose name starts so ("Large 13" (£13.00)")
            return self._add(block, "check", radios[0], choice, hint=next(radios[0].name.expansions())[: len(choice)])
        if (element is None or element.tag != "input") and not quotes and (
            drawn := self.data_named_choice(choice, "checkable")
        ) is not None and drawn.query.value == "radio":  # (the radio drawn for the "Large" of its data)
            block.actions.append(Action("check", drawn))
            self.last_target = drawn
            return True
        return self._fill(text, quotes, block)

    def _click(self, text: str, quotes: list[str], block: Block, times: int, verb: str = "click") -> bool:
        # 'click "Add" next to Tea': a control so named in each row before one whose name
        # the row's text completes
        its = re.fullmatch(r"\w+\s+(?:on\s+)?(?i:its|their)\s+(?P<name>.+?)\s+(?:button|link)", text.strip(" ."))
        if its and self.last_row_text and (
            its_row := self._row_target(f'click "{its["name"]}" next to "{self.last_row_text}"', "clickable")
        ) is not None:  # "press its I'm going button": that control of the row named last
            block.actions.append(Action(verb, its_row, times=times))
            self.last_target = its_row
            return True
        scoped = self._row_target(text, "clickable") if quotes else None
        if scoped is None and (in_row := self._in_row(text, "clickable")) is not None:
            return self._add(block, verb, in_row[0], text, hint=in_row[1], times=times)
        if (scoped := scoped or self._row_target(text, "clickable")) is not None:
            block.actions.append(Action(verb, scoped, times=times))
            self.last_target = scoped
            return True
        if quotes:
            element = self.find_by_quote(quotes[0], "clickable", text)
            return self._add(block, verb, element, quotes[0], hint=quotes[0], times=times)
        phrase = re.sub(r"^\w+\s+(?:on\s+)?", "", text)
        phrase = re.sub(rf"\b{REPEAT}\b", "", phrase)
        # ("Click Next straight away without filling anything in": when and how, not what)
        phrase = re.sub(r"(?:\s+(?:straight away|right away|immediately|at once|without\s.*))+$", "",
                        phrase.strip(" ."))
        if PRONOUN.fullmatch(phrase.strip(" .")) and (referred := self.referred(phrase)) is not None:
            block.actions.append(Action(verb, referred, times=times))
            self.last_target = referred
            return True
        if re.search(r"\b(?:on|of|in|for|from)\s+(?:that|the|this)\s+same\s+[\w-]+\s*$", phrase.strip(" .")) and (
            same := next((t for t in reversed(self.touched) if t.element is not None and t.element.repeated
                          and self._kind_ok(t.element, "clickable")), None)
        ) is not None:  # "the bin icon on that same collection": the control of the row acted on before
            block.actions.append(Action(verb, same, times=times))
            self.last_target = same
            return True
        element = self.by_symbol(phrase, "clickable") or self.find_by_words(phrase, "clickable")
        if element is None and (link := self._data_link(phrase.strip(" ."))) is not None:
            return self._add(block, verb, link, phrase.strip(" ."), hint=phrase.strip(" ."), times=times)
        # "click seat 3A": a name the code builds (`Seat ${id}`), as the step gives it
        as_named = [n for n in (names_of(element) if element else []) if n.lower() == phrase.strip(" .").lower()]
        hint = as_named[0] if as_named else None
        return self._add(block, verb, element, phrase.strip(), hint=hint, times=times)

    def _select(self, text: str, quotes: list[str], block: Block) -> bool:
        as_the = r".+?\s+as\s+(?:the|your|a|an)\s+[\w -]+"
        if not quotes and (two := re.fullmatch(rf"(?P<verb>\w+)\s+(?P<a>{as_the}?)\s+and\s+(?P<b>{as_the})",
                                               text.strip(" ."))):
            # "choose Trousers as the garment and Shorten hem as the alteration": one choice each
            for part in ("a", "b"):
                value, _, field = re.split(r"\s+as\s+(?:(the|your|a|an)\s+)", two[part], maxsplit=1)
                select = self.find_by_words(field, "select")
                if select is not None and self._has_option(select, value):
                    self._add(block, "select", select, field, value=self._option_value(select, value))
                else:
                    self._select(f"{two['verb']} {two[part]}", [], block)
            return True
        if not quotes and (pair := re.fullmatch(r"(?P<verb>\w+)\s+(?P<a>.+?)\s+and\s+(?P<b>.+)", text.strip(" ."))):
            # "pick the 8 inch size and Lemon drizzle": two choices, each read alone, kept when both are
            tried = [Block(""), Block("")]
            for part, scratch in zip(("a", "b"), tried, strict=True):
                self._select(f"{pair['verb']} {pair[part]}", [], scratch)
            if all(t.actions and not t.todos for t in tried):
                block.actions += [a for t in tried for a in t.actions]
                return True
        if not quotes and (by_label := self._chosen_by_label(text)) is not None:
            for target in by_label:  # "choose Skip 1 delivery in the dialog": the radio so labelled
                block.actions.append(Action("check", target))
                self.last_target = target
            return True
        value = quotes[0] if quotes else None
        m = re.search(r"\b(?:in|from|under)\s+(?:the\s+)?(.+)$", text, re.I)
        if m is not None and (unquoted := self._unquoted_option(text, m)) is not None:
            # 'Pick Monthly in the "How often?" dropdown', "choose Amount (high to low) under
            # Sort by": the quote (if any) names the dropdown, the words before it the option
            return self._add(block, "select", unquoted[0], m.group(1), value=unquoted[1])
        if value is None and (
            named := re.match(r"\w+\s+(.+?)\s+as\s+(?:the\s+|a\s+|an\s+)?(.+)$", text.strip(" ."))
        ):  # "Choose Harbour Street as the pickup store"
            select = self.find_by_words(named.group(2), "select")
            if select is not None and self._has_option(select, named.group(1)):
                return self._add(block, "select", select, named.group(2), value=named.group(1))
        if value is None and (chosen_for := self._option_for(text)) is not None:
            # "choose 12 months for the permit length", "select zone A": the dropdown so labelled
            return self._add(block, "select", chosen_for[0], chosen_for[1], value=chosen_for[2])
        if value is None and m is None:  # "Select Home delivery": a radio or option so named
            words = re.sub(r"^\w+\s+(?:the\s+)?", "", text).strip(" .")
            radio = self.find_by_quote(words, "checkable")
            if radio is not None and radio.name.static_text() == words:
                return self._add(block, "check", radio, words, hint=words)
            # "Choose Glaze": the one radio whose name is those words and a note ("Glaze (1240 °C)")
            if (noted := self.noted_name(words, ("radio",))) is not None:
                return self._add(block, "check", noted[0], words, hint=noted[1])
            owners = [e for e in self.inventory if e.tag == "select" and self._has_option(e, words, True)]
            if len(owners) == 1:
                return self._add(block, "select", owners[0], words, value=words)
            if (grouped := re.fullmatch(r"(?P<value>.+?)\s+(?P<group>[\w'-]+)", words)) and (
                radio := self._radio_of_group(grouped["group"], grouped["value"])
            ) is not None:  # "pick Gloss paper": the radio "Gloss" of the Paper group
                return self._add(block, "check", radio, words, hint=grouped["value"])
            if grouped and (noted := self.noted_name(grouped["value"], ("radio",))) is not None:
                # "Select the Mid-range tyres": the radio "Mid-range - £78.00 each"
                return self._add(block, "check", noted[0], words, hint=noted[1])
        choice = value if value is not None else re.sub(r"^\w+\s+(?:the\s+)?", "", text).strip(" .")
        offered = any(e.tag == "select" and self._has_option(e, choice, True) for e in self.inventory)
        chosen = self._control_named(choice) if (m is None or value is not None) and not offered else None
        if chosen is not None and chosen.role not in ("checkbox", "radio", "switch", "option"):
            # "choose Egyptian antiquities" where the choices are buttons or links; 'in the dialog, choose "Keep it"'
            return self._add(block, "click", chosen, choice, hint=choice)
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
        # no dropdown answers to the words that name it: the one whose options hold the choice
        before = text[: m.start()] if m else ""
        option = value if value is not None else re.sub(r"^\w+\s+(?:the\s+)?", "", before).strip(" .")
        owners = [e for e in self.inventory if e.tag == "select" and option and self._has_option(e, option, True)]
        if len(owners) == 1:
            return self._add(block, "select", owners[0], option, value=option)
        if (by_data := self.data_named_choice(choice if m is None else option, "checkable")) is not None:
            # "Select Tue 14 May at 11:30": the radio of the row that shows them (`{day} {time} with ...`)
            block.actions.append(Action("check", by_data))
            self.last_target = by_data
            return True
        named_by = next(((e, re.sub(rf"\s+{re.escape(t)}$", "", choice, flags=re.I)) for e in self.inventory
                         if e.tag == "select" for label in e.labels if (t := label.static_text())
                         and re.search(rf"\s{re.escape(t)}$", choice, re.I)), None) if m is None else None
        if named_by is not None and (self._option_starting(*named_by) or self._has_option(*named_by, strict=True)):
            # "pick the Evening rowing session": the Session dropdown's option that holds those words
            return self._add(block, "select", named_by[0], choice, value=self._option_value(*named_by))
        if (toggles := self._toggles_named(re.sub(r"^\w+\s+(?:the\s+)?", "", before or text).strip(" ."))) is not None:
            for toggle in toggles:  # "Pick seats B3, B4 and B5 in the seat map": the toggle buttons so named
                block.actions.append(Action("click", toggle))
                self.last_target = toggle
            return True
        if m is not None and re.search(r"\b(?:tabs?|buttons|links|menu|toolbar)$", m.group(1), re.I) and (
            control := self.find_by_quote(option, "clickable")
        ) is not None:  # "pick Thursday from the day tabs": the choices are controls, the one so named
            return self._add(block, "click", control, option, hint=option)
        block.todos.append(Issue(f"TODO: could not find what to select in {text!r}", "warning"))
        return True

    def _control_of_named_card(self, text: str, block: Block) -> bool:
        """ "choose hut 12 (instead)": in the one card named so (`aria-label={`Hut ${h.number}`}`),
        the one button whose name starts with the verb ("Choose")."""
        said = re.fullmatch(r"(?P<verb>[a-z]+)\s+(?:the\s+)?(?P<card>[a-z][\w'-]*\s+\d+)"
                            r"(?:\s+(?:instead|again|too|as well))?", text.strip(" ."), re.I)
        if said is None:
            return False
        noun, number = said["card"].rsplit(None, 1)
        cards = [e for e in self.inventory if e.repeated and e.role in ("article", "listitem", "row", "group", "region")
                 and len(e.name.segments) == 2 and e.name.segments[0].closed and not e.name.segments[1].closed
                 and e.name.segments[0].options[0].strip().lower() == noun.lower()]
        controls = [c for c in (self.inventory.descendants(cards[0]) if len(cards) == 1 else [])
                    if c.role in ("button", "link")
                    for n in names_of(c)[:1] if n.split()[:1] == [said["verb"].capitalize()]]
        if len(controls) != 1 or (role := cards[0].role) is None or controls[0].role is None:
            return False
        card = f"{cards[0].name.segments[0].options[0].strip()} {number}"
        target = Target(Query("role", controls[0].role, name=names_of(controls[0])[0],
                              within=Query("role", role, name=card)), controls[0])
        block.actions.append(Action("click", target))
        self.last_target = target
        return True

    def _opted(self, text: str, block: Block) -> bool:
        """ "I add the icing style samples" / "skip the icing style samples": the one checkbox whose
        label is the verb and those words ("Add icing style samples (£5.00)"), ticked or unticked."""
        opted = re.fullmatch(r"(?P<verb>add|include|skip|omit|leave\s+out|don't\s+add|do\s+not\s+add)\s+"
                             r"(?:the\s+|some\s+)?(?P<what>[^\"“]+)", text.strip(" ."), re.I)
        wanted = content_words(opted["what"]) if opted else set()
        boxes = [e for e in self.inventory if e.role == "checkbox" and not e.repeated and wanted and any(
            re.match(r"(?i:add|include)\b", n) and wanted <= content_words(n) for n in self._names(e))]
        if opted is None or len(boxes) != 1 or (target := self.target(boxes[0])) is None:
            return False
        block.actions.append(Action("check" if opted["verb"].lower() in ("add", "include") else "uncheck", target))
        self.last_target = target
        return True

    def says_as_template(self, clause: str) -> bool:
        """Whether the clause is a text the page writes, its figures in the holes ("each member gets
        £312.50" of `Each member gets {money(share)}`, three words of the text's own at least)."""
        return bool(self._writing_as_template(clause))

    def _writing_as_template(self, clause: str) -> list[Element]:
        """The leaf elements whose text is the clause word for word, a hole taking at most three
        words ("each member gets £312.50" of `Each member gets {money(share)}`)."""
        found = []
        for e in self.inventory:
            segments = e.text.segments
            if e.children or e.tag in FORM_FIELDS or len(re.findall(r"[^\W\d_]{2,}", " ".join(
                    seg.options[0] for seg in segments if seg.closed and seg.options))) < 3:
                continue
            pattern = "".join(re.escape(seg.options[0]) if seg.closed and seg.options else r"(?:\S+\s?){1,3}?"
                              for seg in segments)
            if re.fullmatch(pattern, clause.strip(" ."), re.I):
                found.append(e)
        return found

    def check_template_text(self, clause: str, block: Block) -> bool:
        """ "each member gets £312.50": the one element that writes it so holds it, cased as written."""
        writing = self._writing_as_template(clause)
        target = self.target(writing[0]) if len(writing) == 1 else None
        if target is None:
            return False
        said = clause.strip(" .")
        first = next((o for seg in writing[0].text.segments if seg.closed for o in seg.options[:1] if o.strip()), "")
        if first.lstrip()[:1].isupper() and said[:1].islower() and said.lower().startswith(first.strip().lower()[:1]):
            said = said[:1].upper() + said[1:]
        block.actions.append(Action("expect_contains", target, value=said))
        return True

    def _click_named(self, words: str, block: Block) -> Target | None:
        """ "hold the course", "confirm again": the button whose name is those words less the
        articles ("Hold course"), or the control clicked before whose name starts with the verb."""
        if repeat := re.fullmatch(r"(?i:([a-z]+)(?:\s+it)?\s+(?:again|once more))", words.strip(" .")):
            done = [*(a for step in self.done_steps for a in step), *block.actions]
            if repeat.group(1).lower() == "try" and not any(  # "... and try again": the last click, again
                n.lower() == "try again" for e in self.inventory for n in names_of(e)
            ):
                return next((a.target for a in reversed(done) if a.verb == "click" and a.target is not None), None)
            return next((a.target for a in reversed(done) if a.verb == "click" and a.target is not None
                         and (a.target.query.name or "").lower().startswith(repeat.group(1).lower())), None)
        if pronoun := re.fullmatch(r"([a-z]+)\s+(?:it|them|this|that)", words.strip(" .")):
            # "set Days to 3 and reserve it": the one button whose name is that verb ("Reserve")
            verbed = [e for e in self.inventory if e.role == "button" and not e.repeated
                      and any(n.lower() == pronoun.group(1) for n in names_of(e))]
            return self.target(verbed[0]) if len(verbed) == 1 else None
        said = [w for w in re.findall(r"[\w'’]+", words.lower()) if w not in ("the", "a", "an", "my", "your")]
        # ("continue shopping": the link of that name on each page that has one, never two at once)
        controls = [e for e in self.inventory if e.role in ("button", "link") and any(
            re.findall(r"[\w'’]+", n.lower()) == said for n in names_of(e))]
        one = len(controls) == 1 or (controls and never_together(controls) and len(
            {tuple(names_of(e)) for e in controls}) == 1)
        return self.target(controls[0]) if one and len(said) > 1 else None

    def _toggles_named(self, words: str) -> list[Target] | None:
        """ "seats B3, B4 and B5", "C1 instead": the toggle buttons (`aria-pressed`) whose names hold
        each item, a noun before the list naming them ("Seat B3"); None unless each is one."""
        words = re.sub(r"\s+(?:instead|again|as well|too)$", "", words, flags=re.I)
        listed = re.fullmatch(r"(?:(?P<noun>[a-z]+?)s\s+)?(?P<items>.+)", words)
        if listed is None:
            return None
        toggles = [e for e in self.inventory if e.role == "button" and "aria-pressed" in e.attrs]
        found = []
        for item in split_list(listed["items"]):
            said = [f"{listed['noun']} {item}", item] if listed["noun"] else [item]
            named = next((hits for s in said if len(hits := [e for e in toggles if any(
                re.search(rf"(?<![\w-]){re.escape(s)}(?![\w-])", n, re.I) for n in names_of(e))]) == 1), None)
            target = self.target(named[0], item) if named else None
            if target is None:
                return None
            found.append(target)
        return found or None

    def _chosen_by_label(self, text: str) -> list[Target] | None:
        """ "choose Skip 1 delivery in the dialog", "Pick Mars for the Red Planet question and
        Atlantic for the largest ocean": each item the whole label of a radio (or checkbox); the
        words after for / in / from say where it is, which only tells apart boxes of one label
        (by their group's legend). None unless every item is such a label."""
        body = re.sub(r"^\w+\s+(?:the\s+)?", "", text.strip(" ."))
        chosen = []
        for item in split_list(body):
            cuts = [m.start() for m in re.finditer(r"\s+(?:for|in|from|under|on|as|of)\s+", item)]
            readings = [(item[:end].strip(), item[end:]) for end in [len(item), *cuts]]
            if answered := re.fullmatch(r"(?P<where>.+?)\s+with\s+(?P<label>.+)", item):
                readings.append((answered.group("label"), answered.group("where")))  # "the spider question with 8"
            for label, where in readings:
                boxes = [e for e in self.inventory if e.role in ("radio", "checkbox")
                         and (e.name.static_text() or "").lower() == label.lower()]
                if len(boxes) > 1:  # the same label in several groups: the one whose legend has the words
                    boxes = [b for b in boxes if content_words(where) & self._group_words(b)]
                target = self._box_target(boxes[0]) if len(boxes) == 1 else None
                if target is not None:
                    chosen.append(target)
                    break
            else:
                return None
        return chosen or None

    def _box_target(self, box: Element) -> Target | None:
        """A locator for the box by its label, inside its group (by the group's name or legend)
        when the label alone is not unique ("Yes" of each question)."""
        label = box.name.static_text() or ""
        if (target := self.target(box, label)) is not None:
            return target
        group = self._group_of(box)
        name = group.name.static_text() if group is not None else None  # (a fieldset's: its legend's)
        if group is None or not name or group.role is None:
            return None
        within = Query("role", group.role, name=name)
        return Target(Query("role", box.role or "radio", name=label, exact=True, within=within), box)

    def _group_of(self, box: Element) -> Element | None:
        return next((a for a in self.inventory.ancestors(box) if a.tag == "fieldset" or a.role == "radiogroup"), None)

    def _group_words(self, box: Element) -> set[str]:
        """The words of the legend or name of the group (fieldset, radiogroup) a box is in."""
        group = self._group_of(box)
        return self._legend_words(group) if group is not None else set()

    def _legend_words(self, group: Element) -> set[str]:
        """A group's words: its name and its legend's."""
        legend = [c.text.display() for c in self.inventory.descendants(group) if c.tag == "legend"]
        return content_words(" ".join([group.name.display(), *legend]))

    def _option_for(self, text: str) -> tuple[Element, str, str] | None:
        """(dropdown, its words, option) of "choose 12 months for the permit length" (the option,
        then the dropdown's label) or "select zone A" (the label, then the option: a code of the
        component's data, as an option's value)."""
        rest = re.sub(r"^\w+\s+(?:the\s+)?", "", text.strip(" ."))
        if for_ := re.match(r"(?P<option>.+?)\s+for\s+(?:the\s+)?(?P<what>.+)$", rest):
            select = self.find_by_words(for_["what"], "select")
            if select is not None and self._has_option(select, for_["option"], True):
                return select, for_["what"], self._option_value(select, for_["option"])
        for select in (e for e in self.inventory if e.tag == "select"):
            for label in (t for t in (select.name.static_text(), *(x.static_text() for x in select.labels)) if t):
                if not rest.lower().startswith(label.lower() + " "):
                    continue
                option = rest[len(label) + 1 :].strip()
                if len(option.split()) > 3:
                    continue
                if self._has_option(select, option, True):
                    return select, label, self._option_value(select, option)
                if option in self.inventory.data_strings:
                    return select, label, option  # (the value a data-built option is given, as the step says it)
        return None

    def _unquoted_option(self, text: str, where: re.Match[str]) -> tuple[Element, str] | None:
        """The dropdown named after in/from/under and the unquoted option named before it."""
        option = re.sub(r"^\w+\s+(?:the\s+)?", "", text[: where.start()]).strip(" .")
        if not option or QUOTED.search(option):
            return None
        named = quoted_texts(where.group(1))
        select = (self.find_by_quote(named[0], "select") if named else None) or self.find_by_words(
            QUOTED.sub(lambda q: q.group(1), where.group(1)), "select"
        )
        if select is None or not (self._has_option(select, option) or self._open_options(select)):
            return None  # a dropdown whose options all stand in the code has to have this one
        return select, option

    def _open_options(self, select: Element) -> bool:
        """Whether the dropdown renders options from data the code cannot show (a response,
        `Object.keys(...)`): then any option the step names may be one of them."""
        return any(
            e.tag == "option" and e.text.static_text() is None and not e.text.has_literal
            for e in self.inventory.descendants(select)
        )

    def _has_option(self, select: Element, label: str, strict: bool = False) -> bool:
        """Whether the dropdown has an option of that text; one the code renders from data
        (`{s}`) may be any, unless `strict`."""
        options = [
            e
            for e in self.inventory
            if e.tag == "option" and any(a is select for a in self.inventory.ancestors(e))
        ]
        texts = [e.text.static_text() for e in options]
        if any(t is not None and t.lower() == label.lower() for t in [*texts, *(e.attr("value") for e in options)]):
            return True  # (its text, or its value: select_option takes either)
        if not strict and any(t is None for t in texts):
            return any(match(e.text, label) for e in options if e.text.static_text() is None)
        return False

    def _options_from_data(self, select: Element) -> bool:
        """Whether the dropdown draws its options from data (`{alternatives.map(...)}`)."""
        return any(e.tag == "option" and e.text.static_text() is None for e in self.inventory.descendants(select))

    def _datum(self, words: str) -> str | None:
        """The string of the component's or a mocked response's data that the words are, in
        any case ("spinach": "Spinach")."""
        found = [d for d in self.known_data() if d.lower() == words.strip(" .").lower()]
        return found[0] if len(found) == 1 else None

    def _option_value(self, select: Element, label: str) -> str:
        """select_option accepts a value or a label (exactly as written): the option's own text
        when the step wrote it in another case, else the label the step used."""
        options = [e for e in self.inventory.descendants(select) if e.tag == "option"]
        texts = [e.text.static_text() for e in options]
        same = next((t for t in texts if t is not None and t.lower() == label.lower()), None)
        # ("Medium" for `<option value="medium">Medium (up to 10) - £30.00/hour</option>`: its value)
        same = same or next((v for e in options if (v := e.attr("value")) and v.lower() == label.lower()), None)
        worded = self._option_by_words(label) if same is None else None  # "largest first": "Size: largest first"
        if same is None and worded is None and self._options_from_data(select):
            same = self._datum(label)  # "to spinach": the option "Spinach" a mocked response sends
        return same or (worded[1] if worded is not None and worded[0] is select else label)

    # ---- assertions ---------------------------------------------------------------------


# a clause that says what is, not what to do
_STATES = re.compile(r"\b(?:is|are|was|were|shows|reads|says|lists|has|have)\b", re.I)
# the roles a step acts on
_CONTROL_ROLES = ("button", "link", "tab", "menuitem", "checkbox", "radio", "switch", "option", "combobox", "textbox")
# the words before a place to go: "go back to", "navigate to the"
_NAVIGATE = re.compile(r"^\w+\s+(?:back\s+|directly\s+|straight\s+)?(?:to\s+)?(?:the\s+)?", re.I)
# the words of an order, lowest first or highest first
_ASCENDING = {"low", "lowest", "least", "cheapest", "smallest", "fewest", "oldest", "earliest", "shortest", "ascending"}
_DESCENDING = {"high", "highest", "dearest", "largest", "biggest", "most", "newest", "latest", "longest", "descending"}


def _direction(text: str) -> str | None:
    """asc / desc, from the first word of an order in the text ("low to high": asc), or None."""
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _ASCENDING or word in _DESCENDING:
            return "asc" if word in _ASCENDING else "desc"
    return None


# a table cell that ticks or unticks a checkbox
_YES_NO = {"yes": True, "no": False, "true": True, "false": False, "on": True, "off": False,
           "y": True, "n": False, "✓": True, "✔": True, "✗": False, "x": True, "ticked": True,
           "unticked": False, "checked": True, "unchecked": False}

# a statement about a state: "... is off", "... are now checked"
_STATED = re.compile(
    r"\b(?:is|are)\s+(?:now\s+|still\s+|not\s+)?(?:on|off|checked|unchecked|ticked|unticked|selected|"
    r"enabled|disabled|shown|visible|displayed|empty)\b"
)


def map_test_case(inventory: Inventory, case: TestCase) -> MappedTest:
    mapper = Mapper(inventory)
    for mock in case.mocks:  # what a mocked response sends, the page may show
        sent = _strings(json.loads(mock.body)) if mock.body is not None else []
        mapper.mocked += sent
        mapper.typed += sent
    test = MappedTest(component=inventory.component, title=case.title or inventory.component)
    routes = [route for mock in case.mocks for route in _routes(mock)]
    opening = Block("open the page", [*routes, Action("goto")])
    if case.preconditions:
        for clause in split_clauses(case.preconditions):
            mapper.map_assertions(clause, opening, precondition=True)
    test.blocks.append(opening)
    given: list[Action] = []  # each Examples row of an outline is a scenario of its own: it opens the page
    if len(case.scenarios) > 1:
        given = opening.actions[len(routes) :]
        del opening.actions[len(routes) :]
    after: dict[int, list[str]] = {}
    for step_no, item in anchor_expected(case.expected, case.steps):
        # (an outline's rows each open the page: what it opens with is checked at the end)
        after.setdefault(len(case.steps) if step_no == 0 and given else step_no, []).append(item)
    test.blocks += _expected_blocks(mapper, after.pop(0, []))  # the page as it opens
    for number, step in enumerate(case.steps, start=1):
        block = Block(f"Step {number}: {step}", list(given) if number in case.scenarios else [])
        setting = None  # the verb of the step's last clause that entered values
        for clause in split_clauses(mapper.quote_said(mapper.kept_whole(step))):
            clause = mapper.named_person(clause)
            # "Place order is greyed out, even after ticking I have checked the proof": the check,
            # the action, the check again
            even = re.match(r"(?P<check>.+?),?\s+even\s+(?:after|when|once|if)\s+(?:you\s+)?(?P<verb>[a-z]+)ing\s+"
                            r"(?P<what>.+)$", clause)
            then_again = None
            if even and (verb := _verb_of(even["verb"])) is not None:
                clause, then_again = even["check"], (f"{verb} {even['what']}",
                                                     re.split(r",\s+(?:and\s+)?|\s+and\s+", even["check"])[-1])
            start_actions, start_todos = len(block.actions), len(block.todos)
            before = start_actions + start_todos
            mapper.only_looked = False  # ("look at the Save button": nothing to do, by design)
            acted = mapper.map_action(clause, block)
            if len(block.actions) == start_actions and setting is not None and _continues(mapper, clause, setting,
                                                                                          block):
                del block.todos[start_todos:]
                acted = True
            entering = re.match(r"(enter|type|fill in|fill|put|set|select|choose|pick)\s", clause.strip(), re.I)
            if entering and any(a.verb in ("fill", "select", "select_containing")
                                for a in block.actions[start_actions:]):
                setting = "enter" if entering.group(1).lower() == "fill in" else entering.group(1)
            if acted and len(block.actions) + len(block.todos) == before and (
                not mapper.only_looked
            ) and (
                named := mapper.control_or_data_named(clause)
            ) is not None:
                # an action that names something on the page but became no action: said, never skipped
                block.todos.append(
                    Issue(
                        f"TODO: no action written for {clause.strip()!r} (it names {named!r}): do it by hand", "warning"
                    )
                )
            if not acted:
                if re.match(  # "..., that the heading is X": one more of a list of checks
                    r"(verify|check|ensure|confirm|make sure|observe|note|assert|wait|that)\b", clause, re.I
                ) or DECLARATIVE.search(clause) or ORDER_LIST.search(clause) or (
                    quoted_texts(clause) and state_word(QUOTED.sub('"…"', clause).lower())
                ) or re.search(r"\b(?:should|must)\b|^(?:its|their)\b|^with\s+the\s+focus\b", QUOTED.sub(" ", clause),
                               re.I) or re.match(  # "the address now ends in #/huts/gouter"
                    r"the\s+(?:page\s+)?(?:address|url)\b", clause.strip(), re.I
                ) or mapper.says_as_template(clause) or re.match(  # "the postcode box now holds BA1 5NE": a value
                    r"the\s+[\w' -]+?\s+(?:box|field|input)\s+(?:now\s+|still\s+)?"
                    r"(?:holds|contains|shows|reads|says)\s",
                    clause.strip(), re.I
                ) or re.match(  # "Open the register; it has 4 pupils": a count stated ("it is marked X": a mark)
                    r"(?:it|they|the\s+[\w' -]+?)\s+(?:(?:now\s+|still\s+)?(?:has|have|lists|shows|contains|holds)\s+"
                    r"(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]|(?:is|are)\s+(?:now\s+|still\s+)?"
                    r"(?:marked|labelled|labeled|flagged)\s)", clause.strip(), re.I
                ) or (
                    state_word(clause.lower()) and re.search(r"\b(?:is|are|gets?|got|becomes?)\b", clause, re.I)
                ):
                    # 'The settings open with the "Dark mode" switch off', "the counter should go up to 2"
                    _checked(mapper, clause, block)
                elif _STATEMENT_OF_PAGE.match(clause.strip()) and (checks := _checks_only(mapper, clause)):
                    # "You are now on step 2 of 3", "The confirmation thanks Aisha ...": a statement
                    # of the page that reads as checks and nothing else
                    block.actions += checks
                else:
                    block.todos.append(Issue(f"TODO (manual): {clause}", "info"))
            if then_again is not None:
                done = len(block.actions)
                if mapper.map_action(then_again[0], block) and len(block.actions) > done:
                    _checked(mapper, then_again[1], block)
            block.placed(start_actions, start_todos)
            named_rows = mapper.rows_named(clause)
            mapper.last_mentioned = (named_rows or [mapper.last_mentioned])[-1]
            mapper.last_named_rows = named_rows if len(named_rows) > 1 else mapper.last_named_rows
        test.blocks.append(block)
        mapper.done_steps.append(list(block.actions))
        test.blocks += _expected_blocks(mapper, after.get(number, []))
    return test


def _verb_of(stem: str) -> str | None:
    """The action verb of an -ing form's stem ("tick" of ticking, "type" of typing), if it is one."""
    return next((v for v in (stem, f"{stem}e", stem[:-1]) if re.fullmatch(ACTION_VERBS, v, re.I)), None)


def _continues(mapper: Mapper, clause: str, verb: str, block: Block) -> bool:
    """ "Enter check-in 10 Aug 2024 and check-out 7 Aug 2024": a clause with no verb of its own,
    after one that entered values, enters its values the same way (or it adds nothing)."""
    if re.match(rf"(?:{ACTION_VERBS})(?![\w-])", clause.strip(), re.I) or _STATES.search(QUOTED.sub(" ", clause)):
        return False
    if mapper.says_as_template(clause):
        return False  # "Enter 1250 as the winnings - each member gets £312.50": the page's own words, a result
    actions, todos = len(block.actions), len(block.todos)
    for part in split_outside_quotes(clause.strip(" ."), r"\s*,\s*(?:and\s+)?|\s+and\s+"):
        # ("start time 20:00 and 2 hours": a dropdown's option as well as a field's value)
        for way in dict.fromkeys([verb, "select"]):
            done, left = len(block.actions), len(block.todos)
            if mapper.map_action(f"{way} {part}", block) and len(block.actions) > done and len(block.todos) == left:
                break
            del block.actions[done:], block.todos[left:]
        else:
            del block.actions[actions:], block.todos[todos:]
            return False
    return True


def _expected_blocks(mapper: Mapper, items: list[str]) -> list[Block]:
    """One block of checks per expected result."""
    blocks = []
    for item in items:
        blocks.append(expected_block := Block(f"Expected: {item}"))
        for clause in split_clauses(mapper.quote_said(mapper.kept_whole(item))):
            start_actions, start_todos = len(expected_block.actions), len(expected_block.todos)
            _checked(mapper, clause, expected_block)
            expected_block.placed(start_actions, start_todos)
    return blocks


# "You are now on step 2 of 3", "The confirmation thanks Aisha": where the page is, what it says
_STATEMENT_OF_PAGE = re.compile(
    r"(?:you|we)\s+are\b|I\s+am\b|the\s+(?:[\w-]+\s+){0,2}(?:thanks|promises|says|reads|shows|confirms)\b", re.I
)


def _checks_only(mapper: Mapper, clause: str) -> list[Action]:
    """The clause's checks where it maps to checks only (no TODO, no note)."""
    scratch = Block("")
    _checked(mapper, clause, scratch)
    return scratch.actions if scratch.actions and not scratch.todos else []


def _checked(mapper: Mapper, clause: str, block: Block) -> None:
    """The clause's checks; one that maps to none says so (an expected result is never
    dropped without a word)."""
    before = len(block.actions) + len(block.todos)
    mapper.map_assertions(clause, block)
    if len(block.actions) + len(block.todos) == before and mapper.check_template_text(clause, block):
        return
    if len(block.actions) + len(block.todos) == before and not re.match(
        # "check the summary": what to check is in the expected results
        r"(?:wait|open|go|start)\b|(?:check|verify|inspect|review|look at)\s+(?!that\b|whether\b|if\b)[^\"“\d]*$",
        clause.strip(),
        re.I,
    ):
        note_unchecked(block, clause)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [s for item in value for s in _strings(item)] if isinstance(value, list) else []


def _routes(mock: Mock) -> list[Action]:
    """A mocked response, set up before the page loads (any query string matches); a first call
    answered otherwise is routed after it, once (Playwright runs the last route added first)."""
    fulfill = f"status={mock.status}"
    if mock.body is not None:
        fulfill += f", json={json.loads(mock.body)!r}"
    routes = [Action("route", value=f"**{mock.path}*", value_code=fulfill)]
    if mock.first_status is not None:
        routes.append(Action("route_once", value=f"**{mock.path}*", value_code=f"status={mock.first_status}"))
    return routes
