"""The case table's query: filters, text search and sorting, all in SQL.

The same :class:`CaseFilter` drives the GUI's table model, the presets and ``cases list``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.users import User

SORT_COLUMNS = {
    "created_at": Case.created_at,
    "status": Case.status,
    "number": Case.number,
    "direction": Case.direction,
    "party": Case.party_name,
    "gross": Case.gross,
    "due_date": Case.due_date,
    "pending_action": Case.pending_action,
}


@dataclass
class CaseFilter:
    """Everything the filter sidebar can express; empty fields do not filter."""

    statuses: list[str] = field(default_factory=list)
    direction: str | None = None
    kinds: list[str] = field(default_factory=list)
    search: str = ""
    created_by_ids: list[int] = field(default_factory=list)
    pending_actions: list[str] = field(default_factory=list)
    payment_status: str | None = None
    paid_from: date | None = None
    paid_to: date | None = None
    reverse_charge: bool | None = None
    delivered: bool | None = None
    booked: bool | None = None
    overdue_before: date | None = None
    not_edited_by_id: int | None = None
    max_gross: Decimal | None = None
    no_send_date: bool = False
    include_inactive: bool = False

    def to_json(self) -> dict[str, Any]:
        """JSON-able form for presets."""
        data = asdict(self)
        for key in ("paid_from", "paid_to", "overdue_before"):
            if data[key] is not None:
                data[key] = data[key].isoformat()
        if data["max_gross"] is not None:
            data["max_gross"] = str(data["max_gross"])
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CaseFilter:
        """Inverse of :meth:`to_json`; unknown keys are ignored."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("paid_from", "paid_to", "overdue_before"):
            if known.get(key):
                known[key] = date.fromisoformat(known[key])
        if known.get("max_gross") is not None:
            known["max_gross"] = Decimal(known["max_gross"])
        return cls(**known)


def search_text_for(number: str | None, party_name: str) -> str:
    """The lower-cased text the free-text search looks in."""
    return f"{number or ''} {party_name}".strip().lower()[:300]


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where_clauses(flt: CaseFilter) -> list[Any]:
    """SQL conditions for a filter (bound parameters only)."""
    conds: list[Any] = []
    if not flt.include_inactive:
        conds.append(Case.active.is_(True))
    if flt.statuses:
        conds.append(Case.status.in_(flt.statuses))
    if flt.direction:
        conds.append(Case.direction == flt.direction)
    if flt.kinds:
        conds.append(Case.kind.in_(flt.kinds))
    if flt.search.strip():
        for term in flt.search.lower().split():
            conds.append(Case.search_text.like(f"%{_like_escape(term)}%", escape="\\"))
    if flt.created_by_ids:
        conds.append(Case.created_by_id.in_(flt.created_by_ids))
    if flt.pending_actions:
        conds.append(Case.pending_action.in_(flt.pending_actions))
    if flt.payment_status:
        conds.append(Case.payment_status == flt.payment_status)
    if flt.paid_from:
        conds.append(Case.paid_on >= flt.paid_from)
    if flt.paid_to:
        conds.append(Case.paid_on <= flt.paid_to)
    if flt.reverse_charge is not None:
        conds.append(Case.reverse_charge.is_(flt.reverse_charge))
    if flt.delivered is not None:
        conds.append(Case.delivered.is_(flt.delivered))
    if flt.booked is not None:
        conds.append(Case.booked.is_(flt.booked))
    if flt.overdue_before:
        conds.append(and_(Case.due_date < flt.overdue_before, Case.payment_status != "paid"))
    if flt.not_edited_by_id is not None:
        conds.append(or_(Case.edited_by_id.is_(None), Case.edited_by_id != flt.not_edited_by_id))
    if flt.max_gross is not None:
        conds.append(Case.gross <= flt.max_gross)
    if flt.no_send_date:
        conds.append(Case.send_date.is_(None))
    return conds


@dataclass(frozen=True)
class CaseRow:
    """One row of the case table."""

    id: int
    number: str | None
    direction: str
    kind: str
    status: str
    party: str
    gross: Decimal
    currency: str
    due_date: date | None
    pending_action: str
    created_at: datetime
    created_by_initials: str | None
    delivered: bool
    booked: bool
    version: int


def rows_query(
    flt: CaseFilter, sort: str = "created_at", descending: bool = True
) -> Select[*tuple[Any, ...]]:
    """The select for one page of rows, sorted with ``id`` as a stable tie-breaker."""
    creator = aliased(User)
    column = SORT_COLUMNS.get(sort, Case.created_at)
    order: list[Any] = (
        [column.desc(), Case.id.desc()] if descending else [column.asc(), Case.id.asc()]
    )
    return (
        select(
            Case.id,
            Case.number,
            Case.direction,
            Case.kind,
            Case.status,
            Case.party_name,
            Case.gross,
            Case.currency,
            Case.due_date,
            Case.pending_action,
            Case.created_at,
            creator.initials,
            Case.delivered,
            Case.booked,
            Case.version,
        )
        .outerjoin(creator, creator.id == Case.created_by_id)
        .where(*where_clauses(flt))
        .order_by(*order)
    )


def fetch_rows(
    session: Session,
    flt: CaseFilter,
    *,
    sort: str = "created_at",
    descending: bool = True,
    limit: int = 100,
    offset: int = 0,
) -> list[CaseRow]:
    """One page of case rows."""
    stmt = rows_query(flt, sort, descending).limit(limit).offset(offset)
    return [CaseRow(*r) for r in session.execute(stmt)]


def count_rows(session: Session, flt: CaseFilter) -> int:
    """Number of cases matching a filter."""
    return int(session.scalar(select(func.count(Case.id)).where(*where_clauses(flt))) or 0)
