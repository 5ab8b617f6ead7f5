"""codeAction, codeLens and diagnostics latency while the model generates, through the real
server over stdio; the same requests with the model idle for comparison.

    flock /tmp/testdraft-model.lock python benchmarks/bench_lsp_during_generation.py
    ... --model smollm2        # the 135M fixture instead of the default model
    ... --model slow           # a slow HTTP endpoint: the server's own overhead, no CPU load

A suggestion (4 candidates, long answers) keeps the model busy while a client sends a
codeAction and a codeLens request in turn, and edits a validated test file once a second:
its diagnostics come back after the 0.6 s debounce and a sandbox run, so that figure is the
time from the edit to `publishDiagnostics` minus the debounce. Only samples taken while the
server reports the model `generating` count. Goal: codeAction/codeLens p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lsprotocol import types
from pytest_lsp import LanguageClient
from tests.conftest import CALC_SOURCE
from tests.lsp.editor_session import (
    open_python,
    shut_down,
    slow_model,
    start_server,
    suggest_request,
    wait_for_model,
)

from testdraft.lsp.validation import DEBOUNCE_S

TEST_FILE = '''from calc import add, mean


def test_add():
    assert add(1, 2) == 3


def test_mean():
    assert mean([1.0, 2.0]) == 1.5
'''
FUNCTION_LINES = [i for i, line in enumerate(CALC_SOURCE.splitlines()) if line.lstrip().startswith("def ")]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[int(fraction * (len(ordered) - 1))]


def report(label: str, values: list[float]) -> None:
    if not values:
        print(f"{label}: no samples")
        return
    print(f"{label}: n={len(values)} p50={statistics.median(values):.1f} ms "
          f"p95={percentile(values, 0.95):.1f} ms max={max(values):.1f} ms")


def generating(client: LanguageClient) -> bool:
    statuses = client.statuses  # type: ignore[attr-defined]
    return bool(statuses) and statuses[-1]["model"] == "generating"


class Probe:
    def __init__(self, client: LanguageClient, calc_uri: str, test_path: Path) -> None:
        self.client = client
        self.calc_uri = calc_uri
        self.test_path = test_path
        self.test_uri = open_python(client, test_path, TEST_FILE)
        self.version = 1
        self.rng = random.Random(0)
        self.timings: dict[str, list[float]] = {"codeAction": [], "codeLens": [], "diagnostics": []}

    async def requests(self, until: float, only_while_generating: bool) -> None:
        while time.monotonic() < until:
            line = self.rng.choice(FUNCTION_LINES) + 1
            action = types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=self.calc_uri),
                range=types.Range(start=types.Position(line, 4), end=types.Position(line, 4)),
                context=types.CodeActionContext(diagnostics=[]),
            )
            for label, request in (
                ("codeAction", self.client.text_document_code_action_async(action)),
                ("codeLens", self.client.text_document_code_lens_async(
                    types.CodeLensParams(types.TextDocumentIdentifier(self.test_uri)))),
            ):
                busy = generating(self.client)
                started = time.perf_counter()
                await request
                elapsed = (time.perf_counter() - started) * 1000
                if busy or not only_while_generating:
                    self.timings[label].append(elapsed)
            await asyncio.sleep(0.02)  # an editor asks on cursor moves, not in a busy loop

    async def edits(self, until: float, only_while_generating: bool) -> None:
        while time.monotonic() < until:
            self.version += 1
            n = self.version
            text = TEST_FILE + f"\n\ndef test_add_{n}():\n    assert add({n}, 1) == {n + 1}\n"
            # The test file's diagnostics come first (then its source's).
            published = self.client.protocol.wait_for_notification_async(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
            busy = generating(self.client)
            started = time.perf_counter()
            self.client.text_document_did_change(types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=self.test_uri, version=self.version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            ))
            params = await asyncio.wait_for(published, 60)
            elapsed = (time.perf_counter() - started - DEBOUNCE_S) * 1000
            assert params.uri == self.test_uri, params.uri
            if busy or not only_while_generating:
                self.timings["diagnostics"].append(elapsed)
            await asyncio.sleep(0.4)

    async def sample(self, seconds: float, only_while_generating: bool) -> dict[str, list[float]]:
        self.timings = {"codeAction": [], "codeLens": [], "diagnostics": []}
        until = time.monotonic() + seconds
        await asyncio.gather(self.requests(until, only_while_generating), self.edits(until, only_while_generating))
        return self.timings


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", choices=("default", "smollm2", "slow"), default="default")
    parser.add_argument("--seconds", type=float, default=30.0, help="sampling time, idle and during generation")
    args = parser.parse_args()
    model: dict[str, Any] = {"temperature": 0.8, "candidates": 4, "maxNewTokens": 384}
    if args.model == "smollm2":
        from tests.model.model_helpers import smollm2_gguf

        model["path"] = str(smollm2_gguf())
    with contextlib.ExitStack() as stack:
        if args.model == "slow":
            slow = stack.enter_context(slow_model(delay_s=10.0))
            model = slow.options()["model"]
        return await measure(args, model)


async def measure(args: argparse.Namespace, model: dict[str, Any]) -> int:
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "pyproject.toml").write_text('[project]\nname = "calc"\nversion = "0"\n', encoding="utf-8")
        (project / "calc.py").write_text(CALC_SOURCE, encoding="utf-8")
        (project / "tests").mkdir()
        (project / "tests" / "test_calc.py").write_text(TEST_FILE, encoding="utf-8")
        options = {"generators": ["docstring", "model"], "model": model, "validation": {"enabled": True}}
        client = await start_server(project, options)
        suggestions: list[asyncio.Future[Any]] = []
        try:
            state = await wait_for_model(client, {"ready", "error"}, timeout=600)
            if state != "ready":
                print(f"model not ready: {client.statuses[-1]}")  # type: ignore[attr-defined]
                return 1
            calc_uri = open_python(client, project / "calc.py")
            probe = Probe(client, calc_uri, project / "tests" / "test_calc.py")
            idle = await probe.sample(args.seconds / 2, only_while_generating=False)
            mean_line = CALC_SOURCE.splitlines().index("def mean(values: list[float]) -> float:")
            busy: dict[str, list[float]] = {"codeAction": [], "codeLens": [], "diagnostics": []}
            deadline = time.monotonic() + args.seconds
            while time.monotonic() < deadline:
                if not suggestions or suggestions[-1].done():  # keep the model busy
                    suggestions.append(asyncio.ensure_future(
                        client.workspace_execute_command_async(suggest_request(calc_uri, mean_line, 5))))
                    await wait_for_model(client, {"generating"}, timeout=60)
                for label, values in (await probe.sample(min(5.0, deadline - time.monotonic()), True)).items():
                    busy[label].extend(values)
        finally:
            await shut_down(client)
            await asyncio.gather(*suggestions, return_exceptions=True)  # the last one was cut short
    print(f"model: {args.model}, 2 shared cores; diagnostics = edit to publishDiagnostics minus the "
          f"{DEBOUNCE_S:.1f} s debounce (a sandbox run)")
    for label in ("codeAction", "codeLens", "diagnostics"):
        report(f"{label} idle", idle[label])
        report(f"{label} during generation", busy[label])
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
