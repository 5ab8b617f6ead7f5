"""The steps the mapper could not write, drafted by the model (the "mapper+model" generator).

The mapper keeps every step it read. Each `# TODO` line it left goes to the model with the
component's locators and the test written so far. A draft replaces the TODO only when it
parses as one to three statements on the page, every locator in it finds an element of the
component (one element where Playwright needs exactly one), and, where the TODO stands for an
expected result, it checks something and does nothing: an expected result is never turned
into an action. Otherwise the TODO stays, with the reason as an issue. The browser run that
follows (`ui.pipeline`) takes back a draft the page refutes.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field

from testdraft.cancellation import NEVER_CANCELLED, CancelToken
from testdraft.ui.inventory import MANY, Element, Inventory, resolve, unique_locator
from testdraft.ui.issues import Issue, shifted
from testdraft.ui.mapping.wording import content_words
from testdraft.ui.model_prompt import extract_code, todo_prompt
from testdraft.ui.run import check_locators

MAX_STATEMENTS = 3
MAX_LOCATORS_LISTED = 80
DRAFTED = "# drafted by the model (check it): "
DRAFTED_ISSUE = "drafted by the model from the step: check it"  # the pipeline takes it back with the draft

_TODO_LINE = re.compile(r"^(?P<indent>\s*)# (?P<todo>TODO\b.*)$")
_HEADING = re.compile(r"^\s*# (?P<kind>Step \d+|Expected|Given|When|Then|And|But)\b")
_CHECK_WORDS = re.compile(r"\bcheck\b|\bexpect|must not mention", re.IGNORECASE)
_CONTROL_TAGS = frozenset({"button", "a", "input", "select", "textarea", "summary", "option", "label", "details"})
_CONTROL_ROLES = frozenset({
    "button", "link", "textbox", "searchbox", "checkbox", "radio", "combobox", "listbox", "option", "tab",
    "menuitem", "switch", "slider", "spinbutton",
})
_TODO_WORDS = frozenset({"todo", "check", "hand", "manual", "written", "value", "enter", "control", "found"})
_ACTIONS = frozenset({
    "click", "dblclick", "fill", "type", "press", "press_sequentially", "check", "uncheck",
    "select_option", "set_checked", "hover", "focus", "tap", "set_input_files", "drag_to",
    "clear", "go_back", "go_forward", "reload", "goto", "dispatch_event",
})


@dataclass
class FilledTest:
    code: str
    issues: list[Issue]
    # each draft's lines (its comment first) and the TODO line it replaced, to take it back
    drafts: list[tuple[tuple[str, ...], str]] = field(default_factory=list)


def locator_listing(inventory: Inventory) -> str:
    """One line per element a locator finds alone: the locator, then what the element is."""
    lines = []
    for element in inventory:
        query = unique_locator(inventory, element)
        if query is None:
            continue
        what = element.tag + (f", {element.role}" if element.role else "")
        if element.conditional:
            what += ", shown only sometimes"
        lines.append(f"{query.code()}  # {what}")
    return "\n".join(lines[:MAX_LOCATORS_LISTED])


def fill_todos(
    code: str,
    issues: list[Issue],
    inventory: Inventory,
    steps_text: str,
    complete: Callable[[str], str],
    cancel: CancelToken = NEVER_CANCELLED,
) -> FilledTest:
    """`code` with each TODO the model could draft replaced by its statements."""
    lines = code.splitlines()
    found = list(issues)
    drafts: list[tuple[tuple[str, ...], str]] = []
    locators = locator_listing(inventory)
    index = 0
    while index < len(lines):
        todo = _TODO_LINE.match(lines[index])
        if todo is None:
            index += 1
            continue
        cancel.raise_if_cancelled()
        question = todo_prompt(steps_text, inventory.component, locators, "\n".join(lines[: index + 1]), todo["todo"])
        statements, why = checked_draft(
            extract_code(complete(question)), _is_check(lines, index, todo["todo"]), lines, index, inventory
        )
        if statements is None:
            found.append(Issue(f"the model's draft for this step was not used: {why}", "info", index + 1))
            index += 1
            continue
        indent, replaced = todo["indent"], lines[index]
        new = [indent + DRAFTED + todo["todo"].split(":", 1)[-1].strip(), *(indent + s for s in statements)]
        lines[index : index + 1] = new
        found = [i for i in found if not (i.line == index + 1 and i.message.startswith("TODO"))]
        found = shifted(found, index + 1, len(new) - 1)
        found.append(Issue(DRAFTED_ISSUE, "info", index + 1))
        drafts.append((tuple(new), replaced))
        index += len(new)
    return FilledTest("\n".join(lines) + "\n", found, drafts)


def _is_check(lines: list[str], index: int, todo: str) -> bool:
    """Whether the TODO stands for an expected result: its words say so, or it sits under
    an `# Expected` / `# Then` comment rather than a step's."""
    if _CHECK_WORDS.search(todo):
        return True
    for line in reversed(lines[:index]):
        heading = _HEADING.match(line)
        if heading:
            return heading["kind"] in ("Expected", "Then")
    return False


