"""The long fuzz run: random broken edits (garbage, NULs, lone surrogates, unclosed
brackets, huge lines, ranges past the end), non-UTF-8 files on disk, code actions, lenses,
suggestions (a slow model endpoint behind them) and cancellations, through the real server.
tests/lsp/test_fuzz.py runs the same traffic for a few seconds.

    python benchmarks/fuzz_lsp.py                 # 10,000 steps, seed 0
    python benchmarks/fuzz_lsp.py --steps 50000 --seed 7

Prints the counts and every failure; exits 1 on any.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.conftest import CALC_SOURCE
from tests.lsp.editor_session import shut_down, slow_model, start_server
from tests.lsp.fuzz import Fuzzer


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as folder, slow_model(delay_s=0.5) as slow:
        project = Path(folder)
        (project / "pyproject.toml").write_text('[project]\nname = "calc"\nversion = "0"\n', encoding="utf-8")
        (project / "calc.py").write_text(CALC_SOURCE, encoding="utf-8")
        client = await start_server(project, slow.options(validation={"enabled": True}))
        try:
            fuzzer = Fuzzer(client, project, args.seed)
            stats = await fuzzer.run(args.steps)
            works = await fuzzer.still_works()
        finally:
            outcome = await shut_down(client)
    for failure in stats.failures:
        print("FAIL", failure)
    if not works:
        stats.failures.append("no code action after the run")
        print("FAIL no code action for calc.mean after the run")
    if not outcome.clean:
        stats.failures.append(f"unclean shutdown: {outcome}")
        print(f"FAIL unclean shutdown: {outcome}")
    print(f"fuzz (seed {args.seed}): {stats.line()} in {time.monotonic() - started:.0f} s")
    return 1 if stats.failures else 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
