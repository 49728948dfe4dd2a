"""What the sessions of a ``bench load`` run wait for on PostgreSQL, sampled once a second.

Each sample counts the sessions of the benchmark's database that are waiting for a lock, by
the kind of lock (``advisory``: the audit chains; ``transactionid``/``tuple``: a row another
transaction holds; ``relation``, …), and those running or waiting for anything else (I/O, the
WAL flush of a commit: ``other``). The sums over the run say where the time went.
"""

from __future__ import annotations

import threading
from collections import Counter

from sqlalchemy import column, func, select, table

from invoicedesk.store.database import Database

_LOCKS = table("pg_locks", column("locktype"), column("granted"), column("pid"), column("database"))
_ACTIVITY = table(
    "pg_stat_activity",
    column("pid"),
    column("datname"),
    column("state"),
    column("wait_event_type"),
    column("wait_event"),
    column("query"),
)


class WaitSampler:
    """Samples lock waits on a thread until stopped (nothing on SQLite)."""

    def __init__(self, db: Database, interval: float = 1.0) -> None:
        """Sample ``db``'s sessions every ``interval`` seconds."""
        self.db, self.interval = db, interval
        self.waits: Counter[str] = Counter()
        #: the statements that waited for a lock (their first characters; parameters are
        #: placeholders), to say which rows are fought over
        self.statements: Counter[str] = Counter()
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="bench-waits", daemon=True)

    def __enter__(self) -> WaitSampler:
        if not self.db.is_sqlite:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()

    def _sample(self) -> None:
        me = func.pg_backend_pid()
        here = func.current_database()
        locks = (
            select(_LOCKS.c.locktype, func.count())
            .where(_LOCKS.c.granted.is_(False), _LOCKS.c.pid != me)
            .group_by(_LOCKS.c.locktype)
        )
        active = (
            select(_ACTIVITY.c.wait_event_type, _ACTIVITY.c.wait_event, func.count())
            .where(
                _ACTIVITY.c.datname == here, _ACTIVITY.c.state == "active", _ACTIVITY.c.pid != me
            )
            .group_by(_ACTIVITY.c.wait_event_type, _ACTIVITY.c.wait_event)
        )
        with self.db.engine.connect() as conn:
            for locktype, n in conn.execute(locks):
                self.waits[f"lock:{locktype}"] += int(n)
            for kind, event, n in conn.execute(active):
                if kind != "Lock":
                    self.waits[f"{kind or 'cpu'}:{event or '-'}"] += int(n)
            waiting = select(func.left(_ACTIVITY.c.query, 90)).where(
                _ACTIVITY.c.datname == here, _ACTIVITY.c.wait_event_type == "Lock"
            )
            for text in conn.execute(waiting).scalars():
                self.statements[" ".join(str(text).split())] += 1
        self.samples += 1

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def report(self) -> dict[str, float]:
        """Average number of sessions per second in each wait (largest first)."""
        n = max(1, self.samples)
        return {k: round(v / n, 2) for k, v in self.waits.most_common(12)}

    def waiting_statements(self) -> dict[str, float]:
        """Average number of sessions per second waiting for a lock in each statement."""
        n = max(1, self.samples)
        return {k: round(v / n, 2) for k, v in self.statements.most_common(5)}
