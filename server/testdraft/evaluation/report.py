"""The evaluation as a markdown report (paper beside ours, settings, error types) or JSON."""

from __future__ import annotations

import json

from testdraft.evaluation.harness import Evaluation, Mode, SystemScore
from testdraft.evaluation.metrics import PASSED
from testdraft.evaluation.settings import Setting

MODE_TITLES = {
    Mode.TDD: "TDD mode (tests written from the prompt only, as the paper scores)",
    Mode.VALIDATED: "Validated mode (the pipeline ran the model's candidates on the solution to rank them)",
}


def to_json(evaluation: Evaluation) -> str:
    return json.dumps(evaluation.to_dict(), indent=2)


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    return [_row(header), _row(["---"] * len(header)), *(_row(r) for r in rows)]


def paper_comparison(evaluation: Evaluation) -> list[str]:
    anchored = [s for s in evaluation.systems if s.paper and Setting.RAW in s.summaries]
    if not anchored:
        return []
    rows = []
    for score in anchored:
        assert score.paper is not None
        ours = score.summaries[Setting.RAW]
        row = [score.label]
        for paper, mine in (
            (score.paper.passing, ours.passing),
            (score.paper.coverage, ours.coverage),
            (score.paper.mutation, ours.mutation),
            (score.paper.test_quality, ours.test_quality),
        ):
            row += [f"{paper:.2f}", f"{mine:.2f}", f"{mine - paper:+.2f}"]
        rows.append(row)
    header = ["system"]
    for metric in ("passing", "coverage", "mutation", "TestQuality"):
        header += [f"{metric} paper", "ours", "diff"]
    notes = list(dict.fromkeys(
        f"- {s.paper.system}: the paper's figure is the {s.paper.note}."
        for s in anchored
        if s.paper and s.paper.note
    ))
    return [
        "## Paper vs this harness (HumanEval, setting Raw)",
        "",
        *_table(header, rows),
        "",
        *notes,
        "",
    ]


def settings_table(scores: list[SystemScore]) -> list[str]:
    header = ["system", "setting", "syntax", "passing", "coverage", "solution cov.",
              "mutation", "TestQuality", "asserts held"]
    rows = [
        [
            score.label,
            setting.label,
            *(f"{v:.2f}" for v in (s.syntax, s.passing, s.coverage, s.solution_coverage,
                                    s.mutation, s.test_quality, s.asserts_passed)),
        ]
        for score in scores
        for setting, s in score.summaries.items()
    ]
    return _table(header, rows)


def errors_table(scores: list[SystemScore]) -> list[str]:
    names = sorted(
        {e for score in scores for s in score.summaries.values() for e in s.errors} - {PASSED}
    )
    header = ["system", "setting", "passed", *names]
    rows = [
        [
            score.label,
            setting.label,
            *(f"{s.errors.get(name, 0.0):.2f}" for name in [PASSED, *names]),
        ]
        for score in scores
        for setting, s in score.summaries.items()
    ]
    return _table(header, rows)


REPAIRS = {
    "description": "the `prompt` column became the docstring",
    "code": "the `code` column is the reference (prompt + solution did not parse)",
}


def _repairs(evaluation: Evaluation) -> list[str]:
    if not evaluation.repaired:
        return []
    parts = "; ".join(f"{count}: {REPAIRS.get(kind, kind)}" for kind, count in sorted(evaluation.repaired.items()))
    return [f"Dataset rows repaired on loading: {evaluation.repaired_rows} ({parts}).", ""]


def to_markdown(
    evaluation: Evaluation, chart: str | None = None, command: str | None = None
) -> str:
    lines = [
        f"# Test generation on {evaluation.dataset} ({evaluation.problems} problems)",
        "",
        *([f"Regenerate with `{command}`", ""] if command else []),
        f"Scored in {evaluation.seconds:.1f} s with {evaluation.jobs} workers"
        + (f" (plus {evaluation.generation_seconds:.1f} s generating and validating candidates)"
           if evaluation.generation_seconds >= 0.05 else "")
        + f"; {evaluation.runs} runs, {evaluation.cached} answered from the cache or an "
        "identical earlier run.",
        "",
        *_repairs(evaluation),
        *paper_comparison(evaluation),
    ]
    if chart:
        lines += [f"![ours vs the paper's anchors]({chart})", ""]
    for mode in Mode:
        scores = [s for s in evaluation.systems if s.mode is mode]
        if not scores:
            continue
        lines += [
            f"## {MODE_TITLES[mode]}",
            "",
            *settings_table(scores),
            "",
            "Error types (% of problems; the first failure of each problem):",
            "",
            *errors_table(scores),
            "",
            *sampled_answers(scores),
        ]
    return "\n".join([*lines, *HOW_MEASURED])


def sampled_answers(scores: list[SystemScore]) -> list[str]:
    """What each sampled generator wrote before ranking kept the scored block."""
    lines = [f"- {score.name}: {score.sampled.describe()}" for score in scores if score.sampled]
    return ["The model's answers before ranking (each sampled candidate, as parsed):", "", *lines, ""] if lines else []


HOW_MEASURED = [
    "## How this is measured",
    "",
    "- Settings (PyTester's): Raw runs every assert that names the function (at most 10, "
    "split on `assert `, as PyTester splits); 3-test and 5-test cut the generated text after "
    "its first 3 or 5 asserts; Filtered drops the asserts that do not parse.",
    "- syntax: the prompt plus the generated text parses. passing: every assert holds on "
    "the reference solution (prompt + solution); the error columns give the first "
    "failure's exception type (NoAssertions: nothing to run, which PyTester reports as "
    "RuntimeError; ReferenceSyntaxError: the dataset's own solution does not parse).",
    "- coverage: PyTester's convention, line coverage of the whole test script (its fixed "
    "imports, prompt, solution and asserts), truncated to an integer per problem. "
    "solution cov.: line coverage of the function under test alone.",
    "- mutation: mutants of the function under test killed, with the validation engine's "
    "MutPy-style operators (PyTester ran MutPy over the whole module).",
    "- TestQuality: harmonic mean of the coverage and mutation columns. Problems whose "
    "asserts fail count 0 for coverage and mutation, as in PyTester.",
    "- Our generators are scored on what `testdraft suggest` prints: each problem is a module "
    "in a throw-away project and `pipeline.suggest_file` (the function the CLI calls) drafts "
    "its test module; the scored asserts are that module's (parametrize rows expanded, "
    "skipped skeletons left out), one candidate per problem. TDD mode: the module is the "
    "prompt alone, so the model's candidates are voted on (as in the editor before the body "
    "exists). Validated mode: the module is prompt + solution, so the model's candidates run "
    "on it and are ranked by coverage and mutants; the docstring's tests are the spec and "
    "stay either way, as in the editor. Generators see only the prompt in both modes. The "
    "two are never mixed in one table.",
    "",
]
