"""Pending contract invoices: what a contract bills for one period, before it is merged.

*Take over as invoices* writes one row per contract and period (the unique key makes a second
take-over of the same period a no-op). *Merge* turns several rows into one collective invoice,
an outgoing case of kind ``collective`` (``collective_case_id``); *undo* sets them pending again.
Issuing numbers happens only when the collective invoice is sent.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.models.cases import Case
from invoicedesk.store.types import Money, UTCDateTime, utcnow

CONTRACT_INVOICE_STATUSES = ("pending", "merged")


class ContractInvoice(Base):
    """One period of one contract, as an invoice waiting to be merged (no number yet).

    ``lines`` is a copy of the contract's lines at take-over time (decimals as strings), so a
    later change of the contract does not change invoices already taken over.
    """

    __tablename__ = "contract_invoices"
    __table_args__ = (
        UniqueConstraint("contract_id", "period_start", name="uq_contract_invoices_period"),
        Index("ix_contract_invoices_status_party", "status", "party_id"),
        Index("ix_contract_invoices_collective", "collective_case_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("service_contracts.id"))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    period_index: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    billing_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(8), default="pending")
    collective_case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL")
    )
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    recipient_email: Mapped[str | None] = mapped_column(String(254))
    net: Mapped[Decimal] = mapped_column(Money())
    gross: Mapped[Decimal] = mapped_column(Money())
    lines: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


#: the collective invoices waiting for their send date (scheduler, login popup); declared here
#: so that the cases model stays as the foundation wrote it
Index("ix_cases_kind_status_send", Case.kind, Case.status, Case.send_date)
