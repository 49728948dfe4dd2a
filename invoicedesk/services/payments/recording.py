"""Recording payments against one or more cases, and undoing them (both in the history).

A payment is recorded with the amount per case; what a payment received brings beyond its
allocations stays with it as a credit of the customer. Every case it touches gets a history
row (*Record payment* / *Undo payment*) in the same transaction, after the same permission
check as any other case action, and its payment state is settled
(:func:`invoicedesk.services.payments.settle.settle`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import check_amount, round_cents
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import (
    SPECIAL_HANDLERS,
    apply_action,
    load_for_update,
)
from invoicedesk.services.payments.refunds import is_credit_note, settle_by_refund
from invoicedesk.services.payments.settle import ZERO, open_amount_of, settle
from invoicedesk.store.database import Database, retry_transient
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.payments import Payment, PaymentAllocation
from invoicedesk.store.types import utcnow

SOURCES = ("manual", "bank", "pos", "offset")


@dataclass(frozen=True)
class PaymentInput:
    """A payment to record: received (``in``) or paid out (``out``)."""

    amount: Decimal
    booked_on: date
    allocations: Sequence[tuple[int, Decimal]]
    direction: str = "in"
    currency: str = "EUR"
    party_name: str = ""
    iban: str = ""
    reference: str = ""
    end_to_end_id: str = ""
    source: str = "manual"
    statement_line_id: int | None = None


@dataclass(frozen=True)
class RecordedPayment:
    """What was recorded: the payment, the cases and what is left as the customer's credit."""

    payment_id: int
    case_ids: tuple[int, ...]
    credit: Decimal
    statuses: dict[int, str] = field(default_factory=dict)


def _check_input(data: PaymentInput) -> None:
    if data.direction not in ("in", "out"):
        raise ValidationError("A payment is received (in) or paid out (out).")
    if data.source not in SOURCES:
        raise ValidationError("Unknown payment source {source!r}.", source=data.source)
    check_amount(data.amount)
    if data.amount <= ZERO:
        raise ValidationError("The amount of a payment must be above zero.")
    if round_cents(data.amount) != data.amount:
        raise ValidationError("The amount of a payment has at most two decimals.")
    ids = [cid for cid, _ in data.allocations]
    if len(set(ids)) != len(ids):
        raise ValidationError("A payment names each case only once.")
    if any(part <= ZERO for _, part in data.allocations):
        raise ValidationError("Each case's part of a payment must be above zero.")
    if sum((part for _, part in data.allocations), ZERO) > data.amount:
        raise ValidationError("The parts for the cases add up to more than the payment.")


def _check_case(session: Session, case: Case, data: PaymentInput, part: Decimal) -> None:
    """The case can take this payment: its side, currency and what is open."""
    expected = "in" if case.direction == Direction.OUT.value else "out"
    if case.kind == CaseKind.CREDIT_NOTE.value and case.direction == Direction.OUT.value:
        expected = "out"  # a credit note is settled by a refund
    if data.direction != expected:
        raise ValidationError(
            "Case {case_id} cannot be settled by a payment in this direction.", case_id=case.id
        )
    if case.currency != data.currency:
        raise ValidationError(
            "Case {case_id} is in {currency}, the payment is not.",
            case_id=case.id,
            currency=case.currency,
        )
    if case.status == OutStatus.CANCELED.value:
        raise ValidationError("Case {case_id} is canceled.", case_id=case.id)
    if is_credit_note(case):
        return  # refunded in full, checked with the settlement (refunds.settle_by_refund)
    open_amount = open_amount_of(case, session)
    if part > open_amount:
        raise ValidationError(
            "Case {case_id} has only {open} open; the rest stays as the customer's credit.",
            case_id=case.id,
            open=open_amount,
        )


def record_in_session(session: Session, actor: Actor, data: PaymentInput) -> RecordedPayment:
    """Record ``data`` inside the caller's transaction (cases locked, checked, in history)."""
    _check_input(data)
    cases = [load_for_update(session, cid) for cid, _ in data.allocations]
    for case, (_, part) in zip(cases, data.allocations, strict=True):
        _check_case(session, case, data, part)
    party_id = next((c.party_id for c in cases if c.party_id is not None), None)
    payment = Payment(
        direction=data.direction,
        amount=data.amount,
        currency=data.currency,
        booked_on=data.booked_on,
        party_id=party_id,
        party_name=data.party_name or (cases[0].party_name if cases else ""),
        iban=data.iban,
        reference=data.reference,
        end_to_end_id=data.end_to_end_id,
        source=data.source,
        statement_line_id=data.statement_line_id,
        created_by_id=actor.user_id,
    )
    session.add(payment)
    session.flush()
    statuses: dict[int, str] = {}
    for case, (_, part) in zip(cases, data.allocations, strict=True):
        session.add(PaymentAllocation(payment_id=payment.id, case_id=case.id, amount=part))
        if is_credit_note(case):  # settled by the refund (issue 17's one rule)
            settle_by_refund(session, case, actor, part, data.booked_on, data.source)
            statuses[case.id] = case.status
            continue
        left = open_amount_of(case, session) - part
        comment = msg(
            "payment of {amount} on {day} ({source}); open: {left}",
            amount=part,
            day=data.booked_on,
            source=data.source,
            left=left,
        )
        apply_action(session, case, actor, Action.RECORD_PAYMENT, comment)
        statuses[case.id] = case.status
    credit = data.amount - sum((part for _, part in data.allocations), ZERO)
    return RecordedPayment(payment.id, tuple(c.id for c in cases), credit, statuses)


