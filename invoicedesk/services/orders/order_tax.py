"""The tax of order lines, decided in one place: the category an order stores
(:mod:`invoicedesk.services.orders.orders`) and the order editor's live total both come from
:func:`order_line_tax`, so the editor shows what the order and its invoice will charge.

An order line keeps its *domestic* rate; its category (decided for the seller and the customer,
or reverse charge when the order says so) tells whether that rate is charged.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from invoicedesk.domain.tax import SupplyKind
from invoicedesk.domain.totals import LineInput, Totals, VatCategory, compute_totals
from invoicedesk.services.outgoing.drafts import ChargedTax
from invoicedesk.services.outgoing.tax_treatment import (
    AUTO,
    TaxBuyer,
    TaxSeller,
    TreatedLine,
    effective_rate,
    treat_line,
)


@dataclass(frozen=True)
class _Facts:
    """An order line's tax facts before it is stored."""

    vat_rate: Decimal
    vat_category: str
    kind: str


class TypedLine(Protocol):
    """An order line as typed in the editor (``OrderLineInput``)."""

    @property
    def quantity(self) -> Decimal: ...

    @property
    def article_no(self) -> str | None: ...

    @property
    def unit_price(self) -> Decimal | None: ...

    @property
    def vat_rate(self) -> Decimal | None: ...

    @property
    def discount_percent(self) -> Decimal: ...


def order_line_tax(
    seller: TaxSeller,
    buyer: TaxBuyer,
    rate: Decimal,
    kind: str,
    position: int,
    reverse_charge: bool,
) -> TreatedLine:
    """The category and rate of one order line (domestic ``rate``, ``kind`` goods/service):
    decided for ``seller`` and ``buyer``, or reverse charge when the order asks for it."""
    treatment = VatCategory.REVERSE_CHARGE.value if reverse_charge else None
    return treat_line(seller, buyer, _Facts(rate, AUTO, kind), position, treatment)


def charged_tax(
    seller: TaxSeller,
    buyer: TaxBuyer,
    rate: Decimal,
    kind: str,
    position: int,
    reverse_charge: bool,
) -> ChargedTax:
    """What one order line is charged: the category :func:`order_line_tax` decides and the
    rate that category charges (0 % under reverse charge, export, intra-EU, exempt) — what the
    order editor's *VAT %* column shows, as the collective view shows a draft's."""
    category = order_line_tax(seller, buyer, rate, kind, position, reverse_charge).category
    return ChargedTax(category, effective_rate(category, rate))


def priced_line(
    quantity: Decimal, unit_price: Decimal, discount: Decimal, rate: Decimal, category: str
) -> LineInput:
    """An order line for the totals: the domestic ``rate`` charged only under a category that
    charges it (0 % under reverse charge, export, intra-EU, exempt)."""
    return LineInput(
        quantity=quantity,
        unit_price=unit_price,
        vat_rate=effective_rate(category, rate),
        vat_category=VatCategory(category or VatCategory.STANDARD.value),
        discount_percent=discount,
    )


def live_totals(
    seller: TaxSeller,
    buyer: TaxBuyer,
    lines: Sequence[TypedLine],
    reverse_charge: bool,
    kinds: Mapping[str, str],
) -> Totals:
    """The totals of an order as typed, with the tax the order will store: lines without a
    price or rate yet are left out; ``kinds`` maps article numbers to goods/service (a line
    without a known article is goods, as when the order is stored)."""
    inputs = []
    for position, line in enumerate(lines, start=1):
        if line.unit_price is None or line.vat_rate is None:
            continue
        kind = kinds.get(line.article_no or "", SupplyKind.GOODS.value)
        treated = order_line_tax(seller, buyer, line.vat_rate, kind, position, reverse_charge)
        inputs.append(
            priced_line(
                line.quantity,
                line.unit_price,
                line.discount_percent,
                line.vat_rate,
                treated.category,
            )
        )
    return compute_totals(inputs)
