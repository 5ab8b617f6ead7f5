"""Build pairs from the packages' own unit tests: `python -m testdraft.training_data --unit-tests`.

For every package of `packages.json` and `unit-packages.json` (a few more pure-Python
packages with pytest suites), the sdist (where the tests ship) is fetched with
`pip download --no-binary :all: --no-deps` and its sha256 checked against the manifest like
the wheels, whose unpacked files are what the tests run against. Each usable test is mapped
to the one function it tests (`unit_tests`), the tests are grouped per function (the prompt:
that function's signature and docstring, examples removed, as the docstring pairs show it),
deduplicated, decontaminated, and run with the docstring pairs' verifier; only passing tests
are kept. Writes `unit-pairs-{train,heldout}.jsonl.gz` next to the docstring pairs and
`unit-manifest.json` (sources, hashes, counts per package and per reason a test was left).
"""

from __future__ import annotations

import ast
import gzip
import hashlib
import json
import logging
import random
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from testdraft.training_data.build import benchmark_for, dedupe_key, pair_record, recorded_hashes
from testdraft.training_data.decontaminate import Benchmark
from testdraft.training_data.mine import MinedFunction, MinedTest, function_segment, prompt_source
from testdraft.training_data.sources import (
    PackageList,
    check_hashes,
    download_sdists,
    download_wheels,
    normalize,
    read_package_list,
    top_level_modules,
    unpack,
    unpack_sdist,
    wheel_project,
)
from testdraft.training_data.unit_tests import (
    MAX_TEST_LINES,
    DraftTest,
    Target,
    checks,
    choose_target,
    draft_test,
    find_test_files,
    read_test_module,
    resolve,
    standalone,
)
from testdraft.training_data.verify import verify

log = logging.getLogger(__name__)
T = TypeVar("T", MinedTest, tuple[str, str])

MAX_TESTS_PER_PAIR = 8  # several small tests; a function with more keeps its shortest passing ones
VERIFIED_PER_FUNCTION = 3 * MAX_TESTS_PER_PAIR  # its shortest tests run, the rest are left
BATCH = 100  # functions per verifying pytest run
# Functions per package (a seeded sample): sympy's suite alone maps to a thousand; the
# limit keeps it from being the whole set and the build within an hour on two cores.
UNIT_LIMIT = 300
OUTPUT_PREFIX = "unit-pairs"


@dataclass
class UnitOptions:
    package_lists: list[Path]  # packages.json, then the extra packages
    manifest: Path
    cache_dir: Path  # sdists, wheels and the unpacked site under `<cache>/unit-tests`
    output_dir: Path  # where `unit-pairs-*.jsonl.gz` are written
    mbpp: Path | None = None
    limit_per_package: int | None = None  # at most N functions of a package (a seeded sample)
    seed: int = 0


@dataclass
class UnitCounts:
    test_files: int = 0
    tests: int = 0  # module-level `def test_*` (class-based and async ones are counted apart)
    class_based: int = 0
    async_tests: int = 0
    mapped: int = 0  # tests with one target function and a standalone form
    functions: int = 0  # functions the mapped tests target
    verified: int = 0  # tests that passed and are in a pair
    pairs: int = 0  # functions with at least one verified test
    asserts: int = 0
    dropped_tests: Counter[str] = field(default_factory=Counter)  # reason -> tests
    dropped_functions: Counter[str] = field(default_factory=Counter)  # reason -> functions


@dataclass
class Group:
    """The tests of one target function."""

    target: Target
    tests: list[tuple[str, str]] = field(default_factory=list)  # (name, standalone code)
    files: set[str] = field(default_factory=set)


def read_package_lists(paths: list[Path]) -> PackageList:
    lists = [read_package_list(path) for path in paths if path.is_file()]
    names = [normalize(p.name) for lst in lists for p in lst.packages]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise ValueError(f"pinned twice: {', '.join(duplicated)}")
    return PackageList(tuple(p for lst in lists for p in lst.packages),
                       frozenset().union(*(lst.held_out for lst in lists)))


def build_unit_pairs(options: UnitOptions) -> dict[str, list[dict[str, object]]]:
    started = time.monotonic()
    packages = read_package_lists(options.package_lists)
    recorded = recorded_hashes(options.manifest)
    root = options.cache_dir / "unit-tests"
    wheels = download_wheels(packages, root / "wheels",
                             [name for name in recorded if name.endswith(".whl")])
    sdists = download_sdists(packages.packages, root / "sdists", list(recorded))
    hashes = check_hashes([*wheels, *sdists.values()], recorded)
    site_dir = root / "site"
    unpack(wheels, site_dir)
    benchmark = benchmark_for(options.mbpp)

    pairs: dict[str, list[dict[str, object]]] = {"train": [], "heldout": []}
    counts: dict[str, UnitCounts] = {}
    seen: set[str] = set()
    for package in packages.packages:
        sdist = sdists.get(package.name)
        if sdist is None:
            counts[package.name] = UnitCounts()
            continue
        wheel = next(w for w in wheels if wheel_project(w) == normalize(package.name))
        found = PackageTests(package.name, unpack_sdist(sdist, root / "src"),
                             top_level_modules(wheel), site_dir)
        verified, counts[package.name] = package_pairs(
            found, benchmark, seen, options.limit_per_package, options.seed)
        split = "heldout" if normalize(package.name) in packages.held_out else "train"
        for function, tests, files in verified:
            record = pair_record(function, tests, wheel.name)
            record.update(origin="unit-tests", sdist=sdist.name, test_files=sorted(files))
            pairs[split].append(record)
        log.info("%s: %s", package.name, _as_json(counts[package.name]))
    _write(options, packages, hashes, benchmark.sources, pairs, counts, time.monotonic() - started)
    return pairs


