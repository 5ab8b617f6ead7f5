"""Browser-verified repair of a generated UI test (issue 14, item 2).

The test runs in headless Chromium against the bundled component. When it fails because a
locator found nothing, found several (strict mode) or timed out, the test runs once more up to
that statement, which is replaced by a probe: the page's aria snapshot (roles, accessible names,
texts) and its placeholders and test ids, as Playwright sees them at that point. The locator is
replaced by the closest live element of a fitting kind, and the test runs again; at most
`MAX_ROUNDS` rounds. Only the locator changes: an assertion whose locator *is* the expectation
(`expect(get_by_text("Saved")).to_be_visible()`) may only move to an element whose text holds the
whole expected text. A click on an option of a native select, which no click reaches, becomes
`select_option` on the select that holds it. A value that differs on the right element
(expected "X", got "Y"; count 0 vs 1) is never repaired but reported as a likely bug in the
component or a misread step.
"""

from __future__ import annotations

import ast
import json
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from testdraft.ui.inventory import Inventory
from testdraft.ui.issues import Issue
from testdraft.ui.run import UiJob, UiRunResult, check_locators, run_ui_tests

MAX_ROUNDS = 3
MIN_SIMILARITY = 0.6  # below this the closest live element is a guess, not a repair
# a locator that found nothing or several; a value that differs ("Actual value: 1") is no such case
_LOCATOR_FAILURE = re.compile(r"element\(s\) not found|strict mode violation|TimeoutError", re.IGNORECASE)
_KINDS = ("get_by_role", "get_by_text", "get_by_label", "get_by_placeholder", "get_by_test_id")
# assertions whose expected value is an argument: the locator only says which element
_VALUE_ASSERTS = {
    "to_have_text",
    "to_contain_text",
    "to_have_value",
    "to_have_values",
    "to_have_attribute",
    "to_have_count",
}
_FIELD_ROLES = {"textbox", "searchbox", "combobox", "spinbutton", "checkbox", "radio", "slider", "switch"}
_SIBLING_ROLES = {"button": {"link"}, "link": {"button"}, "tab": {"button"}, "menuitem": {"button"}}

_PROBE_JS = """() => [...document.querySelectorAll('[placeholder],[data-testid]')].map(e => ({
  placeholder: e.getAttribute('placeholder') || '', testid: e.getAttribute('data-testid') || ''}))"""


@dataclass(frozen=True)
class Repair:
    line: int
    old: str
    new: str


@dataclass
class RepairResult:
    code: str
    run: UiRunResult
    repairs: list[Repair] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


Runner = Callable[[str], UiRunResult]


def browser_runner(
    component_path: str, component_source: str | None, component_name: str | None, base_url: str = ""
) -> Runner:
    def run(code: str) -> UiRunResult:
        job = UiJob(component_path, code, component_source, component_name, base_url)
        return run_ui_tests([job], timeout=120)[0]

    return run


def repair_ui_test(
    code: str, inventory: Inventory, run: Runner, rounds: int = MAX_ROUNDS, ran: UiRunResult | None = None
) -> RepairResult:
    """Run `code` (`ran`: its run, done already); while it fails on a locator, replace that
    locator from the live page."""
    result = RepairResult(code, ran if ran is not None else run(code))
    for _ in range(rounds):
        outcome = result.run
        if outcome.outcome != "failed":  # passed, or no run / a broken test: nothing to repair
            break
        if not _LOCATOR_FAILURE.search(outcome.message):
            value = "Actual value" in outcome.message  # an expect() on the right element
            result.issues.append(_value_issue(outcome) if value else _unrepaired(outcome, "no locator failure"))
            break
        site = _failing_locator(result.code, outcome)
        if site is None:
            result.issues.append(_unrepaired(outcome, "no locator on the failing line"))
            break
        page = _probe(result.code, site, run)
        if page is not None and (chosen := _select_instead(result.code, site, page)) is not None:
            start, end, statement = chosen
            result.repairs.append(Repair(site.line, result.code[start:end], statement))
            result.code = result.code[:start] + statement + result.code[end:]
            result.run = run(result.code)
            continue
        new = _replacement(site, page, inventory, outcome.message) if page is not None else None
        if new is None:
            result.issues.append(_unrepaired(outcome, "no live element of that kind is close enough"))
            break
        repaired = result.code[: site.start] + new + result.code[site.end :]
        result.repairs.append(Repair(site.line, site.text, new))
        result.code = repaired
        result.run = run(repaired)
    for fix in result.repairs:
        result.issues.append(
            Issue(f"locator repaired in the browser: {fix.old} -> {fix.new}", "info", fix.line)
        )
    if result.run.passed and result.repairs:
        result.issues.append(Issue("passed in headless Chromium after the locator repairs", "info", 1))
    return result


