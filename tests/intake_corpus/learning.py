"""The learning measure: pairs of invoices of one supplier whose layout the generic rules
do not understand (unusual labels, the name only in a slogan-like letterhead, month-first
dates). The first invoice of each pair is corrected (its true values are the clerk's
corrections), the hints learned from it are applied to the second invoice of the pair.
"""

from __future__ import annotations

import io
import random
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.documents.intake.accuracy import matches
from invoicedesk.documents.intake.hints import apply_hints, learn_hints
from invoicedesk.documents.intake.readout import read_document

from .content import cents
from .draw import Pen
from .identities import company

#: label words no generic rule knows: (number, date, net, tax, gross)
ODD_LABELS = (
    ("Beleg", "Stand", "Leistungen", "Abgabe", "Schlusssumme"),
    ("Vorgang", "Erfasst", "Posten", "Aufschlag", "Endwert"),
    ("Ref", "Posted", "Goods", "Duty", "Pay this"),
    ("Ticket", "Logged", "Work", "Levy", "Settle"),
    ("Kenmerk", "Geboekt", "Diensten", "Heffing", "Eindstand"),
    ("Pièce", "Saisie", "Prestations", "Taxe", "Solde final"),
)
SLOGANS = ("Werkzeug für Profis", "Quality you can trust", "Altijd dichtbij", "Le bon outil")
PAIRS = 12
FIELDS = ("supplier_name", "supplier_vat_id", "invoice_number", "invoice_date", "currency",
          "net", "tax", "gross", "iban")  # fmt: skip


def _invoice(rng: random.Random, supplier: Any, labels: tuple[str, ...], month_first: bool,
             slogan: str, items: int) -> tuple[bytes, dict[str, str]]:  # fmt: skip
    """One invoice of the odd layout with ``items`` lines and its true values."""
    issued = date(2024, 1, 1) + timedelta(days=rng.randrange(300))
    number = f"{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}"
    net = cents(sum((Decimal(rng.randrange(500, 90000)) / 100 for _ in range(items)),
                    Decimal("0")))  # fmt: skip
    tax = cents(net * Decimal("0.19"))
    gross = net + tax

    def day(value: date) -> str:
        return f"{value:%m/%d/%Y}" if month_first else f"{value:%d.%m.%Y}"

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    pen = Pen(canvas, "Helvetica")
    pen.text(50, 40, slogan, 22, bold=True)
    pen.right(545, 44, supplier.name.rsplit(" ", 1)[0], 8)
    pen.right(545, 54, f"{supplier.street}, {supplier.city_line}", 8)
    pen.text(50, 120, labels[0], 10)
    pen.text(160, 120, number, 10)
    pen.text(50, 136, labels[1], 10)
    pen.text(160, 136, day(issued), 10)
    pen.text(50, 152, "Lieferung", 10)
    pen.text(160, 152, day(issued - timedelta(days=5)), 10)
    y = 220.0
    for index in range(items):
        pen.text(50, y, f"Artikel {index + 1}", 9)
        y += 14
    for label, amount in ((labels[2], net), (f"{labels[3]} 19", tax), (labels[4], gross)):
        y += 14
        pen.text(50, y, f"{label} EUR", 10)
        pen.right(400, y, f"{amount:.2f}".replace(".", ","), 10)
    pen.text(50, 700, f"IBAN {supplier.iban_printed}   {supplier.vat_printed}", 8)
    canvas.showPage()
    canvas.save()
    truth = {
        "supplier_name": supplier.name.rsplit(" ", 1)[0],
        "supplier_vat_id": supplier.vat_id,
        "invoice_number": number,
        "invoice_date": issued.isoformat(),
        "currency": "EUR",
        "net": f"{net:.2f}",
        "tax": f"{tax:.2f}",
        "gross": f"{gross:.2f}",
        "iban": supplier.iban,
    }
    return buffer.getvalue(), truth


def pairs(
    seed: int = 190, count: int = PAIRS
) -> list[tuple[bytes, dict[str, str], bytes, dict[str, str]]]:
    """``count`` pairs (first PDF, its values, second PDF, its values), one supplier each."""
    rng = random.Random(seed)
    result = []
    for index in range(count):
        supplier = company(rng, rng.choice(("DE", "AT", "NL")))
        labels = ODD_LABELS[index % len(ODD_LABELS)]
        month_first = index % 3 == 0
        slogan = SLOGANS[index % len(SLOGANS)]
        first = _invoice(rng, supplier, labels, month_first, slogan, rng.randrange(1, 4))
        second = _invoice(rng, supplier, labels, month_first, slogan, rng.randrange(5, 12))
        result.append((*first, *second))
    return result


def _right(result: Any, truth: dict[str, str]) -> int:
    return sum(matches(name, result.value(name), truth[name]) for name in FIELDS)


def measure_learning(seed: int = 190, count: int = PAIRS) -> dict[str, Any]:
    """Fields right on the second invoice of each pair, without and with the learned hints."""
    before = after = first_right = 0
    details: dict[str, dict[str, tuple[str | None, object, bool]]] = {}
    for index, (pdf_a, truth_a, pdf_b, truth_b) in enumerate(pairs(seed, count)):
        first = read_document(pdf_a, "a.pdf")
        first_right += _right(first, truth_a)
        hints = learn_hints(first.words, truth_a)
        second = read_document(pdf_b, "b.pdf")
        before += _right(second, truth_b)
        learned = apply_hints(second, hints)
        after += _right(learned, truth_b)
        found = {name: learned.value(name) for name in FIELDS}
        details[f"pair{index:02d}"] = {
            name: (found[name], truth_b[name], matches(name, found[name], truth_b[name]))
            for name in FIELDS
        }
    total = count * len(FIELDS)
    stats = {"correct": after, "total": total, "accuracy": round(after / total, 4)}
    return {
        "files": count,
        "fields": {
            "first invoice, generic rules": {
                "correct": first_right,
                "total": total,
                "accuracy": round(first_right / total, 4),
            },
            "second invoice, generic rules": {
                "correct": before,
                "total": total,
                "accuracy": round(before / total, 4),
            },
            "second invoice, after learning": stats,
        },
        "overall": stats,
        "details": details,
        "not_in_text": [],
    }
