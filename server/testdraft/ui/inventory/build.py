"""The component inventory: every element a React component can render, read with tree-sitter.

For each element: tag, ARIA role (explicit or implicit), id, data-testid, name, placeholder,
aria-label, the text of its labels, its text content and accessible name as `TextPattern`s,
event handlers, and whether it is rendered conditionally or repeated by a `.map`. Static data
is evaluated where that is cheap and safe: top-level constant arrays mapped into JSX become one
element per item, constants are substituted, and a `useState` value's possible strings are read
from its setter calls, so conditional error messages are in the inventory too. A component
defined in the same file is expanded where it is used, with its props and `children`.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from testdraft.parsing.jsx import parse_checked, text
from testdraft.ui.inventory.aria import assign_roles_and_names
from testdraft.ui.inventory.components import function_node, list_components
from testdraft.ui.inventory.elements import Element, Inventory, InventoryError
from testdraft.ui.inventory.static_values import MAPPED_ITEM, UNKNOWN, StaticValues, string_value, walk
from testdraft.ui.inventory.textpattern import Segment, TextPattern, alternatives, concat


class _JsxWalker:
    """Records every element the component's JSX can render, with its text as a pattern."""

    def __init__(self, values: StaticValues) -> None:
        self.values = values
        self.elements: list[Element] = []
        self._inlining: list[str] = []  # local components being expanded, innermost last
        self._scopes: list[Node] = [values.function]  # the functions being walked, innermost last
        self._arms: list[tuple[int, int]] = []  # (choice, arm) of the returns / ternaries around
        self._choices = 0
        # `{page === 1 && <A />}{page === 2 && <B />}`: one choice per expression compared, one
        # arm per value it is compared with (negative ids, apart from the counted choices)
        self._keyed: dict[str, tuple[int, dict[str, int]]] = {}

    def arms(self, count: int) -> Iterator[int]:
        """Walk `count` alternatives (returns of one function, arms of a ternary): elements
        recorded under different arms of one choice never render together."""
        self._choices += 1
        choice = self._choices
        for arm in range(count):
            self._arms.append((choice, arm))
            try:
                yield arm
            finally:
                self._arms.pop()

    def _keyed_arm(self, expr: Node) -> tuple[int, int] | None:
        """`page === 2 && ...`: the arm of the choice on `page` that its value 2 is (what is
        drawn when `page` is 1 never renders with it); None for any other condition."""
        test = expr.child_by_field_name("left")
        if text(expr.child_by_field_name("operator")) != "&&" or test is None or test.type != "binary_expression":
            return None
        if text(test.child_by_field_name("operator")) not in ("===", "=="):
            return None
        sides = [test.child_by_field_name("left"), test.child_by_field_name("right")]
        literal = [n for n in sides if n is not None and n.type in ("string", "number", "true", "false")]
        other = [n for n in sides if n is not None and n not in literal]
        if len(literal) != 1 or len(other) != 1 or other[0].type not in ("identifier", "member_expression"):
            return None
        choice, values = self._keyed.setdefault(text(other[0]), (-1 - len(self._keyed), {}))
        return choice, values.setdefault(text(literal[0]).strip("\"'`"), len(values))

    def walk_jsx(
        self, node: Node, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        """Record the elements under `node`; return the text it contributes to its parent."""
        kind = node.type
        if kind == "jsx_fragment":
            return self._children_text(node, env, parent, conditional, repeated)
        if kind in ("jsx_element", "jsx_self_closing_element"):
            return self._element(node, env, parent, conditional, repeated)
        if kind == "jsx_text":
            return TextPattern.of(_jsx_whitespace(text(node)))
        if kind == "html_character_reference":  # "Click &amp; collect"
            return TextPattern.of(html.unescape(text(node)))
        if kind == "jsx_expression":
            inner = node.named_children[0] if node.named_children else None
            return (
                TextPattern()
                if inner is None
                else self.expression_child(inner, env, parent, conditional, repeated)
            )
        return TextPattern()

    def _element(
        self, node: Node, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        opening = (
            node
            if node.type == "jsx_self_closing_element"
            else node.child_by_field_name("open_tag")
        )
        tag = text(opening.child_by_field_name("name")) if opening is not None else ""
        attrs: dict[str, TextPattern] = {}
        handlers: list[str] = []
        for attribute in opening.named_children if opening is not None else []:
            if attribute.type != "jsx_attribute" or not attribute.named_children:
                continue
            key = text(attribute.named_children[0])
            value_node = attribute.named_children[1] if len(attribute.named_children) > 1 else None
            if key.startswith("on") and key[2:3].isupper():
                handlers.append(key)
                continue
            attrs[_HTML_ATTR.get(key, key)] = self._attr_value(value_node, env)
        if not tag and node.type == "jsx_element":  # `<>...</>`: a fragment, no element
            return self._children_text(node, env, parent, conditional, repeated)
        if not tag[:1].islower():
            return self._component(node, tag, env, parent, conditional, repeated)
        element = Element(
            index=len(self.elements),
            tag=tag,
            line=node.start_point[0] + 1,
            attrs=attrs,
            handlers=tuple(handlers),
            parent=parent,
            conditional=conditional,
            repeated=repeated,
            arms=tuple(self._arms),
            drawn_by=tuple(self._inlining),
        )
        self.elements.append(element)
        if parent is not None:
            self.elements[parent].children.append(element.index)
        if node.type == "jsx_element":
            element.text = self._children_text(node, env, element.index, conditional, repeated)
        hidden = attrs.get("aria-hidden")
        if hidden is not None and hidden.static_text() == "true":
            # (a decoration, "▲": no part of the accessible name of what holds it)
            return TextPattern.of("")
        return element.text

    def _component(
        self, node: Node, tag: str, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        """Another component: one defined in this file is expanded with its props (its
        `children` are the caller's JSX, walked where it puts them); a context provider shows
        its children; any other component may show its children, or not."""
        function = function_node(self.values.root, tag)
        if function is not None and tag not in self._inlining and len(self._inlining) < 4:
            params = _params(function)
            inner = bind(params[0], self._props(node, env)) if params else {}
            return self._inline(tag, function, inner, parent, conditional, repeated)
        if node.type != "jsx_element":
            return TextPattern((Segment.hole(),))
        provider = tag.endswith(".Provider")
        return self._children_text(node, env, parent, conditional or not provider, repeated)

    def _inline(
        self, name: str, function: Node, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        """The JSX a function of this file returns, its parameters bound in `env`: each
        `return` one arm (a guard the bound values decide leaves out the returns it skips)."""
        if name in self._inlining or len(self._inlining) >= 4:
            return TextPattern((Segment.hole(),))
        self._inlining.append(name)
        self._scopes.append(function)
        returns = _returned_jsx(function, lambda condition: self.values.py_value(condition, env))
        parts = [
            self.expression_child(returns[number], env, parent, conditional or number < len(returns) - 1, repeated)
            for number in self.arms(len(returns))
        ]
        self._scopes.pop()
        self._inlining.pop()
        return alternatives(parts) if parts else TextPattern()

    def _called_function(self, call: Node) -> tuple[str, Node] | None:
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "identifier":
            return None
        function = self._local_function(text(callee))
        return (text(callee), function) if function is not None else None

    def _local_function(self, name: str) -> Node | None:
        """A function that renders JSX, declared in the functions being walked (innermost
        first) or in the module: `const row = (key, label) => (<div>...</div>)`."""
        for scope in [*reversed(self._scopes), self.values.root]:
            for node in _declarations(scope):
                if node.type == "function_declaration" and text(node.child_by_field_name("name")) == name:
                    return node if _has_jsx(node) else None
                if node.type == "variable_declarator" and text(node.child_by_field_name("name")) == name:
                    value = node.child_by_field_name("value")
                    if value is not None and value.type in _FUNCTIONS and _has_jsx(value):
                        return value
        return None

    def _assigned_jsx(self, name: str) -> list[Node]:
        """The JSX a local variable of the functions being walked is given (`let page;
        if (...) page = <Home />; else page = <Cart />`), in the order the code gives it."""
        for scope in reversed(self._scopes):
            found = []
            for node in walk(scope.child_by_field_name("body") or scope):
                if node.type == "variable_declarator" and text(node.child_by_field_name("name")) == name:
                    value = node.child_by_field_name("value")
                elif node.type == "assignment_expression" and text(node.child_by_field_name("left")) == name:
                    value = node.child_by_field_name("right")
                else:
                    continue
                if value is not None and value.type not in _FUNCTIONS and _has_jsx(value):
                    found.append(value)
            if found:
                return found
        return []

    def _props(self, node: Node, env: dict[str, Any]) -> dict[str, Any]:
        """A component call's props: values where the code fixes them, else their text
        pattern; `children` is the caller's JSX, to be walked with the caller's names."""
        opening = node if node.type == "jsx_self_closing_element" else node.child_by_field_name("open_tag")
        props: dict[str, Any] = {}
        for attribute in opening.named_children if opening is not None else []:
            if attribute.type != "jsx_attribute" or not attribute.named_children:
                continue
            key = text(attribute.named_children[0])
            value = attribute.named_children[1] if len(attribute.named_children) > 1 else None
            if value is None:
                props[key] = True
            elif value.type == "jsx_expression" and value.named_children:
                computed = self.values.py_value(value.named_children[0], env)
                props[key] = computed if computed is not UNKNOWN else self._attr_value(value, env)
            else:
                props[key] = self._attr_value(value, env)
        if node.type == "jsx_element":
            children = [c for c in node.named_children if c.type not in ("jsx_opening_element", "jsx_closing_element")]
            props["children"] = Slot(children, env)
        return props

    def _attr_value(self, node: Node | None, env: dict[str, Any]) -> TextPattern:
        if node is None:
            return TextPattern.of("true")
        if node.type == "string":
            return TextPattern.of(string_value(node))
        if node.type == "jsx_expression" and node.named_children:
            return self.values.expr_pattern(node.named_children[0], env)
        return TextPattern((Segment.hole(),))

    def _children_text(
        self, node: Node, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        parts = []
        for child in node.named_children:
            if child.type in ("jsx_opening_element", "jsx_closing_element"):
                continue
            parts.append(self.walk_jsx(child, env, parent, conditional, repeated))
        return concat(parts)

    def expression_child(
        self, expr: Node, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        slot = self.values.py_value(expr, env) if expr.type in ("identifier", "member_expression") else None
        if isinstance(slot, Slot):  # `{children}` of an expanded component: the caller's JSX
            return concat([self.walk_jsx(c, slot.env, parent, conditional, repeated) for c in slot.nodes])
        if expr.type == "identifier" and slot is UNKNOWN and (assigned := self._assigned_jsx(text(expr))):
            # `{page}`, a variable given JSX in the code above: each value one arm
            return alternatives(
                [
                    self.expression_child(assigned[arm], env, parent, conditional or len(assigned) > 1, repeated)
                    for arm in self.arms(len(assigned))
                ]
            )
        if expr.type == "call_expression" and (helper := self._called_function(expr)) is not None:
            # `{row("next", "New password")}`: the JSX it returns, its arguments bound
            args = expr.child_by_field_name("arguments")
            inner = dict(env)
            values = [self.values.py_value(a, env) for a in args.named_children] if args is not None else []
            for param, value in zip(_params(helper[1]), values, strict=False):
                inner.update(bind(param, value))
            return self._inline(helper[0], helper[1], inner, parent, conditional, repeated)
        if not _has_jsx(expr):
            return self.values.expr_pattern(expr, env)
        kind = expr.type
        if kind in ("jsx_element", "jsx_self_closing_element", "jsx_fragment"):
            return self.walk_jsx(expr, env, parent, conditional, repeated)
        if kind == "parenthesized_expression" and expr.named_children:
            return self.expression_child(expr.named_children[0], env, parent, conditional, repeated)
        if kind == "ternary_expression":
            branches = [
                b
                for b in (expr.child_by_field_name("consequence"), expr.child_by_field_name("alternative"))
                if b is not None
            ]
            return alternatives(
                [self.expression_child(branches[arm], env, parent, True, repeated) for arm in self.arms(len(branches))]
            )
        if kind == "binary_expression":
            right = expr.child_by_field_name("right")
            if right is not None:
                keyed = self._keyed_arm(expr)
                if keyed is not None:
                    self._arms.append(keyed)
                try:
                    return alternatives(
                        [self.expression_child(right, env, parent, True, repeated), TextPattern()]
                    )
                finally:
                    if keyed is not None:
                        self._arms.pop()
        if kind == "call_expression":
            return self._map_call(expr, env, parent, conditional, repeated)
        for jsx in _top_jsx(expr):
            self.walk_jsx(jsx, env, parent, True, repeated)
        return TextPattern((Segment.hole(),))

    def _map_call(
        self, call: Node, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        callee = call.child_by_field_name("function")
        args = call.child_by_field_name("arguments")
        given = args.named_children if args is not None else []
        callback = given[0] if given else None
        data: Any = UNKNOWN
        if callee is not None and text(callee) == "Array.from" and len(given) == 2:
            # `Array.from({ length: 6 }, (_, i) => <button>{i + 1}</button>)`: a map over 0..5
            callback, source = given[1], self.values.py_value(given[0], env)
            size = source.get("length") if isinstance(source, dict) else None
            data = [None] * size if isinstance(size, int) else source
        elif callee is not None and callee.type == "member_expression" and (
            text(callee.child_by_field_name("property")) == "map"
        ):
            data = self.values.py_value(callee.child_by_field_name("object") or callee, env)
        else:
            callback = None
        if callback is None or callback.type not in ("arrow_function", "function_expression"):
            for jsx in _top_jsx(call):
                self.walk_jsx(jsx, env, parent, True, repeated)
            return TextPattern((Segment.hole(),))
        params = _params(callback)
        bodies = _returned_jsx(callback)
        if isinstance(data, list) and len(data) <= 50:
            parts = []
            for index, item in enumerate(data):
                item_env = dict(env)
                for param, value in zip(params, [item, index], strict=False):
                    item_env.update(bind(param, value))
                item_env.update(self._local_constants(callback, item_env))
                for body in bodies:
                    parts.append(
                        self.expression_child(body, item_env, parent, conditional, repeated)
                    )
            return concat(parts)
        item_env = dict(env)
        for param in params:
            item_env.update(bind(param, MAPPED_ITEM))
        for body in bodies:
            self.expression_child(body, item_env, parent, conditional, True)
        return TextPattern((Segment.hole(),))

    def _local_constants(self, callback: Node, env: dict[str, Any]) -> dict[str, Any]:
        body = callback.child_by_field_name("body")
        found: dict[str, Any] = {}
        if body is None or body.type != "statement_block":
            return found
        for statement in body.named_children:
            if statement.type != "lexical_declaration":
                continue
            for decl in statement.named_children:
                name = decl.child_by_field_name("name")
                value = decl.child_by_field_name("value")
                if name is not None and value is not None:
                    computed = self.values.py_value(value, {**env, **found})
                    if computed is not UNKNOWN:
                        found[text(name)] = computed
        return found


@dataclass(frozen=True)
class Slot:
    """JSX a component receives as `children`, with the names of the code that wrote it."""

    nodes: list[Node]
    env: dict[str, Any]


_HTML_ATTR = {"htmlFor": "for", "className": "class", "tabIndex": "tabindex"}


def _has_jsx(node: Node) -> bool:
    return any(n.type in _JSX_NODES for n in walk(node))


_JSX_NODES = frozenset({"jsx_element", "jsx_self_closing_element", "jsx_fragment"})


def _top_jsx(node: Node) -> Iterator[Node]:
    """Outermost JSX nodes under `node`."""
    for child in node.named_children:
        if child.type in _JSX_NODES:
            yield child
        else:
            yield from _top_jsx(child)


def _returned_jsx(function: Node, decide: Callable[[Node], Any] | None = None) -> list[Node]:
    """The JSX a function returns. With `decide` (a condition's value where the arguments
    fix it, else UNKNOWN), an `if` it decides keeps only the branch taken, and nothing
    after a branch taken that returns."""
    body = function.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    return _returns_in(body, decide)[0]


def _returns_in(node: Node, decide: Callable[[Node], Any] | None) -> tuple[list[Node], bool]:
    """(the JSX returned under `node`, in order; whether `node` surely returns)."""
    if node.type == "return_statement":
        value = node.named_children[0] if node.named_children else None
        return ([value] if value is not None and _has_jsx(node) else []), True
    if node.type in _FUNCTIONS:  # a nested callback's returns are not this function's
        return [], False
    if node.type == "if_statement" and decide is not None:
        condition = node.child_by_field_name("condition")
        taken = decide(condition) if condition is not None else UNKNOWN
        branches = [node.child_by_field_name("consequence"), node.child_by_field_name("alternative")]
        if taken is not UNKNOWN and not isinstance(taken, dict | list | TextPattern):
            branch = branches[0] if taken else branches[1]
            return _returns_in(branch, decide) if branch is not None else ([], False)
        found, both = [], True
        for branch in branches:
            inner, returns = _returns_in(branch, decide) if branch is not None else ([], False)
            found += inner
            both = both and returns
        return found, both
    found = []
    for child in node.named_children:
        inner, returns = _returns_in(child, decide)
        found += inner
        if returns and node.type in ("statement_block", "else_clause"):
            return found, True
    return found, False


def _declarations(scope: Node) -> Iterator[Node]:
    """The functions and variables a function body (or the module) declares at its top."""
    body = scope.child_by_field_name("body") if scope.type in _FUNCTIONS else scope
    for statement in body.named_children if body is not None else []:
        inner = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
        if inner is None:
            continue
        if inner.type == "function_declaration":
            yield inner
        elif inner.type in ("lexical_declaration", "variable_declaration"):
            yield from (d for d in inner.named_children if d.type == "variable_declarator")


_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function_declaration"})


def _params(function: Node) -> list[Node]:
    """A function's parameter patterns (an identifier or a destructuring pattern)."""
    params = function.child_by_field_name("parameters")
    if params is None:
        single = function.child_by_field_name("parameter")
        return [single] if single is not None else []
    return [param.child_by_field_name("pattern") or param for param in params.named_children]


def bind(pattern: Node, value: Any) -> dict[str, Any]:
    """Names a parameter pattern binds to `value`: `item`, `[key, label]`, `{ id, label }`,
    `{ label: title = "x" }`; a part the value does not have is unknown (MAPPED_ITEM when the
    whole value is: data known only at run time)."""
    kind = pattern.type
    if kind in ("identifier", "shorthand_property_identifier_pattern"):
        return {text(pattern): value}
    if kind == "assignment_pattern":  # a default: used only when the value has nothing there
        left = pattern.child_by_field_name("left")
        return bind(left, value) if left is not None else {}
    found: dict[str, Any] = {}
    if kind == "array_pattern":
        for index, part in enumerate(pattern.named_children):
            item = value[index] if isinstance(value, list) and index < len(value) else _part(value)
            found.update(bind(part, item))
    elif kind == "object_pattern":
        for part in pattern.named_children:
            if part.type == "pair_pattern":
                key, target = part.child_by_field_name("key"), part.child_by_field_name("value")
                if key is None or target is None:
                    continue
                name = text(key).strip("\"'")
            else:
                target = part
                left = part.child_by_field_name("left") if part.type == "object_assignment_pattern" else None
                name = text(left if left is not None else part)
            item = value[name] if isinstance(value, dict) and name in value else _part(value)
            if part.type == "object_assignment_pattern" and left is not None:
                target = left
            found.update(bind(target, item))
    return found


def _part(value: Any) -> Any:
    return MAPPED_ITEM if value is MAPPED_ITEM else UNKNOWN


def _jsx_whitespace(raw: str) -> str:
    """JSX text rules: lines trimmed where they meet a newline, blank lines dropped."""
    lines = raw.split("\n")
    kept = []
    for number, line in enumerate(lines):
        if number > 0:
            line = line.lstrip(" \t\r")
        if number < len(lines) - 1:
            line = line.rstrip(" \t\r")
        if line:
            kept.append(line)
    return html.unescape(" ".join(kept))


def choose_component(root: Node, component_name: str | None, path: str) -> tuple[str, Node]:
    components = list_components(root)
    if not components:
        raise InventoryError(f"{path}: no React component (a capitalised function returning JSX)")
    chosen = None
    if component_name:
        chosen = next((c for c in components if c.name == component_name), None)
        if chosen is None:
            names = ", ".join(c.name for c in components)
            raise InventoryError(f"{path}: no component named {component_name!r} (found {names})")
    else:
        chosen = next((c for c in components if c.is_default_export), components[0])
    function = function_node(root, chosen.name)
    assert function is not None  # list_components found it by the same rule
    return chosen.name, function


def build_inventory(source: str | bytes, path: str, component_name: str | None = None) -> Inventory:
    """Parse `source` and inventory the component (default export unless named)."""
    data = source.encode("utf-8") if isinstance(source, str) else source
    root = parse_checked(data, path).root_node
    name, function = choose_component(root, component_name, path)
    walker = _JsxWalker(StaticValues(root, function))
    returns = _returned_jsx(function)
    for number in walker.arms(len(returns)):
        # every return but the last is an early return: conditional
        walker.expression_child(returns[number], {}, None, number < len(returns) - 1, False)
    values = walker.values
    rendered_data = [v for strings in values.prop_values.values() for v in strings]
    rendered_data += values.human_strings
    inventory = Inventory(
        component=name,
        path=path,
        elements=walker.elements,
        data_strings=list(dict.fromkeys(s for s in rendered_data if len(s.strip()) > 2)),
        data_rows=[
            {key: value for key, value in row.items() if isinstance(value, str)}
            for table in values.constants.values()
            if isinstance(table, list)
            for row in table
            if isinstance(row, dict)
        ],
    )
    assign_roles_and_names(inventory)
    return inventory
