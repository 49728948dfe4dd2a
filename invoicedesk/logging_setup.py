"""Logging to a rotating file in the user log directory (platformdirs, ``INVOICEDESK_HOME``).

    from invoicedesk.logging_setup import setup_logging
    path = setup_logging()          # once, at start; returns the log file

Five files of 2 MB each are kept (``invoicedesk.log``, ``invoicedesk.log.1`` ...). The crash
dialog shows :func:`log_file` so that a clerk can send it to whoever supports the installation.
``INVOICEDESK_LOG_LEVEL`` (DEBUG, INFO, WARNING) changes the level. Every line passes
:func:`invoicedesk.redaction.redact` (no password or password hash reaches the file).

``setup_logging(fatal=True)`` (the GUI) also points :mod:`faulthandler` at the log file, so a
fatal error of the interpreter or a C extension (a segfault, "Fatal Python error: …") leaves
the stacks of every thread in the log; it follows the file when the log rotates.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from invoicedesk.config import log_dir
from invoicedesk.redaction import redact

ENV_LEVEL = "INVOICEDESK_LOG_LEVEL"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"
_HANDLER_NAME = "invoicedesk-file"


def log_file() -> Path:
    """The current log file."""
    return log_dir() / "invoicedesk.log"


class _RedactingFormatter(logging.Formatter):
    """The usual format, tracebacks included, with secrets masked."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _LogFile(RotatingFileHandler):
    """The rotating log file; with ``fatal`` set, faulthandler writes into the current file."""

    fatal = False

    def point_faulthandler(self) -> None:
        """Let a fatal error dump its stacks into this file (its current stream)."""
        if self.stream is None:
            self.stream = self._open()
        faulthandler.enable(file=self.stream, all_threads=True)

    def doRollover(self) -> None:
        """Rotate, then move faulthandler to the new file (the old stream is closed)."""
        super().doRollover()
        if self.fatal:
            self.point_faulthandler()


def setup_logging(level: str | None = None, *, fatal: bool = False) -> Path:
    """Send the ``logging`` records of the whole process to the rotating log file.

    Calling it again (a second window, a test) replaces the handler instead of adding one.
    ``fatal``: also write the stacks of a fatal crash there (see the module docstring).
    """
    path = log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            if getattr(handler, "fatal", False):
                faulthandler.disable()  # never let it write into a closed file
            root.removeHandler(handler)
            handler.close()
    handler = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(_RedactingFormatter(FORMAT))
    root.addHandler(handler)
    if fatal:
        handler.fatal = True
        handler.point_faulthandler()
    name = (level or os.environ.get(ENV_LEVEL) or "INFO").upper()
    root.setLevel(getattr(logging, name, logging.INFO))
    logging.captureWarnings(True)
    from invoicedesk import __version__

    logging.getLogger("invoicedesk").info(
        "InvoiceDesk %s started (Python %s, %s, frozen=%s)",
        __version__,
        platform.python_version(),
        platform.platform(),
        bool(getattr(sys, "frozen", False)),
    )
    return path
