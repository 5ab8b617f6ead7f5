"""A bounded fuzz run (seconds): random broken edits, non-UTF-8 files on disk, code actions,
lenses, suggestions (a slow model behind them) and cancellations; every request is answered,
no handler raises, and the server still works afterwards. The long run is
benchmarks/fuzz_lsp.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.lsp.editor_session import shut_down, slow_model, start_server
from tests.lsp.fuzz import Fuzzer


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.asyncio(loop_scope="function")
async def test_random_editor_traffic_never_breaks_the_server(calc_project: Path, seed: int) -> None:
    with slow_model(delay_s=0.3) as slow:
        client = await start_server(calc_project, slow.options(validation={"enabled": True}))
        try:
            fuzzer = Fuzzer(client, calc_project, seed)
            stats = await fuzzer.run(steps=400)
            works = await fuzzer.still_works()
        finally:
            outcome = await shut_down(client)
    assert stats.failures == [], stats.line()
    assert stats.edits > 150 and stats.code_actions > 40 and stats.suggestions > 3, stats.line()
    assert works
    assert outcome.clean, outcome
