"""The one place that decides a case's payment state from the payments recorded for it.

:func:`settle` sums the allocations of the payments not undone, writes ``paid_amount``,
``payment_status`` and ``paid_on``, and moves an outgoing invoice to *Paid* when nothing is
open (back to where it was when an undo opens it again). Everything that pays or un-pays a
case ends here — *Mark paid*, a booked statement line, an undo, a credit note offset (issue
17's :mod:`invoicedesk.store.receivables` counts the offsets, this module the payments) — so
the dunning, which asks for ``payment_status``, sees a paid invoice leave at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import Direction, OutStatus, PaymentStatus
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.payments import Payment, PaymentAllocation
from invoicedesk.store.receivables import credits_offset

ZERO = Decimal("0.00")
#: outgoing statuses from which a full payment makes the invoice *Paid*
PAYABLE_OUT = frozenset(
    {OutStatus.ISSUED, OutStatus.SENT, OutStatus.OVERDUE, OutStatus.SEND_FAILED}
)

#: outgoing statuses an undo re-opens (a completed invoice was paid, e.g. at the point of sale)
_PAID_STATUSES = frozenset({OutStatus.PAID.value, OutStatus.COMPLETED.value})


def paid_amounts(session: Session, case_ids: Iterable[int]) -> dict[int, Decimal]:
    """Per case: the sum of the allocations of payments that were not undone."""
    ids = list(case_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(PaymentAllocation.case_id, func.sum(PaymentAllocation.amount))
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentAllocation.case_id.in_(ids), Payment.undone_at.is_(None))
        .group_by(PaymentAllocation.case_id)
    )
    return {int(cid): Decimal(total) for cid, total in rows}


def last_payment_date(session: Session, case_id: int) -> date | None:
    """The date of the latest payment still counting for the case."""
    return session.scalar(
        select(func.max(Payment.booked_on))
        .join(PaymentAllocation, PaymentAllocation.payment_id == Payment.id)
        .where(PaymentAllocation.case_id == case_id, Payment.undone_at.is_(None))
    )


def open_amount_of(case: Case, session: Session | None = None) -> Decimal:
    """What is still open on a loaded case (never below zero); with ``session``, credit
    notes offset against an outgoing invoice count as paid (issue 17's receivables)."""
    offsets = ZERO
    if session is not None and case.direction == Direction.OUT.value:
        offsets = credits_offset(session, [case.id]).get(case.id, ZERO)
    return max(ZERO, case.gross - case.paid_amount - offsets)


def _status_before_paid(session: Session, case: Case) -> str:
    """The status an invoice had before it became *Paid* (or *Completed* at once, paid at
    the point of sale), for an undo."""
    before = session.scalar(
        select(StatusHistory.from_status)
        .where(
            StatusHistory.case_id == case.id,
            StatusHistory.to_status.in_([OutStatus.PAID.value, OutStatus.COMPLETED.value]),
            StatusHistory.from_status.in_([s.value for s in PAYABLE_OUT]),
        )
        .order_by(StatusHistory.at.desc(), StatusHistory.id.desc())
        .limit(1)
    )
    if before is not None:
        return str(before)
    if case.due_date is not None and case.due_date < date.today():
        return OutStatus.OVERDUE.value
    return OutStatus.SENT.value


@dataclass(frozen=True)
class Settlement:
    """A case's payment state as the payments and offsets make it.

    ``status``: the status the case moves to — *Paid* when nothing is open, unchanged
    otherwise, or ``None`` when an undo re-opens a *Paid* (or, paid at the point of sale,
    *Completed*) invoice (the status it had before
    is read from the history by :func:`settle`).
    """

    paid_amount: Decimal
    payment_status: PaymentStatus
    paid_on: date | None
    status: str | None


def settlement(
    direction: str,
    status: str,
    gross: Decimal,
    paid: Decimal,
    offsets: Decimal = ZERO,
    last_paid_on: date | None = None,
) -> Settlement:
    """The one settle rule: from what the case's payments add up to (``paid``), the credit
    notes offset against it and the date of its latest payment, its payment state and status.

    :func:`settle` feeds it from the database (one case), the bulk booking of a statement
    (:mod:`invoicedesk.services.payments.bulk_booking`) from its in-memory sums per case."""
    covered = paid + offsets if direction == Direction.OUT.value else paid
    if covered <= ZERO:
        state = PaymentStatus.UNPAID
    elif covered < gross:
        state = PaymentStatus.PARTIAL
    else:
        state = PaymentStatus.PAID
    paid_on = last_paid_on if state is PaymentStatus.PAID else None
    new_status: str | None = status
    if direction == Direction.OUT.value:
        if state is PaymentStatus.PAID and status in PAYABLE_OUT:
            new_status = OutStatus.PAID.value
        elif state is not PaymentStatus.PAID and status in _PAID_STATUSES:
            new_status = None
    return Settlement(paid, state, paid_on, new_status)


def settle(session: Session, case: Case) -> None:
    """Bring the case's payment state and status in line with its payments.

    The caller has locked the case and checked the action, and writes the history row
    (through :func:`~invoicedesk.services.cases.actions.apply_action`, whose handlers for
    *Record payment*, *Undo payment*, *Mark paid* and *Mark not paid* end here).
    """
    session.flush()
    paid = paid_amounts(session, [case.id]).get(case.id, ZERO)
    offsets = ZERO
    if case.direction == Direction.OUT.value:  # credit notes offset against the invoice
        offsets = credits_offset(session, [case.id]).get(case.id, ZERO)
    result = settlement(
        case.direction,
        case.status,
        case.gross,
        paid,
        offsets,
        last_payment_date(session, case.id) if paid + offsets >= case.gross else None,
    )
    case.paid_amount = result.paid_amount
    case.payment_status = result.payment_status.value
    case.paid_on = result.paid_on
    if result.status is None:
        case.status = _status_before_paid(session, case)
    elif result.status != case.status:
        case.status = result.status
