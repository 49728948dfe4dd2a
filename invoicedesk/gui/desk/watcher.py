"""Noticing changes made on other workstations: a cheap poll, woken at once on PostgreSQL.

The poll asks for :func:`change_stamp` (two index lookups) in the background; when the stamp
differs from the last one, ``changed`` fires and the window reloads what it shows. On
PostgreSQL a background task also listens for the change notifications of
:mod:`invoicedesk.store.change_feed` and polls as soon as one arrives; the timed poll then
only backs it up (slower), and takes over at the normal pace if the listener fails.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from invoicedesk.gui.common.tasks import CancelToken, run_task
from invoicedesk.store import change_feed
from invoicedesk.store.case_query import change_stamp
from invoicedesk.store.database import Database

POLL_MS = 4000
#: the backup poll while change notifications arrive
BACKUP_POLL_MS = 30_000


class ChangeWatcher(QObject):
    """Polls the database's change stamp; ``changed`` when it moved."""

    changed = Signal()

    def __init__(self, db: Database, parent: QObject | None = None, interval_ms: int = POLL_MS):
        super().__init__(parent)
        self.db = db
        self._stamp: tuple[Any, ...] | None = None
        self._busy = False
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._listening: CancelToken | None = None

    def start(self) -> None:
        """Remember the current stamp and start polling (and listening, on PostgreSQL)."""
        self.poll()
        self.timer.start()
        if change_feed.supports_notifications(self.db) and self._listening is None:
            self._listening = CancelToken()
            run_task(
                _listen,
                self.db,
                cancel_token=self._listening,
                on_progress=lambda _done, _total, _text: self.poll(),
                on_error=self._listener_failed,
                owner=self,
                resident=True,
            )
            self.timer.setInterval(max(self.interval_ms, BACKUP_POLL_MS))

    @property
    def listening(self) -> bool:
        """Whether change notifications are being listened for."""
        return self._listening is not None

    def stop(self) -> None:
        """Stop polling and listening (window closing)."""
        self.timer.stop()
        if self._listening is not None:
            self._listening.cancel()
            self._listening = None

    def _listener_failed(self, _exc: BaseException) -> None:
        # e.g. the connection was lost: fall back to the normal poll, which reports nothing
        # either until the database is back
        self._listening = None
        self.timer.setInterval(self.interval_ms)

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


def _listen(db: Database, progress: Any, cancel: CancelToken) -> None:
    """Background task: report each batch of change notifications as progress."""
    count = 0

    def changed() -> None:
        nonlocal count
        count += 1
        progress(count, 0)

    change_feed.listen(db, changed, lambda: cancel.cancelled)


def _stamp(db: Database) -> tuple[Any, ...]:
    with db.read() as s:
        return change_stamp(s)
