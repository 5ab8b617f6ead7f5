"""Steps the mapper left as TODOs, tried on the live page (issue 14, item 2).

A step the mapper cannot read ("add Priya as well", "type Ola", "press Leave next to Sam")
becomes a `# TODO` line, and the test then fails at the next expected result. What could be
done there is on the page: the test runs up to the TODO and the live page is read (roles,
accessible names, fields). Actions on elements the step names, with values the step states,
are tried in order of how much of the step they account for. One is kept only when the test
then gets further than before: the steps' own expected results, never changed, are the judge,
as for a tester trying out a vaguely written step (a step whose effect only the next one
shows is tried with it). Otherwise the TODO stays as it was. With no
TODO left before the failure, the step just above it is finished the same way: its lines may do
only part of it ("enter Sam as my name and join": the fill written, the join not).
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from dataclasses import dataclass, field

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.ui.issues import Issue, shifted
from testdraft.ui.mapping.wording import content_words, quoted_texts
from testdraft.ui.repair import LivePage, Runner, probe_page, string_literal
from testdraft.ui.run import UiRunResult

EXPLORED = "step tried on the live page"  # how the issue of a kept action starts
MAX_CANDIDATES = 4  # actions tried per TODO step
MAX_RUNS = 24  # browser runs per test, the page readings included (a run: 3-5 s)

_CLICKABLE = {"button", "link", "tab", "menuitem", "checkbox", "radio", "switch", "treeitem"}
_CHECKABLE = {"checkbox", "radio", "switch"}
_FIELDS = {"textbox", "searchbox", "spinbutton"}
_ROWS = ("listitem", "row", "article", "group")  # what holds a repeated button with its item
# verbs a step that does something starts with; a TODO (manual) that starts otherwise may be a check
_ACTION_VERBS = {
    "click", "press", "tap", "hit", "select", "choose", "pick", "type", "enter", "fill", "put", "add", "remove",
    "delete", "open", "close", "tick", "untick", "check", "uncheck", "toggle", "switch", "turn", "submit", "join",
    "leave", "book", "save", "send", "search", "set", "change", "clear", "go", "navigate", "expand", "collapse",
    "sort", "filter", "move", "request", "cancel", "confirm", "accept", "mark", "rate", "vote", "register", "sign",
    "log", "apply", "reset", "increase", "decrease", "raise", "lower", "edit", "rename", "write", "give", "pay",
    "order", "buy", "reserve", "upload", "hide", "show", "star", "like", "follow", "dismiss", "undo", "archive",
    "approve", "reject", "assign", "swap", "use", "try", "drop"
}
# a TODO (manual) with one of these says what should be, not what to do
_CHECK_WORDS = {
    "is", "are", "was", "were", "be", "shows", "show", "says", "say", "should", "must", "visible", "displayed",
    "appears", "appear", "listed", "reads", "gone", "disabled", "enabled", "greyed", "still", "now"
}
# "add Priya": entering a value and pressing the button that sends it is one step
_SENDING_VERBS = {"add", "join", "submit", "save", "send", "book", "register", "search", "create", "post", "apply",
                  "request", "enter", "sign", "log", "reserve", "order"}
# "Start time 18:00," / "players to 4 and": what follows a field's name up to the next part
_VALUE_AFTER_NAME = re.compile(
    r"\s*(?:field|box)?\s*(?:to|=|:|as|of|with)?\s*(?P<v>[^,;]+?)\s*(?:,|;|\band\b|\bthen\b|$)", re.IGNORECASE
)
_UNSET = re.compile(r"\b(?:un(?:tick|check|select)|clear|deselect|(?:turn|switch)\s+off)\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:i|we|you|then|now|and|also|next|finally|user|the user)\b[\s,]*)+", re.IGNORECASE)
_QUOTE = r"(?P<q>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")"
_TODO_FORMS = (  # the mapper's TODOs for an action it could not write
    re.compile(rf"# TODO: no action written for {_QUOTE} \(it names"),
    re.compile(r"# TODO \(manual\): (?P<raw>.+)$"),
    re.compile(rf"# TODO: no value to enter in {_QUOTE}$"),
    re.compile(rf"# TODO: no control found to {_QUOTE}$"),
    re.compile(rf"# TODO: could not find what to select in {_QUOTE}$"),
    re.compile(rf"# TODO: {_QUOTE} could be any of "),
    re.compile(rf"# TODO: (?P<verb>[a-z]+) {_QUOTE}: "),
)


@dataclass(frozen=True)
class _Site:
    """Where actions are tried: a TODO line they replace, or the end of a step they finish."""

    line: int  # 1-based: the TODO line, or the line the actions go before
    replaces: int  # 1: the TODO line goes; 0: the actions are inserted
    indent: int
    clause: str
    key: tuple[str, int]  # the line's text and which of its repeats: stable while lines move
    written: frozenset[str] = frozenset()  # statements the step has already (never tried again)


@dataclass(frozen=True)
class _Candidate:
    statements: tuple[str, ...]
    score: float


@dataclass
class Explored:
    code: str
    run: UiRunResult
    issues: list[Issue] = field(default_factory=list)
    kept: int = 0  # steps given actions from the live page
    runs: int = 0  # browser runs spent


def explore_todo_steps(
    code: str,
    run_result: UiRunResult,
    issues: list[Issue],
    run: Runner,
    max_runs: int = MAX_RUNS,
    cancel: CancelToken = NEVER_CANCELLED,
) -> Explored:
    """While the test fails after a TODO action step, try the page's likely actions there; when
    no TODO is left before the failure, try what the step just above it says and its lines do
    not do yet ("enter Sam as my name and join": the fill written, the join not).

    `run_result` is the browser run of `code` and `issues` its issues (lines move with the
    code). A candidate is kept when the test then passes or fails on a later line; the best of
    at most `MAX_CANDIDATES` per step, at most `max_runs` browser runs in all. A candidate that
    changes nothing the checks see is kept only together with the next TODO step's, when the
    two get further ("switch to the second tab", then "book the 18:30 class")."""
    result = Explored(code, run_result, list(issues))
    tried: set[tuple[str, int]] = set()
    while result.runs < max_runs and result.run.outcome == "failed" and result.run.line:
        failing = result.run.line
        site = next((t for t in _action_todos(result.code) if t.line < failing and t.key not in tried), None)
        if site is None and (step := _step_above(result.code, failing)) is not None and step.key not in tried:
            site = step
        if site is None:
            break
        tried.add(site.key)
        best, neutral = _try_site(result, result.code, site, failing, run, max_runs, cancel)
        if best is not None:
            _keep(result, site, best)
            continue
        # "switch to the second tab" then "book the 18:30 class": a step whose effect only the
        # next TODO step shows; the pair is kept when the two together get further
        later = [t for t in _action_todos(neutral.code) if neutral.run.line > t.line > site.line
                 and t.key not in tried] if neutral is not None else []
        if neutral is None or not later:
            continue
        second, _ = _try_site(result, neutral.code, later[0], neutral.run.line, run, max_runs, cancel)
        if second is not None:
            tried.add(later[0].key)
            _keep(result, site, neutral, "gets further together with the next step's action")
            _keep(result, later[0], second)
    return result


@dataclass(frozen=True)
class _Trial:
    reach: float  # the line of the code before the trial that the run got to
    code: str
    run: UiRunResult
    candidate: _Candidate


def _try_site(
    result: Explored, code: str, site: _Site, failing: int, run: Runner, max_runs: int, cancel: CancelToken
) -> tuple[_Trial | None, _Trial | None]:
    """The best trial at `site` that gets further than `failing`, and the likeliest one that runs
    through its own lines and then fails where the test did (it may need the next step)."""
    cancel.raise_if_cancelled()
    page = probe_page(code, site.line, site.line + site.replaces - 1, site.indent, run)
    result.runs += 1
    if page is None:
        return None, None
    best: _Trial | None = None
    neutral: _Trial | None = None
    candidates = [c for c in _candidates(site.clause, page) if not set(c.statements) & site.written]
    for candidate in candidates[:MAX_CANDIDATES]:
        if result.runs >= max_runs:
            break
        cancel.raise_if_cancelled()
        tried_code = _replaced(code, site, candidate.statements)
        tried_run = run(tried_code)
        result.runs += 1
        trial = _Trial(_reach(tried_run, site, len(candidate.statements)), tried_code, tried_run, candidate)
        if trial.reach > failing and (best is None or trial.reach > best.reach):
            best = trial
        elif trial.reach == failing and neutral is None:
            neutral = trial
        if tried_run.passed:
            break
    return best, neutral


def _keep(result: Explored, site: _Site, trial: _Trial, how: str = "") -> None:
    """Take a trial's code and run, its TODO's issue replaced by one that says what was done."""
    result.code, result.run = trial.code, trial.run
    gone = site.line if site.replaces else -1  # the TODO's own issue goes with its line
    kept = [i for i in result.issues if not (i.line == gone and i.message.startswith("TODO"))]
    statements = trial.candidate.statements
    result.issues = shifted(kept, site.line - 1 + site.replaces, len(statements) - site.replaces)
    outcome = how or ("passes" if result.run.passed else "gets further")
    what = "could not read" if site.replaces else "did only part of"
    result.issues.append(
        Issue(
            f"{EXPLORED}: the mapper {what} {site.clause!r}; with "
            f"`{'; '.join(statements)}` the test {outcome} (its expected results unchanged): check it",
            "info",
            site.line,
        )
    )
    result.kept += 1


def _reach(run: UiRunResult, site: _Site, inserted: int) -> float:
    """How far a run got, in the lines of the code before `inserted` lines went in at `site`;
    a failure inside the inserted lines, an error or an unknown line reach nothing."""
    if run.passed:
        return float("inf")
    if run.outcome != "failed" or not run.line or site.line <= run.line < site.line + inserted:
        return -1.0
    return float(run.line - inserted + site.replaces if run.line >= site.line + inserted else run.line)


def _replaced(code: str, site: _Site, statements: tuple[str, ...]) -> str:
    lines = code.splitlines()
    lines[site.line - 1 : site.line - 1 + site.replaces] = [" " * site.indent + s for s in statements]
    return "\n".join(lines) + "\n"


def _body_indent(lines: list[str]) -> int:
    return next((len(t) - len(t.lstrip()) for t in lines if "page.goto(" in t), 4)


def _action_todos(code: str) -> list[_Site]:
    """The TODO lines that stand for an action, at the test's top level (not in a loop of rows)."""
    lines = code.splitlines()
    body = _body_indent(lines)
    found: list[_Site] = []
    seen: Counter[str] = Counter()
    for number, text in enumerate(lines, start=1):
        stripped = text.strip()
        if not stripped.startswith("# TODO"):
            continue
        seen[stripped] += 1
        indent = len(text) - len(text.lstrip())
        clause = _todo_clause(stripped)
        if clause and indent == body:
            found.append(_Site(number, 1, indent, clause, (stripped, seen[stripped])))
    return found