@retry_transient
def record_payment(db: Database, actor: Actor, data: PaymentInput) -> RecordedPayment:
    """Record a payment in its own transaction (see :func:`record_in_session`)."""
    with db.write() as s:
        return record_in_session(s, actor, data)


def undo_in_session(session: Session, actor: Actor, payment_id: int, comment: str = "") -> None:
    """Undo a payment in the caller's transaction: its cases are open again (history rows)."""
    payment = session.get(Payment, payment_id, with_for_update=True)
    if payment is None:
        raise NotFound("There is no payment with the id {payment_id}.", payment_id=payment_id)
    if payment.undone_at is not None:
        raise ValidationError("Payment {payment_id} was undone already.", payment_id=payment_id)
    payment.undone_at = utcnow()
    payment.undone_by_id = actor.user_id
    allocations = session.scalars(
        select(PaymentAllocation)
        .where(PaymentAllocation.payment_id == payment_id)
        .order_by(PaymentAllocation.case_id)
    ).all()
    for allocation in allocations:
        case = load_for_update(session, allocation.case_id)
        text = msg(
            "payment of {amount} on {day} undone", amount=allocation.amount, day=payment.booked_on
        )
        if comment.strip():
            text = msg("{what}: {comment}", what=text, comment=comment.strip())
        apply_action(session, case, actor, Action.UNDO_PAYMENT, text)


def undo_payment(db: Database, actor: Actor, payment_id: int, comment: str = "") -> None:
    """Undo a payment in its own transaction (see :func:`undo_in_session`)."""
    with db.write() as s:
        undo_in_session(s, actor, payment_id, comment)


def _settle_handler(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """RECORD_PAYMENT / UNDO_PAYMENT: the allocations are written; settle the case."""
    settle(session, case)


def pay_what_is_open(session: Session, case: Case, actor: Actor, source: str) -> None:
    """Record a payment of what is open today on a locked case (``source`` manual or pos) and
    settle it; the caller's action writes the history row."""
    open_amount = open_amount_of(case, session)
    if open_amount > ZERO:
        payment = Payment(
            direction="in",
            amount=open_amount,
            currency=case.currency,
            booked_on=date.today(),
            party_id=case.party_id,
            party_name=case.party_name,
            source=source,
            created_by_id=actor.user_id,
        )
        session.add(payment)
        session.flush()
        session.add(PaymentAllocation(payment_id=payment.id, case_id=case.id, amount=open_amount))
    settle(session, case)


def _mark_paid(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """*Mark paid* without a dialog (command line, other services): a manual payment of what
    is open today, then the invoice is *Paid*."""
    pay_what_is_open(session, case, actor, "manual")
    case.status = OutStatus.PAID.value
    case.payment_status = "paid"


def _paid_pos(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """*Paid POS*: paid on site — a payment of source ``pos`` for what is open; the invoice
    completes at once (as the workflow says) and *Undo payment* opens it again."""
    pay_what_is_open(session, case, actor, "pos")
    case.status = OutStatus.COMPLETED.value
    case.payment_status = "paid"


def _mark_unpaid(session: Session, case: Case, actor: Actor, comment: str) -> None:
    """*Mark not paid*: undo the case's own payments (a payment shared with other cases is
    undone through *Undo payment*, which re-opens all of them)."""
    payments = session.scalars(
        select(Payment)
        .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        .where(PaymentAllocation.case_id == case.id, Payment.undone_at.is_(None))
    ).all()
    for payment in payments:
        others = session.scalar(
            select(PaymentAllocation.id)
            .where(PaymentAllocation.payment_id == payment.id, PaymentAllocation.case_id != case.id)
            .limit(1)
        )
        if others is not None:
            raise ValidationError(
                "Payment {payment_id} also settles other cases; undo that payment instead.",
                payment_id=payment.id,
            )
        payment.undone_at = utcnow()
        payment.undone_by_id = actor.user_id
    settle(session, case)
    if case.status == OutStatus.PAID.value:  # paid without a payment record (older data)
        case.status = OutStatus.SENT.value
        case.payment_status = "unpaid"
        case.paid_amount = ZERO
        case.paid_on = None
    if case.status == OutStatus.SENT.value and case.due_date and case.due_date < date.today():
        case.status = OutStatus.OVERDUE.value


def register_handlers() -> None:
    """Put the payment actions into ``SPECIAL_HANDLERS`` (called by ``services.wiring``)."""
    SPECIAL_HANDLERS[Action.RECORD_PAYMENT] = _settle_handler
    SPECIAL_HANDLERS[Action.UNDO_PAYMENT] = _settle_handler
    SPECIAL_HANDLERS[Action.MARK_PAID] = _mark_paid
    SPECIAL_HANDLERS[Action.MARK_UNPAID] = _mark_unpaid
    SPECIAL_HANDLERS[Action.PAID_POS] = _paid_pos
