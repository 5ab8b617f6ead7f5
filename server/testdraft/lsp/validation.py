"""Live validation: debounced, cancellable runs of the engine, published as diagnostics and lenses.

A test file is validated when it is opened or changed, and again when the source of its
target changes (the unsaved buffer counts). Runs happen in the server's executor; a newer
change cancels an older run. Reports are cached by content hash in the engine's cache.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from testdraft.cancellation import Cancelled, CancelToken
from testdraft.lsp.presentation import code_lenses, source_diagnostics, test_file_diagnostics
from testdraft.project.targets import TargetError, infer_target, is_test_file
from testdraft.validate.cache import ValidationCache
from testdraft.validate.engine import ValidationOptions, ValidationTarget, validate_suite
from testdraft.validate.report import ValidationReport

if TYPE_CHECKING:  # the server module imports this one
    from testdraft.lsp.server import TestdraftServer

log = logging.getLogger(__name__)

DEBOUNCE_S = 0.6


@dataclass
class _Run:
    task: asyncio.Task[None]
    cancel: CancelToken


class LiveValidation:
    def __init__(self, server: TestdraftServer) -> None:
        self._server = server
        self._runs: dict[Path, _Run] = {}
        self.reports: dict[Path, ValidationReport] = {}
        self.targets: dict[Path, ValidationTarget] = {}  # remembered from suggestions
        self._cache = ValidationCache()

    def options(self) -> ValidationOptions:
        return ValidationOptions(mutation=self._server.settings.mutation_enabled)

    def document_changed(self, uri: str) -> None:
        """A buffer changed (or opened, or saved): re-validate what depends on it."""
        if not self._server.settings.validation_enabled:
            return
        path_text = to_fs_path(uri)
        if not path_text:
            return
        path = Path(path_text).resolve()
        if is_test_file(path):
            self.schedule(path)
        for test_file, target in list(self.targets.items()):
            if target.source_path and Path(target.source_path) == path:
                self.schedule(test_file)

    def schedule(self, test_file: Path, delay: float = DEBOUNCE_S) -> None:
        previous = self._runs.pop(test_file, None)
        if previous is not None:
            previous.cancel.cancel()
            previous.task.cancel()
        cancel = CancelToken()
        task = asyncio.get_running_loop().create_task(self._run(test_file, cancel, delay))
        self._runs[test_file] = _Run(task, cancel)

    def cancel_all(self) -> None:
        """Stop every pending and running validation (the server is shutting down)."""
        for run in self._runs.values():
            run.cancel.cancel()
            run.task.cancel()
        self._runs.clear()

    def _target(self, test_file: Path, test_code: str) -> ValidationTarget:
        target = self.targets.get(test_file) or infer_target(test_file, test_code)
        target = replace(target, test_dir=str(test_file.parent))  # its conftest.py fixtures load
        self.targets[test_file] = target
        return target

    async def _run(self, test_file: Path, cancel: CancelToken, delay: float) -> None:
        await asyncio.sleep(delay)
        texts = self._server.open_texts()
        test_code = texts.get(test_file)
        if test_code is None:
            try:
                test_code = test_file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return
        try:
            target = self._target(test_file, test_code)
        except TargetError as error:
            log.info("not validating %s: %s", test_file, error)
            return
        target = _with_buffer(target, texts)
        work = functools.partial(validate_suite, test_code, target, self.options(), cancel, cache=self._cache)
        try:
            report = await asyncio.get_running_loop().run_in_executor(self._server.executor, work)
        except Cancelled:
            return
        if cancel.cancelled or report.reason.startswith("stopped"):
            return
        self.reports[test_file] = report
        self._publish(test_file, test_code, target, report, texts)

    def _publish(
        self,
        test_file: Path,
        test_code: str,
        target: ValidationTarget,
        report: ValidationReport,
        texts: dict[Path, str],
    ) -> None:
        server = self._server
        server.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=_uri(test_file), diagnostics=test_file_diagnostics(report, test_code))
        )
        if target.source_path:
            source = Path(target.source_path)
            server.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(
                    uri=_uri(source), diagnostics=source_diagnostics(report, texts.get(source))
                )
            )
        workspace = server.client_capabilities.workspace
        if workspace and workspace.code_lens and workspace.code_lens.refresh_support:
            server.workspace_code_lens_refresh(None)

    def lenses(self, uri: str) -> list[types.CodeLens]:
        path_text = to_fs_path(uri)
        report = self.reports.get(Path(path_text).resolve()) if path_text else None
        return code_lenses(report, summary_line=1) if report is not None else []

    def report_for(self, uri: str) -> ValidationReport | None:
        path_text = to_fs_path(uri)
        return self.reports.get(Path(path_text).resolve()) if path_text else None


def _uri(path: Path) -> str:
    return from_fs_path(str(path)) or path.as_uri()


def _with_buffer(target: ValidationTarget, texts: dict[Path, str]) -> ValidationTarget:
    """Validate against the editor's unsaved text of the source, not the disk's."""
    if not target.source_path:
        return target
    source = Path(target.source_path)
    if source not in texts:
        return target
    try:
        relative = str(source.relative_to(Path(target.sys_path_root).resolve()))
    except ValueError:
        return target
    return replace(target, overlays={**target.overlays, relative: texts[source]})
