"""Number patterns and mail texts (no database)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoicedesk.domain.errors import ConfigurationError
from invoicedesk.services.numbering import format_number
from invoicedesk.services.outgoing.mail_texts import (
    MessageKind,
    format_money,
    payment_terms_text,
    render,
)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("RE-{yyyy}-{seq:05}", "RE-2026-00042"),
        ("{yy}{mm}{seq:04}", "26030042"),
        ("GS{seq}", "GS42"),
    ],
)
def test_format_number(pattern: str, expected: str) -> None:
    assert format_number(pattern, date(2026, 3, 9), 42) == expected


@pytest.mark.parametrize("pattern", ["RE-{yyyy}", "RE-{dd}-{seq}", "RE-{yyyy:04}-{seq}"])
def test_bad_patterns_are_refused(pattern: str) -> None:
    with pytest.raises(ConfigurationError):
        format_number(pattern, date(2026, 3, 9), 1)


def test_messages_per_language() -> None:
    de = render("de", MessageKind.INVOICE, number="RE-1", company="ACME", gross="1,00 EUR")
    nl = render("nl-NL", MessageKind.CREDIT_NOTE, number="GS-1", company="ACME")
    en = render("fr", MessageKind.ORDER_RECEIVED, company="ACME")  # unknown -> German
    assert de.subject == "Rechnung RE-1 von ACME" and "1,00 EUR" in de.body
    assert nl.subject == "Creditnota GS-1 van ACME"
    assert en.subject == "Ihr Auftrag bei ACME"
    assert format_money("de", Decimal("1234.5")) == "1.234,50 EUR"
    assert format_money("en", Decimal("1234.5")) == "1,234.50 EUR"
    assert (
        payment_terms_text("en", 14, date(2026, 1, 15))
        == "Payable within 14 days by 15/01/2026 net."
    )
    assert payment_terms_text("de", 0, date(2026, 1, 15)) == "Zahlbar sofort ohne Abzug."
