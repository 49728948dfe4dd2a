"""Amounts the database cannot store are refused where they are parsed, with a sentence: the
monkey typed ``1e30`` into the supplier-invoice editor and its live check crashed
(``decimal.InvalidOperation`` in ``round_cents``)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.money import STORABLE_LIMIT, check_amount, to_decimal
from invoicedesk.services.incoming.editing import arithmetic_warnings


@pytest.mark.parametrize("typed", ["1e30", "999999999999999999", "-1E+16", Decimal("1e20")])
def test_absurd_amounts_are_refused_when_parsed(typed: object) -> None:
    with pytest.raises(ValidationError, match="the most InvoiceDesk accepts"):
        to_decimal(typed)


def test_the_largest_storable_amount_is_accepted() -> None:
    assert to_decimal(str(STORABLE_LIMIT)) == STORABLE_LIMIT
    assert check_amount(Decimal("10"), limit=Decimal("10")) == Decimal("10")
    with pytest.raises(ValidationError, match="larger than 10"):
        check_amount(Decimal("10.01"), limit=Decimal("10"))


def test_the_editor_check_names_an_absurd_amount_instead_of_failing() -> None:
    warnings = arithmetic_warnings({"net": "1e30", "tax": "0", "gross": "1e30"}, [])
    assert len(warnings) == 1 and "larger than" in warnings[0]
