"""E-mails that lost their reason while they waited: a payment reminder for an invoice that was
paid, settled by a credit note or whose dunning was stopped meanwhile is withdrawn when a
dispatcher claims it, never sent (a paid invoice leaves the dunning at once)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.store.models.dunning import DunningStop
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.receivables import ZERO, open_amounts

WITHDRAWN = "withdrawn: the invoice was paid or settled, or its dunning was stopped"


def withdraw_unwanted(session: Session, rows: list[OutboxMessage]) -> list[OutboxMessage]:
    """Cancel the reminders among the claimed ``rows`` whose invoice owes nothing any more or
    is no longer dunned; returns the rows still to send (no query without a reminder)."""
    reminders = [r for r in rows if r.purpose == "reminder" and r.case_id is not None]
    if not reminders:
        return rows
    ids = [r.case_id for r in reminders if r.case_id is not None]
    left = open_amounts(session, ids)
    stopped = set(session.scalars(select(DunningStop.case_id).where(DunningStop.case_id.in_(ids))))
    unwanted = {
        r.id
        for r in reminders
        if r.case_id in stopped or left.get(r.case_id or 0, ZERO) <= ZERO
    }
    for row in rows:
        if row.id in unwanted:
            row.status = "canceled"
            row.last_error = WITHDRAWN
            row.fence += 1
    return [r for r in rows if r.id not in unwanted]
