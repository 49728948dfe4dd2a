"""Column types that keep money exact and times aware on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as a scaled integer (cents for money), exact in every database.

    SQLite has no exact decimal type; an integer column sorts, sums and indexes exactly.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int = 2) -> None:
        super().__init__()
        self.scale = scale
        self._factor = Decimal(10) ** scale
        self._quantum = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            value = Decimal(value) if isinstance(value, int | str) else Decimal(str(value))
        return int((value * self._factor).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / self._factor).quantize(self._quantum)


class Money(ScaledDecimal):
    """Money in cents."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(2)


class Quantity(ScaledDecimal):
    """Quantities and unit prices with four decimals."""

    cache_ok = True

    def __init__(self) -> None:
        super().__init__(4)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware datetime stored as UTC; naive values are refused."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; use datetime.now(UTC)")
        stamp: datetime = value.astimezone(UTC)
        return stamp.replace(tzinfo=None) if dialect.name == "sqlite" else stamp

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        stamp: datetime = value
        if stamp.tzinfo is None:
            return stamp.replace(tzinfo=UTC)
        return stamp.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)
