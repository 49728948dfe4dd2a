"""Sales orders, their lines, delivery notes and the one link from an order to its invoice."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, Quantity, UTCDateTime, utcnow


class SalesOrder(Base):
    """An order of a customer: stage (open, won, canceled), lines, the *approved for
    invoicing* flag and the invoice delivery (email, print, create_only) taken from the
    customer when the order is made.
    """

    __tablename__ = "sales_orders"
    __table_args__ = (
        UniqueConstraint("number", name="uq_sales_orders_number"),
        UniqueConstraint("origin", "remote_id", name="uq_sales_orders_origin_remote"),
        Index("ix_sales_orders_stage_closed", "stage", "closed_on"),
        Index("ix_sales_orders_party", "party_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    party_id: Mapped[int] = mapped_column(ForeignKey("parties.id"))
    stage: Mapped[str] = mapped_column(String(10), default="open")
    order_date: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    delivery: Mapped[str] = mapped_column(String(12), default="email")
    reverse_charge: Mapped[bool] = mapped_column(Boolean, default=False)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    net: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    gross: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    customer_reference: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    shipping_method_id: Mapped[int | None] = mapped_column(ForeignKey("shipping_methods.id"))
    origin: Mapped[str | None] = mapped_column(String(50))
    remote_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order",
        cascade="all, delete-orphan",
        order_by="SalesOrderLine.position",
        lazy="selectin",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class SalesOrderLine(Base):
    """One line of an order (article, quantity, net unit price, VAT)."""

    __tablename__ = "sales_order_lines"
    __table_args__ = (Index("ix_sales_order_lines_order", "order_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id"))
    article_no: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(8), default="C62")
    unit_price: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("0"))
    discount_percent: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(Money(), default=Decimal("19"))
    vat_category: Mapped[str] = mapped_column(String(3), default="S")
    #: goods or service (from the article)
    kind: Mapped[str] = mapped_column(String(8), default="goods")

    order: Mapped[SalesOrder] = relationship(back_populates="lines")


class DeliveryNote(Base):
    """The delivery note of an order: its number and PDF (stored once as a blob)."""

    __tablename__ = "delivery_notes"
    __table_args__ = (
        UniqueConstraint("order_id", name="uq_delivery_notes_order_id"),
        UniqueConstraint("number", name="uq_delivery_notes_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date] = mapped_column(Date)
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class OrderInvoice(Base):
    """The invoice of an order. Both columns are unique: an order is invoiced at most once,
    whoever tries (two clerks, a resumed billing run), and a case belongs to one order.
    """

    __tablename__ = "order_invoices"
    __table_args__ = (UniqueConstraint("case_id", name="uq_order_invoices_case_id"),)

    order_id: Mapped[int] = mapped_column(
        ForeignKey("sales_orders.id", ondelete="CASCADE"), primary_key=True
    )
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    run_id: Mapped[int | None] = mapped_column(ForeignKey("billing_runs.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