_STEP = re.compile(r"# Step \d+: (?P<step>.+)$")


def _step_above(code: str, failing: int) -> _Site | None:
    """The step whose lines end just before the failing line's block: its actions go after the
    ones it has (a step the test fails inside is no such step)."""
    lines = code.splitlines()
    body = _body_indent(lines)
    for number in range(failing - 1, 0, -1):
        text = lines[number - 1]
        heading = _STEP.match(text.strip())
        if heading is None or len(text) - len(text.lstrip()) != body:
            continue
        later = range(number + 1, len(lines) + 1)
        headings = (n for n in later if lines[n - 1].strip().startswith(("# Step ", "# Expected")))
        end = next(headings, len(lines) + 1)
        if end > failing:
            return None
        written = frozenset(t.strip() for t in lines[number : end - 1] if t.strip() and not t.strip().startswith("#"))
        return _Site(end, 0, body, heading["step"], (text.strip(), 0), written)
    return None


def _todo_clause(todo: str) -> str | None:
    for form in _TODO_FORMS:
        match = form.search(todo)
        if match is None:
            continue
        if "raw" in match.groupdict():
            clause = match["raw"].strip()
            words = set(re.findall(r"[a-z]+", clause.lower()))
            acts = _first_word(clause) in _ACTION_VERBS or (words & _ACTION_VERBS and not words & _CHECK_WORDS)
            return clause if acts else None
        try:
            said = ast.literal_eval(match["q"])
        except (ValueError, SyntaxError):
            return None
        verb = match.groupdict().get("verb")
        return f"{verb} {said}" if verb else str(said)
    return None


