"""An issued document as plain, immutable data, independent of the ORM.

Services build an :class:`InvoiceDocument` from a case snapshot with
:meth:`InvoiceDocument.create`, which computes line nets and totals with
:func:`invoicedesk.domain.totals.compute_totals` (EN 16931 rules). The renderers and the
e-invoice writer only read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Literal

from invoicedesk.documents.labels import labels
from invoicedesk.documents.layout_options import DEFAULT_LAYOUT, LayoutOptions
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.skonto import Skonto
from invoicedesk.domain.totals import LineInput, Totals, VatCategory, compute_totals

Language = Literal["de", "en", "nl"]
TYPE_INVOICE = "380"
TYPE_CREDIT_NOTE = "381"
LANGUAGES: tuple[str, ...] = ("de", "en", "nl")


@dataclass(frozen=True)
class Seller:
    """The issuing company (BG-4) with the data §14 UStG asks for on every invoice."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str = "DE"
    vat_id: str | None = None
    tax_number: str | None = None
    register_court: str | None = None
    register_number: str | None = None
    managing_director: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    iban: str | None = None
    bic: str | None = None
    bank_name: str | None = None
    logo: bytes | None = field(default=None, repr=False)
    #: small business under § 19 UStG: no VAT shown, the exemption wording is printed
    small_business: bool = False


@dataclass(frozen=True)
class Buyer:
    """The customer (BG-7); public-sector buyers in Germany have a Leitweg-ID."""

    name: str
    street: str
    postal_code: str
    city: str
    country: str = "DE"
    vat_id: str | None = None
    email: str | None = None
    buyer_reference: str | None = None
    #: the address supplement (building, floor, c/o), printed below the street
    address_line2: str = ""
    leitweg_id: str | None = None
    customer_number: str | None = None
    contact: str | None = None

    @property
    def reference_for_bt10(self) -> str | None:
        """Buyer reference (BT-10): the Leitweg-ID when present, else the buyer's reference."""
        return self.leitweg_id or self.buyer_reference


@dataclass(frozen=True)
class DocumentLine:
    """One invoice line (BG-25). ``net`` is quantity x price less discount, rounded to cents."""

    position: int
    description: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    vat_rate: Decimal
    vat_category: str = VatCategory.STANDARD.value
    discount_percent: Decimal = ZERO
    article_no: str | None = None
    net: Decimal = ZERO
    period_start: date | None = None
    period_end: date | None = None
    group: str | None = None

    def as_line_input(self) -> LineInput:
        """The input :func:`compute_totals` expects for this line."""
        return LineInput(
            quantity=self.quantity,
            unit_price=self.unit_price,
            vat_rate=self.vat_rate,
            vat_category=VatCategory(self.vat_category),
            discount_percent=self.discount_percent,
        )


@dataclass(frozen=True)
class InvoiceDocument:
    """An issued invoice (380) or credit note (381), ready to render or serialise."""

    type_code: str
    number: str
    issue_date: date
    seller: Seller
    buyer: Buyer
    lines: tuple[DocumentLine, ...]
    totals: Totals
    currency: str = "EUR"
    language: Language = "de"
    delivery_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    due_date: date | None = None
    payment_reference: str | None = None
    payment_terms: str | None = None
    notes: tuple[str, ...] = ()
    preceding_invoice_number: str | None = None
    preceding_invoice_date: date | None = None
    exemption_reason: str | None = None
    #: cash discount (percent within days), printed and in BT-20 (``#SKONTO#``)
    skonto: Skonto | None = None
    #: how the PDF looks (logo, accent colour, footer note, QR code); not part of the e-invoice
    layout: LayoutOptions = DEFAULT_LAYOUT
    #: a credit note that cancels the preceding invoice (the PDF says so)
    cancellation: bool = False
    #: a credit note whose amount is paid back (the invoice was paid); otherwise it is offset
    #: against the preceding invoice
    refund_due: bool = True

    def __post_init__(self) -> None:
        if self.type_code not in (TYPE_INVOICE, TYPE_CREDIT_NOTE):
            raise ValidationError(
                "Document type {type_code!r} is neither 380 nor 381.", type_code=self.type_code
            )
        if self.language not in LANGUAGES:
            raise ValidationError(
                "Document language {language!r} is not de, en or nl.", language=self.language
            )
        if not self.lines:
            raise ValidationError("Invoice {number} has no lines.", number=self.number)
        if tuple(line.net for line in self.lines) != self.totals.line_nets:
            raise ValidationError(
                "The line amounts of {number} do not match its totals.", number=self.number
            )

    @classmethod
    def create(cls, *, lines: Iterable[DocumentLine], **fields: object) -> InvoiceDocument:
        """Build a document: line nets and totals are computed here, never passed in.

        ``fields`` are the remaining dataclass fields (``type_code``, ``number``, ...).
        """
        raw = tuple(lines)
        totals = compute_totals(line.as_line_input() for line in raw)
        priced = tuple(
            replace(line, net=net) for line, net in zip(raw, totals.line_nets, strict=True)
        )
        return cls(lines=priced, totals=totals, **fields)  # type: ignore[arg-type]

    @property
    def is_credit_note(self) -> bool:
        """True for a credit note (type 381)."""
        return self.type_code == TYPE_CREDIT_NOTE

    @property
    def categories(self) -> frozenset[str]:
        """The VAT category codes used on this document."""
        return frozenset(b.category.value for b in self.totals.breakdown)

    @property
    def is_reverse_charge(self) -> bool:
        """True if any line is reverse charge (AE)."""
        return VatCategory.REVERSE_CHARGE.value in self.categories

    @property
    def amount_due(self) -> Decimal:
        """The amount to pay (BT-115); nothing is prepaid in this application."""
        return self.totals.gross

    def exemption_text(self, category: str) -> str:
        """The printed reason (BT-120) of a zero-rate category: the clerk's text, else the
        wording of the category in the document's language (§ 19 UStG for a small business)."""
        if self.exemption_reason:
            return self.exemption_reason
        wording = labels(self.language)
        return wording["E_small" if category == "E" and self.seller.small_business else category]

    @property
    def shows_vat(self) -> bool:
        """False for a small business (§ 19 UStG): no VAT column, rates or VAT totals."""
        return not self.seller.small_business

    @property
    def reference(self) -> str:
        """The remittance text for transfers: the payment reference or the number."""
        return self.payment_reference or self.number
