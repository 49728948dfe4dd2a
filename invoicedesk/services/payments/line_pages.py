"""The statement lines of the reconciliation view, filtered and read a page at a time.

The filter (state, booking-date range, amount range, text) runs in SQL; pages follow each other
by the last line's (booking date, id) — keyset paging over ``ix_statement_lines_state_date`` —
so the hundredth page costs what the first does and no line is skipped or shown twice when
lines are booked meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select

from invoicedesk.services.payments.listing import WAITING, LineRow, line_row
from invoicedesk.store.database import Database
from invoicedesk.store.models.payments import StatementLine

#: lines read per page
PAGE = 200
#: every state a line can be in
STATES = ("proposed", "unmatched", "booked", "ignored")


@dataclass(frozen=True)
class LineFilter:
    """What the reconciliation view shows; empty fields do not filter. ``min_amount`` and
    ``max_amount`` bound the amount without its sign (a debit of 80.00 is in 50..100)."""

    states: tuple[str, ...] = WAITING
    date_from: date | None = None
    date_to: date | None = None
    min_amount: Decimal | None = None
    max_amount: Decimal | None = None
    text: str = ""


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _between(low: Decimal | None, high: Decimal | None, sign: int) -> Any:
    amount = StatementLine.amount
    conds = [amount > 0 if sign > 0 else amount < 0]
    if low is not None:
        conds.append(amount >= low if sign > 0 else amount <= -low)
    if high is not None:
        conds.append(amount <= high if sign > 0 else amount >= -high)
    return and_(*conds)


def conditions(flt: LineFilter) -> list[Any]:
    """SQL conditions of a filter (bound parameters only)."""
    conds: list[Any] = [StatementLine.state.in_(flt.states or STATES)]
    if flt.date_from is not None:
        conds.append(StatementLine.booking_date >= flt.date_from)
    if flt.date_to is not None:
        conds.append(StatementLine.booking_date <= flt.date_to)
    if flt.min_amount is not None or flt.max_amount is not None:
        conds.append(
            or_(
                _between(flt.min_amount, flt.max_amount, 1),
                _between(flt.min_amount, flt.max_amount, -1),
            )
        )
    for term in flt.text.lower().split():
        like = f"%{_escape(term)}%"
        conds.append(
            or_(
                *(
                    func.lower(column).like(like, escape="\\")
                    for column in (
                        StatementLine.counterparty_name,
                        StatementLine.counterparty_iban,
                        StatementLine.reference,
                        StatementLine.end_to_end_id,
                    )
                )
            )
        )
    return conds


def count_lines(db: Database, flt: LineFilter) -> int:
    """How many lines the filter finds."""
    with db.read() as s:
        return int(s.scalar(select(func.count(StatementLine.id)).where(*conditions(flt))) or 0)


def fetch_lines(
    db: Database, flt: LineFilter, after: tuple[date, int] | None = None, limit: int = PAGE
) -> list[LineRow]:
    """The next page of lines (oldest first) after the line ``after`` (booking date, id)."""
    query = select(StatementLine).where(*conditions(flt))
    if after is not None:
        day, line_id = after
        query = query.where(
            or_(
                StatementLine.booking_date > day,
                and_(StatementLine.booking_date == day, StatementLine.id > line_id),
            )
        )
    query = query.order_by(StatementLine.booking_date, StatementLine.id).limit(limit)
    with db.read() as s:
        return [line_row(ln) for ln in s.scalars(query)]
