"""A4 invoice and credit note PDF with reportlab (DIN 5008 form B layout).

Page one carries the letterhead, the sender line and buyer address in the window-envelope field,
the information block (number, dates, references) and fold marks; every page carries the
company footer and "Page x of y". The line table breaks across pages with carried totals.
Layout is measured first and drawn second, so the page count is known while drawing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.documents.formats import for_language
from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.documents.pdf import blocks as pb
from invoicedesk.documents.pdf.kit import (
    BOLD,
    FONT,
    draw_logo,
    put,
    put_right,
    register_fonts,
    text_width,
    wrap,
)
from invoicedesk.documents.pdf.watermark import draw_watermark
from invoicedesk.domain.money import ZERO

PAGE_W, PAGE_H = A4
TABLE_TOP_FIRST = PAGE_H - 118 * mm
TABLE_TOP_NEXT = PAGE_H - 36 * mm
BOTTOM = 34 * mm
FOOTER_RULE = 27 * mm
FOOTER_SIZE = 6.3
FOOTER_GAP = 3 * mm
NOTE_SIZE = 7.6
NOTE_LEAD = 9.0
#: room kept right of the footer note for "Page x of y"
PAGE_NO_ROOM = 30 * mm


@dataclass
class _Page:
    """Blocks placed on one page: (top y, block)."""

    items: list[tuple[float, pb.Block]] = field(default_factory=list)


def _paginate(
    ctx: pb.Ctx, rows: list[pb.Block], tail: list[pb.Block], bottom: float = BOTTOM
) -> list[_Page]:
    """Place rows and end blocks on pages, adding headers and carried totals at page breaks;
    nothing goes below ``bottom``."""
    pages = [_Page()]
    header = pb.table_header(ctx)
    carry_h = pb.carry_row(ctx, ZERO, True).height
    y = TABLE_TOP_FIRST
    running = ZERO

    def place(block: pb.Block) -> None:
        nonlocal y
        pages[-1].items.append((y, block))
        y -= block.height

    def new_page(with_table: bool) -> None:
        nonlocal y
        if with_table:
            place(pb.carry_row(ctx, running, at_bottom=True))
        pages.append(_Page())
        y = TABLE_TOP_NEXT
        if with_table:
            place(header)
            place(pb.carry_row(ctx, running, at_bottom=False))

    place(header)
    for index, row in enumerate(rows):
        need = row.height
        if row.kind == "group" and index + 1 < len(rows):
            need += rows[index + 1].height
        if y - need < bottom + carry_h:
            new_page(with_table=True)
        place(row)
        running += row.net
    for index, block in enumerate(tail):
        if y - block.height < bottom:
            new_page(with_table=index == 0)
        place(block)
    return pages


#: the DIN 5008 address field: 85 mm wide; the lines end above the title at 103 mm
ADDRESS_W = 85 * mm
ADDRESS_H = 30 * mm
#: the information block right of the address: labels at 125 mm, values right-aligned
INFO_X = 125 * mm
INFO_GAP = 3 * mm
LOGO_W, LOGO_H = 45 * mm, 17 * mm


def _address_lines(doc: InvoiceDocument) -> list[str]:
    buyer = doc.buyer
    lines = [buyer.name]
    if buyer.contact:
        lines.append(buyer.contact)
    lines.append(buyer.street)
    if buyer.address_line2:
        lines.append(buyer.address_line2)
    lines.append(f"{buyer.postal_code} {buyer.city}")
    if buyer.country.upper() != doc.seller.country.upper():
        territories = for_language(doc.language).locale.territories
        lines.append(str(territories.get(buyer.country.upper(), buyer.country)).upper())
    return [line for line in lines if line.strip()]


def _fit_address(doc: InvoiceDocument) -> tuple[float, float, list[str]]:
    """(font size, leading, lines) of the address wrapped into the window field: the size
    steps down from 10 pt until every wrapped line fits its 85 x 30 mm box."""
    for size in (10.0, 9.0, 8.0, 7.0):
        lead = size * 1.25
        lines = [w for line in _address_lines(doc) for w in wrap(line, FONT, size, ADDRESS_W)]
        if len(lines) * lead <= ADDRESS_H:
            return size, lead, lines
    return size, lead, lines[: int(ADDRESS_H // lead)]


def _info_rows(ctx: pb.Ctx) -> list[tuple[str, str]]:
    doc, t = ctx.doc, ctx.t
    rows = [(t["number_381" if doc.is_credit_note else "number"], doc.number)]
    rows.append((t["date"], ctx.date(doc.issue_date)))
    if doc.buyer.customer_number:
        rows.append((t["customer_no"], doc.buyer.customer_number))
    if doc.buyer.leitweg_id:
        rows.append((t["leitweg"], doc.buyer.leitweg_id))
    if doc.buyer.buyer_reference:
        rows.append((t["buyer_ref"], doc.buyer.buyer_reference))
    if doc.period_start and doc.period_end:
        rows.append((t["period"], f"{ctx.date(doc.period_start)} – {ctx.date(doc.period_end)}"))
    if doc.delivery_date:
        rows.append((t["delivery_date"], ctx.date(doc.delivery_date)))
    if doc.due_date and not doc.is_credit_note:
        rows.append((t["due_date"], ctx.date(doc.due_date)))
    if doc.buyer.vat_id:
        rows.append((t["buyer_vat_id"], doc.buyer.vat_id))
    return rows


def _letterhead(c: Canvas, ctx: pb.Ctx) -> None:
    """Company name and contact line top left, the logo scaled into its box top right; the
    texts wrap left of the logo, never under it."""
    seller = ctx.doc.seller
    room = pb.WIDTH
    if seller.logo and ctx.layout.show_logo:
        w, _h = draw_logo(c, seller.logo, pb.RIGHT, PAGE_H - 12 * mm, LOGO_W, LOGO_H)
        room = pb.WIDTH - w - 5 * mm
    size = 14.0
    while size > 9 and text_width(seller.name, BOLD, size) > room:
        size -= 0.5
    c.setFont(BOLD, size)
    c.setFillColor(ctx.accent)
    name = wrap(seller.name, BOLD, size, room)
    put(c, pb.LEFT, PAGE_H - 20 * mm, name[0])
    c.setFillColor(pb.GREY)
    c.setFont(FONT, 7.6)
    parts = [seller.street, f"{seller.postal_code} {seller.city}", seller.phone, seller.email]
    contact = wrap("  ·  ".join(p for p in parts if p), FONT, 7.6, room)
    y = PAGE_H - 25 * mm
    for line in contact[:2]:
        put(c, pb.LEFT, y, line)
        y -= 9


def _info_block(c: Canvas, info: list[tuple[str, str]]) -> None:
    """Number, dates, customer number, references: values right-aligned, wrapped into the
    room their label leaves."""
    y = PAGE_H - 52 * mm
    for label, value in info:
        c.setFont(FONT, 7.8)
        c.setFillColor(pb.GREY)
        put(c, INFO_X, y, label)
        room = pb.RIGHT - INFO_X - text_width(label, FONT, 7.8) - INFO_GAP
        c.setFont(FONT, 8.6)
        c.setFillColor(pb.BLACK)
        for line in wrap(value, FONT, 8.6, room)[:3]:
            put_right(c, pb.RIGHT, y, line)
            y -= 10.5
        y -= 1.5


def _first_page(c: Canvas, ctx: pb.Ctx) -> None:
    doc = ctx.doc
    draw_letterhead(c, ctx, _info_rows(ctx))
    title = f"{ctx.t[doc.type_code]} {doc.number}"
    c.setFont(BOLD, 14)
    c.setFillColor(ctx.accent)
    put(c, pb.LEFT, PAGE_H - 103 * mm, title)
    c.setFillColor(pb.BLACK)
    c.setFont(FONT, 8.8)
    y = PAGE_H - 109.5 * mm
    for line in ctx.t["intro_381" if doc.is_credit_note else "intro"].split("\n"):
        put(c, pb.LEFT, y, line)
        y -= 11


def draw_letterhead(c: Canvas, ctx: pb.Ctx, info: list[tuple[str, str]]) -> None:
    """The first page's letterhead of any letter to the buyer: company name, contact line and
    logo, the sender line and address in the window field, the information block ``info``
    (label, value) on the right, and the fold and punch marks."""
    doc, seller = ctx.doc, ctx.doc.seller
    _letterhead(c, ctx)
    # sender line at the bottom of the DIN 5008 B additional-information zone
    sender = " · ".join([seller.name, seller.street, f"{seller.postal_code} {seller.city}"])
    size = 6.4
    while size > 5 and text_width(sender, FONT, size) > ADDRESS_W:
        size -= 0.2  # the whole return address on one line, as small as still readable
    sender = wrap(sender, FONT, size, ADDRESS_W)[0]
    c.setFont(FONT, size)
    c.setFillColor(pb.GREY)
    put(c, pb.LEFT, PAGE_H - 58 * mm, sender)
    c.setStrokeColor(pb.RULE)
    c.setLineWidth(0.4)
    c.line(
        pb.LEFT,
        PAGE_H - 59.3 * mm,
        pb.LEFT + min(ADDRESS_W, text_width(sender, FONT, size)),
        PAGE_H - 59.3 * mm,
    )
    c.setFillColor(pb.BLACK)
    size, lead, lines = _fit_address(doc)
    c.setFont(FONT, size)
    y = PAGE_H - 66 * mm
    for line in lines:
        put(c, pb.LEFT, y, line)
        y -= lead
    _info_block(c, info)
    # fold marks (105 and 210 mm) and the punch mark (148.5 mm)
    c.setStrokeColor(pb.GREY)
    c.setLineWidth(0.3)
    for from_top, length in ((105, 5), (148.5, 7), (210, 5)):
        c.line(4 * mm, PAGE_H - from_top * mm, (4 + length) * mm, PAGE_H - from_top * mm)


def _next_page(c: Canvas, ctx: pb.Ctx) -> None:
    doc = ctx.doc
    room = pb.WIDTH
    if doc.seller.logo and ctx.layout.show_logo:
        w, _h = draw_logo(c, doc.seller.logo, pb.RIGHT, PAGE_H - 10 * mm, 40 * mm, 14 * mm)
        room = pb.WIDTH - w - 5 * mm
    c.setFont(BOLD, 10.5)
    c.setFillColor(ctx.accent)
    put(c, pb.LEFT, PAGE_H - 17 * mm, wrap(doc.seller.name, BOLD, 10.5, room)[0])
    c.setFont(FONT, 8.5)
    c.setFillColor(pb.GREY)
    subtitle = f"{ctx.t[doc.type_code]} {doc.number}  ·  {ctx.date(doc.issue_date)}"
    put(c, pb.LEFT, PAGE_H - 23 * mm, subtitle)
    c.setFillColor(pb.BLACK)


def _footer_columns(ctx: pb.Ctx) -> list[tuple[float, list[str]]]:
    s, t = ctx.doc.seller, ctx.t
    cols = [
        [s.name, s.street, f"{s.postal_code} {s.city}"],
        [f"{t['phone']} {s.phone}" if s.phone else "", s.email or "", s.website or ""],
        [
            f"{t['director']}: {s.managing_director}" if s.managing_director else "",
            " ".join(p for p in (s.register_court, s.register_number) if p),
            f"{t['vat_id']} {s.vat_id}" if s.vat_id else "",
            f"{t['tax_number']} {s.tax_number}" if s.tax_number else "",
        ],
        [
            s.bank_name or "",
            f"IBAN {pb._iban(s.iban)}" if s.iban else "",
            f"BIC {s.bic}" if s.bic else "",
        ],
    ]
    texts = [[text for text in col if text] for col in cols]
    natural = [max((text_width(x, FONT, FOOTER_SIZE) for x in col), default=0.0) for col in texts]
    spare = pb.WIDTH - sum(natural) - FOOTER_GAP * (len(cols) - 1)
    if spare >= 0:
        widths = [w + FOOTER_GAP + spare / len(cols) for w in natural]
    else:
        widths = [
            w * (pb.WIDTH - FOOTER_GAP * len(cols)) / sum(natural) + FOOTER_GAP for w in natural
        ]
    return [
        (width, [w for text in col for w in wrap(text, FONT, FOOTER_SIZE, width - FOOTER_GAP)][:5])
        for col, width in zip(texts, widths, strict=True)
    ]


def _note_lines(ctx: pb.Ctx) -> list[str]:
    """The company's footer note wrapped beside the page number (at most three lines)."""
    note = " ".join(ctx.layout.footer_note.split())
    if not note:
        return []
    return wrap(note, FONT, NOTE_SIZE, pb.WIDTH - PAGE_NO_ROOM)[:3]


