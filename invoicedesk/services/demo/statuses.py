"""How the demo spreads its cases over the statuses, and the steps that lead to each."""

from __future__ import annotations

import random

from invoicedesk.domain.enums import InStatus, OutStatus

OUT_WEIGHTS = {
    OutStatus.DRAFT: 8,
    OutStatus.ISSUED: 4,
    OutStatus.SENT: 18,
    OutStatus.OVERDUE: 7,
    OutStatus.SEND_FAILED: 2,
    OutStatus.PAID: 14,
    OutStatus.COMPLETED: 40,
    OutStatus.CANCELED: 7,
}
IN_WEIGHTS = {
    InStatus.UPLOADING: 1,
    InStatus.PROCESSING: 1,
    InStatus.READY: 12,
    InStatus.EDITED: 8,
    InStatus.CHECKED: 7,
    InStatus.APPROVED: 7,
    InStatus.BOOKED: 14,
    InStatus.ERROR: 3,
    InStatus.ARCHIVED: 47,
}
OUT_PATH = {
    OutStatus.DRAFT: [],
    OutStatus.ISSUED: ["issued"],
    OutStatus.SENT: ["issued", "sent"],
    OutStatus.OVERDUE: ["issued", "sent", "overdue"],
    OutStatus.SEND_FAILED: ["issued", "send_failed"],
    OutStatus.PAID: ["issued", "sent", "paid"],
    OutStatus.COMPLETED: ["issued", "sent", "paid", "completed"],
    OutStatus.CANCELED: ["issued", "sent", "canceled"],
}
IN_PATH = {
    InStatus.UPLOADING: [],
    InStatus.PROCESSING: ["processing"],
    InStatus.READY: ["processing", "ready"],
    InStatus.EDITED: ["processing", "ready", "edited"],
    InStatus.CHECKED: ["processing", "ready", "edited", "checked"],
    InStatus.APPROVED: ["processing", "ready", "edited", "checked", "approved"],
    InStatus.BOOKED: ["processing", "ready", "edited", "checked", "approved", "booked"],
    InStatus.ERROR: ["processing", "error"],
    InStatus.ARCHIVED: [
        "processing",
        "ready",
        "edited",
        "checked",
        "approved",
        "booked",
        "archived",
    ],
}
ACTION_FOR = {
    "settled": "settle",
    "issued": "send",
    "sent": "system_sent",
    "overdue": "system_overdue",
    "send_failed": "system_send_failed",
    "paid": "mark_paid",
    "completed": "system_complete",
    "canceled": "cancel",
    "processing": "system_processing",
    "ready": "system_ready",
    "edited": "finish_edit",
    "checked": "check",
    "approved": "approve",
    "booked": "book_export",
    "archived": "archive",
    "error": "system_error",
}


def age_for(rng: random.Random, status: str, age_days: int, terms: int) -> int:
    """The age (days) of an outgoing case that fits its status: an unpaid invoice that is
    issued or sent is not due yet, an overdue one is past its due date."""
    if status == OutStatus.OVERDUE and age_days <= terms:
        return terms + rng.randint(1, 40)
    if status in (OutStatus.ISSUED, OutStatus.SENT, OutStatus.SEND_FAILED) and age_days >= terms:
        return rng.randint(0, terms - 1)
    return age_days
