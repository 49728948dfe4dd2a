"""Is a read-out complete? Which fields should the clerk check?

A case is *read completely* when every required field was found with high confidence, the
optional ones that were found are sure as well, and net + tax = gross. Otherwise the fields to
check are listed (the editor highlights them; the case's *Ready* comment names them).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from invoicedesk.domain.messages import Message, msg

from .result import ExtractedField

HIGH_CONFIDENCE = 0.8
#: the fields by the names a clerk knows them (for messages)
FIELD_LABELS: dict[str, Message] = {
    "supplier_name": msg("supplier"),
    "supplier_vat_id": msg("VAT ID"),
    "invoice_number": msg("invoice number"),
    "invoice_date": msg("invoice date"),
    "due_date": msg("due date"),
    "currency": msg("currency"),
    "net": msg("net amount"),
    "tax": msg("tax amount"),
    "gross": msg("gross amount"),
    "iban": msg("IBAN"),
}
REQUIRED = ("supplier_name", "invoice_number", "invoice_date", "currency", "net", "tax", "gross")
OPTIONAL = ("supplier_vat_id", "due_date", "iban")


def _amount(field: ExtractedField | None) -> Decimal | None:
    try:
        return Decimal(field.value) if field and field.value else None
    except InvalidOperation:
        return None


def fields_to_check(fields: dict[str, ExtractedField]) -> list[str]:
    """The fields a clerk should look at: missing or unsure required ones, unsure optional
    ones, and all three amounts when net + tax is not the gross amount."""
    check = [
        name
        for name in REQUIRED
        if fields.get(name) is None
        or not fields[name].value
        or fields[name].confidence < HIGH_CONFIDENCE
    ]
    check += [
        name
        for name in OPTIONAL
        if fields.get(name) is not None
        and fields[name].value
        and fields[name].confidence < HIGH_CONFIDENCE
    ]
    net, tax, gross = (_amount(fields.get(n)) for n in ("net", "tax", "gross"))
    if None not in (net, tax, gross) and net + tax != gross:  # type: ignore[operator]
        check += [n for n in ("net", "tax", "gross") if n not in check]
    return check
