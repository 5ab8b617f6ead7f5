"""`textDocument/codeAction`: offer "Suggest tests for `f`" inside any function.

Only tree-sitter work happens here, on the tree kept by `text_sync`; generation runs
when the client executes the action's command (see `suggest_tests`).
"""

from __future__ import annotations

from lsprotocol import types

from testdraft.lsp.server import TestdraftServer
from testdraft.parsing.languages import PYTHON
from testdraft.spec.extract import function_at, qualified_name

SUGGEST_TESTS_COMMAND = "testdraft.suggestTests"
SUGGEST_KIND = types.CodeActionKind.Refactor


def register(server: TestdraftServer) -> None:
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[SUGGEST_KIND], resolve_provider=False),
    )
    def on_code_action(ls: TestdraftServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        document = ls.documents.get(params.text_document.uri)
        if document is None or document.tree is None or document.language != PYTHON:
            return None
        position = params.range.start
        point = document.lines.point(position.line, position.character, ls.encoding)
        function = function_at(document.tree, point)
        if function is None:
            return None
        name = qualified_name(function)
        title = f"Suggest tests for `{name}`"
        argument = {
            "uri": params.text_document.uri,
            "position": {"line": position.line, "character": position.character},
        }
        return [
            types.CodeAction(
                title=title,
                kind=SUGGEST_KIND,
                command=types.Command(title=title, command=SUGGEST_TESTS_COMMAND, arguments=[argument]),
            )
        ]
