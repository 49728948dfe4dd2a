"""Number series: patterns like ``RE-{yyyy}-{seq:05}`` and gapless numbers drawn inside the
caller's transaction (invoices, credit notes, delivery notes, contracts ...)."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.store.models.config import NumberCounter, NumberSeries

_PLACEHOLDER = re.compile(r"\{([a-z]+)(?::0(\d))?\}")


def format_number(pattern: str, issue_date: date, seq: int) -> str:
    """Render a series pattern: ``{yyyy}``, ``{yy}``, ``{mm}``, ``{seq}``, ``{seq:0N}``."""

    def one(match: re.Match[str]) -> str:
        name, width = match.group(1), match.group(2)
        if name == "seq":
            return str(seq).zfill(int(width)) if width else str(seq)
        if width:
            raise ConfigurationError(
                "The number pattern {pattern!r} pads {name}, only seq.", pattern=pattern, name=name
            )
        values = {"yyyy": f"{issue_date.year:04d}", "yy": f"{issue_date.year % 100:02d}"}
        values["mm"] = f"{issue_date.month:02d}"
        if name not in values:
            raise ConfigurationError(
                "The number pattern {pattern!r} uses an unknown {{{name}}}.",
                pattern=pattern,
                name=name,
            )
        return values[name]

    if "{seq" not in pattern:
        raise ConfigurationError("The number pattern {pattern!r} has no {{seq}}.", pattern=pattern)
    return _PLACEHOLDER.sub(one, pattern)


def next_number(session: Session, series_code: str, issue_date: date) -> str:
    """Draw the next number of a series inside the caller's transaction (locks the counter).

    The counter row (per series and year; year 0 for series that never reset) is created with
    ``INSERT … ON CONFLICT DO NOTHING`` and then read ``FOR UPDATE``, so concurrent first
    issues of a year do not fail, and the lock is held until the transaction ends.
    """
    return draw_number(session, series_code, issue_date)[1]


def draw_number(session: Session, series_code: str, issue_date: date) -> tuple[int, str]:
    """Draw the next number of a series: ``(series id, formatted number)`` (see
    :func:`next_number`)."""
    series_id, pattern, reset_yearly = _series(session, series_code)
    year = issue_date.year if reset_yearly else 0
    where = (NumberCounter.series_id == series_id, NumberCounter.year == year)
    # one statement per number: the UPDATE takes the row lock (held to the end of the
    # transaction, as SELECT … FOR UPDATE did) and returns the new value
    bump = (
        update(NumberCounter)
        .where(*where)
        .values(last_value=NumberCounter.last_value + 1)
        .returning(NumberCounter.last_value)
        .execution_options(synchronize_session=False)
    )
    value = session.execute(bump).scalar_one_or_none()
    if value is None:  # the first number of this series (and year)
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(
            insert(NumberCounter)
            .values(series_id=series_id, year=year, last_value=0)
            .on_conflict_do_nothing(index_elements=["series_id", "year"])
        )
        value = session.execute(bump).scalar_one()
    return series_id, format_number(pattern, issue_date, int(value))


def _series(session: Session, series_code: str) -> tuple[int, str, bool]:
    """(id, pattern, reset_yearly) of a series, remembered for the session's lifetime (one
    unit of work), so a billing run does not read it again for every invoice."""
    known: dict[str, tuple[int, str, bool]] = session.info.setdefault("number_series", {})
    found = known.get(series_code)
    if found is None:
        series = session.scalar(select(NumberSeries).where(NumberSeries.code == series_code))
        if series is None:
            raise ConfigurationError(
                "There is no number series {series_code!r}; set one up first.",
                series_code=series_code,
            )
        found = known[series_code] = (series.id, series.pattern, bool(series.reset_yearly))
    return found
