"""Payment reminders (dunning) as rules: levels, when the next one is due, default interest.

**Levels** (e.g. *Payment reminder* at due + 7 days, *1st dunning* at + 21, *2nd dunning* at
+ 35) each have a fee and say whether statutory default interest is charged. They come in
order: the first level not sent yet is the next, once its day has come - and, after an earlier
level, once as many days have passed since that reminder as lie between the two levels. A case
gets at most one reminder a day.

**Default interest** (§ 288 BGB): the base rate (§ 247 BGB, published by the Bundesbank for
each 1 January and 1 July) plus 9 percentage points when no consumer is involved, plus 5 for
consumers; per day on the open amount from the day after the due date, ACT/365. A period over
which the base rate changed is split at the change, each part with its own rate; each part is
rounded to cents and the parts add up to the interest charged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import ZERO, round_cents

#: percentage points over the base rate (§ 288 (2) and (1) BGB)
POINTS_BUSINESS = Decimal("9")
POINTS_CONSUMER = Decimal("5")
DAYS_PER_YEAR = Decimal(365)
LANGUAGES = ("de", "en", "nl")


@dataclass(frozen=True)
class BaseRate:
    """The base rate (percent per year) in force from ``valid_from``."""

    valid_from: date
    rate: Decimal


@dataclass(frozen=True)
class InterestPart:
    """Interest for the days ``start`` .. ``end`` (both included) at ``rate`` percent a year."""

    start: date
    end: date
    days: int
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True)
class LevelText:
    """A level's texts in one language: the printed title and letter, the e-mail."""

    title: str
    letter: str
    subject: str
    body: str


@dataclass(frozen=True)
class DunningLevel:
    """One step of the dunning: ``days`` after the due date, its fee, whether interest is
    charged, and its texts per language (``de``, ``en``, ``nl``)."""

    days: int
    fee: Decimal = ZERO
    interest: bool = False
    texts: dict[str, LevelText] = field(default_factory=dict)

    def text(self, language: str) -> LevelText:
        """The texts in ``language`` (German when that language has none)."""
        found = self.texts.get(language) or self.texts.get("de")
        if found is None:
            raise ValidationError("A dunning level has no texts.")
        return found


def interest_rate(base: Decimal, consumer: bool) -> Decimal:
    """The yearly default interest rate in percent for a base rate."""
    return base + (POINTS_CONSUMER if consumer else POINTS_BUSINESS)


def base_rate_on(rates: Sequence[BaseRate], day: date) -> BaseRate:
    """The base rate in force on ``day``; refuses a day before every known rate."""
    known = [r for r in sorted(rates, key=lambda r: r.valid_from) if r.valid_from <= day]
    if not known:
        raise ValidationError(
            "No base rate is known for {day}; add it to the dunning settings.", day=day
        )
    return known[-1]


def default_interest(
    principal: Decimal,
    due: date,
    until: date,
    rates: Sequence[BaseRate],
    *,
    consumer: bool,
) -> list[InterestPart]:
    """Interest on ``principal`` for the days after ``due`` up to ``until`` (included), one
    part per base rate in force. Nothing when nothing is open or nothing is late."""
    if principal <= ZERO or until <= due:
        return []
    parts: list[InterestPart] = []
    start = due + timedelta(days=1)
    changes = sorted(r.valid_from for r in rates if start < r.valid_from <= until)
    for end_excl in [*changes, until + timedelta(days=1)]:
        if end_excl <= start:
            continue
        base = base_rate_on(rates, start)
        rate = interest_rate(base.rate, consumer)
        days = (end_excl - start).days
        amount = round_cents(principal * rate / 100 * days / DAYS_PER_YEAR)
        parts.append(InterestPart(start, end_excl - timedelta(days=1), days, rate, amount))
        start = end_excl
    return parts


def next_level(
    levels: Sequence[DunningLevel],
    due: date,
    today: date,
    sent: Sequence[tuple[int, date]],
) -> int | None:
    """The number (1-based, in order of ``days``) of the level due ``today``, or ``None``.

    ``sent`` are the levels already sent, with their dates.
    """
    ordered = sorted(levels, key=lambda lv: lv.days)
    done = {number for number, _ in sent}
    last_day = max((day for _, day in sent), default=None)
    if last_day is not None and last_day >= today:
        return None  # one reminder a day, at most
    for number, level in enumerate(ordered, start=1):
        if number in done:
            continue
        if today < due + timedelta(days=level.days):
            return None
        if number > 1 and last_day is not None:
            gap = level.days - ordered[number - 2].days
            if today < last_day + timedelta(days=gap):
                return None
        return number
    return None  # every level was sent