def _first_word(clause: str) -> str:
    words = re.findall(r"[a-z]+", _LEAD.sub("", clause.strip()).lower())
    return words[0] if words else ""


def _share(words: set[str], name: str) -> float:
    """How much of an element's name the step's words say (0 when they say none of it)."""
    named = content_words(name)
    return len(words & named) / len(named) if named else 0.0


def _values(clause: str, page: LivePage) -> list[str]:
    """What the step gives to type: its quotes, else numbers and capitalised names that are no
    element's name ("type Ola", "enter 12 in quantity"), else the words after the verb."""
    quoted = quoted_texts(clause) + re.findall(r"\(([^()]+)\)", clause)  # "the middle card (Harvest walk)"
    if quoted:
        return list(dict.fromkeys(quoted))
    body = _LEAD.sub("", clause.strip())
    names = set().union(*(content_words(n) for r, n in page.roles if r in _CLICKABLE | _FIELDS))
    found = re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+|[£$€]?\d+(?:[.,:]\d+)*%?|(?<!^)\b[A-Z][\w'-]*(?: [A-Z][\w'-]*)*", body)
    values = [v for v in found if not content_words(v) <= names or re.match(r"[£$€]?\d", v)]
    if values:
        return list(dict.fromkeys(values))
    after = re.match(r"(?:type|enter|write|put|fill in|add)\s+(?P<v>.+?)(?:\s+(?:in|into|as|to|for|and|then)\b|$)",
                     body, re.IGNORECASE)
    return [after["v"].strip(" .,")] if after else []


