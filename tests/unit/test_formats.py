"""The one formatting module (issue 21): amounts, quantities, percentages and dates per locale
or document language, and reading numbers typed in the locale's or the plain form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoicedesk.documents.formats import Formats, for_language


@pytest.mark.parametrize(
    ("locale", "money", "quantity", "price", "percent", "day"),
    [
        ("de_DE", "1.234,50 EUR", "1,5", "0,333", "19\u00a0%", "01.12.2026"),
        ("en_GB", "1,234.50 EUR", "1.5", "0.333", "19%", "01/12/2026"),
        ("nl_NL", "1.234,50 EUR", "1,5", "0,333", "19%", "01-12-2026"),
        ("en_US", "1,234.50 EUR", "1.5", "0.333", "19%", "12/01/2026"),
    ],
)
def test_each_locale_writes_its_own_form(
    locale: str, money: str, quantity: str, price: str, percent: str, day: str
) -> None:
    f = Formats(locale)
    assert f.money(Decimal("1234.5"), "EUR") == money
    assert f.quantity(Decimal("1.5000")) == quantity
    assert f.price(Decimal("0.333")) == price
    assert f.price(Decimal("12")).endswith("00")
    assert f.percent(Decimal("19")) == percent
    assert f.date(date(2026, 12, 1)) == day
    assert f.date(None) == "—"


@pytest.mark.parametrize(
    ("locale", "text", "value"),
    [
        ("de_DE", "39.90", "39.90"),  # the plain form
        ("de_DE", "39,90", "39.90"),
        ("de_DE", "1.234,50", "1234.50"),
        ("de_DE", "1.234", "1234"),  # German grouping
        ("de_DE", "0.333", "0.333"),  # no group starts with 0: a plain decimal
        ("de_DE", " -12 345,5 ", "-12345.5"),
        ("en_GB", "1,234.50", "1234.50"),
        ("en_GB", "1.234", "1.234"),
        ("en_GB", "39,90", "39.90"),  # a decimal comma typed in English
        ("en_GB", "1,234", "1234"),
    ],
)
def test_typed_numbers_are_read_in_both_forms(locale: str, text: str, value: str) -> None:
    assert Formats(locale).parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3,4", "12..5", "NaN", "Infinity"])
def test_what_is_no_number_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Formats("de_DE").parse_decimal(text)


def test_document_languages_and_unknown_locales() -> None:
    assert for_language("en").money(Decimal("5"), "EUR") == "5.00 EUR"
    assert for_language("nl").date(date(2026, 3, 4)) == "04-03-2026"
    assert for_language("fr").date(date(2026, 3, 4)) == "04.03.2026"  # the company's own
    assert Formats("xx_YY").amount(Decimal("1")) == "1,00"


def test_a_billing_period_is_named_by_its_months_in_the_locale() -> None:
    """The login popup and the collective invoices showed "Dec 2026–Jan 2027" in German."""
    de, en, nl = Formats("de_DE"), Formats("en_GB"), Formats("nl_NL")
    assert de.period(date(2026, 12, 1), date(2027, 1, 31)) == "Dez 2026–Jan 2027"
    assert en.period(date(2026, 12, 1), date(2027, 1, 31)) == "Dec 2026–Jan 2027"
    assert nl.period(date(2027, 3, 1), date(2027, 3, 31)) == "mrt 2027"
    assert de.period(date(2027, 1, 1), date(2027, 4, 30)) == "Jan–Apr 2027"
    assert de.period(None, date(2027, 4, 30)) == "—"
