"""The content of one test invoice: parties, numbers, dates, lines, totals and their wording."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from .identities import COUNTRIES, Company, company
from .styles import (
    DATE_STYLES,
    NUMBER_STYLES,
    DateStyle,
    MoneyStyle,
    NumberStyle,
    money,
    pick,
)
from .vocab import ITEMS, word

CENT = Decimal("0.01")
VAT_RATES = {"DE": ("19", "7"), "AT": ("20", "10"), "CH": ("8.1", "2.6"), "NL": ("21", "9"),
             "BE": ("21", "6"), "FR": ("20", "5.5"), "LU": ("17", "8"), "GB": ("20", "5"),
             "IE": ("23", "13.5"), "NO": ("25", "15")}  # fmt: skip
MONEY_STYLES = (
    MoneyStyle("none", "minus"),
    MoneyStyle("code-after", "minus"),
    MoneyStyle("symbol-after", "minus"),
    MoneyStyle("symbol-before", "minus"),
    MoneyStyle("code-before", "minus"),
    MoneyStyle("symbol-before-space", "trailing"),
    MoneyStyle("none", "unicode-minus", holdout=True),
    MoneyStyle("code-before", "parens", holdout=True),
)
#: buyers: the companies that receive the invoices (the app's own company in real life)
BUYER_COUNTRIES = ("DE", "NL", "AT", "BE", "FR")


def cents(value: Decimal) -> Decimal:
    """Rounded to cents, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Line:
    """One item line."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    rate: str

    @property
    def amount(self) -> Decimal:
        """Quantity times price, rounded."""
        return cents(self.quantity * self.unit_price)


@dataclass
class Invoice:
    """Everything printed on one test invoice, with the styles to print it in."""

    language: str
    supplier: Company
    buyer: Company
    currency: str
    numbers: NumberStyle
    money_style: MoneyStyle
    date_style: DateStyle
    holdout: bool
    number: str
    customer_number: str
    order_number: str
    invoice_date: date
    order_date: date
    delivery_date: date
    print_date: date
    due_date: date
    due_mode: str  # "label", "terms", "both"
    terms_days: int
    lines: list[Line]
    gross_prices: bool
    reverse_charge: bool
    discount_rate: int
    shipping: Decimal
    prepaid: Decimal
    prepaid_date: date
    show_buyer_vat: bool
    direct_debit_iban: str | None
    ship_to: Company | None
    logo_only: bool
    font: str
    words: dict[str, str] = field(default_factory=dict)

    # --- amounts ------------------------------------------------------------------------

    @property
    def subtotal(self) -> Decimal:
        """Sum of the line amounts."""
        return sum((line.amount for line in self.lines), Decimal("0"))

    @property
    def discount(self) -> Decimal:
        """The discount on the subtotal (positive number)."""
        return cents(self.subtotal * self.discount_rate / 100)

    def taxes(self) -> list[tuple[str, Decimal, Decimal]]:
        """``(rate, base, tax)`` per VAT rate; prices incl. VAT are split back out."""
        if self.reverse_charge:
            return [("0", self.net, Decimal("0.00"))]
        result = []
        for rate in sorted({line.rate for line in self.lines}, key=Decimal, reverse=True):
            base = sum((ln.amount for ln in self.lines if ln.rate == rate), Decimal("0"))
            if rate == self.lines[0].rate:
                base = base - self.discount + self.shipping
            if self.gross_prices:
                tax = cents(base * Decimal(rate) / (100 + Decimal(rate)))
                result.append((rate, base - tax, tax))
            else:
                result.append((rate, base, cents(base * Decimal(rate) / 100)))
        return result

    @property
    def net(self) -> Decimal:
        """Net amount of the invoice."""
        if self.gross_prices:
            return sum((base for _r, base, _t in self.taxes()), Decimal("0"))
        return self.subtotal - self.discount + self.shipping

    @property
    def tax(self) -> Decimal:
        """Total VAT."""
        return sum((tax for _r, _b, tax in self.taxes()), Decimal("0"))

    @property
    def gross(self) -> Decimal:
        """Net plus VAT: the invoice total."""
        return self.net + self.tax

    # --- printing -----------------------------------------------------------------------

    def amount(self, value: Decimal) -> str:
        """An amount in this invoice's style."""
        return money(value, self.numbers, self.money_style, self.currency)

    def plain(self, value: Decimal, places: int = 2) -> str:
        """A number without currency (quantities, unit prices in tables)."""
        text = self.numbers.number(value, places)
        return f"-{text}" if value < 0 else text

    def date(self, value: date) -> str:
        """A date in this invoice's style."""
        return self.date_style.write(value, self.language)

    def word(self, key: str, **values: object) -> str:
        """The wording of ``key`` chosen for this invoice, with values filled in."""
        return self.words[key].format(**values)

    def rate(self, rate: str) -> str:
        """A VAT rate as printed (decimal mark of the invoice)."""
        return rate.replace(".", self.numbers.decimal)

    def expected(self) -> dict[str, str]:
        """The field values a perfect read-out gives."""
        return {
            "supplier_name": self.supplier.name,
            "supplier_vat_id": self.supplier.vat_id,
            "invoice_number": self.number,
            "invoice_date": self.invoice_date.isoformat(),
            "due_date": self.due_date.isoformat(),
            "currency": self.currency,
            "net": f"{self.net:.2f}",
            "tax": f"{self.tax:.2f}",
            "gross": f"{self.gross:.2f}",
            "iban": self.supplier.iban,
        }


