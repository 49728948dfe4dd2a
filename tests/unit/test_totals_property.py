"""Property tests of the EN 16931 totals used by every outgoing document."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from invoicedesk.domain.totals import LineInput, VatCategory, compute_totals

CENT = Decimal("0.01")
RATES = [Decimal(19), Decimal(7), Decimal("5.5"), Decimal(21), Decimal(9)]

standard_line = st.builds(
    LineInput,
    quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10_000), places=3),
    unit_price=st.decimals(min_value=Decimal(0), max_value=Decimal(100_000), places=4),
    vat_rate=st.sampled_from(RATES),
    vat_category=st.just(VatCategory.STANDARD),
    discount_percent=st.decimals(min_value=Decimal(0), max_value=Decimal(100), places=2),
)
zero_line = st.builds(
    LineInput,
    quantity=st.decimals(min_value=Decimal("0.001"), max_value=Decimal(10_000), places=3),
    unit_price=st.decimals(min_value=Decimal(0), max_value=Decimal(100_000), places=4),
    vat_rate=st.just(Decimal(0)),
    vat_category=st.sampled_from([VatCategory.REVERSE_CHARGE, VatCategory.EXEMPT]),
)
lines = st.lists(st.one_of(standard_line, zero_line), min_size=1, max_size=30)


def _negated(line: LineInput) -> LineInput:
    return LineInput(
        -line.quantity, line.unit_price, line.vat_rate, line.vat_category, line.discount_percent
    )


@settings(max_examples=200, deadline=None)
@given(lines)
def test_gross_is_net_plus_tax(items: list[LineInput]) -> None:
    totals = compute_totals(items)
    assert totals.gross == totals.net + totals.tax
    assert totals.net == sum((b.basis for b in totals.breakdown), Decimal(0))
    assert totals.tax == sum((b.tax for b in totals.breakdown), Decimal(0))
    assert totals.net == sum(totals.line_nets, Decimal(0))
    for value in (totals.net, totals.tax, totals.gross, *totals.line_nets):
        assert value == value.quantize(CENT)


@settings(max_examples=200, deadline=None)
@given(lines)
def test_tax_per_rate_is_rounded_basis_times_rate(items: list[LineInput]) -> None:
    totals = compute_totals(items)
    keys = {(b.category, b.rate) for b in totals.breakdown}
    assert len(keys) == len(totals.breakdown), "one row per category and rate"
    for row in totals.breakdown:
        expected = (row.basis * row.rate / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        assert row.tax == expected
        if row.category is not VatCategory.STANDARD:
            assert row.tax == 0


@settings(max_examples=200, deadline=None)
@given(lines)
def test_credit_note_mirrors_invoice(items: list[LineInput]) -> None:
    """Negated lines give exactly the negated totals, so an invoice and its credit sum to 0."""
    invoice = compute_totals(items)
    credit = compute_totals([_negated(line) for line in items])
    assert credit.net == -invoice.net
    assert credit.tax == -invoice.tax
    assert credit.gross == -invoice.gross
    assert invoice.gross + credit.gross == 0
    assert [b.tax for b in credit.breakdown] == [-b.tax for b in invoice.breakdown]
