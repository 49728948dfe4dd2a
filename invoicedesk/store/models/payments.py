"""Payments as records, the cases each settles, and imported bank statements.

A :class:`Payment` is money that moved: received from a customer (``direction='in'``) or paid
to a supplier or refunded (``'out'``). :class:`PaymentAllocation` rows say which cases it
settles with how much; what a payment received brings beyond its allocations is a credit of
the customer (``party_id``). An undone payment keeps its row (``undone_at``) and its
allocations stop counting. :class:`BankStatement` and :class:`StatementLine` hold what a
CAMT.053 or MT940 file said, line by line, with what the matching made of each line.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, UTCDateTime, utcnow


class Payment(Base):
    """Money received (``in``) or paid out (``out``), always a positive ``amount``."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_party", "party_id"),
        Index("ix_payments_booked_on", "booked_on", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    booked_on: Mapped[date] = mapped_column(Date)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"))
    party_name: Mapped[str] = mapped_column(String(200), default="")
    iban: Mapped[str] = mapped_column(String(34), default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    end_to_end_id: Mapped[str] = mapped_column(String(64), default="")
    #: manual, bank (a statement line), pos, offset
    source: Mapped[str] = mapped_column(String(8), default="manual")
    statement_line_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    undone_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class PaymentAllocation(Base):
    """The part of a payment that settles one case."""

    __tablename__ = "payment_allocations"
    __table_args__ = (
        Index("ix_payment_allocations_case", "case_id"),
        Index("ix_payment_allocations_payment", "payment_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id", ondelete="CASCADE"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    amount: Mapped[Decimal] = mapped_column(Money())


class BankStatement(Base):
    """One imported statement (a CAMT ``Stmt`` or an MT940 ``:20:`` block)."""

    __tablename__ = "bank_statements"
    __table_args__ = (
        UniqueConstraint("account", "statement_key", name="uq_bank_statements_account_key"),
        Index("ix_bank_statements_entries", "entries_sha256"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: the account's IBAN (or bank code/account number of MT940 ``:25:``)
    account: Mapped[str] = mapped_column(String(64))
    #: statement id and sequence number as the bank gave them (``id/sequence``)
    statement_key: Mapped[str] = mapped_column(String(120))
    file_format: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(260), default="")
    entries_sha256: Mapped[str] = mapped_column(String(64))
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class StatementLine(Base):
    """One booked entry of a statement and what became of it.

    ``state``: ``booked`` (a payment was recorded), ``proposed`` (candidates wait for a
    clerk), ``unmatched``, ``ignored`` (marked "no invoice").
    """

    __tablename__ = "statement_lines"
    __table_args__ = (
        Index("ix_statement_lines_statement", "statement_id", "position"),
        Index("ix_statement_lines_state", "state", "id"),
        Index("ix_statement_lines_state_date", "state", "booking_date", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("bank_statements.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    booking_date: Mapped[date] = mapped_column(Date)
    value_date: Mapped[date | None] = mapped_column(Date)
    #: signed: credits positive, debits negative
    amount: Mapped[Decimal] = mapped_column(Money())
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    counterparty_name: Mapped[str] = mapped_column(String(200), default="")
    counterparty_iban: Mapped[str] = mapped_column(String(34), default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    end_to_end_id: Mapped[str] = mapped_column(String(64), default="")
    bank_reference: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(10), default="unmatched")
    #: the matching's candidates: [{"case_id", "amount", "score", "reason"}]
    proposal: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"))
