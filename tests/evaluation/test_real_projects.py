"""benchmarks/real_projects.py's projects: the development sets (benchmarks/projects,
benchmarks/projects-dev2 ... benchmarks/projects-dev7) and the held-out sets
(benchmarks/projects-heldout, benchmarks/projects-heldout2). Each project's own tests pass, and
the benchmark finds every public function and method of its package (checked against a plain
`ast` walk)."""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from benchmarks import real_projects

from testdraft.generate.base import CandidateTest
from testdraft.generate.docstring_examples import DocstringExamplesGenerator
from testdraft.render.module import existing_test_keys

BENCHMARKS = Path(real_projects.__file__).resolve().parent
DEV, DEV2, DEV3 = BENCHMARKS / "projects", BENCHMARKS / "projects-dev2", BENCHMARKS / "projects-dev3"
DEV4, DEV5, DEV6 = BENCHMARKS / "projects-dev4", BENCHMARKS / "projects-dev5", BENCHMARKS / "projects-dev6"
DEV7 = BENCHMARKS / "projects-dev7"
HELDOUT, HELDOUT2 = BENCHMARKS / "projects-heldout", BENCHMARKS / "projects-heldout2"
HELDOUT_SETS = (HELDOUT, HELDOUT2)
DEV_SETS = (DEV, DEV2, DEV3, DEV4, DEV5, DEV6, DEV7)
PROJECTS = sorted(p for folder in (*DEV_SETS, *HELDOUT_SETS) for p in folder.iterdir() if p.is_dir())


def _ids(project: Path) -> str:
    return f"{project.parent.name}/{project.name}"


def _package_nodes(project: Path) -> Iterator[ast.stmt]:
    """The top-level statements of the project's package modules (its tests left out)."""
    for path in sorted(project.glob("*/*.py")):
        if path.parent.name != "tests":
            yield from ast.parse(path.read_text(encoding="utf-8")).body


def _public_functions(project: Path) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    """Public top-level functions and methods of top-level classes that have a body, by qualified name."""
    found: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    for node in _package_nodes(project):
        members = node.body if isinstance(node, ast.ClassDef) and not node.name.startswith("_") else [node]
        prefix = f"{node.name}." if isinstance(node, ast.ClassDef) else ""
        for member in members:
            if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef) and not member.name.startswith("_") \
                    and not _is_stub(member):
                found[prefix + member.name] = member
    return found


def _frozen_dataclasses(project: Path) -> list[str]:
    """Top-level classes of the package decorated with `@dataclass(frozen=True)`."""
    return [node.name for node in _package_nodes(project) if isinstance(node, ast.ClassDef)
            for d in node.decorator_list if isinstance(d, ast.Call) and getattr(d.func, "id", None) == "dataclass"
            and any(k.arg == "frozen" and getattr(k.value, "value", None) is True for k in d.keywords)]


def _is_stub(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A body of a docstring and `...`, `pass` or `raise NotImplementedError` alone (a Protocol's
    method, a base class's method that subclasses override): nothing to test."""
    body = node.body[1:] if ast.get_docstring(node) is not None else node.body
    return all(isinstance(s, ast.Pass) or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
                                           and s.value.value is Ellipsis)
               or (isinstance(s, ast.Raise) and "NotImplementedError" in ast.unparse(s)) for s in body)


@pytest.mark.parametrize("project", PROJECTS, ids=_ids)
def test_the_projects_own_tests_pass(project: Path, tmp_path: Path) -> None:
    copy = tmp_path / project.name
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns("__pycache__", ".pytest_cache"))
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTEST_ADDOPTS", None)
    run = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider"],
                         cwd=copy, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert " passed" in run.stdout and "skipped" not in run.stdout


@pytest.mark.parametrize("project", PROJECTS, ids=_ids)
def test_the_benchmark_finds_every_public_function(project: Path) -> None:
    expected = _public_functions(project)
    assert sorted(spec.qualname for _, spec in real_projects.targets(project)) == sorted(expected)
    # No docstring examples: the benchmark measures what a model adds where there are none.
    assert not any(">>>" in (ast.get_docstring(node) or "") for node in expected.values())


@pytest.mark.parametrize("folder", HELDOUT_SETS, ids=lambda folder: folder.name)
def test_the_heldout_set_has_the_kinds_it_promises(folder: Path) -> None:
    projects = sorted(project for project in folder.iterdir() if project.is_dir())
    functions = {project.name: _public_functions(project) for project in projects}
    assert len(functions) == 3 and 25 <= sum(map(len, functions.values())) <= 30
    nodes = [node for found in functions.values() for node in found.values()]
    decorators = Counter(d.id for node in nodes for d in node.decorator_list if isinstance(d, ast.Name))
    assert {"classmethod", "staticmethod", "property"} <= set(decorators)
    assert sum(isinstance(node, ast.AsyncFunctionDef) for node in nodes) >= 3
    assert sum(ast.get_docstring(node) is None for node in nodes) >= 3
    assert any(_frozen_dataclasses(project) for project in projects)
    configs = {name: "".join(p.read_text() for p in (folder / name).glob("*.*") if p.suffix in (".toml", ".ini"))
               for name in functions}
    async_projects = [name for name, found in functions.items()
                      if any(isinstance(n, ast.AsyncFunctionDef) for n in found.values())]
    assert sorted('asyncio_mode = "auto"' in configs[name] for name in async_projects) == [False, True]


