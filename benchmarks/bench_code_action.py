"""codeAction latency on a 5,000-line file, through the real server over stdio.

Prints p50/p95/max over 300 requests at random functions, then again after 200 random
small incremental edits (each a `didChange` with a range): incremental parsing must keep
the tree current without re-parsing from scratch. Goal: p95 <= 15 ms on 2 cores.

    python benchmarks/bench_code_action.py
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

FUNCTIONS = 500  # 10 lines each


def _source() -> str:
    parts = []
    for index in range(FUNCTIONS):
        parts.append(
            f"def function_{index}(a: int, b: int = {index}) -> int:\n"
            f'    """Add with an offset.\n\n    >>> function_{index}(1, 2)\n    3\n    """\n'
            f"    total = a + b\n    if total > {index}:\n        return total\n    return b\n"
        )
    return "".join(parts)


async def _measure(client: LanguageClient, uri: str, rng: random.Random, count: int) -> list[float]:
    timings = []
    for _ in range(count):
        line = rng.randrange(FUNCTIONS) * 10 + rng.randrange(1, 9)
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line, 6), end=types.Position(line, 6)),
            context=types.CodeActionContext(diagnostics=[]),
        )
        started = time.perf_counter()
        result = await client.text_document_code_action_async(params)
        timings.append((time.perf_counter() - started) * 1000)
        assert result, f"no code action at line {line}"
    return timings


def _report(label: str, timings: list[float]) -> None:
    ordered = sorted(timings)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(
        f"{label}: n={len(ordered)} p50={statistics.median(ordered):.2f} ms p95={p95:.2f} ms max={ordered[-1]:.2f} ms"
    )


async def main() -> None:
    rng = random.Random(7)
    client = LanguageClient("bench", "0")
    await client.start_io(sys.executable, "-m", "testdraft", "serve")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big_module.py"
        text = _source()
        path.write_text(text)
        await client.initialize_async(
            types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=Path(folder).as_uri())
        )
        client.initialized(types.InitializedParams())
        uri = path.as_uri()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text))
        )
        print(f"file: {text.count(chr(10))} lines, {len(text.encode()) // 1024} KiB")
        await _measure(client, uri, rng, 20)  # warm-up
        _report("codeAction, fresh document", await _measure(client, uri, rng, 300))
        for version in range(2, 202):
            # A small edit inside a function body: change `total = a + b` to `total = a + b + 0`.
            line = rng.randrange(FUNCTIONS) * 10 + 6
            change = types.TextDocumentContentChangePartial(
                range=types.Range(start=types.Position(line, 17), end=types.Position(line, 17)), text=" + 0"
            )
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    types.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]
                )
            )
        catch_up = await _measure(client, uri, rng, 1)
        print(f"first codeAction after the edits (the server applies all 200 didChange first): {catch_up[0]:.0f} ms")
        _report("codeAction, after 200 incremental edits", await _measure(client, uri, rng, 300))
        await client.shutdown_async(None)
        client.exit(None)
    await client.stop()


if __name__ == "__main__":
    asyncio.run(main())
