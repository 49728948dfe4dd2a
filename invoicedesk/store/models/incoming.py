"""Tables of the incoming side: supplier read-out hints, booking exports, intake leases."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import Money, UTCDateTime, utcnow


class SupplierHint(Base):
    """Read-out hints learned from a clerk's corrections of one supplier's invoices."""

    __tablename__ = "supplier_hints"

    party_id: Mapped[int] = mapped_column(
        ForeignKey("parties.id", ondelete="CASCADE"), primary_key=True
    )
    hints: Mapped[dict[str, Any]] = mapped_column(JSON)
    samples: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SupplierKeyHint(Base):
    """Read-out hints of a supplier that is no party record yet, found by the VAT ID, IBAN or
    name key a clerk confirmed on one of its invoices."""

    __tablename__ = "supplier_key_hints"
    __table_args__ = (
        Index("ix_supplier_key_hints_vat_id", "vat_id"),
        Index("ix_supplier_key_hints_iban", "iban"),
        Index("ix_supplier_key_hints_name_key", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vat_id: Mapped[str | None] = mapped_column(String(20))
    iban: Mapped[str | None] = mapped_column(String(34))
    name_key: Mapped[str | None] = mapped_column(String(200))
    hints: Mapped[dict[str, Any]] = mapped_column(JSON)
    samples: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class BookingExport(Base):
    """One export of approved invoices to the booking system (DATEV or CSV)."""

    __tablename__ = "booking_exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    format: Mapped[str] = mapped_column(String(10))
    filename: Mapped[str] = mapped_column(String(255))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    case_count: Mapped[int] = mapped_column(Integer)
    total_gross: Mapped[Decimal] = mapped_column(Money())
    #: what was exported: approved supplier ``invoices`` or ``payments`` (``case_count`` then
    #: counts the payments and reversals, ``total_gross`` their amounts)
    subject: Mapped[str] = mapped_column(String(10), default="invoices", server_default="invoices")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class BookingExportCase(Base):
    """A case in an export; the primary key makes sure a case is exported only once."""

    __tablename__ = "booking_export_cases"

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), primary_key=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("booking_exports.id", ondelete="CASCADE"))


class IntakeLease(Base):
    """Who is reading an incoming case in *Uploading*/*Processing*, and until when.

    The reading process renews ``lease_until`` with a heartbeat. A case whose lease ran out
    (its process was killed or lost the database) — or that has no lease row at all — is taken
    up again by whoever comes next (intake, dispatcher pass, ``invoicedesk intake --recover``).
    ``attempts`` counts the takes, so that a file that never finishes ends in *Error*. The row
    goes when the case leaves *Processing*, in the same transaction.
    """

    __tablename__ = "intake_leases"
    __table_args__ = (Index("ix_intake_leases_owner", "owner"),)

    case_id: Mapped[int] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    owner: Mapped[str] = mapped_column(String(100))
    lease_until: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
