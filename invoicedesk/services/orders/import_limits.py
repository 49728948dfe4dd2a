"""The plausibility limit of imported amounts: what a shop (file or connector) delivers is
refused as a whole when an amount is absurd, before anything is stored.

The limit is a company-wide setting (``import_limits`` in the settings registry; default
ten million in the order's currency). Whatever it says, nothing beyond what the database can
store (:data:`invoicedesk.domain.money.STORABLE_LIMIT`) is ever accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.money import STORABLE_LIMIT, check_amount
from invoicedesk.services.settings.registry import SettingSpec, get_setting
from invoicedesk.shop.interface import ShopArticle, ShopOrder

DEFAULT_MAX_AMOUNT = 10_000_000
#: an ISO 4217 code
CURRENCY = re.compile(r"[A-Za-z]{3}")


@dataclass(frozen=True)
class ImportLimits:
    """The largest unit price, quantity or line total an import may bring in."""

    max_amount: int = DEFAULT_MAX_AMOUNT

    def validated(self) -> ImportLimits:
        """Check the limit against what the database can store; raises ``ValidationError``."""
        if not 1 <= self.max_amount <= STORABLE_LIMIT:
            raise ValidationError(
                "The import limit must be between 1 and {most}.", most=STORABLE_LIMIT
            )
        return self


IMPORT_LIMITS = SettingSpec("import_limits", ImportLimits, ImportLimits())


def import_limit(session: Session) -> Decimal:
    """The company's limit for imported amounts."""
    return Decimal(get_setting(session, IMPORT_LIMITS).max_amount)


def check_import(
    articles: Iterable[ShopArticle], orders: Iterable[ShopOrder], limit: Decimal
) -> None:
    """Refuse the import when a price, quantity or line total goes beyond ``limit``."""
    for article in articles:
        check_amount(article.price, msg("price of product {sku}", sku=article.sku), limit)
    for order in orders:
        where = msg("order {number}", number=order.number)
        if not CURRENCY.fullmatch(order.currency):
            raise ValidationError(
                "{currency!r} in {where} is not a currency code such as EUR.",
                currency=order.currency,
                where=where,
            )
        for line in order.lines:
            check_amount(line.unit_price, msg("unit price in {where}", where=where), limit)
            check_amount(line.quantity, msg("quantity in {where}", where=where), limit)
            total = line.unit_price * line.quantity
            check_amount(total, msg("line total in {where}", where=where), limit)
