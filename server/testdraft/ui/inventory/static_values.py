"""Values a component's code fixes before it runs, read from the tree-sitter tree.

Constants are evaluated (literals, arrays of objects, simple comparisons and ternaries); a
`useState` variable may hold the strings passed to its setter; `x.prop` may hold the strings
assigned to any `.prop` or paired with `prop:`; text built from unknown parts becomes a
`TextPattern` with holes, each with its guesses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tree_sitter import Node

from testdraft.parsing.jsx import text
from testdraft.ui.inventory.textpattern import Segment, TextPattern, alternatives, concat, has_words

UNKNOWN = object()  # a value that cannot be computed statically


class StaticValues:
    """What the code lets us know before it runs: constants, the strings a `useState` value
    or an object property may hold, and every human-readable string literal."""

    def __init__(self, root: Node, function: Node) -> None:
        self.root = root
        self.function = function
        self.constants: dict[str, Any] = {}
        self.state_values: dict[str, list[str]] = {}  # state variable -> strings it may hold
        # state variable -> texts with holes it may hold (`setEntry(`Entry received: ${name}`)`)
        self.state_templates: dict[str, list[TextPattern]] = {}
        self.prop_values: dict[str, list[str]] = {}  # `x.prop = "..."` / `{prop: "..."}`
        self.human_strings: list[str] = []
        self._returning: set[str] = set()  # functions being read (a recursive one stays unknown)
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
                if computed is not UNKNOWN:
                    self.constants[text(name)] = computed

    def _collect_state_and_strings(self) -> None:
        setters: dict[str, str] = {}
        # (every component of the file: a page drawn by the one inventoried keeps its own state)
        for node in walk(self.root):
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
        for node in walk(self.root):
            if node.type == "call_expression":
                callee = text(node.child_by_field_name("function"))
                args = node.child_by_field_name("arguments")
                if callee in setters and args is not None and args.named_children:
                    value = args.named_children[0]
                    self.state_values[setters[callee]].extend(self._strings(value))
                    for branch in _branches(value):  # (`setMsg(ok ? `Held for ${n} weeks` : "")`: a branch)
                        if branch.type == "template_string" and not (built := self.expr_pattern(branch, {})).is_static:
                            self.state_templates.setdefault(setters[callee], []).append(built)
                    if value.type == "identifier":  # setErrors(found): what was pushed to it
                        self.state_values[setters[callee]].extend(self._pushed(text(value)))
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

    def _pushed(self, name: str) -> list[str]:
        """Strings the code pushes to a list named `name` (`found.push("...")`)."""
        found: list[str] = []
        for node in walk(self.root):
            if node.type == "call_expression" and text(node.child_by_field_name("function")) == f"{name}.push":
                args = node.child_by_field_name("arguments")
                for arg in args.named_children if args is not None else []:
                    found.extend(self._strings(arg))
        return found

    def _strings(self, node: Node) -> list[str]:
        """Concrete strings an expression may evaluate to (holes dropped)."""
        pattern = self.expr_pattern(node, {})
        return [t for t in pattern.expansions(fill_holes=True) if "\x00" not in t and t]

    # ---- expressions --------------------------------------------------------------------
    def py_value(self, node: Node, env: dict[str, Any]) -> Any:
        kind = node.type
        if kind == "string":
            return string_value(node)
        if kind == "template_string":
            pattern = self.expr_pattern(node, env)
            static = pattern.static_text()
            if static is None and pattern.has_literal and _in_data(node):
                return pattern  # `My schedule (${n})` in a list of tabs: its words, a hole
            return static if static is not None else UNKNOWN
        if kind == "number":
            try:
                number = float(text(node))
            except ValueError:
                return UNKNOWN
            return int(number) if number.is_integer() else number
        if kind in ("true", "false"):
            return kind == "true"
        if kind == "null":
            return None
        if kind == "identifier":
            name = text(node)
            if name in env:
                return env[name]
            return self.constants.get(name, UNKNOWN)
        if kind in _PASS_THROUGH and node.named_children:  # `(x)`, `x as T`, `x!`
            return self.py_value(node.named_children[0], env)
        if kind == "subscript_expression":  # LABELS[id], ROWS[0]
            base = self.py_value(node.child_by_field_name("object") or node, env)
            index = node.child_by_field_name("index")
            key = self.py_value(index, env) if index is not None else UNKNOWN
            if isinstance(base, dict) and isinstance(key, str):
                return base.get(key, UNKNOWN)
            if isinstance(base, list | str) and isinstance(key, int) and 0 <= key < len(base):
                return base[key]
            return UNKNOWN
        if kind == "call_expression":  # Object.keys / values / entries of a constant
            callee = text(node.child_by_field_name("function"))
            args = node.child_by_field_name("arguments")
            if callee in _OBJECT_VIEWS and args is not None and len(args.named_children) == 1:
                base = self.py_value(args.named_children[0], env)
                if isinstance(base, dict):
                    return _OBJECT_VIEWS[callee](base)
            if args is not None:
                known = [self.py_value(a, env) for a in args.named_children]
                if any(a is UNKNOWN or isinstance(a, TextPattern) for a in known):
                    return UNKNOWN
                function = node.child_by_field_name("function")
                if function is not None and function.type == "member_expression":
                    # word.toUpperCase(), name.slice(1): on a known string (numbers stay unknown: a
                    # figure the code formats is matched as a template, see dev 02)
                    base = self.py_value(function.child_by_field_name("object") or function, env)
                    return _method(base, text(function.child_by_field_name("property")), known)
                return self._called(callee, known)  # capitalise(allergen): the module's function
            return UNKNOWN
        if kind == "array":
            items = [self.py_value(c, env) for c in node.named_children]
            return UNKNOWN if any(i is UNKNOWN for i in items) else items
        if kind == "object":
            obj: dict[str, Any] = {}
            for pair in node.named_children:
                key = pair.child_by_field_name("key")
                value = pair.child_by_field_name("value")
                if pair.type != "pair" or key is None or value is None:
                    return UNKNOWN
                obj[text(key).strip("\"'")] = self.py_value(value, env)
            return obj
        if kind == "ternary_expression":
            condition = node.child_by_field_name("condition")
            test = self.py_value(condition, env) if condition is not None else UNKNOWN
            if test is UNKNOWN or isinstance(test, dict | list | TextPattern):  # (a prop's text: not known)
                return UNKNOWN
            branch = node.child_by_field_name("consequence" if test else "alternative")
            return self.py_value(branch, env) if branch is not None else UNKNOWN
        if kind == "binary_expression":
            return self._binary_value(node, env)
        if kind == "member_expression":
            base = self.py_value(node.child_by_field_name("object") or node, env)
            prop = text(node.child_by_field_name("property"))
            if isinstance(base, dict) and prop in base:
                return base[prop]
            if isinstance(base, list | str) and prop == "length":
                return len(base)
        return UNKNOWN

    def _binary_value(self, node: Node, env: dict[str, Any]) -> Any:
        operator = text(node.child_by_field_name("operator"))
        left_node = node.child_by_field_name("left")
        right_node = node.child_by_field_name("right")
        if left_node is None or right_node is None:
            return UNKNOWN
        left = self.py_value(left_node, env)
        right = self.py_value(right_node, env)
        if left is UNKNOWN or right is UNKNOWN or isinstance(left, TextPattern) or isinstance(right, TextPattern):
            return UNKNOWN
        if operator in ("===", "=="):
            return left == right
        if operator in ("!==", "!="):
            return left != right
        numbers = isinstance(left, int | float) and isinstance(right, int | float)
        if operator == "+" and (numbers or (isinstance(left, str) and isinstance(right, str))):
            return left + right
        if numbers and operator in ("-", "*"):
            return left - right if operator == "-" else left * right
        return UNKNOWN

    def _called(self, name: str, args: list[Any]) -> Any:
        """What the module's function `name` returns for known arguments, when its body is one
        returned expression of its plain parameters (`(word) => word[0].toUpperCase() + ...`)."""
        body = self._function_body(name)
        if body is None or name in self._returning:
            return UNKNOWN
        declared = body.parent
        params = declared.child_by_field_name("parameters") if declared is not None else None
        if params is None and declared is not None:
            params = declared.child_by_field_name("parameter")  # `word => ...`
        if params is None:
            return UNKNOWN
        names = [p for p in ([params] if params.type == "identifier" else params.named_children)]
        names = [p.child_by_field_name("pattern") or p if p.type in ("required_parameter", "optional_parameter")
                 else p for p in names]
        if len(names) != len(args) or any(p.type != "identifier" for p in names):
            return UNKNOWN
        returned = body
        if body.type == "statement_block":
            statements = body.named_children
            if len(statements) != 1 or statements[0].type != "return_statement" or not statements[0].named_children:
                return UNKNOWN
            returned = statements[0].named_children[0]
        self._returning.add(name)
        try:
            return self.py_value(returned, {text(p): a for p, a in zip(names, args, strict=True)})
        finally:
            self._returning.discard(name)

    def expr_pattern(self, node: Node, env: dict[str, Any]) -> TextPattern:
        kind = node.type
        if kind != "template_string":
            value = self.py_value(node, env)
            if isinstance(value, str | int | float) and not isinstance(value, bool):
                return TextPattern.of(_js_str(value))
            if isinstance(value, TextPattern):  # a prop of an expanded component
                return value
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
        if kind in _PASS_THROUGH and node.named_children:
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
        if kind == "call_expression" and (returned := self._returned_text(node)) is not None:
            return returned  # countLabel(n): the texts the module's function returns
        if kind == "call_expression":  # errors.join(" "): some of the strings the state holds
            callee = node.child_by_field_name("function")
            base = callee.child_by_field_name("object") if callee is not None else None
            if (
                callee is not None
                and base is not None
                and text(callee.child_by_field_name("property")) == "join"
                and text(base) in self.state_values
            ):
                return TextPattern((Segment.hole(self.state_values[text(base)], several=True),))
        if kind == "identifier":
            name = text(node)
            if env.get(name) is MAPPED_ITEM:
                return TextPattern((Segment.hole(self.human_strings, weak=True),))
            if name in self.state_values:
                templates = self.state_templates.get(name, [])
                if len(templates) == 1 and not self.state_values[name] and any(
                    s.closed and has_words("".join(s.options)) for s in templates[0].segments
                ):
                    return templates[0]  # the one text the code builds for it ("Entry received: {…}")
                # (a text built around a value, "Deliveries paused for {…} weeks", is one guess of many:
                # its words, a hole where the value goes)
                built = [t for p in templates for t in p.expansions() if has_words(t)]
                return TextPattern((Segment.hole([*self.state_values[name], *built]),))
        if kind == "subscript_expression":  # an unknown key: any of the values
            items = self.py_value(node.child_by_field_name("object") or node, env)
            if isinstance(items, dict):
                items = list(items.values())
            if isinstance(items, list):
                return TextPattern((Segment.hole(_js_str(i) for i in items if _is_text(i)),))
        if kind == "member_expression":
            prop = text(node.child_by_field_name("property"))
            base = node.child_by_field_name("object")
            guesses = list(self.prop_values.get(prop, []))
            rows = self._rows(base, env) if base is not None else None
            if rows is not None:  # PAGES[path].title: the title of any of the pages
                return TextPattern((Segment.hole(_js_str(r[prop]) for r in rows if _is_text(r.get(prop))),))
            if base is not None and env.get(text(base)) is MAPPED_ITEM and not guesses:
                return TextPattern((Segment.hole(self.human_strings, weak=True),))
            return TextPattern((Segment.hole(guesses),))
        return TextPattern((Segment.hole(),))


    def _returned_text(self, call: Node) -> TextPattern | None:
        """The texts a function of the module returns, when each `return` gives text (a
        string, a template, a ternary of them): `plural(n)` is "1 item" or "{…} items"."""
        callee = call.child_by_field_name("function")
        if callee is None or callee.type != "identifier" or text(callee) in self._returning:
            return None
        body = self._function_body(text(callee))
        if body is None:
            return None
        returns = [r.named_children[0] for r in _returns(body) if r.named_children]
        if body.type != "statement_block":
            returns = [body]  # (n) => `${n} items`
        self._returning.add(text(callee))
        try:
            patterns = [self.expr_pattern(r, {}) for r in returns]
        finally:
            self._returning.discard(text(callee))
        if not patterns or any(r.type.startswith("jsx") or r.type == "parenthesized_expression" for r in returns):
            return None  # a function that renders elements is no text
        returned = alternatives(patterns)
        # words to find the text by: `${n} left`, or guesses; a bare `€${x}` (a money format)
        # would only anchor loose matches of other texts on its symbol
        worded = any(s.closed and any(c.isalpha() for o in s.options for c in o) for s in returned.segments)
        guessed = any(s.options for s in returned.segments if not s.closed)
        return returned if worded or guessed else None

    def _function_body(self, name: str) -> Node | None:
        """The body of the module's function `name` (a declaration or a const arrow)."""
        for statement in self.root.named_children:
            node = statement.child_by_field_name("declaration") if statement.type == "export_statement" else statement
            if node is None:
                continue
            if node.type == "function_declaration" and text(node.child_by_field_name("name")) == name:
                return node.child_by_field_name("body")
            if node.type == "lexical_declaration":
                for decl in node.named_children:
                    value = decl.child_by_field_name("value")
                    if text(decl.child_by_field_name("name")) == name and value is not None and value.type in (
                        "arrow_function", "function_expression", "function"
                    ):
                        return value.child_by_field_name("body")
        return None

    def _rows(self, node: Node, env: dict[str, Any]) -> list[dict[str, Any]] | None:
        """The objects `TABLE[key]` may be, the key unknown (`PAGES[path]`, `x as T` too)."""
        while node.type in _PASS_THROUGH and node.named_children:
            node = node.named_children[0]
        if node.type != "subscript_expression" or self.py_value(node, env) is not UNKNOWN:
            return None
        table = self.py_value(node.child_by_field_name("object") or node, env)
        rows = list(table.values()) if isinstance(table, dict) else table
        if isinstance(rows, list) and rows and all(isinstance(r, dict) for r in rows):
            return rows
        return None


