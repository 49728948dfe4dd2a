"""A refund paid out from the bank settles a credit note — through issue 17's one rule.

A credit note is a credit, never *Paid*: it is settled by refund or offset
(:mod:`invoicedesk.services.outgoing.settlement`, a ``credit_settlements`` row and the
*Settle credit note* action). A debit line of a bank statement that the matching (or a clerk)
books to a credit note records the payment with its allocation like any other, and then
settles the credit note as *refunded* on the booking day by that same action — so the desk,
the payment filter (*Settled*) and the dunning see exactly what a settlement by hand leaves.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.services.cases.actions import apply_action
from invoicedesk.services.cases.authorize import authorize
from invoicedesk.services.outgoing.settlement import SETTLE_OPTIONS
from invoicedesk.store.models.cases import Case


def is_credit_note(case: Case) -> bool:
    """Whether the case is an outgoing credit note (settled by a refund, not paid)."""
    return case.direction == Direction.OUT.value and case.kind == CaseKind.CREDIT_NOTE.value


def check_refund(case: Case, part: Decimal) -> None:
    """A credit note is refunded in full, never in parts (its settlement has no parts)."""
    if part != case.gross:
        raise ValidationError(
            "Credit note {number} is refunded in full ({amount}), not in parts.",
            number=case.number or case.id,
            amount=case.gross,
        )


def settle_by_refund(
    session: Session, case: Case, actor: Actor, part: Decimal, booked_on: date, source: str
) -> None:
    """The payment's allocation to the credit note is written: settle it as refunded on
    ``booked_on`` (history row *Settle credit note*, rights checked as for a settlement by
    hand; a credit note that cannot be settled is refused before the amount is looked at)."""
    authorize(session, actor, Action.SETTLE, case)
    check_refund(case, part)
    session.info[SETTLE_OPTIONS] = {"method": "refund", "on": booked_on, "invoice_id": None}
    try:
        apply_action(
            session,
            case,
            actor,
            Action.SETTLE,
            msg(
                "refunded on {day} ({source}): {amount}", day=booked_on, source=source, amount=part
            ),
        )
    finally:
        session.info.pop(SETTLE_OPTIONS, None)
