"""Manual test steps: from a sibling test case file, a comment above the component, or client text.

Styles read (all into one `TestCase`): the dataset's numbered format (`# <title>`, optional
`Preconditions:`, numbered steps, `Expected result:` bullets); bug reports (`Steps to
reproduce:`, `Expected:`, and `Actual:` which describes the bug and is never asserted); prose
paragraphs (each sentence a step); a Markdown table of inputs and outcomes (one step per row);
and Gherkin (`.feature`: Given/When/Then). A precondition "`GET /api/x` responds with:" and a
fenced JSON block (or a status) becomes a mocked response.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tree_sitter import Node

from testdraft.parsing.jsx import parse
from testdraft.ui.inventory import ComponentInfo, list_components


class NoStepsError(ValueError):
    """No manual test steps were found for the component."""


@dataclass(frozen=True)
class Mock:
    """A canned response for a request the component makes (Playwright's `page.route`)."""

    method: str
    path: str
    status: int = 200
    body: str | None = None  # JSON text
    first_status: int | None = None  # "the first GET ... responds with status 503; every later call ...": once


@dataclass
class TestCase:
    title: str
    preconditions: str = ""
    steps: list[str] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    source: str = ""  # where the steps came from, for messages
    mocks: list[Mock] = field(default_factory=list)
    # a Scenario Outline: the step (1-based) each Examples row starts at, each a new scenario
    scenarios: list[int] = field(default_factory=list)


_NUMBERED = re.compile(r"^\s*(\d+)[.)]\s+(.*)$")
_BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
_EXPECTED = re.compile(
    r"^\s*\**\s*expected(?:\s+(?:results?|behaviou?r|outcome))?\s*\**\s*:\**\s*(.*)$"
    r"|^\s*\**\s*expected results?\s*\**\s*$",
    re.IGNORECASE,
)
_ACTUAL = re.compile(r"^\s*\**\s*actual(?:\s+(?:results?|behaviou?r))?\s*\**\s*:", re.IGNORECASE)
_STEPS = re.compile(r"^\s*\**\s*(?:steps(?: to reproduce)?)\s*\**\s*:\**\s*(.*)$", re.IGNORECASE)
_PRECONDITIONS = re.compile(r"^\s*\**\s*pre-?conditions?\s*:?\**\s*:?\s*(.*)$", re.IGNORECASE)
_MOCK = re.compile(
    r"`?(GET|POST|PUT|PATCH|DELETE)\s+(/[^\s`]*)`?\s+(?:responds|returns|answers)\s+with"
    r"(?:\s+(?:status|HTTP)\s+(\d{3}))?",
    re.IGNORECASE,
)
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_GHERKIN = re.compile(r"^\s*(Feature|Scenario|Scenario Outline|Background)\s*:", re.MULTILINE)
_GHERKIN_STEP = re.compile(r"^\s*(Given|When|Then|And|But|\*)\s+(.*)$")
# the verbs an imperative step starts with (the mapper splits clauses on them too)
ACTION_VERBS = (
    r"(?:enter|type|fill|write|input|click|press|tap|tick|untick|uncheck|check|select|choose|"
    r"pick|replace|clear|turn|toggle|open|go|navigate|visit|reload|submit|hover|leave|change|"
    r"update|edit|modify|adjust|set|use|expand|collapse|follow|sort|filter|narrow|switch|double[- ]?click|"
    r"right[- ]?click)"
)
_ACTION_START = re.compile(rf"^{ACTION_VERBS}\b", re.IGNORECASE)
_STATEMENT = re.compile(
    r"\b(?:shows?|reads?|says?|displays?|is (?:shown|displayed|visible|disabled|enabled|"
    r"checked|unchecked|selected|empty)|are (?:shown|listed|displayed))\b",
    re.IGNORECASE,
)


def parse_test_case(text: str, source: str = "") -> TestCase:
    """Parse a manual test case in any of the styles above; tolerant of missing sections."""
    if source.endswith(".feature") or _GHERKIN.search(text):
        case = _parse_gherkin(text, source)
    else:
        case = _parse_markdown(text, source)
    if not case.steps and not case.expected:
        raise NoStepsError(f"{source or 'test case'}: no steps or expected results found")
    return case


def _parse_markdown(text: str, source: str) -> TestCase:
    case = TestCase(title="", source=source)
    section = "steps"
    prose: list[str] = []  # lines that are no list item: a paragraph, a table's instruction
    table: list[list[str]] = []
    lines = iter(text.splitlines())
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            section = "steps" if section == "preconditions" else section  # a paragraph ends
            continue
        if line.lstrip().startswith("```"):  # a fenced block: the body of the last mock
            body = "\n".join(_until_fence(lines, "```"))
            _attach_body(case, body)
            continue
        if line.lstrip().startswith("#") and not case.title:
            case.title = line.lstrip("# ").strip()
            continue
        if row := _TABLE_ROW.match(line):
            cells = [c.strip() for c in row.group(1).split("|")]
            if not all(re.fullmatch(r":?-+:?", c) for c in cells):
                table.append(cells)
            continue
        if m := _PRECONDITIONS.match(line):
            case.preconditions = m.group(1).strip()
            section = "preconditions"
            continue
        if m := _STEPS.match(line):
            section = "steps"
            if m.group(1).strip():
                prose.append(m.group(1).strip())
            continue
        if _ACTUAL.match(line):
            section = "actual"  # what the bug does: never a check
            continue
        if m := _EXPECTED.match(line):
            section = "expected"
            if m.group(1) and m.group(1).strip():
                case.expected.append(m.group(1).strip())
            continue
        if section == "actual":
            continue
        numbered = _NUMBERED.match(line)
        bullet = _BULLET.match(line)
        if numbered and section != "expected":
            case.steps.append(numbered.group(2).strip())
            section = "steps"
        elif (bullet or numbered) and section == "expected":
            item = bullet or numbered
            assert item is not None
            case.expected.append(item.group(item.lastindex or 1).strip())
        elif bullet and section in ("steps", "preconditions") and not case.steps:
            case.steps.append(bullet.group(1).strip())
        elif section == "preconditions":
            case.preconditions = f"{case.preconditions} {line.strip()}".strip()
        elif section == "expected" and case.expected:
            case.expected[-1] += " " + line.strip()
        elif section == "steps" and case.steps:
            case.steps[-1] += " " + line.strip()
        elif not case.title:
            case.title = line.strip()
        else:
            prose.append(line.strip())
    _collect_mocks(case, case.preconditions)
    case.preconditions = " ".join(s for s in sentences(case.preconditions) if not _MOCK.search(s))
    if table:
        _table_steps(case, table, " ".join(prose))
    elif prose and not case.steps:
        case.steps = [s for s in sentences(" ".join(prose)) if not _MOCK.search(s)]
    return case


def _until_fence(lines: object, fence: str) -> list[str]:
    body: list[str] = []
    for raw in lines:  # type: ignore[attr-defined]
        if raw.strip().startswith(fence):
            break
        body.append(raw)
    return body


def _collect_mocks(case: TestCase, text: str) -> None:
    known = {(m.method, m.path) for m in case.mocks}
    for m in _MOCK.finditer(text):
        if (m.group(1).upper(), m.group(2)) not in known:
            later = _LATER_CALLS.match(text, m.end())
            first = re.search(r"\bfirst\s+`?$", text[: m.start()], re.I) or (later and later.group("first"))
            if later and first:  # the first call fails, later answer
                case.mocks.append(Mock(m.group(1).upper(), m.group(2), int(later.group("later") or 200),
                                       first_status=int(m.group(3) or 200)))
            else:
                case.mocks.append(Mock(m.group(1).upper(), m.group(2), int(m.group(3) or 200)))


# "...; every later call responds with:": what the calls after the first answer
# ("... responds with status 503 the first time it's called, and after that it responds with:")
_LATER_CALLS = re.compile(r"(?P<first>\s+(?:the\s+)?first\s+time(?:\s+(?:it['’]s|it\s+is)\s+(?:called|requested))?)?"
                          r"[;,.]?\s*(?:and\s+)?(?:(?:every|each|all|any)\s+(?:later|other|following|subsequent|next)\s+"
                          r"(?:calls?|requests?|times?)|after\s+that(?:\s+it)?|from\s+then\s+on(?:\s+it)?)\s+"
                          r"(?:responds?|returns?|answers?|gets?)\s+(?:with\s*)?"
                          r"(?:(?:status|HTTP)\s+(?P<later>\d{3}))?", re.I)


def _attach_body(case: TestCase, body: str) -> None:
    """A JSON block after "responds with:" is that response's body."""
    _collect_mocks(case, case.preconditions)  # the request this block answers, if new
    if not case.mocks or case.mocks[-1].body is not None:
        return
    try:
        json.loads(body)
    except ValueError:
        return
    last = case.mocks[-1]
    case.mocks[-1] = Mock(last.method, last.path, last.status, body.strip(), last.first_status)


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; a full stop inside quotes ends none."""
    out: list[str] = []
    start, quoted = 0, False
    for i, char in enumerate(text):
        closing = False
        if char in "\"“”" and text[i - 1 : i] != "\\":  # `\"` is a quote inside the quote
            quoted = not quoted if char == '"' else char == "“"
            closing = not quoted and text[i - 1 : i] in (".", "!", "?")  # "... pocket." Click
        if (closing or char in ".!?") and not quoted:
            rest = text[i + 1 :]
            if re.match(r"\s+[\"“]?[A-Z]", rest) or not rest.strip():
                out.append(text[start : i + 1].strip())
                start = i + 1
    if text[start:].strip():
        out.append(text[start:].strip())
    return [s for s in out if s]


_OUTCOME_HEADER = re.compile(r"expected|result|outcome|show[sn]?|message|label|quote|output", re.I)


# a cell that says the field stays empty: "(leave empty)", "(blank)", "-"
_EMPTY_CELL = re.compile(
    r"\(?(?:leave\s+(?:it\s+)?)?(?:empty|blank|none|nothing)\)?|\((?:clear|empty)(?:\s+the\s+\w+)?\)|[-–—]", re.I
)


# an instruction that says an empty cell means the field is not there at all
_ABSENT_WHEN_EMPTY = re.compile(
    r"\b(?:a|an)\s+(?:dash|empty cell|blank cell|[-–—])\s+(?:in\s+the\s+(?P<column>[\w ()]+?)\s+column\s+)?means\s+"
    r"(?:that\s+)?(?:the\s+)?[\w ]*?\b(?:must|should|does|is|will)\s+not\s+(?:be\s+)?(?:offered|shown|displayed|"
    r"visible|appear|there)",
    re.I,
)


# a click of the instruction: 'click "Check"', or a capitalised name up to a comma, full stop or
# "and" ("click Check delivery and read the message"), without its kind of control
_TABLE_CLICK = re.compile(
    r"\b((?i:click|press|tap|hit))\s+(?:on\s+)?(?:the\s+)?(?:[\"“]([^\"”]+)[\"”]|([A-Z][\w'&-]*(?:\s+(?!and\b|then\b|"
    r"button\b|link\b|to\b|for\b|in\b|on\b|at\b|with\b|so\b|until\b|once\b|when\b|after\b|before\b|if\b)[\w'&-]+)*))",
)


def _table_steps(case: TestCase, table: list[list[str]], instruction: str) -> None:
    """A table of inputs and outcomes: per row, fill each input column's field (the header
    names it), do the instruction's clicks, and expect the outcome column's text."""
    header, rows = table[0], table[1:]
    # "..., then check the Total": the last column the instruction says to check is the outcome too
    checked = len(header) > 1 and not _OUTCOME_HEADER.search(header[-1]) and re.search(
        rf"\b(?:check|verify|read|compare)\s+(?:the\s+)?{re.escape(header[-1].strip())}\b", instruction, re.I
    )
    outcome = len(header) - 1 if checked or (len(header) > 1 and _OUTCOME_HEADER.search(header[-1])) else None
    inputs = [i for i in range(len(header)) if i != outcome]
    clicks = [
        f'{verb.lower()} "{quoted or named}"'
        for verb, quoted, named in _TABLE_CLICK.findall(instruction)
    ]
    # "A dash in the Breed size column means the list must not be offered": such a cell is a check
    absent = _ABSENT_WHEN_EMPTY.search(instruction)
    for row in rows:
        if len(row) != len(header):
            continue
        actions = [
            f'enter "{row[i]}" in the {header[i]} field'
            if row[i] and not _EMPTY_CELL.fullmatch(row[i])
            else f"check that the {header[i]} field is not shown"
            if absent and (not absent.group("column") or absent.group("column").lower() == header[i].lower())
            # ("None" may be a dropdown's option: the cell's word goes with it)
            else f'clear the {header[i]} field ("{row[i]}")' if re.fullmatch(r"none|nothing", row[i].strip(), re.I)
            else f"clear the {header[i]} field"
            for i in inputs
        ]
        actions[0] = actions[0][0].upper() + actions[0][1:]
        case.steps.append(", then ".join(actions + clicks))
        if outcome is not None and row[outcome]:
            # a column "Counter shows" names where the text is: "the Counter shows "...""
            where = re.match(r"(?P<what>.+?)\s+(?:shows|reads|says|displays)$", header[outcome].strip(), re.I)
            what = where.group("what") if where else header[outcome].strip() if checked else None
            text = f'"{row[outcome]}"'
            check = f"the {what} shows {text}" if what else f"{text} is shown"
            case.expected.append(f"After step {len(case.steps)}: {check}")


def _parse_gherkin(text: str, source: str) -> TestCase:
    """The first scenario (with the Background) of a feature file."""
    case = TestCase(title="", source=source)
    kind = "Given"
    preconditions: list[str] = []
    examples: list[list[str]] | None = None  # a Scenario Outline's Examples table, once seen
    lines = iter(text.splitlines())
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith(("#", "@")):
            continue
        if re.match(r"Examples\s*:", line):
            examples = []
            continue
        if examples is not None and (row := _TABLE_ROW.match(line)):
            examples.append([c.strip() for c in row.group(1).split("|")])
            continue
        if line.startswith('"""') or line.startswith("```"):
            _attach_body(case, "\n".join(_until_fence(lines, line[:3])))
            continue
        if m := re.match(r"(Feature|Scenario Outline|Scenario|Background)\s*:\s*(.*)$", line):
            if m.group(1).startswith("Scenario"):
                if case.steps or case.expected:
                    break  # one test per case: the first scenario
                case.title = m.group(2).strip() or case.title
            elif m.group(1) == "Feature" and not case.title:
                case.title = m.group(2).strip()
            continue
        m = _GHERKIN_STEP.match(line)
        if m is None:
            continue  # a data table row or free text under the feature
        kind = kind if m.group(1) in ("And", "But", "*") else m.group(1)
        text_ = _first_person(m.group(2).strip())
        if kind == "Given" and _MOCK.search(text_):
            _collect_mocks(case, text_)
        elif kind == "When" or (kind == "Given" and _ACTION_START.match(text_)):
            case.steps.append(_state_set(text_))
        elif kind == "Given" and not (
            # 'the heading reads "X"', "the heading reads Your playlists (4)": a check, unquoted too
            _STATEMENT.search(text_) and re.search(r"[\"“]|\b(?:reads?|says?|shows?)\s+[A-Z0-9]", text_)
        ):
            preconditions.append(text_)
        elif kind == "Given" or not case.steps:  # a check before any action
            case.steps.append(f"Verify that {text_}")
        else:
            case.expected.append(f"After step {len(case.steps)}: {text_}")
    case.preconditions = "; ".join(preconditions)
    if examples and len(examples) > 1:
        _expand_outline(case, examples[0], examples[1:])
    return case


