"""Which React component a position is in: tree-sitter only, cheap enough for every code action."""

from __future__ import annotations

from dataclasses import dataclass

from tree_sitter import Node

from testdraft.parsing.jsx import parse, text


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    start_line: int  # 0-based, LSP style
    end_line: int  # 0-based, inclusive
    start_byte: int
    end_byte: int
    is_default_export: bool


_JSX_TYPES = frozenset({"jsx_element", "jsx_self_closing_element", "jsx_fragment"})
_FUNCTION_TYPES = frozenset({"function_declaration", "arrow_function", "function_expression"})


def _contains_jsx(node: Node) -> bool:
    stack = [node]
    while stack:
        current = stack.pop()
        if current.type in _JSX_TYPES:
            return True
        stack.extend(current.children)
    return False


def _declared(node: Node) -> tuple[str, Node] | None:
    """(name, function node) for `function X() {}` / `const X = () => ...` statements."""
    if node.type == "function_declaration":
        return text(node.child_by_field_name("name")), node
    if node.type in ("lexical_declaration", "variable_declaration"):
        for decl in node.named_children:
            value = decl.child_by_field_name("value")
            if decl.type == "variable_declarator" and value is not None:
                while value.type == "call_expression":  # memo(() => ...), forwardRef(...)
                    args = value.child_by_field_name("arguments")
                    inner = args.named_children[0] if args and args.named_children else None
                    if inner is None:
                        break
                    value = inner
                if value.type in _FUNCTION_TYPES:
                    return text(decl.child_by_field_name("name")), value
    return None


def list_components(root: Node) -> list[ComponentInfo]:
    """Top-level capitalised functions that render JSX."""
    found: list[ComponentInfo] = []
    for statement in root.named_children:
        exported = statement.type == "export_statement"
        is_default = exported and any(c.type == "default" for c in statement.children)
        inner = statement.child_by_field_name("declaration") if exported else statement
        if inner is None:
            continue
        declared = _declared(inner)
        if declared is None:
            continue
        name, function = declared
        if not name[:1].isupper() or not _contains_jsx(function):
            continue
        found.append(
            ComponentInfo(
                name=name,
                start_line=statement.start_point[0],
                end_line=statement.end_point[0],
                start_byte=statement.start_byte,
                end_byte=statement.end_byte,
                is_default_export=is_default,
            )
        )
    return found


def find_component(source: bytes, path: str, byte_offset: int) -> ComponentInfo | None:
    """The component whose definition spans `byte_offset`, if any."""
    for component in list_components(parse(source, path).root_node):
        if component.start_byte <= byte_offset <= component.end_byte:
            return component
    return None


def function_node(root: Node, name: str) -> Node | None:
    for statement in root.named_children:
        inner = (
            statement.child_by_field_name("declaration")
            if statement.type == "export_statement"
            else statement
        )
        declared = _declared(inner) if inner is not None else None
        if declared is not None and declared[0] == name:
            return declared[1]
    return None
