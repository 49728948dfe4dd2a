"""Customers and suppliers."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import UTCDateTime, utcnow


class Party(Base):
    """A customer, a supplier, or both; the live master record (issued cases keep snapshots)."""

    __tablename__ = "parties"
    __table_args__ = (
        Index("ix_parties_name", "name"),
        Index("ix_parties_vat_id", "vat_id"),
        Index("ix_parties_iban", "iban"),
        Index("ix_parties_email", "email"),
        Index("ix_parties_origin", "origin", "remote_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(String(200))
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(2), default="DE")
    vat_id: Mapped[str | None] = mapped_column(String(20))
    tax_number: Mapped[str | None] = mapped_column(String(30))
    iban: Mapped[str | None] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    contact_person: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(5), default="de")
    customer_group: Mapped[str | None] = mapped_column(String(50))
    leitweg_id: Mapped[str | None] = mapped_column(String(50))
    preferred_delivery: Mapped[str] = mapped_column(String(12), default="email")
    payment_terms_days: Mapped[int] = mapped_column(default=14)
    #: a consumer (default interest: base rate + 5 points, not + 9); ``None``: not known -
    #: treated as a business when the party has a VAT ID, else as a consumer
    is_consumer: Mapped[bool | None] = mapped_column(Boolean)
    origin: Mapped[str | None] = mapped_column(String(50))
    remote_id: Mapped[str | None] = mapped_column(String(64))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
