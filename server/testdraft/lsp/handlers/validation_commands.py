"""Commands over validation results: re-validate, list surviving mutants, show one test's outcome."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pygls.uris import to_fs_path

from testdraft.lsp.commands import REVALIDATE, SHOW_SURVIVORS, SHOW_TEST_RESULT, dict_arguments, uri_argument
from testdraft.lsp.server import TestdraftServer
from testdraft.validate.summary import survivors_text


def register(server: TestdraftServer) -> None:
    @server.command(REVALIDATE)
    def revalidate(ls: TestdraftServer, *arguments: Any) -> dict[str, object]:
        uri = uri_argument(arguments)
        path = to_fs_path(uri) if uri else None
        if not path:
            return {"status": "error", "message": 'expected [{"uri": ...}] of a test file'}
        ls.validation.schedule(Path(path).resolve(), delay=0.0)
        return {"status": "scheduled"}

    @server.command(SHOW_SURVIVORS)
    def show_survivors(ls: TestdraftServer, *arguments: Any) -> dict[str, object]:
        uri = uri_argument(arguments)
        report = ls.validation.report_for(uri) if uri else None
        if report is None:
            # From a code lens the argument is the survivor list itself.
            entries = [entry for entry in dict_arguments(arguments) if "message" in entry]
            return {"survivors": [str(entry["message"]) for entry in entries]}
        survivors = report.mutation.survivors if report.mutation else ()
        return {"survivors": [survivor.sentence for survivor in survivors], "text": survivors_text(report)}

    @server.command(SHOW_TEST_RESULT)
    def show_test(ls: TestdraftServer, *arguments: Any) -> dict[str, object]:
        wanted = arguments[0] if arguments else None
        for report in ls.validation.reports.values():
            for test in report.tests:
                if test.id == wanted:
                    return {"id": test.id, "status": test.status, "message": test.message or ""}
        return {"status": "unknown", "message": "no validation result for that test yet"}