def test_projects_option_runs_the_benchmark_on_another_folder(tmp_path: Path) -> None:
    folder = tmp_path / "projects"
    shutil.copytree(HELDOUT / "ledger", folder / "ledger", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path / "out.json"
    run = subprocess.run(
        [sys.executable, str(BENCHMARKS / "real_projects.py"), "--projects", str(folder), "--systems", "docstring",
         "--only", "ledger/format_cents", "--json", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr
    rows = json.loads(out.read_text(encoding="utf-8"))
    assert {(row["project"], row["function"], row["mode"]) for row in rows} == {
        ("ledger", "format_cents", "validated"), ("ledger", "format_cents", "tdd")}


def test_a_recorded_run_replays_the_same_candidates_without_generating(tmp_path: Path) -> None:
    folder = tmp_path / "projects"
    shutil.copytree(DEV / "inventory", folder / "inventory",
                    ignore=shutil.ignore_patterns("__pycache__"))
    recorded, out = tmp_path / "candidates.json", tmp_path / "out.json"

    def run(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(BENCHMARKS / "real_projects.py"), "--projects", str(folder), "--systems",
             "characterize", "--modes", "validated", "--only", "inventory/parse_line", "--json", str(out), *extra],
            capture_output=True, text=True, timeout=300,
        )

    def rows(done: subprocess.CompletedProcess[str]) -> list[dict[str, object]]:
        assert done.returncode == 0, done.stderr
        found: list[dict[str, object]] = json.loads(out.read_text(encoding="utf-8"))
        return found

    first = rows(run("--record", str(recorded)))
    keys = set(json.loads(recorded.read_text(encoding="utf-8")))
    assert keys == {"inventory/parse_line|characterize|validated"}
    # What was proposed is kept, not what was pinned: a replay pins the values again.
    kept = json.loads(recorded.read_text(encoding="utf-8"))["inventory/parse_line|characterize|validated"]
    assert [name for name, _, _ in kept] == ["docstring"]
    replayed = rows(run("--replay", str(recorded)))
    assert [row["mode"] for row in first] == ["validated"]
    assert first[0]["inserted"] and replayed[0]["code"] == first[0]["code"]
    recorded.write_text("{}", encoding="utf-8")  # nothing recorded: said, not generated afresh
    failed = run("--replay", str(recorded))
    assert failed.returncode != 0 and "nothing was recorded for inventory/parse_line" in failed.stderr


def test_a_replay_gives_the_recorded_model_candidates_and_runs_deterministic_generators_again(
        tmp_path: Path) -> None:
    recorded = tmp_path / "candidates.json"
    old = CandidateTest("test_old", "def test_old():\n    assert f() == 1\n")
    entry = {"tests": [dataclasses.asdict(old)], "dropped": []}
    recorded.write_text(json.dumps({"p/f|model-context|tdd": [["docstring", False, entry], ["model", True, entry]]}),
                        encoding="utf-8")
    replaying = real_projects.Recordings(recorded, replaying=True)
    docstring, model = replaying.generators("p/f|model-context|tdd", [DocstringExamplesGenerator()])
    assert isinstance(docstring.inner, DocstringExamplesGenerator) and docstring.tests == []  # today's code
    assert model.inner is None and model.tests == [old]  # what the model proposed then


def test_tests_are_measured_as_inserted_into_the_existing_test_file(tmp_path: Path) -> None:
    # A test the file already has is not inserted again (as `suggest` does), so it is not counted.
    folder = tmp_path / "projects"
    shutil.copytree(DEV / "inventory", folder / "inventory", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path / "out.json"

    def run() -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, str(BENCHMARKS / "real_projects.py"), "--projects", str(folder), "--systems",
             "characterize", "--modes", "validated", "--only", "inventory/parse_line", "--json", str(out)],
            capture_output=True, text=True, timeout=300,
        )
        assert done.returncode == 0, done.stderr
        [row] = json.loads(out.read_text(encoding="utf-8"))
        return dict(row)

    first = run()
    assert first["inserted"] and first["passed"] == first["inserted"]
    (folder / "inventory/tests/test_report.py").write_text(str(first["code"]), encoding="utf-8")
    again = run()
    # What the file has is neither inserted nor counted; a test it lacks may take its place.
    had = existing_test_keys(str(first["code"]))
    assert not again["code"] or not had & existing_test_keys(str(again["code"]))
    assert again["passed"] <= again["inserted"] < int(str(first["inserted"])) + 1
