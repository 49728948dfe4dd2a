"""The records a shop connector delivers and the small interface every connector implements.

Amounts are net (without VAT) :class:`~decimal.Decimal`; ``remote_id`` is the record's id in
the shop. The importer (:mod:`invoicedesk.services.orders.shop_import`) de-duplicates and stores
them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Protocol


@dataclass(frozen=True)
class ShopCustomer:
    """A customer account (or the billing address of a guest order)."""

    remote_id: str
    name: str
    email: str | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "DE"
    vat_id: str | None = None
    phone: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class ShopArticle:
    """A product; ``sku`` becomes the article number."""

    remote_id: str
    sku: str
    name: str
    price: Decimal
    vat_rate: Decimal = Decimal("19")
    unit: str = "H87"
    active: bool = True


@dataclass(frozen=True)
class ShopShippingMethod:
    """A way of shipping (its price is on each order)."""

    remote_id: str
    name: str


@dataclass(frozen=True)
class ShopOrderLine:
    """One order line: article (by SKU) or free text, quantity, net unit price, VAT rate."""

    description: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    sku: str | None = None
    unit: str = "H87"


@dataclass(frozen=True)
class ShopOrder:
    """An order. ``stage`` is open, won or canceled; ``customer`` is the billing party."""

    remote_id: str
    number: str
    stage: str
    order_date: date
    customer: ShopCustomer
    lines: tuple[ShopOrderLine, ...]
    closed_on: date | None = None
    approved: bool = False
    currency: str = "EUR"
    shipping_method: str | None = None
    customer_reference: str = ""
    notes: str = ""
    reverse_charge: bool = False
    extra: dict[str, str] = field(default_factory=dict)


class ShopConnector(Protocol):
    """A source of shop records. ``origin`` names the shop (stored on every record)."""

    origin: str

    def customers(self) -> Iterable[ShopCustomer]:
        """Every customer account."""
        ...

    def articles(self) -> Iterable[ShopArticle]:
        """Every product."""
        ...

    def shipping_methods(self) -> Iterable[ShopShippingMethod]:
        """The shipping methods."""
        ...

    def orders(self) -> Iterable[ShopOrder]:
        """The orders (newest changes included)."""
        ...
