"""The `testdraft` command line: one thin shell over the same pipeline the server uses.

Each subcommand lives in `testdraft.commands.<name>` and exposes
`register(subparsers) -> None`, which adds its parser and sets `handler`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from testdraft import __version__

# Order here is the order in `--help`.
COMMAND_MODULES = (
    "testdraft.commands.suggest",
    "testdraft.commands.check",
    "testdraft.commands.eval",
    "testdraft.commands.model",
    "testdraft.commands.train",
    "testdraft.commands.serve",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="testdraft",
        description="Draft pytest tests from a function's signature and docstring, and validate them.",
    )
    parser.add_argument("--version", action="version", version=f"testdraft {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug output to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    # Logs go to stderr: stdout belongs to command output (and to JSON-RPC for `serve`).
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )
    result: int = args.handler(args)
    return result
