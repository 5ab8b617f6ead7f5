"""TDD mode on real libraries: are the tests read from their docstrings true?

In TDD mode nothing runs before insertion, so what a test claims comes from the docstring
alone: a `Raises:` entry ("If ``limit`` is negative") read into `pytest.raises(...)`, or the
examples replayed. A wrong reading is a test that lies. For every public function and method
of installed libraries whose docstring has a `Raises` entry, this drafts tests the way the
editor does without running anything (`pipeline.suggest_tests(..., rank=False)`, the docstring
generator; functions whose entries read nothing and that have no examples get only skipped
TODOs, counted without drafting), writes them out, and runs them with pytest against the real implementation. A
test that fails there is a wrong reading (or a setup the docstring cannot tell: constructor
defaults that raise). Skipped TODOs claim nothing and are only counted.

    PYTHONPATH=server python benchmarks/documented_errors_real.py [--packages anyio,idna] [--show-failures]

The libraries are those installed beside testdraft (their versions are printed); none is a
held-out package of the real-world benchmark or of the training data.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.generate.documented_errors import module_constants, violations_in
from testdraft.parsing.languages import parse_python
from testdraft.pipeline import spec_named, suggest_tests
from testdraft.spec.extract import extract_spec, iter_functions

# Installed with testdraft or its test tools; chosen for their `Raises` sections. trio is left
# out: it imports attrs and sortedcontainers, held-out packages.
DEFAULT_PACKAGES = ("anyio", "idna", "filelock", "packaging", "platformdirs", "urllib3", "rich", "fire",
                    "pydantic", "textual", "selenium")
HELD_OUT = {"boltons", "toolz", "cytoolz", "inflection", "more_itertools", "humanize", "pydash", "funcy",
            "sortedcontainers", "attrs", "attr", "trio"}
DISTRIBUTIONS = {"attr": "attrs"}


@dataclass
class PackageReport:
    name: str
    version: str
    functions: int = 0  # public, with a `Raises` entry
    entries: int = 0
    read: int = 0  # entries whose condition names a value (a real test, not a TODO)
    todos: int = 0  # skipped tests inserted
    tests: dict[str, str] = field(default_factory=dict)  # test id -> "passed" or the failure's first line


def drafted_tests(package: str, folder: Path) -> PackageReport:
    """Writes the TDD suggestions for `package`'s documented functions into `folder`."""
    module = __import__(package)
    root = Path(module.__file__ or "").parent
    report = PackageReport(package, importlib.metadata.version(DISTRIBUTIONS.get(package, package)))
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent)
        if any(part.startswith(("test", "_vendor")) for part in relative.parts):
            continue
        source = path.read_bytes()
        if b"aise" not in source:
            continue
        for node in iter_functions(parse_python(source)):
            spec = extract_spec(node)
            if not spec.raises or spec.name.startswith("_") or any(part.startswith("_") for part in spec.class_path):
                continue
            if "<locals>" in spec.qualname:
                continue
            report.functions += 1
            report.entries += len(spec.raises)
            constants = module_constants(spec)
            read = sum(1 for entry in spec.raises if violations_in(entry.condition, spec.call_params, constants))
            report.read += read
            if not read and not spec.examples:
                report.todos += len(spec.raises)  # what the generator gives then: one skipped TODO per entry
                continue  # drafting it would only cost time (jedi, context) on a big library
            suggestion = suggest_tests(path, spec_named(source, spec.qualname), [DocstringExamplesGenerator()],
                                       rank=False)
            real = [test for test in suggestion.chosen if not test.is_placeholder]
            report.todos += len(suggestion.chosen) - len(real)
            if real:
                name = f"test_{package}_{report.functions:04d}.py"
                (folder / name).write_text(suggestion.code, encoding="utf-8")
    return report


def run_tests(folder: Path) -> dict[str, str]:
    """Per test id (`file::name`): "passed", "skipped", or the first line of its failure."""
    junit = folder / "junit.xml"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                    "--timeout", "30", "--junitxml", str(junit), str(folder)],
                   capture_output=True, text=True, timeout=1800, cwd=folder)
    outcomes: dict[str, str] = {}
    for case in ElementTree.parse(junit).iter("testcase"):
        key = f"{(case.get('classname') or '').rsplit('.', 1)[-1]}.py::{case.get('name')}"
        problem = case.find("failure") if case.find("failure") is not None else case.find("error")
        if case.find("skipped") is not None:
            outcomes[key] = "skipped"
        elif problem is None:
            outcomes[key] = "passed"
        else:
            outcomes[key] = (problem.get("message") or "failed").splitlines()[0][:200]
    return outcomes


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--packages", default=",".join(DEFAULT_PACKAGES), help="installed packages, comma-separated")
    parser.add_argument("--show-failures", action="store_true", help="print each failing test's first error line")
    args = parser.parse_args()
    packages = [name.strip() for name in args.packages.split(",") if name.strip()]
    if held := sorted(set(packages) & HELD_OUT):
        parser.error(f"held-out packages are never used: {', '.join(held)}")
    started = time.monotonic()
    reports: list[PackageReport] = []
    with tempfile.TemporaryDirectory() as scratch:
        for package in packages:
            folder = Path(scratch) / package
            folder.mkdir()
            report = drafted_tests(package, folder)
            outcomes = run_tests(folder)
            report.tests = {key: value for key, value in outcomes.items() if value != "skipped"}
            reports.append(report)
    print("| package | functions with Raises | entries | entries read | tests inserted | pass on the implementation"
          " | fail | skipped TODOs |")
    print("|---|---|---|---|---|---|---|---|")
    totals = [0] * 7
    for report in reports:
        passed = sum(1 for value in report.tests.values() if value == "passed")
        inserted = len(report.tests)
        row = [report.functions, report.entries, report.read, inserted, passed, inserted - passed, report.todos]
        totals = [a + b for a, b in zip(totals, row, strict=True)]
        print(f"| {report.name}=={report.version} | " + " | ".join(map(str, row)) + " |")
    print("| **all** | " + " | ".join(map(str, totals)) + " |")
    if args.show_failures:
        for report in reports:
            for key, value in report.tests.items():
                if value != "passed":
                    print(f"FAILS {report.name}: {key}: {value}")
    print(f"time: {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
