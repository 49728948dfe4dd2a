"""What was reminded: a case's reminder history, the state of the reminders' e-mails as the
dispatcher works, the PDFs to print, and the cases whose dunning is stopped."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.mail.outbox import MAIL_STATES, mail_reason
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.dunning import DunningStop, Reminder
from invoicedesk.store.models.outbox import OutboxMessage


@dataclass(frozen=True)
class ReminderInfo:
    """One reminder sent: level, date, channel, what it asked for, what became of its e-mail
    (``mail``: queued, waiting, sent, failed, withdrawn; ``mail_reason`` why)."""

    id: int
    case_id: int
    level: int
    title: str
    reminder_date: date
    channel: str
    fee: Decimal
    interest: Decimal
    total: Decimal
    mail: str | None
    mail_reason: str | None


@dataclass(frozen=True)
class StoppedCase:
    """A case whose dunning a clerk stopped, and why."""

    case_id: int
    number: str | None
    customer: str
    reason: str
    since: datetime


def _infos(session: Session, *where: object) -> list[ReminderInfo]:
    rows = session.execute(
        select(Reminder, OutboxMessage.status, OutboxMessage.hold_reason, OutboxMessage.last_error)
        .outerjoin(OutboxMessage, OutboxMessage.id == Reminder.outbox_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(Reminder.case_id, Reminder.level)
    )
    return [_info(r, status, hold, error) for r, status, hold, error in rows]


def _info(r: Reminder, status: str | None, hold: str | None, error: str | None) -> ReminderInfo:
    return ReminderInfo(
        id=r.id,
        case_id=r.case_id,
        level=r.level,
        title=r.title,
        reminder_date=r.reminder_date,
        channel=r.channel,
        fee=r.fee + r.earlier_fees,
        interest=r.interest,
        total=r.total,
        mail=MAIL_STATES.get(status) if status else None,
        mail_reason=mail_reason(status, hold, error),
    )


def reminders_in(session: Session, case_id: int) -> list[ReminderInfo]:
    """The reminders of one case, by level (inside the caller's transaction)."""
    return _infos(session, Reminder.case_id == case_id)


def reminder_states(db: Database, reminder_ids: Sequence[int]) -> list[ReminderInfo]:
    """The reminders ``reminder_ids`` with the current state of their e-mails."""
    if not reminder_ids:
        return []
    with db.read() as s:
        return _infos(s, Reminder.id.in_(list(reminder_ids)))


def reminder_pdfs(db: Database, reminder_ids: Sequence[int]) -> list[tuple[str, bytes]]:
    """The PDFs (file name, content) of the reminders ``reminder_ids``, in that order."""
    with db.read() as s:
        found = {
            rid: (name, bytes(content))
            for rid, name, content in s.execute(
                select(Reminder.id, Attachment.filename, Blob.content)
                .join(Attachment, Attachment.id == Reminder.attachment_id)
                .join(Blob, Blob.sha256 == Attachment.blob_sha256)
                .where(Reminder.id.in_(list(reminder_ids)))
            )
        }
    return [found[rid] for rid in reminder_ids if rid in found]


def stop_of(session: Session, case_id: int) -> DunningStop | None:
    """The case's dunning stop, if there is one."""
    return session.get(DunningStop, case_id)


def stopped_cases(db: Database) -> list[StoppedCase]:
    """Every case whose dunning is stopped, newest first."""
    with db.read() as s:
        return [
            StoppedCase(stop.case_id, number, name, stop.reason, stop.created_at)
            for stop, number, name in s.execute(
                select(DunningStop, Case.number, Case.party_name)
                .join(Case, Case.id == DunningStop.case_id)
                .order_by(DunningStop.created_at.desc())
            )
        ]
