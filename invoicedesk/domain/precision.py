"""One precision rule for line figures, used by the editor, storage, XML and PDF alike.

Quantities and unit prices carry at most four decimals, discounts and VAT rates at most two —
what the database columns hold exactly (``Quantity`` and ``Money`` in
:mod:`invoicedesk.store.types`). Input with more decimals is refused with a clear message
instead of being rounded on saving (which made drafts whose stored figures no longer gave
their totals). Documents print the figures as entered, so that printed quantity x printed
price (less the discount) is the printed line amount.
"""

from __future__ import annotations

from decimal import Decimal

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import Message, msg

QUANTITY_DECIMALS = 4
PRICE_DECIMALS = 4
DISCOUNT_DECIMALS = 2
RATE_DECIMALS = 2
#: the largest line or document amount the documents are laid out for
MAX_AMOUNT = Decimal("999999999.99")


def decimals(value: Decimal) -> int:
    """Significant decimals of a value: ``1.50`` -> 1, ``3`` -> 0, ``0.3333`` -> 4."""
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _check(value: Decimal, places: int, what: Message, line: int | None) -> None:
    if decimals(value) <= places:
        return
    if line is None:
        raise ValidationError(
            "The {what} {value} has more than {places} decimals.",
            what=what,
            value=value.normalize(),
            places=places,
        )
    raise ValidationError(
        "Line {line}: the {what} {value} has more than {places} decimals.",
        line=line,
        what=what,
        value=value.normalize(),
        places=places,
    )


def check_line_figures(
    quantity: Decimal,
    unit_price: Decimal,
    discount_percent: Decimal = Decimal(0),
    vat_rate: Decimal = Decimal(0),
    *,
    line: int | None = None,
) -> None:
    """Refuse figures with more decimals than the rule allows (one sentence naming the line)."""
    _check(quantity, QUANTITY_DECIMALS, msg("quantity"), line)
    _check(unit_price, PRICE_DECIMALS, msg("unit price"), line)
    _check(discount_percent, DISCOUNT_DECIMALS, msg("discount"), line)
    _check(vat_rate, RATE_DECIMALS, msg("VAT rate"), line)
    if abs(quantity * unit_price) > MAX_AMOUNT:
        raise ValidationError(
            "Line {line}: the amount is larger than {max_amount}.",
            line=line or 1,
            max_amount=MAX_AMOUNT,
        )
