"""``invoicedesk demo-data``: realistic demo content for trials and benchmarks."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy import select

from invoicedesk.cli.context import MAX_ID, int_in
from invoicedesk.services.demo.cases import generate
from invoicedesk.services.demo.setup import use_demo_data
from invoicedesk.startup import open_database
from invoicedesk.store.models.cases import Case

#: the most records of one kind one call adds
MAX_COUNT = 10_000_000


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``demo-data`` command."""
    demo = sub.add_parser("demo-data", help="fill the database with demo content", parents=[common])
    demo.add_argument(
        "--cases", type=int_in(0, MAX_COUNT), default=200, help="number of cases to add"
    )
    demo.add_argument(
        "--seed", type=int_in(0, MAX_ID), default=1, help="random seed (same seed, same data)"
    )
    demo.add_argument(
        "--due-mails",
        type=int_in(0, MAX_COUNT),
        default=0,
        metavar="N",
        help="also add N issued invoices whose e-mails are due now (to example.com)",
    )
    demo.add_argument(
        "--contracts",
        type=int_in(0, MAX_COUNT),
        default=0,
        metavar="N",
        help="also add N service contracts",
    )
    demo.add_argument(
        "--orders",
        type=int_in(0, MAX_COUNT),
        default=0,
        metavar="N",
        help="also add N won sales orders",
    )
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    db = open_database(args)

    def progress(done: int, total: int) -> None:
        if total >= 50_000:
            print(f"\r{done:,} of {total:,} cases", end="", file=sys.stderr, flush=True)

    with db.read() as s:
        empty = s.scalar(select(Case.id).limit(1)) is None
    if empty:  # what *Use demo data* does: company, cases, orders, contracts, collective
        full = use_demo_data(db, args.cases, seed=args.seed, progress=progress)
        users, cases, seconds = full.users, full.cases, full.seconds
    else:
        summary = generate(db, args.cases, seed=args.seed, progress=progress)
        users, cases, seconds = summary.users, summary.cases, summary.seconds
    if args.cases >= 50_000:
        print(file=sys.stderr)
    print(f"Added {cases} cases in {seconds:.1f} s to {db.name}.")
    if empty:
        print(
            f"Set up the demo company, {full.orders} won orders for a billing run, "
            f"{full.contracts} service contracts and {full.collective} collective invoices "
            "without a send date."
        )
    print("Demo users (login / password):")
    for login, initials, password in users:
        print(f"  {login:<10} {initials:<3} {password}")
    if args.due_mails:
        from invoicedesk.services.demo.outbox import queue_due_mails

        queue_due_mails(db, args.due_mails)
        print(f"Queued {args.due_mails} invoice e-mails due now (to addresses at example.com).")
    if args.contracts > 0:
        from invoicedesk.services.demo.contracts import add_demo_contracts

        add_demo_contracts(db, args.contracts, seed=args.seed)
        print(f"Added {args.contracts} service contracts.")
    if args.orders > 0:
        from invoicedesk.services.demo.orders import generate_orders

        generate_orders(db, args.orders, seed=args.seed)
        print(f"Added {args.orders} sales orders (won last month) for billing runs.")
    return 0
