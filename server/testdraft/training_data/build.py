"""Build the training pairs in one command: fetch, mine, dedupe, decontaminate, verify, write.

    python -m testdraft.training_data [--cache-dir DIR] [--mbpp mbpp.csv] [--limit-per-package N]

Writes `pairs-train.jsonl` and `pairs-heldout.jsonl` (the held-out packages of
`packages.json`, never trained on) into `<cache>/data`, and the manifest (wheels and their
sha256, counts per package, dropped counts, the data files' sha256) to
`models/training-data/manifest.json`. Each line is a pair `testdraft train --data` reads.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.training_data.decontaminate import Benchmark
from testdraft.training_data.mine import MinedFunction, MinedTest, mine_file, package_files
from testdraft.training_data.sources import (
    check_hashes,
    download_wheels,
    normalize,
    read_package_list,
    top_level_modules,
    unpack,
    wheel_project,
)
from testdraft.training_data.verify import globals_map, verify

log = logging.getLogger(__name__)

BATCH = 150  # functions per verifying pytest run


def default_cache_dir() -> Path:
    """Where the wheels, the unpacked packages (`site/`) and the pairs are built."""
    from testdraft.model.assets import cache_root

    return cache_root() / "training-data"


@dataclass
class BuildOptions:
    package_list: Path
    manifest: Path
    cache_dir: Path
    mbpp: Path | None = None
    limit_per_package: int | None = None  # a quick partial build (tests, trials)


@dataclass
class PackageCounts:
    functions: int = 0  # documented functions whose examples became tests
    duplicates: int = 0
    dropped_name: int = 0
    dropped_ngram: int = 0
    verified: int = 0  # pairs with at least one passing test
    tests: int = 0
    asserts: int = 0


@dataclass
class BuildResult:
    pairs: dict[str, list[dict[str, object]]] = field(default_factory=dict)  # split -> pairs
    counts: dict[str, PackageCounts] = field(default_factory=dict)


def build(options: BuildOptions) -> BuildResult:
    started = time.monotonic()
    packages = read_package_list(options.package_list)
    recorded = recorded_hashes(options.manifest)
    wheels = download_wheels(packages, options.cache_dir / "wheels", list(recorded))
    hashes = check_hashes(wheels, recorded)
    site_dir = options.cache_dir / "site"
    unpack(wheels, site_dir)
    benchmark = benchmark_for(options.mbpp)

    result = BuildResult(pairs={"train": [], "heldout": []})
    seen: set[str] = set()
    for package in packages.packages:
        counts = result.counts.setdefault(package.name, PackageCounts())
        wheel = next(w for w in wheels if wheel_project(w) == normalize(package.name))
        globals_lines = globals_map(package.doctest_globals, site_dir)
        mined: list[MinedFunction] = []
        for top in top_level_modules(wheel):
            for path, module in package_files(site_dir, top):
                mined += mine_file(path, module, package.name, globals_lines)
        if options.limit_per_package is not None:
            mined = mined[: options.limit_per_package]
        counts.functions = len(mined)
        kept = []
        for function in mined:
            key = dedupe_key(function)
            if key in seen:
                counts.duplicates += 1
                continue
            seen.add(key)
            reason = benchmark.reason_to_drop(function.function, function.body_source)
            if reason == "name":
                counts.dropped_name += 1
            elif reason == "ngram":
                counts.dropped_ngram += 1
            else:
                kept.append(function)
        split = "heldout" if normalize(package.name) in packages.held_out else "train"
        for start in range(0, len(kept), BATCH):
            batch = kept[start : start + BATCH]
            passed = verify(batch, site_dir)
            for function in batch:
                tests = [t for t in function.tests if t.name in passed.get(function.key, set())]
                if not tests:
                    continue
                counts.verified += 1
                counts.tests += len(tests)
                counts.asserts += sum(t.asserts for t in tests)
                result.pairs[split].append(pair_record(function, tests, wheel.name))
        log.info("%s: %s", package.name, counts)
    _write(options, packages.held_out, hashes, benchmark, result, time.monotonic() - started)
    return result


def dedupe_key(function: MinedFunction) -> str:
    """The same prompt (signature + docstring without examples, whitespace aside) once."""
    text = " ".join(function.prompt_source.split())
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pair_record(function: MinedFunction, tests: list[MinedTest], wheel: str) -> dict[str, object]:
    return {
        "source": function.prompt_source,
        "tests": "\n\n\n".join(t.code.rstrip() for t in tests) + "\n",
        "function": function.function,
        "module": function.module,
        "package": function.package,
        "wheel": wheel,
        "asserts": sum(t.asserts for t in tests),
    }


def benchmark_for(mbpp: Path | None) -> Benchmark:
    from testdraft.evaluation.problems import load_csv, load_humaneval

    benchmark = Benchmark()
    benchmark.add("HumanEval", ((p.fn_name, p.reference_code) for p in load_humaneval()))
    if mbpp is not None:
        benchmark.add(f"MBPP {mbpp.name}", ((p.fn_name, p.reference_code) for p in load_csv(mbpp)))
    return benchmark


def recorded_hashes(manifest: Path) -> dict[str, str]:
    if not manifest.is_file():
        return {}
    data = json.loads(manifest.read_text(encoding="utf-8"))
    return {w["file"]: w["sha256"] for w in [*data.get("wheels", []), *data.get("sources", [])]}


def _write(options: BuildOptions, held_out: frozenset[str], hashes: dict[str, str],
           benchmark: Benchmark, result: BuildResult, seconds: float) -> None:
    data_dir = options.cache_dir / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for split, pairs in result.pairs.items():
        path = data_dir / f"pairs-{split}.jsonl"
        path.write_text("".join(json.dumps(p, sort_keys=True) + "\n" for p in pairs),
                        encoding="utf-8")
        files[split] = {"file": path.name, "pairs": len(pairs),
                        "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}
    totals = Counter[str]()
    for counts in result.counts.values():
        totals.update({k: v for k, v in counts.__dict__.items()})
    manifest = {
        "command": "python -m testdraft.training_data"
                   + (f" --mbpp {options.mbpp}" if options.mbpp else "")
                   + (f" --limit-per-package {options.limit_per_package}"
                      if options.limit_per_package is not None else ""),
        "package_list": options.package_list.name,
        "held_out_packages": sorted(held_out),
        "decontaminated_against": benchmark.sources,
        "wheels": [{"file": name, "sha256": digest} for name, digest in sorted(hashes.items())],
        "counts": {name: counts.__dict__ for name, counts in result.counts.items()},
        "totals": dict(totals),
        "data": files,
        "seconds": round(seconds),
    }
    options.manifest.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
