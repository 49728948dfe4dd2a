"""*Use demo data* (first start) and ``invoicedesk demo-data`` on an empty database: one
coherent demo — the demo company, users, cases in every status (issued ones with their real
PDFs), won orders ready for a billing run, service contracts with periods of the past still to
take over, and a few collective invoices without a send date (so the login popup shows).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from invoicedesk.domain.intervals import add_months
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.contracts.collective import merge
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.services.demo.cases import generate
from invoicedesk.services.demo.contracts import add_demo_contracts
from invoicedesk.services.demo.orders import generate_orders
from invoicedesk.services.settings.company import ensure_company
from invoicedesk.store.database import Database

#: what the default demo adds besides its cases
DEMO_ORDERS = 24
DEMO_CONTRACTS = 18


@dataclass(frozen=True)
class DemoSetup:
    """What the demo made: users (login, initials, password) and how many of each."""

    users: list[tuple[str, str, str]]
    cases: int
    orders: int
    contracts: int
    collective: int
    seconds: float


def use_demo_data(
    db: Database,
    cases: int,
    *,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> DemoSetup:
    """Fill a new database with the whole demo (see the module text)."""
    day = today or date.today()
    with db.write() as s:
        ensure_company(s)
    summary = generate(db, cases, seed=seed, progress=progress)
    orders = generate_orders(db, DEMO_ORDERS, seed=seed, today=day)
    add_demo_contracts(db, DEMO_CONTRACTS, seed=seed)
    # this month's periods become collective invoices without a send date; the months
    # before stay to be taken over (the take-over dialog starts there)
    first = day.replace(day=1)
    system = Actor.system()
    take_over(db, system, first, _month_end(first))
    made = merge(db, system).collective_ids
    return DemoSetup(
        users=summary.users,
        cases=summary.cases,
        orders=len(orders.orders),
        contracts=DEMO_CONTRACTS,
        collective=len(made),
        seconds=summary.seconds,
    )


def _month_end(first: date) -> date:
    following = add_months(first, 1)
    return date.fromordinal(following.toordinal() - 1)
