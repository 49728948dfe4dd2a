"""The VAT treatment of an outgoing invoice line, decided from the facts of the supply.

:func:`decide_tax` is a pure function: the seller's country and § 19 UStG small-business
status, the buyer's country, whether the buyer is a business and its VAT ID (validated with
python-stdnum), and whether the line is a supply of goods or a service give one
:class:`TaxDecision` — the EN 16931 category (UNTDID 5305), the rate and an explanation a
clerk can read. The cases (seller in Germany, the usual place-of-supply rules):

===========================================  ==========  ===================================
facts                                        category    rule
===========================================  ==========  ===================================
seller is a small business (§ 19 UStG)       E, 0 %      no VAT is charged or shown
buyer in the seller's country                S, rate     the line's (article's) rate
EU business with a valid VAT ID, service     AE, 0 %     reverse charge (§ 13b / Art. 196)
EU business with a valid VAT ID, goods       K, 0 %      intra-Community supply (§ 4 Nr. 1b)
EU consumer (or business without VAT ID)     S, rate     the seller's VAT (with a warning
                                                         for a business without VAT ID)
outside the EU, goods                        G, 0 %      export (§ 4 Nr. 1a)
outside the EU, service to a business        O, 0 %      not taxable here (§ 3a Abs. 2)
outside the EU, service to a consumer        S, rate     place of supply is the seller's
===========================================  ==========  ===================================

Distance sales to EU consumers above the OSS threshold and the special place-of-supply rules
(land, passenger transport, events) are not decided here: the clerk overrides those.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from stdnum.eu import vat as eu_vat
from stdnum.exceptions import ValidationError as StdnumError

from invoicedesk.domain.messages import Message, msg
from invoicedesk.domain.money import ZERO
from invoicedesk.domain.totals import VatCategory

#: the member states (ISO 3166 codes; stdnum lists Greece as "gr" and Northern Ireland "xi")
EU_COUNTRIES = frozenset(code.upper() for code in eu_vat.MEMBER_STATES if code != "xi")
#: the standard rate of the seller's country when a line names none (Germany)
STANDARD_RATE = Decimal("19")


class SupplyKind(StrEnum):
    """Whether a line supplies goods or a service (decides K vs AE and G vs O)."""

    GOODS = "goods"
    SERVICE = "service"


class TaxReason(StrEnum):
    """Why a line got its category; stored with the issued invoice."""

    DOMESTIC = "domestic"
    SMALL_BUSINESS = "small_business"
    EU_REVERSE_CHARGE = "eu_reverse_charge"
    EU_GOODS = "eu_goods"
    EU_CONSUMER = "eu_consumer"
    EXPORT = "export"
    NOT_TAXABLE = "not_taxable"
    FOREIGN_CONSUMER = "foreign_consumer"


@dataclass(frozen=True)
class TaxFacts:
    """What the decision depends on; ``rate`` is the line's domestic rate (article or typed)."""

    seller_country: str
    buyer_country: str
    buyer_business: bool
    buyer_vat_id: str | None = None
    seller_vat_id: str | None = None
    small_business: bool = False
    kind: SupplyKind = SupplyKind.GOODS
    rate: Decimal = STANDARD_RATE


@dataclass(frozen=True)
class TaxDecision:
    """The treatment of one line: category, rate, why, and what the clerk should check."""

    category: VatCategory
    rate: Decimal
    reason: TaxReason
    explanation: Message
    warnings: tuple[Message, ...] = ()

    @property
    def zero_rated(self) -> bool:
        """True when no VAT is charged on the line."""
        return self.rate == ZERO


def valid_vat_id(value: str | None) -> str | None:
    """The compact VAT ID when python-stdnum accepts it (format and check digits), else None."""
    if not value or not value.strip():
        return None
    try:
        return str(eu_vat.validate(value.strip()))
    except StdnumError:
        return None


def is_eu(country: str) -> bool:
    """True for an EU member state (``GR`` and ``EL`` both name Greece)."""
    code = country.strip().upper()
    return code in EU_COUNTRIES or code == "EL"


def _domestic(facts: TaxFacts, reason: TaxReason, text: Message, *warn: Message) -> TaxDecision:
    """The seller's own VAT at the line's rate (0 % is a zero-rated supply)."""
    category = VatCategory.STANDARD if facts.rate > ZERO else VatCategory.ZERO_RATED
    return TaxDecision(category, facts.rate, reason, text, tuple(warn))


def decide_tax(facts: TaxFacts) -> TaxDecision:
    """The VAT treatment of a line from the facts (see the module's table)."""
    seller = facts.seller_country.strip().upper()
    buyer = facts.buyer_country.strip().upper()
    if facts.small_business:
        return TaxDecision(
            VatCategory.EXEMPT,
            ZERO,
            TaxReason.SMALL_BUSINESS,
            msg("Small business (§ 19 UStG): no VAT is charged."),
        )
    if buyer == seller or not buyer:
        return _domestic(facts, TaxReason.DOMESTIC, msg("Domestic supply: VAT at the line's rate."))
    vat_id = valid_vat_id(facts.buyer_vat_id) if facts.buyer_business else None
    goods = facts.kind is SupplyKind.GOODS
    if is_eu(buyer):
        if vat_id is None:
            warnings: list[Message] = []
            if facts.buyer_business:
                warnings.append(
                    msg(
                        "The EU business customer has no valid VAT ID, so VAT is charged; "
                        "enter its VAT ID for a tax-free supply."
                    )
                )
            text = msg("Consumer in another EU country: VAT of the seller's country.")
            return _domestic(facts, TaxReason.EU_CONSUMER, text, *warnings)
        if not valid_vat_id(facts.seller_vat_id):
            return _domestic(
                facts,
                TaxReason.EU_CONSUMER,
                msg("EU business customer, but the company has no VAT ID: VAT is charged."),
                msg("Enter the company's VAT ID in the settings; EU supplies to businesses "
                    "are tax-free only with both VAT IDs."),
            )  # fmt: skip
        if goods:
            return TaxDecision(
                VatCategory.INTRA_EU,
                ZERO,
                TaxReason.EU_GOODS,
                msg("Intra-Community supply of goods to an EU business ({vat_id}): tax-free.",
                    vat_id=vat_id),
            )  # fmt: skip
        return TaxDecision(
            VatCategory.REVERSE_CHARGE,
            ZERO,
            TaxReason.EU_REVERSE_CHARGE,
            msg("Service to an EU business ({vat_id}): reverse charge, the customer owes the VAT.",
                vat_id=vat_id),
        )  # fmt: skip
    if goods:
        return TaxDecision(
            VatCategory.EXPORT,
            ZERO,
            TaxReason.EXPORT,
            msg("Export of goods outside the EU: tax-free."),
        )
    if facts.buyer_business:
        return TaxDecision(
            VatCategory.NOT_SUBJECT,
            ZERO,
            TaxReason.NOT_TAXABLE,
            msg("Service to a business outside the EU: not taxable in the seller's country."),
        )
    return _domestic(
        facts,
        TaxReason.FOREIGN_CONSUMER,
        msg("Service to a consumer outside the EU: VAT of the seller's country."),
    )


def override_warning(decided: VatCategory, chosen: VatCategory, position: int) -> Message:
    """The warning shown and recorded when a clerk sets another category than decided."""
    return msg(
        "Line {position}: tax category {chosen} chosen by hand instead of {decided}; "
        "check that the invoice is right.",
        position=position,
        chosen=chosen.value,
        decided=decided.value,
    )
