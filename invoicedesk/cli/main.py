"""Entry point of the ``invoicedesk`` command.

Each module in :mod:`invoicedesk.cli.commands` adds its subcommands through
``register(subparsers, common)``; each handler gets the parsed arguments and returns an exit
status. Every error is one line on stderr: wrong arguments exit with status 2, everything else
(refusals, bad files, unreachable databases, and unexpected errors) with status 1. Tracebacks
go only to the log file, passwords never anywhere (see :mod:`invoicedesk.cli.errors`).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from invoicedesk import __version__
from invoicedesk.cli import commands
from invoicedesk.cli.acting import add_as_option
from invoicedesk.cli.errors import OneLineParser, report
from invoicedesk.services import wiring

log = logging.getLogger(__name__)


def _top_parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The parser of the options without a command (the GUI start), and the options every
    command shares."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url",
        default=argparse.SUPPRESS,
        help="database to use (default: INVOICEDESK_DATABASE_URL, the settings, or the "
        "SQLite file in the user data directory)",
    )
    add_as_option(common)
    parser = OneLineParser(
        prog="invoicedesk",
        description="InvoiceDesk: outgoing and incoming invoice cases on a shared database.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"InvoiceDesk {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="on a new database, fill in demo data without asking (no first-start wizard)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window on demo data in a temporary database, then quit "
        "(checks that an installation is complete)",
    )
    parser.set_defaults(handler=None)
    return parser, common


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every registered subcommand."""
    parser, common = _top_parser()
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, common)
    return parser


def gui_start_args(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when ``argv`` names no command (the GUI start), parsed without importing
    the command modules (they import the services of every command: ~1,000 modules); ``None``
    when there is a command, an unknown argument or a request for help."""
    words = list(sys.argv[1:] if argv is None else argv)
    if "-h" in words or "--help" in words:
        return None
    parser, _common = _top_parser()
    args, rest = parser.parse_known_args(words)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    args = gui_start_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if not hasattr(args, "database_url"):
        args.database_url = None
    if not hasattr(args, "as_login"):
        args.as_login = None
    wiring.install()
    try:
        if args.handler is None:
            from invoicedesk.app import run_gui

            return run_gui(args)
        return int(args.handler(args) or 0)
    except BrokenPipeError:
        # the reader (e.g. `| head`) went away; not an error of ours
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("invoicedesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # every other error: one line here, the traceback in the log
        return report(exc)
