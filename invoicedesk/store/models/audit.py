"""The administrators' change log and the switch for maintenance of protected tables."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import UTCDateTime, utcnow


class AdminLog(Base):
    """One administrative change: who, when, what (area and subject), old -> new values.

    ``changes`` is a list of ``[field, old, new]``; secrets appear only as ``"(changed)"``.
    Append-only and hash-chained like the status history: ``row_hash`` links the row to the
    previous change of the same subject, ``chain_hash`` to the previous row of the table.
    """

    __tablename__ = "admin_log"
    __table_args__ = (Index("ix_admin_log_subject", "area", "subject", "id"),)
    AUDIT_FIELDS = ("at", "user_id", "area", "subject", "action", "changes")
    CHAIN_KEY = ("area", "subject")
    #: one table chain (the log is written rarely)
    CHAIN_PARTS = 1

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: what kind of thing changed: user, company, number_series, smtp, mail_texts, ...
    area: Mapped[str] = mapped_column(String(40))
    #: which one: a login, a setting key, a series code
    subject: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(40))
    changes: Mapped[list[Any]] = mapped_column(JSON)
    row_hash: Mapped[str] = mapped_column(String(64))
    chain_hash: Mapped[str] = mapped_column(String(64))
    #: the part of the table chain (always 0: see ``CHAIN_PARTS``)
    chain_part: Mapped[int] = mapped_column(SmallInteger, default=0, server_default="0")


class AuditMaintenance(Base):
    """Empty, except inside a maintenance transaction: while a row with ``active`` exists the
    protecting triggers let changes pass.

    :func:`invoicedesk.store.audit.maintenance` inserts the row and deletes it again in the same
    transaction, so no other session ever sees it; the ``invoicedesk_clerk`` role of a
    PostgreSQL deployment cannot write this table.
    """

    __tablename__ = "audit_maintenance"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    active: Mapped[bool] = mapped_column(Boolean, default=False)
