"""Statuses that change with time: *Overdue* once a sent invoice is unpaid after its due date.

Completion (paid, delivered and booked) is applied by :mod:`invoicedesk.services.cases.actions`
when the last mark is set, so only the date-driven change lives here. The job works in chunks,
one transaction each, with one history row per case, and can run on every workstation at once:
rows are locked and re-checked before they change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from invoicedesk.domain.enums import CaseKind, Direction, OutStatus, PaymentStatus
from invoicedesk.domain.errors import ActionRefused
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import record
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case

CHUNK = 500


@dataclass(frozen=True)
class JobResult:
    """How many cases a status job changed, and their ids."""

    changed: int
    case_ids: tuple[int, ...]


def _due_ids(db: Database, today: date, after_id: int) -> list[int]:
    with db.read() as s:
        return list(
            s.scalars(
                select(Case.id)
                .where(
                    Case.direction == Direction.OUT.value,
                    Case.kind != CaseKind.CREDIT_NOTE.value,  # a credit is never overdue
                    Case.status == OutStatus.SENT.value,
                    Case.payment_status != PaymentStatus.PAID.value,
                    Case.due_date < today,
                    Case.id > after_id,
                )
                .order_by(Case.id)
                .limit(CHUNK)
            )
        )


def update_overdue(db: Database, today: date | None = None) -> JobResult:
    """Move sent, unpaid cases whose due date has passed to *Overdue* (system actor)."""
    day = today or date.today()
    system = Actor.system()
    changed: list[int] = []
    after = 0
    while True:
        ids = _due_ids(db, day, after)
        if not ids:
            break
        after = ids[-1]
        with db.write() as s:
            cases = s.scalars(
                select(Case).where(Case.id.in_(ids)).order_by(Case.id).with_for_update()
            ).all()
            for case in cases:
                if case.status != OutStatus.SENT.value or case.payment_status == "paid":
                    continue  # changed by somebody else since the first look
                if case.due_date is None or case.due_date >= day:
                    continue
                try:
                    authorize(s, system, Action.SYSTEM_OVERDUE, case)
                except ActionRefused:
                    continue
                case.status = OutStatus.OVERDUE.value
                record(
                    s,
                    case,
                    system,
                    Action.SYSTEM_OVERDUE,
                    OutStatus.SENT.value,
                    msg("due on {day}, unpaid", day=case.due_date),
                )
                changed.append(case.id)
    return JobResult(len(changed), tuple(changed))