# a control's name that starts with what it does: "Select Dune" is ticked as "tick Dune"
_DOING = re.compile(r"^(?:select|choose|pick|tick|mark|toggle|include)\s+(?=\S)", re.IGNORECASE)


def _spoken(name: str) -> list[str]:
    """How a step says an element's name: whole, without a note in brackets ("Duration"), or
    without the verb it starts with ("Dune" for a box named "Select Dune")."""
    bare = re.sub(r"\s*\([^)]*\)", "", name).strip()
    said = [name, bare, _DOING.sub("", name)]
    return list(dict.fromkeys(s for s in said if s))


def _locator(role: str, name: str, page: LivePage) -> str:
    # exact where another element of the role has a name holding this one (Playwright matches substrings)
    wider = any(r == role and n != name and name.lower() in n.lower() for r, n in page.roles)
    return f"page.get_by_role({string_literal(role)}, name={string_literal(name)}{', exact=True' if wider else ''})"


def _act(role: str, clause: str) -> str:
    if role in _CHECKABLE:
        return "uncheck()" if _UNSET.search(clause) else "check()"
    return "click()"


def _candidates(clause: str, page: LivePage) -> list[_Candidate]:
    """Actions the step may mean on this page, the likeliest first."""
    values = _values(clause, page)
    value_words = set().union(*(content_words(v) for v in values)) if values else set()
    said = content_words(clause)
    words = said - value_words  # what names the field a value goes to
    counts = Counter(page.roles)
    elements = list(counts)
    found: list[_Candidate] = []
    for role, name in elements:
        share = _share(said, name)  # "the runner name in the second row (Aoife Byrne)": the link
        if role not in _CLICKABLE or share == 0:
            continue
        action = f"{_locator(role, name, page)}.{_act(role, clause)}"
        if counts[(role, name)] == 1:
            found.append(_Candidate((action,), share))
            continue
        inner = _locator(role, name, page)
        for value in (v for v in values if any(v.lower() in t.lower() for t in page.texts)):
            # "Leave next to Sam": the one in Sam's row; rows with no role: the innermost element
            # holding both the item's text and the control
            rows = [f"page.get_by_role({string_literal(r)}).filter(has_text={string_literal(value)})"
                    for r in _ROWS if r in page.all_roles]
            rows.append(f"page.locator(\"*\").filter(has_text={string_literal(value)}).filter(has={inner}).last")
            found += [
                _Candidate((f"{row}.{inner.removeprefix('page.')}.{_act(role, clause)}",), share + 0.5 - 0.1 * index)
                for index, row in enumerate(rows)
            ]
    fields = [(r, n) for r, n in elements if r in _FIELDS]
    buttons = [(n, _share(words, n)) for r, n in elements if r == "button" and counts[(r, n)] == 1]
    sending = _first_word(clause) in _SENDING_VERBS
    for value in values:
        numeric = re.fullmatch(r"[£$€]?\d+(?:[.,]\d+)?", value) is not None
        for role, name in fields:
            if role == "spinbutton" and not numeric:
                continue
            fill = f"{_locator(role, name, page)}.fill({string_literal(value.lstrip('£$€') if numeric else value)})"
            score = _share(words, name) + (0.5 if len(fields) == 1 else 0.0) + 0.25
            found.append(_Candidate((fill,), score))
            for button, button_share in buttons:  # "add Priya": type it and press the button that sends it
                if button_share > 0 or sending:
                    click = f"{_locator('button', button, page)}.click()"
                    found.append(_Candidate((fill, click), score + button_share + (0.3 if sending else 0.0)))
    for combo, choices in page.options.items():
        for option in choices:
            said_option = _share(said, option)
            if said_option > 0 or option in values:
                found.append(_Candidate(
                    (f"{_locator('combobox', combo, page)}.select_option({string_literal(option)})",),
                    said_option + _share(words, combo) + 0.25,
                ))
    if (several := _named_in_order(clause, page, counts)) is not None:
        found.append(several)
    found += _by_position(clause, page, counts)
    unique = {c.statements: c for c in sorted(found, key=lambda c: (-c.score, len(c.statements)))}
    return list(unique.values())