def _state_set(step: str) -> str:
    """ "When express service is ticked": in a Gherkin step, a state to set, said as a fact."""
    set_to = re.fullmatch(r"(?:the\s+)?(?P<what>.+?)\s+(?:is|are)\s+(?P<no>not\s+|un)?(?:ticked|checked)",
                          step.strip(" ."), re.I)
    return f"{'untick' if set_to['no'] else 'tick'} {set_to['what']}" if set_to else step


def _expand_outline(case: TestCase, header: list[str], rows: list[list[str]]) -> None:
    """A Scenario Outline: its steps once per Examples row, `<name>` replaced by the row's
    value (the expected results anchored after their step of that row)."""
    steps, expected = case.steps, case.expected
    case.steps, case.expected = [], []
    for row in rows:
        if len(row) != len(header):
            continue
        values = dict(zip(header, row, strict=True))

        def fill(text: str, values: dict[str, str] = values) -> str:
            def value(m: re.Match[str]) -> str:
                found = values.get(m.group(1).strip(), m.group(0))
                quoted = text[m.start() - 1 : m.start()] in ('"', "“") and text[m.end() : m.end() + 1] in ('"', "”")
                return found.replace('"', '\\"') if quoted else found  # a quote in a quote stays one

            return re.sub(r"<([^<>]+)>", value, text)

        offset = len(case.steps)
        case.scenarios.append(offset + 1)
        case.steps += [_state_set(fill(step)) for step in steps]
        for item in expected:
            if m := re.match(r"After step (\d+): (.*)$", item, re.S):
                item = f"After step {int(m.group(1)) + offset}: {m.group(2)}"
            case.expected.append(fill(item))


