"""The component inventory: every element a React component can render, read with tree-sitter.

For each element: tag, ARIA role (explicit or implicit), id, data-testid, name, placeholder,
aria-label, the text of its labels, its text content and accessible name as `TextPattern`s,
event handlers, and whether it is rendered conditionally or repeated by a `.map`. Static data
is evaluated where that is cheap and safe: top-level constant arrays mapped into JSX become one
element per item, constants are substituted, and a `useState` value's possible strings are read
from its setter calls, so conditional error messages are in the inventory too.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from tree_sitter import Node

from testdraft.ui.components import function_node, list_components
from testdraft.ui.jsx_parser import parse_checked, text
from testdraft.ui.textpattern import Segment, TextPattern, alternatives, concat


class InventoryError(ValueError):
    """The file has no component to inventory (no JSX-returning capitalised function)."""


@dataclass
class Element:
    index: int
    tag: str
    line: int  # 1-based
    attrs: dict[str, TextPattern]
    handlers: tuple[str, ...]
    parent: int | None
    conditional: bool  # behind `cond && ...`, a ternary or an early return
    repeated: bool  # rendered once per item of data not known statically
    text: TextPattern = field(default_factory=TextPattern)
    children: list[int] = field(default_factory=list)
    role: str | None = None
    name: TextPattern = field(default_factory=TextPattern)  # accessible name
    labels: list[TextPattern] = field(default_factory=list)  # what get_by_label matches
    nearby_text: str = ""  # caption text right before a field that has no <label>

    def attr(self, key: str) -> str | None:
        value = self.attrs.get(key)
        return value.static_text() if value is not None else None

    @property
    def test_id(self) -> str | None:
        return self.attr("data-testid")

    @property
    def element_id(self) -> str | None:
        return self.attr("id")

    @property
    def input_type(self) -> str:
        return (self.attr("type") or "text").lower() if self.tag == "input" else ""

    def describe(self) -> str:
        bits = [self.tag]
        if self.role:
            bits.append(f"role={self.role}")
        for key in ("id", "data-testid", "placeholder", "aria-label"):
            if key in self.attrs:
                bits.append(f"{key}={self.attrs[key].display()!r}")
        if not self.name.is_empty:
            bits.append(f"name={self.name.display()!r}")
        return f"<{' '.join(bits)}> (line {self.line})"


@dataclass
class Inventory:
    component: str
    path: str
    elements: list[Element]
    data_strings: list[str] = field(default_factory=list)  # strings the code may render

    def __iter__(self) -> Iterator[Element]:
        return iter(self.elements)

    def ancestors(self, element: Element) -> Iterator[Element]:
        current = element.parent
        while current is not None:
            yield self.elements[current]
            current = self.elements[current].parent

    def descendants(self, element: Element) -> Iterator[Element]:
        for child in element.children:
            yield self.elements[child]
            yield from self.descendants(self.elements[child])

    def conditional_texts(self) -> list[str]:
        """Texts that appear only under a condition (validation errors, confirmations)."""
        return [
            e.text.display()
            for e in self.elements
            if e.conditional
            and e.text.has_literal
            and not any(c.conditional for c in self.descendants(e))
        ]


_UNKNOWN = object()  # a value that cannot be computed statically


class _Analyzer:
    """Walks one component; holds the module-level facts the expressions refer to."""

    def __init__(self, root: Node, function: Node) -> None:
        self.root = root
        self.function = function
        self.constants: dict[str, Any] = {}
        self.state_values: dict[str, list[str]] = {}  # state variable -> strings it may hold
        self.prop_values: dict[str, list[str]] = {}  # `x.prop = "..."` / `{prop: "..."}`
        self.human_strings: list[str] = []
        self.elements: list[Element] = []
        self._collect_constants(root)
        self._collect_constants(function.child_by_field_name("body") or function)
        self._collect_state_and_strings()

    # ---- static facts -------------------------------------------------------------------
    def _collect_constants(self, scope: Node) -> None:
        for statement in scope.named_children:
            decl_parent = statement
            if statement.type == "export_statement":
                decl_parent = statement.child_by_field_name("declaration") or statement
            if decl_parent.type != "lexical_declaration":
                continue
            for decl in decl_parent.named_children:
                name = decl.child_by_field_name("name")
                value = decl.child_by_field_name("value")
                if name is None or value is None or name.type != "identifier":
                    continue
                computed = self.py_value(value, {})
                if computed is not _UNKNOWN:
                    self.constants[text(name)] = computed

    def _collect_state_and_strings(self) -> None:
        setters: dict[str, str] = {}
        for node in _walk(self.function):
            if node.type == "variable_declarator":
                pattern = node.child_by_field_name("name")
                value = node.child_by_field_name("value")
                if (
                    pattern is not None
                    and pattern.type == "array_pattern"
                    and value is not None
                    and value.type == "call_expression"
                    and text(value.child_by_field_name("function")).endswith("useState")
                ):
                    names = [text(n) for n in pattern.named_children]
                    if len(names) == 2:
                        setters[names[1]] = names[0]
                        self.state_values.setdefault(names[0], [])
        for node in _walk(self.root):
            if node.type == "call_expression":
                callee = text(node.child_by_field_name("function"))
                args = node.child_by_field_name("arguments")
                if callee in setters and args is not None and args.named_children:
                    self.state_values[setters[callee]].extend(self._strings(args.named_children[0]))
            elif node.type == "assignment_expression":
                left = node.child_by_field_name("left")
                right = node.child_by_field_name("right")
                if left is not None and right is not None and left.type == "member_expression":
                    prop = text(left.child_by_field_name("property"))
                    self.prop_values.setdefault(prop, []).extend(self._strings(right))
            elif node.type == "pair":
                key = node.child_by_field_name("key")
                value = node.child_by_field_name("value")
                if key is not None and value is not None:
                    self.prop_values.setdefault(text(key).strip("\"'"), []).extend(
                        self._strings(value)
                    )
            elif node.type in ("string", "template_string") and not _in_import_or_attr(node):
                for candidate in self._strings(node):
                    if any(ch.isalpha() for ch in candidate) and (
                        " " in candidate or candidate[:1].isupper()
                    ):
                        self.human_strings.append(candidate)

    def _strings(self, node: Node) -> list[str]:
        """Concrete strings an expression may evaluate to (holes dropped)."""
        pattern = self.expr_pattern(node, {})
        return [t for t in pattern.expansions(fill_holes=True) if "\x00" not in t and t]

    # ---- expressions --------------------------------------------------------------------
    def py_value(self, node: Node, env: dict[str, Any]) -> Any:
        kind = node.type
        if kind == "string":
            return _string_value(node)
        if kind == "template_string":
            pattern = self.expr_pattern(node, env)
            static = pattern.static_text()
            return static if static is not None else _UNKNOWN
        if kind == "number":
            try:
                number = float(text(node))
            except ValueError:
                return _UNKNOWN
            return int(number) if number.is_integer() else number
        if kind in ("true", "false"):
            return kind == "true"
        if kind == "null":
            return None
        if kind == "identifier":
            name = text(node)
            if name in env:
                return env[name]
            return self.constants.get(name, _UNKNOWN)
        if kind == "parenthesized_expression" and node.named_children:
            return self.py_value(node.named_children[0], env)
        if kind == "array":
            items = [self.py_value(c, env) for c in node.named_children]
            return _UNKNOWN if any(i is _UNKNOWN for i in items) else items
        if kind == "object":
            obj: dict[str, Any] = {}
            for pair in node.named_children:
                key = pair.child_by_field_name("key")
                value = pair.child_by_field_name("value")
                if pair.type != "pair" or key is None or value is None:
                    return _UNKNOWN
                obj[text(key).strip("\"'")] = self.py_value(value, env)
            return obj
        if kind == "ternary_expression":
            condition = node.child_by_field_name("condition")
            test = self.py_value(condition, env) if condition is not None else _UNKNOWN
            if test is _UNKNOWN or isinstance(test, dict | list):
                return _UNKNOWN
            branch = node.child_by_field_name("consequence" if test else "alternative")
            return self.py_value(branch, env) if branch is not None else _UNKNOWN
        if kind == "binary_expression":
            return self._binary_value(node, env)
        if kind == "member_expression":
            base = self.py_value(node.child_by_field_name("object") or node, env)
            prop = text(node.child_by_field_name("property"))
            if isinstance(base, dict) and prop in base:
                return base[prop]
            if isinstance(base, list | str) and prop == "length":
                return len(base)
        return _UNKNOWN

    def _binary_value(self, node: Node, env: dict[str, Any]) -> Any:
        operator = text(node.child_by_field_name("operator"))
        left_node = node.child_by_field_name("left")
        right_node = node.child_by_field_name("right")
        if left_node is None or right_node is None:
            return _UNKNOWN
        left = self.py_value(left_node, env)
        right = self.py_value(right_node, env)
        if left is _UNKNOWN or right is _UNKNOWN:
            return _UNKNOWN
        if operator in ("===", "=="):
            return left == right
        if operator in ("!==", "!="):
            return left != right
        numbers = isinstance(left, int | float) and isinstance(right, int | float)
        if operator == "+" and (numbers or (isinstance(left, str) and isinstance(right, str))):
            return left + right
        if numbers and operator in ("-", "*"):
            return left - right if operator == "-" else left * right
        return _UNKNOWN

    def expr_pattern(self, node: Node, env: dict[str, Any]) -> TextPattern:
        kind = node.type
        if kind != "template_string":
            value = self.py_value(node, env)
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                return TextPattern.of(_js_str(value))
        if kind == "template_string":
            parts = []
            for child in node.named_children:
                if child.type == "string_fragment":
                    parts.append(TextPattern.of(text(child)))
                elif child.type == "template_substitution" and child.named_children:
                    parts.append(self.expr_pattern(child.named_children[0], env))
                elif child.type == "escape_sequence":
                    parts.append(TextPattern.of(_unescape(text(child))))
            return concat(parts)
        if kind == "parenthesized_expression" and node.named_children:
            return self.expr_pattern(node.named_children[0], env)
        if kind == "ternary_expression":
            branches = [
                node.child_by_field_name("consequence"),
                node.child_by_field_name("alternative"),
            ]
            return alternatives([self.expr_pattern(b, env) for b in branches if b is not None])
        if kind == "binary_expression":
            operator = text(node.child_by_field_name("operator"))
            left = node.child_by_field_name("left")
            right = node.child_by_field_name("right")
            if operator == "&&" and right is not None:
                return alternatives([self.expr_pattern(right, env), TextPattern()])
            if operator in ("||", "??") and left is not None and right is not None:
                return alternatives([self.expr_pattern(left, env), self.expr_pattern(right, env)])
            stringy = {"string", "template_string"}
            if (
                operator == "+"
                and left is not None
                and right is not None
                and (left.type in stringy or right.type in stringy)
            ):
                return self.expr_pattern(left, env) + self.expr_pattern(right, env)
        if kind in ("null", "undefined", "true", "false"):
            return TextPattern()
        if kind == "identifier":
            name = text(node)
            if env.get(name) is _MAPPED_ITEM:
                return TextPattern((Segment.hole(self.human_strings, weak=True),))
            if name in self.state_values:
                return TextPattern((Segment.hole(self.state_values[name]),))
        if kind == "subscript_expression":
            items = self.py_value(node.child_by_field_name("object") or node, env)
            if isinstance(items, list):
                return TextPattern((Segment.hole(i for i in items if isinstance(i, str)),))
        if kind == "member_expression":
            prop = text(node.child_by_field_name("property"))
            base = node.child_by_field_name("object")
            guesses = list(self.prop_values.get(prop, []))
            if base is not None and env.get(text(base)) is _MAPPED_ITEM and not guesses:
                return TextPattern((Segment.hole(self.human_strings, weak=True),))
            return TextPattern((Segment.hole(guesses),))
        return TextPattern((Segment.hole(),))

    # ---- JSX ----------------------------------------------------------------------------
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
        if kind == "jsx_expression":
            inner = node.named_children[0] if node.named_children else None
            return (
                TextPattern()
                if inner is None
                else self._expression_child(inner, env, parent, conditional, repeated)
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
        if not tag[:1].islower():  # another component: its output is unknown here
            return TextPattern((Segment.hole(),))
        element = Element(
            index=len(self.elements),
            tag=tag,
            line=node.start_point[0] + 1,
            attrs=attrs,
            handlers=tuple(handlers),
            parent=parent,
            conditional=conditional,
            repeated=repeated,
        )
        self.elements.append(element)
        if parent is not None:
            self.elements[parent].children.append(element.index)
        if node.type == "jsx_element":
            element.text = self._children_text(node, env, element.index, conditional, repeated)
        return element.text

    def _attr_value(self, node: Node | None, env: dict[str, Any]) -> TextPattern:
        if node is None:
            return TextPattern.of("true")
        if node.type == "string":
            return TextPattern.of(_string_value(node))
        if node.type == "jsx_expression" and node.named_children:
            return self.expr_pattern(node.named_children[0], env)
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

    def _expression_child(
        self, expr: Node, env: dict[str, Any], parent: int | None, conditional: bool, repeated: bool
    ) -> TextPattern:
        if not _has_jsx(expr):
            return self.expr_pattern(expr, env)
        kind = expr.type
        if kind in ("jsx_element", "jsx_self_closing_element", "jsx_fragment"):
            return self.walk_jsx(expr, env, parent, conditional, repeated)
        if kind == "parenthesized_expression" and expr.named_children:
            return self._expression_child(
                expr.named_children[0], env, parent, conditional, repeated
            )
        if kind == "ternary_expression":
            branches = [
                expr.child_by_field_name("consequence"),
                expr.child_by_field_name("alternative"),
            ]
            return alternatives(
                [self._expression_child(b, env, parent, True, repeated) for b in branches if b]
            )
        if kind == "binary_expression":
            right = expr.child_by_field_name("right")
            if right is not None:
                return alternatives(
                    [self._expression_child(right, env, parent, True, repeated), TextPattern()]
                )
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
        callback = args.named_children[0] if args is not None and args.named_children else None
        if (
            callee is None
            or callee.type != "member_expression"
            or text(callee.child_by_field_name("property")) != "map"
            or callback is None
            or callback.type not in ("arrow_function", "function_expression")
        ):
            for jsx in _top_jsx(call):
                self.walk_jsx(jsx, env, parent, True, repeated)
            return TextPattern((Segment.hole(),))
        params = _param_names(callback)
        data = self.py_value(callee.child_by_field_name("object") or callee, env)
        bodies = _returned_jsx(callback)
        if isinstance(data, list) and len(data) <= 50:
            parts = []
            for index, item in enumerate(data):
                item_env = {**env, **dict(zip(params, [item, index], strict=False))}
                item_env.update(self._local_constants(callback, item_env))
                for body in bodies:
                    parts.append(
                        self._expression_child(body, item_env, parent, conditional, repeated)
                    )
            return concat(parts)
        item_env = {**env, **{p: _MAPPED_ITEM for p in params}}
        for body in bodies:
            self._expression_child(body, item_env, parent, conditional, True)
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
                    computed = self.py_value(value, {**env, **found})
                    if computed is not _UNKNOWN:
                        found[text(name)] = computed
        return found


_MAPPED_ITEM = object()  # the item of a `.map` over data only known at run time

_HTML_ATTR = {"htmlFor": "for", "className": "class", "tabIndex": "tabindex"}


def _walk(node: Node) -> Iterator[Node]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(reversed(current.children))


def _in_import_or_attr(node: Node) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.type in ("import_statement", "jsx_attribute"):
            return True
        if parent.type in ("call_expression", "variable_declarator", "pair", "return_statement"):
            return False
        parent = parent.parent
    return False


def _has_jsx(node: Node) -> bool:
    return any(n.type in _JSX_NODES for n in _walk(node))


_JSX_NODES = frozenset({"jsx_element", "jsx_self_closing_element", "jsx_fragment"})


def _top_jsx(node: Node) -> Iterator[Node]:
    """Outermost JSX nodes under `node`."""
    for child in node.named_children:
        if child.type in _JSX_NODES:
            yield child
        else:
            yield from _top_jsx(child)


def _returned_jsx(function: Node) -> list[Node]:
    body = function.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    found = []
    stack = [body]
    while stack:  # this function's own returns, not those of nested callbacks
        node = stack.pop()
        if node.type == "return_statement" and node.named_children and _has_jsx(node):
            found.append(node.named_children[0])
        elif node.type not in _FUNCTIONS:
            stack.extend(reversed(node.named_children))
    return found


_FUNCTIONS = frozenset({"arrow_function", "function_expression", "function_declaration"})


def _param_names(function: Node) -> list[str]:
    params = function.child_by_field_name("parameters")
    if params is None:
        single = function.child_by_field_name("parameter")
        return [text(single)] if single is not None else []
    names = []
    for param in params.named_children:
        target = param.child_by_field_name("pattern") or param
        names.append(text(target) if target.type == "identifier" else "")
    return names


def _string_value(node: Node) -> str:
    parts = []
    for child in node.named_children:
        if child.type == "escape_sequence":
            parts.append(_unescape(text(child)))
        else:
            parts.append(text(child))
    return "".join(parts)


def _unescape(sequence: str) -> str:
    try:
        return sequence.encode("latin-1", "backslashreplace").decode("unicode_escape")
    except UnicodeDecodeError:
        return sequence


def _js_str(value: str | float) -> str:
    return value if isinstance(value, str) else str(value)


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


# ---- roles and names ------------------------------------------------------------------------

_TAG_ROLES = {
    "button": "button",
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "ul": "list",
    "ol": "list",
    "li": "listitem",
    "table": "table",
    "tr": "row",
    "td": "cell",
    "textarea": "textbox",
    "nav": "navigation",
    "main": "main",
    "fieldset": "group",
    "option": "option",
    "p": "paragraph",
    "dialog": "dialog",
    "article": "article",
    "aside": "complementary",
    "progress": "progressbar",
    "output": "status",
    "hr": "separator",
    "dt": "term",
    "dd": "definition",
    "tbody": "rowgroup",
    "thead": "rowgroup",
    "tfoot": "rowgroup",
    "caption": "caption",
    "strong": "strong",
    "em": "emphasis",
    "img": "img",
    "legend": None,
    "label": None,
}
_INPUT_ROLES = {
    "checkbox": "checkbox",
    "radio": "radio",
    "button": "button",
    "submit": "button",
    "reset": "button",
    "image": "button",
    "range": "slider",
    "number": "spinbutton",
    "search": "searchbox",
    "email": "textbox",
    "tel": "textbox",
    "text": "textbox",
    "url": "textbox",
    "password": None,
    "hidden": None,
    "file": None,
    "date": None,
    "color": None,
}
# roles whose accessible name comes from their content (Playwright's list)
NAME_FROM_CONTENT = frozenset(
    {
        "button",
        "cell",
        "checkbox",
        "columnheader",
        "gridcell",
        "heading",
        "link",
        "menuitem",
        "menuitemcheckbox",
        "menuitemradio",
        "option",
        "radio",
        "row",
        "rowheader",
        "switch",
        "tab",
        "tooltip",
        "treeitem",
    }
)
FORM_FIELDS = frozenset({"input", "select", "textarea"})


def _implicit_role(element: Element, inventory: Inventory) -> str | None:
    tag = element.tag
    if tag == "input":
        return _INPUT_ROLES.get(element.input_type, "textbox")
    if tag == "select":
        multiple = "multiple" in element.attrs or (element.attr("size") or "1") not in ("0", "1")
        return "listbox" if multiple else "combobox"
    if tag == "a":
        return "link" if "href" in element.attrs else None
    if tag == "th":
        return "rowheader" if element.attr("scope") == "row" else "columnheader"
    if tag in ("section", "form"):
        named = "aria-label" in element.attrs or "aria-labelledby" in element.attrs
        return ("region" if tag == "section" else "form") if named else None
    if tag in ("header", "footer"):
        inside = any(a.tag in _LANDMARK_BLOCKERS for a in inventory.ancestors(element))
        return None if inside else ("banner" if tag == "header" else "contentinfo")
    return _TAG_ROLES.get(tag)


_LANDMARK_BLOCKERS = frozenset({"article", "aside", "main", "nav", "section"})


def _by_id(inventory: Inventory, ident: str) -> Element | None:
    for element in inventory.elements:
        if element.element_id == ident:
            return element
    return None


def _label_patterns(element: Element, inventory: Inventory) -> list[TextPattern]:
    labels: list[TextPattern] = []
    if "aria-labelledby" in element.attrs:
        ids = (element.attr("aria-labelledby") or "").split()
        targets = [t for t in (_by_id(inventory, i) for i in ids) if t is not None]
        labels.append(
            concat([t.text for t in targets]) if targets else TextPattern((Segment.hole(),))
        )
    if "aria-label" in element.attrs:
        labels.append(element.attrs["aria-label"])
    if element.tag in FORM_FIELDS and element.element_id:
        for other in inventory.elements:
            if other.tag == "label" and other.attr("for") == element.element_id:
                labels.append(other.text)
    if element.tag in FORM_FIELDS:
        for ancestor in inventory.ancestors(element):
            if ancestor.tag == "label":
                labels.append(ancestor.text)
                break
    return labels


def _nearby_caption(element: Element, inventory: Inventory) -> str:
    """Text of a sibling right before/after an unlabelled field (`<span>Email</span><input>`)."""
    if element.parent is None:
        return ""
    siblings = inventory.elements[element.parent].children
    position = siblings.index(element.index)
    for neighbour in (position - 1, position + 1):
        if 0 <= neighbour < len(siblings):
            other = inventory.elements[siblings[neighbour]]
            if other.tag in ("span", "div", "p", "strong", "b") and other.text.static_text():
                return other.text.static_text() or ""
    return ""


def _finish(inventory: Inventory) -> None:
    for element in inventory.elements:
        explicit = element.attr("role")
        element.role = explicit.split()[0] if explicit else _implicit_role(element, inventory)
    for element in inventory.elements:
        element.labels = _label_patterns(element, inventory)
        if element.labels:
            element.name = element.labels[0]
        elif element.role in NAME_FROM_CONTENT:
            element.name = element.text
        elif "title" in element.attrs:
            element.name = element.attrs["title"]
        elif element.tag in FORM_FIELDS and "placeholder" in element.attrs:
            element.name = element.attrs["placeholder"]
        if element.tag in FORM_FIELDS and not element.labels:
            element.nearby_text = _nearby_caption(element, inventory)


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
    analyzer = _Analyzer(root, function)
    returns = _returned_jsx(function)
    for number, jsx in enumerate(returns):
        # every return but the last is an early return: conditional
        analyzer._expression_child(jsx, {}, None, number < len(returns) - 1, False)
    rendered_data = [v for values in analyzer.prop_values.values() for v in values]
    rendered_data += analyzer.human_strings
    inventory = Inventory(
        component=name,
        path=path,
        elements=analyzer.elements,
        data_strings=list(dict.fromkeys(s for s in rendered_data if len(s.strip()) > 2)),
    )
    _finish(inventory)
    return inventory
