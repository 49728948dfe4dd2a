"""Applying the tax decision (:mod:`invoicedesk.domain.tax`) to the lines of a document.

Drafts, billing runs (their drafts), collective invoices (merged drafts) and service contracts
all go through :func:`treat_lines`: a line whose category is left empty gets the decided
category and rate; a line (or a whole document, ``treatment``) with a category chosen by hand
keeps it, and when that differs from the decision the line is marked as overridden and a
warning says so — shown to the clerk and written into the case history.

A line's ``vat_rate`` as entered is its *domestic* rate (the article's or the one typed); a
zero-rate decision stores 0 %, and the domestic rate is kept in the draft settings so that a
change of customer decides again from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Protocol, TypeVar

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import Message
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.tax import (
    SupplyKind,
    TaxDecision,
    TaxFacts,
    decide_tax,
    override_warning,
)
from invoicedesk.domain.totals import ZERO_RATE_CATEGORIES, VatCategory

#: the category of a line whose treatment is decided automatically
AUTO = ""
L = TypeVar("L", bound=Any)


class TaxBuyer(Protocol):
    """The customer facts the decision reads (a ``Party`` or a ``CustomerChoice``)."""

    @property
    def country(self) -> str: ...

    @property
    def business(self) -> bool: ...

    @property
    def vat_id(self) -> str | None: ...


class TaxSeller(Protocol):
    """The company facts the decision reads (``CompanySettings``)."""

    @property
    def country(self) -> str: ...

    @property
    def vat_id(self) -> str | None: ...

    @property
    def small_business(self) -> bool: ...


class TaxLine(Protocol):
    """A line with a domestic rate, a category (``""`` = decide) and a kind."""

    @property
    def vat_rate(self) -> Decimal: ...

    @property
    def vat_category(self) -> str: ...

    @property
    def kind(self) -> str: ...


@dataclass(frozen=True)
class TreatedLine:
    """The category and rate a line gets, whether that was chosen by hand, and the decision."""

    category: str
    rate: Decimal
    override: bool
    decision: TaxDecision


def supply_kind(value: str | None) -> SupplyKind:
    """``goods``/``service`` as the enum; refuses anything else in one sentence."""
    try:
        return SupplyKind(value or SupplyKind.GOODS.value)
    except ValueError:
        raise ValidationError(
            "{value!r} is neither goods nor service.", value=value
        ) from None


def category_of(value: str, position: int) -> VatCategory:
    """A category code as the enum, refused with the line's number when unknown."""
    try:
        return VatCategory(value)
    except ValueError:
        raise ValidationError(
            "Line {i}: {line_vat_category!r} is not a VAT category code.",
            i=position,
            line_vat_category=value,
        ) from None


def decide_line(seller: TaxSeller, buyer: TaxBuyer, kind: str, rate: Decimal) -> TaxDecision:
    """The automatic decision for one line of ``seller`` to ``buyer``."""
    return decide_tax(
        TaxFacts(
            seller_country=seller.country or "DE",
            buyer_country=buyer.country or seller.country or "DE",
            buyer_business=bool(buyer.business),
            buyer_vat_id=buyer.vat_id,
            seller_vat_id=seller.vat_id,
            small_business=bool(seller.small_business),
            kind=supply_kind(kind),
            rate=rate,
        )
    )


def treat_line(
    seller: TaxSeller,
    buyer: TaxBuyer,
    line: TaxLine,
    position: int,
    treatment: str | None = None,
) -> TreatedLine:
    """The treatment of one line: decided, or the category chosen (for the line or the whole
    document), marked as an override when it differs from the decision."""
    decision = decide_line(seller, buyer, line.kind, line.vat_rate)
    chosen = treatment or line.vat_category or AUTO
    if chosen == AUTO:
        return TreatedLine(decision.category.value, decision.rate, False, decision)
    category = category_of(chosen, position)
    if category is VatCategory.STANDARD and line.vat_rate == ZERO:
        category = VatCategory.ZERO_RATED  # standard at 0 %: a zero-rated supply
    rate = ZERO if category in ZERO_RATE_CATEGORIES else line.vat_rate
    override = category is not decision.category or rate != decision.rate
    return TreatedLine(category.value, rate, override, decision)


def treat_lines(
    seller: TaxSeller,
    buyer: TaxBuyer,
    lines: Sequence[TaxLine],
    treatment: str | None = None,
) -> tuple[list[TreatedLine], list[Message]]:
    """Every line's treatment and the warnings: the decisions' own (e.g. an EU business
    without VAT ID) and one per line whose category was chosen by hand against them."""
    treated: list[TreatedLine] = []
    warnings: list[Message] = []
    for position, line in enumerate(lines, start=1):
        result = treat_line(seller, buyer, line, position, treatment)
        treated.append(result)
        for warning in result.decision.warnings:
            if warning not in warnings:
                warnings.append(warning)
        if result.override:
            chosen = VatCategory(result.category)
            warnings.append(override_warning(result.decision.category, chosen, position))
    return treated, warnings


def effective_rate(category: str, rate: Decimal) -> Decimal:
    """The rate charged on a stored line that keeps its domestic rate (contracts, orders):
    0 % under a zero-rate category."""
    return ZERO if VatCategory(category or "S") in ZERO_RATE_CATEGORIES else rate


def apply_treatment(lines: Sequence[L], treated: Sequence[TreatedLine]) -> list[L]:
    """The lines (dataclasses with ``vat_category`` and ``vat_rate``) with their treatment."""
    return [
        replace(line, vat_category=t.category, vat_rate=t.rate)
        for line, t in zip(lines, treated, strict=True)
    ]
