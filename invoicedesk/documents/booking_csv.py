"""Booking files for approved supplier invoices: DATEV "Buchungsstapel" (EXTF) and plain CSV.

DATEV: Windows-1252, CRLF, ``;`` separated, a header line (format 700, category 21,
"Buchungsstapel", version 13), a line of column headings, then one booking row per invoice and
VAT rate. The supplier's creditor account is credited (``H``), the expense account debited;
expense accounts are automatic tax accounts (SKR03 3400 for 19 %, 3300 for 7 %), so no BU key.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

DATEV_COLUMNS = (
    "Umsatz (ohne Soll/Haben-Kz)",
    "Soll/Haben-Kennzeichen",
    "WKZ Umsatz",
    "Kurs",
    "Basis-Umsatz",
    "WKZ Basis-Umsatz",
    "Konto",
    "Gegenkonto (ohne BU-Schlüssel)",
    "BU-Schlüssel",
    "Belegdatum",
    "Belegfeld 1",
    "Belegfeld 2",
    "Skonto",
    "Buchungstext",
)
_BELEGFELD = re.compile(r"[^A-Za-z0-9$&%*+\-/.]")


@dataclass(frozen=True)
class DatevSettings:
    """The tax adviser's master data that goes into every DATEV header."""

    consultant_number: int = 1001
    client_number: int = 1
    fiscal_year_start_month: int = 1
    account_length: int = 4
    creditor_base: int = 70000
    chart: str = "03"
    expense_accounts: dict[str, str] = field(
        default_factory=lambda: {"19": "3400", "7": "3300", "0": "3200"}
    )
    #: customers' personal accounts are ``debtor_base + customer id`` (SKR03/04: 10000-69999)
    debtor_base: int = 10000
    #: the bank account payments are booked against (SKR03 1200, SKR04 1800)
    bank_account: str = "1200"


@dataclass(frozen=True)
class BookingPart:
    """One VAT rate of an invoice: gross amount and rate."""

    rate: Decimal
    net: Decimal
    tax: Decimal

    @property
    def gross(self) -> Decimal:
        """Net plus tax."""
        return self.net + self.tax


@dataclass(frozen=True)
class BookingInvoice:
    """An approved supplier invoice as the booking export needs it."""

    case_id: int
    supplier_id: int | None
    supplier_name: str
    supplier_vat_id: str | None
    invoice_number: str
    invoice_date: date
    due_date: date | None
    currency: str
    net: Decimal
    tax: Decimal
    gross: Decimal
    iban: str | None
    parts: tuple[BookingPart, ...]
    cost_account: str | None = None


def amount_field(value: Decimal) -> str:
    """A DATEV amount: positive, two decimals, decimal comma."""
    return f"{abs(value):.2f}".replace(".", ",")


def text_field(value: str, limit: int) -> str:
    """A DATEV text field: quoted, at most ``limit`` characters, no quotes or line breaks."""
    cleaned = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return '"' + cleaned[:limit] + '"'


def fiscal_year_start(settings: DatevSettings, day: date) -> date:
    """The first day of the fiscal year ``day`` falls in."""
    start = date(day.year, settings.fiscal_year_start_month, 1)
    return start if start <= day else date(day.year - 1, settings.fiscal_year_start_month, 1)


def datev_header(
    settings: DatevSettings,
    created: datetime,
    exported_by: str,
    first: date,
    last: date,
    title: str = "Eingangsrechnungen InvoiceDesk",
) -> str:
    """The first line of an EXTF Buchungsstapel file (``title``: the batch's description)."""
    fiscal_start = fiscal_year_start(settings, first)
    fields = [
        '"EXTF"',
        "700",
        "21",
        '"Buchungsstapel"',
        "13",
        created.strftime("%Y%m%d%H%M%S") + f"{created.microsecond // 1000:03d}",
        "",
        '"RE"',
        text_field(exported_by, 25),
        '""',
        str(settings.consultant_number),
        str(settings.client_number),
        fiscal_start.strftime("%Y%m%d"),
        str(settings.account_length),
        first.strftime("%Y%m%d"),
        last.strftime("%Y%m%d"),
        text_field(title, 30),
        '""',
        "1",
        "0",
        "0",
        '"EUR"',
        "",
        '""',
        "",
        "",
        text_field(settings.chart, 2),
        "",
        "",
        '""',
        '""',
    ]
    return ";".join(fields)


def datev_rows(invoice: BookingInvoice, settings: DatevSettings) -> list[str]:
    """Booking rows of one invoice, one per VAT rate."""
    creditor = str(settings.creditor_base + (invoice.supplier_id or 0))
    belegfeld = _BELEGFELD.sub("", invoice.invoice_number)[:36]
    rows = []
    for part in invoice.parts:
        rate_key = str(part.rate.normalize()) if part.rate else "0"
        expense = invoice.cost_account or settings.expense_accounts.get(rate_key, "3400")
        values = [
            amount_field(part.gross),
            '"H"',
            text_field(invoice.currency, 3),
            "",
            "",
            "",
            creditor,
            expense,
            "",
            invoice.invoice_date.strftime("%d%m"),
            text_field(belegfeld, 36),
            text_field(invoice.due_date.strftime("%d%m%y") if invoice.due_date else "", 12),
            "",
            text_field(invoice.supplier_name, 60),
        ]
        rows.append(";".join(values))
    return rows


def datev_file(
    invoices: list[BookingInvoice],
    settings: DatevSettings,
    created: datetime,
    exported_by: str,
) -> bytes:
    """The whole DATEV file, encoded Windows-1252 with CRLF line ends."""
    if not invoices:
        raise ValueError("no invoices to export")
    first = min(i.invoice_date for i in invoices)
    last = max(i.invoice_date for i in invoices)
    lines = [
        datev_header(settings, created, exported_by, first, last),
        ";".join(text_field(c, 80) for c in DATEV_COLUMNS),
    ]
    for invoice in invoices:
        lines.extend(datev_rows(invoice, settings))
    return ("\r\n".join(lines) + "\r\n").encode("cp1252", errors="replace")


CSV_COLUMNS = (
    "case_id",
    "supplier",
    "supplier_vat_id",
    "invoice_number",
    "invoice_date",
    "due_date",
    "currency",
    "net",
    "tax",
    "gross",
    "iban",
)


def plain_csv(invoices: list[BookingInvoice]) -> bytes:
    """A plain UTF-8 CSV (comma separated, ISO dates, '.' decimals) of the invoices."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for i in invoices:
        writer.writerow(
            [
                i.case_id,
                i.supplier_name,
                i.supplier_vat_id or "",
                i.invoice_number,
                i.invoice_date.isoformat(),
                i.due_date.isoformat() if i.due_date else "",
                i.currency,
                f"{i.net:.2f}",
                f"{i.tax:.2f}",
                f"{i.gross:.2f}",
                i.iban or "",
            ]
        )
    return buffer.getvalue().encode("utf-8")
