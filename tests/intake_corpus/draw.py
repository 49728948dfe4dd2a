"""A small pen over a reportlab canvas: fonts, aligned text, the parts every layout shares."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .content import Invoice

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "DejaVu": ("CorpusDejaVu", "CorpusDejaVu-Bold"),
}
W, H = A4
_registered = False


def register() -> None:
    """Register the embedded TrueType font (for no-break spaces, minus signs, apostrophes)."""
    global _registered
    if not _registered:
        pdfmetrics.registerFont(TTFont("CorpusDejaVu", str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("CorpusDejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
        _registered = True


class Pen:
    """Draws text at top-left based coordinates (``y`` measured from the top of the page)."""

    def __init__(self, canvas: Canvas, family: str) -> None:
        register()
        self.c = canvas
        self.regular, self.bold = FAMILIES[family]

    def font(self, size: float, bold: bool = False) -> None:
        """Select the font for the next texts."""
        self.c.setFont(self.bold if bold else self.regular, size)

    def text(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        """Left-aligned text whose top lies ``y`` points below the page top."""
        self.font(size, bold)
        self.c.drawString(x, H - y - size, text)

    def right(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        """Right-aligned text ending at ``x``."""
        self.font(size, bold)
        self.c.drawRightString(x, H - y - size, text)

    def center(self, x: float, y: float, text: str, size: float = 9, bold: bool = False) -> None:
        """Centred text."""
        self.font(size, bold)
        self.c.drawCentredString(x, H - y - size, text)

    def fit(
        self, x: float, y: float, text: str, width: float, size: float = 9, bold: bool = False
    ) -> None:
        """Left-aligned text, its font made smaller until it fits ``width`` (as a clerk's
        layout program would do for a long value in a box)."""
        while size > 5 and self.width(text, size, bold) > width:
            size -= 0.5
        self.text(x, y, text, size, bold)

    def width(self, text: str, size: float = 9, bold: bool = False) -> float:
        """Width of a text in points."""
        return float(pdfmetrics.stringWidth(text, self.bold if bold else self.regular, size))

    def rule(self, x0: float, y: float, x1: float, width: float = 0.5) -> None:
        """A horizontal line."""
        self.c.setLineWidth(width)
        self.c.line(x0, H - y, x1, H - y)

    def box(self, x: float, y: float, w: float, h: float, fill: str | None = None) -> None:
        """A rectangle (``y`` is its top)."""
        if fill:
            self.c.setFillColor(fill)
        self.c.rect(x, H - y - h, w, h, stroke=1, fill=1 if fill else 0)
        self.c.setFillColor("black")

    def logo(self, x: float, y: float, inv: Invoice) -> None:
        """A logo without text: coloured shapes only (the name is not in the text layer)."""
        self.c.setFillColor("#1d4ed8")
        self.c.circle(x + 18, H - y - 18, 18, stroke=0, fill=1)
        self.c.setFillColor("#f59e0b")
        self.c.rect(x + 30, H - y - 30, 60, 12, stroke=0, fill=1)
        self.c.setFillColor("black")


def address_lines(company: object, *, country_name: bool = True) -> list[str]:
    """Name, street and city (and the country code) of a company."""
    lines = [company.name, company.street, company.city_line]  # type: ignore[attr-defined]
    if country_name:
        lines.append(COUNTRY_NAMES.get(company.country, company.country))  # type: ignore[attr-defined]
    return lines


COUNTRY_NAMES = {"DE": "Deutschland", "AT": "Österreich", "CH": "Schweiz", "NL": "Nederland",
                 "BE": "België", "FR": "France", "LU": "Luxembourg", "GB": "United Kingdom",
                 "IE": "Ireland", "NO": "Norway"}  # fmt: skip


def item_table(pen: Pen, inv: Invoice, y: float, x0: float = 50, x1: float = 545) -> float:
    """The line table (header and rows); returns the y below it."""
    size = 8.5
    cols = (x0, x0 + 28, x1 - 170, x1 - 95, x1)
    pen.rule(x0, y - 3, x1)
    pen.text(cols[0], y, inv.word("col_pos"), size, bold=True)
    pen.text(cols[1], y, inv.word("col_desc"), size, bold=True)
    pen.right(cols[2] + 20, y, inv.word("col_qty"), size, bold=True)
    pen.right(cols[3] + 25, y, inv.word("col_price"), size, bold=True)
    pen.right(cols[4], y, inv.word("col_amount"), size, bold=True)
    y += 14
    pen.rule(x0, y - 3, x1)
    for number, line in enumerate(inv.lines, start=1):
        pen.text(cols[0], y, str(number), size)
        rate = f" ({inv.rate(line.rate)} %)" if len({ln.rate for ln in inv.lines}) > 1 else ""
        pen.text(cols[1], y, line.description + rate, size)
        places = 0 if line.quantity == line.quantity.to_integral() else 2
        pen.right(cols[2] + 20, y, inv.plain(line.quantity, places), size)
        pen.right(cols[3] + 25, y, inv.plain(line.unit_price), size)
        pen.right(cols[4], y, inv.plain(line.amount) if inv.money_style.currency == "none"
                  else inv.amount(line.amount), size)  # fmt: skip
        y += 13
    pen.rule(x0, y - 2, x1)
    return y + 8


def totals_rows(inv: Invoice) -> list[tuple[str, str, bool]]:
    """``(label, amount, bold)`` rows of the totals block in the usual order."""
    rows: list[tuple[str, str, bool]] = []
    if inv.discount_rate or inv.shipping:
        rows.append((inv.word("subtotal"), inv.amount(inv.subtotal), False))
        if inv.discount_rate:
            rows.append((inv.word("discount", rate=inv.discount_rate), inv.amount(-inv.discount),
                         False))  # fmt: skip
        if inv.shipping:
            rows.append((inv.word("shipping"), inv.amount(inv.shipping), False))
    taxes = inv.taxes()
    if inv.gross_prices:
        rows.append((inv.word("gross"), inv.amount(inv.gross), True))
        for rate, _base, tax in taxes:
            rows.append((TAX_INCLUDED[inv.language].format(rate=inv.rate(rate)), inv.amount(tax),
                         False))  # fmt: skip
        rows.append((inv.word("net"), inv.amount(inv.net), False))
    else:
        net_label = inv.word("net") if inv.discount_rate or inv.shipping else inv.word("net_row")
        rows.append((net_label, inv.amount(inv.net), False))
        for rate, _base, tax in taxes:
            label = (
                REVERSE[inv.language]
                if inv.reverse_charge
                else inv.word("tax", rate=inv.rate(rate))
            )
            rows.append((label, inv.amount(tax), False))
        rows.append((inv.word("gross"), inv.amount(inv.gross), True))
    if inv.prepaid:
        rows.append((inv.word("prepaid", date=inv.date(inv.prepaid_date)), inv.amount(-inv.prepaid),
                     False))  # fmt: skip
        rows.append((inv.word("amount_due"), inv.amount(inv.gross - inv.prepaid), True))
    return rows


TAX_INCLUDED = {"de": "enthaltene MwSt. {rate} %", "en": "includes VAT {rate}%",
                "nl": "waarvan btw {rate}%", "fr": "dont TVA {rate} %"}  # fmt: skip
REVERSE = {"de": "USt. 0 % (Reverse Charge)", "en": "VAT 0% (reverse charge)",
           "nl": "BTW verlegd 0%", "fr": "TVA 0 % (autoliquidation)"}  # fmt: skip
REVERSE_NOTE = {
    "de": "Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG).",
    "en": "Reverse charge: VAT to be accounted for by the recipient.",
    "nl": "Btw verlegd naar de afnemer.",
    "fr": "Autoliquidation : TVA due par le preneur.",
}


def due_texts(inv: Invoice) -> tuple[str | None, str | None]:
    """``(label line, terms sentence)`` for the due date, as the invoice's ``due_mode`` wants."""
    label = f"{inv.word('due_date')}: {inv.date(inv.due_date)}"
    terms = inv.word("terms", days=inv.terms_days)
    if inv.due_mode == "none":  # printed elsewhere already
        return None, None
    if inv.due_mode == "label":
        return label, None
    if inv.due_mode == "terms":
        return None, terms
    return label, terms


def currency_note(inv: Invoice) -> str | None:
    """ "All amounts in EUR" when the amounts carry no currency."""
    if inv.money_style.currency == "none":
        return inv.word("currency_note", code=inv.currency)
    return None
