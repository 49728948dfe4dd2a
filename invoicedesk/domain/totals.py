"""Line and document totals by the EN 16931 rules.

Line net (BT-131) = quantity x net price, less the line discount, rounded to cents.
Per VAT category and rate: taxable amount (BT-116) = sum of line nets; tax (BT-117) =
taxable amount x rate, rounded to cents. Document net (BT-109) = sum of taxable amounts,
tax (BT-110) = sum of category taxes, gross (BT-112) = net + tax.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import ZERO, round_cents


class VatCategory(StrEnum):
    """UNTDID 5305 VAT category codes used by EN 16931."""

    STANDARD = "S"
    ZERO_RATED = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    INTRA_EU = "K"
    EXPORT = "G"
    NOT_SUBJECT = "O"


#: categories that must carry a rate of zero
ZERO_RATE_CATEGORIES = frozenset(
    {
        VatCategory.ZERO_RATED,
        VatCategory.EXEMPT,
        VatCategory.REVERSE_CHARGE,
        VatCategory.INTRA_EU,
        VatCategory.EXPORT,
        VatCategory.NOT_SUBJECT,
    }
)


@dataclass(frozen=True)
class LineInput:
    """One invoice line as entered: quantity, unit net price, discount in percent, VAT."""

    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    vat_category: VatCategory = VatCategory.STANDARD
    discount_percent: Decimal = ZERO


@dataclass(frozen=True)
class VatBreakdown:
    """One row of the VAT summary."""

    category: VatCategory
    rate: Decimal
    basis: Decimal
    tax: Decimal


@dataclass(frozen=True)
class Totals:
    """Document totals with the VAT summary."""

    net: Decimal
    tax: Decimal
    gross: Decimal
    breakdown: tuple[VatBreakdown, ...]
    line_nets: tuple[Decimal, ...]


def line_net(line: LineInput) -> Decimal:
    """Net amount of one line, rounded to cents."""
    if not ZERO <= line.discount_percent <= Decimal(100):
        raise ValidationError(
            "A discount of {line_discount_percent} % is not between 0 and 100.",
            line_discount_percent=line.discount_percent,
        )
    if line.vat_rate < ZERO or line.vat_rate > Decimal(100):
        raise ValidationError(
            "A VAT rate of {line_vat_rate} % is not possible.", line_vat_rate=line.vat_rate
        )
    if line.vat_category in ZERO_RATE_CATEGORIES and line.vat_rate != ZERO:
        raise ValidationError(
            "VAT category {vat_category_value} requires a rate of 0 %, not {line_vat_rate} %.",
            vat_category_value=line.vat_category.value,
            line_vat_rate=line.vat_rate,
        )
    gross_line = line.quantity * line.unit_price
    discount = gross_line * line.discount_percent / Decimal(100)
    return round_cents(gross_line - discount)


def compute_totals(lines: Sequence[LineInput] | Iterable[LineInput]) -> Totals:
    """Totals of a document: VAT summary per (category, rate) and the three sums."""
    nets: list[Decimal] = []
    groups: dict[tuple[VatCategory, Decimal], Decimal] = {}
    for line in lines:
        net = line_net(line)
        nets.append(net)
        key = (line.vat_category, line.vat_rate.normalize())
        groups[key] = groups.get(key, ZERO) + net
    breakdown = tuple(
        VatBreakdown(cat, rate, round_cents(basis), round_cents(basis * rate / Decimal(100)))
        for (cat, rate), basis in sorted(groups.items(), key=lambda kv: (kv[0][0], -kv[0][1]))
    )
    net_total = round_cents(sum((b.basis for b in breakdown), ZERO))
    tax_total = round_cents(sum((b.tax for b in breakdown), ZERO))
    return Totals(net_total, tax_total, net_total + tax_total, breakdown, tuple(nets))
