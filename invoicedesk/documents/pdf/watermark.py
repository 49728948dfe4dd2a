"""The diagonal mark across every page of a preview that is not the invoice itself (a
collective invoice before its send date): "ENTWURF", "DRAFT" or "CONCEPT" in the document's
language, light enough to read the page through it."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.documents.pdf.fonts import BOLD
from invoicedesk.documents.pdf.kit import text_width

GREY = Color(0.55, 0.55, 0.55)
ALPHA = 0.22


def draw_watermark(c: Canvas, text: str) -> None:
    """``text`` diagonally across the middle of the current page (nothing for ``""``)."""
    if not text:
        return
    width, height = A4
    size = 110.0
    while size > 30 and text_width(text, BOLD, size) > 0.95 * (width**2 + height**2) ** 0.5 * 0.6:
        size -= 4
    c.saveState()
    c.setFillColor(GREY)
    c.setFillAlpha(ALPHA)
    c.setFont(BOLD, size)
    c.translate(width / 2, height / 2)
    c.rotate(55)
    c.drawCentredString(0, -size / 3, text)
    c.restoreState()
