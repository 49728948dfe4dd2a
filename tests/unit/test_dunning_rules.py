"""Dunning rules: § 288 BGB default interest (business and consumer, a base-rate change inside
the period, ACT/365) and when the next level is due."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoicedesk.domain.dunning import (
    BaseRate,
    DunningLevel,
    base_rate_on,
    default_interest,
    interest_rate,
    next_level,
)
from invoicedesk.domain.errors import ValidationError

D = Decimal
RATES = [
    BaseRate(date(2024, 7, 1), D("3.37")),
    BaseRate(date(2025, 1, 1), D("2.27")),
    BaseRate(date(2025, 7, 1), D("1.27")),
]
LEVELS = [DunningLevel(7), DunningLevel(21, D("5.00"), True), DunningLevel(35, D("10"), True)]


def test_business_interest_is_base_plus_nine_per_day_act_365() -> None:
    # 1,000.00 due 2025-03-31, until 2025-04-30: 30 days at 2.27 + 9 = 11.27 %
    [part] = default_interest(D("1000.00"), date(2025, 3, 31), date(2025, 4, 30), RATES,
                              consumer=False)  # fmt: skip
    assert (part.start, part.end, part.days, part.rate) == (
        date(2025, 4, 1), date(2025, 4, 30), 30, D("11.27")
    )
    assert part.amount == D("9.26")  # 1000 * 0.1127 * 30 / 365 = 9.2630...


def test_consumer_interest_is_base_plus_five() -> None:
    [part] = default_interest(D("1000.00"), date(2025, 3, 31), date(2025, 4, 30), RATES,
                              consumer=True)  # fmt: skip
    assert part.rate == D("7.27") and part.amount == D("5.98")  # 1000 * .0727 * 30/365


def test_a_base_rate_change_splits_the_period() -> None:
    # due 2025-06-15, until 2025-07-20: 15 days in June at 2.27 %, 20 days from 1 July at 1.27 %
    parts = default_interest(D("2500.00"), date(2025, 6, 15), date(2025, 7, 20), RATES,
                             consumer=False)  # fmt: skip
    assert [(p.start, p.end, p.days, p.rate) for p in parts] == [
        (date(2025, 6, 16), date(2025, 6, 30), 15, D("11.27")),
        (date(2025, 7, 1), date(2025, 7, 20), 20, D("10.27")),
    ]
    assert [p.amount for p in parts] == [D("11.58"), D("14.07")]  # 11.5787.., 14.0684..
    # over a year end and two changes; a leap year still counts 365 days a year
    parts = default_interest(D("100.00"), date(2024, 12, 31), date(2025, 12, 31), RATES,
                             consumer=True)  # fmt: skip
    assert [(p.days, p.rate) for p in parts] == [(181, D("7.27")), (184, D("6.27"))]


def test_nothing_late_nothing_open_and_an_unknown_base_rate() -> None:
    assert default_interest(D("100"), date(2025, 5, 1), date(2025, 5, 1), RATES,
                            consumer=False) == []  # fmt: skip
    assert default_interest(D("0.00"), date(2025, 5, 1), date(2025, 6, 1), RATES,
                            consumer=False) == []  # fmt: skip
    with pytest.raises(ValidationError, match="No base rate is known"):
        default_interest(D("100"), date(2024, 1, 1), date(2024, 8, 1), RATES, consumer=False)
    assert base_rate_on(RATES, date(2025, 6, 30)).rate == D("2.27")
    assert interest_rate(D("-0.88"), consumer=False) == D("8.12")


def test_levels_come_in_order_with_their_gaps_one_a_day() -> None:
    due = date(2026, 10, 1)

    def level(today: date, *sent: tuple[int, date]) -> int | None:
        return next_level(LEVELS, due, today, list(sent))

    assert level(date(2026, 10, 7)) is None  # due + 6 days
    assert level(date(2026, 10, 8)) == 1
    # long overdue, never reminded: the first level first, never straight to the last
    assert level(date(2026, 12, 1)) == 1
    assert level(date(2026, 12, 1), (1, date(2026, 12, 1))) is None  # once a day
    # after a late first reminder, the second waits the 14 days between the levels
    assert level(date(2026, 12, 14), (1, date(2026, 12, 1))) is None
    assert level(date(2026, 12, 15), (1, date(2026, 12, 1))) == 2
    assert level(date(2026, 10, 22), (1, date(2026, 10, 8))) == 2
    done = [(1, date(2026, 10, 8)), (2, date(2026, 10, 22)), (3, date(2026, 11, 5))]
    assert level(date(2027, 1, 1), *done) is None  # every level was sent