def _first_person(text: str) -> str:
    """ "I click X" -> "click X"; "I see "X"" -> ""X" is shown"; "I see Added 2 to your basket" ->
    "the page shows Added 2 to your basket"."""
    # ("I see Added 2 to your basket": a sentence the page writes, not a thing that is shown)
    text = re.sub(r"^I (?:should )?(?:see|can see)\s+(?!(?:The|A|An|No|My|Your|Only|All|Both)\b)([A-Z]\w*\s+[a-z0-9£$€]"
                  r"(?:(?!\b(?:in|on|under|at)\s+the\b|\b(?:is|are)\b).)*)$", r"the page shows \1", text)
    text = re.sub(r"^I (?:should )?(?:see|can see)\s+(.*)$", r"\1 is shown", text)
    text = re.sub(r"^(?:I|the user|the customer)\s+(?:am\s+|is\s+)?", "", text)
    return re.sub(r"^am on\b", "on", text)


def _comment_above(source: str, path: str, component: ComponentInfo) -> str | None:
    """The comment block right above the component, with comment markers stripped."""
    root = parse(source.encode("utf-8"), path).root_node
    comments: list[Node] = []
    for node in root.named_children:
        if node.type == "comment" and node.end_point[0] < component.start_line:
            if comments and comments[-1].end_point[0] < node.start_point[0] - 1:
                comments = []
            comments.append(node)
        elif node.start_point[0] >= component.start_line:
            break
        elif node.type != "comment":
            comments = []
    if not comments or comments[-1].end_point[0] < component.start_line - 1:
        return None
    lines = []
    for comment in comments:
        body = (comment.text or b"").decode("utf-8", "replace")
        for line in body.splitlines():
            line = re.sub(r"^\s*(/\*+|\*+/|\*(?!\*)|//+)", "", line)
            line = re.sub(r"\*+/\s*$", "", line)
            lines.append(line.rstrip())
    text = "\n".join(lines).strip()
    return text if _NUMBERED.search(text) or re.search(r"^\s*[-*]\s", text, re.M) else None


