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
from decimal import ROUND_HALF_UP, Decimal
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, selectinload

from invoicedesk.documents import labels as lb
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.intervals import (
    Billing,
    Period,
    first_open_index,
    next_billing_date,
    period_at,
    periods_in,
    proration,
)
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
QUANTITY_STEP = Decimal("0.0001")
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


def _frozen_lines(
    contract: ServiceContract, share: tuple[int, int] | None = None, language: str = "de"
) -> list[dict[str, Any]]:
    """The contract's lines for one period; a period cut short by the contract's end
    (``share`` = days billed, days of the full period) bills its quantity by days, and
    says so on the line."""
    suffix = ""
    if share is not None:
        suffix = " (" + lb.labels(language)["prorated"].format(days=share[0], full=share[1]) + ")"
    return [
        {
            "position": ln.position,
            "article_no": ln.article_no,
            "description": ln.description + suffix,
            "quantity": str(_prorated(Decimal(str(ln.quantity)), share)),
            "unit": ln.unit,
            "unit_price": str(ln.unit_price),
            "vat_rate": str(ln.vat_rate),
            "vat_category": ln.vat_category,
            "kind": ln.kind,
        }
        for ln in contract.lines
    ]


def _prorated(quantity: Decimal, share: tuple[int, int] | None) -> Decimal:
    if share is None:
        return quantity
    return (quantity * share[0] / share[1]).quantize(QUANTITY_STEP, ROUND_HALF_UP)


Values = tuple[list[dict[str, Any]], Decimal, Decimal]


def _period_values(
    contract: ServiceContract, period: Period, language: str, full: dict[int, Values]
) -> Values:
    """(frozen lines, net, gross) of one period of a contract with lines; ``full`` keeps
    those of full periods per contract (for the duration of one call)."""
    share = proration(contract.start_date, contract.interval_months, period)
    if share is None:  # every full period of a contract bills the same: computed once
        if contract.id not in full:
            totals = compute_totals(line_inputs(contract.lines))
            full[contract.id] = (_frozen_lines(contract), totals.net, totals.gross)
        return full[contract.id]
    lines = _frozen_lines(contract, share, language)
    totals = compute_totals(line_inputs([SimpleNamespace(**ln) for ln in lines]))
    return lines, totals.net, totals.gross


def _contracts(session: Session, contract_ids: Sequence[int] | None) -> list[ServiceContract]:
    query = (
        select(ServiceContract)
        .where(ServiceContract.active.is_(True))
        .options(selectinload(ServiceContract.lines))
    )
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


def _parties(session: Session, contracts: list[ServiceContract]) -> dict[int, tuple[str, str]]:
    """Name and document language of the contracts' customers."""
    ids = {c.party_id for c in contracts}
    if not ids:
        return {}
    rows = session.execute(select(Party.id, Party.name, Party.language).where(Party.id.in_(ids)))
    return {int(pid): (name, (language or "de")[:2]) for pid, name, language in rows}


def plan_take_over(
    db: Database,
    window_from: date,
    window_to: date,
    contract_ids: Sequence[int] | None = None,
    *,
    today: date | None = None,
) -> list[PlannedInvoice]:
    """The invoices the contracts generate for the window (``taken_over`` marks existing ones):
    periods of the past not taken over yet first, then by customer, contract and period."""
    if window_to < window_from:
        raise ValidationError("The period to take over ends before it begins.")
    current = today or date.today()
    with db.read() as s:
        contracts = _contracts(s, contract_ids)
        parties = _parties(s, contracts)
        taken = _taken(s, [c.id for c in contracts]) if contracts else set()
        planned: list[PlannedInvoice] = []
        full: dict[int, Values] = {}
        for c in contracts:
            name, language = parties.get(c.party_id, ("", "de"))
            found = periods_in(c.start_date, c.interval_months, window_from, window_to, c.end_date)
            for p in found:
                if c.lines:
                    _lines, net, gross = _period_values(c, p, language, full)
                else:
                    net = gross = Decimal("0.00")
                planned.append(
                    PlannedInvoice(
                        contract_id=c.id,
                        contract_number=c.number,
                        party_name=name,
                        period_index=p.index,
                        period_start=p.start,
                        period_end=p.end,
                        billing_date=p.billing_date(Billing(c.billing)),
                        net=net,
                        gross=gross,
                        taken_over=(c.id, p.start) in taken,
                    )
                )
    return sorted(
        planned,
        key=lambda p: (
            p.taken_over or p.billing_date > current,
            p.party_name,
            p.contract_number,
            p.period_start,
        ),
    )


def earliest_unbilled(db: Database) -> date | None:
    """The first day of the earliest period of an active contract (with lines) that was never
    taken over, ``None`` when every contract is taken over as far as it runs — where the
    take-over dialog starts, so that no period of the past is passed over."""
    with db.read() as s:
        contracts = [c for c in _contracts(s, None) if c.lines]
        indexes = _taken_indexes(s, [c.id for c in contracts])
        first: date | None = None
        for c in contracts:
            index = first_open_index(indexes.get(c.id, set()))
            period = period_at(c.start_date, c.interval_months, index, c.end_date)
            if period is not None and (first is None or period.start < first):
                first = period.start
    return first


def _taken_indexes(s: Session, ids: list[int]) -> dict[int, set[int]]:
    result: dict[int, set[int]] = {}
    for start in range(0, len(ids), CHUNK):
        rows = s.execute(
            select(ContractInvoice.contract_id, ContractInvoice.period_index).where(
                ContractInvoice.contract_id.in_(ids[start : start + CHUNK])
            )
        )
        for cid, index in rows:
            result.setdefault(int(cid), set()).add(int(index))
    return result


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
        s.scalars(
            select(ServiceContract)
            .where(ServiceContract.id.in_(ids))
            .options(selectinload(ServiceContract.lines))  # one query for all lines
            .order_by("id")
        )
    )
    rows: list[dict[str, Any]] = []
    now = utcnow()
    parties = _parties(s, contracts)
    full: dict[int, Values] = {}
    for c in contracts:
        if not c.lines:
            continue
        language = parties.get(c.party_id, ("", "de"))[1]
        for p in periods_in(c.start_date, c.interval_months, window_from, window_to, c.end_date):
            lines, net, gross = _period_values(c, p, language, full)
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
                    "net": net,
                    "gross": gross,
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
    """``next_due`` of each contract after a take-over: the billing date of its first period
    not taken over, so a window taken over ahead never hides an unbilled earlier period
    (derived data: no version bump)."""
    indexes = _taken_indexes(s, [c.id for c in contracts])
    for c in contracts:
        due = next_billing_date(
            c.start_date,
            c.interval_months,
            Billing(c.billing),
            first_open_index(indexes.get(c.id, set())) - 1,
            c.end_date,
        )
        if due != c.next_due:
            s.execute(
                update(ServiceContract)
                .where(ServiceContract.id == c.id)
                .values(next_due=due)
                .execution_options(synchronize_session=False)
            )
