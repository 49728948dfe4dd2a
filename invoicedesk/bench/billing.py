"""``invoicedesk bench billing``: invoices per second of a whole billing run.

N won orders (1-15 lines, demo customers) are billed with *Create only* by the app: fetch,
store the run, draft, number, freeze, render the Factur-X PDF in the process pool, store,
history. The raw baseline renders the same N invoices (the documents frozen by the run) with
the straight-line reportlab/segno/factur-x script of :mod:`invoicedesk.bench.render`, in one
process, without database or app layers. Both are warmed up; the pool's start is reported
apart (the desk starts it once per session).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from invoicedesk.bench.render import raw_render
from invoicedesk.documents.model import InvoiceDocument
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.process import process_run
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import RowSpec, create_run, fetch
from invoicedesk.services.demo.orders import generate_orders
from invoicedesk.services.outgoing.issuing import document_from_snapshot
from invoicedesk.services.outgoing.render_pool import RenderPool
from invoicedesk.services.settings.company import company_logo, get_company
from invoicedesk.store.database import Database
from invoicedesk.store.migrate import upgrade
from invoicedesk.store.models.billing import BillingRunRow
from invoicedesk.store.models.cases import Case


def _documents(db: Database, run_id: int) -> list[InvoiceDocument]:
    with db.read() as s:
        logo = company_logo(s, get_company(s))
        snapshots = s.scalars(
            select(Case.snapshot)
            .join(BillingRunRow, BillingRunRow.case_id == Case.id)
            .where(BillingRunRow.run_id == run_id)
            .order_by(BillingRunRow.position)
        ).all()
        return [document_from_snapshot(snap, logo) for snap in snapshots if snap]


def measure(orders: int, workers: int | None, url: str | None, seed: int = 7) -> dict[str, Any]:
    """Run the billing benchmark and return its figures."""
    folder = tempfile.mkdtemp(prefix="invoicedesk-bench-")
    db = Database(url or f"sqlite:///{Path(folder, 'bench.sqlite3').as_posix()}")
    upgrade(db.engine)
    today = date.today()
    generate_orders(db, orders, seed=seed, today=today, approved_share=1.0)
    pool = RenderPool(workers)
    started = time.perf_counter()
    pool.start()
    pool_start = time.perf_counter() - started
    actor = Actor.system()
    begin = time.perf_counter()
    rules = BillingRules(stages=("won",), period="last_month", approved_only=True)
    rows = fetch(db, rules, "create_only", today=today)
    run_id = create_run(
        db, actor, rules, [RowSpec(r.order_id, r.action) for r in rows], today=today
    )
    summary = process_run(db, actor, run_id, pool=pool)
    seconds = time.perf_counter() - begin
    pool.close()
    docs = _documents(db, run_id)
    raw_render(docs[0])
    raw_begin = time.perf_counter()
    for doc in docs:
        raw_render(doc)
    raw_seconds = time.perf_counter() - raw_begin
    db.dispose()
    app_per_s = summary.processed / seconds
    raw_per_s = len(docs) / raw_seconds
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "orders": orders,
        "processed": summary.processed,
        "seconds": round(seconds, 2),
        "app_per_s": round(app_per_s, 1),
        "raw_per_s": round(raw_per_s, 1),
        "ratio": round(app_per_s / raw_per_s, 3),
        "workers": pool.workers,
        "pool_start_s": round(pool_start, 2),
        "database": "postgresql" if url and url.startswith("postgresql") else "sqlite",
        "load_avg": [round(x, 2) for x in load],
    }


def _run(args: argparse.Namespace) -> int:
    url = getattr(args, "database_url", None) if args.use_database else None
    print(json.dumps(measure(args.orders, args.workers, url)))
    return 0


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add ``billing`` to the ``bench`` command."""
    parser = subparsers.add_parser(
        "billing", help="billing run speed (create only) against raw rendering", parents=[common]
    )
    parser.add_argument("--orders", type=int, default=1000, help="number of orders (1000)")
    parser.add_argument("--workers", type=int, default=None, help="render processes (cores)")
    parser.add_argument(
        "--use-database",
        action="store_true",
        help="bench on --database-url (an empty scratch database!) instead of a temp SQLite",
    )
    parser.set_defaults(handler=_run)
