"""A searchable copy of a scan: each page image with the OCR words laid over it as invisible
text (PDF text render mode 3), so the copy can be searched and copied from. The original file
is never changed; the copy is stored beside it."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..result import Word

FONT = "Helvetica"


def _printable(text: str) -> str:
    """The word in the standard font's encoding (unknown characters become ``?``)."""
    return text.encode("cp1252", "replace").decode("cp1252")


def searchable_pdf(
    pages: list[Image.Image], sizes: list[tuple[float, float]], words: list[Word],
    first_page: int = 0,
) -> bytes:  # fmt: skip
    """A PDF with one page per image (JPEG, quality 75) and the words invisible over it."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for index, (image, (width, height)) in enumerate(zip(pages, sizes, strict=True)):
        canvas.setPageSize((width, height))
        jpeg = io.BytesIO()
        image.convert("L").save(jpeg, "JPEG", quality=75)
        jpeg.seek(0)
        canvas.drawImage(ImageReader(jpeg), 0, 0, width, height)
        for page, x0, top, x1, bottom, text in words:
            if page != first_page + index:
                continue
            shown = _printable(text)
            size = max(1.0, (bottom - top) * 0.9)
            natural = stringWidth(shown, FONT, size)
            label = canvas.beginText()
            label.setTextRenderMode(3)
            label.setFont(FONT, size)
            if natural > 0:
                label.setHorizScale(100 * (x1 - x0) / natural)
            label.setTextOrigin(x0, height - bottom + size * 0.2)
            label.textOut(shown)
            canvas.drawText(label)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