@dataclass(frozen=True)
class PackageTests:
    """Where a package's tests are (its unpacked sdist) and what they run against."""

    name: str
    source_root: Path
    tops: list[str]  # its importable top-level modules
    site_dir: Path  # the unpacked wheels


def package_pairs(package: PackageTests, benchmark: Benchmark, seen: set[str],
                  limit: int | None = None, seed: int = 0,
                  ) -> tuple[list[tuple[MinedFunction, list[MinedTest], set[str]]], UnitCounts]:
    """The package's functions with their verified tests (and the test files they come
    from), and the counts; `seen` holds the prompts of earlier packages (deduplication)."""
    counts = UnitCounts()
    groups = _groups(package.source_root, package.tops, package.site_dir, counts)
    kept = _select(package.name, groups, benchmark, seen, limit, seed, counts)
    verified = []
    for start in range(0, len(kept), BATCH):
        batch = kept[start : start + BATCH]
        passed = verify([function for function, _ in batch], package.site_dir)
        for function, files in batch:
            names = passed.get(function.key, set())
            tests = _shortest([t for t in function.tests if t.name in names], MAX_TESTS_PER_PAIR)
            counts.dropped_tests["failed"] += sum(t.name not in names for t in function.tests)
            counts.dropped_tests["over cap"] += len(names) - len(tests)
            if not tests:
                counts.dropped_functions["no passing test"] += 1
                continue
            counts.pairs += 1
            counts.verified += len(tests)
            counts.asserts += sum(t.asserts for t in tests)
            verified.append((function, tests, files))
    return verified, counts


def _shortest(tests: list[T], limit: int) -> list[T]:
    """The `limit` shortest tests (by lines), in their order."""
    def lines(index: int) -> int:
        test = tests[index]
        return (test.code if isinstance(test, MinedTest) else test[1]).count("\n")

    kept = set(sorted(range(len(tests)), key=lines)[:limit])
    return [test for index, test in enumerate(tests) if index in kept]


def _groups(source_root: Path, tops: list[str], site_dir: Path,
            counts: UnitCounts) -> dict[tuple[str, str], Group]:
    """The package's usable tests, grouped by the function each one tests."""
    drafts: list[DraftTest] = []
    for path in find_test_files(source_root):
        module = read_test_module(path)
        if module is None:
            continue
        counts.test_files += 1
        counts.tests += len(module.tests)
        counts.class_based += module.class_based
        counts.async_tests += module.async_tests
        for node in module.tests:
            draft = draft_test(module, node)
            if isinstance(draft, str):
                counts.dropped_tests[draft] += 1
            else:
                drafts.append(draft)
    paths = {p for d in drafts for call in d.calls for p in call}
    paths |= {f"{star}.{name}" for d in drafts for name, stars in d.stars.items() for star in stars}
    resolved = resolve(sorted(paths), site_dir) if paths else {}
    groups: dict[tuple[str, str], Group] = {}
    for draft in drafts:
        target = choose_target(draft, resolved, tops)
        if isinstance(target, str):
            counts.dropped_tests[target] += 1
            continue
        code = standalone(draft, target, resolved)
        if not code.startswith("def "):
            counts.dropped_tests[code] += 1
            continue
        if len(code.splitlines()) > MAX_TEST_LINES:
            counts.dropped_tests["too long"] += 1
            continue
        if checks(code) == 0:
            counts.dropped_tests["no assert"] += 1
            continue
        group = groups.setdefault(target.key, Group(target))
        body = " ".join(code.split("\n", 1)[-1].split())  # the same test in two files: once
        if any(" ".join(c.split("\n", 1)[-1].split()) == body for _, c in group.tests):
            counts.dropped_tests["duplicate test"] += 1
            continue
        counts.mapped += 1
        group.tests.append((draft.name, code))
        group.files.add(str(draft.module.path.relative_to(source_root)))
    counts.functions = len(groups)
    return groups