def find_steps(
    component_path: str,
    component_source: str,
    component_name: str | None = None,
    client_text: str | None = None,
) -> TestCase:
    """Steps in priority order: client text, `<Component>.testcase.md`, `testcase.md`, the
    same names with `.feature` (Gherkin), the folder's only `.feature` file, comment."""
    if client_text and client_text.strip():
        return parse_test_case(client_text, "client")
    folder = Path(component_path).parent
    components = list_components(parse(component_source.encode("utf-8"), component_path).root_node)
    chosen = next((c for c in components if c.name == component_name), None) or next(
        (c for c in components if c.is_default_export), components[0] if components else None
    )
    names = [f"{chosen.name}.testcase.md"] if chosen else []
    names += [f"{Path(component_path).stem}.testcase.md", "testcase.md"]
    names += [f"{Path(n).stem.removesuffix('.testcase')}.feature" for n in names[:-1]]
    names.append("testcase.feature")
    features = sorted(folder.glob("*.feature")) if folder.is_dir() else []
    candidates = [folder / n for n in names] + (features if len(features) == 1 else [])
    for candidate in candidates:
        if candidate.is_file():
            return parse_test_case(candidate.read_text(encoding="utf-8"), str(candidate))
    if chosen is not None:
        comment = _comment_above(component_source, component_path, chosen)
        if comment:
            return parse_test_case(comment, f"comment above {chosen.name}")
    raise NoStepsError(
        f"no manual test steps for {component_path}: add {names[0] if names else 'testcase.md'} "
        "next to it, a numbered comment block above the component, or pass the steps"
    )
