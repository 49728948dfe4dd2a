"""The reconciliation: a clerk decides the statement lines the matching did not book.

*Accept* books a line to the proposed cases, *choose* to other cases, *split* to several with
the amount for each (all three are :func:`book_statement_line`); *ignore* marks a line "no
invoice" (fees, interest, private transfers). Booking goes through the same payment recording
as everything else, so each case gets its history row and its payment state.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import from_record, msg
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.payments.line_booking import book_line
from invoicedesk.services.payments.listing import WAITING
from invoicedesk.services.payments.open_items import open_items
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.payments import StatementLine

#: how many cases a search offers
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class CandidateCase:
    """A case a line may pay, with the amount proposed for it and why."""

    case_id: int
    number: str
    party_name: str
    open_amount: Decimal
    amount: Decimal
    score: int
    reason: str


def _load_line(session: Session, line_id: int) -> StatementLine:
    line = session.get(StatementLine, line_id, with_for_update=True)
    if line is None:
        raise NotFound("There is no statement line with the id {line_id}.", line_id=line_id)
    return line


def candidates(db: Database, line_id: int, search: str = "") -> list[CandidateCase]:
    """The cases the line may pay: the matching's proposal against what is open now, or, with
    ``search``, open cases whose number or party contains it."""
    with db.read() as s:
        line = s.get(StatementLine, line_id)
        if line is None:
            raise NotFound("There is no statement line with the id {line_id}.", line_id=line_id)
        if search.strip():
            like = f"%{search.strip().lower()}%"
            ids = list(
                s.scalars(
                    select(Case.id).where(Case.search_text.ilike(like)).limit(SEARCH_LIMIT * 4)
                )
            )
            items = open_items(s, ids)[:SEARCH_LIMIT]
            side_sign = 1 if line.amount > 0 else -1
            return [
                CandidateCase(
                    i.case_id,
                    i.number,
                    i.party_name,
                    i.open_amount,
                    min(abs(line.amount), i.open_amount),
                    0,
                    str(msg("found by the search")),
                )
                for i in items
                if (i.side == "receivable") == (side_sign > 0)
            ]
        stored = line.proposal or []
        ids = [int(str(c["case_id"])) for c in stored]
        live = {i.case_id: i for i in open_items(s, ids)} if ids else {}
        result = []
        for c in stored:
            item = live.get(int(str(c["case_id"])))
            if item is None:
                continue  # paid, cancelled or credited meanwhile
            record = c.get("reason")
            reason = from_record(record) if isinstance(record, dict) else str(record or "")
            result.append(
                CandidateCase(
                    item.case_id,
                    item.number,
                    item.party_name,
                    item.open_amount,
                    min(Decimal(str(c["amount"])), item.open_amount),
                    int(str(c["score"])),
                    reason,
                )
            )
        return result


def book_statement_line(
    db: Database, actor: Actor, line_id: int, allocations: list[tuple[int, Decimal]]
) -> int:
    """Book a waiting line to ``allocations`` (case, amount); returns the payment's id."""
    if not allocations:
        raise ValidationError("Choose at least one case for the line.")
    with db.write() as s:
        line = _load_line(s, line_id)
        if line.state not in WAITING:
            raise ValidationError("The line is {state} already.", state=line.state)
        allowed = {i.case_id for i in open_items(s, [cid for cid, _ in allocations])}
        closed = [cid for cid, _ in allocations if cid not in allowed]
        if closed:
            raise ValidationError(
                "Case {case_id} cannot take a payment (paid, cancelled or credited).",
                case_id=closed[0],
            )
        book_line(s, actor, line, allocations)
        return int(line.payment_id or 0)


def ignore_line(db: Database, actor: Actor, line_id: int) -> None:
    """Mark a waiting line "no invoice" (fees, interest, unrelated)."""
    with db.write() as s:
        require_clerk(s, actor, msg("Marking a statement line"))
        line = _load_line(s, line_id)
        if line.state not in WAITING:
            raise ValidationError("The line is {state} already.", state=line.state)
        line.state = "ignored"
