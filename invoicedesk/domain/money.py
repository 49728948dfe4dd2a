"""Money as :class:`~decimal.Decimal`, rounded the way EN 16931 expects (half up to cents)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg

#: the default name of a value in messages
AMOUNT = msg("amount")

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
#: the largest amount stored anywhere: unit prices and quantities keep four decimals in a
#: signed 64-bit integer column (about 9.2e14), money keeps two (about 9.2e16)
STORABLE_LIMIT = Decimal("900000000000000")


def to_decimal(value: object, what: str = AMOUNT) -> Decimal:
    """Parse ``value`` (Decimal, int or string; never float) into a finite Decimal that the
    database can store (at most :data:`STORABLE_LIMIT` in size).

    Strings may use a comma as decimal separator ("1.234,56" or "1234,56").
    """
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, bool):
        raise ValidationError("The {what} must be a number, not {value!r}.", what=what, value=value)
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if "," in text and "." in text:
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        elif "," in text:
            text = text.replace(",", ".")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValidationError(
                "The {what} {value!r} is not a number.", what=what, value=value
            ) from None
    else:
        raise ValidationError(
            "The {what} must be a decimal number, not {name}.", what=what, name=type(value).__name__
        )
    if not result.is_finite():
        raise ValidationError(
            "The {what} {value!r} is not a finite number.", what=what, value=value
        )
    return check_amount(result, what)


def round_cents(value: Decimal) -> Decimal:
    """Round to two decimals, half up (commercial rounding)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def format_amount(value: Decimal, currency: str = "EUR") -> str:
    """Plain, locale-independent form used in logs and the CLI: ``1234.50 EUR``."""
    return f"{round_cents(value)} {currency}"


def check_amount(value: Decimal, what: str = AMOUNT, limit: Decimal = STORABLE_LIMIT) -> Decimal:
    """``value`` if it is finite and at most ``limit`` in size; raises ``ValidationError``.

    The default ``limit`` is what the database can store; importers pass the company's
    plausibility limit (:mod:`invoicedesk.services.orders.import_limits`).
    """
    if not value.is_finite():
        raise ValidationError(
            "The {what} {value} is not a finite number.", what=what, value=value
        )
    if abs(value) > limit:
        raise ValidationError(
            "The {what} {value} is larger than {limit}, the most InvoiceDesk accepts.",
            what=what,
            value=value,
            limit=limit,
        )
    return value
