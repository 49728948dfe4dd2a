"""Settling credit notes: refunded to the customer, or offset against one of their invoices.

A credit note is a credit, not a receivable: *Issued → Sent → Settled*, never *Overdue*, never
*Paid*. *Settle* records how (a :class:`~invoicedesk.store.models.credits.CreditSettlement`
row, with the date and the invoice) and, for an offset, lowers what the invoice still owes
(:mod:`invoicedesk.store.receivables`): partly (payment state *partial*) or fully, which marks
the invoice paid - so it leaves the dunning at once.

A credit note for an invoice that was not paid yet is offset against it when it is issued
(its PDF says so); one for a paid invoice waits to be refunded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction, OutStatus, PaymentStatus
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import (
    SPECIAL_HANDLERS,
    ActionResult,
    apply_action,
    ensure_version,
    load_for_update,
    record,
)
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.credits import SETTLEMENT_METHODS, CreditSettlement
from invoicedesk.store.receivables import ZERO, open_amounts

Method = Literal["refund", "offset"]
#: ``session.info`` key: ``{"method", "on", "invoice_id"}`` for the SETTLE action
SETTLE_OPTIONS = "settle_options"
#: invoice statuses that can still take an offset
_OPEN = (OutStatus.ISSUED, OutStatus.SENT, OutStatus.OVERDUE, OutStatus.SEND_FAILED)


@dataclass(frozen=True)
class OpenInvoice:
    """An invoice of the customer a credit note can be offset against."""

    case_id: int
    number: str
    issue_date: date | None
    open_amount: Decimal
    currency: str


def settle_in_session(
    session: Session,
    credit: Case,
    actor: Actor,
    method: Method,
    on: date,
    invoice: Case | None,
    *,
    adjust_invoice: bool = True,
) -> None:
    """Record the settlement of ``credit`` in the caller's transaction (status and history are
    the caller's). An offset lowers what ``invoice`` owes; with ``adjust_invoice`` the invoice
    then is *partial* or, with nothing left, paid."""
    if method not in SETTLEMENT_METHODS:
        raise ValidationError("Settle a credit note by refund or offset, not {method!r}.",
                              method=method)  # fmt: skip
    if method == "offset":
        _check_offset(credit, invoice)
    session.add(
        CreditSettlement(
            credit_case_id=credit.id,
            method=method,
            settled_on=on,
            invoice_case_id=invoice.id if invoice is not None and method == "offset" else None,
            amount=credit.gross,
            created_by_id=actor.user_id,
        )
    )
    credit.payment_status = PaymentStatus.SETTLED.value
    if method == "offset" and invoice is not None and adjust_invoice:
        session.flush()
        _after_offset(session, invoice, credit, actor, on)


def _check_offset(credit: Case, invoice: Case | None) -> None:
    if invoice is None:
        raise ValidationError("Choose the invoice the credit note is offset against.")
    if (
        invoice.direction != Direction.OUT.value
        or invoice.kind == CaseKind.CREDIT_NOTE.value
        or invoice.number is None
    ):
        raise ValidationError("A credit note can only be offset against an issued invoice.")
    if invoice.party_id != credit.party_id or invoice.currency != credit.currency:
        raise ValidationError(
            "Invoice {number} is not one of this customer's in {currency}.",
            number=invoice.number,
            currency=credit.currency,
        )


def _after_offset(session: Session, invoice: Case, credit: Case, actor: Actor, on: date) -> None:
    """The invoice owes less: *partial*, or paid when nothing is left."""
    left = open_amounts(session, [invoice.id]).get(invoice.id, ZERO)
    if left <= ZERO and invoice.status in _OPEN:
        apply_action(session, invoice, actor, Action.MARK_PAID,
                     msg("settled by credit note {number}", number=credit.number))  # fmt: skip
        invoice.paid_on = on
        return
    invoice.payment_status = PaymentStatus.PARTIAL.value
    record(
        session, invoice, actor, "credit_offset", invoice.status,
        msg("credit note {number} offset: {amount}; still open: {left}",
            number=credit.number, amount=credit.gross, left=left),
    )  # fmt: skip


def _settle(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """SETTLE: refunded or offset, as chosen in :data:`SETTLE_OPTIONS` (default: refunded
    today)."""
    options = session.info.get(SETTLE_OPTIONS, {})
    method: Method = options.get("method", "refund")
    invoice = None
    if method == "offset":
        invoice_id = options.get("invoice_id")
        if invoice_id is None:
            raise ValidationError("Choose the invoice the credit note is offset against.")
        invoice = load_for_update(session, int(invoice_id))
        if invoice.status not in _OPEN:
            raise ValidationError("Invoice {number} has nothing open to offset against.",
                                  number=invoice.number)  # fmt: skip
    settle_in_session(session, case, actor, method, options.get("on") or date.today(), invoice)
    case.status = OutStatus.SETTLED.value


def settle_credit_note(
    db: Database,
    actor: Actor,
    credit_id: int,
    *,
    method: Method,
    on: date | None = None,
    invoice_id: int | None = None,
    expected_version: int | None = None,
) -> ActionResult:
    """*Settle*: the credit note was refunded (on ``on``) or is offset against ``invoice_id``."""
    with db.write() as s:
        case = load_for_update(s, credit_id)
        ensure_version(s, case, expected_version)
        s.info[SETTLE_OPTIONS] = {"method": method, "on": on, "invoice_id": invoice_id}
        if method == "offset" and invoice_id is not None:
            number = s.scalar(select(Case.number).where(Case.id == invoice_id))
            comment = msg("offset against invoice {number}", number=number or invoice_id)
        else:
            comment = msg("refunded on {day}", day=on or date.today())
        apply_action(s, case, actor, Action.SETTLE, comment)
        s.flush()
        return ActionResult(case.id, case.status, case.version, case.active)


def offset_choices(db: Database, credit_id: int) -> list[OpenInvoice]:
    """The customer's invoices with something open, the credited invoice first."""
    with db.read() as s:
        credit = s.get(Case, credit_id)
        if credit is None or credit.kind != CaseKind.CREDIT_NOTE.value:
            raise NotFound("There is no credit note with the id {case_id}.", case_id=credit_id)
        credited = credit.credit_for_id
        rows = s.execute(
            select(Case.id, Case.number, Case.issue_date, Case.currency)
            .where(
                Case.direction == Direction.OUT.value,
                Case.party_id == credit.party_id,
                Case.kind != CaseKind.CREDIT_NOTE.value,
                Case.number.is_not(None),
                Case.status.in_([status.value for status in _OPEN]),
                Case.currency == credit.currency,
            )
            .order_by(Case.issue_date.desc(), Case.id.desc())
            .limit(200)
        ).all()
        left = open_amounts(s, [r[0] for r in rows])
    choices = [
        OpenInvoice(cid, number or "", day, left.get(cid, ZERO), currency)
        for cid, number, day, currency in rows
        if left.get(cid, ZERO) > ZERO
    ]
    choices.sort(key=lambda c: c.case_id != credited)
    return choices


def register_handlers() -> None:
    """Put SETTLE into ``SPECIAL_HANDLERS``."""
    SPECIAL_HANDLERS[Action.SETTLE] = _settle
