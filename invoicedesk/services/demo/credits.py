"""Demo credit notes follow the credit-note flow: a credit, never overdue, settled instead of
paid (refunded a few days after issuing in the demo)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from invoicedesk.domain.enums import OutStatus

#: the status an invoice of the demo mix would have -> the credit note's
CREDIT_STATUS = {
    OutStatus.ISSUED: OutStatus.ISSUED,
    OutStatus.SENT: OutStatus.SENT,
    OutStatus.OVERDUE: OutStatus.SENT,
    OutStatus.SEND_FAILED: OutStatus.SENT,
    OutStatus.PAID: OutStatus.SETTLED,
    OutStatus.CANCELED: OutStatus.SETTLED,
    OutStatus.COMPLETED: OutStatus.COMPLETED,
}
CREDIT_PATH = {
    OutStatus.ISSUED: ["issued"],
    OutStatus.SENT: ["issued", "sent"],
    OutStatus.SETTLED: ["issued", "sent", "settled"],
    OutStatus.COMPLETED: ["issued", "sent", "settled", "completed"],
}


def payment_status(kind: str, status: str, paid: bool) -> str:
    """A credit note is a credit (open or settled), an invoice unpaid or paid."""
    if kind == "credit_note":
        return "settled" if status in (OutStatus.SETTLED, OutStatus.COMPLETED) else "credit"
    return "paid" if paid else "unpaid"


def refund_row(
    case_id: int, settled_on: date, amount: Decimal, created: datetime, creator: int | None
) -> dict[str, Any]:
    """The ``credit_settlements`` row of a demo credit note refunded on ``settled_on``."""
    return {
        "credit_case_id": case_id, "method": "refund", "settled_on": settled_on,
        "invoice_case_id": None, "amount": amount, "created_at": created,
        "created_by_id": creator,
    }  # fmt: skip
