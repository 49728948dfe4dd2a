"""The orders list: filtered, sorted and paged in SQL (the list can hold many thousand orders).

One row carries what the clerk sees in the list: customer, dates, stage, the *approved for
invoicing* flag, the invoice delivery, the amount, the origin (shop and its id), and the numbers
of the delivery note and of the invoice, if there are any.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select

from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.orders import DeliveryNote, OrderInvoice, SalesOrder
from invoicedesk.store.models.parties import Party

#: rows fetched per page by the GUI
PAGE_SIZE = 200

#: sort key -> SQL expression
SORT_KEYS: dict[str, Any] = {
    "number": SalesOrder.number,
    "customer": Party.name,
    "order_date": SalesOrder.order_date,
    "stage": SalesOrder.stage,
    "approved": SalesOrder.approved,
    "delivery": SalesOrder.delivery,
    "gross": SalesOrder.gross,
    "origin": SalesOrder.origin,
    "delivery_note": DeliveryNote.number,
    "invoice": Case.number,
}


@dataclass(frozen=True)
class OrderFilter:
    """What the list shows: one stage (``None`` = all) and a search text."""

    stage: str | None = None
    text: str = ""
    sort: str = "order_date"
    descending: bool = True


@dataclass(frozen=True)
class OrderRow:
    """One row of the orders list."""

    id: int
    number: str
    customer: str
    party_id: int
    order_date: date
    closed_on: date | None
    stage: str
    approved: bool
    delivery: str
    gross: Decimal
    currency: str
    origin: str | None
    remote_id: str | None
    delivery_note: str | None
    invoice_case_id: int | None
    invoice_number: str | None

    @property
    def origin_text(self) -> str:
        """``teileshop #1041`` for imported orders, empty for orders entered by hand."""
        if not self.origin:
            return ""
        return f"{self.origin} #{self.remote_id}" if self.remote_id else self.origin


def _base(flt: OrderFilter) -> Select[Any]:
    query = (
        select(
            SalesOrder.id,
            SalesOrder.number,
            Party.name,
            SalesOrder.party_id,
            SalesOrder.order_date,
            SalesOrder.closed_on,
            SalesOrder.stage,
            SalesOrder.approved,
            SalesOrder.delivery,
            SalesOrder.gross,
            SalesOrder.currency,
            SalesOrder.origin,
            SalesOrder.remote_id,
            DeliveryNote.number,
            OrderInvoice.case_id,
            Case.number,
        )
        .join(Party, Party.id == SalesOrder.party_id)
        .outerjoin(DeliveryNote, DeliveryNote.order_id == SalesOrder.id)
        .outerjoin(OrderInvoice, OrderInvoice.order_id == SalesOrder.id)
        .outerjoin(Case, Case.id == OrderInvoice.case_id)
    )
    if flt.stage:
        query = query.where(SalesOrder.stage == flt.stage)
    text = flt.text.strip().lower()
    if text:
        pattern = f"%{text.replace('%', '').replace('_', '')}%"
        query = query.where(
            or_(
                func.lower(SalesOrder.number).like(pattern),
                func.lower(Party.name).like(pattern),
                func.lower(SalesOrder.remote_id).like(pattern),
                func.lower(SalesOrder.customer_reference).like(pattern),
                func.lower(Case.number).like(pattern),
                func.lower(DeliveryNote.number).like(pattern),
            )
        )
    return query  # type: ignore[return-value]


def count_orders(db: Database, flt: OrderFilter) -> int:
    """How many orders match the filter."""
    with db.read() as s:
        inner = _base(flt).with_only_columns(SalesOrder.id).subquery()
        return int(s.scalar(select(func.count()).select_from(inner)) or 0)


def order_page(
    db: Database, flt: OrderFilter, offset: int, limit: int = PAGE_SIZE
) -> list[OrderRow]:
    """``limit`` rows of the filtered list from ``offset`` on, in the filter's order."""
    key = SORT_KEYS.get(flt.sort, SalesOrder.order_date)
    first = (key.desc() if flt.descending else key.asc()).nulls_last()  # same on every database
    tie = SalesOrder.id.desc() if flt.descending else SalesOrder.id.asc()
    query = _base(flt).order_by(first, tie).offset(offset).limit(limit)
    with db.read() as s:
        return [OrderRow(*row) for row in s.execute(query)]


def order_row(db: Database, order_id: int) -> OrderRow | None:
    """One order's row (after a change), or ``None`` if it is gone."""
    with db.read() as s:
        row = s.execute(_base(OrderFilter()).where(SalesOrder.id == order_id)).first()
        return OrderRow(*row) if row is not None else None
