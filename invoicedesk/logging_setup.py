"""Logging to a rotating file in the user log directory (platformdirs, ``INVOICEDESK_HOME``).

    from invoicedesk.logging_setup import setup_logging
    path = setup_logging()          # once, at start; returns the log file

Five files of 2 MB each are kept (``invoicedesk.log``, ``invoicedesk.log.1`` ...). The crash
dialog shows :func:`log_file` so that a clerk can send it to whoever supports the installation.
``INVOICEDESK_LOG_LEVEL`` (DEBUG, INFO, WARNING) changes the level.
"""

from __future__ import annotations

import logging
import os
import platform
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from invoicedesk.config import log_dir

ENV_LEVEL = "INVOICEDESK_LOG_LEVEL"
MAX_BYTES = 2 * 1024 * 1024
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)-7s %(process)d %(threadName)s %(name)s: %(message)s"
_HANDLER_NAME = "invoicedesk-file"


def log_file() -> Path:
    """The current log file."""
    return log_dir() / "invoicedesk.log"


def setup_logging(level: str | None = None) -> Path:
    """Send the ``logging`` records of the whole process to the rotating log file.

    Calling it again (a second window, a test) replaces the handler instead of adding one.
    """
    path = log_file()
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() == _HANDLER_NAME:
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
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
