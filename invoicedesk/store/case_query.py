"""The case table's query: filters, text search and sorting, all in SQL.

The same :class:`CaseFilter` drives the GUI's table model, the presets and ``cases list``.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.outbox import ACTIVE_STATUSES, OutboxMessage
from invoicedesk.store.models.users import User
from invoicedesk.store.payment_filters import case_has_payment_to_book, case_paid_between

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
#: page size of the case table; one query fetches one page
PAGE_SIZE = 200


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
    #: *Bookable*: paid or settled outgoing cases not booked, and cases with a payment still to
    #: be exported to booking (:mod:`invoicedesk.store.payment_bookings`)
    bookable: bool = False

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
    if flt.paid_from or flt.paid_to:
        conds.append(case_paid_between(flt.paid_from, flt.paid_to))
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
    if flt.bookable:
        conds.append(
            or_(
                and_(
                    Case.direction == "out",
                    Case.status.in_(("paid", "settled")),
                    Case.booked.is_(False),
                ),
                case_has_payment_to_book(),
            )
        )
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
    edited_by_id: int | None = None
    created_by_id: int | None = None
    payment_status: str = "unpaid"
    readout: str | None = None
    findings: int = 0
    duplicate_of_id: int | None = None
    paid_amount: Decimal = Decimal("0.00")
    #: the case's e-mails on their way: bit 1 the document's own e-mail (*Send* is refused,
    #: *Resend* replaces it), bit 2 one waits for a usable mail server (the table's badge)
    mail: int = 0

    @property
    def mail_waiting(self) -> bool:
        """The document's own e-mail is still on its way (pending, held, being sent)."""
        return bool(self.mail & 1)

    @property
    def mail_held(self) -> bool:
        """An e-mail of the case waits for a usable mail server."""
        return bool(self.mail & 2)


def _mail_flags() -> Any:
    """:attr:`CaseRow.mail` in SQL: one correlated lookup on the outbox's case index per
    outgoing row of a page (incoming cases have no e-mails)."""
    active = or_(*(OutboxMessage.status == status for status in ACTIVE_STATUSES))
    flags = (
        select(
            func.coalesce(func.max(case((OutboxMessage.status == "held", 2), else_=0)), 0)
            + func.coalesce(func.max(case((OutboxMessage.purpose == "document", 1), else_=0)), 0)
        )
        .where(OutboxMessage.case_id == Case.id, active)
        .scalar_subquery()
    )
    return case((Case.direction == "out", flags), else_=0).label("mail")


def rows_query(
    flt: CaseFilter, sort: str = "created_at", descending: bool = True
) -> Select[*tuple[Any, ...]]:
    """The select for one page of rows, sorted with ``id`` as a stable tie-breaker."""
    creator = aliased(User)
    order = _order(sort, descending)
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
            Case.edited_by_id,
            Case.created_by_id,
            Case.payment_status,
            Case.readout,
            Case.findings,
            Case.duplicate_of_id,
            Case.paid_amount,
            _mail_flags(),
        )
        .outerjoin(creator, creator.id == Case.created_by_id)
        .where(*where_clauses(flt))
        .order_by(*order)
    )


@lru_cache(maxsize=64)
def _cached_rows_query(filter_json: str, sort: str, descending: bool) -> Select[*tuple[Any, ...]]:
    return rows_query(CaseFilter.from_json(json.loads(filter_json)), sort, descending)


def cached_rows_query(
    flt: CaseFilter, sort: str = "created_at", descending: bool = True
) -> Select[*tuple[Any, ...]]:
    """:func:`rows_query`, built once per filter and order (building it costs more than
    running it for one page)."""
    return _cached_rows_query(json.dumps(flt.to_json(), sort_keys=True), sort, descending)


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
    stmt = cached_rows_query(flt, sort, descending).limit(limit).offset(offset)
    return [CaseRow(*r) for r in session.connection().execute(stmt)]


def count_rows(session: Session, flt: CaseFilter) -> int:
    """Number of cases matching a filter."""
    return int(session.scalar(select(func.count(Case.id)).where(*where_clauses(flt))) or 0)


def _order(sort: str, descending: bool) -> list[Any]:
    column = SORT_COLUMNS.get(sort, Case.created_at)
    return [column.desc(), Case.id.desc()] if descending else [column.asc(), Case.id.asc()]


#: from this offset on, a page is found by its ids first (an index-only walk), then loaded
DEEP_OFFSET = 1000


def _fetch_deep(
    session: Session, flt: CaseFilter, sort: str, descending: bool, offset: int, limit: int
) -> list[CaseRow]:
    """Find the page's ids first (an index-only walk where possible), then load the rows.

    ``OFFSET`` on the full row query computes every skipped row (joins and all), and a filter
    on the full row query loads every row it rejects; walking the ids of a covering index
    avoids both.
    """
    ids_stmt = (
        select(Case.id)
        .where(*where_clauses(flt))
        .order_by(*_order(sort, descending))
        .limit(limit)
        .offset(offset)
    )
    conn = session.connection()
    ids = list(conn.execute(ids_stmt).scalars())
    if not ids:
        return []
    base = cached_rows_query(CaseFilter(include_inactive=True), sort, descending)
    by_id = {r[0]: CaseRow(*r) for r in conn.execute(base.where(Case.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]


def _filters_rows(flt: CaseFilter) -> bool:
    """Whether the ids-first path pays off: the filter columns sit in a covering index, so
    rows that do not match are skipped in the index instead of being loaded one by one."""
    return bool(flt.search.strip() or flt.statuses or flt.direction)


def fetch_page(
    session: Session,
    flt: CaseFilter,
    *,
    sort: str = "created_at",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    total: int | None = None,
) -> list[CaseRow]:
    """Rows ``offset .. offset+limit`` of the sorted result.

    When the total is known and the page lies in the second half, the query runs in the
    reverse order with a small offset from the end, so that jumping to the last row costs as
    little as showing the first one. Pages deep inside skip over ids only.
    """
    reverse = total is not None and offset > total // 2
    if reverse:
        assert total is not None
        limit = max(0, min(limit, total - offset))
        offset = max(0, total - offset - limit)
        descending = not descending
    if offset >= DEEP_OFFSET or _filters_rows(flt):
        rows = _fetch_deep(session, flt, sort, descending, offset, limit)
    else:
        stmt = cached_rows_query(flt, sort, descending).limit(limit).offset(offset)
        rows = [CaseRow(*r) for r in session.connection().execute(stmt)]
    if reverse:
        rows.reverse()
    return rows


def status_counts(session: Session, flt: CaseFilter) -> dict[tuple[str, str], int]:
    """Number of cases per (direction, status) under a filter, ignoring its status choice."""
    without_status = CaseFilter.from_json({**flt.to_json(), "statuses": []})
    stmt = (
        select(Case.direction, Case.status, func.count())
        .where(*where_clauses(without_status))
        .group_by(Case.direction, Case.status)
    )
    return {(d, st): int(n) for d, st, n in session.execute(stmt)}


def change_stamp(session: Session) -> tuple[Any, ...]:
    """A cheap token that changes whenever any case is added or changed (two index lookups).

    Every change of a case sets ``updated_at`` (history is written in the same transaction),
    and every new case gets a higher id.
    """
    # two scalar subqueries: each max() alone is a single index lookup
    row = session.execute(
        select(
            select(func.max(Case.updated_at)).scalar_subquery(),
            select(func.max(Case.id)).scalar_subquery(),
        )
    ).one()
    return tuple(row)
