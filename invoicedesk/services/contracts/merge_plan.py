"""How pending contract invoices are grouped into collective invoices (the plan of a merge).

One group per customer, currency and billing address; a customer's periods never overlap each
other nor an unsent collective invoice of the customer: a pending invoice that overlaps one
extends it, and pending invoices that reach from one unsent collective invoice into another
combine them into one (:func:`plan_merge`, carried out by
:func:`invoicedesk.services.contracts.collective.merge`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.domain.enums import CaseKind, Direction, OutStatus
from invoicedesk.domain.errors import ValidationError
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.parties import Party


@dataclass(frozen=True)
class MergeGroup:
    """Pending contract invoices that become one collective invoice."""

    party_id: int
    party_name: str
    currency: str
    recipient_email: str | None
    invoice_ids: tuple[int, ...]
    period_start: date
    period_end: date
    gross: Decimal
    #: an unsent collective invoice of the customer whose period these invoices overlap: it
    #: is extended instead of getting an overlapping second one
    extends: int | None = None
    #: further unsent collective invoices of the customer that these invoices reach into
    #: (they bridge the gap to ``extends``): combined into ``extends`` and deleted
    absorbs: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Member:
    """A pending invoice as the grouping needs it."""

    id: int
    party_id: int
    party_name: str
    currency: str
    email: str | None
    period_start: date
    period_end: date
    gross: Decimal


def plan_merge(
    db: Database,
    invoice_ids: Sequence[int] | None = None,
    *,
    party_id: int | None = None,
    periods_per_invoice: int | None = None,
) -> list[MergeGroup]:
    """How pending invoices would be merged: one group per customer, currency and billing
    address; ``periods_per_invoice`` splits a customer's periods (2: six periods -> three)."""
    if periods_per_invoice is not None and periods_per_invoice < 1:
        raise ValidationError("A collective invoice covers at least one period.")
    with db.read() as s:
        query = (
            select(
                ContractInvoice.id,
                ContractInvoice.party_id,
                Party.name,
                ContractInvoice.currency,
                ContractInvoice.recipient_email,
                ContractInvoice.period_start,
                ContractInvoice.period_end,
                ContractInvoice.gross,
            )  # plain rows: no ORM object (nor its JSON lines) per pending invoice
            .join(Party, Party.id == ContractInvoice.party_id)
            .where(ContractInvoice.status == "pending")
            .order_by(
                Party.name,
                ContractInvoice.party_id,
                ContractInvoice.period_start,
                ContractInvoice.contract_id,
            )
        )
        if invoice_ids is not None:
            query = query.where(ContractInvoice.id.in_(list(invoice_ids)))
        if party_id is not None:
            query = query.where(ContractInvoice.party_id == party_id)
        rows = [_Member(*row) for row in s.execute(query)]
        drafts = _unsent_drafts(s, {m.party_id for m in rows})
    buckets: dict[tuple[int, str, str], list[_Member]] = {}
    for m in rows:
        buckets.setdefault((m.party_id, m.currency, (m.email or "").lower()), []).append(m)
    groups: list[MergeGroup] = []
    for (pid, currency, email), members in buckets.items():
        seeds = drafts.get((pid, currency, email), [])
        for part, extends, absorbs in _sweep(members, seeds, periods_per_invoice):
            groups.append(
                MergeGroup(
                    party_id=pid,
                    party_name=part[0].party_name,
                    currency=currency,
                    recipient_email=email or None,
                    invoice_ids=tuple(m.id for m in part),
                    period_start=min(m.period_start for m in part),
                    period_end=max(m.period_end for m in part),
                    gross=sum((m.gross for m in part), Decimal("0.00")),
                    extends=extends,
                    absorbs=absorbs,
                )
            )
    return groups


@dataclass(frozen=True)
class _Draft:
    """An unsent collective invoice's period (what a merge may extend)."""

    id: int
    period_start: date
    period_end: date


def _unsent_drafts(s: Session, party_ids: set[int]) -> dict[tuple[int, str, str], list[_Draft]]:
    if not party_ids:
        return {}
    query = select(
        Case.id,
        Case.party_id,
        Case.currency,
        Case.recipient_email,
        Case.period_start,
        Case.period_end,
    ).where(
        Case.direction == Direction.OUT.value,
        Case.kind == CaseKind.COLLECTIVE.value,
        Case.status == OutStatus.DRAFT.value,
        Case.number.is_(None),
        Case.party_id.in_(party_ids),
        Case.period_start.is_not(None),
        Case.period_end.is_not(None),
    )
    result: dict[tuple[int, str, str], list[_Draft]] = {}
    for cid, pid, currency, email, first, last in s.execute(query.order_by(Case.period_start)):
        if pid is None or first is None or last is None:
            continue
        key = (int(pid), currency, (email or "").lower())
        result.setdefault(key, []).append(_Draft(int(cid), first, last))
    return result


def _sweep(
    members: list[_Member], drafts: list[_Draft], per_invoice: int | None
) -> list[tuple[list[_Member], int | None, tuple[int, ...]]]:
    """Cut one customer's pending invoices into groups whose periods never overlap each
    other nor an unsent collective invoice of the customer: an invoice that overlaps the
    group being filled joins it (extends it, even beyond ``per_invoice`` periods), one that
    overlaps an unsent collective invoice is merged into that one. When the group reaches
    into a second unsent collective invoice (a new period bridges the two), that one is
    combined into the first: (members, extended draft, drafts combined into it)."""
    events: list[tuple[date, int, _Member | _Draft]] = [(d.period_start, 0, d) for d in drafts] + [
        (m.period_start, 1, m) for m in members
    ]
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[tuple[list[_Member], int | None, tuple[int, ...]]] = []
    part: list[_Member] = []
    starts: set[date] = set()
    extends: int | None = None
    absorbs: list[int] = []
    end: date | None = None
    for start, _kind, item in events:
        limit = per_invoice is not None and len(starts | {start}) > per_invoice
        open_ = end is not None and start <= end
        if isinstance(item, _Draft):
            if open_ and extends is None:
                extends = item.id  # the group being filled overlaps it: fill that one
            elif open_:
                absorbs.append(item.id)  # reached from one unsent invoice into the next
            else:
                if part or extends is not None:
                    out.append((part, extends, tuple(absorbs)))
                part, starts, extends, absorbs = [], set(), item.id, []
            end = max(end or item.period_end, item.period_end)
            continue
        if not open_ and (part or extends is not None) and (limit or extends is not None):
            out.append((part, extends, tuple(absorbs)))
            part, starts, extends, absorbs = [], set(), None, []
        part.append(item)
        starts.add(start)
        end = item.period_end if end is None else max(end, item.period_end)
    if part or extends is not None:
        out.append((part, extends, tuple(absorbs)))
    # a run of unsent invoices without a new period in it stays as it is
    return [(p, e, a) for p, e, a in out if p]
