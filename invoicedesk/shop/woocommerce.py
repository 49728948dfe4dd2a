"""WooCommerce REST API v3 client (``/wp-json/wc/v3``): customers, products, shipping
methods, tax rates and orders, with paging by ``X-WP-TotalPages``.

Authentication is the consumer key and secret as HTTP Basic credentials, which WooCommerce
accepts over HTTPS; plain HTTP is refused except to this computer (a local test shop). Only
the standard library is used (``urllib``).
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from invoicedesk.domain.errors import ConfigurationError, InvoiceDeskError
from invoicedesk.shop.interface import (
    ShopArticle,
    ShopCustomer,
    ShopOrder,
    ShopOrderLine,
    ShopShippingMethod,
)

API = "/wp-json/wc/v3/"
PER_PAGE = 100
STAGES = {"completed": "won", "cancelled": "canceled", "refunded": "canceled", "failed": "canceled"}
VAT_ID_KEYS = ("_billing_vat_id", "billing_vat_id", "_vat_number", "vat_number", "_billing_vat")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


class ShopError(InvoiceDeskError):
    """The shop could not be reached or refused the request."""


def _dec(value: Any, default: str = "0") -> Decimal:
    try:
        return Decimal(str(value if value not in (None, "") else default))
    except InvalidOperation:
        return Decimal(default)


def _day(value: str | None) -> date | None:
    return datetime.fromisoformat(value).date() if value else None


def _meta(record: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for item in record.get("meta_data") or ():
        if item.get("key") in keys and str(item.get("value") or "").strip():
            return str(item["value"]).strip()
    return None


class WooCommerceClient:
    """A connector for one WooCommerce shop."""

    def __init__(self, origin: str, base_url: str, key: str, secret: str, timeout: float = 30):
        parts = urllib.parse.urlsplit(base_url)
        if parts.scheme not in ("https", "http") or not parts.hostname:
            raise ConfigurationError(
                "{base_url!r} is not the web address of a shop.", base_url=base_url
            )
        if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
            raise ConfigurationError(
                "The shop must be reached over HTTPS, so that the API key is not sent in clear."
            )
        if not key or not secret:
            raise ConfigurationError(
                "The API key and secret of the shop {origin} are missing.", origin=origin
            )
        self.origin = origin
        self.base = base_url.rstrip("/") + API
        token = base64.b64encode(f"{key}:{secret}".encode()).decode("ascii")
        self._headers = {"Authorization": f"Basic {token}", "Accept": "application/json",
                         "User-Agent": "InvoiceDesk"}  # fmt: skip
        self.timeout = timeout
        self._tax_rates: dict[str, Decimal] | None = None

    # --- HTTP -----------------------------------------------------------------------------

    def _get(self, path: str, params: dict[str, Any]) -> tuple[Any, int]:
        url = f"{self.base}{path}?{urllib.parse.urlencode(params)}"
        request = urllib.request.Request(url, headers=self._headers)  # noqa: S310 (checked)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310
                pages = int(response.headers.get("X-WP-TotalPages") or 1)
                return json.loads(response.read().decode("utf-8")), pages
        except urllib.error.HTTPError as exc:
            try:
                message = json.loads(exc.read().decode("utf-8")).get("message", "")
            except ValueError:
                message = ""
            raise ShopError(
                "The shop {origin} answered {code} for {path}: {value}",
                origin=self.origin,
                code=exc.code,
                path=path,
                value=message or exc.reason,
            ) from exc
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise ShopError(
                "The shop {origin} cannot be reached: {exc}", origin=self.origin, exc=exc
            ) from exc

    def _all(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        page, pages = 1, 1
        while page <= pages:
            data, pages = self._get(path, {**params, "per_page": PER_PAGE, "page": page})
            if not isinstance(data, list):
                raise ShopError(
                    "The shop {origin} sent no list for {path}.", origin=self.origin, path=path
                )
            yield from data
            page += 1

    def check(self) -> str:
        """Ask the shop for one product to test URL, key and secret; a sentence for the clerk."""
        _data, products = self._get("products", {"per_page": 1, "page": 1})
        return f"The shop {self.origin} answered: {products} product(s) can be read."

    # --- records --------------------------------------------------------------------------

    def tax_rates(self) -> dict[str, Decimal]:
        """Tax class -> rate (``standard`` is the empty class of products)."""
        if self._tax_rates is None:
            rates: dict[str, Decimal] = {}
            for tax in self._all("taxes"):
                rates.setdefault(tax.get("class") or "standard", _dec(tax.get("rate")))
            self._tax_rates = rates
        return self._tax_rates

    def customers(self) -> Iterator[ShopCustomer]:
        """Customer accounts (role ``all``: also those who only ordered as customers)."""
        for c in self._all("customers", role="all"):
            yield self._customer(str(c["id"]), c.get("billing") or {}, c, c.get("email"))

    def _customer(
        self, remote_id: str, billing: dict[str, Any], record: dict[str, Any], email: Any
    ) -> ShopCustomer:
        person = " ".join(
            p for p in (billing.get("first_name"), billing.get("last_name")) if p
        ) or " ".join(p for p in (record.get("first_name"), record.get("last_name")) if p)
        street = " ".join(p for p in (billing.get("address_1"), billing.get("address_2")) if p)
        return ShopCustomer(
            remote_id=remote_id,
            name=(billing.get("company") or person or str(email or remote_id)).strip(),
            email=(billing.get("email") or email or None),
            street=street,
            postal_code=billing.get("postcode") or "",
            city=billing.get("city") or "",
            country=(billing.get("country") or "DE").upper(),
            vat_id=_meta(record, VAT_ID_KEYS),
            phone=billing.get("phone") or None,
            contact=person if billing.get("company") and person else None,
        )

    def articles(self) -> Iterator[ShopArticle]:
        """Products (simple products; variations keep their parent's SKU scheme)."""
        rates = self.tax_rates()
        for p in self._all("products"):
            rate = rates.get(p.get("tax_class") or "standard", Decimal("19"))
            if p.get("tax_status") == "none":
                rate = Decimal("0")
            yield ShopArticle(
                remote_id=str(p["id"]),
                sku=(p.get("sku") or f"WC-{p['id']}").strip(),
                name=p.get("name") or f"Product {p['id']}",
                price=_dec(p.get("regular_price") or p.get("price")),
                vat_rate=rate,
                active=p.get("status") == "publish",
            )

    def shipping_methods(self) -> Iterator[ShopShippingMethod]:
        """The shop's shipping method types."""
        data, _ = self._get("shipping_methods", {})
        for m in data:
            yield ShopShippingMethod(remote_id=str(m["id"]), name=m.get("title") or str(m["id"]))

    def orders(self) -> Iterator[ShopOrder]:
        """Orders with their lines, shipping and fees as net amounts."""
        for o in self._all("orders", orderby="id", order="asc"):
            yield self._order(o)

    def _order(self, o: dict[str, Any]) -> ShopOrder:
        rates = {str(t.get("rate_id")): _dec(t.get("rate_percent"), "-1")
                 for t in o.get("tax_lines") or ()}  # fmt: skip
        lines = [self._line(i, rates) for i in o.get("line_items") or ()]
        for s in o.get("shipping_lines") or ():
            if _dec(s.get("total")) > 0:
                lines.append(self._charge(s.get("method_title") or "Versand", s, rates))
        for f in o.get("fee_lines") or ():
            lines.append(self._charge(f.get("name") or "Gebühr", f, rates))
        billing = o.get("billing") or {}
        customer_id = str(o.get("customer_id") or 0)
        remote = customer_id if customer_id != "0" else f"guest:{billing.get('email') or o['id']}"
        customer = self._customer(remote, billing, o, billing.get("email"))
        status = o.get("status") or "pending"
        stage = STAGES.get(status, "open")
        shipping = (o.get("shipping_lines") or [{}])[0].get("method_id")
        tax_free = _dec(o.get("total_tax")) == 0 and bool(customer.vat_id)
        return ShopOrder(
            remote_id=str(o["id"]),
            number=str(o.get("number") or o["id"]),
            stage=stage,
            order_date=_day(o.get("date_created")) or date.today(),
            closed_on=_day(o.get("date_completed")) if stage == "won" else None,
            approved=status == "completed" and bool(o.get("date_paid")),
            customer=customer,
            lines=tuple(lines),
            currency=o.get("currency") or "EUR",
            shipping_method=str(shipping) if shipping else None,
            customer_reference=f"Shop-Bestellung {o.get('number') or o['id']}",
            notes=o.get("customer_note") or "",
            reverse_charge=tax_free and customer.country != "DE",
        )

    @staticmethod
    def _rate(item: dict[str, Any], rates: dict[str, Decimal], net: Decimal) -> Decimal:
        for tax in item.get("taxes") or ():
            rate = rates.get(str(tax.get("id")), Decimal("-1"))
            if rate >= 0 and _dec(tax.get("total")) != 0:
                return rate
        tax_total = _dec(item.get("total_tax"))
        if net == 0 or tax_total == 0:
            return Decimal("0")
        return (tax_total / net * 100).quantize(Decimal("1"), ROUND_HALF_UP)

    def _line(self, i: dict[str, Any], rates: dict[str, Decimal]) -> ShopOrderLine:
        qty = _dec(i.get("quantity"), "1")
        net = _dec(i.get("total"))
        return ShopOrderLine(
            description=i.get("name") or "",
            quantity=qty,
            unit_price=(net / qty).quantize(Decimal("0.0001"), ROUND_HALF_UP),
            vat_rate=self._rate(i, rates, net),
            sku=(i.get("sku") or (f"WC-{i['product_id']}" if i.get("product_id") else None)),
        )

    def _charge(self, title: str, item: dict[str, Any], rates: dict[str, Decimal]) -> ShopOrderLine:
        net = _dec(item.get("total"))
        return ShopOrderLine(title, Decimal(1), net, self._rate(item, rates, net), unit="C62")
