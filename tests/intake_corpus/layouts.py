"""Four everyday invoice layouts (the development part of the corpus)."""

from __future__ import annotations

import random
from dataclasses import replace

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
CONNECT = {"de": ("Nr.", "vom"), "en": ("No.", "dated"), "nl": ("nr.", "van"),
           "fr": ("n°", "du")}  # fmt: skip


def _info_rows(
    inv: Invoice, rng: random.Random, *, with_date: bool = True
) -> list[tuple[str, str]]:
    rows = [(inv.word("invoice_number"), inv.number)]
    if with_date:
        rows.insert(rng.randrange(2), (inv.word("invoice_date"), inv.date(inv.invoice_date)))
    extras = [
        (inv.word("customer_number"), inv.customer_number),
        (inv.word("order_number"), inv.order_number),
        (inv.word("order_date"), inv.date(inv.order_date)),
        (inv.word("delivery_date"), inv.date(inv.delivery_date)),
    ]
    rows += rng.sample(extras, rng.randrange(1, 4))
    if rng.random() < 0.2:
        rows.append((inv.word("print_date"), inv.date(inv.print_date)))
    if inv.show_buyer_vat and rng.random() < 0.5:
        rows.append((inv.word("buyer_vat_id"), inv.buyer.vat_printed))
    return rows


def _closing(pen: Pen, inv: Invoice, y: float, x: float = 50, size: float = 8.5) -> float:
    label, terms = due_texts(inv)
    for text in (label, terms):
        if text:
            pen.text(x, y, text, size)
            y += 12
    if inv.reverse_charge:
        pen.text(x, y, REVERSE_NOTE[inv.language], size)
        y += 12
    if inv.direct_debit_iban:
        pen.text(x, y, inv.word("direct_debit", iban=inv.direct_debit_iban), size)
        y += 12
    note = currency_note(inv)
    if note:
        pen.text(x, y, note, size)
        y += 12
    pen.text(x, y + 4, inv.word("thanks"), size)
    return y + 16


def _totals(pen: Pen, inv: Invoice, y: float, label_x: float = 330) -> float:
    for label, amount, bold in totals_rows(inv):
        pen.text(label_x, y, label, 9, bold)
        pen.right(RIGHT, y, amount, 9, bold)
        y += 13
    return y + 6


