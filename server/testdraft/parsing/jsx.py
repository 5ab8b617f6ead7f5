"""React component files: parsed with the grammar `languages` picks for the suffix (TSX for
.tsx/.ts, JavaScript, which includes JSX, for .jsx/.js and anything else)."""

from __future__ import annotations

from tree_sitter import Node, Tree

from testdraft.parsing.languages import JAVASCRIPT, language_for, new_parser


class ComponentSyntaxError(ValueError):
    """The component source does not parse; carries the first error's 1-based line."""

    def __init__(self, path: str, line: int, detail: str) -> None:
        super().__init__(f"{path}:{line}: syntax error in component: {detail}")
        self.line = line


def parse(source: bytes, path: str) -> Tree:
    # a Parser is cheap; a fresh one per call keeps this thread-safe
    return new_parser(language_for(path) or JAVASCRIPT).parse(source)


def first_error(root: Node) -> Node | None:
    if not root.has_error:
        return None
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type == "ERROR" or node.is_missing:
            return node
        stack.extend(reversed([c for c in node.children if c.has_error or c.is_missing]))
    return root


def parse_checked(source: bytes, path: str) -> Tree:
    tree = parse(source, path)
    bad = first_error(tree.root_node)
    if bad is not None:
        snippet = source[bad.start_byte : bad.end_byte].decode("utf-8", "replace")[:40]
        what = f"missing {bad.type}" if bad.is_missing else f"unexpected {snippet!r}"
        raise ComponentSyntaxError(path, bad.start_point[0] + 1, what)
    return tree


def text(node: Node | None) -> str:
    if node is None or node.text is None:
        return ""
    return node.text.decode("utf-8", "replace")