def _select(package: str, groups: dict[tuple[str, str], Group], benchmark: Benchmark,
            seen: set[str], limit: int | None, seed: int,
            counts: UnitCounts) -> list[tuple[MinedFunction, set[str]]]:
    """The groups as functions to verify: prompt found, not seen before, not a benchmark's."""
    keys = sorted(groups)
    if limit is not None and len(keys) > limit:
        sample = set(random.Random(seed).sample(keys, limit))
        counts.dropped_functions["over package limit"] += len(keys) - len(sample)
        counts.dropped_tests["function: over package limit"] += sum(
            len(groups[k].tests) for k in keys if k not in sample)
        keys = sorted(sample)
    kept = []
    for key in keys:
        group = groups[key]
        function = _function(package, group)
        if function is None:
            reason: str | None = "no description"
        elif dedupe_key(function) in seen:
            reason = "duplicate"
        else:
            reason = benchmark.reason_to_drop(function.function, function.body_source)
        if function is None or reason is not None:
            counts.dropped_functions[reason or "no description"] += 1
            counts.dropped_tests[f"function: {reason}"] += len(group.tests)
            continue
        seen.add(dedupe_key(function))
        counts.dropped_tests["over cap"] += len(group.tests) - len(function.tests)
        kept.append((function, group.files))
    return kept


def _function(package: str, group: Group) -> MinedFunction | None:
    """The target's prompt (signature + docstring without examples) and its unique tests."""
    target = group.target
    try:
        source = Path(target.file).read_text(encoding="utf-8")
        node = _definition(ast.parse(source), target.qualname)
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return None
    segment = function_segment(source, node) if node is not None else None
    if node is None or segment is None:
        return None
    class_name = target.qualname.rpartition(".")[0]
    prompt = prompt_source(segment, node.name, class_name)
    if prompt is None:
        return None
    tests: list[MinedTest] = []
    names: set[str] = set()
    for name, code in _shortest(group.tests, VERIFIED_PER_FUNCTION):
        unique = name
        while unique in names:
            unique += "_2"
        names.add(unique)
        if unique != name:
            code = code.replace(f"def {name}(", f"def {unique}(", 1)
        tests.append(MinedTest(unique, code, checks(code)))
    return MinedFunction(package, target.module, target.qualname, prompt, segment,
                         f"from {target.module} import {target.anchor}", tests)


def _definition(tree: ast.Module, qualname: str) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    scope: list[ast.stmt] = tree.body
    *classes, name = qualname.split(".")
    for class_name in classes:
        found = [n for n in scope if isinstance(n, ast.ClassDef) and n.name == class_name]
        if len(found) != 1:
            return None
        scope = found[0].body
    functions = [n for n in scope if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
                 and n.name == name]
    return functions[-1] if functions else None  # the last definition wins, as at import


def _as_json(counts: UnitCounts) -> dict[str, object]:
    data: dict[str, object] = dict(counts.__dict__)
    data["dropped_tests"] = dict(sorted(counts.dropped_tests.items()))
    data["dropped_functions"] = dict(sorted(counts.dropped_functions.items()))
    return data


def _write(options: UnitOptions, packages: PackageList, hashes: dict[str, str],
           benchmarks: list[str], pairs: dict[str, list[dict[str, object]]],
           counts: dict[str, UnitCounts], seconds: float) -> None:
    options.output_dir.mkdir(parents=True, exist_ok=True)
    files = {}
    for split, records in pairs.items():
        data = "".join(json.dumps(p, sort_keys=True) + "\n" for p in records).encode("utf-8")
        path = options.output_dir / f"{OUTPUT_PREFIX}-{split}.jsonl.gz"
        path.write_bytes(gzip.compress(data, mtime=0))
        files[split] = {"file": path.name, "pairs": len(records),
                        "sha256": hashlib.sha256(data).hexdigest()}  # of the uncompressed lines
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    summed = Counter[str]()
    for package_counts in counts.values():
        summed.update({k: v for k, v in package_counts.__dict__.items() if isinstance(v, int)})
        totals["dropped_tests"].update(package_counts.dropped_tests)
        totals["dropped_functions"].update(package_counts.dropped_functions)
    manifest = {
        "command": "python -m testdraft.training_data --unit-tests"
                   + (f" --mbpp {options.mbpp}" if options.mbpp else "")
                   + (f" --limit-per-package {options.limit_per_package}"
                      if options.limit_per_package is not None else ""),
        "package_lists": [p.name for p in options.package_lists],
        "held_out_packages": sorted(packages.held_out),
        "decontaminated_against": benchmarks,
        "limits": {"max_test_lines": MAX_TEST_LINES, "max_tests_per_pair": MAX_TESTS_PER_PAIR},
        "sources": [{"file": name, "sha256": digest} for name, digest in sorted(hashes.items())],
        "counts": {name: _as_json(c) for name, c in counts.items()},
        "totals": {**summed, **{k: dict(sorted(v.items())) for k, v in totals.items()}},
        "data": files,
        "seconds": round(seconds),
    }
    options.manifest.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
