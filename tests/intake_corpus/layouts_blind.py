"""A second held-out variety, written after the read-out rules and run once, blind.

Two layouts the rules never saw — a German-style VAT table per rate under an all-capitals
letterhead with an unlabelled buyer block and no sender line, and a two-page invoice whose
first page ends with a carried-forward subtotal and whose supplier is named only in the footer
— and label wordings of their own (capitals, "Zahlungsfrist", "Amount payable", "Te voldoen",
"Montant à régler", a service period). ``python scripts/intake_accuracy.py --variety blind``.
"""

from __future__ import annotations

import random

from .content import Invoice
from .draw import Pen, address_lines, currency_note

RIGHT = 545.0
CAPS = {
    "de": ("RECHNUNG NR.", "DATUM", "ZAHLUNGSFRIST", "Zu zahlender Betrag", "Leistungszeitraum",
           "Steuersatz", "Netto", "Steuer", "Brutto", "Summe", "Übertrag", "Seite 2"),
    "en": ("INVOICE NO", "DATE", "PAYMENT DEADLINE", "Amount payable", "Service period",
           "VAT rate", "Net", "VAT", "Gross", "Total", "Carried forward", "Page 2"),
    "nl": ("FACTUURNUMMER", "DATUM", "BETAALTERMIJN TOT", "Te voldoen", "Periode", "Btw-tarief",
           "Netto", "Btw", "Bruto", "Totaal", "Transport", "Pagina 2"),
    "fr": ("FACTURE N°", "DATE", "DATE D'EXIGIBILITÉ", "Montant à régler", "Période",
           "Taux TVA", "HT", "TVA", "TTC", "Total", "Report", "Page 2"),
}  # fmt: skip


def _rate_table(pen: Pen, inv: Invoice, y: float) -> float:
    words = CAPS[inv.language]
    cols = (300, 380, 460, RIGHT)
    for x, text in zip(cols, words[5:9], strict=True):
        pen.right(x, y, text, 8.5, bold=True)
    y += 13
    for rate, base, tax in inv.taxes():
        for x, text in zip(cols, (f"{inv.rate(rate)} %", inv.amount(base), inv.amount(tax),
                                  inv.amount(base + tax)), strict=True):  # fmt: skip
            pen.right(x, y, text, 8.5)
        y += 13
    pen.rule(240, y - 2, RIGHT)
    pen.text(240, y + 2, words[9], 9, bold=True)
    for x, value in zip(cols[1:], (inv.net, inv.tax, inv.gross), strict=True):
        pen.right(x, y + 2, inv.amount(value), 9, bold=True)
    return y + 24


def _items(pen: Pen, inv: Invoice, lines: list, y: float) -> float:  # type: ignore[type-arg]
    for number, line in enumerate(lines, start=1):
        pen.text(50, y, f"{number}. {line.description}", 8.5)
        pen.right(400, y, f"{inv.plain(line.quantity, 2)} x {inv.plain(line.unit_price)}", 8.5)
        pen.right(RIGHT, y, inv.plain(line.amount), 8.5)
        y += 13
    return y


def rate_table(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """Capital letterhead centred, buyer block without heading, VAT table per rate."""
    s, words = inv.supplier, CAPS[inv.language]
    pen.center(297, 36, s.name.upper(), 16, bold=True)
    pen.center(297, 58, f"{s.street} | {s.city_line} | {s.phone}", 8)
    for row, line in enumerate(address_lines(inv.buyer)):
        pen.text(60, 110 + row * 12, line, 10)
    pen.text(360, 110, f"{words[0]} {inv.number}", 9, bold=True)
    pen.text(360, 124, f"{words[1]} {inv.date(inv.invoice_date)}", 9)
    pen.text(360, 138, f"{words[2]} {inv.date(inv.due_date)}", 9)
    pen.text(50, 200, f"{words[4]}: {inv.date(inv.order_date)} – {inv.date(inv.delivery_date)}", 9)
    y = _items(pen, inv, inv.lines, 230) + 14
    if inv.discount_rate or inv.shipping or inv.prepaid or inv.gross_prices:
        pen.text(50, y, inv.word("subtotal"), 9)
        pen.right(RIGHT, y, inv.amount(inv.subtotal), 9)
        y += 18
    y = _rate_table(pen, inv, y)
    if inv.prepaid:
        pen.text(240, y, inv.word("prepaid", date=inv.date(inv.prepaid_date)), 9)
        pen.right(RIGHT, y, inv.amount(-inv.prepaid), 9)
        pen.text(240, y + 14, words[3], 9, bold=True)
        pen.right(RIGHT, y + 14, inv.amount(inv.gross - inv.prepaid), 9, bold=True)
        y += 30
    note = currency_note(inv)
    if note:
        pen.text(50, y, note, 8.5)
    pen.center(297, 790, f"{s.name} · {inv.word('vat_id')} {s.vat_printed} · IBAN {s.iban_printed}"
               f" · BIC {s.bic}", 7)  # fmt: skip


def two_page(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """Logo only on top, the supplier named in the footer of both pages, items carried over."""
    s, words = inv.supplier, CAPS[inv.language]
    half = max(1, len(inv.lines) // 2)
    footer = f"{s.name} · {s.street} · {s.city_line} · {inv.word('vat_id')} {s.vat_printed}"
    bank = f"{inv.word('bank')}: {s.bank_name} · IBAN {s.iban_printed} · BIC {s.bic}"
    pen.logo(50, 36, inv)
    pen.text(60, 110, inv.word("bill_to"), 8, bold=True)
    for row, line in enumerate(address_lines(inv.buyer)):
        pen.text(60, 124 + row * 12, line, 10)
    pen.text(360, 110, f"{inv.word('invoice_number')}: {inv.number}", 9)
    pen.text(360, 124, f"{inv.word('invoice_date')}: {inv.date(inv.invoice_date)}", 9)
    pen.text(360, 138, f"{inv.word('customer_number')}: {inv.customer_number}", 9)
    pen.text(50, 210, inv.word("title"), 14, bold=True)
    y = _items(pen, inv, inv.lines[:half], 240)
    carried = sum((line.amount for line in inv.lines[:half]), inv.lines[0].amount * 0)
    pen.text(300, y + 8, words[10], 9, bold=True)
    pen.right(RIGHT, y + 8, inv.plain(carried), 9, bold=True)
    pen.center(297, 780, footer, 7)
    pen.center(297, 790, f"{bank} · 1/2", 7)
    pen.c.showPage()
    pen.text(50, 40, f"{inv.word('title')} {inv.number} · {words[11]}", 9)
    pen.text(300, 70, words[10], 9, bold=True)
    pen.right(RIGHT, 70, inv.plain(carried), 9, bold=True)
    y = _items(pen, inv, inv.lines[half:], 90) + 14
    for label, value, bold in ((inv.word("net"), inv.net, False),
                               (inv.word("tax", rate=inv.rate(inv.lines[0].rate)), inv.tax, False),
                               (words[3], inv.gross, True)):  # fmt: skip
        pen.text(300, y, label, 9, bold)
        pen.right(RIGHT, y, inv.amount(value), 9, bold)
        y += 14
    pen.text(50, y + 10, inv.word("terms", days=inv.terms_days), 8.5)
    pen.center(297, 780, footer, 7)
    pen.center(297, 790, f"{bank} · 2/2", 7)


BLIND_LAYOUTS = {"rate_table": rate_table, "two_page": two_page}
