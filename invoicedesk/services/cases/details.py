"""Everything the detail pane shows about one case, as plain data (no ORM objects escape).

Issued outgoing cases show the party as it was when the invoice was issued (the snapshot);
all other cases show the live party record. The case's e-mails that are not done (waiting,
held for the mail server, failed, needing review) and how a credit note was settled are part
of it too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from invoicedesk.domain.enums import Direction
from invoicedesk.domain.errors import NotFound
from invoicedesk.domain.messages import Message, decode_text, msg
from invoicedesk.domain.workflow import Actor, CaseState, is_active
from invoicedesk.services.cases.actions import ensure_version, load_for_update
from invoicedesk.services.cases.attachments import AttachmentInfo, list_attachments
from invoicedesk.services.cases.authorize import case_state
from invoicedesk.services.dunning.history import ReminderInfo, reminders_in, stop_of
from invoicedesk.services.payments.listing import party_credit
from invoicedesk.store.database import Database, retry_transient
from invoicedesk.store.models.cases import Case, CaseLine, StatusHistory
from invoicedesk.store.models.credits import CreditSettlement
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.models.parties import Party
from invoicedesk.store.models.payments import Payment, PaymentAllocation
from invoicedesk.store.models.users import User
from invoicedesk.store.receivables import credits_offset, open_amounts
from invoicedesk.store.types import utcnow


@dataclass(frozen=True)
class PartyDetails:
    """Address and identifiers of the customer or supplier."""

    name: str
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""
    vat_id: str | None = None
    email: str | None = None
    phone: str | None = None
    contact_person: str | None = None
    iban: str | None = None
    from_snapshot: bool = False


@dataclass(frozen=True)
class PaymentLine:
    """One payment for the case (its part of it), and whether it was undone."""

    paid_on: date
    amount: Decimal
    method: str
    reference: str
    payment_id: int = 0
    undone: bool = False


@dataclass(frozen=True)
class LineDetails:
    """One line item."""

    position: int
    article_no: str | None
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat_rate: Decimal
    net: Decimal


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the status history."""

    at: datetime
    initials: str
    action: str
    from_status: str | None
    to_status: str
    comment: str


@dataclass(frozen=True)
class MailLine:
    """The case's latest e-mail of one purpose, when it is not simply sent (or withdrawn).

    ``status``: pending, claimed, sending, held (``hold_reason`` says why), failed or
    needs_review (``error`` is the server's answer or what happened).
    """

    purpose: str
    status: str
    to: str
    queued_at: datetime
    hold_reason: str | None
    error: str | None


@dataclass(frozen=True)
class CaseDetails:
    """The detail pane's content for one case."""

    id: int
    version: int
    number: str | None
    direction: str
    kind: str
    status: str
    currency: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    paid_amount: Decimal
    payment_status: str
    due_date: date | None
    issue_date: date | None
    payment_reference: str | None
    payment_reference_valid: bool
    reverse_charge: bool
    notes: str
    error_message: str | None
    read_only: bool
    state: CaseState
    party: PartyDetails
    payments: list[PaymentLine] = field(default_factory=list)
    lines: list[LineDetails] = field(default_factory=list)
    attachments: list[AttachmentInfo] = field(default_factory=list)
    history: list[HistoryEntry] = field(default_factory=list)
    #: incoming: fatal e-invoice validation findings and the first possible duplicate
    findings: int = 0
    duplicate_of_id: int | None = None
    #: what the customer paid beyond their invoices (overpayments kept as credit)
    customer_credit: Decimal = Decimal("0.00")
    mails: list[MailLine] = field(default_factory=list)
    #: how a credit note was settled, or which credit notes were offset against an invoice
    settlement: Message | None = None
    #: what is still to be paid (credit notes offset counted; ``None``: gross less paid)
    owed: Decimal | None = None
    #: the payment reminders sent, by level, and why the dunning is stopped (if it is)
    reminders: list[ReminderInfo] = field(default_factory=list)
    dunning_stopped: str | None = None

    @property
    def open_amount(self) -> Decimal:
        """What is still to be paid."""
        return self.owed if self.owed is not None else self.gross - self.paid_amount


def is_read_only(case: Case) -> bool:
    """Issued outgoing invoices and inactive (archived, completed, canceled) cases."""
    issued = case.direction == Direction.OUT and case.number is not None
    return issued or not is_active(case.status)


def _party(s: Session, case: Case) -> PartyDetails:
    snap: dict[str, Any] | None = (case.snapshot or {}).get("party") if case.snapshot else None
    if snap:
        return PartyDetails(
            name=str(snap.get("name", case.party_name)),
            street=str(snap.get("street", "")),
            postal_code=str(snap.get("postal_code", "")),
            city=str(snap.get("city", "")),
            country=str(snap.get("country", "")),
            vat_id=snap.get("vat_id"),
            email=snap.get("email"),
            phone=snap.get("phone"),
            contact_person=snap.get("contact_person"),
            iban=snap.get("iban"),
            from_snapshot=True,
        )
    party = s.get(Party, case.party_id) if case.party_id is not None else None
    if party is None:
        return _party_read(case)
    return PartyDetails(
        party.name,
        party.street,
        party.postal_code,
        party.city,
        party.country,
        party.vat_id,
        party.email,
        party.phone,
        party.contact_person,
        party.iban,
    )


