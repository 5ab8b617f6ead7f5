"""`textDocument/codeAction`: "Suggest tests for `f`" inside a Python function (and, when it
has a body, "Pin current behaviour of `f` (characterization tests)"), and "Generate UI test
for `<Component>` from `<file>`" inside a JSX/TSX component.

Only tree-sitter work happens here, on the tree kept by `text_sync`; generation runs
when the client executes the action's command.
"""

from __future__ import annotations

from lsprotocol import types
from pygls.uris import to_fs_path

from testdraft.lsp.commands import CHARACTERIZE_TESTS, GENERATE_UI_TEST, SUGGEST_TESTS
from testdraft.lsp.server import TestdraftServer
from testdraft.parsing.documents import ParsedDocument
from testdraft.parsing.languages import PYTHON
from testdraft.spec.extract import function_at, is_implemented, qualified_name
from testdraft.ui.inventory import find_component
from testdraft.ui.pipeline import steps_source_label

ACTION_KIND = types.CodeActionKind.Refactor


def _action(title: str, command: str, uri: str, position: types.Position) -> types.CodeAction:
    argument = {"uri": uri, "position": {"line": position.line, "character": position.character}}
    return types.CodeAction(
        title=title, kind=ACTION_KIND, command=types.Command(title=title, command=command, arguments=[argument])
    )


def _python_action(
    ls: TestdraftServer, document: ParsedDocument, uri: str, position: types.Position
) -> list[types.CodeAction]:
    assert document.tree is not None
    function = function_at(document.tree, document.lines.point(position.line, position.character, ls.encoding))
    if function is None:
        return []
    name = qualified_name(function)
    actions = [_action(f"Suggest tests for `{name}`", SUGGEST_TESTS, uri, position)]
    if is_implemented(function):  # a stub has no behaviour to pin
        actions.append(_action(f"Pin current behaviour of `{name}` (characterization tests)", CHARACTERIZE_TESTS,
                               uri, position))
    return actions


def _component_action(
    ls: TestdraftServer, document: ParsedDocument, uri: str, position: types.Position
) -> list[types.CodeAction]:
    path = to_fs_path(uri) or uri
    offset = document.lines.byte_offset(position.line, position.character, ls.encoding)
    component = find_component(document.source, path, offset)
    if component is None:
        return []
    label = steps_source_label(path, document.text, component.name)
    title = f"Generate UI test for `{component.name}`" + (f" from `{label}`" if label else " (asks for the steps)")
    return [_action(title, GENERATE_UI_TEST, uri, position)]


def register(server: TestdraftServer) -> None:
    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[ACTION_KIND], resolve_provider=False),
    )
    def on_code_action(ls: TestdraftServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
        document = ls.documents.get(params.text_document.uri)
        if document is None or document.tree is None:
            return None
        if document.language == PYTHON:
            actions = _python_action(ls, document, params.text_document.uri, params.range.start)
        else:
            actions = _component_action(ls, document, params.text_document.uri, params.range.start)
        return actions or None