WORD_KEYS = ("title", "invoice_number", "invoice_date", "due_date", "terms", "customer_number",
             "order_number", "order_date", "delivery_date", "print_date", "net", "subtotal",
             "discount", "shipping", "tax", "gross", "prepaid", "amount_due", "vat_id",
             "buyer_vat_id", "bill_to", "ship_to", "bank", "direct_debit", "currency_note",
             "page", "thanks", "col_pos", "col_desc", "col_qty", "col_price", "col_amount",
             "phone", "managing")  # fmt: skip
SUPPLIER_COUNTRIES = ("DE", "DE", "DE", "AT", "CH", "NL", "NL", "NL", "BE", "FR", "FR", "LU",
                      "GB", "GB", "IE", "NO")  # fmt: skip


def _invoice_number(rng: random.Random, year: int) -> str:
    n = rng.randrange(1, 99999)
    shape = rng.randrange(7)
    return (
        f"RE-{year}-{n:05d}",
        f"{year}-{n:04d}",
        f"F{year}/{n:04d}",
        f"INV-{rng.randrange(10**4, 10**6)}",
        str(rng.randrange(10**8, 10**9)),
        f"{year % 100}/{n:05d}",
        f"VF{rng.randrange(10**9, 10**10)}",
    )[shape]


def _lines(
    rng: random.Random, language: str, rates: tuple[str, str], two_rates: bool
) -> list[Line]:
    scale = rng.choice((Decimal("0.1"), Decimal("1"), Decimal("1"), Decimal("1"), Decimal("10"),
                        Decimal("10"), Decimal("100")))  # fmt: skip
    count = rng.choice((1, 2, 3, 3, 4, 5, 6, 8, 11) if scale < 100 else (1, 1, 2, 3))
    result = []
    for _ in range(count):
        quantity = Decimal(rng.choice(("1", "1", "1", "2", "3", "5", "10", "12", "2.5", "0.75")))
        price = cents(Decimal(rng.randrange(150, 45000)) / 100 * scale)
        rate = rates[1] if two_rates and rng.random() < 0.4 else rates[0]
        result.append(Line(rng.choice(ITEMS[language]), quantity, price, rate))
    if two_rates and all(line.rate == rates[0] for line in result):
        result[-1].rate = rates[1]
    if two_rates and result[0].rate != rates[0]:
        result[0].rate = rates[0]
    return result


