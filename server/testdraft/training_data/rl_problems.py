"""RL problems from the train pairs: real functions that run standalone as `solution.py`.

    python -m testdraft.training_data --rl-problems [--cache-dir DIR] [--mbpp mbpp.csv]

GRPO (`testdraft train --method grpo`) needs, per problem, a reference module the sampled
tests run against in the sandbox. A pair's `source` is its real function with the body, but
most functions lean on their package. This keeps the train pairs (docstring pairs and
unit-test pairs; never a held-out split) whose function is self-contained:

- a top-level function (a method needs its class), found in its package's module (the
  unpacked wheels of the pairs' builds) to learn what that module imports;
- every name it reads besides its parameters, its own bindings and the builtins is a
  standard-library module or a name the module binds from the standard library, or a
  module-level constant that is a short literal: those lines, in the module's order, above
  the function (examples removed from its docstring, as in the pair) make `solution.py`;
- it resembles no HumanEval (or, with `--mbpp`, MBPP) problem by name or 13-gram
  (the pairs were decontaminated already; this keeps it true of the problems);
- the pair's own verified tests that call the function by its bare name (an import of
  their own that rebinds it goes) and import only the standard library (and pytest) run
  against that module alone, with the pairs' verifier
  (`verify.py`: pytest subprocesses, per-test timeout, CPU, memory and file-size limits,
  the unpacked packages off the path): a test is kept when it passes; a problem with one.

The problems go to `models/training-data/rl-problems-train.csv` in PyTester's format
(`task_id`, `prompt_code` = imports + signature + docstring, `output_solution` = the body,
`fn_name`; plus `package`, `module`, `origin` and the kept `tests`), and their counts per
package (candidates, self-contained, verified, tests, dropped per reason) to
`rl-problems-manifest.json`.
"""

from __future__ import annotations

import ast
import csv
import hashlib
import json
import logging
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.evaluation.package_problems import (
    definition_stub,
    definition_text,
    find_definition,
    module_file,
    pair_function,
    read_pairs,
)
from testdraft.generate.names import names_in
from testdraft.generate.pytest_code import free_names
from testdraft.training_data.build import BATCH, benchmark_for
from testdraft.training_data.decontaminate import Benchmark, normalized_tokens
from testdraft.training_data.mine import MinedFunction, MinedTest, package_files
from testdraft.training_data.pairs import TRAINING_DATA_DIR, read_data
from testdraft.training_data.sources import refuse_forbidden
from testdraft.training_data.verify import verify

log = logging.getLogger(__name__)

RL_PROBLEMS = TRAINING_DATA_DIR / "rl-problems-train.csv"
RL_MANIFEST = TRAINING_DATA_DIR / "rl-problems-manifest.json"
# (pairs file, the folder under the cache whose `site/` holds the package it was built from)
TRAIN_PAIRS = (("pairs-train.jsonl.gz", "."), ("unit-pairs-train.jsonl.gz", "unit-tests"))
COLUMNS = ("task_id", "prompt_code", "output_solution", "fn_name", "package", "module", "origin",
           "tests")
MAX_CONSTANT_CHARS = 300  # a module constant copied into solution.py: a short literal only


@dataclass
class Candidate:
    """One function of the train pairs, with the tests of every pair that has it."""

    package: str
    module: str
    function: str
    source: str  # the pair's function, examples removed from its docstring, body kept
    site_dir: Path
    origins: list[str] = field(default_factory=list)  # "docstring", "unit-tests"
    tests: list[str] = field(default_factory=list)  # each a `def test_...` (own imports inside)

    @property
    def task_id(self) -> str:
        return f"{self.module}::{self.function}"


@dataclass
class ProblemCounts:
    candidates: int = 0  # distinct top-level functions of the train pairs (methods: dropped)
    self_contained: int = 0  # run standalone (stdlib imports, literal constants) and not benchmark-like
    verified: int = 0  # with at least one of their tests passing against the standalone module
    tests: int = 0  # tests kept (passed, and ran the function)
    dropped: Counter[str] = field(default_factory=Counter)


@dataclass
class RlProblemsResult:
    rows: list[dict[str, str]]
    counts: dict[str, ProblemCounts]


