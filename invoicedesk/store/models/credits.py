"""How a credit note was settled: refunded, or offset against an invoice of the customer."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, UTCDateTime, utcnow

SETTLEMENT_METHODS = ("refund", "offset")


class CreditSettlement(Base):
    """The settlement of one credit note (a new row; the issued credit note never changes).

    ``offset``: the credit reduces the open amount of ``invoice_case_id`` by ``amount``;
    ``refund``: the money was paid back to the customer on ``settled_on``.
    """

    __tablename__ = "credit_settlements"
    __table_args__ = (Index("ix_credit_settlements_invoice", "invoice_case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    credit_case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), unique=True)
    method: Mapped[str] = mapped_column(String(8))
    settled_on: Mapped[date] = mapped_column(Date)
    invoice_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    amount: Mapped[Decimal] = mapped_column(Money())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