_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5, "last": -1}
# "switch to the second tab", "tick the last box": a control named by where it stands
_BY_POSITION = re.compile(
    r"\b(?P<n>first|second|third|fourth|fifth|sixth|last|(?P<d>\d)(?:st|nd|rd|th))\s+"
    r"(?P<noun>tab|button|link|check\s?box|box|radio(?:\s+button)?|switch)\b",
    re.IGNORECASE,
)


def _by_position(clause: str, page: LivePage, counts: Counter[tuple[str, str]]) -> list[_Candidate]:
    """The control a step names by its place among the page's controls of that kind, by its
    name where that is the only one so named."""
    found = []
    for m in _BY_POSITION.finditer(clause):
        noun = m["noun"].lower()
        role = "checkbox" if "box" in noun else "radio" if noun.startswith("radio") else noun
        index = int(m["d"]) - 1 if m["d"] else _ORDINALS[m["n"].lower()]
        names = [n for r, n in page.roles if r == role]
        if not -len(names) <= index < len(names):
            continue
        name = names[index]
        if name and counts[(role, name)] == 1:
            target = _locator(role, name, page)
        else:
            target = f"page.get_by_role({string_literal(role)}).{'last' if index == -1 else f'nth({index})'}"
        found.append(_Candidate((f"{target}.{_act(role, clause)}",), 2.0))
    return found


def _named_in_order(clause: str, page: LivePage, counts: Counter[tuple[str, str]]) -> _Candidate | None:
    """Several things done in one step ("Start time 18:00, players 3, then Book court"; "choose
    Basic wash for a Small car"): each field named with the value after its name, and each
    control named in full, in the order the step says them."""
    lowered = clause.lower()
    placed: list[tuple[int, str]] = []
    for (role, name), count in counts.items():
        if count > 1 or not content_words(name):
            continue
        said = next(((at, len(n)) for n in _spoken(name) if (at := lowered.find(n.lower())) >= 0), None)
        if said is None:
            continue
        at, length = said
        after = _VALUE_AFTER_NAME.match(clause[at + length :])
        value = after["v"].strip(" .\"'") if after else ""
        if role in _FIELDS:
            if role == "spinbutton" and (number := re.match(r"[£$€]?(\d+(?:[.,]\d+)?)", value)):
                value = number.group(1)
            if value:
                placed.append((at, f"{_locator(role, name, page)}.fill({string_literal(value)})"))
        elif role == "combobox":
            chosen = next((o for o in page.options.get(name, []) if o.lower() == value.lower()), None)
            if chosen is not None:
                placed.append((at, f"{_locator(role, name, page)}.select_option({string_literal(chosen)})"))
        elif role in _CLICKABLE:
            placed.append((at, f"{_locator(role, name, page)}.{_act(role, clause)}"))
    statements = tuple(statement for _, statement in sorted(placed))
    return _Candidate(statements, 1.0 + len(statements)) if len(statements) >= 2 else None
