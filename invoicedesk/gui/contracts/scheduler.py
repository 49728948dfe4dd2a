"""The in-app scheduler: one single-shot ``QTimer`` that wakes when the database says the next
thing is due (an outbox e-mail, a collective invoice's send date, the daily status job).

Due times live in the database, never in the timer, so a restart, a sleeping laptop or a
changed clock loses nothing: every wake-up reads them again. No single wait is longer than
:data:`MAX_WAIT_MS` (a minute - far below Qt's 24.8-day limit of a signed 32-bit millisecond
count), so sleep and clock changes are noticed within a minute, and a wall-clock jump seen
at wake-up triggers a check at once. The work itself runs through
:func:`~invoicedesk.gui.common.tasks.run_task` on a pool thread (:func:`~invoicedesk.services.
scheduled_send.run_pass`), and only one pass runs at a time on a workstation; other
workstations and ``invoicedesk dispatch`` may run theirs at the same moment (exactly once is
the database's job).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.contracts.scheduled_send import (
    PassReport,
    mail_report,
    next_send,
    next_wakeup,
    run_pass,
)
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.store.database import Database
from invoicedesk.store.types import utcnow

log = logging.getLogger(__name__)
#: Qt timers take a signed 32-bit millisecond count: about 24.8 days
QT_TIMER_LIMIT_MS = 2**31 - 1
#: the longest single wait: due times are re-read from the database at least this often
MAX_WAIT_MS = 60_000
MIN_WAIT_MS = 50
#: a wall clock that moved this much more (or less) than the monotonic clock was changed
CLOCK_JUMP_S = 5.0


def wait_ms(due: datetime | None, now: datetime, cap_ms: int = MAX_WAIT_MS) -> int:
    """Milliseconds to wait until ``due`` (aware), clamped to ``MIN_WAIT_MS .. cap_ms``."""
    cap = max(MIN_WAIT_MS, min(cap_ms, QT_TIMER_LIMIT_MS))
    if due is None:
        return cap
    millis = (due - now).total_seconds() * 1000
    return int(max(MIN_WAIT_MS, min(cap, millis)))


def check(db: Database, dispatcher: Dispatcher) -> PassReport:
    """One wake-up (worker thread): run the due work, or only read what comes next."""
    now = utcnow()
    due = next_wakeup(db, now)
    if due is not None and due <= now:
        return run_pass(db, dispatcher)
    report = mail_report(db)
    report.next_wakeup = due
    report.next_send = next_send(db)
    return report


class Scheduler(QObject):
    """Wakes up when work is due and runs it in the background; reports each pass."""

    #: a :class:`PassReport` after every wake-up
    reported = Signal(object)
    #: an error text when a wake-up failed (database unreachable ...)
    failed = Signal(str)

    def __init__(self, db: Database, dispatcher: Dispatcher, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.dispatcher = dispatcher
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._wake)
        self.busy = False
        self.last_report: PassReport | None = None
        self._armed_wall = 0.0
        self._armed_mono = 0.0
        self._armed_ms = 0

    def start(self, first_delay_ms: int = 1500) -> None:
        """Start waking up (the first time after ``first_delay_ms``, once the window shows)."""
        self._arm(first_delay_ms)

    def stop(self) -> None:
        """Stop the timer and ask a running pass to stop after the e-mail in hand."""
        self.timer.stop()
        self.dispatcher.stop_event.set()

    def check_now(self) -> None:
        """Wake up at once (a send date was set for today, the clerk asked ...)."""
        if self.busy:
            return
        self.timer.stop()
        self._wake()

    def clock_jumped(self) -> bool:
        """Whether the wall clock moved differently from the monotonic clock since arming."""
        wall = time.time() - self._armed_wall
        mono = time.monotonic() - self._armed_mono
        return abs(wall - mono) > CLOCK_JUMP_S

    def _arm(self, ms: int) -> None:
        self._armed_wall, self._armed_mono, self._armed_ms = time.time(), time.monotonic(), ms
        self.timer.start(ms)

    def _wake(self) -> None:
        if self.busy or self.dispatcher.stop_event.is_set():
            return
        if self._armed_mono and self.clock_jumped():
            log.info("the clock changed or the computer slept; checking the due times now")
        self.busy = True
        run_task(
            check, self.db, self.dispatcher, on_done=self._done, on_error=self._error, owner=self
        )

    def _done(self, report: PassReport) -> None:
        self.busy = False
        self.last_report = report
        self.reported.emit(report)
        if not self.dispatcher.stop_event.is_set():
            self._arm(wait_ms(report.next_wakeup, utcnow()))

    def _error(self, exc: BaseException) -> None:
        self.busy = False
        self.failed.emit(core_text(exc))
        if not self.dispatcher.stop_event.is_set():
            self._arm(MAX_WAIT_MS)
