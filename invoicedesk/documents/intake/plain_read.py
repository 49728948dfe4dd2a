"""Read-out of invoice fields from the words of a PDF without e-invoice XML.

Driven only by words with their positions (so OCR words of scanned invoices can feed it too):
words become lines and cells (:mod:`.layout`), every date and amount gets the label that owns
it (:mod:`.plain.candidates`), and each field is chosen by its own rules — the invoice number
and references (:mod:`.plain.ids`), the invoice and due dates with payment terms
(:mod:`.plain.dates`), net, tax and gross by label priority and arithmetic
(:mod:`.plain.totals`), the supplier's name, VAT ID, IBAN and address and the buyer's blocks
(:mod:`.plain.parties`). No per-supplier templates: what a clerk corrects is learned per
supplier in :mod:`.hints`, which builds on this module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .layout import build_lines
from .plain.candidates import find_values
from .plain.dates import date_order, pick_due_date, pick_invoice_date
from .plain.ids import pick_invoice_number, pick_reference
from .plain.parties import read_parties
from .plain.totals import NO_VAT, pick_totals
from .result import ExtractedField, Word, empty_fields
from .values import (
    amount_matches,
    find_currency,
    find_ibans,
    find_vat_ids,
    format_amount,
    parse_date,
)

__all__ = ["parse_value", "read_plain"]

KINDS = {
    "invoice_number": "id",
    "invoice_date": "date",
    "due_date": "date",
    "net": "amount",
    "tax": "amount",
    "gross": "amount",
    "payment_reference": "id",
    "buyer_reference": "text",
    "supplier_vat_id": "vat",
    "iban": "iban",
    "currency": "currency",
    "supplier_name": "text",
}


def _parse_id(text: str, _order: str) -> str | None:
    for token in text.split()[:3]:
        cleaned = token.strip(":#°,;()")
        if cleaned and any(ch.isdigit() for ch in cleaned) and parse_date(cleaned) is None:
            return cleaned
    return None


def _parse_amount_text(text: str, _order: str) -> str | None:
    found = amount_matches(text)
    return format_amount(found[0][2]) if found else None


def _parse_date_text(text: str, order: str) -> str | None:
    found = parse_date(text, order)
    return found.isoformat() if found else None


def _parse_text(text: str, _order: str) -> str | None:
    cleaned = text.strip(" :#-")
    return cleaned or None


PARSERS: dict[str, Callable[[str, str], str | None]] = {
    "id": _parse_id,
    "date": _parse_date_text,
    "amount": _parse_amount_text,
    "vat": lambda text, _o: next((v for _, v in find_vat_ids(text)), None),
    "iban": lambda text, _o: next(iter(find_ibans(text)), None),
    "currency": lambda text, _o: find_currency(text),
    "text": _parse_text,
}


def parse_value(field_name: str, text: str, order: str = "dmy") -> str | None:
    """Parse ``text`` as the value of ``field_name`` (ISO date, 2-decimal amount, ...);
    numeric dates are read month first when ``order`` is ``"mdy"``."""
    return PARSERS[KINDS[field_name]](text, order)


def _field(value: object, confidence: float, source: str) -> ExtractedField:
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return ExtractedField(text, round(confidence, 2), source)


def read_plain(words: list[Word], text: str) -> tuple[dict[str, ExtractedField], dict[str, Any]]:
    """Read the invoice fields from ``words`` (with positions) and the page ``text``.

    Returns the fields and the details the editor shows besides them: the supplier's address,
    every VAT ID and IBAN on the page, the buyer's names, the arithmetic check of the amounts
    and the date order used (``"dmy"`` or ``"mdy"``).
    """
    lines = build_lines(words)
    order = date_order(text)
    fields = empty_fields()
    number = pick_invoice_number(lines)
    if number:
        fields["invoice_number"] = _field(number.value, number.confidence, "label")
    for name in ("payment_reference", "buyer_reference"):
        reference = pick_reference(lines, name)
        if reference:
            fields[name] = _field(reference.value, reference.confidence, "label")
    dates = find_values(lines, "date", order)
    issued = pick_invoice_date(dates)
    if issued:
        fields["invoice_date"] = _field(issued.value, issued.confidence, issued.source)
    due = pick_due_date(dates, lines, issued.value if issued else None)
    if due:
        fields["due_date"] = _field(due.value, due.confidence, due.source)
    totals = pick_totals(find_values(lines, "amount"), no_vat=bool(NO_VAT.search(text)))
    for name in ("net", "tax", "gross"):
        value = getattr(totals, name)
        if value is not None:
            fields[name] = ExtractedField(value, totals.confidence[name], totals.source[name])
    parties = read_parties(lines)
    if parties.name:
        fields["supplier_name"] = _field(parties.name, parties.name_confidence, "pattern")
    if parties.vat_id:
        fields["supplier_vat_id"] = _field(parties.vat_id, parties.vat_confidence, "pattern")
    if parties.iban:
        fields["iban"] = _field(parties.iban, parties.iban_confidence, "pattern")
    country = _country(parties.vat_id, parties.iban)
    currency = find_currency(text, country)
    if currency:
        fields["currency"] = _field(currency, 0.9, "pattern")
    elif country in COUNTRY_CURRENCY:  # no currency printed: the supplier's country's
        fields["currency"] = _field(COUNTRY_CURRENCY[country], 0.6, "derived")
    details = {
        "supplier": {"name": parties.name, "address": parties.address, "country": country},
        "buyer_names": parties.buyer_names,
        "vat_ids": parties.vat_ids,
        "ibans": parties.ibans,
        "amounts_consistent": totals.consistent,
        "date_order": order,
    }
    return fields, details


#: the currency of a supplier's country, when an invoice prints none
COUNTRY_CURRENCY = {
    **dict.fromkeys(("AT", "BE", "DE", "EE", "ES", "FI", "FR", "GR", "EL", "HR", "IE", "IT",
                     "LT", "LU", "LV", "MT", "NL", "PT", "SI", "SK", "CY"), "EUR"),
    "GB": "GBP", "CH": "CHF", "NO": "NOK", "SE": "SEK", "DK": "DKK", "PL": "PLN", "CZ": "CZK",
}  # fmt: skip


def _country(vat_id: str | None, iban: str | None) -> str | None:
    if vat_id:
        return "CH" if vat_id.startswith("CHE") else vat_id[:2]
    return iban[:2] if iban else None
