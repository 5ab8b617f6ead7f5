"""Tests for real projects: the small projects in benchmarks/projects/, function by function.

    flock /tmp/testdraft-model.lock env PYTHONPATH=server \\
        python benchmarks/real_projects.py [--systems docstring,model-plain,model-context] [--json out.json]

`--projects DIR` runs on another folder of projects instead: benchmarks/projects-dev2/ to
benchmarks/projects-dev6/ are more development sets (written blind, open to tuning after their
first runs); benchmarks/projects-heldout/ and
benchmarks/projects-heldout2/ are the held-out sets, never used to tune anything (their READMEs
say who may read them).

Every public function and method of each project (none has docstring examples) gets tests
from each system, in validated mode (model candidates ranked by running the implementation)
and in TDD mode (ranked by votes, nothing executed), through the pipeline's own request
(`pipeline.suggest_tests`: context, choice, invariants, stub check). The chosen tests are written to a fresh
test file in a copy of the project and run with pytest. Per function: was a runnable
non-skipped test inserted, did at least one pass, coverage and mutation score of the passing
tests (the sandbox), whether a test used one of the project's conftest fixtures, and whether
any inserted test names something that does not exist. A function succeeds when at least
one inserted test passes and kills at least one mutant (non-vacuous; for a function without
mutants, covering it is enough).

Systems: `docstring` (docstring examples; the skeleton where there are none), `characterize`
(`--mode characterize` without a model: boundary inputs, values from the implementation;
nothing in TDD mode, by design), `model-plain`
(the default model with the signature and docstring only, as before issue 16) and
`model-context` (the default model with the project context) and `model-characterize`
(`--mode characterize` with the model: boundary inputs and the model's tests propose the
calls, the implementation gives the values; the tests are labelled characterization tests).
When the two modes sample
alike (`--temperature` equal to `--validated-temperature`), TDD mode reuses the candidates of
the validated-mode prompt and only the choice differs; otherwise (the editor's defaults:
0.2 without an implementation, 0.8 with one) each mode samples its own.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import json
import logging
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "server")]

from testdraft.evaluation.generators import Recorded  # noqa: E402
from testdraft.generate.base import Adjusted, Generator, ImportTarget  # noqa: E402
from testdraft.generate.characterize import characterization_generators  # noqa: E402
from testdraft.generate.docstring_examples import DocstringExamplesGenerator  # noqa: E402
from testdraft.generate.names import unknown_class_attributes, unknown_names  # noqa: E402
from testdraft.model.parse_output import wrong_calls  # noqa: E402
from testdraft.parsing.languages import parse_python  # noqa: E402
from testdraft.pipeline import Suggestion, suggest_tests  # noqa: E402
from testdraft.render.module import merge_tests  # noqa: E402
from testdraft.settings_schema import default  # noqa: E402
from testdraft.spec.extract import extract_spec, iter_functions  # noqa: E402
from testdraft.spec.model import FunctionSpec  # noqa: E402
from testdraft.validate.engine import ValidationOptions, validate_suite  # noqa: E402
from testdraft.validate.target import ValidationTarget  # noqa: E402

PROJECTS = ROOT / "benchmarks" / "projects"
SYSTEMS = ("docstring", "characterize", "model-plain", "model-context", "model-characterize")
CHARACTERIZING = ("characterize", "model-characterize")
MODES = ("validated", "tdd")
MEASURE = ValidationOptions(test_timeout_s=3.0, suite_timeout_s=60.0)


@dataclass
class Outcome:
    project: str
    function: str
    system: str
    mode: str
    inserted: int = 0  # non-skipped tests inserted
    passed: int = 0  # ... of which pass under pytest
    coverage: float = 0.0  # of the passing tests, over the function body
    mutation: float = 0.0
    killed: int = 0
    mutants: int = 0  # mutants of the function that compiled and ran
    fixtures: tuple[str, ...] = ()  # conftest fixtures the inserted tests ask for
    # names and attributes inserted tests use that nothing defines; calls of the function its signature refuses
    unknown: tuple[str, ...] = ()
    seconds: float = 0.0
    dropped: tuple[str, ...] = ()  # every candidate left out, and why (the suggestion's notes)
    notes: tuple[str, ...] = ()  # generators that failed, and why
    code: str = ""  # the inserted tests

    @property
    def success(self) -> bool:
        # Non-vacuous: kills a mutant, or covers a function that has none to kill.
        return self.passed > 0 and (self.killed > 0 or (self.mutants == 0 and self.coverage > 0))


def targets(project: Path) -> list[tuple[Path, FunctionSpec]]:
    """Public functions and methods with a body, in every module of the project's package."""
    found: list[tuple[Path, FunctionSpec]] = []
    for path in sorted(project.glob("*/*.py")):
        if path.parent.name == "tests":
            continue
        tree = parse_python(path.read_bytes())
        for node in iter_functions(tree):
            spec = extract_spec(node)
            parts = spec.qualname.split(".")
            if any(part.startswith("_") or part == "<locals>" for part in parts) or not spec.is_implemented:
                continue
            if len(parts) > 2 or spec.examples:
                continue
            if any(decorator.endswith((".setter", ".deleter")) for decorator in spec.decorators):
                continue  # the property's other half: one target, its getter, by its name
            found.append((path, spec))
    return found