def build_rl_problems(cache_dir: Path, output: Path = RL_PROBLEMS, manifest: Path = RL_MANIFEST,
                      mbpp: Path | None = None, data_dir: Path = TRAINING_DATA_DIR) -> RlProblemsResult:
    started = time.monotonic()
    counts: dict[str, ProblemCounts] = {}
    benchmark = benchmark_for(mbpp)
    candidates = list(read_candidates(data_dir, cache_dir, counts))
    modules = _ModuleIndex()
    standalone: list[tuple[Candidate, str, list[str]]] = []
    for candidate in candidates:
        tally = counts[candidate.package]
        reference, reason = standalone_module(candidate, modules)
        if reference is None:
            tally.dropped[reason] += 1
        elif benchmark.reason_to_drop(candidate.function, candidate.source) is not None:
            tally.dropped["benchmark-like"] += 1
        else:
            tally.self_contained += 1
            tests = runnable_tests(candidate)
            if tests:
                standalone.append((candidate, reference, tests))
            else:
                tally.dropped["no standalone test"] += 1
    log.info("%d of %d functions run standalone, with tests that may; verifying them", len(standalone),
             len(candidates))
    rows: list[dict[str, str]] = []
    for (candidate, reference, _), tests in zip(standalone, verify_standalone(standalone), strict=True):
        tally = counts[candidate.package]
        if not tests:
            tally.dropped["no passing test"] += 1
            continue
        tally.verified += 1
        tally.tests += len(tests)
        rows.append(csv_row(candidate, reference, tests))
    _write(rows, counts, output, manifest, data_dir, benchmark, time.monotonic() - started)
    return RlProblemsResult(rows, counts)


def read_candidates(data_dir: Path, cache_dir: Path,
                    counts: dict[str, ProblemCounts]) -> Iterator[Candidate]:
    """The distinct top-level functions of the train pairs, with all of their tests."""
    found: dict[tuple[str, str], Candidate] = {}
    methods: set[tuple[str, str]] = set()
    for name, folder in TRAIN_PAIRS:
        origin = "unit-tests" if name.startswith("unit-") else "docstring"
        for pair in read_pairs(data_dir / name):
            refuse_forbidden([pair["package"]])
            tally = counts.setdefault(pair["package"], ProblemCounts())
            key = (pair["module"], pair["function"])
            if "." in pair["function"]:
                tally.dropped["method"] += key not in methods
                methods.add(key)
                continue
            if key not in found:
                found[key] = Candidate(pair["package"], pair["module"], pair["function"],
                                       pair["source"], (cache_dir / folder / "site").resolve())
                tally.candidates += 1
            found[key].origins.append(origin)
            found[key].tests += split_tests(pair["tests"])
    return iter(found.values())


def split_tests(text: str) -> list[str]:
    """Each top-level `def test_...` of a pair's tests, as its own text."""
    tree = ast.parse(text)
    return [ast.get_source_segment(text, node, padded=False) or "" for node in tree.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("test")]


class _ModuleIndex:
    """Parsed package modules, and where each top-level function name is defined."""

    def __init__(self) -> None:
        self.trees: dict[Path, ast.Module | None] = {}
        self.by_name: dict[tuple[Path, str], dict[str, list[Path]]] = {}

    def tree(self, path: Path) -> ast.Module | None:
        if path not in self.trees:
            try:
                self.trees[path] = ast.parse(path.read_text(encoding="utf-8"))
            except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
                self.trees[path] = None
        return self.trees[path]

    def defining_module(self, candidate: Candidate) -> ast.Module | None:
        """The module that defines the candidate's function: the pair's `module`, else (a
        unit-test pair names the module its test imported from, which may re-export it) the
        package module whose function of that name has the same code, docstrings aside."""
        wanted = normalized_tokens(definition_text(candidate.source, pair_function(candidate.source,
                                                                             candidate.function)))
        first = module_file(candidate.site_dir, candidate.module)
        paths = [first] if first is not None else []
        top = candidate.module.split(".")[0]
        paths += self._defining(candidate.site_dir, top).get(candidate.function, [])
        for path in paths:
            tree = self.tree(path)
            if tree is None:
                continue
            try:
                node = find_definition(tree, candidate.function)
            except LookupError:
                continue
            if normalized_tokens(definition_text(path.read_text(encoding="utf-8"), node)) == wanted:
                return tree
        return None

    def _defining(self, site_dir: Path, top: str) -> dict[str, list[Path]]:
        key = (site_dir, top)
        if key not in self.by_name:
            names: dict[str, list[Path]] = {}
            for path, _ in package_files(site_dir, top):
                tree = self.tree(path)
                for node in tree.body if tree is not None else []:
                    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                        names.setdefault(node.name, []).append(path)
            self.by_name[key] = names
        return self.by_name[key]