def _value_issue(run: UiRunResult) -> Issue:
    return Issue(
        "not repaired: the element is there but its value differs from the step's "
        f"({run.message}); a likely bug in the component or a misread step",
        "warning",
        run.line or 1,
    )


def _unrepaired(run: UiRunResult, why: str) -> Issue:
    return Issue(f"locator not repaired ({why}): {run.message}", "warning", run.line or 1)


@dataclass(frozen=True)
class _Site:
    line: int
    start: int  # offsets of the `page.get_by_*(...)` call in the code
    end: int
    text: str
    kind: str
    args: tuple[str, ...]
    name: str  # name=, or ""
    statement: ast.stmt
    expectation: bool  # the locator's text is itself the expected result


def _offset(code: str, line: int, col: int) -> int:
    """Character offset of an ast position (1-based line, UTF-8 byte column)."""
    lines = code.splitlines(keepends=True)
    return sum(len(text) for text in lines[: line - 1]) + len(lines[line - 1].encode()[:col].decode())


def _failing_locator(code: str, run: UiRunResult) -> _Site | None:
    tree = ast.parse(code)
    statements = [
        s
        for s in ast.walk(tree)
        if isinstance(s, ast.stmt)
        and not isinstance(s, ast.FunctionDef | ast.For | ast.While | ast.If | ast.With)
        and s.lineno <= run.line <= (s.end_lineno or s.lineno)
    ]
    if not statements:
        return None
    statement = statements[-1]
    calls = [
        n
        for n in ast.walk(statement)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr in _KINDS
        and isinstance(n.func.value, ast.Name)
        and n.func.value.id == "page"
        and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in n.args)
    ]
    if not calls:
        return None
    call = next((c for c in calls if _shown(c) in run.message), calls[0])
    assert isinstance(call.func, ast.Attribute)
    name = next(
        (str(k.value.value) for k in call.keywords if k.arg == "name" and isinstance(k.value, ast.Constant)), ""
    )
    start = _offset(code, call.lineno, call.col_offset)
    end = _offset(code, call.end_lineno or call.lineno, call.end_col_offset or 0)
    method = _assert_method(statement)
    return _Site(
        line=call.lineno,
        start=start,
        end=end,
        text=code[start:end],
        kind=call.func.attr,
        args=tuple(str(a.value) for a in call.args if isinstance(a, ast.Constant)),
        name=name,
        statement=statement,
        expectation=method is not None and method not in _VALUE_ASSERTS,
    )


def _shown(call: ast.Call) -> str:
    """The start of how Playwright prints the locator in its messages: `get_by_role("button"`."""
    assert isinstance(call.func, ast.Attribute)
    first = call.args[0].value if call.args and isinstance(call.args[0], ast.Constant) else ""
    return f'{call.func.attr}("{str(first)[:20]}'


