"""`python -m testdraft.evaluation ...` is `testdraft eval ...` (same parser, same handler)."""

from __future__ import annotations

import argparse
import logging
import sys

from testdraft.commands import eval as eval_command


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m testdraft.evaluation")
    eval_command.register(parser.add_subparsers(dest="command", required=True))
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    arguments = sys.argv[1:] if argv is None else argv
    args = parser.parse_args(["eval", *arguments])
    args.command_line = eval_command.command_line(["python", "-m", "testdraft.evaluation"], list(arguments))
    result: int = args.handler(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