def _footer(
    c: Canvas,
    ctx: pb.Ctx,
    columns: list[tuple[float, list[str]]],
    page: int,
    pages: int,
    note: tuple[str, ...] | list[str] = (),
) -> None:
    c.setFont(FONT, 7.6)
    c.setFillColor(pb.GREY)
    put_right(c,
        pb.RIGHT, FOOTER_RULE + 2.6 * mm, ctx.t["page"].format(page=page, pages=pages)
    )
    if note:
        c.setFont(FONT, NOTE_SIZE)
        c.setFillColor(ctx.accent)
        y = FOOTER_RULE + 2.6 * mm + NOTE_LEAD * (len(note) - 1)
        for line in note:
            put(c, pb.LEFT, y, line)
            y -= NOTE_LEAD
        c.setFillColor(pb.GREY)
    c.setStrokeColor(pb.RULE)
    c.setLineWidth(0.5)
    c.line(pb.LEFT, FOOTER_RULE, pb.RIGHT, FOOTER_RULE)
    c.setFont(FONT, FOOTER_SIZE)
    x = pb.LEFT
    for width, lines in columns:
        y = FOOTER_RULE - 4 * mm
        for line in lines:
            put(c, x, y, line)
            y -= 8.2
        x += width
    c.setFillColor(pb.BLACK)


