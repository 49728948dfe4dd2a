"""Invoice cases, their lines and status history (payments: :mod:`.payments`)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, Quantity, UTCDateTime, utcnow


class Case(Base):
    """The life of one invoice, outgoing or incoming.

    ``version`` is the optimistic-lock counter: every flush increments it, and a flush against
    a changed row fails instead of overwriting somebody else's change.
    Outgoing cases with a ``number`` are issued: their lines and snapshot never change.
    """

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("series_id", "number", name="uq_cases_series_number"),
        Index("ix_cases_active_created", "active", "created_at", "id"),
        Index("ix_cases_active_status", "active", "status", "created_at"),
        Index("ix_cases_active_gross", "active", "gross", "id"),
        Index("ix_cases_active_due", "active", "due_date", "id"),
        Index("ix_cases_active_party", "active", "party_name", "id"),
        Index("ix_cases_active_number", "active", "number", "id"),
        Index("ix_cases_active_pending", "active", "pending_action"),
        Index("ix_cases_creator", "created_by_id", "active"),
        Index("ix_cases_updated", "updated_at"),
        Index("ix_cases_party", "party_id"),
        Index("ix_cases_supplier_number", "direction", "party_id", "number"),
        Index("ix_cases_content_sha", "source_sha256"),
        Index("ix_cases_active_status_id", "active", "status", "id"),
        Index("ix_cases_active_direction_id", "active", "direction", "id"),
        Index("ix_cases_active_pending_id", "active", "pending_action", "id"),
        Index(
            "ix_cases_active_created_filter",
            "active",
            "created_at",
            "id",
            "status",
            "direction",
            "search_text",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    direction: Mapped[str] = mapped_column(String(3))
    kind: Mapped[str] = mapped_column(String(12), default="invoice")
    status: Mapped[str] = mapped_column(String(12))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    pending_action: Mapped[str] = mapped_column(String(16), default="none")
    number: Mapped[str | None] = mapped_column(String(40))
    series_id: Mapped[int | None] = mapped_column(ForeignKey("number_series.id"))
    party_id: Mapped[int | None] = mapped_column(ForeignKey("parties.id"))
    party_name: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(String(300), default="")
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    net: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    tax: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    gross: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    paid_amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    payment_status: Mapped[str] = mapped_column(String(8), default="unpaid")
    paid_on: Mapped[date | None] = mapped_column(Date)
    issue_date: Mapped[date | None] = mapped_column(Date)
    due_date: Mapped[date | None] = mapped_column(Date)
    delivery_date: Mapped[date | None] = mapped_column(Date)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    send_date: Mapped[date | None] = mapped_column(Date)
    reverse_charge: Mapped[bool] = mapped_column(Boolean, default=False)
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    booked: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(5), default="de")
    payment_reference: Mapped[str | None] = mapped_column(String(140))
    payment_reference_valid: Mapped[bool] = mapped_column(Boolean, default=True)
    payment_terms: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    recipient_email: Mapped[str | None] = mapped_column(String(254))
    credit_for_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    issued_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    extraction: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    error_message: Mapped[str | None] = mapped_column(Text)
    source_sha256: Mapped[str | None] = mapped_column(String(64))
    #: incoming: 'complete' (every field read surely) or 'check' (fields to look at)
    readout: Mapped[str | None] = mapped_column(String(8))
    #: incoming: fatal validation findings of the e-invoice XML
    findings: Mapped[int] = mapped_column(Integer, server_default="0")
    #: incoming: the first other case that may be the same invoice
    duplicate_of_id: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    edited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)

    lines: Mapped[list[CaseLine]] = relationship(
        back_populates="case",
        cascade="all, delete-orphan",
        order_by="CaseLine.position",
        lazy="selectin",
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CaseLine(Base):
    """One line item; ``net`` is stored as computed by :mod:`invoicedesk.domain.totals`."""

    __tablename__ = "case_lines"
    __table_args__ = (Index("ix_case_lines_case", "case_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    article_no: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("1"))
    unit: Mapped[str] = mapped_column(String(8), default="C62")
    unit_price: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("0"))
    discount_percent: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(Money(), default=Decimal("19"))
    vat_category: Mapped[str] = mapped_column(String(3), default="S")
    #: goods or service (decides intra-EU supply vs reverse charge, export vs not taxable)
    kind: Mapped[str] = mapped_column(String(8), default="goods")
    #: the clerk chose the category by hand against the automatic decision (recorded)
    tax_override: Mapped[bool] = mapped_column(Boolean, default=False)
    net: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    cost_account: Mapped[str | None] = mapped_column(String(20))
    cost_centre: Mapped[str | None] = mapped_column(String(20))

    case: Mapped[Case] = relationship(back_populates="lines")


class StatusHistory(Base):
    """One row per status change or recorded action, written in the same transaction.

    Append-only (database triggers refuse UPDATE and DELETE) and hash-chained: ``row_hash``
    links each row to the previous row of its case, ``chain_hash`` to the previous row of the
    same part of the table chain, ``chain_part`` (:mod:`invoicedesk.store.audit`).
    """

    __tablename__ = "status_history"
    __table_args__ = (
        Index("ix_status_history_case", "case_id", "at"),
        Index("ix_status_history_chain_part", "chain_part", "id"),
    )
    #: the columns the hashes cover, and the column whose rows form one chain
    AUDIT_FIELDS = (
        "case_id", "at", "user_id", "action", "from_status", "to_status", "comment",
        "comment_record", "changed_fields",
    )  # fmt: skip
    CHAIN_KEY = ("case_id",)
    #: the table chain is kept in this many parts; a case's rows extend part case_id % PARTS
    CHAIN_PARTS = 16

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(24))
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str] = mapped_column(String(12))
    comment: Mapped[str] = mapped_column(Text, default="")
    #: the comment's template and values (JSON) when the application wrote it, for showing it
    #: in the clerk's language (``domain.messages.encode_text``); ``None`` for typed comments
    comment_record: Mapped[str | None] = mapped_column(Text)
    #: the invoice fields this action changed (an editor's save), sorted; ``None`` for none
    changed_fields: Mapped[list[str] | None] = mapped_column(JSON(none_as_null=True))
    row_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))
    #: the part of the table chain the row extends (rows older than migration 22a: 0)
    chain_part: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")
