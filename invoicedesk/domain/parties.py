"""Customers and suppliers: validation of VAT IDs, IBANs and e-mail addresses.

Checks use python-stdnum and schwifty, never hand-written patterns for these numbers.
"""

from __future__ import annotations

from email.headerregistry import Address
from enum import StrEnum

from stdnum import vatin
from stdnum.de import leitweg
from stdnum.exceptions import ValidationError as StdnumError

from invoicedesk.domain.errors import ValidationError


class PartyKind(StrEnum):
    """Whether a party buys from us, sells to us, or both."""

    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    BOTH = "both"


def normalize_vat_id(value: str) -> str:
    """Validate an EU VAT ID (``DE123456789``, ``NL…B01``, ``ATU…``) and return its compact form."""
    text = value.strip()
    try:
        return str(vatin.validate(text))
    except StdnumError:
        raise ValidationError("{value!r} is not a valid VAT ID.", value=value) from None


def normalize_leitweg_id(value: str) -> str:
    """Validate a Leitweg-ID (structure and ISO 7064 MOD 97-10 check digits per the KoSIT
    format specification 2.0.2, python-stdnum's ``de.leitweg``) and return it in capitals."""
    try:
        return str(leitweg.validate(value.strip()))
    except StdnumError:
        raise ValidationError(
            "{value!r} is not a valid Leitweg-ID (for example 991-03730-19: the area code, "
            "an optional fine address and two check digits).",
            value=value,
        ) from None


def normalize_iban(value: str) -> str:
    """Validate an IBAN (checksum and country format) and return it without spaces."""
    from schwifty import IBAN  # its country registry loads on first use, not at start
    from schwifty.exceptions import SchwiftyException

    try:
        return str(IBAN(value).compact)
    except SchwiftyException:
        raise ValidationError("{value!r} is not a valid IBAN.", value=value) from None


def format_iban(value: str) -> str:
    """IBAN in groups of four for print: ``DE89 3704 0044 0532 0130 00``."""
    from schwifty import IBAN

    return str(IBAN(value).formatted)


def normalize_email(value: str) -> str:
    """Validate the shape of an e-mail address and return it trimmed."""
    text = value.strip()
    if not text or any(c.isspace() for c in text):
        raise ValidationError("{value!r} is not a valid e-mail address.", value=value)
    try:
        address = Address(addr_spec=text)
    except (ValueError, IndexError):
        raise ValidationError("{value!r} is not a valid e-mail address.", value=value) from None
    if not address.username or "." not in address.domain:
        raise ValidationError("{value!r} is not a valid e-mail address.", value=value)
    return text