def draw_footer(c: Canvas, ctx: pb.Ctx, page: int, pages: int) -> None:
    """The company footer, the footer note and "Page x of y" of any letter to the buyer."""
    _footer(c, ctx, _footer_columns(ctx), page, pages, _note_lines(ctx))


def content_bottom(ctx: pb.Ctx) -> float:
    """The lowest y a letter's content may use above :func:`draw_footer`."""
    return float(BOTTOM + NOTE_LEAD * max(0, len(_note_lines(ctx)) - 1))


def render_pdf(doc: InvoiceDocument) -> bytes:
    """Render an invoice or credit note as a plain A4 PDF (no e-invoice attached)."""
    register_fonts()
    ctx = pb.Ctx(doc)
    rows: list[pb.Block] = []
    group: str | None = None
    part = ZERO
    for line in doc.lines:
        if line.group != group:
            if group:
                rows.append(pb.subtotal_row(ctx, part))
            if line.group:
                rows.append(pb.group_row(ctx, line.group))
            part = ZERO
        group = line.group
        part += line.net
        rows.append(pb.line_row(ctx, line))
    if group and any(ln.group != group for ln in doc.lines):
        rows.append(pb.subtotal_row(ctx, part))
    note = _note_lines(ctx)
    bottom = BOTTOM + NOTE_LEAD * max(0, len(note) - 1)
    pages = _paginate(ctx, rows, pb.end_blocks(ctx), bottom)
    footer = _footer_columns(ctx)
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT)
    title = f"{ctx.t[doc.type_code]} {doc.number}"
    c.setTitle(title)
    c.setAuthor(doc.seller.name)
    c.setSubject(f"{title} – {doc.buyer.name}")
    c.setCreator("InvoiceDesk")
    decorate: Callable[[Canvas, pb.Ctx], None]
    for number, page in enumerate(pages, start=1):
        decorate = _first_page if number == 1 else _next_page
        decorate(c, ctx)
        for top, block in page.items:
            block.draw(c, top)
        _footer(c, ctx, footer, number, len(pages), note)
        draw_watermark(c, doc.layout.watermark)
        c.showPage()
    c.save()
    return buffer.getvalue()
