"""Cash discount (Skonto): a percentage off the gross amount when paid within some days.

The terms are validated once, when a draft is saved; the amounts are computed from the issued
totals. The payment request and the EPC QR code keep the full amount (the payer may pay
late); the text says how much less is due until which day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import round_cents
from invoicedesk.domain.precision import decimals


@dataclass(frozen=True)
class Skonto:
    """The cash discount of an issued document: percent, days, last day, amounts."""

    percent: Decimal
    days: int
    until: date
    discount: Decimal
    pay: Decimal

    @classmethod
    def of(cls, percent: Decimal, days: int, issue_date: date, gross: Decimal) -> Skonto:
        """The Skonto of a document issued on ``issue_date`` for ``gross``."""
        discount = round_cents(gross * percent / Decimal(100))
        return cls(percent, days, issue_date + timedelta(days=days), discount, gross - discount)

    def to_json(self) -> dict[str, Any]:
        """The frozen form in the issued snapshot."""
        return {
            "percent": str(self.percent),
            "days": self.days,
            "until": self.until.isoformat(),
            "discount": str(self.discount),
            "pay": str(self.pay),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> Skonto | None:
        """The snapshot's Skonto (``None`` when the document has none)."""
        if not data or "until" not in data:
            return None
        return cls(
            Decimal(data["percent"]),
            int(data["days"]),
            date.fromisoformat(data["until"]),
            Decimal(data["discount"]),
            Decimal(data["pay"]),
        )


def check_skonto(
    percent: Decimal | None, days: int | None, payment_days: int | None
) -> dict[str, Any] | None:
    """Validated Skonto terms of a draft (``None`` when it has none); one sentence if wrong."""
    if percent is None and days is None:
        return None
    if percent is None or days is None:
        raise ValidationError("A cash discount needs both a percentage and a number of days.")
    if not Decimal(0) < percent < Decimal(100) or decimals(percent) > 2:
        raise ValidationError(
            "A cash discount of {percent} % is not possible; use 0.01 to 99.99 %.",
            percent=percent,
        )
    if not 1 <= days <= 365:
        raise ValidationError("The cash discount period must be between 1 and 365 days.")
    if payment_days is not None and days > payment_days:
        raise ValidationError(
            "The cash discount period ({days} days) is longer than the payment terms "
            "({payment_days} days).",
            days=days,
            payment_days=payment_days,
        )
    return {"percent": str(percent.normalize()), "days": days}