def _assert_method(statement: ast.stmt) -> str | None:
    """`expect(...).to_be_visible()` -> "to_be_visible"; None for an action."""
    if not isinstance(statement, ast.Expr) or not isinstance(statement.value, ast.Call):
        return None
    func = statement.value.func
    if not isinstance(func, ast.Attribute):
        return None
    inner = func.value
    while isinstance(inner, ast.Attribute):  # expect(x).not_to_... is a method name itself
        inner = inner.value
    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "expect":
        return func.attr
    return None


@dataclass
class LivePage:
    """What Playwright sees on the page at one point of a test."""

    roles: list[tuple[str, str]]  # (role, accessible name or inline text), in page order, repeats kept
    texts: list[str]
    placeholders: list[str]
    test_ids: list[str]
    all_roles: set[str] = field(default_factory=set)  # every role shown, named or not (listitem, row)
    options: dict[str, list[str]] = field(default_factory=dict)  # a select's name: its options


def _probe(code: str, site: _Site, run: Runner) -> LivePage | None:
    """Run the test up to the failing statement and read the live page there instead."""
    statement = site.statement
    return probe_page(code, statement.lineno, statement.end_lineno or statement.lineno, statement.col_offset, run)


def probe_page(code: str, first: int, last: int, indent: int, run: Runner) -> LivePage | None:
    """Run the test with lines `first`..`last` (1-based) replaced by a reading of the live page
    (its aria snapshot, placeholders and test ids), indented by `indent`; None when the run
    never got there."""
    lines = code.splitlines()
    pad = " " * indent
    with tempfile.TemporaryDirectory(prefix="testdraft-probe-") as tmp:
        out = Path(tmp) / "page.json"
        probe = [
            f"{pad}page.wait_for_timeout(300)",
            f"{pad}__import__('pathlib').Path({str(out)!r}).write_text(__import__('json').dumps("
            f"{{'aria': page.locator('body').aria_snapshot(), 'dom': page.evaluate({_PROBE_JS!r})}}))",
            f"{pad}return",
        ]
        probed = "\n".join(lines[: first - 1] + probe + lines[last:]) + "\n"
        run(probed)
        if not out.is_file():
            return None
        data = json.loads(out.read_text())
    return _read_page(data["aria"], data["dom"])


_ARIA_LINE = re.compile(
    r'^\s*- (?P<role>[a-z]+)(?: "(?P<name>(?:[^"\\]|\\.)*)")?(?: \[[^\]]*\])*(?::\s*(?P<text>.*))?$'
)

_YAML_QUOTED = re.compile(r"^(?P<lead>\s*- )'(?P<entry>.*)'(?P<colon>:?)$")


def _read_page(aria: str, dom: list[dict[str, str]]) -> LivePage:
    roles: list[tuple[str, str]] = []
    texts: list[str] = []
    all_roles: set[str] = set()
    options: dict[str, list[str]] = {}
    select: tuple[str, int] | None = None  # the combobox whose options follow, and its depth
    for line in aria.splitlines():
        quoted = _YAML_QUOTED.match(line)  # YAML quotes an entry holding '#', ':' and the like
        if quoted:
            line = quoted["lead"] + quoted["entry"].replace("''", "'") + quoted["colon"]
        match = _ARIA_LINE.match(line)
        if match is None:
            continue
        role, name, text = match["role"], match["name"], (match["text"] or "").strip()
        all_roles.add(role)
        if text.startswith('"') and text.endswith('"') and len(text) > 1:
            text = json.loads(text) if _is_json(text) else text[1:-1]
        name = name.replace('\\"', '"') if name else ""
        depth = len(line) - len(line.lstrip())
        if select is not None and depth <= select[1]:
            select = None
        if role == "combobox" and name:
            select = (name, depth)
            options.setdefault(name, [])
        elif role == "option" and select is not None and (name or text):
            options[select[0]].append(name or text)
        if role == "text":
            texts.append(text)
            continue
        if name or text:
            roles.append((role, name or text))
        if text:
            texts.append(text)
        elif name and role not in _FIELD_ROLES:
            texts.append(name)
    return LivePage(
        roles,
        list(dict.fromkeys(t for t in texts if t)),
        [d["placeholder"] for d in dom if d.get("placeholder")],
        [d["testid"] for d in dom if d.get("testid")],
        all_roles,
        options,
    )


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".!:").lower()


