"""A4 delivery note PDF: the invoice's letterhead, address field and footer, the order's lines
without prices, and a field for the receiver's signature.

It reuses the invoice layout (:mod:`pdf_render`, :mod:`pdf_blocks`, :mod:`pdf_kit`): the same
fonts, logo, DIN 5008 address window and company footer, so both documents look alike, and the
company's PDF options (logo on/off, accent colour, footer note) apply to both.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.documents import labels as lb
from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.documents.pdf import blocks as pb
from invoicedesk.documents.pdf import render as pr
from invoicedesk.documents.pdf.kit import (
    BOLD,
    FONT,
    draw_logo,
    put,
    put_right,
    register_fonts,
    wrap,
)

PAGE_H = A4[1]
TEXTS = {
    "de": {
        "title": "Lieferschein", "number": "Lieferscheinnummer", "order": "Auftrag",
        "shipping": "Versandart", "article": "Art.-Nr.", "received": "Ware vollständig und "
        "unbeschädigt erhalten:", "sign": "Datum, Unterschrift",
        "intro": "Sehr geehrte Damen und Herren,\nwir liefern Ihnen folgende Waren und Leistungen:",
    },
    "en": {
        "title": "Delivery note", "number": "Delivery note no.", "order": "Order",
        "shipping": "Shipping", "article": "Item no.", "received": "Goods received complete "
        "and undamaged:", "sign": "Date, signature",
        "intro": "Dear Sir or Madam,\nwe deliver the following goods and services:",
    },
    "nl": {
        "title": "Pakbon", "number": "Pakbonnummer", "order": "Order", "shipping": "Verzending",
        "article": "Art.nr.", "received": "Goederen volledig en onbeschadigd ontvangen:",
        "sign": "Datum, handtekening",
        "intro": "Geachte heer, mevrouw,\nwij leveren u de volgende goederen en diensten:",
    },
}  # fmt: skip
#: (key, width in mm (0 = the rest), alignment)
_COLUMNS = (("pos", 10, "L"), ("article", 32, "L"), ("description", 0, "L"),
            ("qty", 18, "R"), ("unit", 20, "L"))  # fmt: skip


@dataclass(frozen=True)
class DeliveryNoteData:
    """What the delivery note shows beyond the document (seller, buyer, lines)."""

    number: str
    order_number: str
    issued_on: date
    customer_reference: str = ""
    shipping: str = ""


def _columns(ctx: pb.Ctx, texts: dict[str, str]) -> list[pb.Column]:
    flex = pb.WIDTH - sum(w for _, w, _ in _COLUMNS) * mm
    cols, x = [], pb.LEFT
    for key, width, align in _COLUMNS:
        w = width * mm if width else flex
        cols.append(pb.Column(key, texts.get(key) or ctx.t[key], x, w, align))
        x += w
    return cols


def _rows(ctx: pb.Ctx, cols: list[pb.Column]) -> list[pb.Block]:
    by_key = {c.key: c for c in cols}
    rows = []
    for line in ctx.doc.lines:
        text = wrap(line.description, FONT, 8.5, by_key["description"].width - 2 * pb.PAD)
        cells = {
            "pos": str(line.position),
            "article": line.article_no or "",
            "qty": ctx.f.quantity(line.quantity),
            "unit": lb.unit_name(ctx.lang, line.unit),
        }
        height = 2 * pb.VPAD + len(text) * 10.4 + 1.5

        def draw(c: Canvas, top: float, cells: dict[str, str] = cells,
                 text: list[str] = text, height: float = height) -> None:  # fmt: skip
            y = top - pb.VPAD - 7.8
            c.setFont(FONT, 8.5)
            for key, value in cells.items():
                by_key[key].put(c, value, y)
            for part in text:
                by_key["description"].put(c, part, y)
                y -= 10.4
            c.setStrokeColor(pb.RULE)
            c.setLineWidth(0.3)
            c.line(pb.LEFT, top - height, pb.RIGHT, top - height)

        rows.append(pb.Block(height, draw, "line"))
    return rows


def _header(ctx: pb.Ctx, cols: list[pb.Column]) -> pb.Block:
    height = 6.5 * mm

    def draw(c: Canvas, top: float) -> None:
        c.setFillColor(pb.BAND)
        c.rect(pb.LEFT, top - height, pb.WIDTH, height, stroke=0, fill=1)
        c.setFillColor(ctx.accent)
        c.setFont(BOLD, 7.8)
        for col in cols:
            col.put(c, col.title, top - height + 2.2 * mm)
        c.setFillColor(pb.BLACK)

    return pb.Block(height, draw, "header")


def _signature(texts: dict[str, str]) -> pb.Block:
    height = 30 * mm

    def draw(c: Canvas, top: float) -> None:
        c.setFont(FONT, 8.8)
        put(c, pb.LEFT, top - 10 * mm, texts["received"])
        c.setStrokeColor(pb.GREY)
        c.setLineWidth(0.5)
        c.line(pb.LEFT, top - 24 * mm, pb.LEFT + 80 * mm, top - 24 * mm)
        c.setFont(FONT, 7.4)
        c.setFillColor(pb.GREY)
        put(c, pb.LEFT, top - 27.5 * mm, texts["sign"])
        c.setFillColor(pb.BLACK)

    return pb.Block(height, draw, "text")


def _first_page(c: Canvas, ctx: pb.Ctx, note: DeliveryNoteData, texts: dict[str, str]) -> None:
    seller = ctx.doc.seller
    c.setFont(BOLD, 14)
    c.setFillColor(ctx.accent)
    put(c, pb.LEFT, PAGE_H - 20 * mm, seller.name)
    if seller.logo and ctx.layout.show_logo:
        draw_logo(c, seller.logo, pb.RIGHT, PAGE_H - 12 * mm, 45 * mm, 17 * mm)
    c.setFillColor(pb.GREY)
    c.setFont(FONT, 6.4)
    put(c,
        pb.LEFT,
        PAGE_H - 58 * mm,
        " · ".join([seller.name, seller.street, f"{seller.postal_code} {seller.city}"]),
    )
    c.setFillColor(pb.BLACK)
    c.setFont(FONT, 10)
    y = PAGE_H - 66 * mm
    for line in pr._address_lines(ctx.doc):
        put(c, pb.LEFT, y, line)
        y -= 12.5
    info = [(texts["number"], note.number), (ctx.t["date"], ctx.date(note.issued_on)),
            (texts["order"], note.order_number)]  # fmt: skip
    if ctx.doc.buyer.customer_number:
        info.append((ctx.t["customer_no"], ctx.doc.buyer.customer_number))
    if note.customer_reference:
        info.append((ctx.t["buyer_ref"], note.customer_reference))
    if note.shipping:
        info.append((texts["shipping"], note.shipping))
    y = PAGE_H - 52 * mm
    for label, value in info:
        c.setFont(FONT, 7.8)
        c.setFillColor(pb.GREY)
        put(c, 125 * mm, y, label)
        c.setFont(FONT, 8.6)
        c.setFillColor(pb.BLACK)
        put_right(c, pb.RIGHT, y, value[:40])
        y -= 12
    c.setFont(BOLD, 14)
    c.setFillColor(ctx.accent)
    put(c, pb.LEFT, PAGE_H - 103 * mm, f"{texts['title']} {note.number}")
    c.setFillColor(pb.BLACK)
    c.setFont(FONT, 8.8)
    y = PAGE_H - 109.5 * mm
    for line in texts["intro"].split("\n"):
        put(c, pb.LEFT, y, line)
        y -= 11


def render_delivery_note(doc: InvoiceDocument, note: DeliveryNoteData) -> bytes:
    """The delivery note of an order as PDF; ``doc`` carries seller, buyer, lines, language."""
    register_fonts()
    ctx = pb.Ctx(doc)
    texts = TEXTS[doc.language]
    cols = _columns(ctx, texts)
    header = _header(ctx, cols)
    note_lines = pr._note_lines(ctx)  # the company's footer note (PDF options)
    bottom = pr.BOTTOM + pr.NOTE_LEAD * max(0, len(note_lines) - 1)
    pages: list[list[tuple[float, pb.Block]]] = [[]]
    y = pr.TABLE_TOP_FIRST
    for block in [header, *_rows(ctx, cols), _signature(texts)]:
        if y - block.height < bottom:
            pages.append([])
            y = pr.TABLE_TOP_NEXT
            if block.kind == "line":
                pages[-1].append((y, header))
                y -= header.height
        pages[-1].append((y, block))
        y -= block.height
    footer = pr._footer_columns(ctx)
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT)
    c.setTitle(f"{texts['title']} {note.number}")
    c.setAuthor(doc.seller.name)
    c.setCreator("InvoiceDesk")
    for number, items in enumerate(pages, start=1):
        if number == 1:
            _first_page(c, ctx, note, texts)
        else:
            c.setFont(BOLD, 10.5)
            c.setFillColor(ctx.accent)
            put(c, pb.LEFT, PAGE_H - 17 * mm, f"{texts['title']} {note.number}")
            c.setFillColor(pb.BLACK)
        for top, block in items:
            block.draw(c, top)
        pr._footer(c, ctx, footer, number, len(pages), note_lines)
        c.showPage()
    c.save()
    return buffer.getvalue()
