"""The e-mail outbox: every e-mail the app sends is first a row here (see :mod:`invoicedesk.mail`).

Life of a row::

    pending --claim--> claimed --marker--> sending --server accepted--> sent
       ^                  |                   |---server refused (5xx)--> failed
       |                  |                   |---server refused (4xx)--> pending (back-off)
       +--lease expired---+                   +---reply lost / lease expired--> needs_review
       |                  |
       +-- held <---------+  no usable mail server (``hold_reason``); due again after a
                             while, at once when the mail settings are saved

``claimed`` means "reserved by one dispatcher, not yet handed to the mail server"; ``sending``
is committed just before the message is handed over, so a row found in ``sending`` with an
expired lease may or may not have reached the server and is never sent again blindly.
``fence`` grows on every claim and every take-over; a dispatcher only writes a row whose fence
is still the one it claimed.

``held`` is a configuration problem, never a verdict on the message: no mail server, no sender,
no password, the login refused, the server unreachable or refusing our sender. A held row waits
like a pending one and goes out by itself once the server works; only the server's permanent
refusal of that message makes a row ``failed``.

``purpose`` groups the kinds that deliver the same thing (``document``: the invoice or credit note
itself, first send or resend; ``notify``; ``reminder``). A partial unique index admits one row
per case and purpose while it is on its way (pending, held, claimed, sending), so two
workstations cannot queue the same invoice twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models.base import Base
from invoicedesk.store.types import UTCDateTime, utcnow

OUTBOX_STATUSES = (
    "pending", "held", "claimed", "sending", "sent", "failed", "needs_review", "canceled",
)  # fmt: skip
OUTBOX_KINDS = ("invoice", "resend", "notify", "collective", "test", "reminder")
#: statuses of an e-mail still on its way: at most one per case and purpose
ACTIVE_STATUSES = ("pending", "held", "claimed", "sending")
#: outbox kind -> purpose (kinds without a purpose, e.g. the test e-mail, are not unique)
PURPOSES = {
    "invoice": "document",
    "resend": "document",
    "collective": "document",
    "notify": "notify",
    "reminder": "reminder",
}
_ACTIVE_SQL = "status IN ('pending', 'held', 'claimed', 'sending')"


class OutboxMessage(Base):
    """One e-mail to send, with its recipients, text and attachment references."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_next_attempt", "status", "next_attempt_at"),
        Index("ix_outbox_status_lease", "status", "lease_until"),
        Index("ix_outbox_case", "case_id"),
        Index(
            "uq_outbox_case_purpose_active",
            "case_id",
            "purpose",
            unique=True,
            sqlite_where=text(_ACTIVE_SQL),
            postgresql_where=text(_ACTIVE_SQL),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(12))
    purpose: Mapped[str | None] = mapped_column(String(12))
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    to_addrs: Mapped[list[str]] = mapped_column(JSON)
    cc_addrs: Mapped[list[str]] = mapped_column(JSON)
    reply_to: Mapped[str | None] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(Text)
    body_text: Mapped[str] = mapped_column(Text)
    #: list of {"filename", "mime", "sha256"} of blobs already stored
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    fence: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    #: why a ``held`` row waits (a code of :data:`invoicedesk.mail.hold.HOLD_REASONS`)
    hold_reason: Mapped[str | None] = mapped_column(String(20))
    smtp_response: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