def _party_read(case: Case) -> PartyDetails:
    """A supplier that is not (yet) a party record: what the intake read from the invoice."""
    extraction = case.extraction or {}
    read = extraction.get("fields", {})
    address = list((extraction.get("details", {}).get("supplier") or {}).get("address") or [])
    return PartyDetails(
        name=case.party_name,
        street=address[0] if address else "",
        city=address[1] if len(address) > 1 else "",
        country=(extraction.get("details", {}).get("supplier") or {}).get("country") or "",
        vat_id=(read.get("supplier_vat_id") or {}).get("value"),
        iban=(read.get("iban") or {}).get("value"),
    )


def load_case_details(db: Database, case_id: int) -> CaseDetails:
    """Load the detail pane's content for a case in one read transaction."""
    with db.read() as s:
        case = s.get(Case, case_id)
        if case is None:
            raise NotFound("There is no case with the id {case_id}.", case_id=case_id)
        who = aliased(User)
        history = [
            HistoryEntry(
                h.at,
                initials or "SYS",
                h.action,
                h.from_status,
                h.to_status,
                decode_text(h.comment_record) if h.comment_record else h.comment,
            )
            for h, initials in s.execute(
                select(StatusHistory, who.initials)
                .outerjoin(who, who.id == StatusHistory.user_id)
                .where(StatusHistory.case_id == case_id)
                .order_by(StatusHistory.at.desc(), StatusHistory.id.desc())
            )
        ]
        payments = [
            PaymentLine(p.booked_on, part, p.source, p.reference, p.id, p.undone_at is not None)
            for p, part in s.execute(
                select(Payment, PaymentAllocation.amount)
                .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
                .where(PaymentAllocation.case_id == case_id)
                .order_by(Payment.booked_on, Payment.id)
            )
        ]
        lines = [
            LineDetails(
                ln.position,
                ln.article_no,
                ln.description,
                ln.quantity,
                ln.unit,
                ln.unit_price,
                ln.vat_rate,
                ln.net,
            )
            for ln in s.scalars(
                select(CaseLine).where(CaseLine.case_id == case_id).order_by(CaseLine.position)
            )
        ]
        details = CaseDetails(
            id=case.id,
            version=case.version,
            number=case.number,
            direction=case.direction,
            kind=case.kind,
            status=case.status,
            currency=case.currency,
            net=case.net,
            tax=case.tax,
            gross=case.gross,
            paid_amount=case.paid_amount,
            payment_status=case.payment_status,
            due_date=case.due_date,
            issue_date=case.issue_date,
            payment_reference=case.payment_reference,
            payment_reference_valid=case.payment_reference_valid,
            reverse_charge=case.reverse_charge,
            notes=case.notes,
            error_message=case.error_message,
            read_only=is_read_only(case),
            state=case_state(case),
            party=_party(s, case),
            payments=payments,
            lines=lines,
            history=history,
            findings=case.findings,
            duplicate_of_id=case.duplicate_of_id,
            customer_credit=party_credit(s, case.party_id)
            if case.direction == Direction.OUT.value
            else Decimal("0.00"),
            mails=_mails(s, case_id),
            settlement=_settlement(s, case),
            owed=open_amounts(s, [case_id]).get(case_id) if case.direction == "out" else None,
            reminders=reminders_in(s, case_id),
            dunning_stopped=stop.reason if (stop := stop_of(s, case_id)) else None,
        )
    return _with_attachments(details, list_attachments(db, case_id))


#: e-mails that need no mention on the case any more
_DONE = ("sent", "canceled")


def _mails(s: Session, case_id: int) -> list[MailLine]:
    """The latest e-mail per purpose, unless it was sent or withdrawn."""
    latest: dict[str, MailLine] = {}
    for row in s.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.case_id == case_id)
        .order_by(OutboxMessage.id.desc())
    ):
        purpose = row.purpose or row.kind
        if purpose not in latest:
            latest[purpose] = MailLine(
                purpose, row.status, ", ".join(row.to_addrs), row.created_at,
                row.hold_reason, row.last_error,
            )  # fmt: skip
    return [m for m in latest.values() if m.status not in _DONE]


def _settlement(s: Session, case: Case) -> Message | None:
    """How a credit note was settled, or the credit notes offset against an invoice."""
    if case.kind == "credit_note":
        row = s.scalar(select(CreditSettlement).where(CreditSettlement.credit_case_id == case.id))
        if row is None:
            return msg("open: to be refunded or offset") if case.number else None
        if row.method == "refund":
            return msg("refunded on {day}", day=row.settled_on)
        number = s.scalar(select(Case.number).where(Case.id == row.invoice_case_id))
        return msg("offset against invoice {number} on {day}", number=number, day=row.settled_on)
    credited = credits_offset(s, [case.id]).get(case.id)
    if credited:
        return msg("credit notes offset: {amount}", amount=credited)
    return None


def _with_attachments(details: CaseDetails, attachments: list[AttachmentInfo]) -> CaseDetails:
    details.attachments.extend(attachments)
    return details


@retry_transient
def save_notes(db: Database, actor: Actor, case_id: int, notes: str, expected_version: int) -> int:
    """Save the internal notes of a case; raises ``ConflictError`` if it changed meanwhile.

    Notes are internal and may be changed on every active case. Returns the new version.
    """
    with db.write() as s:
        case = load_for_update(s, case_id)
        ensure_version(s, case, expected_version)
        case.notes = notes
        case.updated_at = utcnow()
        case.updated_by_id = actor.user_id
        s.flush()
        return case.version


__all__ = [
    "CaseDetails",
    "HistoryEntry",
    "LineDetails",
    "MailLine",
    "PartyDetails",
    "PaymentLine",
    "is_read_only",
    "load_case_details",
    "save_notes",
]
