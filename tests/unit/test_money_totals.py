"""Money parsing, rounding and EN 16931 totals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import round_cents, to_decimal
from invoicedesk.domain.parties import normalize_email, normalize_iban, normalize_vat_id
from invoicedesk.domain.totals import LineInput, VatCategory, compute_totals


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1.234,56", "1234.56"), ("1,234.56", "1234.56"), ("12,5", "12.5"), (" 7 ", "7"), (3, "3")],
)
def test_to_decimal(text: object, expected: str) -> None:
    assert to_decimal(text) == Decimal(expected)


@pytest.mark.parametrize("bad", ["abc", "NaN", "Infinity", 1.5, True, None])
def test_to_decimal_refuses(bad: object) -> None:
    with pytest.raises(ValidationError):
        to_decimal(bad)


def test_round_half_up() -> None:
    assert round_cents(Decimal("0.125")) == Decimal("0.13")
    assert round_cents(Decimal("-0.125")) == Decimal("-0.13")


def test_totals_per_rate() -> None:
    lines = [
        LineInput(Decimal("3"), Decimal("19.99"), Decimal("19")),
        LineInput(Decimal("1"), Decimal("10.00"), Decimal("7")),
        LineInput(Decimal("2"), Decimal("0.335"), Decimal("19"), discount_percent=Decimal("10")),
    ]
    t = compute_totals(lines)
    assert t.line_nets == (Decimal("59.97"), Decimal("10.00"), Decimal("0.60"))
    assert t.net == Decimal("70.57")
    rates = {b.rate: (b.basis, b.tax) for b in t.breakdown}
    assert rates[Decimal("19")] == (Decimal("60.57"), Decimal("11.51"))
    assert rates[Decimal("7")] == (Decimal("10.00"), Decimal("0.70"))
    assert t.tax == Decimal("12.21") and t.gross == Decimal("82.78")


def test_reverse_charge_needs_zero_rate() -> None:
    with pytest.raises(ValidationError):
        compute_totals([LineInput(Decimal(1), Decimal(1), Decimal(19), VatCategory.REVERSE_CHARGE)])
    t = compute_totals(
        [LineInput(Decimal(1), Decimal(100), Decimal(0), VatCategory.REVERSE_CHARGE)]
    )
    assert t.tax == Decimal("0.00") and t.gross == Decimal("100.00")


def test_party_number_validation() -> None:
    assert normalize_vat_id("DE 136 695 976") == "DE136695976"
    with pytest.raises(ValidationError):
        normalize_vat_id("DE136695977")
    assert normalize_iban("DE89 3704 0044 0532 0130 00") == "DE89370400440532013000"
    with pytest.raises(ValidationError):
        normalize_iban("DE89370400440532013001")
    assert normalize_email(" a.b@example.com ") == "a.b@example.com"
    for bad in ["no-at-sign", "a@b", "a b@example.com", ""]:
        with pytest.raises(ValidationError):
            normalize_email(bad)
