"""Check every locator of a generated UI test against the component inventory (Python `ast`)."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from testdraft.ui.inventory import MANY, Inventory, MatchLevel, Query, resolve
from testdraft.ui.issues import Issue

_METHODS = {
    "get_by_test_id": "test_id",
    "get_by_role": "role",
    "get_by_label": "label",
    "get_by_placeholder": "placeholder",
    "get_by_text": "text",
}
# uses that are fine with several matches (no strict mode)
_MULTI_OK = {
    "to_have_count",
    "count",
    "all",
    "first",
    "last",
    "nth",
    "filter",
    "all_text_contents",
    "all_inner_texts",
    "not_to_be_visible",
    "to_be_hidden",
}


@dataclass(frozen=True)
class LocatorCheck:
    line: int
    code: str
    query: Query | None
    count: int  # 0, 1, or MANY
    strict: bool  # used where Playwright needs exactly one element


def _const(node: ast.expr | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def _loop_values(tree: ast.AST) -> dict[str, list[object]]:
    """Names a `for` loop takes from a literal list, with their values in order:
    `for age, text in [("17", "Too young"), ...]` -> {"age": ["17", ...], "text": [...]}."""
    found: dict[str, list[object]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.For) or not isinstance(node.iter, ast.List | ast.Tuple):
            continue
        targets = node.target.elts if isinstance(node.target, ast.Tuple) else [node.target]
        for row in node.iter.elts:
            values = row.elts if isinstance(row, ast.Tuple) and len(targets) > 1 else [row]
            for target, value in zip(targets, values, strict=False):
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, []).append(_const(value))
    return found


def _queries(call: ast.Call, loops: dict[str, list[object]]) -> list[Query | None]:
    """The call's query, or one per value when its text is a loop's variable."""
    if call.args and isinstance(call.args[0], ast.Name) and call.args[0].id in loops:
        values = loops[call.args[0].id]
        return [_query(call, value) for value in values]
    return [_query(call)]


def _query(call: ast.Call, value: object = None) -> Query | None:
    if not isinstance(call.func, ast.Attribute) or not call.args:
        return None
    method = call.func.attr
    first = value if value is not None else _const(call.args[0])
    if not isinstance(first, str):
        return None
    keywords = {k.arg: _const(k.value) for k in call.keywords if k.arg}
    exact = keywords.get("exact") is True
    if method in _METHODS:
        name = keywords.get("name")
        return Query(_METHODS[method], first, name if isinstance(name, str) else None, exact)
    if method == "locator":
        if first.startswith("#") and first[1:].replace("-", "").replace("_", "").isalnum():
            return Query("css_id", first[1:])
        return Query("css", first)
    return None


def _typed_values(tree: ast.AST, loops: dict[str, list[object]]) -> list[str]:
    """Strings the test feeds the page: typed into fields, options picked, or in a mocked response
    (`page.route(..., route.fulfill(json=...))`); the page may render them."""
    values = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "route":
            values += [
                str(c.value) for arg in node.args[1:] for c in ast.walk(arg)
                if isinstance(c, ast.Constant) and isinstance(c.value, str)
            ]
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("fill", "type", "press_sequentially", "send_keys", "select_option")
            and node.args
        ):
            first = node.args[0]
            typed = loops.get(first.id, []) if isinstance(first, ast.Name) else [_const(first)]
            values += [str(v) for v in typed if isinstance(v, str)]
    return values


def check_locators(test_code: str, inventory: Inventory) -> tuple[list[LocatorCheck], list[Issue]]:
    """Each `page.get_by_*` / `page.locator` call resolved (once per value, when a loop
    gives its text); issues for none or several."""
    tree = ast.parse(test_code)
    loops = _loop_values(tree)
    typed = _typed_values(tree, loops)
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    variables_strict: dict[str, bool] = {}
    for node in ast.walk(tree):  # variables holding locators: strict if any use is strict
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            strict = _strict_use(node, parents)
            variables_strict[node.id] = variables_strict.get(node.id, False) or strict
    checks: list[LocatorCheck] = []
    issues: list[Issue] = []
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _is_page_locator(n)]
    for node, query in ((call, query) for call in calls for query in _queries(call, loops)):
        parent = parents.get(id(node))
        if isinstance(parent, ast.Assign) and isinstance(parent.targets[0], ast.Name):
            strict = variables_strict.get(parent.targets[0].id, False)
        else:
            strict = _strict_use(node, parents)
        code = ast.unparse(node)
        if query is None or query.kind == "css":
            checks.append(LocatorCheck(node.lineno, code, query, 1, strict))
            issues.append(
                Issue(f"locator {code} cannot be checked statically", "info", node.lineno)
            )
            continue
        result = resolve(inventory, query, typed)
        checks.append(LocatorCheck(node.lineno, code, query, result.count, strict))
        if result.count == 0:
            issues.append(
                Issue(
                    f"locator {code} matches no element of {inventory.component}",
                    "error" if strict else "warning",
                    node.lineno,
                )
            )
        elif result.count == MANY and strict:
            where = ", ".join(e.describe() for e in result.elements[:3])
            issues.append(
                Issue(
                    f"locator {code} may match several elements ({where}); Playwright's strict "
                    "mode fails on that: add exact=True or a narrower locator",
                    # a match through guessed values is only a possibility
                    "warning" if result.level == MatchLevel.LITERAL else "info",
                    node.lineno,
                )
            )
    return checks, issues


def _is_page_locator(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and (func.attr in _METHODS or func.attr == "locator")
        and isinstance(func.value, ast.Name)
        and func.value.id == "page"
    )


def _strict_use(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Whether this locator expression ends in an action or single-element assertion."""
    parent = parents.get(id(node))
    if isinstance(parent, ast.Attribute):
        return parent.attr not in _MULTI_OK
    if (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Name)
        and parent.func.id == "expect"
    ):
        outer = parents.get(id(parent))
        if isinstance(outer, ast.Attribute):
            if outer.attr == "to_have_text":
                call = parents.get(id(outer))
                return not (
                    isinstance(call, ast.Call) and call.args and isinstance(call.args[0], ast.List)
                )
            return outer.attr not in _MULTI_OK
    return False
