"""The flowing parts of the invoice PDF: table rows, VAT summary and totals, notes, payment.

Each part is a :class:`Block` that knows its height before it is drawn, so
:mod:`invoicedesk.documents.pdf.render` can paginate (and print carried totals) in one pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.documents import labels as lb
from invoicedesk.documents.formats import for_language
from invoicedesk.documents.model import DocumentLine, InvoiceDocument
from invoicedesk.documents.pdf.kit import (
    BOLD,
    FONT,
    draw_qr,
    epc_matrix,
    put,
    put_centred,
    put_right,
    text_width,
    wrap,
)
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.precision import MAX_AMOUNT

LEFT = 25 * mm
RIGHT = 190 * mm
WIDTH = RIGHT - LEFT
PAD = 1.6 * mm
VPAD = 1.1 * mm
GREY = HexColor("#5f6b7a")
RULE = HexColor("#d5dbe3")
BAND = HexColor("#eef2f6")
BLACK = Color(0, 0, 0)
QR_SIZE = 26 * mm


@dataclass
class Block:
    """A piece of the page flow: ``draw(canvas, top)`` paints it below ``top``."""

    height: float
    draw: Callable[[Canvas, float], None]
    kind: str = "text"
    net: Decimal = ZERO


@dataclass(frozen=True)
class Column:
    """One column of the line table: key, header, left x, width and alignment."""

    key: str
    title: str
    x: float
    width: float
    align: str

    def put(self, canvas: Canvas, text: str, y: float) -> None:
        """Draw text in this column with the column's alignment (font already set)."""
        if self.align == "R":
            put_right(canvas, self.x + self.width - PAD, y, text)
        else:
            put(canvas, self.x + PAD, y, text)


#: font sizes of the line table (rows, header)
ROW_SIZE = 8.5
HEAD_SIZE = 7.8
#: the narrowest description column; below it the unit column gives way
MIN_DESCRIPTION = 42 * mm
#: with a description wider than this, each figure column gets up to ``AIR`` more room
ROOMY_DESCRIPTION = 70 * mm
AIR = 3 * mm


class Ctx:
    """Labels, formatters and the column layout of one document.

    The figure columns are as wide as their widest text (header, lines, and for the amount the
    net total that carried-forward rows may reach: up to 999.999.999,99 fits), so that no
    figure runs into its neighbour; the description takes the rest and wraps.
    """

    def __init__(self, doc: InvoiceDocument) -> None:
        self.doc = doc
        self.layout = doc.layout
        #: accent colour of headings, rules and the table header (company setting)
        self.accent = HexColor(doc.layout.accent_color)
        self.lang = doc.language
        #: amounts, quantities, rates and dates in the document language
        self.f = for_language(doc.language)
        self.t = lb.labels(doc.language)
        self.cells = {line: self._cells(line) for line in doc.lines}
        keys = ["pos", "description", "qty", "unit", "unit_price"]
        if any(line.discount_percent for line in doc.lines):
            keys.append("discount")
        if doc.shows_vat:
            keys.append("vat")
        keys.append("amount")
        # carried forward and subtotals never exceed the net total
        widest_amount = self.amount(max([abs(doc.totals.net)] + [abs(ln.net) for ln in doc.lines]))
        natural: dict[str, float] = {}
        for key in keys:
            if key == "description":
                continue
            texts = [self.t[key], *(cells.get(key, "") for cells in self.cells.values())]
            if key == "amount":
                texts.append(widest_amount)
            size = max(
                max(text_width(x, FONT, ROW_SIZE) for x in texts[1:]),
                text_width(texts[0], BOLD, HEAD_SIZE),
            )
            natural[key] = size + 2 * PAD
        flex = WIDTH - sum(natural.values())
        if flex > ROOMY_DESCRIPTION:  # room to spare: air between the figures
            extra = min(AIR, (flex - ROOMY_DESCRIPTION) / len(natural))
            natural = {key: width + extra for key, width in natural.items()}
            flex -= extra * len(natural)
        if flex < MIN_DESCRIPTION:  # very wide figures: the unit column gives way first
            natural["unit"] = max(10 * mm, natural["unit"] - (MIN_DESCRIPTION - flex))
            flex = max(MIN_DESCRIPTION, WIDTH - sum(natural.values()))
        x = LEFT
        self.columns: dict[str, Column] = {}
        for key in keys:
            w = natural.get(key, flex)
            align = "L" if key in ("pos", "description", "unit") else "R"
            self.columns[key] = Column(key, self.t[key], x, w, align)
            x += w

    def _cells(self, line: DocumentLine) -> dict[str, str]:
        """The printed figures of a line: quantity and price as entered (no rounding)."""
        return {
            "pos": str(line.position),
            "qty": self.f.quantity(line.quantity),
            "unit": lb.unit_name(self.lang, line.unit),
            "unit_price": self.f.price(line.unit_price),
            "discount": self.f.percent(line.discount_percent) if line.discount_percent else "",
            "vat": self.f.percent(line.vat_rate),
            "amount": self.amount(line.net),
        }

    def amount(self, value: Decimal) -> str:
        """Amount without currency."""
        return self.f.amount(value)

    def money(self, value: Decimal) -> str:
        """Amount with currency."""
        return self.f.money_sign(value, self.doc.currency)

    def date(self, value: date | None) -> str:
        """Date in the document language."""
        return self.f.date(value)

    def label_column(self) -> Column:
        """The column left of the amount, where "Carried forward" and "Subtotal" end."""
        keys = list(self.columns)
        return self.columns[keys[keys.index("amount") - 1]]


