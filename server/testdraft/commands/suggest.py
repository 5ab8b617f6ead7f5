"""`testdraft suggest PATH::FUNC`: print (or write) the test module the code action would produce."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from testdraft.commands.model import add_model_options, settings_from_args
from testdraft.generate.base import Generator
from testdraft.generate.characterize import characterization_generators, nothing_to_characterize
from testdraft.generate.registry import GENERATOR_NAMES, build_generators
from testdraft.model.settings import ModelSettings, ModelSettingsError
from testdraft.pipeline import SuggestError, read_source, spec_named, suggest_file


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "suggest",
        help="suggest pytest tests for one function",
        description="Suggest pytest tests for a function, from its signature and docstring.",
    )
    parser.add_argument(
        "target", metavar="PATH::FUNC", help="source file and function, e.g. src/pkg/mod.py::Class.method"
    )
    parser.add_argument("--write", action="store_true", help="write the test file instead of printing it")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument(
        "--generator",
        choices=GENERATOR_NAMES,
        default="docstring",
        help="docstring (default, no model): its examples, and hypothesis tests of the properties it states "
        "(sorted, idempotent, round trip, ...); properties: those alone; model: the local model only; "
        "combined: all of them",
    )
    parser.add_argument(
        "--mode",
        choices=("spec", "characterize"),
        default="spec",
        help="spec (default): tests state what the signature and docstring promise; characterize: "
        "inputs are proposed (boundary values, the model's tests) and the expected values are what "
        "the implementation returns when run in the sandbox, labelled as characterization tests",
    )
    add_model_options(parser.add_argument_group("model (with --generator model|combined)"))
    parser.add_argument("--no-rank", action="store_true", help="keep model candidates without validating them")
    parser.set_defaults(handler=run)


def generators_for(args: argparse.Namespace) -> list[Generator]:
    """The generators `--generator` names; loading the model here may take a while."""
    chosen = build_generators((args.generator,), model=lambda: _model(settings_from_args(args)))
    return characterization_generators(chosen) if args.mode == "characterize" else chosen


def _model(settings: ModelSettings) -> Generator:
    from testdraft.model.errors import ModelError
    from testdraft.model.generator import load_model_generator

    try:
        return load_model_generator(settings)
    except ModelError as error:
        raise SuggestError(f"model: {error}") from error


def split_target(target: str) -> tuple[Path, str]:
    path, separator, name = target.partition("::")
    if not separator or not name:
        raise SuggestError(f"expected PATH::FUNC, got {target!r}")
    return Path(path), name


def run(args: argparse.Namespace) -> int:
    try:
        path, name = split_target(args.target)
        if args.mode == "characterize" and not spec_named(read_source(path), name).is_implemented:
            raise SuggestError(nothing_to_characterize(name))
        suggestion = suggest_file(path, name, generators_for(args), rank=not args.no_rank)
    except (SuggestError, ModelSettingsError) as error:
        print(f"testdraft: {error}", file=sys.stderr)
        return 2
    if args.write:
        try:
            suggestion.test_file.parent.mkdir(parents=True, exist_ok=True)
            suggestion.test_file.write_text(suggestion.code, encoding="utf-8")
        except OSError as error:
            print(f"testdraft: cannot write {suggestion.test_file}: {error.strerror}", file=sys.stderr)
            return 2
    if args.format == "json":
        print(json.dumps(suggestion.to_json(), indent=2))
    elif args.write:
        print(f"wrote {len(suggestion.edit.test_names)} test(s) to {suggestion.test_file}")
    else:
        print(suggestion.code, end="")
    for note in suggestion.notes:
        print(f"note: {note}", file=sys.stderr)
    for dropped in suggestion.dropped:
        print(f"note: {dropped.note}", file=sys.stderr)
    return 0
