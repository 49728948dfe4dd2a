"""Small reportlab helpers for the invoice PDF: text drawing and wrapping with the font chain
(:mod:`invoicedesk.documents.pdf.fonts`), logo cache, EPC QR code.

Fonts are registered once per process; decoded logos and EPC QR codes are cached, so rendering
many invoices of one company costs no repeated set-up.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from io import BytesIO

import segno
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from stdnum import iso11649

from invoicedesk.documents.pdf import fonts
from invoicedesk.documents.pdf.fonts import BOLD, FONT, register_fonts

__all__ = [
    "BOLD", "FONT", "put", "put_centred", "put_right", "register_fonts", "text_width", "wrap",
]  # fmt: skip


def text_width(text: str, font: str, size: float) -> float:
    """Width of a string in points, as drawn with the font's fallback chain."""
    return fonts.width(text, font, size)


def put(canvas: Canvas, x: float, y: float, text: str, align: str = "L") -> None:
    """Draw ``text`` in the canvas' current font and size with the fallback chain (every
    character gets a glyph): align L from x, R ending at x, C centred on x."""
    fonts.draw(canvas, x, y, text, canvas._fontname, canvas._fontsize, align)


def put_right(canvas: Canvas, x: float, y: float, text: str) -> None:
    """:func:`put` ending at ``x``."""
    put(canvas, x, y, text, "R")


def put_centred(canvas: Canvas, x: float, y: float, text: str) -> None:
    """:func:`put` centred on ``x``."""
    put(canvas, x, y, text, "C")


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than ``width`` (explicit newlines are kept); a word
    longer than the line is cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if current and text_width(candidate, font, size) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        while text_width(current, font, size) > width and len(current) > 1:
            cut = len(current)
            while cut > 1 and text_width(current[:cut], font, size) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
        lines.append(current)
    return lines


@lru_cache(maxsize=16)
def logo_reader(data: bytes) -> ImageReader:
    """A decoded logo, cached by its bytes."""
    return ImageReader(BytesIO(data))


def draw_logo(
    canvas: Canvas, data: bytes, right: float, top: float, max_w: float, max_h: float
) -> tuple[float, float]:
    """Draw the logo scaled into a box whose top-right corner is (right, top) (aspect kept);
    returns the drawn (width, height), so texts beside it can keep clear of it."""
    image = logo_reader(data)
    iw, ih = image.getSize()
    scale = min(max_w / iw, max_h / ih)
    w, h = iw * scale, ih * scale
    canvas.drawImage(image, right - w, top - h, w, h, mask="auto")
    return w, h


#: QR mask pattern used for EPC codes. segno's automatic choice scores all eight masks in pure
#: Python (about 50 ms per code); every mask is valid under ISO/IEC 18004 and decodes alike.
EPC_MASK = 0


def epc_payload(name: str, iban: str, bic: str | None, amount: Decimal, reference: str) -> bytes:
    """EPC069-12 version 002 payload of a SEPA credit transfer ("GiroCode").

    A valid ISO 11649 creditor reference (``RF..``) goes into the structured field, anything
    else into the unstructured remittance text (max. 140 characters).
    """
    if not Decimal("0.01") <= amount <= Decimal("999999999.99"):
        raise ValueError(f"An EPC QR code cannot carry the amount {amount}.")
    structured = iso11649.is_valid(reference)
    fields = [
        "BCD",
        "002",
        "1",  # character set: UTF-8, read correctly by banking apps and generic decoders
        "SCT",
        (bic or "").strip(),
        name.strip()[:70],
        iban.replace(" ", ""),
        f"EUR{amount:.2f}",
        "",
        iso11649.compact(reference) if structured else "",
    ]
    if not structured:
        fields.append(reference.strip()[:140])
    return "\n".join(fields).encode("utf-8")


def epc_matrix(
    name: str, iban: str, bic: str | None, amount: Decimal, reference: str
) -> tuple[bytes, ...]:
    """Modules of the EPC QR code (error level M, at most version 13) for a transfer."""
    qr = segno.make_qr(
        epc_payload(name, iban, bic, amount, reference),
        error="m",
        boost_error=False,
        mask=EPC_MASK,
    )
    if not isinstance(qr.version, int) or qr.version > 13:
        raise ValueError("The payment data is too long for an EPC QR code.")
    return tuple(bytes(row) for row in qr.matrix)


@lru_cache(maxsize=256)
def _qr_operators(matrix: tuple[bytes, ...]) -> str:
    """PDF path operators for the dark modules, one unit per module, rows merged into runs."""
    count = len(matrix)
    ops: list[str] = []
    for r, row in enumerate(matrix):
        c = 0
        while c < count:
            if row[c]:
                start = c
                while c < count and row[c]:
                    c += 1
                ops.append(f"{start} {count - r - 1} {c - start} 1 re")
            else:
                c += 1
    ops.append("f")
    return "\n".join(ops)


def draw_qr(canvas: Canvas, matrix: tuple[bytes, ...], x: float, y: float, size: float) -> None:
    """Draw the QR modules as vector rectangles in a square of ``size``, lower-left at (x, y)."""
    module = size / len(matrix)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.translate(x, y)
    canvas.scale(module, module)
    canvas.addLiteral(_qr_operators(matrix))
    canvas.restoreState()
