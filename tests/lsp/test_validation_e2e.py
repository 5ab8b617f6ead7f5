"""Live validation end to end: diagnostics and lenses on a test file, re-checked when the
source changes, and hostile tests contained while the server and workspace stay intact."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient
from tests.lsp.conftest import open_document

GOOD_TESTS = """\
from calc import add


def test_add_small():
    assert add(1, 2) == 3


def test_add_negative():
    assert add(-1, 1) == 0
"""


async def wait_for_diagnostics(
    client: LanguageClient, uri: str, predicate, timeout: float = 90.0
) -> list[types.Diagnostic]:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        diagnostics = list(client.diagnostics.get(uri, []))
        if predicate(diagnostics):
            return diagnostics
        await asyncio.sleep(0.2)
    raise AssertionError(f"diagnostics for {uri} never matched; last: {client.diagnostics.get(uri)}")


async def lenses(client: LanguageClient, uri: str) -> list[str]:
    result = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    return [lens.command.title for lens in result or [] if lens.command]


@pytest.mark.asyncio(loop_scope="function")
async def test_failing_assertion_after_source_change(client: LanguageClient, calc_project: Path) -> None:
    test_file = calc_project / "tests" / "test_calc.py"
    test_file.parent.mkdir()
    test_file.write_text(GOOD_TESTS)
    source_uri = open_document(client, calc_project / "calc.py")
    test_uri = open_document(client, test_file)
    # Passing tests: no error diagnostics, and a summary lens with coverage and mutants.
    deadline = time.monotonic() + 90
    titles: list[str] = []
    while time.monotonic() < deadline and not any("passed" in title for title in titles):
        await asyncio.sleep(0.3)
        titles = await lenses(client, test_uri)
    summary = titles[0]
    assert summary.startswith("2 passed") and "lines 100%" in summary and "mutants killed" in summary, titles
    assert not [d for d in client.diagnostics.get(test_uri, []) if d.severity == types.DiagnosticSeverity.Error]

    # Break the implementation in the unsaved buffer: the test file lights up.
    source = (calc_project / "calc.py").read_text()
    line = source.splitlines().index("    return a + b")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=source_uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(line, 13), types.Position(line, 14)), text="-"
                )
            ],
        )
    )
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=source_uri))
    )
    errors = await wait_for_diagnostics(
        client, test_uri, lambda ds: any(d.severity == types.DiagnosticSeverity.Error for d in ds)
    )
    messages = " | ".join(d.message for d in errors)
    assert "-1" in messages and "3" in messages, messages  # add(1, 2) now returns -1
    assert (calc_project / "calc.py").read_text() == source  # the disk was never touched


HOSTILE = {
    "loop": "def test_loop():\n    while True:\n        pass\n",
    "memory": "def test_memory():\n    block = bytearray(10 * 1024 ** 3)\n    assert block\n",
    "exit": "import os\n\ndef test_exit():\n    os._exit(3)\n",
    "delete": "import os\n\ndef test_delete():\n    os.remove({victim!r})\n",
    "socket": "import socket\n\ndef test_socket():\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\n",
    "fork": "import os\n\ndef test_fork():\n    while True:\n        os.fork()\n",
}


@pytest.mark.asyncio(loop_scope="function")
async def test_hostile_tests_are_contained(client: LanguageClient, calc_project: Path) -> None:
    victim = calc_project / "precious.txt"
    victim.write_text("keep me")
    tests_dir = calc_project / "tests"
    tests_dir.mkdir()
    uris = {}
    for name, body in HOSTILE.items():
        path = tests_dir / f"test_{name}.py"
        path.write_text("from calc import add\n\n" + body.format(victim=str(victim)))
        uris[name] = open_document(client, path)
    for name, uri in uris.items():
        diagnostics = await wait_for_diagnostics(client, uri, lambda ds: bool(ds), timeout=120)
        assert any(
            d.severity in (types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning) for d in diagnostics
        ), (
            name,
            diagnostics,
        )
    assert victim.read_text() == "keep me"
    assert sorted(p.name for p in calc_project.iterdir()) == ["calc.py", "precious.txt", "pyproject.toml", "tests"]
    # The server still answers.
    result = await client.text_document_code_lens_async(
        types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=uris["loop"]))
    )
    assert result is not None