class WithoutContext(Adjusted):
    """The generator never sees the project context (the prompt as it was before issue 16)."""

    def adjust(self, spec: FunctionSpec, target: ImportTarget) -> tuple[FunctionSpec, ImportTarget]:
        return spec, replace(target, context=None)


class Recordings:
    """Each system's candidates per function and mode, kept (`--record FILE`) and given again
    instead of generating (`--replay FILE`): a change to the choice (votes, ranking) is then
    measured on the same candidates, without the model (the deterministic generators run
    again, with today's code). A replay has no repair round (rewrites are not recorded): it is
    exact where the recorded run sent nothing back, which its notes say ("repair round")."""

    def __init__(self, path: Path | None = None, replaying: bool = False) -> None:
        self.path, self.replaying = path, replaying
        self.entries: dict[str, list[tuple[str, bool, object]]] = (
            json.loads(path.read_text(encoding="utf-8")) if replaying and path is not None else {})

    def missing(self, key: str) -> bool:
        """A replay has nothing recorded under `key` (`PROJECT/FUNCTION|SYSTEM`, any mode): a
        function `--only` matches that the recorded run did not."""
        return self.replaying and not any(entry.startswith(f"{key}|") for entry in self.entries)

    def generators(self, key: str, generators: Sequence[Generator]) -> list[Recorded]:
        """Recorders around `generators`; in a replay, the recorded ones, except that a
        deterministic generator among `generators` runs again (today's code, not the record's)."""
        live = {g.name: Recorded(g.name, g.sampled, inner=g) for g in generators}
        if not self.replaying:
            return list(live.values())
        if key not in self.entries:
            raise SystemExit(f"--replay: nothing was recorded for {key}")
        replayed = [live[name] if name in live and not sampled else Recorded.from_json(name, sampled, data)
                    for name, sampled, data in self.entries[key]]
        return [recorder for recorder in replayed if recorder is not None]

    def keep(self, key: str, recorders: Sequence[Recorded]) -> None:
        if self.path is None or self.replaying:
            return
        self.entries[key] = [(r.name, r.sampled, r.to_json()) for r in recorders]
        self.path.write_text(json.dumps(self.entries), encoding="utf-8")


