"""Bank details of the company: IBAN -> BIC and bank name, BIC validation (schwifty)."""

from __future__ import annotations

from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

from invoicedesk.domain.errors import ValidationError


def bank_for_iban(value: str) -> tuple[str | None, str | None]:
    """The BIC and bank name schwifty's registry knows for an IBAN (``None`` when unknown).

    Raises ``ValidationError`` for an invalid IBAN.
    """
    try:
        iban = IBAN(value)
    except SchwiftyException:
        raise ValidationError("{value!r} is not a valid IBAN.", value=value) from None
    try:
        bic = iban.bic
    except SchwiftyException:
        bic = None
    bank = iban.bank_name if bic is not None else None
    return (str(bic) if bic is not None else None), (str(bank) if bank else None)


def normalize_bic(value: str) -> str:
    """Validate a BIC (8 or 11 characters, known country) and return it upper-case."""
    try:
        return str(BIC(value.strip().upper()).compact)
    except SchwiftyException:
        raise ValidationError("{value!r} is not a valid BIC.", value=value) from None
