"""Articles (the goods and services a company sells) and the shipping methods of its shops."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, Quantity, UTCDateTime, utcnow


class Article(Base):
    """One article: number (the SKU), name, unit, net price and VAT rate.

    ``origin``/``remote_id`` name the shop it was imported from and its id there.
    """

    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("number", name="uq_articles_number"),
        Index("ix_articles_origin", "origin", "remote_id"),
        Index("ix_articles_name", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(8), default="C62")
    price: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(Money(), default=Decimal("19"))
    #: goods or service (decides the VAT treatment abroad)
    kind: Mapped[str] = mapped_column(String(8), default="goods")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    origin: Mapped[str | None] = mapped_column(String(50))
    remote_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ShippingMethod(Base):
    """A way of shipping an order (from a shop or entered by hand), with its net price."""

    __tablename__ = "shipping_methods"
    __table_args__ = (UniqueConstraint("code", name="uq_shipping_methods_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200))
    price: Mapped[Decimal] = mapped_column(Quantity(), default=Decimal("0"))
    vat_rate: Mapped[Decimal] = mapped_column(Money(), default=Decimal("19"))
    origin: Mapped[str | None] = mapped_column(String(50))
    remote_id: Mapped[str | None] = mapped_column(String(64))