def table_header(ctx: Ctx) -> Block:
    """The column header band, repeated on every page with lines."""
    height = 6.5 * mm

    def draw(c: Canvas, top: float) -> None:
        c.setFillColor(BAND)
        c.rect(LEFT, top - height, WIDTH, height, stroke=0, fill=1)
        c.setFillColor(ctx.accent)
        c.setFont(BOLD, 7.8)
        for col in ctx.columns.values():
            col.put(c, col.title, top - height + 2.2 * mm)
        c.setFillColor(BLACK)

    return Block(height, draw, "header")


def carry_row(ctx: Ctx, amount: Decimal, at_bottom: bool) -> Block:
    """ "Übertrag"/"Carried forward" row at the bottom of a page or the top of the next."""
    height = 6.5 * mm
    label = ctx.t["carried_bottom" if at_bottom else "carried_top"]
    amount_col, vat_col = ctx.columns["amount"], ctx.label_column()

    def draw(c: Canvas, top: float) -> None:
        c.setStrokeColor(ctx.accent)
        c.setLineWidth(0.6)
        rule_y = top - 0.8 * mm if at_bottom else top - height + 0.8 * mm
        c.line(ctx.columns["unit_price"].x, rule_y, RIGHT, rule_y)
        c.setFont(BOLD, 8.2)
        base = top - height + 2.4 * mm
        put_right(c, vat_col.x + vat_col.width - PAD, base, label)
        amount_col.put(c, ctx.amount(amount), base)

    return Block(height, draw, "carry")


def group_row(ctx: Ctx, label: str) -> Block:
    """A sub-heading for one part of a collective invoice."""
    height = 6.8 * mm

    def draw(c: Canvas, top: float) -> None:
        c.setFont(BOLD, 8.5)
        c.setFillColor(ctx.accent)
        put(c, LEFT + PAD, top - height + 2.3 * mm, label)
        c.setFillColor(BLACK)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        c.line(LEFT, top - height + 0.8 * mm, RIGHT, top - height + 0.8 * mm)

    return Block(height, draw, "group")


def subtotal_row(ctx: Ctx, amount: Decimal) -> Block:
    """The net subtotal under one part of a collective invoice (adds nothing to the total)."""
    height = 6.2 * mm
    amount_col = ctx.columns["amount"]

    def draw(c: Canvas, top: float) -> None:
        c.setFont(BOLD, 8.2)
        base = top - height + 2.2 * mm
        col = ctx.label_column()
        put_right(c, col.x + col.width - PAD, base, ctx.t["subtotal"])
        amount_col.put(c, ctx.amount(amount), base)

    return Block(height, draw, "subtotal")


def line_row(ctx: Ctx, line: DocumentLine) -> Block:
    """One invoice line; the description wraps, article number and period go below in grey."""
    cols = ctx.columns
    desc_w = cols["description"].width - 2 * PAD
    main = wrap(line.description, FONT, ROW_SIZE, desc_w)
    extra: list[str] = []
    if line.article_no:
        extra.append(f"{ctx.t['article']} {line.article_no}")
    if line.period_start and line.period_end:
        period = f"{ctx.date(line.period_start)} – {ctx.date(line.period_end)}"
        extra.append(f"{ctx.t['period']}: {period}")
    joined = "  ·  ".join(extra)
    if text_width(joined, FONT, 7.2) > desc_w:
        joined = "\n".join(extra)
    sub = wrap(joined, FONT, 7.2, desc_w) if extra else []
    height = 2 * VPAD + len(main) * 10.4 + len(sub) * 8.8 + 1.5
    cells = ctx.cells.get(line) or ctx._cells(line)

    def draw(c: Canvas, top: float) -> None:
        y = top - VPAD - 7.8
        c.setFont(FONT, ROW_SIZE)
        for key, text in cells.items():
            if key in cols and key != "description":
                cols[key].put(c, text, y)
        x = cols["description"].x + PAD
        for text in main:
            put(c, x, y, text)
            y -= 10.4
        if sub:
            c.setFont(FONT, 7.2)
            c.setFillColor(GREY)
            for text in sub:
                put(c, x, y + 1.2, text)
                y -= 8.8
            c.setFillColor(BLACK)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.line(LEFT, top - height, RIGHT, top - height)

    return Block(height, draw, "line", line.net)


