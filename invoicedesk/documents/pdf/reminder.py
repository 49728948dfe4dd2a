"""The payment reminder PDF: the invoice's letterhead and footer
(:func:`~invoicedesk.documents.pdf.render.draw_letterhead`, :func:`~invoicedesk.documents.pdf.
render.draw_footer`), the level's title and letter, a table of the amounts (invoice, already
paid or credited, open amount, fees, default interest per period with its rate, the total),
the payment request with bank details and the EPC QR code ("GiroCode") for the total."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from invoicedesk.documents.labels import REMINDER_LABELS
from invoicedesk.documents.pdf import blocks as pb
from invoicedesk.documents.pdf.kit import BOLD, FONT, draw_qr, epc_matrix, register_fonts, wrap
from invoicedesk.documents.pdf.render import PAGE_H, content_bottom, draw_footer, draw_letterhead
from invoicedesk.documents.reminder import ReminderLetter
from invoicedesk.domain.money import ZERO

TOP_FIRST = PAGE_H - 98 * mm
TOP_NEXT = PAGE_H - 30 * mm
AMOUNT_X = pb.RIGHT
TEXT_SIZE = 9.0
LEAD = 12.0


@dataclass
class _Part:
    """A piece of the page flow with its height."""

    height: float
    draw: Callable[[Canvas, float], None]


def _paragraph(text: str, font: str = FONT, size: float = TEXT_SIZE, gap: float = 6) -> _Part:
    lines = wrap(text, font, size, pb.WIDTH)

    def draw(c: Canvas, top: float) -> None:
        c.setFont(font, size)
        y = top - size
        for line in lines:
            c.drawString(pb.LEFT, y, line)
            y -= LEAD

    return _Part(len(lines) * LEAD + gap, draw)


def _row(label: str, amount: str, *, bold: bool = False, rule: bool = False) -> _Part:
    label_lines = wrap(label, BOLD if bold else FONT, TEXT_SIZE, pb.WIDTH - 35 * mm)
    height = len(label_lines) * LEAD + 4 + (5 if rule else 0)

    def draw(c: Canvas, top: float) -> None:
        y = top - TEXT_SIZE - (5 if rule else 0) - 2
        if rule:
            c.setStrokeColor(pb.BLACK)
            c.setLineWidth(0.8)
            c.line(pb.RIGHT - 70 * mm, top - 2, pb.RIGHT, top - 2)
        c.setFont(BOLD if bold else FONT, TEXT_SIZE)
        for line in label_lines:
            c.drawString(pb.LEFT + pb.PAD, y, line)
            y -= LEAD
        c.drawRightString(AMOUNT_X - pb.PAD, top - TEXT_SIZE - (5 if rule else 0) - 2, amount)
        c.setStrokeColor(pb.RULE)
        c.setLineWidth(0.3)
        c.line(pb.LEFT, top - height, pb.RIGHT, top - height)

    return _Part(height, draw)


def _amounts(ctx: pb.Ctx, r: ReminderLetter) -> list[_Part]:
    t, doc = REMINDER_LABELS[ctx.lang], r.invoice
    rows = [
        _row(
            t["item"].format(number=doc.number, date=ctx.date(doc.issue_date),
                             due=ctx.date(doc.due_date)),
            ctx.money(doc.totals.gross),
        )
    ]  # fmt: skip
    settled = doc.totals.gross - r.open_amount
    if settled:
        rows.append(_row(t["paid"], ctx.money(-settled)))
    rows.append(_row(t["open"].format(days=r.days_overdue), ctx.money(r.open_amount), bold=True))
    if r.earlier_fees:
        rows.append(_row(t["earlier_fees"], ctx.money(r.earlier_fees)))
    if r.fee:
        rows.append(_row(t["fee"], ctx.money(r.fee)))
    for part in r.interest_parts:
        label = t["interest"].format(
            rate=ctx.f.percent(part.rate), start=ctx.date(part.start),
            end=ctx.date(part.end), days=part.days,
        )  # fmt: skip
        rows.append(_row(label, ctx.money(part.amount)))
    rows.append(_row(t["total"], ctx.money(r.total), bold=True, rule=True))
    return rows


def _payment(ctx: pb.Ctx, r: ReminderLetter) -> _Part:
    """The payment request, the bank details and the EPC QR code for the total."""
    t, seller = REMINDER_LABELS[ctx.lang], r.invoice.seller
    texts = [t["pay"].format(amount=ctx.money(r.total), date=ctx.date(r.pay_by), ref=r.reference)]
    if seller.iban:
        account = "  ·  ".join(
            p for p in (f"IBAN {pb._iban(seller.iban)}", f"BIC {seller.bic}" if seller.bic else "")
            if p
        )
        bank = f"{ctx.t['bank']}: {seller.bank_name}" if seller.bank_name else ctx.t["bank"]
        texts.append(f"{bank}\n{account}")
    matrix = None
    wants_qr = ctx.layout.show_payment_qr and seller.iban and r.invoice.currency == "EUR"
    if wants_qr and r.total > ZERO and seller.iban:
        matrix = epc_matrix(seller.name, seller.iban, seller.bic, r.total, r.reference)
    width = pb.WIDTH - (pb.QR_SIZE + 8 * mm if matrix else 0)
    lines = [line for text in texts for line in [*wrap(text, FONT, TEXT_SIZE, width), ""]]
    caption = wrap(ctx.t["qr_caption"], FONT, 5.8, pb.QR_SIZE + 2 * mm) if matrix else []
    height = max(14 + len(lines) * LEAD, pb.QR_SIZE + 6 * mm + 7 * len(caption) if matrix else 0)

    def draw(c: Canvas, top: float) -> None:
        c.setFont(BOLD, 9)
        c.setFillColor(ctx.accent)
        c.drawString(pb.LEFT, top - 4 * mm, ctx.t["payment"])
        c.setFillColor(pb.BLACK)
        c.setFont(FONT, TEXT_SIZE)
        y = top - 4 * mm - 14
        for line in lines:
            c.drawString(pb.LEFT, y, line)
            y -= LEAD
        if matrix is not None:
            x = pb.RIGHT - pb.QR_SIZE
            draw_qr(c, matrix, x, top - 2 * mm - pb.QR_SIZE, pb.QR_SIZE)
            c.setFont(FONT, 5.8)
            c.setFillColor(pb.GREY)
            y = top - pb.QR_SIZE - 4.6 * mm
            for text in caption:
                c.drawCentredString(x + pb.QR_SIZE / 2, y, text)
                y -= 7
            c.setFillColor(pb.BLACK)

    return _Part(height + 4 * mm, draw)


def _flow(ctx: pb.Ctx, r: ReminderLetter) -> list[_Part]:
    t = REMINDER_LABELS[ctx.lang]
    parts = [_paragraph(t["greeting"], gap=8), _paragraph(r.letter, gap=10)]
    parts += _amounts(ctx, r)
    if r.interest_parts:
        basis = t["basis_consumer" if r.consumer else "basis_business"]
        parts.append(_paragraph(basis, size=7.6, gap=4))
    parts.append(_Part(4 * mm, lambda c, top: None))
    parts.append(_payment(ctx, r))
    closing = f"{t['closing']}\n{r.invoice.seller.name}"
    parts.append(_paragraph(closing, gap=0))
    return parts


def _info(ctx: pb.Ctx, r: ReminderLetter) -> list[tuple[str, str]]:
    t, doc = REMINDER_LABELS[ctx.lang], r.invoice
    rows = [(ctx.t["date"], ctx.date(r.reminder_date))]
    if doc.buyer.customer_number:
        rows.append((ctx.t["customer_no"], doc.buyer.customer_number))
    rows += [
        (ctx.t["number"], doc.number),
        (t["invoice_date"], ctx.date(doc.issue_date)),
        (t["due_since"], ctx.date(doc.due_date)),
        (t["level"], str(r.level)),
    ]
    return rows


def render_reminder_pdf(reminder: ReminderLetter) -> bytes:
    """The reminder as an A4 PDF in the invoice's language and the company's layout."""
    register_fonts()
    ctx = pb.Ctx(reminder.invoice)
    heading = REMINDER_LABELS[ctx.lang]["heading"].format(
        title=reminder.title, number=reminder.invoice.number
    )
    flow = _flow(ctx, reminder)
    bottom = content_bottom(ctx)
    pages: list[list[tuple[float, _Part]]] = [[]]
    y = TOP_FIRST - 10 * mm
    for part in flow:
        if y - part.height < bottom and pages[-1]:
            pages.append([])
            y = TOP_NEXT
        pages[-1].append((y, part))
        y -= part.height
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4, pageCompression=1, initialFontName=FONT)
    c.setTitle(heading)
    c.setAuthor(reminder.invoice.seller.name)
    c.setSubject(f"{heading} – {reminder.invoice.buyer.name}")
    c.setCreator("InvoiceDesk")
    for number, placed in enumerate(pages, start=1):
        if number == 1:
            draw_letterhead(c, ctx, _info(ctx, reminder))
            c.setFont(BOLD, 14)
            c.setFillColor(ctx.accent)
            c.drawString(pb.LEFT, TOP_FIRST, heading)
        else:
            c.setFont(BOLD, 10.5)
            c.setFillColor(ctx.accent)
            c.drawString(pb.LEFT, PAGE_H - 17 * mm, reminder.invoice.seller.name)
            c.setFont(FONT, 8.5)
            c.setFillColor(pb.GREY)
            c.drawString(pb.LEFT, PAGE_H - 23 * mm, heading)
        c.setFillColor(pb.BLACK)
        for top, part in placed:
            part.draw(c, top)
        draw_footer(c, ctx, number, len(pages))
        c.showPage()
    c.save()
    return buffer.getvalue()