def checked_draft(
    draft: str, is_check: bool, lines: list[str], index: int, inventory: Inventory
) -> tuple[list[str] | None, str]:
    """The draft's statements (dedented source lines), or None and why it is refused."""
    statements = _leading_statements(textwrap.dedent(draft))
    if not statements:
        return None, "it is not Python statements"
    trees = [ast.parse(statement) for statement in statements]
    for statement, tree in zip(statements, trees, strict=True):
        if isinstance(tree.body[0], ast.Import | ast.ImportFrom | ast.FunctionDef | ast.ClassDef | ast.Return):
            return None, f"it writes more than a step ({statement.splitlines()[0]})"
        if "page" not in statement and "expect(" not in statement:
            return None, f"it does not use the page ({statement.splitlines()[0]})"
    nodes = [node for tree in trees for node in ast.walk(tree)]
    called = {n.func.attr for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
    checks = any("expect(" in s or s.startswith("assert ") for s in statements)
    if is_check and (not checks or called & _ACTIONS):
        return None, "the step is an expected result and the draft does not only check it"
    if not is_check and not called & _ACTIONS:
        return None, "the step is an action and the draft does nothing on the page"
    written = {line.strip() for line in lines}
    copied = next((s for s in statements if s.strip() in written), None)
    if copied is not None:
        return None, f"it repeats a line of the test ({copied.splitlines()[0]})"
    drafted = [line for s in statements for line in s.splitlines()]
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    module = "\n".join([*lines[:index], *(indent + line for line in drafted), *lines[index + 1 :]])
    try:
        located, _ = check_locators(module, inventory)
    except SyntaxError:
        return None, "it does not fit the test's indentation"
    inserted = range(index + 1, index + 1 + len(drafted))
    # locators acted on directly (`page.get_by_*(...).click()`; in a chain the last link acts)
    acting = {ast.unparse(n.func.value) for n in ast.walk(ast.parse(module)) if isinstance(n, ast.Call)
              and isinstance(n.func, ast.Attribute) and n.func.attr in _ACTIONS
              and isinstance(n.func.value, ast.Call) and isinstance(n.func.value.func, ast.Attribute)
              and isinstance(n.func.value.func.value, ast.Name) and n.func.value.func.value.id == "page"}
    for check in (c for c in located if c.line in inserted):
        if check.count == 0:
            return None, f"{check.code} finds no element of {inventory.component}"
        if check.count == MANY and check.strict:
            return None, f"{check.code} finds several elements where one is needed"
        if check.code in acting and check.query is not None and check.query.kind != "css":
            found = resolve(inventory, check.query).elements
            if found and not any(_interactive(element) for element in found):
                return None, f"it acts on {check.code}, which takes no input"
    # the strings the draft writes: the names it looks for and the values it fills or expects
    named = content_words(" ".join(n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)))
    if not named & _step_words(lines[index]):
        return None, "it names nothing the step names"
    return drafted, ""


def _interactive(element: Element) -> bool:
    """Whether a user can act on the element: a control by tag or role, or one with a handler."""
    return element.tag in _CONTROL_TAGS or element.role in _CONTROL_ROLES or bool(element.handlers)


def _step_words(todo_line: str) -> set[str]:
    """The content words of the step a TODO line is about (its quoted clause when it quotes one,
    else what follows the TODO's label), without the TODO's own wording."""
    text = todo_line.strip().removeprefix("#").strip()
    quoted = re.findall(r"'([^']+)'|\"([^\"]+)\"", text)
    clause = " ".join(a or b for a, b in quoted) if quoted else text.split(":", 1)[-1]
    return content_words(clause) - _TODO_WORDS


def _leading_statements(code: str) -> list[str]:
    """The first statements of `code` (at most MAX_STATEMENTS), each as source text; a tail
    that does not parse (the model ran on) is cut."""
    lines = code.strip("\n").splitlines()
    while lines:
        try:
            tree = ast.parse("\n".join(lines))
            break
        except SyntaxError:
            lines.pop()
    else:
        return []
    source = "\n".join(lines)
    return [ast.get_source_segment(source, node) or "" for node in tree.body[:MAX_STATEMENTS]]


def take_back(code: str, drafts: list[tuple[tuple[str, ...], str]], line: int) -> tuple[str, int, int] | None:
    """`code` with the draft that holds 1-based `line` replaced by its TODO again, the draft's
    first line and how many lines went; None when no draft holds that line (or the browser's
    repair changed the draft, so it is no longer found)."""
    lines = code.splitlines()
    for block, todo in drafts:
        for start in range(len(lines) - len(block) + 1):
            if tuple(lines[start : start + len(block)]) == block and start < line <= start + len(block):
                lines[start : start + len(block)] = [todo]
                return "\n".join(lines) + "\n", start + 1, len(block) - 1
    return None
