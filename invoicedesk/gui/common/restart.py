"""Restart InvoiceDesk in a new process (after the language or the database was changed).

:func:`request` closes every window the normal way (each may still refuse, e.g. with unsaved
edits — then nothing happens) and ends the event loop; the start code
(:func:`invoicedesk.gui.shell.application.run`) then calls :func:`start_again` once the old
process has cleaned up. The new process gets the same command line.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
_requested = False


def request(quit: Callable[[], None] | None = None) -> bool:
    """Close all windows and quit the event loop (``quit``, default ``QApplication.quit``)
    for a restart; False when a window refused to close."""
    global _requested
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    QApplication.closeAllWindows()
    if any(w.isVisible() for w in QApplication.topLevelWidgets() if w.isWindow()):
        return False  # a window kept itself open (the clerk cancelled)
    _requested = True
    (quit or app.quit)()
    return True


def requested() -> bool:
    """Whether the session ended with a restart request."""
    return _requested


def command() -> list[str]:
    """The command line of this program, to start it again (frozen bundle or Python)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "invoicedesk", *sys.argv[1:]]


def start_again() -> subprocess.Popen[bytes]:
    """Start the new InvoiceDesk process (detached from this one, which is about to end)."""
    global _requested
    _requested = False
    cmd = command()
    log.info("restarting: %s", cmd)
    flags = 0
    if sys.platform == "win32":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS
    return subprocess.Popen(cmd, close_fds=True, creationflags=flags,
                            start_new_session=sys.platform != "win32")  # fmt: skip
