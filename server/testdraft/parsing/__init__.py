"""tree-sitter parsing: one incrementally updated tree per open document."""
