"""Small but real PDF files for demo attachments (reportlab, one page)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.store.database import Database


def sample_pdf(title: str, number: str, seed: int) -> bytes:
    """A one-page PDF with a title, a number and a few lines; ``seed`` varies the content."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=True)
    pdf.setTitle(f"{title} {number}")
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(20 * mm, 270 * mm, f"{title} {number}")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(20 * mm, 260 * mm, "Demo document created by InvoiceDesk")
    y = 240 * mm
    for i in range(1 + seed % 5):
        pdf.drawString(20 * mm, y, f"Position {i + 1}")
        pdf.drawRightString(190 * mm, y, f"{(seed * 37 + i * 11) % 500 + 10},00 EUR")
        y -= 7 * mm
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def sample_blobs(db: Database) -> dict[str, list[str]]:
    """Stand-in PDFs (supplier invoices; issued ones of very large demos): their hashes."""
    with db.write() as s:
        out = [store_blob(s, sample_pdf("Rechnung", f"RE-DEMO-{i:03d}", i)) for i in range(8)]
        inc = [
            store_blob(s, sample_pdf("Lieferantenrechnung", f"LR-DEMO-{i:03d}", 100 + i))
            for i in range(8)
        ]
    return {"out": out, "in": inc}
