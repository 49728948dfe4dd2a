"""``invoicedesk collective list``: the collective invoices, e.g. those still unsent."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from invoicedesk.cli.context import print_json, printable
from invoicedesk.services.contracts.collective_query import list_collective
from invoicedesk.startup import open_existing


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``collective`` command group."""
    grp = sub.add_parser("collective", help="collective invoices", parents=[common])
    cmds = grp.add_subparsers(title="collective commands", metavar="COMMAND", required=True)
    lst = cmds.add_parser("list", help="list collective invoices", parents=[common])
    lst.add_argument("--unsent", action="store_true", help="only those not sent yet")
    lst.add_argument("--no-send-date", action="store_true", help="only those without send date")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    rows = list_collective(
        open_existing(args),
        unsent=args.unsent or args.no_send_date,
        no_send_date=args.no_send_date,
    )
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        period = (
            f"{r.period_start:%m/%Y}–{r.period_end:%m/%Y}"
            if r.period_start and r.period_end
            else ""
        )
        print(
            f"{r.number or '(draft)':<14} {printable(r.party_name[:30]):<30} {period:<15} "
            f"{r.gross:>11} {r.currency} send {r.send_date or '—'}  {r.status}"
        )
    print(f"{len(rows)} collective invoices.")
    return 0
