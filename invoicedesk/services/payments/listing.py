"""Payments and statement lines for lists: the command line, the reconciliation view."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from invoicedesk.store.database import Database
from invoicedesk.store.models.payments import Payment, PaymentAllocation, StatementLine

#: statement line states that still wait for a clerk
WAITING = ("proposed", "unmatched")


@dataclass(frozen=True)
class PaymentRow:
    """One recorded payment with the cases it settles."""

    payment_id: int
    booked_on: date
    direction: str
    amount: Decimal
    currency: str
    party_name: str
    reference: str
    source: str
    case_ids: tuple[int, ...]
    allocated: Decimal
    undone: bool

    @property
    def credit(self) -> Decimal:
        """What the payment brought beyond its cases (the customer's credit)."""
        return Decimal("0.00") if self.undone else self.amount - self.allocated


@dataclass(frozen=True)
class LineRow:
    """One statement line that waits for a clerk (or, with ``all``, any line)."""

    line_id: int
    booking_date: date
    amount: Decimal
    currency: str
    name: str
    iban: str
    reference: str
    end_to_end_id: str
    state: str
    proposal: list[dict[str, object]]
    payment_id: int | None


def line_row(ln: StatementLine) -> LineRow:
    """A stored statement line as the lists show it."""
    return LineRow(
        ln.id,
        ln.booking_date,
        ln.amount,
        ln.currency,
        ln.counterparty_name,
        ln.counterparty_iban,
        ln.reference,
        ln.end_to_end_id,
        ln.state,
        list(ln.proposal or []),
        ln.payment_id,
    )


def list_payments(db: Database, limit: int = 1000) -> list[PaymentRow]:
    """The latest payments, newest first."""
    with db.read() as s:
        payments = s.scalars(
            select(Payment).order_by(Payment.booked_on.desc(), Payment.id.desc()).limit(limit)
        ).all()
        ids = [p.id for p in payments]
        cases: dict[int, list[int]] = defaultdict(list)
        sums: dict[int, Decimal] = defaultdict(lambda: Decimal("0.00"))
        if ids:
            for pid, cid, part in s.execute(
                select(
                    PaymentAllocation.payment_id,
                    PaymentAllocation.case_id,
                    PaymentAllocation.amount,
                )
                .where(PaymentAllocation.payment_id.in_(ids))
                .order_by(PaymentAllocation.id)
            ):
                cases[pid].append(cid)
                sums[pid] += part
        return [
            PaymentRow(
                p.id,
                p.booked_on,
                p.direction,
                p.amount,
                p.currency,
                p.party_name,
                p.reference,
                p.source,
                tuple(cases[p.id]),
                sums[p.id],
                p.undone_at is not None,
            )
            for p in payments
        ]


def list_lines(db: Database, waiting_only: bool = True, limit: int = 5000) -> list[LineRow]:
    """Statement lines, oldest first: those waiting for a clerk, or all."""
    with db.read() as s:
        query = select(StatementLine).order_by(StatementLine.booking_date, StatementLine.id)
        if waiting_only:
            query = query.where(StatementLine.state.in_(WAITING))
        return [line_row(ln) for ln in s.scalars(query.limit(limit))]


def party_credit(session: Session, party_id: int | None) -> Decimal:
    """What a customer paid beyond their invoices (payments received, not undone)."""
    if party_id is None:
        return Decimal("0.00")
    paid = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).where(
            Payment.party_id == party_id, Payment.direction == "in", Payment.undone_at.is_(None)
        )
    )
    allocated = session.scalar(
        select(func.coalesce(func.sum(PaymentAllocation.amount), 0))
        .join(Payment, Payment.id == PaymentAllocation.payment_id)
        .where(Payment.party_id == party_id, Payment.direction == "in", Payment.undone_at.is_(None))
    )
    # sum() of the Money column comes back in cents on some backends: read it through the type
    return (Decimal(paid or 0) - Decimal(allocated or 0)).quantize(Decimal("0.01"))


def customer_credit(db: Database, party_id: int) -> Decimal:
    """:func:`party_credit` in its own read transaction."""
    with db.read() as s:
        return party_credit(s, party_id)
