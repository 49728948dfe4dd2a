"""Errors of the command line: always one line on stderr, the traceback only in the log.

- Wrong arguments: :class:`OneLineParser` prints ``invoicedesk cases list: argument --limit:
  … (see invoicedesk cases list --help)`` and exits with status 2 (argparse's status).
- Everything else: :func:`report` prints the reason (and what to do) and returns status 1.
  Errors of InvoiceDesk are sentences for the user already; a file that cannot be read or
  written is named with the system's reason; anything unexpected names the log file, where
  its traceback went.

Every line passes :func:`invoicedesk.redaction.redact` (no password, no password hash) and
:func:`invoicedesk.cli.context.printable` (control characters in names are shown escaped).
"""

from __future__ import annotations

import argparse
import logging
import sys
from typing import NoReturn

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from invoicedesk.cli.context import printable
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.redaction import redact

log = logging.getLogger("invoicedesk.cli")


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line (without the usage block)."""

    def error(self, message: str) -> NoReturn:
        """Print the problem and where to read more, then exit with status 2."""
        line = f"{self.prog}: {message} (see {self.prog} --help)"
        self.exit(2, printable(redact(line)) + "\n")


def _log_file() -> str:
    """The log file, set up on first need (the command line logs only when something failed)."""
    from invoicedesk.logging_setup import log_file, setup_logging

    try:
        return str(setup_logging())
    except OSError:  # no log folder: say where it would have been
        return str(log_file())


def message_for(exc: BaseException, log_path: str) -> str:
    """The one line for an error that ended a command (see the module docstring)."""
    if isinstance(exc, InvoiceDeskError):
        return str(exc)
    if isinstance(exc, OSError):
        name = exc.filename if exc.filename is not None else ""
        reason = exc.strerror or type(exc).__name__
        return f"{reason}: {name}." if name else f"{reason}."
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ""
        return f"The database refused the operation ({first}); nothing was changed."
    what = "a database error" if isinstance(exc, SQLAlchemyError) else "an unexpected error"
    return (
        f"InvoiceDesk stopped on {what} ({type(exc).__name__}); the details are in the log "
        f"file {log_path}; please send it to whoever looks after InvoiceDesk."
    )


def report(exc: BaseException) -> int:
    """Log ``exc`` (with its traceback unless it is a plain refusal), print its line; returns
    the exit status 1."""
    if isinstance(exc, InvoiceDeskError):
        line = message_for(exc, "")
    else:
        path = _log_file()
        log.error("command failed", exc_info=(type(exc), exc, exc.__traceback__))
        line = message_for(exc, path)
    print(f"invoicedesk: {printable(redact(line))}", file=sys.stderr)
    return 1
