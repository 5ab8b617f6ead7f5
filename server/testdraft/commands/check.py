"""`testdraft check TEST_FILE [--target PATH::FUNC] [--format text|json]`.

Validates a test file (sandboxed run, coverage, mutation score) against one function and
prints the report. Exit status: 0 when every test passes or is pending, 1 when a test
fails or errors (or the file does not parse), 2 when the target cannot be found.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from testdraft.project.targets import TargetError, infer_target, target_for_source
from testdraft.validate.engine import ValidationOptions, ValidationTarget, validate_suite
from testdraft.validate.report import ValidationReport
from testdraft.validate.summary import summary_text, survivors_text

_ICONS = {"passed": "✓", "failed": "✗", "error": "!", "timeout": "T", "pending": "…",
          "flaky": "~", "skipped": "-"}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check", help="validate a test file: run it sandboxed, measure coverage and mutants",
        description=__doc__.split("\n\n")[1] if __doc__ else None)
    parser.add_argument("test_file", help="the pytest file to validate")
    parser.add_argument("--target", metavar="PATH::FUNC",
                        help="the function under test, e.g. src/pkg/mod.py::Class.method "
                             "(default: inferred from the test file's imports)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--no-mutation", action="store_true", help="skip mutation testing")
    parser.add_argument("--no-coverage", action="store_true", help="skip coverage")
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds per test")
    parser.add_argument("--flaky-reruns", type=int, default=0,
                        help="re-run each test N times to detect flaky outcomes")
    parser.set_defaults(handler=run)


def parse_target_option(value: str) -> ValidationTarget:
    path_text, sep, qualname = value.rpartition("::")
    if not sep or not path_text or not qualname:
        raise TargetError(f"--target must look like PATH::FUNC, got {value!r}")
    return target_for_source(Path(path_text), qualname)


def format_text(report: ValidationReport, test_file: str) -> str:
    out = [f"{test_file}: {summary_text(report)}"]
    if not report.syntax_ok and report.syntax_error is not None:
        out.append(f"  syntax error on line {report.syntax_error.line}: "
                   f"{report.syntax_error.message}")
    if report.collection_error:
        line = f" (line {report.collection_error_line})" if report.collection_error_line else ""
        out.append(f"  cannot run the module{line}: {report.collection_error}")
    for test in report.tests:
        detail = f": {test.message}" if test.message and test.status != "passed" else ""
        out.append(f"  {_ICONS.get(test.status, '?')} {test.id} (line {test.line}){detail}")
        for check in test.asserts:
            if check.status in ("failed", "error"):
                out.append(f"      line {check.line}: {check.message}")
    if report.coverage is not None and report.coverage.uncovered_lines:
        lines = ", ".join(str(n) for n in report.coverage.uncovered_lines)
        out.append(f"uncovered lines in {report.source_path}: {lines}")
    if report.mutation is not None:
        out.append(survivors_text(report))
    if report.reason:
        out.append(f"sandbox: {report.reason}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    test_path = Path(args.test_file)
    try:
        test_code = test_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"testdraft check: cannot read {args.test_file}: {exc}", file=sys.stderr)
        return 2
    try:
        target = parse_target_option(args.target) if args.target else infer_target(
            test_path, test_code)
    except TargetError as exc:
        print(f"testdraft check: {exc}", file=sys.stderr)
        return 2
    target = replace(target, test_dir=str(test_path.resolve().parent))
    options = ValidationOptions(test_timeout_s=args.timeout, mutation=not args.no_mutation,
                                coverage=not args.no_coverage, flaky_reruns=args.flaky_reruns)
    report = validate_suite(test_code, target, options, test_module=test_path.stem)
    if args.format == "json":
        data = report.to_json()
        data["target"] = {"module": target.module, "qualname": target.qualname,
                          "source_path": target.source_path}
        print(json.dumps(data, indent=2))
    else:
        print(format_text(report, os.path.relpath(test_path)))
    return 0 if report.ok else 1