def standalone_module(candidate: Candidate, modules: _ModuleIndex) -> tuple[str | None, str]:
    """(`solution.py`'s text, "") when the function runs on its own, else (None, why not)."""
    try:
        function = pair_function(candidate.source, candidate.function)
    except (SyntaxError, LookupError):
        return None, "unparsable"
    segment = definition_text(candidate.source, function)
    needed = free_names([segment]) - {candidate.function}
    tree = modules.defining_module(candidate) if needed else ast.Module(body=[], type_ignores=[])
    if tree is None:
        return None, "not found in its package"
    provided = stdlib_bindings(tree)
    outside = sorted(name for name in needed
                     if name not in provided and name not in sys.stdlib_module_names)
    if outside:
        return None, "package names"
    # The module's own lines in its order (imports before the constants, as modules are
    # written), a stdlib module it reads but does not import (a local import) on top.
    lines = [f"import {name}" for name in sorted(needed - set(provided))]
    lines += [line for name, line in provided.items() if name in needed]
    lines[:0] = [ast.unparse(node) for node in tree.body
                 if isinstance(node, ast.ImportFrom) and node.module == "__future__"]
    header = "".join(f"{line}\n" for line in dict.fromkeys(lines))
    return (header + "\n\n" if header else "") + segment, ""


def stdlib_bindings(tree: ast.Module) -> dict[str, str]:
    """name -> the line that binds it standalone: the module's top-level imports from the
    standard library (one alias each), and its short literal constants."""
    bound: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in sys.stdlib_module_names:
                    name = (alias.asname or alias.name).split(".")[0]
                    bound.setdefault(name, ast.unparse(ast.Import(names=[alias])))
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module \
                and node.module.split(".")[0] in sys.stdlib_module_names and node.module != "__future__":
            for alias in node.names:
                bound.setdefault(alias.asname or alias.name,
                                 ast.unparse(ast.ImportFrom(module=node.module, names=[alias], level=0)))
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            text = ast.unparse(node)
            if len(targets) == 1 and isinstance(targets[0], ast.Name) and _literal(node.value) \
                    and len(text) <= MAX_CONSTANT_CHARS:
                bound[targets[0].id] = text  # the last assignment wins, as at run time
    return bound


def _literal(node: ast.expr) -> bool:
    try:
        ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        return False
    return True


def verify_standalone(problems: list[tuple[Candidate, str, list[str]]]) -> list[list[str]]:
    """For each (candidate, `solution.py` text, tests), the tests that pass against that
    module alone.

    The docstring pairs' verifier runs them, a batch per pytest process (`verify`): each
    module under a name of its own (the tests call the function by its bare name; the import
    line is the prompt's, `from solution import f` in GRPO) and the unpacked packages off
    the path.
    """
    kept: list[list[str]] = []
    for start in range(0, len(problems), BATCH):
        batch = problems[start : start + BATCH]
        with tempfile.TemporaryDirectory(prefix="testdraft-rl-problems-") as folder:
            functions = []
            for index, (candidate, reference, tests) in enumerate(batch):
                module = f"rl_problem_{start + index:05d}"
                (Path(folder) / f"{module}.py").write_text(reference, encoding="utf-8")
                functions.append(MinedFunction(
                    candidate.package, module, candidate.function, reference, reference,
                    f"from {module} import {candidate.function}",
                    [MinedTest(_test_name(test), test, 0) for test in tests]))
            passed = verify(functions, Path(folder))
        kept += [[t.code for t in function.tests if t.name in passed.get(function.key, set())]
                 for function in functions]
    return kept


