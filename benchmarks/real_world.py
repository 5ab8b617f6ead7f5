"""The docstring generator on real libraries, run the way a user runs `testdraft suggest`.

The corpus is `real_world_packages.txt`: pure-Python wheels at pinned versions, fetched with
`pip download` into a cache folder and checked against their sha256. For every public
function and method with a docstring, and every one whose examples its class's or module's
docstring holds (a constructor shown in its class, `validate` shown in its module's docstring;
its own doctest is then that docstring's): `testdraft.pipeline.suggest_tests` (what the CLI and
the code action call) drafts its tests, they are written to a file, and pytest runs them
against the real implementation (one pytest run per package). Then the stub check: the same
files run again with the function's code swapped for `return None`; a function whose tests
still all pass has vacuous tests. Side by side, the package's own doctests for the same
functions run with the standard library's doctest runner (what `pytest --doctest-modules`
does), i.e. what the examples themselves allow.

    python benchmarks/real_world.py [--cache DIR] [--packages tabulate,semver] [--show-failures]
    python benchmarks/real_world.py --corpus benchmarks/real_world_packages2.txt   # a second corpus
    python benchmarks/real_world.py --corpus benchmarks/real_world_packages3.txt   # a third, run blind once
    python benchmarks/real_world.py --corpus benchmarks/real_world_packages4.txt   # a fourth, run blind once
    python benchmarks/real_world.py --corpus benchmarks/real_world_packages5.txt   # a fifth, run blind once
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.parsing.languages import parse_python
from testdraft.pipeline import read_disk, spec_named, suggest_tests
from testdraft.spec.extract import iter_functions, qualified_name
from testdraft.spec.model import CONSTRUCTORS
from testdraft.validate.stub_check import STUB_HELPERS as PIPELINE_STUB_HELPERS

HERE = Path(__file__).resolve().parent
PACKAGE_LIST = HERE / "real_world_packages.txt"
DEFAULT_CACHE = Path.home() / ".cache" / "testdraft" / "real_world"
PIP_DOWNLOAD = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--only-binary=:all:"]
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"]

# Swapping a function's code for `return None` (signature and closure kept), in place, as the
# pipeline's stub check does: the test modules and doctests that already hold the function
# object see the stub.
STUB_HELPERS = (
    PIPELINE_STUB_HELPERS
    + """
import importlib


def _function(module_name, qualname):
    owner = importlib.import_module(module_name)
    *path, name = qualname.split(".")
    for part in path:
        owner = getattr(owner, part)
    return _unwrapped(owner.__dict__[name] if path else getattr(owner, name))
"""
)

# Run inside the package's project: each module's own doctests, per function, as pytest's
# --doctest-modules would (default option flags, the module's globals); then again with the
# function stubbed, to tell examples that cannot fail from tests that cannot.
DOCTEST_SCRIPT = (
    STUB_HELPERS
    + """
import doctest, inspect, json, sys


def _passes(test, globs):
    test.globs = dict(globs)
    runner = doctest.DocTestRunner(verbose=False)
    runner.run(test, out=lambda text: None)
    return runner.failures == 0


def _doctests(module, module_name):
    # One malformed docstring (`>>>>`) makes doctest give up on the whole module, as
    # `pytest --doctest-modules` does: then the doctests of each of its objects apart.
    finder = doctest.DocTestFinder(exclude_empty=True)
    try:
        return finder.find(module, module_name)
    except ValueError:
        tests = []
        for name, value in vars(module).items():
            if (inspect.isclass(value) or inspect.isfunction(value)) and value.__module__ == module_name:
                try:
                    tests += finder.find(value, f"{module_name}.{name}", module=module)
                except ValueError:
                    continue
        return tests


def _on_stub(test, globs, module_name, qualname):
    # Does `test` still pass with `qualname` returning None? None when it cannot be stubbed.
    try:
        function = _function(module_name, qualname)
        original = function.__code__
    except (AttributeError, KeyError, TypeError):
        return None
    function.__code__ = _stub_code(function)
    try:
        return _passes(test, globs)
    finally:
        function.__code__ = original


