"""Company-wide settings, number series and saved filter presets."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import UTCDateTime, utcnow


class Setting(Base):
    """One company-wide setting (key -> JSON value)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class NumberSeries(Base):
    """A number series such as ``RE-{yyyy}-{seq:05}`` for invoices or ``GS-…`` for credit notes."""

    __tablename__ = "number_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    pattern: Mapped[str] = mapped_column(String(60))
    reset_yearly: Mapped[bool] = mapped_column(Boolean, default=True)


class NumberCounter(Base):
    """The last number used in a series and year; locked while a number is drawn."""

    __tablename__ = "number_counters"

    series_id: Mapped[int] = mapped_column(ForeignKey("number_series.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class FilterPreset(Base):
    """A named filter of the case table; shipped presets have no owner."""

    __tablename__ = "filter_presets"
    __table_args__ = (UniqueConstraint("owner_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(100))
    filters: Mapped[dict[str, Any]] = mapped_column(JSON)
    position: Mapped[int] = mapped_column(Integer, default=100)
