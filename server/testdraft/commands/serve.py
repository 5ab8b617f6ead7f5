"""`testdraft serve`: run the language server over stdio."""

from __future__ import annotations

import argparse
import logging
import sys


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="run the language server (stdio)",
        description="Run the testdraft language server, speaking LSP over stdin/stdout.",
    )
    parser.add_argument("--stdio", action="store_true", help="accepted for clients that pass it; stdio is the default")
    parser.add_argument("--log-file", help="also write the server log to this file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from testdraft.lsp.server import create_server

    if args.log_file:
        handler = logging.FileHandler(args.log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logging.getLogger().addHandler(handler)
        logging.getLogger().setLevel(logging.DEBUG if args.verbose else logging.INFO)
    # stdout carries JSON-RPC: keep the real stream for pygls and send stray prints to stderr.
    rpc_out = sys.stdout.buffer
    sys.stdout = sys.stderr
    # Ends the process itself: 0 after `shutdown` + `exit`, 1 otherwise (the LSP specification).
    create_server().start_io(stdin=sys.stdin.buffer, stdout=rpc_out)
