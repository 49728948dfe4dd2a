"""Unhandled exceptions: logged with their traceback, pending drafts saved, a short dialog.

:func:`install` replaces ``sys.excepthook`` (PySide6 routes exceptions raised in slots there
too) and ``threading.excepthook``. The dialog says what happened in one sentence, where the log
file is (so the clerk can send it), and that the work typed so far was saved; the application
keeps running. The dialog is shown at most once every few seconds, so a failing paint handler
cannot bury the clerk in message boxes.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from invoicedesk.gui.common import autosave
from invoicedesk.gui.common.i18n import translate
from invoicedesk.logging_setup import log_file

log = logging.getLogger("invoicedesk.crash")
QUIET_SECONDS = 5.0
_last_shown = 0.0

#: the dialog; tests replace it to see what would be shown
Shower = Callable[[str, str, Path], None]


def show_dialog(summary: str, details: str, path: Path) -> None:
    """The crash dialog: a short message, the log path, the traceback behind *Show details*."""
    box = QMessageBox(QApplication.activeWindow())
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Crash", "InvoiceDesk — unexpected error"))
    box.setText(
        translate("Crash", "Something went wrong inside InvoiceDesk: {summary}").format(
            summary=summary
        )
    )
    box.setInformativeText(
        translate(
            "Crash",
            "Drafts are saved as you type, so nothing you entered is lost. The details are in "
            "the log file\n{path}\n"
            "Please send this file to whoever looks after InvoiceDesk for you.",
        ).format(path=path)
    )
    box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


_shower: Shower = show_dialog


def set_shower(shower: Shower) -> Shower:
    """Replace the dialog (tests); returns the previous one."""
    global _shower
    previous, _shower = _shower, shower
    return previous


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the exception, save pending drafts, tell the clerk (on the GUI thread)."""
    global _last_shown
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    details = "".join(traceback.format_exception(kind, exc, tb))
    log.critical("Unhandled exception\n%s", details)
    app = QCoreApplication.instance()
    if app is None:
        sys.__excepthook__(kind, exc, tb)
        return
    if QThread.currentThread() is not app.thread():
        QTimer.singleShot(0, app, lambda: handle(kind, exc, None))
        return
    try:
        saved = autosave.flush_all()
    except Exception:  # saving drafts must never keep the clerk from the message
        log.exception("Pending drafts could not be saved after the error")
    else:
        log.info("Saved %d pending draft(s) after the error", saved)
    now = time.monotonic()
    if now - _last_shown < QUIET_SECONDS:
        return
    _last_shown = now
    summary = f"{kind.__name__}: {exc}" if str(exc) else kind.__name__
    try:
        _shower(summary, details, log_file())
    except Exception:  # the dialog itself failed: the log has it, do not recurse
        log.exception("The crash dialog could not be shown")


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is not None:
        handle(args.exc_type, args.exc_value, args.exc_traceback)


def install() -> None:
    """Route unhandled exceptions of every thread to :func:`handle`."""
    sys.excepthook = handle
    threading.excepthook = _thread_hook
