"""Billing periods: month ends, leap years, contracts starting mid-month (examples + hypothesis)."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import islice, pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoicedesk.domain.intervals import (
    INTERVALS,
    Billing,
    Period,
    add_months,
    iter_periods,
    month_window,
    next_billing_date,
    period_at,
    periods_in,
)

starts = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
intervals = st.sampled_from(INTERVALS)


def test_month_end_start_keeps_its_day_after_short_months() -> None:
    got = [p.start for p in islice(iter_periods(date(2027, 1, 31), 1), 5)]
    assert got == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),  # not the 28th: the day comes from the start, not the last period
        date(2027, 4, 30),
        date(2027, 5, 31),
    ]
    assert period_at(date(2027, 1, 31), 1, 0) == Period(date(2027, 1, 31), date(2027, 2, 27), 0)


def test_leap_years() -> None:
    assert add_months(date(2027, 1, 31), 1) == date(2027, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    yearly = [p.start for p in islice(iter_periods(date(2028, 2, 29), 12), 5)]
    assert yearly == [date(2028, 2, 29), date(2029, 2, 28), date(2030, 2, 28),
                      date(2031, 2, 28), date(2032, 2, 29)]  # fmt: skip
    first = period_at(date(2028, 2, 29), 12, 0)
    assert first is not None and first.end == date(2029, 2, 27)


def test_start_mid_month_two_monthly_gives_six_a_year() -> None:
    periods = periods_in(date(2026, 11, 15), 2, date(2027, 1, 1), date(2027, 12, 31))
    assert [p.start for p in periods] == [date(2027, m, 15) for m in (1, 3, 5, 7, 9, 11)]
    assert periods[0].end == date(2027, 3, 14)
    assert [p.index for p in periods] == [1, 2, 3, 4, 5, 6]


def test_end_date_cuts_the_last_period_and_stops() -> None:
    periods = list(iter_periods(date(2027, 1, 1), 3, end=date(2027, 8, 10)))
    assert [(p.start, p.end) for p in periods] == [
        (date(2027, 1, 1), date(2027, 3, 31)),
        (date(2027, 4, 1), date(2027, 6, 30)),
        (date(2027, 7, 1), date(2027, 8, 10)),
    ]


def test_billing_dates_and_next_due() -> None:
    period = Period(date(2027, 1, 1), date(2027, 2, 28), 0)
    assert period.billing_date(Billing.ADVANCE) == date(2027, 1, 1)
    assert period.billing_date(Billing.ARREARS) == date(2027, 3, 1)
    assert next_billing_date(date(2027, 1, 1), 2, Billing.ADVANCE, -1) == date(2027, 1, 1)
    assert next_billing_date(date(2027, 1, 1), 2, Billing.ARREARS, 0) == date(2027, 5, 1)
    assert next_billing_date(date(2027, 1, 1), 2, Billing.ADVANCE, 0, end=date(2027, 2, 1)) is None


def test_month_window_parsing() -> None:
    assert month_window("2027-01..2027-12") == (date(2027, 1, 1), date(2027, 12, 31))
    assert month_window("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
    assert month_window("2027") == (date(2027, 1, 1), date(2027, 12, 31))
    for bad in ("2027-13", "Jan 2027", "2027-05..2027-01", ""):
        with pytest.raises(ValueError):
            month_window(bad)


def test_interval_must_be_offered() -> None:
    with pytest.raises(ValueError, match="not offered"):
        list(iter_periods(date(2027, 1, 1), 5))


@given(starts, intervals)
def test_periods_are_contiguous_and_keep_the_start_day(start: date, months: int) -> None:
    periods = list(islice(iter_periods(start, months), 30))
    for a, b in pairwise(periods):
        assert a.end + timedelta(days=1) == b.start
        assert a.start <= a.end
        months_apart = (b.start.year - a.start.year) * 12 + b.start.month - a.start.month
        assert months_apart == months
    for p in periods:
        last_day = (add_months(p.start.replace(day=1), 1) - timedelta(days=1)).day
        assert p.start.day == min(start.day, last_day)


@given(starts, intervals, st.integers(min_value=2000, max_value=2095))
def test_a_full_year_has_twelve_over_interval_periods(start: date, months: int, year: int) -> None:
    periods = periods_in(start, months, date(year, 1, 1), date(year, 12, 31))
    if start <= date(year, 1, 1):
        assert len(periods) == 12 // months
    assert all(date(year, 1, 1) <= p.start <= date(year, 12, 31) for p in periods)


@given(starts, intervals, starts, st.integers(min_value=1, max_value=800))
def test_consecutive_windows_split_the_periods_exactly_once(
    start: date, months: int, split: date, length: int
) -> None:
    a_from, a_to = split, split + timedelta(days=length)
    b_from, b_to = a_to + timedelta(days=1), a_to + timedelta(days=length)
    whole = periods_in(start, months, a_from, b_to)
    parts = periods_in(start, months, a_from, a_to) + periods_in(start, months, b_from, b_to)
    assert whole == parts
    assert len({p.index for p in whole}) == len(whole)


@given(starts, intervals, st.integers(min_value=0, max_value=3000))
def test_an_end_date_never_leaks(start: date, months: int, days: int) -> None:
    end = start + timedelta(days=days)
    periods = list(iter_periods(start, months, end))
    assert periods and periods[-1].end == end
    assert all(p.end <= end for p in periods)
