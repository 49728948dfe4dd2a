"""Noticing changes made on other workstations: a cheap poll every few seconds.

The poll asks for :func:`change_stamp` (two index lookups) in the background; when the stamp
differs from the last one, ``changed`` fires and the window reloads what it shows.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from invoicedesk.gui.tasks import run_task
from invoicedesk.store.case_query import change_stamp
from invoicedesk.store.database import Database

POLL_MS = 4000


class ChangeWatcher(QObject):
    """Polls the database's change stamp; ``changed`` when it moved."""

    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.db = db
        self._stamp: tuple[Any, ...] | None = None
        self._busy = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Remember the current stamp and start polling."""
        self.poll()
        self.timer.start()

    def poll(self) -> None:
        """Ask for the stamp now (skipped while the previous poll is still running)."""
        if self._busy:
            return
        self._busy = True
        run_task(_stamp, self.db, on_done=self._got, on_error=self._failed, owner=self)

    def note_own_change(self) -> None:
        """Our own change was already shown; forget the stamp so the next poll re-bases."""
        self._stamp = None

    def _got(self, stamp: tuple[Any, ...]) -> None:
        self._busy = False
        before, self._stamp = self._stamp, stamp
        if before is not None and stamp != before:
            self.changed.emit()

    def _failed(self, _exc: BaseException) -> None:
        # a missed poll is not worth a dialog; the next one tries again
        self._busy = False


def _stamp(db: Database) -> tuple[Any, ...]:
    with db.read() as s:
        return change_stamp(s)
