"""Booking one statement line the way of every case action: a clerk's booking in the
reconciliation, and the import's refunds of credit notes (settled by issue 17's one rule).
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from invoicedesk.domain.workflow import Actor
from invoicedesk.services.payments.recording import PaymentInput, record_in_session
from invoicedesk.store.models.payments import StatementLine


def book_line(
    session: Session, actor: Actor, line: StatementLine, allocations: list[tuple[int, Decimal]]
) -> list[tuple[int, Decimal]]:
    """Record the payment of a statement line with its parts per case; the line is booked."""
    recorded = record_in_session(
        session,
        actor,
        PaymentInput(
            amount=abs(line.amount),
            booked_on=line.booking_date,
            allocations=allocations,
            direction="in" if line.amount > 0 else "out",
            currency=line.currency,
            party_name=line.counterparty_name,
            iban=line.counterparty_iban,
            reference=line.reference,
            end_to_end_id=line.end_to_end_id,
            source="bank",
            statement_line_id=line.id,
        ),
    )
    line.payment_id = recorded.payment_id
    line.state = "booked"
    return allocations