# argv[1]: the functions that take a class's or the module's examples, by that doctest's name.
borrowers = json.loads(sys.argv[1])
results = {}
for module_name in sys.argv[2:]:
    try:
        importlib.import_module(module_name.split(".")[0])  # else a submodule a failed import left behind
        module = importlib.import_module(module_name)
    except BaseException:  # pytest's Skipped of a module needing an optional package is one
        continue
    for test in _doctests(module, module_name):
        if not test.examples:
            continue
        globs = dict(test.globs)
        passes = _passes(test, globs)
        results[test.name] = [passes, _on_stub(test, globs, module_name, test.name[len(module_name) + 1 :])]
        for qualname in borrowers.get(test.name, []):
            results[f"{module_name}.{qualname}"] = [passes, _on_stub(test, globs, module_name, qualname)]
print(json.dumps(results))
"""
)

# The stub check's conftest: a test module names the function it tests in TESTDRAFT_STUB;
# while its tests run, that function is the stub.
STUB_CONFTEST = (
    STUB_HELPERS
    + """
import pytest


@pytest.fixture(autouse=True)
def _testdraft_stub(request):
    module_name, qualname = request.module.TESTDRAFT_STUB
    function = _function(module_name, qualname)
    original = function.__code__
    function.__code__ = _stub_code(function)
    try:
        yield
    finally:
        function.__code__ = original
