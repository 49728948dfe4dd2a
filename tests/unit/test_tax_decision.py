"""The tax decision (domain.tax): one row per case of the table in the module's docstring,
plus the precision rule, the Skonto terms, printable characters and Leitweg-ID check digits."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817

import pytest

from invoicedesk.domain.characters import check_printable, unprintable
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.parties import normalize_leitweg_id
from invoicedesk.domain.precision import check_line_figures
from invoicedesk.domain.skonto import check_skonto
from invoicedesk.domain.tax import SupplyKind, TaxFacts, TaxReason, decide_tax

DE_VAT = "DE136695976"
NL_VAT = "NL000099998B57"
AT_VAT = "ATU13585627"
GOODS, SERVICE = SupplyKind.GOODS, SupplyKind.SERVICE

# (name, seller small business, buyer country, business, buyer VAT ID, kind, line rate,
#  expected category, expected rate, expected reason, warnings expected)
TABLE = [
    ("domestic goods 19 %", False, "DE", True, DE_VAT, GOODS, "19", "S", "19", "domestic", 0),
    ("domestic book 7 %", False, "DE", False, None, GOODS, "7", "S", "7", "domestic", 0),
    ("domestic 0 % (solar)", False, "DE", True, None, GOODS, "0", "Z", "0", "domestic", 0),
    ("NL business service", False, "NL", True, NL_VAT, SERVICE, "19", "AE", "0",
     "eu_reverse_charge", 0),
    ("NL business goods", False, "NL", True, NL_VAT, GOODS, "19", "K", "0", "eu_goods", 0),
    ("AT business service", False, "AT", True, AT_VAT, SERVICE, "19", "AE", "0",
     "eu_reverse_charge", 0),
    ("NL consumer goods", False, "NL", False, None, GOODS, "19", "S", "19", "eu_consumer", 0),
    ("NL business without VAT ID", False, "NL", True, None, SERVICE, "19", "S", "19",
     "eu_consumer", 1),
    ("NL business, invalid VAT ID", False, "NL", True, "NL123", SERVICE, "19", "S", "19",
     "eu_consumer", 1),
    ("Swiss business goods", False, "CH", True, None, GOODS, "19", "G", "0", "export", 0),
    ("Swiss consumer goods", False, "CH", False, None, GOODS, "19", "G", "0", "export", 0),
    ("US business service", False, "US", True, None, SERVICE, "19", "O", "0", "not_taxable", 0),
    ("US consumer service", False, "US", False, None, SERVICE, "19", "S", "19",
     "foreign_consumer", 0),
    ("§ 19 domestic", True, "DE", True, None, GOODS, "19", "E", "0", "small_business", 0),
    ("§ 19 NL business", True, "NL", True, NL_VAT, SERVICE, "19", "E", "0",
     "small_business", 0),
]  # fmt: skip


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_tax_decision_table(row: tuple) -> None:  # type: ignore[type-arg]
    _name, small, country, business, vat_id, kind, rate, category, out_rate, reason, warns = row
    decision = decide_tax(
        TaxFacts(
            seller_country="DE",
            buyer_country=country,
            buyer_business=business,
            buyer_vat_id=vat_id,
            seller_vat_id=DE_VAT,
            small_business=small,
            kind=kind,
            rate=D(rate),
        )
    )
    assert decision.category.value == category
    assert decision.rate == D(out_rate)
    assert decision.reason is TaxReason(reason)
    assert len(decision.warnings) == warns
    assert str(decision.explanation)  # every decision explains itself


def test_eu_business_without_company_vat_id_pays_vat_with_a_warning() -> None:
    decision = decide_tax(TaxFacts("DE", "NL", True, NL_VAT, seller_vat_id=None, kind=SERVICE))
    assert decision.category.value == "S" and decision.warnings


@pytest.mark.parametrize(
    ("quantity", "price", "discount", "ok"),
    [("3", "0.3333", "0", True), ("1.23456", "1", "0", False), ("1", "0.12345", "0", False),
     ("1", "1", "2.5", True), ("1", "1", "2.555", False), ("1234.5678", "9999.9999", "0", True)],
)  # fmt: skip
def test_precision_rule(quantity: str, price: str, discount: str, ok: bool) -> None:
    if ok:
        check_line_figures(D(quantity), D(price), D(discount), line=1)
        return
    with pytest.raises(ValidationError, match=r"Line 1: the .* has more than"):
        check_line_figures(D(quantity), D(price), D(discount), line=1)


def test_skonto_terms() -> None:
    assert check_skonto(D("2.00"), 7, 14) == {"percent": "2", "days": 7}
    assert check_skonto(None, None, 14) is None
    for percent, days, terms in ((D("2"), None, 14), (D("0"), 7, 14), (D("2"), 30, 14),
                                 (D("2.555"), 7, 14)):  # fmt: skip
        with pytest.raises(ValidationError):
            check_skonto(percent, days, terms)


def test_printable_characters() -> None:
    assert unprintable("Müller Ελλάδα Москва עברית مرحبا 名古屋 서울 カタカナ € – „“") is None
    assert unprintable("Rechnung 🚗") == "🚗"
    assert unprintable("Zeile\nzwei", multiline=True) is None
    with pytest.raises(ValidationError, match="line break"):
        check_printable("Hauptstr. 1\nHinterhaus", field="Street", multiline=False)
    with pytest.raises(ValidationError, match="U\\+1F697"):
        check_printable("Auto 🚗", line=2)


@pytest.mark.parametrize(
    ("value", "valid"),
    [("991-03730-19", True), ("04011000-1234512345-06", True), ("991-03730-18", False),
     ("991-0373019", False), ("17-03730-19", False), ("991-03730-19 ", True)],
)  # fmt: skip
def test_leitweg_id_check_digits(value: str, valid: bool) -> None:
    if valid:
        assert normalize_leitweg_id(value) == value.strip()
    else:
        with pytest.raises(ValidationError, match="Leitweg-ID"):
            normalize_leitweg_id(value)
