"""`testdraft eval --ui DIR`: CodeBLEU, locator resolution and browser pass rate per generator.

DIR holds one folder per case: `Component.jsx` (or .tsx), `testcase.md`, `expected_test.py`.
Figures go to stdout (this runs from the CLI, never inside the language server).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from testdraft.ui.evaluation.codebleu import code_bleu
from testdraft.ui.explore import EXPLORED
from testdraft.ui.fill_todos import DRAFTED
from testdraft.ui.generators import Complete, UiGeneratorUnavailable, ui_generator
from testdraft.ui.pipeline import UiInputError, generate_ui_test, validate_ui_test
from testdraft.ui.run import UiJob, run_ui_tests


@dataclass
class CaseResult:
    case: str
    generator: str
    codebleu: float | None = None
    locators: int = 0
    resolved: int = 0
    browser: str = "not run"
    message: str = ""
    repaired: list[str] = field(default_factory=list)  # "old -> new" locators the browser repaired
    todos: int = 0  # steps left as `# TODO` in the drafted test
    drafted: int = 0  # steps the model drafted into the mapper's test ("mapper+model")
    explored: int = 0  # TODO steps done on the live page (`ui.explore`)
    code: str = ""  # the drafted test, as it would be inserted


def corpus_cases(dataset_dir: Path) -> list[tuple[str, Path, Path | None]]:
    found = []
    for folder in sorted(p for p in dataset_dir.iterdir() if p.is_dir()):
        component = next(
            (
                folder / n
                for n in ("Component.jsx", "Component.tsx", "Component.js")
                if (folder / n).is_file()
            ),
            None,
        )
        if component is None:
            continue
        reference = folder / "expected_test.py"
        found.append((folder.name, component, reference if reference.is_file() else None))
    return found


def evaluate(
    dataset_dir: str,
    generators: Sequence[str],
    run_browser: bool = True,
    complete: Complete | None = None,
    repair: bool = True,
) -> list[CaseResult]:
    results: list[CaseResult] = []
    jobs: list[tuple[CaseResult, UiJob]] = []
    for generator in generators:
        for name, component, reference in corpus_cases(Path(dataset_dir)):
            result = CaseResult(name, generator)
            results.append(result)
            source = component.read_text(encoding="utf-8")
            try:
                suggestion = generate_ui_test(
                    str(component), source, generator=generator, complete=complete,
                    repair=None if repair and run_browser else False,  # None: when a browser is here
                )
            except UiInputError as exc:
                result.browser, result.message = "not generated", str(exc)
                continue
            result.code = suggestion.code
            result.todos = sum(1 for line in suggestion.code.splitlines() if line.lstrip().startswith("# TODO"))
            result.drafted = suggestion.code.count(DRAFTED)
            result.explored = sum(1 for issue in suggestion.issues if issue.message.startswith(EXPLORED))
            if reference is not None:
                result.codebleu = code_bleu(suggestion.code, reference.read_text("utf-8")).score
            validation = validate_ui_test(suggestion.code, str(component), source, False)
            result.locators = len(validation.locators)
            result.resolved = validation.locators_resolved
            if not validation.syntax_ok:
                result.browser, result.message = "syntax error", validation.issues[0].message
            elif suggestion.run is not None:  # the repair loop ran the (repaired) test already
                result.browser, result.message = suggestion.run.outcome, suggestion.run.message
                result.repaired = [f"{r.old} -> {r.new}" for r in suggestion.repairs]
            elif run_browser:
                jobs.append((result, UiJob(str(component), suggestion.code)))
    if jobs:  # one bundle per component and one pytest run for all
        for (result, _), run in zip(jobs, run_ui_tests([j for _, j in jobs]), strict=True):
            result.browser, result.message = run.outcome, run.message
    return results


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "  n/a"


@dataclass(frozen=True)
class Summary:
    generator: str
    cases: int
    codebleu: float | None  # mean over cases with a reference, in percent
    locators: int
    locators_resolved: int
    browser_runs: int
    browser_passed: int
    browser_skipped: str  # why no browser run happened ("" when runs happened or none asked)
    todos: int = 0
    drafted: int = 0
    explored: int = 0


def summary(results: list[CaseResult], generator: str) -> Summary:
    mine = [r for r in results if r.generator == generator]
    scores = [r.codebleu for r in mine if r.codebleu is not None]
    ran = [r for r in mine if r.browser in ("passed", "failed", "error")]
    skipped = next((r.message for r in mine if r.browser == "unavailable"), "")
    return Summary(
        generator=generator,
        cases=len(mine),
        codebleu=100 * sum(scores) / len(scores) if scores else None,
        locators=sum(r.locators for r in mine),
        locators_resolved=sum(r.resolved for r in mine),
        browser_runs=len(ran),
        browser_passed=sum(1 for r in ran if r.browser == "passed"),
        browser_skipped=skipped,
        todos=sum(r.todos for r in mine),
        drafted=sum(r.drafted for r in mine),
        explored=sum(r.explored for r in mine),
    )


def run_ui_eval(
    dataset_dir: str,
    generators: Sequence[str],
    output_format: str = "text",
    run_browser: bool = True,
    complete: Complete | None = None,
    repair: bool = True,
) -> int:
    """Print per-case and overall figures; 0 on success, 2 on bad input (no cases, a generator
    that cannot run here)."""
    if not Path(dataset_dir).is_dir() or not corpus_cases(Path(dataset_dir)):
        print(f"error: {dataset_dir} has no case folders with a Component.jsx", file=sys.stderr)
        return 2
    try:
        for name in generators:
            ui_generator(name, complete)
    except UiGeneratorUnavailable as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    results = evaluate(dataset_dir, generators, run_browser, complete, repair)
    summaries = [summary(results, g) for g in generators]
    if output_format == "json":
        print(json.dumps({"cases": [asdict(r) for r in results], "overall": [asdict(s) for s in summaries]},
                         indent=2))
        return 0
    print(f"{'case':40} {'generator':9} {'CodeBLEU':>8} {'locators':>9} browser")
    for r in results:
        bleu = f"{100 * r.codebleu:8.1f}" if r.codebleu is not None else "     n/a"
        note = f"  ({r.message[:100]})" if r.browser not in ("passed", "unavailable") and r.message else ""
        fixed = f"  [repaired: {'; '.join(r.repaired)}]" if r.repaired else ""
        print(f"{r.case:40} {r.generator:9} {bleu} {r.resolved:>4}/{r.locators:<4} {r.browser}{note}{fixed}")
    for s in summaries:
        bleu = f"{s.codebleu:.1f}" if s.codebleu is not None else "n/a"
        browser = (f"browser passed {_share(s.browser_passed, s.browser_runs)} "
                   f"({s.browser_passed}/{s.browser_runs})")
        if s.browser_skipped:
            browser = f"browser not run: {s.browser_skipped}"
        elif not run_browser:
            browser = "browser not run (--no-browser)"
        print(
            f"overall {s.generator}: {s.cases} cases, CodeBLEU {bleu}, locators resolved "
            f"{_share(s.locators_resolved, s.locators)} ({s.locators_resolved}/{s.locators}), {browser}, "
            f"TODOs left {s.todos}" + (f", steps drafted by the model {s.drafted}" if s.drafted else "")
        )
    return 0