def totals_block(ctx: Ctx) -> Block:
    """VAT summary per category and rate (left) and the document totals (right)."""
    doc, t = ctx.doc, ctx.t
    lead = 12.0
    rows = []
    for row in doc.totals.breakdown:
        name = ctx.f.percent(row.rate)
        if row.category.value != "S":
            name += f" ({t['cat_' + row.category.value]})"
        rows.append((name, ctx.amount(row.basis), ctx.amount(row.tax)))
    gross_label = t["gross_total_381" if doc.is_credit_note else "gross_total"]
    right_rows = [
        (t["net_total"], ctx.money(doc.totals.net)),
        (t["vat_total"], ctx.money(doc.totals.tax)),
    ]
    if not doc.shows_vat:
        return _small_business_total(ctx)
    height = max(len(rows) + 1, 3) * lead + 6 * mm

    def draw(c: Canvas, top: float) -> None:
        y = top - 5 * mm
        c.setFont(BOLD, 7.8)
        c.setFillColor(ctx.accent)
        put(c, LEFT, y, f"{t['vat_summary']} – {t['vat_rate']}")
        put_right(c, LEFT + 62 * mm, y, t["net_amount"])
        put_right(c, LEFT + 90 * mm, y, t["vat_amount"])
        c.setFillColor(BLACK)
        c.setStrokeColor(RULE)
        c.line(LEFT, y - 3.5, LEFT + 90 * mm, y - 3.5)
        c.setFont(FONT, 8.2)
        for name, basis, tax in rows:
            y -= lead
            put(c, LEFT, y, name)
            put_right(c, LEFT + 62 * mm, y, basis)
            put_right(c, LEFT + 90 * mm, y, tax)
        y = top - 5 * mm
        c.setFont(FONT, 8.8)
        for label, value in right_rows:
            put(c, 125 * mm, y, label)
            put_right(c, RIGHT, y, value)
            y -= lead
        c.setStrokeColor(ctx.accent)
        c.setLineWidth(0.8)
        c.line(125 * mm, y + lead - 4, RIGHT, y + lead - 4)
        c.setFont(BOLD, 10)
        put(c, 125 * mm, y - 2, gross_label)
        put_right(c, RIGHT, y - 2, ctx.money(doc.totals.gross))
        c.setLineWidth(0.4)
        c.line(125 * mm, y - 6, RIGHT, y - 6)
        c.line(125 * mm, y - 7.5, RIGHT, y - 7.5)

    return Block(height, draw, "totals")


def _small_business_total(ctx: Ctx) -> Block:
    """A small business (§ 19 UStG) shows no VAT: one total, double-underlined."""
    label = ctx.t["gross_total_381" if ctx.doc.is_credit_note else "total_small"]

    def draw(c: Canvas, top: float) -> None:
        y = top - 6 * mm
        c.setFont(BOLD, 10)
        put(c, 125 * mm, y, label)
        put_right(c, RIGHT, y, ctx.money(ctx.doc.totals.gross))
        c.setStrokeColor(ctx.accent)
        c.setLineWidth(0.4)
        c.line(125 * mm, y - 4, RIGHT, y - 4)
        c.line(125 * mm, y - 5.5, RIGHT, y - 5.5)

    return Block(12 * mm, draw, "totals")


def _paragraphs(c: Canvas, paragraphs: list[tuple[str, list[str]]], x: float, top: float) -> None:
    y = top
    for font, lines in paragraphs:
        c.setFont(font, 8.5)
        for text in lines:
            y -= 11
            put(c, x, y, text)
        y -= 4


def notes_block(ctx: Ctx) -> Block | None:
    """Tax wording (reverse charge, exemptions), corrected invoice and free notes."""
    doc, t = ctx.doc, ctx.t
    texts: list[tuple[str, str]] = []
    for cat in sorted(doc.categories - {"S"}):
        texts.append((BOLD, doc.exemption_text(cat)))
    if doc.is_credit_note and doc.preceding_invoice_number:
        number = doc.preceding_invoice_number
        key = "cancels" if doc.cancellation else "corrects"
        if doc.preceding_invoice_date:
            when = ctx.date(doc.preceding_invoice_date)
            texts.append((BOLD if doc.cancellation else FONT,
                          t[key].format(number=number, date=when)))  # fmt: skip
        else:
            texts.append((FONT, t[key + "_nodate"].format(number=number)))
    if not (doc.delivery_date or doc.period_start or any(line.period_start for line in doc.lines)):
        texts.append((FONT, t["delivery_is_issue"]))
    texts += [(FONT, note) for note in doc.notes]
    if not texts:
        return None
    paragraphs = [(font, wrap(text, font, 8.5, WIDTH)) for font, text in texts]
    height = sum(len(lines) * 11 + 4 for _, lines in paragraphs) + 3 * mm
    return Block(height, lambda c, top: _paragraphs(c, paragraphs, LEFT, top - 1 * mm))


