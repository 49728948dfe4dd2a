"""Numbers in the invoice editor: shown in the clerk's locale, handed to the core canonical.

The editor shows ``1.234,56`` to a German clerk and ``1,234.56`` to an English one
(:func:`invoicedesk.gui.common.i18n.desk_locale`); the services take ``1234.56``. Text clicked
into a field from the PDF may be in the supplier's style (``€ 1 234,56``): it is read with the
intake's amount parser.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from invoicedesk.documents.intake.values import parse_amount, parse_date
from invoicedesk.gui.common import formats
from invoicedesk.gui.common.i18n import desk_locale

MAX_PLACES = 4


def shown(value: Decimal | str | None, places: int | None = 2) -> str:
    """``value`` in the locale; ``places=None`` shows as many decimals as it has (quantities:
    ``3`` and ``2,5`` instead of ``3.0000`` and ``2.5000``)."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    if places is None:
        exponent = number.normalize().as_tuple().exponent
        places = min(MAX_PLACES, max(0, -exponent if isinstance(exponent, int) else 0))
    locale = desk_locale()
    text = f"{abs(number):,.{places}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", locale.groupSeparator())
    sign = "-" if number < 0 else ""
    return f"{sign}{whole}{locale.decimalPoint()}{fraction}" if fraction else f"{sign}{whole}"


def canonical(text: str) -> str:
    """The number a clerk typed (locale) or clicked (printed style) as ``1234.56``; text that is
    no number comes back unchanged, so the core can say what is wrong with it."""
    raw = text.strip()
    if not raw:
        return ""
    try:  # the locale's form or the plain one ("39.90" is 39.90 in German too)
        return str(formats.ui().parse_decimal(raw))
    except ValueError:
        found = parse_amount(raw)
        return str(found) if found is not None else raw


def to_decimal(text: str) -> Decimal:
    """A cell of the line table as a Decimal (0 for an empty or unreadable cell)."""
    try:
        return Decimal(canonical(text) or "0")
    except InvalidOperation:
        return Decimal("0")


def canonical_date(text: str) -> str:
    """A date typed or clicked in any common style (``19 april 2014``, ``19.04.2014``) as
    ``yyyy-mm-dd``; text that is no date comes back unchanged for the core to refuse."""
    found = parse_date(text.strip()) if text.strip() else None
    return found.isoformat() if found else text.strip()


def shown_date(text: str) -> str:
    """A stored ``yyyy-mm-dd`` date in the locale's form (``14.11.2026`` / ``14/11/2026``);
    other text comes back unchanged."""
    try:
        return formats.date_text(date.fromisoformat(text.strip()))
    except ValueError:
        return text