def make_invoice(rng: random.Random, *, holdout: bool) -> Invoice:
    """A random invoice; ``holdout`` draws from the held-out variety too."""
    code = rng.choice(SUPPLIER_COUNTRIES)
    country = COUNTRIES[code]
    language = rng.choice(country.languages)
    supplier = company(rng, code, language)
    buyer_code = rng.choice([c for c in BUYER_COUNTRIES if c != code] + ["DE"])
    buyer = company(rng, buyer_code)
    family = country.numbers if language != "fr" or code != "CH" else "ch"
    if language == "en" and code not in ("GB", "IE", "NO"):
        family = "en"
    numbers = pick(rng, NUMBER_STYLES[family], holdout)
    date_styles = [s for s in DATE_STYLES if language in s.languages]
    invoice_date = date(2023, 1, 1) + timedelta(days=rng.randrange(0, 900))
    terms_days = rng.choice((7, 10, 14, 14, 20, 30, 30, 45, 60))
    two_rates = rng.random() < 0.15
    gross_prices = not two_rates and rng.random() < 0.1
    lines = _lines(rng, language, VAT_RATES[code], two_rates)
    reverse = not two_rates and not gross_prices and buyer_code != code and rng.random() < 0.12
    invoice = Invoice(
        language=language,
        supplier=supplier,
        buyer=buyer,
        currency=country.currency,
        numbers=numbers,  # type: ignore[arg-type]
        money_style=pick(rng, MONEY_STYLES, holdout),  # type: ignore[arg-type]
        date_style=pick(rng, date_styles, holdout),  # type: ignore[arg-type]
        holdout=holdout,
        number=_invoice_number(rng, invoice_date.year),
        customer_number=str(rng.randrange(10000, 999999)),
        order_number=f"{rng.choice(('A', 'B', 'PO-', ''))}{rng.randrange(10**5, 10**7)}",
        invoice_date=invoice_date,
        order_date=invoice_date - timedelta(days=rng.randrange(2, 40)),
        delivery_date=invoice_date - timedelta(days=rng.randrange(0, 10)),
        print_date=invoice_date + timedelta(days=rng.randrange(0, 3)),
        due_date=invoice_date + timedelta(days=terms_days),
        due_mode=rng.choice(("label", "label", "terms", "terms", "both")),
        terms_days=terms_days,
        lines=lines,
        gross_prices=gross_prices,
        reverse_charge=reverse,
        discount_rate=rng.choice((2, 3, 5, 10)) if not two_rates and rng.random() < 0.2 else 0,
        shipping=cents(Decimal(rng.randrange(490, 4990)) / 100)
        if not two_rates and rng.random() < 0.2
        else Decimal("0"),
        prepaid=Decimal("0"),
        prepaid_date=invoice_date - timedelta(days=rng.randrange(5, 30)),
        show_buyer_vat=rng.random() < 0.3 or reverse,
        direct_debit_iban=None,
        ship_to=company(rng, buyer_code) if rng.random() < 0.25 else None,
        logo_only=rng.random() < 0.15,
        font="DejaVu" if numbers.ttf or rng.random() < 0.3 else rng.choice(("Helvetica", "Times")),  # type: ignore[union-attr]
    )
    if rng.random() < 0.12:
        invoice.prepaid = cents(invoice.gross * Decimal(rng.choice(("0.3", "0.5"))))
    if rng.random() < 0.08 and invoice.prepaid == 0:
        invoice.direct_debit_iban = buyer.iban_printed
    invoice.words = {key: word(key, language, rng, holdout) for key in WORD_KEYS}
    # "Subtotal / VAT / Total": the subtotal is the net amount when nothing is added or taken off
    invoice.words["net_row"] = invoice.words["subtotal" if rng.random() < 0.35 else "net"]
    return invoice
