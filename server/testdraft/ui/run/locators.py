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


def _query(call: ast.Call) -> Query | None:
    if not isinstance(call.func, ast.Attribute) or not call.args:
        return None
    method = call.func.attr
    first = _const(call.args[0])
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


def _typed_values(tree: ast.AST) -> list[str]:
    """Strings the test feeds the page: typed into fields, or in a mocked response
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
            and node.func.attr in ("fill", "type", "press_sequentially", "send_keys")
            and node.args
            and isinstance(_const(node.args[0]), str)
        ):
            values.append(str(_const(node.args[0])))
    return values


def check_locators(test_code: str, inventory: Inventory) -> tuple[list[LocatorCheck], list[Issue]]:
    """Each `page.get_by_*` / `page.locator` call resolved; issues for none or several."""
    tree = ast.parse(test_code)
    typed = _typed_values(tree)
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
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not _is_page_locator(node):
            continue
        query = _query(node)
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
