"""Attachments: file contents stored once per SHA-256, linked to cases by name and kind."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import UTCDateTime, utcnow


class Blob(Base):
    """File content, de-duplicated by its SHA-256 (the primary key)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Attachment(Base):
    """A file attached to a case: the invoice PDF, a delivery note, advertising, ..."""

    __tablename__ = "attachments"
    __table_args__ = (Index("ix_attachments_case", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    blob_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    blob: Mapped[Blob] = relationship(lazy="joined", innerjoin=True)
