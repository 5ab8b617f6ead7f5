"""Random editor traffic against a real server: edits that break the text (garbage, NULs,
lone surrogates, unclosed brackets, huge lines, ranges past the end), files on disk that are
not UTF-8, interleaved with code actions, code lenses, suggestions and cancellations.

A failure is a request answered with anything but a result or a cancellation, a request not
answered within `timeout_s`, an "Error in server" message (a notification handler raised),
or the server gone. Used by tests/lsp/test_fuzz.py (seconds) and benchmarks/fuzz_lsp.py.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcRequestCancelled
from pytest_lsp import LanguageClient
from tests.lsp.editor_session import open_python, suggest_request

CANCELLED_CODES = {JsonRpcRequestCancelled.CODE, -32800, -32802}  # RequestCancelled, ServerCancelled
SNIPPETS = [
    "(((", "[{", "def f(:\n", '"""', "'''", "\x00", "\x00\x00\x00", "\ud800", "\udfff", "\r\n", "\r",
    "\t", "✓", "𝔘𝔫𝔦", "\ufeff", "lambda: (", "class C(", "    return", "\\", "#", "@decorator\n",
    '    """Doc.\n\n    >>> f(1)\n    2\n    """\n', "async def g(x):\n    await x\n", "\u2028",
]


@dataclass
class FuzzStats:
    edits: int = 0
    code_actions: int = 0
    code_lenses: int = 0
    suggestions: int = 0
    cancellations: int = 0
    disk_writes: int = 0
    failures: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.edits} edits, {self.code_actions} codeAction, {self.code_lenses} codeLens, "
            f"{self.suggestions} suggestions ({self.cancellations} cancelled), {self.disk_writes} "
            f"non-UTF-8 files: {len(self.failures)} failures"
        )


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


