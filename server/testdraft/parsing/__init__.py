"""tree-sitter parsing: one incrementally updated tree per open document (`documents`), the
grammars by suffix or language id (`languages`), React component files (`jsx`); the
standard library's `ast` over snippets that may not parse (`pyast`)."""