def din(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """DIN 5008: letterhead right, sender line over the window address, info block, footer."""
    s = inv.supplier
    if inv.logo_only:
        pen.logo(440, 36, inv)
    else:
        pen.right(RIGHT, 40, s.name, rng.choice((14, 16, 18)), bold=True)
        pen.right(RIGHT, 64, s.street, 8)
        pen.right(RIGHT, 74, s.city_line, 8)
        pen.right(RIGHT, 84, f"{inv.word('phone')} {s.phone}", 8)
    sep = rng.choice((" · ", " - ", " | ", " • ", ", "))
    pen.text(57, 128, sep.join((s.name, s.street, s.city_line)), 6.5)
    y = 142.0
    if rng.random() < 0.3:
        pen.text(57, y, inv.word("bill_to") + ":", 8, bold=True)
        y += 12
    for line in address_lines(inv.buyer):
        pen.text(57, y, line, 10)
        y += 12.5
    place_date = rng.random() < 0.35
    rows = _info_rows(inv, rng, with_date=not place_date)
    y = 140.0
    for label, value in rows:
        pen.text(360, y, label, 8.5)
        pen.text(455, y, value, 8.5)
        y += 12
    title_y = 285.0
    if place_date:
        den = "den " if inv.language == "de" and rng.random() < 0.5 else ""
        pen.right(RIGHT, title_y - 22, f"{s.city}, {den}{inv.date(inv.invoice_date)}", 9)
    pen.text(50, title_y, inv.word("title"), 14, bold=True)
    y = item_table(pen, inv, title_y + 34)
    y = _totals(pen, inv, y)
    _closing(pen, inv, y + 6)
    _footer_columns(pen, inv)


def _footer_columns(pen: Pen, inv: Invoice) -> None:
    s = inv.supplier
    columns = [
        [s.name, s.street, s.city_line],
        [f"{inv.word('phone')} {s.phone}", s.email, s.web],
        [inv.word("bank"), s.bank_name, f"IBAN {s.iban_printed}", f"BIC {s.bic}"],
        [
            s.register,
            f"{inv.word('managing')}: {s.manager}",
            f"{inv.word('vat_id')} {s.vat_printed}",
        ],
    ]
    pen.rule(50, 752, RIGHT, 0.3)
    for x, column in zip((50, 150, 255, 405), columns, strict=True):
        for row, text in enumerate(column):
            pen.text(x, 758 + row * 8.5, text, 6)


def band(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """Modern: name and INVOICE band on top, header boxes with labels above values."""
    s = inv.supplier
    if inv.logo_only:
        pen.logo(50, 40, inv)
    else:
        title_width = pen.width(inv.word("title").upper(), 24, bold=True)
        pen.fit(50, 40, s.name, RIGHT - 50 - title_width - 24, 18, bold=True)
    pen.text(50, 66, f"{s.street} · {s.city_line}", 8)
    pen.right(RIGHT, 38, inv.word("title").upper(), 24, bold=True)
    boxes = [(inv.word("invoice_number"), inv.number),
             (inv.word("invoice_date"), inv.date(inv.invoice_date))]  # fmt: skip
    label, _terms = due_texts(inv)
    if label:
        boxes.append((inv.word("due_date"), inv.date(inv.due_date)))
    boxes.append((inv.word("customer_number"), inv.customer_number))
    width = (RIGHT - 50) / len(boxes)
    for index, (caption, value) in enumerate(boxes):
        x = 50 + index * width
        pen.fit(x + 4, 110, caption, width - 8, 7.5, bold=True)
        pen.fit(x + 4, 124, value, width - 8, 10)
    pen.rule(50, 142, RIGHT, 0.4)
    pen.text(50, 160, inv.word("bill_to"), 8, bold=True)
    y = 174.0
    for line in address_lines(inv.buyer, country_name=False):
        pen.text(50, y, line, 9.5)
        y += 12
    if inv.show_buyer_vat:
        pen.text(50, y, f"{inv.word('buyer_vat_id')}: {inv.buyer.vat_printed}", 8)
    if inv.ship_to is not None:
        pen.text(320, 160, inv.word("ship_to"), 8, bold=True)
        for row, line in enumerate(address_lines(inv.ship_to, country_name=False)):
            pen.text(320, 174 + row * 12, line, 9.5)
    y = item_table(pen, inv, 250)
    y = _totals(pen, inv, y, label_x=340)
    terms = due_texts(inv)[1]
    if terms:
        pen.text(50, y, terms, 8.5)
        y += 12
    if inv.reverse_charge:
        pen.text(50, y, REVERSE_NOTE[inv.language], 8.5)
        y += 12
    note = currency_note(inv)
    if note:
        pen.text(50, y, note, 8.5)
    bank = f"{inv.word('bank')}: {s.bank_name} · IBAN {s.iban_printed} · BIC {s.bic}"
    legal = f"{s.name} · {s.register} · {inv.word('vat_id')} {s.vat_printed}"
    pen.rule(50, 770, RIGHT, 0.3)
    pen.center(297, 776, legal, 7)
    pen.center(297, 786, bank, 7)


def _supplier_block(pen: Pen, inv: Invoice, last: str) -> float:
    """Name (or logo), street, city, phone, e-mail and ``last`` top left; returns the y below."""
    s = inv.supplier
    y = 40.0
    if inv.logo_only:
        pen.logo(50, 30, inv)
        y = 80.0
    else:
        pen.text(50, y, s.name, 13, bold=True)
        y += 18
    for text in (s.street, s.city_line, f"{inv.word('phone')} {s.phone}", s.email, last):
        pen.text(50, y, text, 8.5)
        y += 11
    return y


def simple(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """One column: supplier block, title, "Label: value" lines, bill-to, table, bank lines."""
    s = inv.supplier
    y = _supplier_block(pen, inv, f"{inv.word('vat_id')}: {s.vat_printed}")
    y += 14
    pen.text(50, y, inv.word("title"), 16, bold=True)
    y += 28
    for label, value in _info_rows(inv, rng):
        pen.text(50, y, f"{label}: {value}", 9)
        y += 12
    label, _terms = due_texts(inv)
    if label and rng.random() < 0.5:
        pen.text(50, y, label, 9)
        y += 12
        inv = _without_due_label(inv)
    y += 10
    pen.text(50, y, inv.word("bill_to") + ":", 9, bold=True)
    y += 13
    for line in address_lines(inv.buyer):
        pen.text(50, y, line, 9)
        y += 11.5
    y = item_table(pen, inv, y + 16)
    y = _totals(pen, inv, y)
    y = _closing(pen, inv, y)
    pen.text(50, y + 4, f"{inv.word('bank')}: {s.bank_name}", 8.5)
    pen.text(50, y + 16, f"IBAN: {s.iban_printed}   BIC: {s.bic}", 8.5)
    if inv.logo_only:
        pen.center(297, 790, f"{s.name} · {s.street} · {s.city_line} · {s.register}", 7)


def _without_due_label(inv: Invoice) -> Invoice:
    """The invoice with its due date printed already (the closing text gives only terms)."""
    return replace(inv, due_mode="terms" if inv.due_mode == "both" else "none")


def inline(pen: Pen, inv: Invoice, rng: random.Random) -> None:
    """Supplier block left, client right, "Invoice no. X dated D" in the title, legal footer."""
    s = inv.supplier
    _supplier_block(pen, inv, s.web)
    y = 110.0
    if rng.random() < 0.6:
        pen.text(330, y, inv.word("bill_to"), 8.5, bold=True)
        y += 13
    for line in address_lines(inv.buyer):
        pen.text(330, y, line, 10)
        y += 12.5
    if inv.show_buyer_vat:
        pen.text(330, y, f"{inv.word('buyer_vat_id')} : {inv.buyer.vat_printed}", 8)
    number_word, date_word = CONNECT[inv.language]
    title = (
        f"{inv.word('title')} {number_word} {inv.number} {date_word} {inv.date(inv.invoice_date)}"
    )
    pen.text(50, 230, title, 12, bold=True)
    refs = [f"{inv.word('customer_number')} : {inv.customer_number}"]
    if rng.random() < 0.6:
        refs.append(f"{inv.word('order_date')} : {inv.date(inv.order_date)}")
    if rng.random() < 0.4:
        refs.append(f"{inv.word('delivery_date')} : {inv.date(inv.delivery_date)}")
    pen.text(50, 250, " — ".join(refs), 8.5)
    y = item_table(pen, inv, 280)
    y = _totals(pen, inv, y)
    _closing(pen, inv, y)
    pen.rule(50, 770, RIGHT, 0.3)
    pen.center(297, 776, f"{s.name} — {s.register} — {inv.word('vat_id')} : {s.vat_printed}", 7)
    pen.center(297, 786, f"IBAN : {s.iban_printed} — BIC : {s.bic} — {s.bank_name}", 7)


DEV_LAYOUTS = {"din": din, "band": band, "simple": simple, "inline": inline}
