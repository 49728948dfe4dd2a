"""Billing scenarios (saved rules) and billing runs with one row per order."""

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
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, UTCDateTime, utcnow


class BillingScenario(Base):
    """A saved billing scenario: rules (JSON), default action and invoice date rule."""

    __tablename__ = "billing_scenarios"
    __table_args__ = (UniqueConstraint("name", name="uq_billing_scenarios_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)
    default_action: Mapped[str] = mapped_column(String(12), default="customer")
    date_rule: Mapped[str] = mapped_column(String(20), default="today")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class BillingRun(Base):
    """One billing run. ``owner``/``heartbeat_at`` are the lease of the process working on
    it; a run whose heartbeat stopped was interrupted and can be resumed."""

    __tablename__ = "billing_runs"
    __table_args__ = (Index("ix_billing_runs_status", "status", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[int | None] = mapped_column(
        ForeignKey("billing_scenarios.id", ondelete="SET NULL")
    )
    scenario_name: Mapped[str] = mapped_column(String(100), default="")
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)
    invoice_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="open")
    owner: Mapped[str | None] = mapped_column(String(64))
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BillingRunRow(Base):
    """One order in a run: chosen action, outcome, invoice and channel, or the reason."""

    __tablename__ = "billing_run_rows"
    __table_args__ = (
        UniqueConstraint("run_id", "order_id", name="uq_billing_run_rows_run_order"),
        Index("ix_billing_run_rows_run_status", "run_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("billing_runs.id", ondelete="CASCADE"))
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    action: Mapped[str] = mapped_column(String(12))
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(12), default="not_done")
    amount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    invoice_number: Mapped[str | None] = mapped_column(String(40))
    #: the invoice's version right after the run issued it: a resumed run e-mails it only if
    #: nobody changed (canceled, credited, sent …) it since
    case_version: Mapped[int | None] = mapped_column(Integer)
    channel: Mapped[str | None] = mapped_column(String(12))
    #: the e-mail the row queued (its state shows *queued → sent* or *failed* in the run)
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))
    error: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
