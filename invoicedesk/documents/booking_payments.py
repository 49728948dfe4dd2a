"""Booking files for payments: DATEV "Buchungsstapel" (EXTF) and plain CSV.

One booking row per case a payment settles (``Belegfeld 1`` is the invoice number, so the
booking system's open items are cleared), plus one for what a payment received brings beyond
its cases (the customer's credit). Every row is booked against the bank account (``Konto``;
SKR03 1200): money received is *Soll* on the bank against the customer's personal account
(``debtor_base`` + customer id), money paid to a supplier or refunded to a customer is *Haben*
on the bank against the supplier's (``creditor_base`` + supplier id) or the customer's account.
A reversal (a payment undone after it was exported) turns the rows round. The header and the
columns are those of the supplier-invoice export (:mod:`invoicedesk.documents.booking_csv`).
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from invoicedesk.documents.booking_csv import (
    DATEV_COLUMNS,
    DatevSettings,
    amount_field,
    datev_header,
    text_field,
)

_BELEGFELD = re.compile(r"[^A-Za-z0-9$&%*+\-/.]")
#: the DATEV batch's description
DATEV_TITLE = "Zahlungen InvoiceDesk"


@dataclass(frozen=True)
class PaymentRow:
    """One part of a payment as the booking needs it (``case_id`` None: the customer's credit)."""

    payment_id: int
    reversal: bool
    booked_on: date
    direction: str
    amount: Decimal
    currency: str
    party_id: int | None
    party_name: str
    #: the settled case is a supplier invoice (its party is a creditor)
    supplier: bool
    case_id: int | None
    invoice_number: str
    iban: str
    reference: str
    source: str


def _accounts(row: PaymentRow, settings: DatevSettings) -> tuple[str, str]:
    """(Soll/Haben of the bank account, the party's personal account)."""
    base = settings.creditor_base if row.supplier else settings.debtor_base
    side = "S" if row.direction == "in" else "H"
    if row.reversal:
        side = "H" if side == "S" else "S"
    return side, str(base + (row.party_id or 0))


def datev_payment_row(row: PaymentRow, settings: DatevSettings) -> str:
    """The booking line of one payment part."""
    side, personal = _accounts(row, settings)
    text = row.party_name if not row.reversal else f"Storno {row.party_name}"
    values = [
        amount_field(row.amount),
        f'"{side}"',
        text_field(row.currency, 3),
        "",
        "",
        "",
        settings.bank_account,
        personal,
        "",
        row.booked_on.strftime("%d%m"),
        text_field(_BELEGFELD.sub("", row.invoice_number)[:36], 36),
        text_field(f"P{row.payment_id}", 12),
        "",
        text_field(text, 60),
    ]
    return ";".join(values)


def datev_payments_file(
    rows: list[PaymentRow], settings: DatevSettings, created: datetime, exported_by: str
) -> bytes:
    """The whole DATEV file of payment rows (one fiscal year), Windows-1252 with CRLF."""
    if not rows:
        raise ValueError("no payments to export")
    first = min(r.booked_on for r in rows)
    last = max(r.booked_on for r in rows)
    lines = [
        datev_header(settings, created, exported_by, first, last, DATEV_TITLE),
        ";".join(text_field(c, 80) for c in DATEV_COLUMNS),
    ]
    lines.extend(datev_payment_row(r, settings) for r in rows)
    return ("\r\n".join(lines) + "\r\n").encode("cp1252", errors="replace")


CSV_COLUMNS = (
    "payment_id",
    "reversal",
    "booked_on",
    "direction",
    "amount",
    "currency",
    "party",
    "iban",
    "case_id",
    "invoice_number",
    "reference",
    "source",
)


def payments_csv(rows: list[PaymentRow]) -> bytes:
    """A plain UTF-8 CSV (comma separated, ISO dates, '.' decimals; a reversal's amount is
    negative) of the payment rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.payment_id,
                "1" if r.reversal else "0",
                r.booked_on.isoformat(),
                r.direction,
                f"{-r.amount if r.reversal else r.amount:.2f}",
                r.currency,
                r.party_name,
                r.iban,
                r.case_id if r.case_id is not None else "",
                r.invoice_number,
                r.reference,
                r.source,
            ]
        )
    return buffer.getvalue().encode("utf-8")
