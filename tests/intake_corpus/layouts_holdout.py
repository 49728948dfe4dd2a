"""Two layouts held out while the read-out rules were written: a sidebar and a ruled grid."""

from __future__ import annotations

import random

from .content import Invoice
from .draw import (
    REVERSE_NOTE,
    Pen,
    address_lines,
    currency_note,
    due_texts,
    item_table,
    totals_rows,
)

RIGHT = 545.0
SUPPLIER_HEADING = {"de": "Lieferant", "en": "Supplier", "nl": "Leverancier", "fr": "Fournisseur"}


def sidebar(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """Supplier data stacked in a narrow left column; totals as a band, labels over amounts."""
    s = inv.supplier
    x, y = 40.0, 40.0
    pen.c.setFillColor("#f3f4f6")
    pen.c.rect(30, 0, 150, 842, stroke=0, fill=1)
    pen.c.setFillColor("black")
    if inv.logo_only:
        pen.logo(x, y, inv)
        y += 50
    else:
        for part in _wrap_name(s.name):
            pen.text(x, y, part, 12, bold=True)
            y += 15
    y += 8
    named = s.name if inv.logo_only else ""
    for text in (s.street, s.city_line, "", f"{inv.word('phone')} {s.phone}", s.email, s.web, "",
                 inv.word("vat_id"), s.vat_printed, "", inv.word("bank"), s.bank_name,
                 "IBAN", s.iban, "BIC", s.bic, "", named, s.register):  # fmt: skip
        if text:
            pen.fit(x, y, text, 135, 7)
        y += 10
    main = 200.0
    pen.text(main, 40, inv.word("title"), 22, bold=True)
    cells = [(inv.word("invoice_number"), inv.number),
             (inv.word("invoice_date"), inv.date(inv.invoice_date)),
             (inv.word("customer_number"), inv.customer_number)]  # fmt: skip
    label, terms = due_texts(inv)
    if label:
        cells.append((inv.word("due_date"), inv.date(inv.due_date)))
    if rng.random() < 0.5:
        cells.append((inv.word("order_date"), inv.date(inv.order_date)))
    for index, (caption, value) in enumerate(cells):
        cx = main + (index % 3) * 115
        cy = 90 + (index // 3) * 34
        pen.fit(cx, cy, caption, 108, 7, bold=True)
        pen.fit(cx, cy + 11, value, 108, 9.5)
    y = 175.0
    pen.text(main, y, inv.word("bill_to"), 8, bold=True)
    y += 12
    for line in address_lines(inv.buyer):
        pen.text(main, y, line, 9.5)
        y += 12
    if inv.show_buyer_vat:
        pen.text(main, y, f"{inv.word('buyer_vat_id')}: {inv.buyer.vat_printed}", 8)
    y = item_table(pen, inv, 280, x0=main)
    rows = totals_rows(inv)
    band_rows = [rows[i : i + 3] for i in range(0, len(rows), 3)]
    for band in band_rows:
        width = (RIGHT - main) / 3
        for index, (caption, amount, bold) in enumerate(band):
            right = main + (index + 1) * width - 4
            size = 7.5
            while size > 5 and pen.width(caption, size, bold=True) > width - 10:
                size -= 0.5
            pen.right(right, y, caption, size, bold=True)
            pen.right(right, y + 11, amount, 10, bold)
        y += 32
    for text in (terms, REVERSE_NOTE[inv.language] if inv.reverse_charge else None,
                 currency_note(inv), inv.word("thanks")):  # fmt: skip
        if text:
            pen.text(main, y, text, 8.5)
            y += 12


def _wrap_name(name: str) -> list[str]:
    words, lines, current = name.split(), [], ""
    for word in words:
        if current and len(current) + len(word) > 16:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    return lines


def grid(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """A logo, a ruled header grid (labels row over values row), supplier under a heading."""
    s = inv.supplier
    pen.logo(50, 36, inv)
    pen.right(RIGHT, 40, inv.word("title"), 20, bold=True)
    cells = [(inv.word("invoice_number"), inv.number),
             (inv.word("invoice_date"), inv.date(inv.invoice_date)),
             (inv.word("order_number"), inv.order_number)]  # fmt: skip
    label, terms = due_texts(inv)
    cells.append((inv.word("due_date"), inv.date(inv.due_date)) if label else
                 (inv.word("delivery_date"), inv.date(inv.delivery_date)))  # fmt: skip
    width = (RIGHT - 50) / len(cells)
    for index, (caption, value) in enumerate(cells):
        x = 50 + index * width
        pen.box(x, 96, width, 16, fill="#e5e7eb")
        pen.box(x, 112, width, 18)
        pen.fit(x + 4, 100, caption, width - 8, 7.5, bold=True)
        pen.fit(x + 4, 116, value, width - 8, 9.5)
    pen.text(50, 150, SUPPLIER_HEADING[inv.language], 8, bold=True)
    pen.text(310, 150, inv.word("bill_to"), 8, bold=True)
    for row, line in enumerate([*address_lines(s), f"{inv.word('vat_id')} {s.vat_printed}"]):
        pen.text(50, 164 + row * 11.5, line, 9)
    buyer = address_lines(inv.buyer)
    if inv.show_buyer_vat:
        buyer.append(f"{inv.word('buyer_vat_id')} {inv.buyer.vat_printed}")
    for row, line in enumerate(buyer):
        pen.text(310, 164 + row * 11.5, line, 9)
    y = item_table(pen, inv, 250)
    for caption, amount, bold in totals_rows(inv):
        pen.box(330, y - 3, 215, 15)
        pen.text(334, y, caption, 8.5, bold)
        pen.right(RIGHT - 4, y, amount, 8.5, bold)
        y += 15
    y += 10
    for text in (label, terms, REVERSE_NOTE[inv.language] if inv.reverse_charge else None,
                 currency_note(inv)):  # fmt: skip
        if text:
            pen.text(50, y, text, 8.5)
            y += 12
    pen.rule(50, 772, RIGHT, 0.3)
    pen.center(297, 778, f"{s.name} · {s.street} · {s.city_line} · {s.register}", 7)
    pen.center(297, 788, f"{inv.word('bank')} {s.bank_name} · IBAN {s.iban_printed} · BIC {s.bic}",
               7)  # fmt: skip


HOLDOUT_LAYOUTS = {"sidebar": sidebar, "grid": grid}
