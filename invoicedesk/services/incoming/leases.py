"""Leases on incoming cases being read: who reads a case in *Uploading*/*Processing*, until when.

Every process that takes a file in (the GUI, ``invoicedesk intake``, the watched folder, a
recovery pass) is an *owner* (``host:pid:random``). It takes a lease on each case in the
transaction that creates the case (or takes it up again) and renews all its leases with one
``UPDATE`` from a :class:`Heartbeat` thread while the files are read. When the case leaves
*Processing* the lease goes, in the same transaction.

If the owner dies (``kill -9``, a crash, a power cut) or loses the database, its leases run
out: :func:`claim_expired` hands such cases — and cases in those statuses without any lease —
to the next owner, one claimant per case (PostgreSQL ``FOR UPDATE SKIP LOCKED``, SQLite's
exclusive write transaction). Writing a result is fenced: it happens only while the writer
still owns the lease (:func:`owns`), so a slow owner that lost its lease cannot overwrite the
work of the one that took over. A case taken more than :data:`MAX_ATTEMPTS` times ends in
*Error*. Lease times are the database server's clock on PostgreSQL, so the workstations' clocks
need not agree.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from types import TracebackType

from sqlalchemy import ColumnElement, and_, delete, func, or_, select, update
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import Direction, InStatus
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.cases.actions import record
from invoicedesk.store.database import Database, db_now, owner_id
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.incoming import IntakeLease

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=60)
"""How long a lease lasts without a heartbeat."""
MAX_ATTEMPTS = 3
"""Takes of one case (the first included) before it ends in *Error*."""
#: the statuses of a case that is being read
READING = (InStatus.UPLOADING.value, InStatus.PROCESSING.value)


new_owner = owner_id
"""A unique owner id for one intake: ``host:pid:random`` (readable in the table)."""


def take(session: Session, case_id: int, owner: str, lease: timedelta = LEASE) -> int:
    """Take (or take over) the lease of a case in the caller's transaction; returns the number
    of this attempt."""
    row = session.get(IntakeLease, case_id, with_for_update=True)
    until = db_now(session) + lease
    if row is None:
        session.add(IntakeLease(case_id=case_id, owner=owner, lease_until=until, attempts=1))
        return 1
    row.owner, row.lease_until, row.attempts = owner, until, row.attempts + 1
    return row.attempts


def owns(session: Session, case_id: int, owner: str) -> bool:
    """Whether ``owner`` still holds the lease of the case (call with the case row locked)."""
    row = session.get(IntakeLease, case_id)
    return row is not None and row.owner == owner


def release(session: Session, case_id: int) -> None:
    """Drop the lease of a case that left *Processing* (in the same transaction)."""
    session.execute(delete(IntakeLease).where(IntakeLease.case_id == case_id))


def renew(db: Database, owner: str, lease: timedelta = LEASE) -> int:
    """Extend every lease of ``owner``; returns how many it still holds."""
    with db.write() as s:
        result = s.execute(
            update(IntakeLease)
            .where(IntakeLease.owner == owner)
            .values(lease_until=db_now(s) + lease)
            .execution_options(synchronize_session=False)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


class Heartbeat:
    """Renews an owner's leases every quarter of the lease while the ``with`` block runs.

    A beat that fails (database unreachable) is logged and tried again at the next one; if
    none succeeds before the lease runs out, another process takes the cases over.
    """

    def __init__(self, db: Database, owner: str, lease: timedelta = LEASE) -> None:
        self.db, self.owner, self.lease = db, owner, lease
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="intake-heartbeat", daemon=True)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        interval = max(0.2, self.lease.total_seconds() / 4)
        while not self._stop.wait(interval):
            try:
                renew(self.db, self.owner, self.lease)
            except (InvoiceDeskError, OSError) as exc:
                log.warning("intake heartbeat of %s failed: %s", self.owner, exc)


def stuck(now: datetime) -> ColumnElement[bool]:
    """An incoming case being read whose lease ran out (or that has none); for queries that
    outer-join :class:`IntakeLease`."""
    return and_(
        Case.direction == Direction.IN.value,
        Case.status.in_(READING),
        or_(IntakeLease.case_id.is_(None), IntakeLease.lease_until < now),
    )


@dataclass(frozen=True)
class LeasedFile:
    """A file and the case it is read into, whose lease the reading process holds;
    ``resumed`` for a case taken over from a process that stopped."""

    name: str
    case_id: int
    content: bytes
    resumed: bool = False
    attempt: int = 1


def original_file(session: Session, case: Case) -> tuple[str, bytes]:
    """The file the case was created from (its first attachment); empty when there is none."""
    found = session.execute(
        select(Attachment.filename, Blob.content)
        .join(Blob, Blob.sha256 == Attachment.blob_sha256)
        .where(Attachment.case_id == case.id)
        .order_by(Attachment.id)
        .limit(1)
    ).first()
    if found is None:
        return case.search_text or f"case-{case.id}", b""
    return str(found[0]), bytes(found[1])


def claim_expired(
    db: Database, owner: str, lease: timedelta = LEASE, limit: int = 20
) -> list[LeasedFile]:
    """Take over up to ``limit`` cases whose reader is gone; each is claimed by one process."""
    with db.write() as s:
        now = db_now(s)
        cases = list(
            s.scalars(
                select(Case)
                .outerjoin(IntakeLease, IntakeLease.case_id == Case.id)
                .where(stuck(now))
                .order_by(Case.id)
                .limit(limit)
                .with_for_update(skip_locked=True, of=Case)
            )
        )
        claimed = []
        for case in cases:
            attempt = take(s, case.id, owner, lease)
            note = msg("the process reading the file stopped; it is read again (attempt {attempt})",
                       attempt=attempt)  # fmt: skip
            record(s, case, Actor.system(), "intake_resumed", case.status, note)
            name, content = original_file(s, case)
            claimed.append(LeasedFile(name, case.id, content, True, attempt))
        return claimed


def stuck_count(db: Database) -> int:
    """How many incoming cases wait for a reader now (lease run out, or none)."""
    with db.read() as s:
        now = db_now(s)
        query = (
            select(func.count())
            .select_from(Case)
            .outerjoin(IntakeLease, IntakeLease.case_id == Case.id)
            .where(stuck(now))
        )
        return int(s.scalar(query) or 0)


def next_expiry(db: Database) -> datetime | None:
    """When the next lease of a case being read runs out (now, for a case without lease)."""
    with db.read() as s:
        now = db_now(s)
        without = s.scalar(
            select(func.count())
            .select_from(Case)
            .outerjoin(IntakeLease, IntakeLease.case_id == Case.id)
            .where(
                Case.direction == Direction.IN.value,
                Case.status.in_(READING),
                IntakeLease.case_id.is_(None),
            )
        )
        if without:
            return now
        stamp: datetime | None = s.scalar(
            select(func.min(IntakeLease.lease_until))
            .join(Case, Case.id == IntakeLease.case_id)
            .where(Case.status.in_(READING))
        )
        return stamp