def tests_for(
    source_path: Path, spec: FunctionSpec, generators: Sequence[Generator], use_context: bool, shared: bool,
    modes: Sequence[str] = MODES, recordings: Recordings | None = None, key: str = "",
    characterizing: bool = False,
) -> tuple[ImportTarget, Path, dict[str, Suggestion]]:
    """What `testdraft suggest` inserts, per mode: the pipeline's own request (context,
    choice, invariants, stub check), with the function seen as not implemented in TDD mode.
    `shared`: the generators run once (validated mode) and TDD mode replays their candidates,
    so only the choice differs; else each mode generates its own. `characterizing`: the
    request of `--mode characterize` (what is recorded is what the generators proposed, so a
    replay pins the values again with today's code)."""
    recordings = recordings or Recordings()
    if not use_context:
        generators = [WithoutContext(generator) for generator in generators]
    chosen: dict[str, Suggestion] = {}
    suggestion = None
    replays: list[Recorded] = []
    for mode in modes:  # validated first: TDD replays what it recorded
        mode_spec = spec if mode == "validated" else replace(spec, is_implemented=False)
        recorders = replays or recordings.generators(f"{key}|{mode}", generators)
        requested = characterization_generators(recorders) if characterizing else recorders
        suggestion = suggest_tests(source_path, mode_spec, requested)
        recordings.keep(f"{key}|{mode}", recorders)
        chosen[mode] = suggestion
        if shared:
            replays = [r.replay() for r in recorders]
    assert suggestion is not None
    return suggestion.target, suggestion.test_file, chosen


def _show_dropped(label: str, suggestion: Suggestion) -> None:
    """What the pipeline left out, and why: to see what the model wrote before the gates."""
    for dropped in suggestion.dropped:
        print(f"=== {label}: {dropped.note}", file=sys.stderr)
        if dropped.code:
            print(dropped.code, file=sys.stderr)


def measure(project_copy: Path, source_path: Path, spec: FunctionSpec, target: ImportTarget, test_file: Path,
            suggestion: Suggestion, outcome: Outcome) -> None:
    outcome.dropped = tuple(item.note for item in suggestion.dropped)
    outcome.notes = tuple(suggestion.notes)
    real = [test for test in suggestion.chosen if not test.is_placeholder]
    # Run as `suggest` inserts them: merged into the existing test file (a test it already has is
    # not inserted again; its helpers, imports and fixtures are in scope); only the inserted tests run.
    merged_into = target.context.merged_into if target.context is not None else None
    existing = test_file.read_text(encoding="utf-8") if test_file.is_file() else ""
    edit = merge_tests(existing, real, subject=spec.qualname)
    outcome.inserted = len(edit.test_names)
    if not edit.test_names:
        return
    module = merge_tests("", real, subject=spec.qualname).new_text
    outcome.code = module
    bench_file = test_file.parent / "test_zz_bench.py"
    bench_file.write_text(edit.new_text, encoding="utf-8")
    try:
        passing = _pytest_passing(project_copy, bench_file, edit.test_names)
    finally:
        bench_file.unlink()
    inserted_as = dict(zip(edit.test_names, [t.name for t in real if t.name not in edit.skipped_duplicates],
                           strict=False))
    kept = [test for test in real if test.name in {inserted_as.get(name) for name in passing}]
    outcome.passed = len(kept)
    imports = [line for test in real for line in test.imports]
    tree = ast.parse(module)
    unknown: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            unknown += [name for name in unknown_names(node, imports) if target.context is None
                        or name not in target.context.test_file_names]  # bound in the file it goes into
            # ... and attributes the project's classes lack (`item.discounted()` on a dataclass)
            unknown += unknown_class_attributes(node, target.context.class_members if target.context else ())
            unknown += [wrong for wrong in wrong_calls(node, spec, target) if wrong]
            fixture_names = target.context.fixture_names if target.context is not None else _conftest_names(test_file)
            outcome.fixtures += tuple(a.arg for a in node.args.args if a.arg in fixture_names)
    outcome.unknown = tuple(dict.fromkeys(unknown))
    if not kept:
        return
    validation = ValidationTarget(target.module, spec.qualname, target.sys_path_root, str(source_path),
                                  test_dir=str(test_file.parent), merged_into=merged_into)
    report = validate_suite(merge_tests("", kept, subject=spec.qualname).new_text, validation, MEASURE)
    if report.coverage is not None:
        outcome.coverage = report.coverage.line_rate
    if report.mutation is not None:
        outcome.mutation = report.mutation.score
        outcome.killed = report.mutation.killed
        outcome.mutants = report.mutation.total


