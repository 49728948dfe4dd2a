"""Demo articles, sales orders and billing scenarios (for trials, tests and the benchmark).

Orders belong to the demo customers, have 1-15 lines of the parts-and-service catalogue, and
are mostly won in the previous month and approved for invoicing, as a billing run expects.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from invoicedesk.documents.samples import CATALOGUE
from invoicedesk.services.billing.scenarios import ensure_default_scenarios
from invoicedesk.services.demo.cases import ensure_number_series
from invoicedesk.services.demo.parties import demo_parties
from invoicedesk.services.orders.delivery_notes import ensure_series
from invoicedesk.services.orders.orders import order_totals
from invoicedesk.services.settings.company import ensure_company
from invoicedesk.store.database import Database
from invoicedesk.store.models.articles import Article, ShippingMethod
from invoicedesk.store.models.orders import SalesOrder, SalesOrderLine
from invoicedesk.store.models.parties import Party

GROUPS = ("Werkstatt", "Flotte", "Privat")
SHIPPING = (("pickup", "Abholung", "0.00"), ("dhl", "DHL Paket", "6.90"),
            ("spedition", "Spedition", "49.00"))  # fmt: skip


@dataclass(frozen=True)
class DemoOrders:
    """What was created."""

    articles: int
    orders: list[int]


def ensure_setup(db: Database, seed: int = 1, *, customers: bool = True) -> None:
    """Company, number series, customers (with groups; unless ``customers`` is false),
    articles, shipping methods and the default billing scenarios."""
    rng = random.Random(seed)
    with db.write() as s:
        ensure_company(s)
        ensure_number_series(s)
        ensure_series(s)
        ensure_default_scenarios(s)
        no_customers = s.scalar(select(Party.id).where(Party.kind == "customer").limit(1)) is None
        if customers and no_customers:
            for p in demo_parties(rng):
                if p.kind == "customer":
                    s.add(Party(kind="customer", name=p.name, street=p.street,
                                postal_code=p.postal_code, city=p.city, country=p.country,
                                vat_id=p.vat_id, iban=p.iban, email=p.email,
                                language=p.language))  # fmt: skip
            s.flush()
        for party in s.scalars(select(Party).where(Party.customer_group.is_(None))):
            party.customer_group = GROUPS[party.id % len(GROUPS)]
        if s.scalar(select(Article.id).limit(1)) is None:
            for i, item in enumerate(CATALOGUE, start=1):
                s.add(Article(number=f"A-{1000 + i}", name=item[0], unit=item[3],
                              price=Decimal(item[4]), vat_rate=Decimal(19)))  # fmt: skip
        if s.scalar(select(ShippingMethod.id).limit(1)) is None:
            for code, name, price in SHIPPING:
                s.add(ShippingMethod(code=code, name=name, price=Decimal(price)))


def generate_orders(
    db: Database,
    count: int,
    *,
    seed: int = 1,
    today: date | None = None,
    stage: str = "won",
    approved_share: float = 0.9,
) -> DemoOrders:
    """Add ``count`` orders (1-15 lines each), closed in the month before ``today``."""
    ensure_setup(db, seed)
    rng = random.Random(seed * 7919 + count)
    day = today or date.today()
    last = day.replace(day=1) - timedelta(days=1)
    first = last.replace(day=1)
    ids: list[int] = []
    with db.write() as s:
        customers = list(s.scalars(select(Party).where(Party.kind.in_(("customer", "both")))))
        articles = list(s.scalars(select(Article).order_by(Article.id)))
        shipping = list(s.scalars(select(ShippingMethod).order_by(ShippingMethod.id)))
        start = (s.scalar(select(SalesOrder.id).order_by(SalesOrder.id.desc()).limit(1)) or 0) + 1
        for n in range(count):
            party = rng.choice(customers)
            closed = first + timedelta(days=rng.randint(0, (last - first).days))
            reverse = party.country != "DE" and bool(party.vat_id)
            lines = []
            for pos in range(1, rng.randint(1, 15) + 1):
                art = rng.choice(articles)
                qty = Decimal(1) if art.unit in ("LS", "MON") else Decimal(rng.choice(
                    ["1", "2", "4", "0.5", "1.5", "3"]))  # fmt: skip
                lines.append(SalesOrderLine(
                    position=pos, article_id=art.id, article_no=art.number, description=art.name,
                    quantity=qty, unit=art.unit, unit_price=art.price,
                    discount_percent=Decimal(rng.choice([0, 0, 0, 5, 10])),
                    vat_rate=Decimal(0) if reverse else art.vat_rate,
                    vat_category="AE" if reverse else "S",
                ))  # fmt: skip
            order = SalesOrder(
                number=f"AU-{closed.year}-{start + n:05d}",
                party_id=party.id,
                stage=stage,
                order_date=closed - timedelta(days=rng.randint(0, 20)),
                closed_on=closed if stage != "open" else None,
                approved=rng.random() < approved_share,
                delivery=party.preferred_delivery,
                reverse_charge=reverse,
                currency="EUR",
                lines=lines,
                shipping_method_id=rng.choice(shipping).id,
                customer_reference=rng.choice(["", "", f"PO-{rng.randint(10000, 99999)}"]),
            )
            order.net, order.gross = order_totals(lines)
            s.add(order)
            s.flush()
            ids.append(order.id)
        return DemoOrders(len(articles), ids)
