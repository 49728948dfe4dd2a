"""Plain PDF read-out: accuracy on real invoices, and supplier hints that learn a layout."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from invoicedesk.documents.intake.accuracy import matches, measure_accuracy
from invoicedesk.documents.intake.hints import apply_hints, learn_hints
from invoicedesk.documents.intake.readout import read_document

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
PLAIN = DATA / "pdf" / "plain-invoices"

# Measured on the six invoice2data samples (the labels were tuned on them, so these are
# regression floors, not a promise for unseen layouts).
MINIMUM_ACCURACY = {
    "currency": 1.0,
    "gross": 1.0,
    "invoice_date": 1.0,
    "invoice_number": 1.0,
    "supplier_vat_id": 1.0,
    "net": 0.8,
    "iban": 0.5,
    "supplier_name": 0.5,
}


@pytest.mark.skipif(not PLAIN.is_dir(), reason=f"shared test data missing: {PLAIN}")
def test_plain_accuracy_does_not_drop() -> None:
    """Per-field accuracy stays at or above the level reached."""
    report = measure_accuracy(PLAIN)
    assert report["files"] == 6
    for name, minimum in MINIMUM_ACCURACY.items():
        assert report["fields"][name]["accuracy"] >= minimum, (name, report["details"])


def _invoice(number: str, issued: str, delivered: str, net: str, tax: str, gross: str) -> bytes:
    """A supplier layout the generic labels do not understand (same layout, other values)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawString(50, 790, "Werkzeug für Profis")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(400, 800, "Hammer Zange Handel")
    pdf.drawString(400, 788, "Am Markt 3, 12345 Musterstadt")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(50, 700, f"Lieferung vom {delivered}")
    pdf.drawString(50, 680, "Beleg")
    pdf.drawString(160, 680, number)
    pdf.drawString(50, 660, "Ausgestellt")
    pdf.drawString(160, 660, issued)
    pdf.drawString(50, 560, "Warenwert")
    pdf.drawString(400, 560, net)
    pdf.drawString(50, 540, "Steuer 19 %")
    pdf.drawString(400, 540, tax)
    pdf.drawString(50, 520, "Zu zahlen EUR")
    pdf.drawString(400, 520, gross)
    pdf.drawString(50, 400, "Bank: IBAN DE89 3704 0044 0532 0130 00")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


FIRST = {
    "supplier_name": "Hammer Zange Handel",
    "invoice_number": "2024-0815",
    "invoice_date": "2024-03-12",
    "net": "100.00",
    "tax": "19.00",
    "gross": "119.00",
    "iban": "DE89370400440532013000",
}
SECOND = {
    "supplier_name": "Hammer Zange Handel",
    "invoice_number": "2024-0990",
    "invoice_date": "2024-04-30",
    "net": "1.250,00",
    "tax": "237,50",
    "gross": "1.487,50",
    "iban": "DE89370400440532013000",
}


def _correct(result_fields: dict[str, str | None], expected: dict[str, str]) -> int:
    return sum(
        matches(
            k,
            result_fields.get(k),
            v.replace(".", "").replace(",", ".") if k in ("net", "tax", "gross") else v,
        )
        for k, v in expected.items()
    )


def test_hints_from_first_invoice_improve_the_second() -> None:
    """Corrections on invoice 1 teach the layout; invoice 2 then reads fully right."""
    first = read_document(
        _invoice("2024-0815", "12.03.2024", "01.03.2024", "100,00", "19,00", "119,00"), "a.pdf"
    )
    assert first.ok and first.has_text
    assert _correct({k: first.value(k) for k in FIRST}, FIRST) < len(FIRST)
    hints = learn_hints(first.words, FIRST)
    assert hints["fields"]["invoice_number"]["label"] == "Beleg"
    assert hints["fields"]["invoice_date"]["label"] == "Ausgestellt"

    second = read_document(
        _invoice("2024-0990", "30.04.2024", "20.04.2024", "1.250,00", "237,50", "1.487,50"), "b.pdf"
    )
    before = _correct({k: second.value(k) for k in SECOND}, SECOND)
    improved = apply_hints(second, hints)
    after = _correct({k: improved.value(k) for k in SECOND}, SECOND)
    assert after > before
    assert after == len(SECOND), {k: improved.fields[k] for k in SECOND}
    assert improved.fields["invoice_number"].source == "hint"
    assert improved.fields["invoice_number"].confidence >= 0.9


def test_hints_are_json_and_leave_einvoices_alone() -> None:
    """Hints survive a JSON round trip; exact e-invoice values are never overridden."""
    import json

    first = read_document(
        _invoice("A-1", "12.03.2024", "01.03.2024", "1,00", "0,19", "1,19"), "a.pdf"
    )
    hints = json.loads(json.dumps(learn_hints(first.words, {"invoice_number": "A-1"})))
    assert apply_hints(first, hints).value("invoice_number") == "A-1"
    xml = DATA / "einvoice" / "factur-x" / "factur-x-en16931.xml"
    if xml.exists():
        einvoice = read_document(xml.read_bytes(), xml.name)
        assert apply_hints(einvoice, hints) is einvoice