"""
)


@dataclass(frozen=True)
class Package:
    requirement: str
    wheel: str
    sha256: str

    @property
    def name(self) -> str:
        return self.requirement.split("==")[0]


@dataclass
class Function:
    module: str  # dotted module name
    qualname: str
    owner: str = ""  # whose doctest shows its examples: itself, its class, "" for the module
    test_file: str = ""  # relative to the project; "" when no real test came out
    syntax_error: bool = False
    has_examples: bool = False  # its own docstring has doctest examples
    checks: int = 0
    passed: bool | None = None  # all its tests pass against the real implementation
    stub_passed: bool | None = None  # all its tests still pass against `return None`
    own_doctest: bool | None = None
    own_doctest_on_stub: bool | None = None  # the examples themselves cannot tell the stub apart
    failure: str = ""


@dataclass
class Report:
    package: Package
    functions: list[Function] = field(default_factory=list)


def read_packages(selected: set[str], corpus: Path = PACKAGE_LIST) -> list[Package]:
    packages = []
    for line in corpus.read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            package = Package(*line.split())
            if not selected or package.name in selected:
                packages.append(package)
    return packages


def fetch(package: Package, cache: Path) -> Path:
    wheel = cache / package.wheel
    if not wheel.exists():
        subprocess.run(
            [*PIP_DOWNLOAD, "--dest", str(cache), package.requirement],
            check=True,
        )
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != package.sha256:
        raise SystemExit(f"{wheel.name}: sha256 {digest} does not match the pinned {package.sha256}")
    return wheel


def unpack(wheel: Path, project: Path) -> list[tuple[str, Path]]:
    """The wheel's modules as (dotted name, path), unpacked into a project folder."""
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(project)
    (project / "pyproject.toml").write_text('[project]\nname = "corpus"\nversion = "0"\n')
    modules = []
    for path in sorted(project.rglob("*.py")):
        relative = path.relative_to(project)
        # The package's own test modules too, wherever they sit (`petl/test/io/...`): not its API.
        if ".dist-info" in str(relative) or "test" in relative.parts[0] or {"test", "tests"} & set(relative.parts):
            continue
        parts = list(relative.with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules.append((".".join(parts), path))
    return modules


def documented_functions(source: bytes, private: bool = False) -> list[tuple[str, str]]:
    """Public (with `private`, also `_private`) functions and methods with a docstring, and those
    whose tests come from their class's or module's examples (constructors, helpers shown in
    the module docstring): (qualname, the dotted owner whose doctest shows it, "" for the module)."""
    found: dict[str, str] = {}
    hidden = "__" if private else "_"
    for node in iter_functions(parse_python(source)):
        qualname = qualified_name(node)
        *path, name = qualname.split(".")
        if "<locals>" in qualname or any(part.startswith(hidden) for part in path) or qualname in found:
            continue
        if name.startswith(hidden) and name not in CONSTRUCTORS:
            continue
        spec = spec_named(source, qualname)
        if spec.examples and spec.examples_owner is not None:
            found[qualname] = spec.examples_owner
        elif spec.examples or (spec.docstring and name not in CONSTRUCTORS):
            found[qualname] = qualname
    return list(found.items())


def count_checks(code: str) -> int:
    tree = ast.parse(code)
    raises = sum(
        1
        for node in ast.walk(tree)
        if isinstance(node, ast.withitem) and "raises" in ast.unparse(node.context_expr).split("(")[0]
    )
    return raises + sum(1 for node in ast.walk(tree) if isinstance(node, ast.Assert))


def suggest_all(modules: list[tuple[str, Path]], project: Path, tests: Path, private: bool) -> list[Function]:
    functions: list[Function] = []
    for module, path in modules:
        source = path.read_bytes()
        for qualname, owner in documented_functions(source, private):
            function = Function(module, qualname, owner=owner)
            functions.append(function)
            spec = spec_named(source, qualname)
            suggestion = suggest_tests(
                path,
                spec,
                [DocstringExamplesGenerator()],
                read_text=lambda file, source_path=path: read_disk(file) if file == source_path else None,
            )
            if not any(not test.is_placeholder for test in suggestion.chosen):
                dropped = [item.note for item in suggestion.dropped]
                function.failure = "no test: " + ("; ".join(dropped) or "no example the generator could use")
                continue
            try:
                function.checks = count_checks(suggestion.code)
            except SyntaxError:
                function.syntax_error = True
                function.failure = "the suggested module does not parse"
                continue
            test_file = tests / f"test_{len(functions):04d}_{qualname.replace('.', '_').lower()}.py"
            test_file.write_text(suggestion.code + f"\n\nTESTDRAFT_STUB = {(module, qualname)!r}\n", encoding="utf-8")
            function.test_file = str(test_file.relative_to(project))
    return functions


def run_pytest(project: Path, folder: Path) -> dict[str, tuple[int, int, str]]:
    """Per test file: (tests that passed, tests that failed or errored, first failure text)."""
    report = folder / "junit.xml"
    subprocess.run(
        [*PYTEST, "--junitxml", str(report), "-o", "junit_family=xunit1", str(folder)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    outcomes: dict[str, tuple[int, int, str]] = {}
    for case in ET.parse(report).iter("testcase"):
        key = Path(case.get("file") or (case.get("classname") or "").rsplit(".", 1)[-1] + ".py").name
        passed, failed, text = outcomes.get(key, (0, 0, ""))
        problem = case.find("failure") if case.find("failure") is not None else case.find("error")
        if case.find("skipped") is not None:
            continue
        if problem is None:
            passed += 1
        else:
            failed += 1
            text = text or (problem.get("message") or "")[:300]
        outcomes[key] = (passed, failed, text)
    return outcomes


def own_doctests(
    project: Path, modules: list[tuple[str, Path]], functions: list[Function]
) -> dict[str, list[bool | None]]:
    borrowers: dict[str, list[str]] = {}
    for function in functions:
        if function.owner != function.qualname:
            test = f"{function.module}.{function.owner}" if function.owner else function.module
            borrowers.setdefault(test, []).append(function.qualname)
    result = subprocess.run(
        [sys.executable, "-c", DOCTEST_SCRIPT, json.dumps(borrowers), *(name for name, _ in modules)],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
    )
    return json.loads(result.stdout or "{}")


def evaluate(package: Package, cache: Path, workdir: Path, private: bool = False) -> Report:
    project = workdir / package.name
    tests = project / "suggested"
    tests.mkdir(parents=True)
    modules = unpack(fetch(package, cache), project)
    report = Report(package, suggest_all(modules, project, tests, private))
    real = run_pytest(project, tests)
    (tests / "conftest.py").write_text(STUB_CONFTEST)
    stubbed = run_pytest(project, tests)
    doctests = own_doctests(project, modules, report.functions)
    for function in report.functions:
        name = f"{function.module}.{function.qualname}"
        function.has_examples = name in doctests
        function.own_doctest, function.own_doctest_on_stub = doctests.get(name, [None, None])
        if not function.test_file:
            continue
        key = Path(function.test_file).name
        passed, failed, text = real.get(key, (0, 1, "no test ran (collection error?)"))
        function.passed = failed == 0 and passed > 0
        function.failure = function.failure or text
        stub_passed, stub_failed, _ = stubbed.get(key, (0, 1, ""))
        function.stub_passed = stub_failed == 0 and stub_passed > 0
    return report


def percent(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}" if whole else "-"


def print_table(reports: list[Report]) -> None:
    header = (
        "| package | functions | with examples | own doctests pass | suggested tests all pass"
        " | of those whose doctests pass and can fail | syntax errors | vacuous (examples too)"
        " | examples that cannot fail | asserts per function |"
    )
    print(header)
    print("|" + "---|" * 10)
    totals = [0] * 10
    for report in [*reports, None]:
        if report is None:
            name, row = "**all**", totals
        else:
            examples = [f for f in report.functions if f.has_examples]
            good = [f for f in examples if f.own_doctest]
            row = [
                len(report.functions),
                len(examples),
                len(good),
                sum(1 for f in examples if f.passed),
                sum(1 for f in good if f.passed and not f.own_doctest_on_stub),
                sum(1 for f in report.functions if f.syntax_error),
                sum(1 for f in report.functions if f.stub_passed),
                sum(1 for f in report.functions if f.stub_passed and f.own_doctest_on_stub),
                sum(1 for f in good if f.own_doctest_on_stub),
                sum(f.checks for f in examples),
            ]
            totals = [a + b for a, b in zip(totals, row, strict=True)]
            name = report.package.requirement
        functions, examples, good, passing, good_passing, syntax, vacuous, vacuous_examples, cannot_fail, checks = row
        can_fail = good - cannot_fail
        print(
            f"| {name} | {functions} | {examples} | {good} ({percent(good, examples)}%)"
            f" | {passing} ({percent(passing, examples)}%)"
            f" | {good_passing}/{can_fail} ({percent(good_passing, can_fail)}%) | {syntax}"
            f" | {vacuous} ({vacuous_examples}) | {cannot_fail} | {checks / examples if examples else 0:.1f} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help=f"wheel cache (default: {DEFAULT_CACHE})")
    parser.add_argument("--corpus", type=Path, default=PACKAGE_LIST,
                        help=f"package list (default: {PACKAGE_LIST.name}; others: real_world_packages2-4.txt)")
    parser.add_argument("--packages", default="", help="comma-separated subset of the corpus")
    parser.add_argument("--show-failures", action="store_true", help="print each failing function's first error")
    parser.add_argument("--private", action="store_true", help="also `_private` functions (not dunders)")
    args = parser.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    reports = []
    with tempfile.TemporaryDirectory() as folder:
        for package in read_packages({name for name in args.packages.split(",") if name}, args.corpus):
            reports.append(evaluate(package, args.cache, Path(folder), args.private))
    print_table(reports)
    print()
    for report in reports:
        for function in report.functions:
            name = f"{report.package.name}: {function.module}.{function.qualname}"
            if function.syntax_error:
                print(f"SYNTAX ERROR {name}")
            if function.stub_passed:
                why = "so do its own doctests" if function.own_doctest_on_stub else "its own doctests do not"
                print(f"VACUOUS {name}: its tests pass against a stub returning None ({why})")
            if function.own_doctest and function.own_doctest_on_stub:
                got = "a test anyway" if function.passed and not function.stub_passed else "no test"
                print(f"CANNOT FAIL {name}: its own doctests pass against a stub returning None ({got})")
            elif function.own_doctest and not function.passed:
                why = function.failure.splitlines()[0] if function.failure else "no test suggested"
                print(f"FAILS {name}: {why if not args.show_failures else function.failure}")
    print(f"time: {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
