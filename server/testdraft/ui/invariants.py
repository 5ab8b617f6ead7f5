"""The last gate before a UI test reaches the editor, whichever generator wrote it.

The module must parse; every test must drive the page (open it: `page.goto(...)` or
`driver.get(...)`) and check something (an `expect(...)` or an assert); no assert may be
vacuous (the checks of `render.invariants`: a constant, `x == x`, a claim in a comment).
A vacuous assert is taken out (its calls stay as statements), a test that opens no page is
removed, a test that neither checks nor does anything on an element is marked skipped with
a TODO, each with an issue (a test whose steps act on elements but that expects nothing can
still fail, on a missing element: it stays, with a warning); a module that does not parse,
or in which no test opens the page, is not inserted (None).
"""

from __future__ import annotations

import ast
from collections.abc import Sequence

from testdraft.render.invariants import vacuous_asserts, without_asserts
from testdraft.ui.issues import Issue, shifted


def gate_ui_module(code: str, found: Sequence[Issue] = ()) -> tuple[str | None, list[Issue]]:
    """The module as it may be inserted (None: not at all), with `found` (the generator's
    issues, moved to where their lines went) and what was wrong with it."""
    moved = list(found)
    try:
        tree = ast.parse(code)
    except SyntaxError as error:
        return None, [Issue(f"not inserted: the test module does not parse ({error.msg})", "error", error.lineno or 1)]
    issues: list[Issue] = []
    vacuous = vacuous_asserts(tree, code)
    if vacuous:
        code = without_asserts(code, vacuous)
        issues += [Issue("a vacuous assert (it could not fail) was taken out", "warning", n.lineno) for n in vacuous]
        tree = ast.parse(code)
    tests = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name.startswith("test")]
    idle = [node for node in tests if not any(_opens_page(call, node) for call in _calls(node))]
    if not tests or len(idle) == len(tests):
        why = "; ".join(f"{node.name} never opens the page" for node in idle) or "it has no test function"
        return None, [*moved, *issues, Issue(f"not inserted: {why}", "error", 1)]
    # A test that checks nothing cannot fail: it is kept as a skipped TODO, as the Python
    # side's placeholders are, so that what it does is not lost.
    unchecked = [node for node in tests if node not in idle and not _checks(node) and not _skipped(node)]
    # Steps on elements fail when an element is missing: such a test can fail, but says so.
    acting = [node for node in unchecked if _acts(node)]
    issues += [Issue(f"{node.name} has no expect or assert: it checks only that its steps can be done",
                     "warning", node.lineno) for node in acting]
    unchecked = [node for node in unchecked if node not in acting]
    if not idle and not unchecked:
        return code, [*moved, *issues]
    lines = code.splitlines()
    for node in sorted([*idle, *unchecked], key=lambda n: n.lineno, reverse=True):
        start = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)]) - 1
        if node in idle:
            end = node.end_lineno or node.lineno
            del lines[start:end]
            moved = shifted(moved, start, start - end)
            issues.append(Issue(f"{node.name} left out: it never opens the page", "warning", start + 1))
        else:
            lines.insert(start, f"@pytest.mark.skip(reason={_UNCHECKED!r})")
            moved = shifted(moved, start, 1)
            issues.append(Issue(f"{node.name} checks nothing (no expect or assert): skipped", "warning", start + 1))
    if unchecked and not any(_imports_pytest(node) for node in tree.body):
        at = _after_imports(tree)
        lines.insert(at, "import pytest")
        moved, issues = shifted(moved, at, 1), shifted(issues, at, 1)
    return "\n".join(lines).rstrip("\n") + "\n", [*moved, *issues]


_UNCHECKED = "TODO: this test checks nothing yet (add an expectation)"


def _calls(test: ast.FunctionDef) -> list[ast.Call]:
    return [node for node in ast.walk(test) if isinstance(node, ast.Call)]


def _checks(test: ast.FunctionDef) -> bool:
    return any(isinstance(node, ast.Assert) for node in ast.walk(test)) or any(
        isinstance(call.func, ast.Name) and call.func.id == "expect" for call in _calls(test)
    )


def _acts(test: ast.FunctionDef) -> bool:
    """A step on an element (`page.get_by_...(...).click()`, `driver.find_element(...)`)."""
    for call in _calls(test):
        if isinstance(call.func, ast.Attribute):
            receiver = ast.unparse(call.func.value)
            if call.func.attr == "find_element" or any(part in receiver for part in _ELEMENT_PARTS):
                return True
    return False


_ELEMENT_PARTS = ("get_by_", "locator(", "find_element", "keyboard", "mouse")


def _skipped(test: ast.FunctionDef) -> bool:
    return any("skip" in ast.unparse(decorator) for decorator in test.decorator_list)


def _imports_pytest(node: ast.stmt) -> bool:
    return isinstance(node, ast.Import) and any(alias.name == "pytest" and not alias.asname for alias in node.names)


def _after_imports(tree: ast.Module) -> int:
    """The 0-based line after the module's leading imports (0 when it has none)."""
    line = 0
    for node in tree.body:
        if not isinstance(node, (ast.Import, ast.ImportFrom, ast.Expr)):
            break
        line = node.end_lineno or node.lineno
    return line


def _opens_page(call: ast.Call, test: ast.FunctionDef) -> bool:
    """`<anything>.goto(url)` (Playwright), or `<fixture>.get(url)` (Selenium's driver)."""
    if not isinstance(call.func, ast.Attribute) or not call.args:
        return False
    if call.func.attr == "goto":
        return True
    receiver = call.func.value
    fixtures = {argument.arg for argument in test.args.args}
    return call.func.attr == "get" and isinstance(receiver, ast.Name) and receiver.id in fixtures
