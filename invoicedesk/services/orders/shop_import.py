"""Import from a web shop: customers, articles, shipping methods and orders, marked with
their origin, updated on re-import instead of duplicated, customers and articles matched to
existing ones by e-mail / VAT ID / SKU, with a report of what was merged.

Shop connections (name, kind, base URL) are kept in the settings table; the API key and
secret only in the OS keyring (:mod:`invoicedesk.secrets`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from invoicedesk import secrets
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.messages import msg
from invoicedesk.domain.parties import normalize_email, normalize_vat_id
from invoicedesk.services.orders.articles import ArticleInput, upsert_article
from invoicedesk.services.orders.import_limits import check_import, import_limit
from invoicedesk.services.orders.orders import OrderInput, OrderLineInput, apply_order, is_invoiced
from invoicedesk.shop.interface import ShopConnector, ShopCustomer, ShopOrder
from invoicedesk.shop.woocommerce import WooCommerceClient
from invoicedesk.store.database import Database
from invoicedesk.store.models.articles import Article, ShippingMethod
from invoicedesk.store.models.config import Setting
from invoicedesk.store.models.orders import SalesOrder
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

Progress = Callable[..., None]


@dataclass
class ImportReport:
    """Counts per kind (created/updated) and one line per merge or skipped record."""

    origin: str
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def count(self, kind: str, created: bool) -> None:
        """Count one stored record."""
        target = self.created if created else self.updated
        target[kind] = target.get(kind, 0) + 1

    def summary(self) -> str:
        """One line for the clerk."""
        kinds = ("customers", "articles", "shipping", "orders")
        parts = [
            f"{k}: {self.created.get(k, 0)} new, {self.updated.get(k, 0)} updated" for k in kinds
        ]
        return f"{self.origin} — " + "; ".join(parts) + f"; {len(self.merged)} merged"


def _email(value: str | None) -> str | None:
    try:
        return normalize_email(value) if value and value.strip() else None
    except ValidationError:
        return None


def _vat(value: str | None) -> str | None:
    try:
        return normalize_vat_id(value) if value and value.strip() else None
    except ValidationError:
        return None


def _customer(s: Session, origin: str, c: ShopCustomer, report: ImportReport) -> Party:
    party = s.scalar(select(Party).where(Party.origin == origin, Party.remote_id == c.remote_id))
    email, vat = _email(c.email), _vat(c.vat_id)
    created = False
    if party is None:
        by = None
        if email:
            party = s.scalar(select(Party).where(func.lower(Party.email) == email).limit(1))
            by = "e-mail"
        if party is None and vat:
            party = s.scalar(select(Party).where(Party.vat_id == vat).limit(1))
            by = "VAT ID"
        if party is not None:
            report.merged.append(
                f"Shop customer {c.remote_id} ({c.name}) merged into {party.name} by {by}."
            )
            party.origin = party.origin or origin
            party.remote_id = party.remote_id or c.remote_id
            if party.kind == "supplier":
                party.kind = "both"
        else:
            party = Party(kind="customer", origin=origin, remote_id=c.remote_id)
            s.add(party)
            created = True
    party.name = c.name.strip()[:200] or party.name
    if not party.name:
        raise ValidationError(
            "The shop customer {remote_id} has no name; add one in the shop and import again.",
            remote_id=c.remote_id,
        )
    party.street, party.postal_code, party.city = c.street, c.postal_code, c.city
    party.country = c.country[:2]
    party.email = email or party.email
    party.vat_id = vat or party.vat_id
    party.phone = c.phone or party.phone
    party.contact_person = c.contact or party.contact_person
    s.flush()
    report.count("customers", created)
    return party


def _order(s: Session, origin: str, o: ShopOrder, report: ImportReport) -> None:
    order = s.scalar(
        select(SalesOrder).where(SalesOrder.origin == origin, SalesOrder.remote_id == o.remote_id)
    )
    if order is not None and is_invoiced(s, order.id):
        report.problems.append(
            msg("Order {number} is invoiced already; not changed.", number=order.number)
        )
        return
    party = _customer(s, origin, o.customer, report)
    shipping = s.scalar(select(ShippingMethod.id).where(ShippingMethod.code == o.shipping_method))
    lines = []
    for ln in o.lines:
        known = ln.sku and s.scalar(select(Article.id).where(Article.number == ln.sku))
        lines.append(OrderLineInput(ln.quantity, ln.sku if known else None, ln.description,
                                    ln.unit_price, ln.vat_rate, ln.unit))  # fmt: skip
    created = order is None
    data = OrderInput(
        party_id=party.id, lines=lines, order_date=o.order_date,
        number=f"{origin[:12].upper()}-{o.number}", stage=o.stage, closed_on=o.closed_on,
        approved=o.approved, reverse_charge=o.reverse_charge, currency=o.currency,
        customer_reference=o.customer_reference, notes=o.notes, shipping_method_id=shipping,
        origin=origin, remote_id=o.remote_id,
        delivery=order.delivery if order is not None else None,
    )  # fmt: skip
    apply_order(s, order or SalesOrder(), data)
    report.count("orders", created)


def import_shop(
    db: Database, connector: ShopConnector, progress: Progress | None = None
) -> ImportReport:
    """Import everything the connector delivers, in one transaction (all or nothing).

    ``progress(done, total, text)`` is told each step (fetching, then storing the orders).
    """
    origin = connector.origin
    report = ImportReport(origin)
    tell = progress or (lambda _d, _t, _x="": None)
    tell(0, 5, msg("Fetching customers"))
    customers = list(connector.customers())
    tell(1, 5, msg("Fetching products"))
    articles = list(connector.articles())
    tell(2, 5, msg("Fetching shipping methods"))
    methods = list(connector.shipping_methods())
    tell(3, 5, msg("Fetching orders"))
    orders = list(connector.orders())  # fetched before the write lock is taken
    tell(
        4,
        5,
        msg(
            "Storing {customers} customers, {articles} articles, {orders} orders",
            customers=len(customers),
            articles=len(articles),
            orders=len(orders),
        ),
    )
    with db.write() as s:
        check_import(articles, orders, import_limit(s))
        for c in customers:
            _customer(s, origin, c, report)
        for a in articles:
            existing = s.scalar(select(Article).where(Article.number == a.sku))
            if existing is not None and existing.origin != origin:
                report.merged.append(
                    msg(
                        "Shop product {remote_id} ({name}) merged into article {number} by SKU.",
                        remote_id=a.remote_id,
                        name=a.name,
                        number=existing.number,
                    )
                )
            _art, created = upsert_article(
                s,
                ArticleInput(
                    a.sku, a.name, a.price, a.vat_rate, a.unit, a.active, origin, a.remote_id
                ),
            )
            report.count("articles", created)
        for m in methods:
            row = s.scalar(select(ShippingMethod).where(ShippingMethod.code == m.remote_id))
            if row is None:
                row = ShippingMethod(code=m.remote_id, price=Decimal(0), origin=origin,
                                     remote_id=m.remote_id)  # fmt: skip
                s.add(row)
            row.name = m.name
            report.count("shipping", row.id is None)
            s.flush()
        for o in orders:
            _order(s, origin, o, report)
    tell(5, 5, msg("Done"))
    return report


# --- shop connections ----------------------------------------------------------------------

SETTING_PREFIX = "shop:"


def save_shop(db: Database, name: str, base_url: str, key: str, secret: str) -> None:
    """Store a WooCommerce connection: URL in the settings, key and secret in the keyring."""
    name = name.strip()
    if not name or len(name) > 50:
        raise ValidationError("A shop needs a name of at most 50 characters.")
    if not secret:  # editing a connection: the stored secret stays
        secret = secrets.get_secret("shop", f"{name}:secret") or ""
    WooCommerceClient(name, base_url, key, secret)  # validates the URL
    secrets.set_secret("shop", f"{name}:key", key)
    secrets.set_secret("shop", f"{name}:secret", secret)
    with db.write() as s:
        row = s.get(Setting, SETTING_PREFIX + name) or Setting(key=SETTING_PREFIX + name)
        row.value = {"kind": "woocommerce", "base_url": base_url.rstrip("/")}
        row.updated_at = utcnow()
        s.add(row)


def shop_connector(db: Database, name: str) -> WooCommerceClient:
    """The connector of a stored shop, with its key and secret from the keyring."""
    with db.read() as s:
        row = s.get(Setting, SETTING_PREFIX + name)
        if row is None or not isinstance(row.value, dict):
            raise NotFound("There is no shop called {name!r}; add it first.", name=name)
        url = str(row.value["base_url"])
    key = secrets.get_secret("shop", f"{name}:key") or ""
    secret = secrets.get_secret("shop", f"{name}:secret") or ""
    return WooCommerceClient(name, url, key, secret)


def list_shops(db: Database) -> list[str]:
    """Names of the stored shop connections."""
    with db.read() as s:
        keys = s.scalars(select(Setting.key).where(or_(Setting.key.like(f"{SETTING_PREFIX}%"))))
        return sorted(k[len(SETTING_PREFIX) :] for k in keys)


@dataclass(frozen=True)
class ShopConnection:
    """A stored shop connection as its form shows it (the secret is never read out)."""

    name: str
    kind: str
    base_url: str
    key: str
    has_secret: bool


def get_shop(db: Database, name: str) -> ShopConnection:
    """A stored shop connection: URL from the settings, the key from the keyring."""
    with db.read() as s:
        row = s.get(Setting, SETTING_PREFIX + name)
        if row is None or not isinstance(row.value, dict):
            raise NotFound("There is no shop called {name!r}.", name=name)
        kind, url = str(row.value.get("kind", "woocommerce")), str(row.value["base_url"])
    key = secrets.get_secret("shop", f"{name}:key") or ""
    has_secret = bool(secrets.get_secret("shop", f"{name}:secret"))
    return ShopConnection(name, kind, url, key, has_secret)


def check_shop(name: str, base_url: str, key: str, secret: str) -> str:
    """Test a connection as typed in (an empty secret: the stored one); a sentence back."""
    if not secret:
        secret = secrets.get_secret("shop", f"{name}:secret") or ""
    return WooCommerceClient(name or "shop", base_url, key, secret, timeout=15).check()


def delete_shop(db: Database, name: str) -> None:
    """Forget a shop connection and its key and secret (imported records stay)."""
    with db.write() as s:
        row = s.get(Setting, SETTING_PREFIX + name)
        if row is not None:
            s.delete(row)
    secrets.delete_secret("shop", f"{name}:key")
    secrets.delete_secret("shop", f"{name}:secret")