def runnable_tests(candidate: Candidate) -> list[str]:
    """The tests that call the function itself, by its bare name, and import nothing but the
    standard library and pytest: an import of the test's own that binds the function's name
    (a docstring test re-imports it from the package, as the package's doctests did) goes, so
    the module under test's copy runs. A test that needs another package is left: GRPO's
    reward gives a test 3 s, less than importing sympy takes on a busy CPU, and the problem
    should be one the model's tests can meet with the standard library alone. A test name
    given twice (a docstring test and a unit test alike) is left, the later would shadow it."""
    names = [_test_name(test) for test in candidate.tests]
    kept = []
    for test, name in zip(candidate.tests, names, strict=True):
        own = without_import_of(test, candidate.function)
        if own is None or names.count(name) > 1:
            continue
        tree = ast.parse(own)
        if candidate.function in names_in(tree, ast.Load) and _imports(tree) <= STANDALONE_IMPORTS:
            kept.append(own)
    return kept


STANDALONE_IMPORTS = frozenset(sys.stdlib_module_names) | {"pytest"}


def _imports(tree: ast.AST) -> set[str]:
    """The top-level modules a piece of code imports."""
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            roots.add((node.module or "").split(".")[0] if not node.level else "")
    return roots


def without_import_of(test: str, name: str) -> str | None:
    """`test` with `name` taken out of its `from ... import` lines (a line that imports nothing
    else goes); None when a plain `import` binds it. The other lines stay as they are."""
    lines = test.splitlines(keepends=True)
    for node in sorted(ast.walk(ast.parse(test)), key=lambda n: -getattr(n, "lineno", 0)):
        if isinstance(node, ast.Import) and any((a.asname or a.name).split(".")[0] == name
                                                for a in node.names):
            return None
        if not isinstance(node, ast.ImportFrom) or all((a.asname or a.name) != name for a in node.names):
            continue
        rest = [alias for alias in node.names if (alias.asname or alias.name) != name]
        first, last = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        if "".join(lines[first : last + 1]).strip() != ast.get_source_segment(test, node):
            return None  # shares a line with another statement or a comment
        indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
        replacement = ast.unparse(ast.ImportFrom(module=node.module, names=rest, level=node.level))
        lines[first : last + 1] = [f"{indent}{replacement}\n"] if rest else []
    return "".join(lines)


def _test_name(test: str) -> str:
    node = ast.parse(test).body[0]
    return node.name if isinstance(node, ast.FunctionDef) else ""


def csv_row(candidate: Candidate, reference: str, tests: list[str]) -> dict[str, str]:
    """PyTester's columns: the prompt is the module up to the function's docstring, the
    solution the rest (they concatenate to `reference`)."""
    stub = definition_stub(reference, find_definition(ast.parse(reference), candidate.function))
    prompt_code = reference[: reference.index(stub) + len(stub)]
    return {
        "task_id": candidate.task_id,
        "prompt_code": prompt_code,
        "output_solution": reference[len(prompt_code):].rstrip("\n"),
        "fn_name": candidate.function,
        "package": candidate.package,
        "module": candidate.module,
        "origin": "+".join(sorted(set(candidate.origins))),
        "tests": "\n\n\n".join(tests) + "\n",
    }


def _write(rows: list[dict[str, str]], counts: dict[str, ProblemCounts], output: Path,
           manifest: Path, data_dir: Path, benchmark: Benchmark, seconds: float) -> None:
    with output.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    per_package = {name: {**{k: v for k, v in tally.__dict__.items() if k != "dropped"},
                          "dropped": dict(tally.dropped.most_common())}
                   for name, tally in sorted(counts.items())}
    totals: Counter[str] = Counter()
    dropped: Counter[str] = Counter()
    for tally in counts.values():
        totals.update({k: v for k, v in tally.__dict__.items() if k != "dropped"})
        dropped.update(tally.dropped)
    document = {
        "command": "python -m testdraft.training_data --rl-problems",
        "from": {name: hashlib.sha256(read_data(data_dir / name)).hexdigest()
                 for name, _ in TRAIN_PAIRS},
        "decontaminated_against": benchmark.sources,
        "totals": {**dict(totals), "dropped": dict(dropped.most_common())},
        "counts": per_package,
        "problems": {"file": output.name, "rows": len(rows),
                     "sha256": hashlib.sha256(output.read_bytes()).hexdigest()},
        "seconds": round(seconds),
    }
    manifest.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
