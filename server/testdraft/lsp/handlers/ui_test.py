"""`testdraft.generateUiTest`: a pytest UI test from a JSX/TSX component and manual test steps.

The test is created next to the component through `workspace/applyEdit`; its static issues
(locators that match nothing or several elements, steps with no element) are published at
once, and the browser run, when it can happen, follows in the background.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from testdraft.lsp.commands import GENERATE_UI_TEST, parse_position_argument
from testdraft.lsp.edits import workspace_edit
from testdraft.lsp.presentation import ui_test_diagnostics
from testdraft.lsp.progress import progress
from testdraft.lsp.server import USABLE_MODEL_STATES, TestdraftServer
from testdraft.model.code_completion import code_completer
from testdraft.pipeline import SuggestError
from testdraft.render.module import Insertion, ModuleEdit
from testdraft.ui.generators import MODEL_UI_GENERATORS, UI_MAX_NEW_TOKENS, Complete
from testdraft.ui.inventory import find_component
from testdraft.ui.pipeline import UiInputError, UiSuggestion, generate_ui_test, steps_source_label, validate_ui_test

log = logging.getLogger(__name__)


def _free_path(path: Path, open_paths: set[Path]) -> Path:
    """`test_x_ui.py`, else `test_x_ui_2.py`, ...: an existing UI test is never overwritten."""
    candidate, number = path, 2
    while candidate.exists() or candidate.resolve() in open_paths:
        candidate = path.with_name(f"{path.stem}_{number}{path.suffix}")
        number += 1
    return candidate


def register(server: TestdraftServer) -> None:
    @server.command(GENERATE_UI_TEST)
    async def generate_ui_test_command(ls: TestdraftServer, *arguments: Any) -> dict[str, object]:
        try:
            uri, line, character, steps = parse_position_argument(arguments)
            return await _generate(ls, uri, line, character, steps)
        except (SuggestError, UiInputError) as error:
            ls.tell(str(error), types.MessageType.Warning)
            return {"status": "error", "message": str(error)}


def _ui_generator(ls: TestdraftServer) -> tuple[str, Complete | None]:
    """The `ui.generator` setting, and the model for it; while the model is not ready, the
    mapper alone, and the user is told so."""
    chosen = ls.settings.ui_generator
    if chosen not in MODEL_UI_GENERATORS:
        return chosen, None
    if ls.model.state not in USABLE_MODEL_STATES:
        ls.tell(f"UI test drafted by the mapper alone: the model is not ready ({ls.model.message})")
        return "mapper", None
    return chosen, code_completer(ls.model, max_new_tokens=UI_MAX_NEW_TOKENS)


async def _generate(ls: TestdraftServer, uri: str, line: int, character: int, steps: str | None) -> dict[str, object]:
    document = ls.documents.get(uri)
    path = to_fs_path(uri)
    if document is None or path is None:
        raise SuggestError("open the component file in the editor first")
    offset = document.lines.byte_offset(line, character, ls.encoding)
    component = find_component(document.source, path, offset)
    if component is None:
        raise SuggestError("place the cursor inside a React component to generate a UI test for it")
    text = document.text
    if not steps and steps_source_label(path, text, component.name) is None:
        return {"status": "needs_steps", "component": component.name}
    framework = ls.settings.ui_framework
    generator, complete = _ui_generator(ls)
    async with progress(ls, f"Generating a UI test for {component.name}"):
        work = functools.partial(
            generate_ui_test, path, text, steps, framework, component.name, generator=generator,
            complete=complete, base_url=ls.settings.ui_base_url,
        )
        suggestion = await asyncio.get_running_loop().run_in_executor(ls.executor, work)
    test_path = _free_path(Path(suggestion.test_path), set(ls.open_texts()))
    result = await ls.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(
            edit=workspace_edit(
                test_path, _whole_file(suggestion.code), exists=False, version=None, encoding=ls.encoding
            ),
            label=f"testdraft: UI test for {component.name}",
        )
    )
    if not result.applied:
        raise SuggestError(f"UI test not created: {result.failure_reason or 'the editor refused the edit'}")
    test_uri = from_fs_path(str(test_path)) or test_path.as_uri()
    diagnostics = ui_test_diagnostics(suggestion.issues, suggestion.code)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=test_uri, diagnostics=diagnostics))
    if ls.settings.validation_enabled:
        asyncio.get_running_loop().create_task(
            _run_in_browser(ls, test_uri, suggestion, path, text, component.name)
        )
    return {
        "status": "applied",
        "test_file": test_uri,
        "issues": [
            {"line": issue.line, "message": issue.message, "severity": issue.severity} for issue in suggestion.issues
        ],
        "steps_source": suggestion.steps_source,
    }


def _whole_file(code: str) -> ModuleEdit:
    return ModuleEdit(old_text="", insertions=(Insertion(0, code),), test_names=())


async def _run_in_browser(
    ls: TestdraftServer, test_uri: str, suggestion: UiSuggestion, path: str, source: str, name: str
) -> None:
    work = functools.partial(  # with the repair loop's run of this code, no second browser run
        validate_ui_test, suggestion.code, path, source, True, name, base_url=ls.settings.ui_base_url,
        run=suggestion.run,
    )
    validation = await asyncio.get_running_loop().run_in_executor(ls.executor, work)
    # This publication replaces the first: keep the generation's issues (steps with no element)
    # beside the validation's, which end with the browser run's outcome.
    issues = list(dict.fromkeys([*suggestion.issues, *validation.issues]))
    diagnostics = ui_test_diagnostics(issues, suggestion.code)
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=test_uri, diagnostics=diagnostics))
