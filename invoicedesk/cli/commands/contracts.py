"""``invoicedesk contracts``: list service contracts, take over a period, merge headless."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from datetime import date
from typing import Any

from invoicedesk.cli.context import int_in, print_json, printable, record_id
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.intervals import month_window
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.contracts.collective import merge
from invoicedesk.services.contracts.contracts import list_contracts
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.startup import open_database, open_existing


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``contracts`` command group."""
    grp = sub.add_parser("contracts", help="service contracts and their invoices", parents=[common])
    cmds = grp.add_subparsers(title="contracts commands", metavar="COMMAND", required=True)
    lst = cmds.add_parser("list", help="list the contracts", parents=[common])
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(handler=_list)
    take = cmds.add_parser(
        "take-over", help="write the pending invoices of a period", parents=[common]
    )
    take.add_argument("--period", required=True, help="e.g. 2027-01..2027-12, 2027-03 or 2027")
    take.add_argument("--contract", type=record_id, action="append", help="only this contract id")
    take.add_argument("--json", action="store_true", help="print JSON")
    take.set_defaults(handler=_take_over)
    mrg = cmds.add_parser(
        "merge", help="merge pending invoices into collective invoices", parents=[common]
    )
    who = mrg.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", type=record_id, help="customer (party) id")
    who.add_argument("--all", action="store_true", help="every customer")
    mrg.add_argument(
        "--periods-per-invoice",
        type=int_in(1, 1200, "a number of periods"),
        metavar="N",
        help="at most N periods per collective invoice (default: all)",
    )
    mrg.add_argument("--send-date", type=date.fromisoformat, help="send date (YYYY-MM-DD)")
    mrg.add_argument("--json", action="store_true", help="print JSON")
    mrg.set_defaults(handler=_merge)


def _list(args: argparse.Namespace) -> int:
    rows = list_contracts(open_existing(args))
    if args.json:
        print_json([asdict(r) for r in rows])
        return 0
    for r in rows:
        print(
            f"{r.number:<10} {printable(r.party_name[:30]):<30} every {r.interval_months:>2} mo. "
            f"{r.billing:<8} next {r.next_due or '—'}  {r.net_per_period:>10} net"
        )
    print(f"{len(rows)} contracts.")
    return 0


def _take_over(args: argparse.Namespace) -> int:
    try:
        first, last = month_window(args.period)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    result = take_over(open_database(args), Actor.system(), first, last, contract_ids=args.contract)
    data = {
        "period": [first, last],
        "contracts": result.contracts,
        "created": result.created,
        "existing": result.existing,
    }
    if args.json:
        print_json(data)
    else:
        print(
            f"Took over {result.created} invoices of {result.contracts} contracts "
            f"({result.existing} existed already) for {first:%d.%m.%Y}–{last:%d.%m.%Y}."
        )
    return 0


def _merge(args: argparse.Namespace) -> int:
    result = merge(
        open_database(args),
        Actor.system(),
        party_id=None if args.all else args.customer,
        periods_per_invoice=args.periods_per_invoice,
        send_date=args.send_date,
    )
    if args.json:
        print_json(
            {
                "invoices_in": result.invoices_in,
                "collective_out": len(result.collective_ids),
                "collective_ids": list(result.collective_ids),
            }
        )
    else:
        print(
            f"Merged {result.invoices_in} invoices into {len(result.collective_ids)} "
            "collective invoices."
        )
    return 0
