"""``invoicedesk bench merge``: take over a year of N contracts and merge everything, against a
raw SQL insert of the very rows that work produced, in the same run and the same database.

The app path is :func:`~invoicedesk.services.contracts.takeover.take_over` (2027-01..2027-12) plus
:func:`~invoicedesk.services.contracts.collective.merge` of all pending invoices (one transaction
per
collective invoice, with checks, totals, history). The raw path then deletes those rows and
inserts them again with plain DB-API ``executemany`` in one transaction: the floor any
implementation of the same work has to pay for writing its result.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import text

from invoicedesk.domain.workflow import Actor
from invoicedesk.services.contracts.collective import merge
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.services.demo.contracts import add_demo_contracts
from invoicedesk.store.audit import maintenance
from invoicedesk.store.database import Database
from invoicedesk.store.migrate import upgrade

#: (table, WHERE clause selecting what the app path wrote), in insert order
PRODUCED = [
    ("cases", "kind = 'collective'"),
    ("case_lines", "case_id IN (SELECT id FROM cases WHERE kind = 'collective')"),
    ("status_history", "case_id IN (SELECT id FROM cases WHERE kind = 'collective')"),
    ("contract_invoices", "1 = 1"),
]


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench merge``."""
    p = sub.add_parser(
        "merge", help="take over a year and merge it vs. raw SQL (JSON)", parents=[common]
    )
    p.add_argument("--contracts", type=int, default=2000, help="contracts (default 2000)")
    p.set_defaults(handler=_run)


def _app(db: Database, contracts: int) -> tuple[int, int, float]:
    system = Actor.system()
    started = time.perf_counter()
    taken = take_over(db, system, date(2027, 1, 1), date(2027, 12, 31))
    merged = merge(db, system)
    seconds = time.perf_counter() - started
    if merged.invoices_in != taken.created:
        raise RuntimeError(f"merged {merged.invoices_in} of {taken.created} invoices")
    return taken.created, len(merged.collective_ids), seconds


def _dump_and_delete(db: Database) -> dict[str, tuple[list[str], list[tuple[Any, ...]]]]:
    dump: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}
    with db.engine.begin() as conn, maintenance(conn):  # history rows are append-only
        for table, where in PRODUCED:
            result = conn.execute(text(f"SELECT * FROM {table} WHERE {where}"))  # noqa: S608
            dump[table] = (list(result.keys()), [tuple(r) for r in result])
        conn.execute(text("UPDATE contract_invoices SET collective_case_id = NULL"))
        for table, where in reversed(PRODUCED):
            conn.execute(text(f"DELETE FROM {table} WHERE {where}"))  # noqa: S608
    return dump


def _raw(db: Database, dump: dict[str, tuple[list[str], list[tuple[Any, ...]]]]) -> float:
    """Seconds to insert the dumped rows with DB-API executemany, one transaction."""
    mark = "?" if db.is_sqlite else "%s"
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        started = time.perf_counter()
        if db.is_sqlite:
            cur.execute("BEGIN IMMEDIATE")
        for table, _where in PRODUCED:
            columns, rows = dump[table]
            if not db.is_sqlite:
                rows = [tuple(_pg_value(v) for v in row) for row in rows]
            names = ", ".join(columns)
            marks = ", ".join([mark] * len(columns))
            cur.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608
        raw.commit()
        return time.perf_counter() - started
    finally:
        raw.close()


def _pg_value(value: Any) -> Any:
    """JSON columns come back from psycopg as dicts and lists; send them back as JSON."""
    if isinstance(value, dict | list):
        from psycopg.types.json import Json

        return Json(value)
    return value


def _run(args: argparse.Namespace) -> int:
    n = max(1, args.contracts)
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder, 'bench.sqlite3').as_posix()}"
        db = Database(url)
        try:
            upgrade(db.engine)
            add_demo_contracts(db, n, seed=8, new_customers=max(1, n // 3))
            invoices_in, collective_out, seconds = _app(db, n)
            dump = _dump_and_delete(db)
            raw_seconds = _raw(db, dump)
        finally:
            db.dispose()
    result = {
        "contracts": n,
        "invoices_in": invoices_in,
        "collective_out": collective_out,
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "seconds": round(seconds, 3),
        "per_s": round(invoices_in / seconds, 1),
        "raw_seconds": round(raw_seconds, 3),
        "ratio": round(raw_seconds / seconds, 4),
    }
    print(json.dumps(result))
    return 0
