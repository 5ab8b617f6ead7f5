"""testdraft: drafts pytest tests from a function's description and validates them live."""

__version__ = "0.1.0"

from testdraft.parsing.pyast import serialize_ast_parse

serialize_ast_parse()
