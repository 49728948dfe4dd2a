"""Billing periods of service contracts: month arithmetic without surprises.

A contract bills every ``months`` months (1, 2, 3, 6 or 12) from its start date. Period ``k``
starts ``k * months`` months after the start, on the start's day of the month, or on the last
day of a shorter month (a contract from 31 January starts periods on 28/29 February, 31 March,
30 April ...). The day is always taken from the start date, never carried from the previous
period, so one short month does not shift every later period. A period ends the day before the
next one starts, or on the contract's end date.

Periods belong to the window their *first day* falls in, so taking over consecutive windows
(2027, then 2028) generates every period exactly once; a 2-month contract has 6 a year.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from invoicedesk.domain.errors import ValidationError

#: the intervals a contract may have, in months
INTERVALS: tuple[int, ...] = (1, 2, 3, 6, 12)
INTERVAL_LABELS: dict[int, str] = {
    1: "monthly",
    2: "every 2 months",
    3: "every 3 months",
    6: "every 6 months",
    12: "every 12 months",
}


class IntervalError(ValidationError, ValueError):
    """An interval or a period the clerk typed is not possible."""


class Billing(StrEnum):
    """When a period is billed: on its first day (in advance) or after its last (arrears)."""

    ADVANCE = "advance"
    ARREARS = "arrears"


@dataclass(frozen=True, order=True)
class Period:
    """One billing period, both days inclusive; ``index`` counts from 0 at the start date."""

    start: date
    end: date
    index: int

    def billing_date(self, billing: Billing) -> date:
        """The day the period is invoiced: its first day, or the day after its last."""
        return self.start if billing is Billing.ADVANCE else self.end + timedelta(days=1)


def check_interval(months: int) -> int:
    """Return ``months`` if it is an allowed interval; raise ``ValueError`` otherwise."""
    if months not in INTERVALS:
        allowed = ", ".join(str(m) for m in INTERVALS)
        raise IntervalError(
            "An interval of {months} months is not offered; use {allowed}.",
            months=months,
            allowed=allowed,
        )
    return months


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """``day`` moved by ``months`` calendar months, on ``anchor_day`` (default: ``day.day``)
    or the last day of the target month when it is shorter."""
    total = day.year * 12 + (day.month - 1) + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor_day or day.day, last))


def period_start(start: date, months: int, index: int) -> date:
    """First day of period ``index`` of a contract starting on ``start``."""
    return add_months(start, months * index, anchor_day=start.day)


def period_at(start: date, months: int, index: int, end: date | None = None) -> Period | None:
    """Period ``index``, cut at the contract end; ``None`` if it starts after the end."""
    first = period_start(start, months, index)
    if end is not None and first > end:
        return None
    last = period_start(start, months, index + 1) - timedelta(days=1)
    if end is not None and last > end:
        last = end
    return Period(first, last, index)


def proration(start: date, months: int, period: Period) -> tuple[int, int] | None:
    """``(days billed, days of the full period)`` when ``period`` was cut short by the
    contract's end; ``None`` for a full period."""
    full_end = period_start(start, months, period.index + 1) - timedelta(days=1)
    if period.end >= full_end:
        return None
    return (period.end - period.start).days + 1, (full_end - period.start).days + 1


def first_open_index(taken: set[int] | frozenset[int]) -> int:
    """The first period index not in ``taken`` (0 when none was taken over)."""
    index = 0
    while index in taken:
        index += 1
    return index


def iter_periods(start: date, months: int, end: date | None = None) -> Iterator[Period]:
    """Every period of a contract in order (endless for a contract without end date)."""
    check_interval(months)
    index = 0
    while True:
        period = period_at(start, months, index, end)
        if period is None:
            return
        yield period
        index += 1


def first_index_on_or_after(start: date, months: int, day: date) -> int:
    """The index of the first period that starts on or after ``day``."""
    if day <= start:
        return 0
    elapsed = (day.year - start.year) * 12 + (day.month - start.month)
    index = max(0, elapsed // months - 1)
    while period_start(start, months, index) < day:
        index += 1
    return index


def periods_in(
    start: date,
    months: int,
    window_from: date,
    window_to: date,
    end: date | None = None,
) -> list[Period]:
    """The periods whose first day lies in ``window_from .. window_to`` (both inclusive)."""
    check_interval(months)
    if window_to < window_from:
        raise ValueError("The period to take over ends before it begins.")
    result: list[Period] = []
    index = first_index_on_or_after(start, months, window_from)
    while True:
        period = period_at(start, months, index, end)
        if period is None or period.start > window_to:
            return result
        result.append(period)
        index += 1


def month_window(text: str) -> tuple[date, date]:
    """Parse ``2027-01..2027-12`` (or one month ``2027-03``, or a year ``2027``) into the first
    and last day; raises ``ValueError`` with a sentence for the clerk."""
    raw = text.strip()
    first_text, _, last_text = raw.partition("..")
    last_text = last_text or first_text
    try:
        first = _month_or_year(first_text.strip(), first=True)
        last = _month_or_year(last_text.strip(), first=False)
    except ValueError:
        raise IntervalError(
            "{text!r} is not a period; write it as 2027-01..2027-12, 2027-03 or 2027.", text=text
        ) from None
    if last < first:
        raise IntervalError("The period {text!r} ends before it begins.", text=text)
    return first, last


def _month_or_year(text: str, *, first: bool) -> date:
    if len(text) == 4 and text.isdigit():
        return date(int(text), 1, 1) if first else date(int(text), 12, 31)
    year_text, _, month_text = text.partition("-")
    year, month = int(year_text), int(month_text)
    if first:
        return date(year, month, 1)
    return date(year, month, calendar.monthrange(year, month)[1])


def next_billing_date(
    start: date, months: int, billing: Billing, after_index: int, end: date | None = None
) -> date | None:
    """The billing date of the period after ``after_index`` (``-1``: the first period)."""
    period = period_at(start, months, after_index + 1, end)
    return None if period is None else period.billing_date(billing)