def _conftest_names(test_file: Path) -> frozenset[str]:
    conftest = test_file.parent / "conftest.py"
    text = conftest.read_text(encoding="utf-8") if conftest.is_file() else ""
    return frozenset(re.findall(r"@pytest\.fixture[^\n]*\ndef (\w+)", text))


def _pytest_passing(project: Path, test_file: Path, names: Sequence[str]) -> set[str]:
    """Which of the tests `names` in `test_file` pass under pytest in `project`."""
    if not names:
        return set()
    relative = test_file.relative_to(project)
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "junit.xml"
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}",
             *(f"{relative}::{name}" for name in names)],
            cwd=project, capture_output=True, text=True, timeout=120,
        )
        if not report.is_file():
            return set()
        passing: set[str] = set()
        for case in ElementTree.parse(report).getroot().iter("testcase"):
            if not any(child.tag in ("failure", "error", "skipped") for child in case):
                passing.add(case.get("name", "").split("[")[0])
        return passing & set(names)


def generators_for(system: str, model_generator: Generator | None) -> list[Generator]:
    """The generators a system's request starts from (`CHARACTERIZING` systems then ask
    `--mode characterize`'s question of them: boundary inputs, values from the implementation)."""
    if system in ("docstring", "characterize") or model_generator is None:  # None: a replay gives the model's
        return [DocstringExamplesGenerator()]
    return [DocstringExamplesGenerator(), model_generator]


def load_model(candidates: int, threads: int, max_new_tokens: int, adapter: Path | None,
               temperature: float, validated_temperature: float, implementation_drafts: int) -> Generator:
    from testdraft.model.service import ModelService
    from testdraft.model.settings import AdapterSettings, ModelSettings

    service = ModelService()
    # --adapter replaces the shipped default adapter (when there is one), as in the editor's setting.
    adapters = (AdapterSettings(path=str(adapter)),) if adapter else ()
    service.load_now(ModelSettings(num_candidates=candidates, threads=threads, temperature=temperature,
                                   validated_temperature=validated_temperature, seed=0,
                                   max_new_tokens=max_new_tokens, adapters=adapters,
                                   implementation_drafts=implementation_drafts))
    generator: Generator = service.generator()
    return generator


