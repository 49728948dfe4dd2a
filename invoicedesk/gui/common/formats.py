"""Reading numbers a clerk typed in the GUI."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from invoicedesk.domain.errors import ValidationError
from invoicedesk.gui.common.i18n import translate


def parse_decimal(text: str, what: str) -> Decimal:
    """``1.234,50`` or ``1234.50`` as a Decimal; raises ValidationError naming ``what``."""
    raw = text.strip().replace(" ", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    try:
        return Decimal(raw)
    except InvalidOperation:
        raise ValidationError(
            translate("CollectiveView", "{what}: {value} is not a number.").format(
                what=what, value=repr(text)
            )
        ) from None
