"""`testdraft.suggestTests`: generate tests off the event loop and apply them via `workspace/applyEdit`.

The docstring tests are applied at once; the model's follow as they validate. Requests
share one model: a request waiting for it says so in its `$/progress` ("waiting for 2
earlier suggestions"), and a newer request for the same function supersedes a waiting one.

`testdraft.characterizeTests` is the same request in characterization mode (a function with
a body only): the boundary values and the model's tests propose inputs, the implementation
run in the sandbox gives the expected values, and each test says it pins today's behaviour.
"""

from __future__ import annotations

import asyncio
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from testdraft.cancellation import Cancelled, Superseded
from testdraft.generate.base import CandidateTest
from testdraft.generate.characterize import characterization_generators, nothing_to_characterize
from testdraft.lsp.commands import CHARACTERIZE_TESTS, SUGGEST_TESTS, parse_position_argument
from testdraft.lsp.edits import workspace_edit
from testdraft.lsp.progress import progress
from testdraft.lsp.server import TestdraftServer
from testdraft.pipeline import (
    SuggestError,
    Suggestion,
    read_disk,
    spec_at,
    stream_suggestions,
    validation_target,
)
from testdraft.render.module import merge_tests

log = logging.getLogger(__name__)


def _writable_problem(test_file: Path) -> str | None:
    """Why the test file cannot be written, checked before any edit is sent."""
    if test_file.exists():
        return None if os.access(test_file, os.W_OK) else f"{test_file} is read-only"
    folder = test_file.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return None if os.access(folder, os.W_OK) else f"cannot create {test_file}: {folder} is read-only"


def register(server: TestdraftServer) -> None:
    @server.command(SUGGEST_TESTS)
    async def suggest_tests_command(ls: TestdraftServer, *arguments: Any) -> dict[str, object]:
        return await _command(ls, arguments, characterize=False)

    @server.command(CHARACTERIZE_TESTS)
    async def characterize_tests_command(ls: TestdraftServer, *arguments: Any) -> dict[str, object]:
        return await _command(ls, arguments, characterize=True)


async def _command(ls: TestdraftServer, arguments: Any, characterize: bool) -> dict[str, object]:
    try:
        uri, line, character, _steps = parse_position_argument(arguments)
        return await _suggest(ls, uri, line, character, characterize)
    except SuggestError as error:
        ls.tell(str(error), types.MessageType.Warning)
        return {"status": "error", "message": str(error)}


async def _suggest(ls: TestdraftServer, uri: str, line: int, character: int, characterize: bool) -> dict[str, object]:
    document = ls.documents.get(uri)
    path = to_fs_path(uri)
    if document is None or document.tree is None or path is None:
        raise SuggestError("open the Python file in the editor first (it is not open, or too large to parse)")
    spec = spec_at(document.tree, document.lines.point(line, character, ls.encoding))
    if spec is None:
        raise SuggestError("place the cursor inside a function to suggest tests for it")
    if characterize and not spec.is_implemented:
        raise SuggestError(nothing_to_characterize(spec.qualname))
    open_texts = ls.open_texts()

    def read_text(file: Path) -> str | None:
        return open_texts[file.resolve()] if file.resolve() in open_texts else read_disk(file)

    loop = asyncio.get_running_loop()
    written = _Written()
    results: list[dict[str, object]] = []
    doing = "Pinning the current behaviour of" if characterize else "Suggesting tests for"
    async with progress(ls, f"{doing} {spec.qualname}") as reporter:

        def on_candidate(candidate: CandidateTest) -> None:
            reporter.report(f"{candidate.origin}: {candidate.name}")

        def work() -> None:
            # Batches arrive as they are ready (docstring tests at once, then each model
            # candidate once validated); each is applied before the next is pulled.
            # A characterization request queues apart: it must not supersede a spec request.
            key = f"{path}::{spec.qualname}" + ("::characterize" if characterize else "")
            generators = ls.generators(key=key, on_wait=reporter.waiting)
            if characterize:
                generators = characterization_generators(generators)
            batches = stream_suggestions(Path(path), spec, generators, read_text, reporter.cancel, on_candidate,
                                         reporter.report)
            for suggestion in batches:
                reporter.cancel.raise_if_cancelled()  # nothing is applied after a cancel
                results.append(asyncio.run_coroutine_threadsafe(_apply(ls, suggestion, written), loop).result())

        try:
            await loop.run_in_executor(ls.suggest_executor, work)
        except Superseded:
            reporter.end_message = "superseded by a newer request for this function"
            return {**_summary(results), "status": "superseded"}
        except Cancelled:
            return {**_summary(results), "status": "cancelled"}
    return _summary(results)


def _summary(results: list[dict[str, object]]) -> dict[str, object]:
    """One answer for the whole request: every batch's tests and notes."""
    tests = [name for result in results for name in result.get("tests", ())]  # type: ignore[attr-defined]
    notes = list(dict.fromkeys(n for result in results for n in result.get("notes", ())))  # type: ignore[attr-defined]
    status = "applied" if tests else (results[-1]["status"] if results else "unchanged")
    summary: dict[str, object] = {"status": status, "tests": tests, "notes": notes, "batches": len(results)}
    if results:
        summary["test_file"] = results[-1].get("test_file")
    return summary


@dataclass
class _Written:
    """What one request's earlier batches did."""

    texts: dict[str, str] = field(default_factory=dict)  # test file uri -> text after our last edit
    told: set[str] = field(default_factory=set)  # notes already shown


async def _apply(ls: TestdraftServer, suggestion: Suggestion, written: _Written) -> dict[str, object]:
    test_file = suggestion.test_file
    problem = _writable_problem(test_file)
    if problem is not None:
        raise SuggestError(problem)
    test_uri = from_fs_path(str(test_file)) or test_file.as_uri()
    # The test file may have changed while we generated: merge into its text as it is now.
    # A file we created may not be open in the editor (no didOpen yet): then its text is
    # what our last edit made it, not what the disk still says.
    open_document = ls.workspace.text_documents.get(test_uri)
    if open_document is not None:
        current = open_document.source
    else:
        current = written.texts[test_uri] if test_uri in written.texts else (read_disk(test_file) or "")
    edit = merge_tests(current, suggestion.chosen, subject=f"`{suggestion.spec.qualname}`")
    if edit.is_empty:
        ls.tell(f"the tests for {suggestion.spec.qualname} are already in {test_file.name}")
        return {"status": "unchanged", "test_file": test_uri}
    exists = open_document is not None or test_file.exists() or test_uri in written.texts
    if not exists and not ls.supports_file_creation():
        raise SuggestError(f"this editor cannot create files through LSP; create {test_file} and try again")
    version = open_document.version if open_document is not None else None
    result = await ls.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(
            edit=workspace_edit(test_file, edit, exists, version, ls.encoding),
            label=f"testdraft: tests for {suggestion.spec.qualname}",
        )
    )
    if not result.applied:
        reason = result.failure_reason or "the editor refused the edit"
        raise SuggestError(f"tests not inserted: {reason}")
    written.texts[test_uri] = edit.new_text
    for note in suggestion.notes:
        if note not in written.told:
            written.told.add(note)
            ls.tell(note)
    # Validate what was inserted once the client has applied it (and sent didChange/didOpen).
    ls.validation.targets[test_file.resolve()] = validation_target(
        suggestion.spec, suggestion.target, suggestion.source_path, test_file=test_file
    )
    if ls.settings.validation_enabled:
        ls.validation.schedule(test_file.resolve())
    return {"status": "applied", "test_file": test_uri, "tests": list(edit.test_names), "notes": suggestion.notes}
