"""Which invoices get a reminder today, at which level, with which fee and interest.

An invoice is dunned while it is sent or overdue (or issued and printed: it reached the
customer on paper), past its due date, has something open (:mod:`invoicedesk.store.
receivables`: paid or credited invoices leave at once) and its dunning was not stopped. The
next level follows :func:`invoicedesk.domain.dunning.next_level` from the reminders already
sent; a level sent today is not due again, so a second run on the same day finds nothing new.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from invoicedesk.domain.dunning import InterestPart, default_interest, next_level
from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import Message
from invoicedesk.services.dunning.settings import DunningSettings, get_dunning_settings
from invoicedesk.services.outgoing.mail_texts import language_of
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.dunning import DunningStop, Reminder
from invoicedesk.store.models.parties import Party
from invoicedesk.store.receivables import ZERO, open_amounts

#: statuses of an invoice that can be reminded (issued ones only when they were printed)
DUNNABLE = (OutStatus.ISSUED.value, OutStatus.SENT.value, OutStatus.OVERDUE.value)
KINDS = (CaseKind.INVOICE.value, CaseKind.COLLECTIVE.value)


@dataclass(frozen=True)
class DueReminder:
    """One invoice whose next reminder is due, with what that reminder charges.

    ``channel`` is what the customer prefers (``email`` when there is an address, else
    ``print``); ``problem`` says why the row would fail as it is (no base rate known ...).
    """

    case_id: int
    version: int
    number: str
    customer: str
    email: str | None
    channel: str
    language: str
    currency: str
    issue_date: date | None
    due_date: date
    days_overdue: int
    gross: Decimal
    open_amount: Decimal
    level: int
    title: str
    fee: Decimal
    earlier_fees: Decimal
    interest_parts: tuple[InterestPart, ...]
    consumer: bool
    last_reminder: date | None = None
    problem: Message | None = None

    @property
    def interest(self) -> Decimal:
        """The default interest charged by this reminder."""
        return sum((p.amount for p in self.interest_parts), ZERO)

    @property
    def interest_rate(self) -> Decimal | None:
        """The yearly rate in force on the reminder's day (the last part's), if any."""
        return self.interest_parts[-1].rate if self.interest_parts else None

    @property
    def total(self) -> Decimal:
        """What the reminder asks for: open amount, fees (earlier ones too) and interest."""
        return self.open_amount + self.fee + self.earlier_fees + self.interest


def consumer_of(business: bool | None) -> bool:
    """Whether default interest is that of consumers (§ 288 (1) BGB): read from the party's
    business flag, the fact the tax treatment reads too; a case without a party record counts
    as a consumer's (the lower rate)."""
    return business is not True


def due_in_session(
    session: Session,
    day: date,
    settings: DunningSettings,
    case_ids: Sequence[int] | None = None,
) -> list[DueReminder]:
    """The reminders due on ``day`` (of ``case_ids`` only, when given), by due date."""
    stopped = exists().where(DunningStop.case_id == Case.id)
    printed = exists().where(StatusHistory.case_id == Case.id, StatusHistory.action == "print")
    query = (
        select(
            Case.id, Case.version, Case.number, Case.party_name, Case.language, Case.currency,
            Case.issue_date, Case.due_date, Case.gross, Case.recipient_email, Case.status,
            Party.email, Party.preferred_delivery, Party.business,
        )
        .outerjoin(Party, Party.id == Case.party_id)
        .where(
            Case.direction == Direction.OUT.value,
            Case.kind.in_(KINDS),
            Case.number.is_not(None),
            Case.status.in_(DUNNABLE),
            Case.due_date < day,
            Case.payment_status != "paid",
            ~stopped,
            or_(Case.status != OutStatus.ISSUED.value, printed),  # created only: not received
        )
        .order_by(Case.due_date, Case.id)
    )  # fmt: skip
    if case_ids is not None:
        query = query.where(Case.id.in_(list(case_ids)))
    rows = list(session.execute(query))
    ids = [r.id for r in rows]
    left = open_amounts(session, ids)
    sent: dict[int, list[tuple[int, date, Decimal]]] = {}
    for case_id, sent_level, when, fee in session.execute(
        select(Reminder.case_id, Reminder.level, Reminder.reminder_date, Reminder.fee).where(
            Reminder.case_id.in_(ids)
        )
    ):
        sent.setdefault(case_id, []).append((sent_level, when, fee))
    levels = settings.levels
    result = []
    for r in rows:
        open_amount = left.get(r.id, ZERO)
        done = sent.get(r.id, [])
        number = next_level(levels, r.due_date, day, [(lv, when) for lv, when, _ in done])
        if open_amount <= ZERO or number is None:
            continue
        level = levels[number - 1]
        language = language_of(r.language)
        consumer = consumer_of(r.business)
        parts: list[InterestPart] = []
        problem = None
        if level.interest:
            try:
                parts = default_interest(open_amount, r.due_date, day, settings.base_rates,
                                         consumer=consumer)  # fmt: skip
            except ValidationError as exc:
                problem = exc.message
        email = r.recipient_email or r.email
        channel = "email" if email and r.preferred_delivery != "print" else "print"
        item = DueReminder(
            case_id=r.id, version=r.version, number=r.number, customer=r.party_name,
            email=email, channel=channel, language=language, currency=r.currency,
            issue_date=r.issue_date, due_date=r.due_date, days_overdue=(day - r.due_date).days,
            gross=r.gross, open_amount=open_amount, level=number,
            title=level.text(language).title, fee=level.fee,
            earlier_fees=sum((fee for _, _, fee in done), ZERO), interest_parts=tuple(parts),
            consumer=consumer, last_reminder=max((when for _, when, _ in done), default=None),
            problem=problem,
        )  # fmt: skip
        result.append(item)
    return result


def due_reminders(
    db: Database, day: date, case_ids: Sequence[int] | None = None
) -> list[DueReminder]:
    """The reminders due on ``day`` with the company's settings (one read transaction)."""
    with db.read() as s:
        return due_in_session(s, day, get_dunning_settings(s), case_ids)

