"""``invoicedesk bench bank``: importing a bank statement against the raw parse of the file.

A database with ``--open`` open outgoing invoices (default 100,000; created once, in bulk, and
reused) gets a generated CAMT.053 statement of ``--lines`` lines: most name an open invoice
(exactly or sloppily), some carry no reference, some are fees. Measured in the same run:

* ``raw_parse_s``: lxml parsing the file and walking its entries (amount, text) — the least
  any import has to do;
* ``import_s``: the app's import — read, duplicate check, the index of every open case,
  matching, storing the lines, booking the sure ones (payments, history rows).

``lines_per_s`` of both and ``ratio`` = app / raw. The statement is fresh in every run (a new
statement id, other invoices), so nothing is recognised as a duplicate.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench bank``."""
    cmd = sub.add_parser("bank", help="bank statement import vs. raw parse", parents=[common])
    cmd.add_argument("--lines", type=int, default=10_000, help="statement lines")
    cmd.add_argument("--open", type=int, default=100_000, help="open invoices in the database")
    cmd.add_argument("--seed", type=int, default=None, help="random seed (default: time)")
    cmd.set_defaults(handler=_run)


def _database(args: argparse.Namespace) -> Any:
    from invoicedesk.config import data_dir
    from invoicedesk.startup import open_database

    if not getattr(args, "database_url", None):
        path = data_dir() / f"bench-bank-{args.open}.sqlite3"
        args.database_url = f"sqlite:///{path.as_posix()}"
    return open_database(args)


def _ensure_open_invoices(db: Any, wanted: int) -> None:
    """Top the database up to ``wanted`` open invoices of 200 customers (bulk insert)."""
    from sqlalchemy import func, select

    from invoicedesk.services.demo.parties import iban
    from invoicedesk.store.bulk import bulk_insert
    from invoicedesk.store.match_keys import fill_missing_keys
    from invoicedesk.store.models.cases import Case
    from invoicedesk.store.models.parties import Party

    bench = Case.number.like("BB-%")
    with db.read() as s:
        made = int(s.scalar(select(func.count()).select_from(Case).where(bench)) or 0)
        # earlier runs paid some: count the open ones
        still_open = Case.payment_status != "paid"
        have = int(s.scalar(select(func.count()).where(bench, still_open)) or 0)
    if have >= wanted:
        return
    print(f"bench bank: adding {wanted - have:,} open invoices to {db.name} …", file=sys.stderr)
    rng = random.Random(made)
    with db.write() as s:
        parties = list(s.scalars(select(Party.id).where(Party.name.like("Bench customer %"))))
        if not parties:
            for n in range(200):
                party = Party(
                    kind="customer", name=f"Bench customer {n:03d} GmbH", iban=iban("DE", rng)
                )
                s.add(party)
                s.flush()
                parties.append(party.id)
        names = dict(s.execute(select(Party.id, Party.name).where(Party.id.in_(parties))).all())
    now = datetime.now(UTC)
    table = Case.__table__
    for start in range(made, made + wanted - have, 20_000):
        rows = []
        for n in range(start, min(made + wanted - have, start + 20_000)):
            party = parties[n % len(parties)]
            gross = Decimal(rng.randint(1_000, 500_000)) / 100
            number = f"BB-2026-{n + 1:06d}"
            rows.append(
                {
                    "direction": "out",
                    "kind": "invoice",
                    "status": "sent",
                    "active": True,
                    "pending_action": "await_payment",
                    "number": number,
                    "party_id": party,
                    "party_name": names[party],
                    "search_text": f"{number} {names[party]}".lower(),
                    "currency": "EUR",
                    "net": gross,
                    "tax": Decimal(0),
                    "gross": gross,
                    "paid_amount": Decimal(0),
                    "payment_status": "unpaid",
                    "issue_date": date(2026, 11, 1),
                    "due_date": date(2026, 12, 1),
                    "payment_reference": number,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        with db.write() as s:
            bulk_insert(s, table, rows)  # type: ignore[arg-type]
    with db.write() as s:  # their number keys, as issuing would have written them
        fill_missing_keys(s)


def _statement(db: Any, lines: int, seed: int) -> bytes:
    from invoicedesk.bench.camt_writer import Line, camt053
    from invoicedesk.services.payments.open_items import open_items

    rng = random.Random(seed)
    with db.read() as s:
        items = [i for i in open_items(s) if i.number.startswith("BB-")]
    rng.shuffle(items)
    day = date(2026, 12, 2)
    out: list[Line] = []
    for n in range(lines):
        item = items[n % len(items)]
        kind = rng.random()
        if kind < 0.6:
            out.append(
                Line(
                    item.open_amount,
                    day,
                    item.party_name,
                    item.party_iban,
                    f"Rechnung {item.number}",
                )
            )
        elif kind < 0.8:
            _p, year, seq = item.number.split("-")
            out.append(
                Line(
                    item.open_amount,
                    day,
                    item.party_name,
                    item.party_iban,
                    f"BB {year} {int(seq)} danke",
                )
            )
        elif kind < 0.9:
            out.append(Line(item.open_amount, day, item.party_name, item.party_iban, "Danke"))
        else:
            out.append(Line(Decimal("-4.90"), day, "", "", f"Entgelt {n}"))
    return camt053(out, statement_id=f"BENCH-{seed}", sequence=seed % 100000)


def _raw_parse(data: bytes) -> int:
    """Parse the file with lxml and walk its entries (amount, remittance text)."""
    from lxml import etree

    root = etree.fromstring(data)
    count = 0
    for entry in root.iter("{*}Ntry"):
        amount = entry.findtext("{*}Amt")
        text = " ".join(t.text or "" for t in entry.iter("{*}Ustrd"))
        if amount is not None and text is not None:
            count += 1
    return count


def _run(args: argparse.Namespace) -> int:
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services.payments.bank_import import import_file
    from invoicedesk.services.wiring import install

    install()
    db = _database(args)
    _ensure_open_invoices(db, args.open)
    seed = args.seed if args.seed is not None else int(time.time())
    data = _statement(db, args.lines, seed)
    started = time.perf_counter()
    parsed = _raw_parse(data)
    raw_s = time.perf_counter() - started
    started = time.perf_counter()
    result = import_file(db, Actor.system(), Path(f"bench-{seed}.xml"), data)
    app_s = time.perf_counter() - started
    if result.error:
        print(f"bench bank: {result.error}", file=sys.stderr)
        return 1
    lines = len(result.lines)
    figures = {
        "lines": lines,
        "open_invoices": args.open,
        "booked": result.count("booked"),
        "proposed": result.count("proposed"),
        "unmatched": result.count("unmatched"),
        "raw_parse_s": round(raw_s, 3),
        "import_s": round(app_s, 3),
        "raw_lines_per_s": round(parsed / raw_s, 1) if raw_s else None,
        "lines_per_s": round(lines / app_s, 1) if app_s else None,
        "ratio": round(raw_s / app_s, 3) if app_s else None,
        "database": db.engine.dialect.name,
    }
    print(json.dumps(figures))
    return 0