MAPPED_ITEM = object()  # the item of a `.map` over data only known at run time
# expressions whose value is their first child's: parentheses and TypeScript's casts
_PASS_THROUGH = frozenset(
    {"parenthesized_expression", "as_expression", "non_null_expression", "satisfies_expression"}
)
_OBJECT_VIEWS = {
    "Object.keys": lambda d: list(d),
    "Object.values": lambda d: list(d.values()),
    "Object.entries": lambda d: [[k, v] for k, v in d.items()],
}


def _branches(node: Node) -> Iterator[Node]:
    """The values an expression may take as written: itself, or each arm of its ternaries."""
    if node.type == "parenthesized_expression" and node.named_children:
        yield from _branches(node.named_children[0])
    elif node.type == "ternary_expression":
        for arm in ("consequence", "alternative"):
            if (child := node.child_by_field_name(arm)) is not None:
                yield from _branches(child)
    else:
        yield node


def _method(base: Any, name: str, args: list[Any]) -> Any:
    """A string's method on known values, as JavaScript answers it."""
    if isinstance(base, str):
        ints = all(isinstance(a, int) and not isinstance(a, bool) for a in args)
        if name in ("toUpperCase", "toLocaleUpperCase") and not args:
            return base.upper()
        if name in ("toLowerCase", "toLocaleLowerCase") and not args:
            return base.lower()
        if name == "trim" and not args:
            return base.strip()
        if name in ("slice", "substring") and ints and 1 <= len(args) <= 2 and all(a >= 0 for a in args):
            return base[args[0]: args[1] if len(args) == 2 else None]
        if name == "charAt" and ints and len(args) == 1:
            return base[args[0]: args[0] + 1]
    return UNKNOWN


def _returns(body: Node) -> Iterator[Node]:
    """The `return` statements of a function body, not of the functions inside it."""
    for child in body.named_children:
        if child.type == "return_statement":
            yield child
        elif child.type not in ("function_declaration", "arrow_function", "function_expression", "function"):
            yield from _returns(child)


def _in_data(node: Node) -> bool:
    """Whether the value is a property of an object literal (an item of a constant list)."""
    parent = node.parent
    return parent is not None and parent.type == "pair" and parent.parent is not None and (
        parent.parent.type == "object"
    )


def _is_text(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool)


def walk(node: Node) -> Iterator[Node]:
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


def string_value(node: Node) -> str:
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