def payment_block(ctx: Ctx) -> Block | None:
    """Payment request, terms, bank details and the EPC (GiroCode) QR code."""
    doc, t, seller = ctx.doc, ctx.t, ctx.doc.seller
    due = doc.amount_due
    texts: list[tuple[str, str]] = []
    if doc.is_credit_note:
        texts.append((FONT, credit_text(ctx)))
    elif due > ZERO and not ctx.layout.watermark:
        # a draft preview (watermarked) asks for no payment: its reference would be "DRAFT"
        key = "pay_until" if doc.due_date else "pay_now"
        when = ctx.date(doc.due_date) if doc.due_date else ""
        texts.append((FONT, t[key].format(amount=ctx.money(due), date=when, ref=doc.reference)))
    if doc.payment_terms:
        texts.append((FONT, doc.payment_terms))
    if doc.skonto is not None and due > ZERO:
        texts.append((FONT, lb.skonto_sentence(ctx.lang, doc.skonto, doc.currency)))
    if seller.iban and not doc.is_credit_note:
        account = [f"IBAN {_iban(seller.iban)}", f"BIC {seller.bic}" if seller.bic else ""]
        bank = f"{t['bank']}: {seller.bank_name}\n" if seller.bank_name else f"{t['bank']}:\n"
        texts.append((FONT, bank + "  ·  ".join(p for p in account if p)))
    matrix = None
    wants_qr = ctx.layout.show_payment_qr and not doc.is_credit_note
    # the EPC QR code carries the full amount (paying in time for Skonto is not assumed) and
    # at most 999,999,999.99 (EPC069-12); above that the transfer is typed by hand
    if wants_qr and seller.iban and doc.currency == "EUR" and ZERO < due <= MAX_AMOUNT:
        matrix = epc_matrix(seller.name, seller.iban, seller.bic, due, doc.reference)
    if not texts and matrix is None:
        return None
    text_w = WIDTH - (QR_SIZE + 8 * mm if matrix else 0)
    paragraphs = [(font, wrap(text, font, 8.5, text_w)) for font, text in texts]
    text_h = 14 + sum(len(lines) * 11 + 4 for _, lines in paragraphs)
    caption = wrap(t["qr_caption"], FONT, 5.8, QR_SIZE + 2 * mm) if matrix else []
    height = max(text_h, QR_SIZE + 4 * mm + 7 * len(caption) if matrix else 0) + 3 * mm

    def draw(c: Canvas, top: float) -> None:
        c.setFont(BOLD, 9)
        c.setFillColor(ctx.accent)
        put(c, LEFT, top - 4 * mm, t["payment"])
        c.setFillColor(BLACK)
        _paragraphs(c, paragraphs, LEFT, top - 4 * mm - 3)
        if matrix is not None:
            x = RIGHT - QR_SIZE
            draw_qr(c, matrix, x, top - 2 * mm - QR_SIZE, QR_SIZE)
            c.setFont(FONT, 5.8)
            c.setFillColor(GREY)
            y = top - QR_SIZE - 4.6 * mm
            for text in caption:
                put_centred(c, x + QR_SIZE / 2, y, text)
                y -= 7
            c.setFillColor(BLACK)

    return Block(height, draw, "payment")


def credit_text(ctx: Ctx) -> str:
    """What happens to a credit note's amount: refunded only when the invoice was paid (or
    there is none); otherwise offset against it - a cancellation says nothing is to be paid."""
    doc, t = ctx.doc, ctx.t
    number = doc.preceding_invoice_number
    if doc.refund_due or not number:
        return t["refund"].format(amount=ctx.money(doc.amount_due))
    if doc.cancellation:
        return t["nothing_due"].format(number=number)
    return t["offset"].format(amount=ctx.money(doc.amount_due), number=number)


def _iban(value: str) -> str:
    compact = value.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def end_blocks(ctx: Ctx) -> list[Block]:
    """Everything after the line table, in order."""
    blocks = [totals_block(ctx), notes_block(ctx), payment_block(ctx)]
    return [b for b in blocks if b is not None]