class Fuzzer:
    """Drives one open document (`calc.py` of the project) and the files around it."""

    def __init__(self, client: LanguageClient, project: Path, seed: int, timeout_s: float = 30.0) -> None:
        self.client = client
        self.project = project
        self.rng = random.Random(seed)
        self.timeout_s = timeout_s
        self.stats = FuzzStats()
        self.path = project / "calc.py"
        self.text = self.path.read_text("utf-8")
        self.version = 1
        self.uri = open_python(client, self.path, self.text, self.version)
        self.pending: list[tuple[str, asyncio.Future[Any]]] = []

    # -- text model (the client's view, utf-16 columns as VS Code counts them) --------------
    def _lines(self) -> list[str]:
        return self.text.split("\n")

    def _position(self) -> tuple[types.Position, int]:
        """A random valid position and its index in `self.text`."""
        lines = self._lines()
        line = self.rng.randrange(len(lines))
        column = self.rng.randrange(len(lines[line]) + 1)
        index = sum(len(text) + 1 for text in lines[:line]) + column
        return types.Position(line=line, character=_utf16_length(lines[line][:column])), index

    def _insert_text(self) -> str:
        kind = self.rng.random()
        if kind < 0.5:
            return self.rng.choice(SNIPPETS)
        if kind < 0.8:
            return "".join(chr(self.rng.choice([self.rng.randrange(0, 0x80), self.rng.randrange(0x80, 0x3000)]))
                           for _ in range(self.rng.randrange(1, 40)))
        if kind < 0.9:
            return "x = " + "(" * self.rng.randrange(1, 5) + "a" * self.rng.randrange(10_000, 200_000)  # huge line
        return "\n".join(self.rng.choice(SNIPPETS) for _ in range(self.rng.randrange(2, 30)))

    # -- actions ---------------------------------------------------------------------------
    def edit(self) -> None:
        self.version += 1
        roll = self.rng.random()
        change: types.TextDocumentContentChangeEvent
        if roll < 0.08 or len(self.text) > 2_000_000:  # whole text: back to the original or something odd
            self.text = self.path.read_text("utf-8") if roll < 0.04 else self._insert_text()
            change = types.TextDocumentContentChangeWholeDocument(text=self.text)
        elif roll < 0.12:  # a range past the end, as a confused client sends: then resync
            lines = self._lines()
            far = types.Position(line=len(lines) + self.rng.randrange(1, 50), character=self.rng.randrange(0, 500))
            self._send(types.TextDocumentContentChangePartial(range=types.Range(far, far), text="oops"))
            self.version += 1
            change = types.TextDocumentContentChangeWholeDocument(text=self.text)
        else:
            (start, start_index), (end, end_index) = sorted((self._position(), self._position()), key=lambda p: p[1])
            new = "" if self.rng.random() < 0.25 else self._insert_text()
            self.text = self.text[:start_index] + new + self.text[end_index:]
            change = types.TextDocumentContentChangePartial(range=types.Range(start, end), text=new)
        self._send(change)

    def _send(self, change: types.TextDocumentContentChangeEvent) -> None:
        self.stats.edits += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
                content_changes=[change],
            )
        )

    def code_action(self) -> None:
        position, _ = self._position()
        if self.rng.random() < 0.1:
            position = types.Position(line=position.line + 10_000, character=position.character + 999)
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri),
            range=types.Range(start=position, end=position),
            context=types.CodeActionContext(diagnostics=[]),
        )
        self.stats.code_actions += 1
        self._track("codeAction", self.client.text_document_code_action_async(params))

    def code_lens(self) -> None:
        self.stats.code_lenses += 1
        params = types.CodeLensParams(text_document=types.TextDocumentIdentifier(uri=self.uri))
        self._track("codeLens", self.client.text_document_code_lens_async(params))

    def suggest(self) -> None:
        position, _ = self._position()
        self.stats.suggestions += 1
        future = asyncio.ensure_future(
            self.client.workspace_execute_command_async(suggest_request(self.uri, position.line, position.character))
        )
        if self.rng.random() < 0.4:
            self.stats.cancellations += 1
            asyncio.get_running_loop().call_later(self.rng.uniform(0.0, 0.3), self._cancel_latest_progress)
        self._track("suggest", future)

    def _cancel_latest_progress(self) -> None:
        tokens = list(self.client.progress_reports)
        if tokens:
            self.client.window_work_done_progress_cancel(types.WorkDoneProgressCancelParams(token=tokens[-1]))

    def non_utf8_on_disk(self) -> None:
        """A file the server may read from disk that is not UTF-8 (the test file, a module)."""
        self.stats.disk_writes += 1
        target = self.rng.choice([self.project / "test_calc.py", self.project / "tests" / "test_calc.py",
                                  self.project / "other.py"])
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(b"def test_x():\n    assert '\xff\xfe\xe9' \x00\x81\n" + bytes(self.rng.randrange(256)
                                                                                 for _ in range(64)))
        self.client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=target.as_uri()))
        )

    def _track(self, label: str, request: Awaitable[Any]) -> None:
        self.pending.append((label, asyncio.ensure_future(request)))

    # -- running -----------------------------------------------------------------------------
    async def run(self, steps: int) -> FuzzStats:
        actions = [(self.edit, 60), (self.code_action, 20), (self.code_lens, 10), (self.suggest, 3),
                   (self.non_utf8_on_disk, 1)]
        for step in range(steps):
            action = self.rng.choices([a for a, _ in actions], weights=[w for _, w in actions])[0]
            action()
            if step % 20 == 19:
                await self.drain(keep=4)
        await self.drain(keep=0)
        self.check_server_messages()
        return self.stats

    async def drain(self, keep: int) -> None:
        """Wait for answers until at most `keep` requests are outstanding."""
        while len(self.pending) > keep:
            label, future = self.pending.pop(0)
            try:
                result = await asyncio.wait_for(future, self.timeout_s)
            except TimeoutError:
                self.stats.failures.append(f"{label}: no answer within {self.timeout_s:.0f} s")
                continue
            except Exception as error:
                if getattr(error, "code", None) not in CANCELLED_CODES:
                    self.stats.failures.append(f"{label}: {type(error).__name__}: {error}")
                continue
            if label == "suggest" and isinstance(result, dict) and result.get("status") not in {
                "applied", "unchanged", "cancelled", "superseded", "error",
            }:
                self.stats.failures.append(f"suggest answered {result!r}")

    def check_server_messages(self) -> None:
        for message in self.client.messages:
            if message.message.startswith("Error in server"):
                self.stats.failures.append(message.message)
        if self.client._server is None or self.client._server.returncode is not None:
            self.stats.failures.append("the server process is gone")

    async def still_works(self) -> bool:
        """After the storm: the original text back, and the code action is there again."""
        self.text = self.path.read_text("utf-8")
        self.version += 1
        self._send(types.TextDocumentContentChangeWholeDocument(text=self.text))
        line = self.text.split("\n").index("def mean(values: list[float]) -> float:")
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=self.uri),
            range=types.Range(start=types.Position(line, 5), end=types.Position(line, 5)),
            context=types.CodeActionContext(diagnostics=[]),
        )
        result = await asyncio.wait_for(self.client.text_document_code_action_async(params), self.timeout_s)
        return bool(result) and "mean" in str(result)
