"""*Take over as invoices*: the pending contract invoices of a window of months.

Taking over a window (e.g. 2027-01..2027-12) writes one *pending contract invoice* per contract
and period whose first day lies in the window, without a number; the unique key (contract,
period start) and ``INSERT … ON CONFLICT DO NOTHING … RETURNING`` make a second take-over of
the same window, or two clerks taking it over at once, create nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.intervals import Billing, next_billing_date, periods_in
from invoicedesk.domain.messages import msg
from invoicedesk.domain.totals import compute_totals
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.contracts.contracts import line_inputs
from invoicedesk.services.permissions import require_clerk
from invoicedesk.store.database import Database
from invoicedesk.store.models.collective import ContractInvoice
from invoicedesk.store.models.contracts import ServiceContract
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

CHUNK = 500
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class PlannedInvoice:
    """An invoice a contract generates for one period (taken over already, or not yet)."""

    contract_id: int
    contract_number: str
    party_name: str
    period_index: int
    period_start: date
    period_end: date
    billing_date: date
    net: Decimal
    gross: Decimal
    taken_over: bool


@dataclass(frozen=True)
class TakeOverResult:
    """What a take-over did: new pending invoices, and how many existed already."""

    created: int
    existing: int
    contracts: int
    invoice_ids: tuple[int, ...] = field(default_factory=tuple)


# --- take over as invoices -------------------------------------------------------------------


def _frozen_lines(contract: ServiceContract) -> list[dict[str, Any]]:
    return [
        {
            "position": ln.position,
            "article_no": ln.article_no,
            "description": ln.description,
            "quantity": str(ln.quantity),
            "unit": ln.unit,
            "unit_price": str(ln.unit_price),
            "vat_rate": str(ln.vat_rate),
            "vat_category": ln.vat_category,
            "kind": ln.kind,
        }
        for ln in contract.lines
    ]


def _contracts(session: Session, contract_ids: Sequence[int] | None) -> list[ServiceContract]:
    query = select(ServiceContract).where(ServiceContract.active.is_(True))
    if contract_ids is not None:
        query = query.where(ServiceContract.id.in_(list(contract_ids)))
    return list(session.scalars(query.order_by(ServiceContract.id)))


def _taken(session: Session, ids: list[int]) -> set[tuple[int, date]]:
    rows = session.execute(
        select(ContractInvoice.contract_id, ContractInvoice.period_start).where(
            ContractInvoice.contract_id.in_(ids)
        )
    )
    return {(int(c), d) for c, d in rows}


def plan_take_over(
    db: Database, window_from: date, window_to: date, contract_ids: Sequence[int] | None = None
) -> list[PlannedInvoice]:
    """The invoices the contracts generate for the window (``taken_over`` marks existing ones)."""
    if window_to < window_from:
        raise ValidationError("The period to take over ends before it begins.")
    with db.read() as s:
        contracts = _contracts(s, contract_ids)
        names = dict(s.execute(select(Party.id, Party.name)).all()) if contracts else {}
        taken = _taken(s, [c.id for c in contracts]) if contracts else set()
        planned: list[PlannedInvoice] = []
        for c in contracts:
            totals = compute_totals(line_inputs(c.lines)) if c.lines else None
            found = periods_in(c.start_date, c.interval_months, window_from, window_to, c.end_date)
            for p in found:
                planned.append(
                    PlannedInvoice(
                        contract_id=c.id,
                        contract_number=c.number,
                        party_name=names.get(c.party_id, ""),
                        period_index=p.index,
                        period_start=p.start,
                        period_end=p.end,
                        billing_date=p.billing_date(Billing(c.billing)),
                        net=totals.net if totals else Decimal("0.00"),
                        gross=totals.gross if totals else Decimal("0.00"),
                        taken_over=(c.id, p.start) in taken,
                    )
                )
        return sorted(planned, key=lambda p: (p.party_name, p.contract_number, p.period_start))


def take_over(
    db: Database,
    actor: Actor,
    window_from: date,
    window_to: date,
    *,
    contract_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> TakeOverResult:
    """Write the pending contract invoices of the window (chunks of contracts, one
    transaction each). Periods taken over before are skipped, also when two clerks run it at
    once; contracts without lines generate nothing."""
    if window_to < window_from:
        raise ValidationError("The period to take over ends before it begins.")
    with db.read() as s:
        require_clerk(s, actor, msg("Taking over contract invoices"))
        query = select(ServiceContract.id).where(ServiceContract.active.is_(True))
        if contract_ids is not None:
            query = query.where(ServiceContract.id.in_(list(contract_ids)))
        all_ids = list(s.scalars(query.order_by(ServiceContract.id)))
    created: list[int] = []
    existing = 0
    for start in range(0, len(all_ids), CHUNK):
        chunk = all_ids[start : start + CHUNK]
        with db.write() as s:
            new_ids, skipped = _take_over_chunk(s, actor, chunk, window_from, window_to)
        created.extend(new_ids)
        existing += skipped
        if progress is not None:
            progress(min(start + CHUNK, len(all_ids)), len(all_ids), msg("taking over"))
    return TakeOverResult(len(created), existing, len(all_ids), tuple(created))


def _take_over_chunk(
    s: Session, actor: Actor, ids: list[int], window_from: date, window_to: date
) -> tuple[list[int], int]:
    contracts = list(
        s.scalars(select(ServiceContract).where(ServiceContract.id.in_(ids)).order_by("id"))
    )
    rows: list[dict[str, Any]] = []
    now = utcnow()
    for c in contracts:
        if not c.lines:
            continue
        totals = compute_totals(line_inputs(c.lines))
        lines = _frozen_lines(c)
        for p in periods_in(c.start_date, c.interval_months, window_from, window_to, c.end_date):
            rows.append(
                {
                    "contract_id": c.id,
                    "party_id": c.party_id,
                    "period_index": p.index,
                    "period_start": p.start,
                    "period_end": p.end,
                    "billing_date": p.billing_date(Billing(c.billing)),
                    "status": "pending",
                    "currency": c.currency,
                    "recipient_email": c.recipient_email,
                    "net": totals.net,
                    "gross": totals.gross,
                    "lines": lines,
                    "created_at": now,
                    "created_by_id": actor.user_id,
                }
            )
    if not rows:
        return [], 0
    insert = pg_insert if s.get_bind().dialect.name == "postgresql" else sqlite_insert
    stmt = (
        insert(ContractInvoice)
        .on_conflict_do_nothing(index_elements=["contract_id", "period_start"])
        .returning(ContractInvoice.id)
    )
    # RETURNING names only the rows this transaction inserted, also while another clerk's
    # take-over of the same window commits first
    new_ids = sorted(s.scalars(stmt, rows))
    _refresh_next_due(s, contracts)
    return new_ids, len(rows) - len(new_ids)


def _refresh_next_due(s: Session, contracts: list[ServiceContract]) -> None:
    """``next_due`` of each contract after a take-over (derived data: no version bump)."""
    last = dict(
        s.execute(
            select(ContractInvoice.contract_id, func.max(ContractInvoice.period_index))
            .where(ContractInvoice.contract_id.in_([c.id for c in contracts]))
            .group_by(ContractInvoice.contract_id)
        ).all()
    )
    for c in contracts:
        index = last.get(c.id)
        due = next_billing_date(
            c.start_date,
            c.interval_months,
            Billing(c.billing),
            -1 if index is None else int(index),
            c.end_date,
        )
        if due != c.next_due:
            s.execute(
                update(ServiceContract)
                .where(ServiceContract.id == c.id)
                .values(next_due=due)
                .execution_options(synchronize_session=False)
            )
