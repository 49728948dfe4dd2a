"""The scheduler of a simulated workstation (``bench load``): the GUI scheduler's loop, headless.

``gui/contracts/scheduler.py`` wakes a single-shot ``QTimer`` when the database says the next
thing is due and then runs :func:`~invoicedesk.services.contracts.scheduled_send.run_pass`
(collective invoices due, the status job, one outbox pass with the dispatcher, stuck intakes)
on a pool thread. This thread does the same wake-up without Qt: the due times come from the
database (:func:`next_wakeup`), a wait lasts at most a minute, and the clerk's *Send* wakes it
at once (the GUI pokes its scheduler after queueing an e-mail too).
"""

from __future__ import annotations

import threading

from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.services.contracts.scheduled_send import next_wakeup, run_pass
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.store.database import Database
from invoicedesk.store.types import utcnow

#: the longest wait between two looks at the due times (the GUI's ``MAX_WAIT_MS``)
MAX_WAIT_S = 60.0
MIN_WAIT_S = 0.05


class SchedulerThread:
    """Runs due work until stopped; counts passes and keeps the errors the passes reported."""

    def __init__(self, db: Database, wake: threading.Event) -> None:
        """``wake``: set by the clerk after queueing an e-mail."""
        self.db, self.wake = db, wake
        self.dispatcher = Dispatcher(db)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="bench-scheduler", daemon=True)
        self.passes = 0
        self.errors: list[str] = []

    def start(self) -> None:
        """Start the loop."""
        self._thread.start()

    def stop(self) -> None:
        """Stop the loop after the pass in progress (its e-mails are finished first)."""
        self._stop.set()
        self.dispatcher.stop_event.set()
        self.wake.set()
        self._thread.join()

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                now = utcnow()
                due = next_wakeup(self.db, now)
                if due is not None and due <= now:
                    report = run_pass(self.db, self.dispatcher)
                    self.passes += 1
                    if report.error:
                        self.errors.append(f"scheduler: {report.error}")
                    due = report.next_wakeup
            except InvoiceDeskError as exc:
                self.errors.append(f"scheduler: {exc}")
                due = None
            wait = MAX_WAIT_S if due is None else (due - utcnow()).total_seconds()
            self.wake.wait(max(MIN_WAIT_S, min(MAX_WAIT_S, wait)))
            self.wake.clear()
