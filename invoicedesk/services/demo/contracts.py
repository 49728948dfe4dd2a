"""Demo service contracts: maintenance, inspections, rentals and storage for the demo customers
(and, for benchmarks, extra customers), with realistic intervals and start dates."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, insert, select

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.intervals import Billing, next_billing_date
from invoicedesk.services.contracts.contracts import CONTRACT_SERIES
from invoicedesk.store.database import Database
from invoicedesk.store.models.config import NumberCounter, NumberSeries
from invoicedesk.store.models.contracts import ContractLine, ServiceContract
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow

#: (title, lines of (article, description, unit, price)) - the services a car dealer contracts
SERVICES: list[tuple[str, list[tuple[str, str, str, str]]]] = [
    ("Wartungsvertrag Klimaanlage", [("A-4001", "Wartung Klimaanlage", "C62", "45.00")]),
    (
        "Prüfvertrag Hebebühnen",
        [
            ("P-1001", "UVV-Prüfung Hebebühne", "C62", "89.00"),
            ("P-1002", "Prüfprotokoll und Plakette", "C62", "12.50"),
        ],
    ),
    (
        "Mietvertrag Diagnosegerät",
        [
            ("M-2001", "Miete Diagnosegerät KTS 560", "MON", "79.00"),
            ("M-2002", "Software-Updates Diagnose", "MON", "19.90"),
        ],
    ),
    (
        "Reifeneinlagerung",
        [
            ("R-3001", "Einlagerung Radsatz", "SET", "24.00"),
            ("R-3002", "Reifenwäsche", "SET", "6.50"),
        ],
    ),
    (
        "Flottenservice",
        [
            ("F-5001", "Flottenbetreuung pauschal", "C62", "150.00"),
            ("F-5002", "Fahrzeugcheck vor Ort", "HUR", "65.00"),
        ],
    ),
    ("Waschanlagen-Wartung", [("W-6001", "Wartung Portalwaschanlage", "C62", "210.00")]),
    ("Softwarepflege Werkstattsystem", [("S-7001", "Pflege Werkstattsoftware", "MON", "59.00")]),
]
#: interval in months -> weight
INTERVAL_WEIGHTS = {1: 30, 2: 20, 3: 25, 6: 15, 12: 10}
CHUNK = 1000


@dataclass(frozen=True)
class ContractSummary:
    """How many contracts (and new customers) demo data added."""

    contracts: int
    new_customers: int


def _extra_customers(db: Database, count: int, rng: random.Random) -> None:
    cities = [("Duisburg", "47051"), ("Essen", "45127"), ("Köln", "50667"), ("Venlo", "5911")]
    with db.write() as s:
        start = int(s.scalar(select(func.count()).select_from(Party)) or 0)
        rows = []
        for i in range(start, start + count):
            city, postal = rng.choice(cities)
            rows.append(
                {
                    "kind": "customer",
                    "name": f"Vertragskunde {i + 1:05d} GmbH",
                    "street": f"Industriestraße {rng.randint(1, 180)}",
                    "postal_code": postal,
                    "city": city,
                    "country": "NL" if city == "Venlo" else "DE",
                    "email": f"rechnung{i + 1:05d}@example.com",
                    "language": "nl" if city == "Venlo" else "de",
                    "preferred_delivery": "email",
                    "payment_terms_days": 14,
                    "notes": "",
                    "created_at": utcnow(),
                }
            )
        s.execute(insert(Party), rows)


def add_demo_contracts(
    db: Database, count: int, *, seed: int = 1, new_customers: int = 0
) -> ContractSummary:
    """Add ``count`` contracts spread over the customers (``new_customers`` are made first)."""
    if count < 0 or new_customers < 0:
        raise ValidationError("The number of contracts and customers must be zero or more.")
    rng = random.Random(seed)
    if new_customers:
        _extra_customers(db, new_customers, rng)
    with db.write() as s:
        customers = list(
            s.scalars(
                select(Party.id).where(
                    Party.kind.in_(["customer", "both"]), Party.email.is_not(None)
                )
            )
        )
        if count and not customers:
            raise ValidationError("There are no customers with an e-mail address; add some first.")
        series = s.scalar(select(NumberSeries).where(NumberSeries.code == CONTRACT_SERIES))
        if series is None:
            series = NumberSeries(
                code=CONTRACT_SERIES,
                name="Service contracts",
                pattern="SV-{seq:05}",
                reset_yearly=False,
            )
            s.add(series)
            s.flush()
        counter = s.get(NumberCounter, (series.id, 0))
        if counter is None:
            counter = NumberCounter(series_id=series.id, year=0, last_value=0)
            s.add(counter)
        first_seq = counter.last_value + 1
        counter.last_value += count
    done = 0
    while done < count:
        n = min(CHUNK, count - done)
        with db.write() as s:
            for i in range(n):
                s.add(_contract(rng, rng.choice(customers), first_seq + done + i))
        done += n
    return ContractSummary(count, new_customers)


def _contract(rng: random.Random, party_id: int, seq: int) -> ServiceContract:
    title, lines = rng.choice(SERVICES)
    months = rng.choices(list(INTERVAL_WEIGHTS), weights=list(INTERVAL_WEIGHTS.values()))[0]
    start = date(2026, 1, 1) + timedelta(days=rng.randint(0, 364))
    if rng.random() < 0.6:
        start = start.replace(day=1)
    end = start + timedelta(days=rng.randint(900, 1500)) if rng.random() < 0.2 else None
    billing = Billing.ARREARS if rng.random() < 0.25 else Billing.ADVANCE
    contract = ServiceContract(
        number=f"SV-{seq:05d}",
        party_id=party_id,
        title=title,
        start_date=start,
        end_date=end,
        interval_months=months,
        billing=billing.value,
        next_due=next_billing_date(start, months, billing, -1, end),
        active=True,
        currency="EUR",
        notes="",
    )
    contract.lines = [
        ContractLine(
            position=pos,
            article_no=article,
            description=text,
            quantity=Decimal(rng.choice(["1", "1", "1", "2", "4"])),
            unit=unit,
            unit_price=Decimal(price),
            vat_rate=Decimal("19"),
            vat_category="S",
        )
        for pos, (article, text, unit, price) in enumerate(lines, start=1)
    ]
    return contract
