"""What a customer still owes on an outgoing invoice: the one place that answers it.

Today the open amount follows from the case's payment state and the credit notes offset
against it (:class:`~invoicedesk.store.models.credits.CreditSettlement`); when payments are
recorded one by one, this is the function that learns about them. Dunning, the detail pane and
the credit-note settlement all ask here.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.credits import CreditSettlement

ZERO = Decimal("0.00")
#: statuses in which nothing is owed any more
CLOSED = frozenset({"draft", "paid", "completed", "canceled", "deleted", "settled"})


def credits_offset(session: Session, case_ids: Iterable[int]) -> dict[int, Decimal]:
    """Per invoice: the credit notes offset against it."""
    ids = list(case_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(CreditSettlement.invoice_case_id, func.sum(CreditSettlement.amount))
        .where(CreditSettlement.invoice_case_id.in_(ids), CreditSettlement.method == "offset")
        .group_by(CreditSettlement.invoice_case_id)
    )
    # sum() keeps the Money type (cents read back as a Decimal in euros)
    return {int(case_id): Decimal(total) for case_id, total in rows if case_id is not None}


def open_amounts(session: Session, case_ids: Iterable[int]) -> dict[int, Decimal]:
    """Per outgoing invoice: what is still to be paid (never below zero; credit notes and
    paid, cancelled or unissued cases owe nothing)."""
    ids = list(case_ids)
    if not ids:
        return {}
    offsets = credits_offset(session, ids)
    result: dict[int, Decimal] = {}
    rows = session.execute(
        select(
            Case.id, Case.kind, Case.status, Case.payment_status, Case.gross, Case.paid_amount
        ).where(Case.id.in_(ids))
    )
    for case_id, kind, status, payment, gross, paid in rows:
        if kind == "credit_note" or status in CLOSED or payment == "paid":
            result[case_id] = ZERO
            continue
        result[case_id] = max(ZERO, gross - paid - offsets.get(case_id, ZERO))
    return result


def open_amount(session: Session, case_id: int) -> Decimal:
    """What is still to be paid on one invoice (see :func:`open_amounts`)."""
    return open_amounts(session, [case_id]).get(case_id, ZERO)