def summary(outcomes: list[Outcome]) -> list[str]:
    lines = ["| system | mode | functions | test inserted | >=1 passing | success (passing, non-vacuous) "
             "| coverage | mutation | reused fixtures | unknown names |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for system in dict.fromkeys(o.system for o in outcomes):
        for mode in MODES:
            rows = [o for o in outcomes if o.system == system and o.mode == mode]
            if not rows:
                continue
            n = len(rows)

            def pct(count: int, total: int = n) -> str:
                return f"{count}/{total} ({100 * count / total:.0f}%)"

            lines.append(
                f"| {system} | {mode} | {n} | {pct(sum(o.inserted > 0 for o in rows))} "
                f"| {pct(sum(o.passed > 0 for o in rows))} | {pct(sum(o.success for o in rows))} "
                f"| {100 * statistics.mean(o.coverage for o in rows):.1f} "
                f"| {100 * statistics.mean(o.mutation for o in rows):.1f} "
                f"| {pct(sum(bool(o.fixtures) for o in rows))} | {sum(len(o.unknown) for o in rows)} |"
            )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=Path, default=PROJECTS,
                        help="folder whose subfolders are the projects (default: benchmarks/projects)")
    parser.add_argument("--systems", default=",".join(SYSTEMS))
    parser.add_argument("--only", default="", help="substring of PROJECT/FUNCTION to keep (several: comma-separated)")
    parser.add_argument("--modes", default=",".join(MODES), help="validated,tdd (default: both)")
    parser.add_argument("--candidates", type=int, default=2)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--max-new-tokens", type=int, default=192)
    parser.add_argument("--adapter", type=Path, help="a LoRA adapter folder on the default model")
    parser.add_argument("--temperature", type=float, default=default("model.temperature", float),
                        help="sampling temperature in TDD mode (default: the editor's)")
    parser.add_argument("--validated-temperature", type=float, default=default("model.validatedTemperature", float),
                        help="sampling temperature in validated mode (default: the editor's)")
    parser.add_argument("--implementation-drafts", type=int, default=default("model.implementationDrafts", int),
                        help="TDD: bodies the model drafts to run its tests on (the editor's setting)")
    parser.add_argument("--json", type=Path, help="write every outcome here (after each function)")
    candidates = parser.add_mutually_exclusive_group()
    candidates.add_argument("--record", type=Path, help="keep every system's candidates here (JSON)")
    candidates.add_argument("--replay", type=Path,
                            help="give the candidates a --record run kept instead of generating (no model)")
    parser.add_argument("--show-dropped", action="store_true",
                        help="print every dropped candidate's reason and code to stderr (development sets only)")
    parser.add_argument("--summary", type=Path, help="only print the table of a --json file (a partial run too)")
    args = parser.parse_args()
    if args.summary:
        rows = json.loads(args.summary.read_text(encoding="utf-8"))
        print("\n".join(summary([Outcome(**{"mutants": 0, **row, "fixtures": tuple(row["fixtures"]),
                                                 "unknown": tuple(row["unknown"])}) for row in rows])))
        return 0
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    systems = args.systems.split(",")
    modes = [mode for mode in MODES if mode in args.modes.split(",")]
    uses_model = any(s.startswith("model") for s in systems) and not args.replay
    recordings = Recordings(args.replay, replaying=True) if args.replay else Recordings(args.record)
    model = (load_model(args.candidates, args.threads, args.max_new_tokens, args.adapter, args.temperature,
                        args.validated_temperature, args.implementation_drafts) if uses_model else None)
    # One generation serves both modes only when they sample alike; else each mode samples its own.
    same_sampling = args.temperature == args.validated_temperature
    outcomes: list[Outcome] = []
    skipped: list[str] = []  # replayed: matched by `--only`, not recorded
    with tempfile.TemporaryDirectory() as scratch:
        per_project = []
        for project in sorted(p for p in args.projects.iterdir() if p.is_dir()):
            copy = Path(scratch) / project.name
            shutil.copytree(project, copy)
            per_project.append([(project, copy, path, spec) for path, spec in targets(copy)])
        # Round robin over the projects: a run stopped early still covers each of them.
        queue = [entry for row in itertools.zip_longest(*per_project) for entry in row if entry is not None]
        for project, copy, source_path, spec in queue:
            label = f"{project.name}/{spec.qualname}"
            if not any(part in label for part in args.only.split(",")):
                continue
            for system in systems:
                if recordings.missing(f"{label}|{system}"):  # `--only` is a substring: it may match more
                    print(f"{label:32} {system:14} not in the recording: skipped", flush=True)
                    skipped.append(f"{label}|{system}")
                    continue
                started = time.perf_counter()
                target, test_file, chosen = tests_for(
                    source_path, spec, generators_for(system, None if args.replay else model), system != "model-plain",
                    shared=system.startswith("model") and same_sampling, modes=modes,
                    recordings=recordings, key=f"{label}|{system}", characterizing=system in CHARACTERIZING)
                seconds = time.perf_counter() - started
                for mode in modes:
                    outcome = Outcome(project.name, spec.qualname, system, mode, seconds=round(seconds, 1))
                    measure(copy, source_path, spec, target, test_file, chosen[mode], outcome)
                    if args.show_dropped:
                        _show_dropped(f"{label} {system} {mode}", chosen[mode])
                    outcomes.append(outcome)
                    if args.json:
                        args.json.write_text(json.dumps([vars(o) for o in outcomes], indent=1), encoding="utf-8")
                    print(f"{label:32} {system:14} {mode:9} inserted={outcome.inserted} "
                          f"passed={outcome.passed} cov={outcome.coverage:.2f} mut={outcome.mutation:.2f} "
                          f"fixtures={list(outcome.fixtures)} unknown={list(outcome.unknown)} {seconds:.1f}s",
                          flush=True)
    if skipped and not outcomes:
        raise SystemExit(f"--replay: nothing was recorded for {', '.join(skipped)}")
    print("\n".join(summary(outcomes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
