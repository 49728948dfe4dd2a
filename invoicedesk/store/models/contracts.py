"""Service contracts: a customer, lines, a start (and optional end) and a billing interval."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, Quantity, UTCDateTime, utcnow


class ServiceContract(Base):
    """A recurring service for one customer, billed every ``interval_months`` months.

    ``next_due`` is the billing date of the first period not taken over yet (``None`` when the
    contract has ended). ``version`` guards concurrent edits like the cases' version column.
    """

    __tablename__ = "service_contracts"
    __table_args__ = (
        Index("ix_service_contracts_party", "party_id"),
        Index("ix_service_contracts_active_due", "active", "next_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    interval_months: Mapped[int] = mapped_column(Integer)
    billing: Mapped[str] = mapped_column(String(8), default="advance")
    next_due: Mapped[date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    recipient_email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[ContractLine]] = relationship(
        back_populates="contract",
        cascade="all, delete-orphan",
        order_by="ContractLine.position",
        lazy="selectin",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ContractLine(Base):
    """One article of a contract, billed once per period."""

    __tablename__ = "contract_lines"
    __table_args__ = (Index("ix_contract_lines_contract", "contract_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("service_contracts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    article_no: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text)
    quantity: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(8), default="C62")
    unit_price: Mapped[Decimal] = mapped_column(Quantity())
    vat_rate: Mapped[Decimal] = mapped_column(Money(), default=Decimal("19"))
    vat_category: Mapped[str] = mapped_column(String(3), default="S")
    #: goods or service; a contract's lines are services unless said otherwise
    kind: Mapped[str] = mapped_column(String(8), default="service")

    contract: Mapped[ServiceContract] = relationship(back_populates="lines")
