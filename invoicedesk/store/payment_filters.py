"""SQL conditions on payments that the case table's filters and the booking export share.

Which payments still have to go to booking (the export and the desk's *Bookable*): a payment
counting (not undone) that was never exported, or one undone after it was exported whose
reversal was not exported yet. A payment undone before its export never goes to booking.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, exists, or_, select

from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.payment_exports import BookingExportPayment
from invoicedesk.store.models.payments import Payment, PaymentAllocation


def _exported(reversal: bool) -> Any:
    return exists().where(
        BookingExportPayment.payment_id == Payment.id,
        BookingExportPayment.reversal.is_(reversal),
    )


def payment_to_book() -> Any:
    """SQL condition on :class:`Payment`: it (or its reversal) waits for the booking export."""
    return or_(
        and_(Payment.undone_at.is_(None), ~_exported(False)),
        and_(Payment.undone_at.is_not(None), _exported(False), ~_exported(True)),
    )


def reversal_due() -> Any:
    """SQL condition on :class:`Payment`: what waits is its reversal."""
    return Payment.undone_at.is_not(None)


def case_has_payment_to_book() -> Any:
    """SQL condition on :class:`Case`: a payment of the case waits for the booking export."""
    return exists(
        select(PaymentAllocation.id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentAllocation.case_id == Case.id, payment_to_book())
    )


def case_paid_between(first: date | None, last: date | None) -> Any:
    """SQL condition on :class:`Case`: fully paid in the range (``paid_on``), or a payment
    that counts (a part payment too) was received or paid out in it."""
    on_paid: list[Any] = []
    on_payment: list[Any] = [Payment.undone_at.is_(None)]
    if first is not None:
        on_paid.append(Case.paid_on >= first)
        on_payment.append(Payment.booked_on >= first)
    if last is not None:
        on_paid.append(Case.paid_on <= last)
        on_payment.append(Payment.booked_on <= last)
    paid_in_range = exists(
        select(PaymentAllocation.id)
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(PaymentAllocation.case_id == Case.id, *on_payment)
    )
    return or_(and_(*on_paid), paid_in_range)