def _similar(a: str, b: str) -> float:
    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def _candidates(site: _Site, page: LivePage) -> list[tuple[str, str]]:
    """(text compared with the old one, new locator) of the fitting kind."""
    q = json.dumps
    wanted = site.name if site.kind == "get_by_role" else (site.args[0] if site.args else "")
    if site.kind == "get_by_role":
        role = site.args[0] if site.args else ""
        fitting = {role} | _SIBLING_ROLES.get(role, set())
        return [(n, f"page.get_by_role({q(r)}, name={q(n)})") for r, n in page.roles if r in fitting and wanted]
    if site.kind in ("get_by_label", "get_by_placeholder"):
        fields = [(n, f"page.get_by_label({q(n)})") for r, n in page.roles if r in _FIELD_ROLES]
        return fields + [(p, f"page.get_by_placeholder({q(p)})") for p in page.placeholders]
    if site.kind == "get_by_test_id":
        return [(t, f"page.get_by_test_id({q(t)})") for t in page.test_ids]
    return [(t, f"page.get_by_text({q(t)})") for t in page.texts] + [
        (n, f"page.get_by_role({q(r)}, name={q(n)})") for r, n in page.roles if r not in _FIELD_ROLES
    ]


def _replacement(site: _Site, page: LivePage, inventory: Inventory, message: str) -> str | None:
    wanted = site.name if site.kind == "get_by_role" else (site.args[0] if site.args else "")
    if "strict mode violation" in message.lower():  # several elements: the one named exactly
        return _exact(site)
    options = [(text, new) for text, new in _candidates(site, page) if new != site.text]
    if site.expectation:  # the text is what the step expects: only an element that shows all of it
        options = [(t, n) for t, n in options if _norm(wanted) and _norm(wanted) in _norm(t)]
    scored = sorted(
        ((_similar(wanted, text), _known(new, inventory), -len(text), new) for text, new in options), reverse=True
    )
    if not scored or (not site.expectation and scored[0][0] < MIN_SIMILARITY):
        return None
    return scored[0][3]


def _select_instead(code: str, site: _Site, page: LivePage) -> tuple[int, int, str] | None:
    """`get_by_role("option", name=X).click()` on an option of a native select, which no click
    reaches: (start, end, the statement that chooses X in its select instead), or None."""
    statement = site.statement
    call = statement.value if isinstance(statement, ast.Expr) else None
    if not (
        site.kind == "get_by_role" and site.args[:1] == ("option",) and site.name
        and isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "click"
        and isinstance(call.func.value, ast.Call) and _offset(code, call.func.value.lineno, call.func.value.col_offset)
        == site.start
    ):
        return None
    select = next((name for name, options in page.options.items() if site.name in options), None)
    if select is None:
        return None
    chosen = f"page.get_by_role(\"combobox\", name={string_literal(select)}).select_option({string_literal(site.name)})"
    start = _offset(code, statement.lineno, statement.col_offset)
    return start, _offset(code, statement.end_lineno or statement.lineno, statement.end_col_offset or 0), chosen


def string_literal(text: str) -> str:
    """A Python string literal that shows the text as written ("Red roses – £45.00", no escapes)."""
    return json.dumps(text, ensure_ascii=False)


def _exact(site: _Site) -> str | None:
    if "exact=" in site.text or site.kind == "get_by_test_id":
        return None
    return site.text[:-1] + ", exact=True)"


def _known(locator: str, inventory: Inventory) -> int:
    """1 when the component's inventory finds the element statically (a tie-break)."""
    try:
        checks, _ = check_locators(f"def test_x(page):\n    {locator}.click()\n", inventory)
    except SyntaxError:
        return 0
    return int(bool(checks) and checks[0].count >= 1)
