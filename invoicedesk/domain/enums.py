"""Enumerations shared by every layer: directions, kinds, statuses, roles, pending actions."""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    """Whether the company sends the invoice or receives it."""

    OUT = "out"
    IN = "in"


class CaseKind(StrEnum):
    """What kind of document the case is about."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    COLLECTIVE = "collective"


class OutStatus(StrEnum):
    """Statuses of an outgoing case (SPEC.md "Outgoing cases").

    ``ISSUED`` is the state between issuing (number and PDF fixed) and the mail server's
    acceptance, and the end state of *Create only* / *Print* until the clerk sends it.
    ``SETTLED`` is a credit note's end: refunded, or offset against an invoice (credit notes
    are never *Overdue* or *Paid*). ``DELETED`` is a draft the clerk deleted (it never had a
    number; the case stays for its history, out of the desk).
    """

    DRAFT = "draft"
    ISSUED = "issued"
    SENT = "sent"
    OVERDUE = "overdue"
    SEND_FAILED = "send_failed"
    PAID = "paid"
    COMPLETED = "completed"
    CANCELED = "canceled"
    SETTLED = "settled"
    DELETED = "deleted"


class InStatus(StrEnum):
    """The nine statuses of an incoming supplier invoice (seed 001)."""

    UPLOADING = "uploading"
    PROCESSING = "processing"
    READY = "ready"
    EDITED = "edited"
    CHECKED = "checked"
    APPROVED = "approved"
    BOOKED = "booked"
    ERROR = "error"
    ARCHIVED = "archived"


class Role(StrEnum):
    """What a user may do; a user can hold several roles."""

    CLERK = "clerk"
    REVIEWER = "reviewer"
    APPROVER = "approver"
    ADMIN = "admin"


class PaymentStatus(StrEnum):
    """Payment state of a case, kept in its own column for filtering.

    Credit notes are credits, not receivables: ``CREDIT`` while open, ``SETTLED`` once
    refunded or offset against an invoice.
    """

    UNPAID = "unpaid"
    PARTIAL = "partial"
    PAID = "paid"
    CREDIT = "credit"
    SETTLED = "settled"


class PendingAction(StrEnum):
    """What the case waits for next; shown as a column and filterable."""

    NONE = "none"
    COMPLETE_DRAFT = "complete_draft"
    SEND = "send"
    AWAIT_SENDING = "await_sending"
    FIX_SENDING = "fix_sending"
    AWAIT_PAYMENT = "await_payment"
    REMIND = "remind"
    SETTLE = "settle"
    DELIVER = "deliver"
    BOOK = "book"
    WAIT_PROCESSING = "wait_processing"
    COMPLETE_DATA = "complete_data"
    REVIEW = "review"
    APPROVE = "approve"
    EXPORT = "export"
    ARCHIVE = "archive"


STATUS_LABELS: dict[str, str] = {
    OutStatus.DRAFT: "Draft",
    OutStatus.ISSUED: "Issued",
    OutStatus.SENT: "Sent",
    OutStatus.OVERDUE: "Overdue",
    OutStatus.SEND_FAILED: "Send failed",
    OutStatus.PAID: "Paid",
    OutStatus.COMPLETED: "Completed",
    OutStatus.CANCELED: "Canceled",
    OutStatus.SETTLED: "Settled",
    OutStatus.DELETED: "Deleted",
    InStatus.UPLOADING: "Uploading",
    InStatus.PROCESSING: "Processing",
    InStatus.READY: "Ready",
    InStatus.EDITED: "Edited",
    InStatus.CHECKED: "Checked",
    InStatus.APPROVED: "Approved",
    InStatus.BOOKED: "Booked",
    InStatus.ERROR: "Error",
    InStatus.ARCHIVED: "Archived",
}

PENDING_LABELS: dict[str, str] = {
    PendingAction.NONE: "—",
    PendingAction.COMPLETE_DRAFT: "Complete draft",
    PendingAction.SEND: "Send",
    PendingAction.AWAIT_SENDING: "Sending…",
    PendingAction.FIX_SENDING: "Fix and resend",
    PendingAction.AWAIT_PAYMENT: "Await payment",
    PendingAction.REMIND: "Remind customer",
    PendingAction.SETTLE: "Refund or offset",
    PendingAction.DELIVER: "Deliver",
    PendingAction.BOOK: "Book",
    PendingAction.WAIT_PROCESSING: "Processing…",
    PendingAction.COMPLETE_DATA: "Complete data",
    PendingAction.REVIEW: "Review",
    PendingAction.APPROVE: "Approve",
    PendingAction.EXPORT: "Export to booking",
    PendingAction.ARCHIVE: "Archive",
}


def status_label(status: str) -> str:
    """Human label of a status code (``"send_failed"`` -> ``"Send failed"``)."""
    return STATUS_LABELS.get(status, status)


def statuses_for(direction: Direction) -> list[str]:
    """All status codes of one direction, in workflow order."""
    return [s.value for s in (OutStatus if direction is Direction.OUT else InStatus)]
