"""Payment reminders sent for a case, and cases whose dunning was stopped (e.g. a dispute)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, UTCDateTime, utcnow


class Reminder(Base):
    """One reminder of one invoice at one level (a new row; the invoice never changes).

    The unique (case, level) makes a dunning run idempotent: a level is sent once, whichever
    workstation or run gets there first; the amounts are those printed on the reminder.
    """

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("case_id", "level", name="uq_reminders_case_level"),
        Index("ix_reminders_day", "reminder_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    level: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(100))
    reminder_date: Mapped[date] = mapped_column(Date)
    pay_by: Mapped[date] = mapped_column(Date)
    days_overdue: Mapped[int] = mapped_column(Integer)
    open_amount: Mapped[Decimal] = mapped_column(Money())
    fee: Mapped[Decimal] = mapped_column(Money())
    earlier_fees: Mapped[Decimal] = mapped_column(Money())
    interest: Mapped[Decimal] = mapped_column(Money())
    #: the parts of the interest: [{"start", "end", "days", "rate", "amount"}]
    interest_parts: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    total: Mapped[Decimal] = mapped_column(Money())
    #: "email" or "print"
    channel: Mapped[str] = mapped_column(String(8))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id", ondelete="SET NULL"))
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class DunningStop(Base):
    """The dunning of a case is stopped (a dispute, an agreement); the reason says why."""

    __tablename__ = "dunning_stops"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
