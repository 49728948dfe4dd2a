"""Small but real PDF files for demo attachments (reportlab, one page)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas


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
