"""``invoicedesk cases list``: the case table on the command line."""

from __future__ import annotations

import argparse
from typing import Any

from invoicedesk.cli.context import int_in, print_json, printable
from invoicedesk.domain.enums import InStatus, OutStatus, status_label
from invoicedesk.domain.errors import ValidationError
from invoicedesk.startup import open_existing
from invoicedesk.store.case_query import CaseFilter, fetch_rows

ALL_STATUSES = {s.value for s in OutStatus} | {s.value for s in InStatus}
#: the most rows one listing prints
MAX_ROWS = 1_000_000


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``cases`` command group."""
    cases = sub.add_parser("cases", help="list and inspect cases", parents=[common])
    cases_sub = cases.add_subparsers(title="cases commands", metavar="COMMAND", required=True)
    lst = cases_sub.add_parser("list", help="list active cases, newest first", parents=[common])
    lst.add_argument("--status", action="append", default=[], help="status code (repeatable)")
    lst.add_argument("--direction", choices=["in", "out"])
    lst.add_argument("--search", default="", help="text in party name or number")
    lst.add_argument("--limit", type=int_in(1, MAX_ROWS, "a number of rows"), default=50)
    lst.add_argument("--all", action="store_true", help="include completed and archived cases")
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(handler=_list)


def _list(args: argparse.Namespace) -> int:
    for status in args.status:
        if status not in ALL_STATUSES:
            raise ValidationError(
                f"Unknown status {status!r}; use one of {', '.join(sorted(ALL_STATUSES))}."
            )
    flt = CaseFilter(
        statuses=args.status,
        direction=args.direction,
        search=args.search,
        include_inactive=args.all,
    )
    db = open_existing(args)
    with db.read() as s:
        rows = fetch_rows(s, flt, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "number": r.number,
                    "direction": r.direction,
                    "kind": r.kind,
                    "status": r.status,
                    "party": r.party,
                    "gross": r.gross,
                    "currency": r.currency,
                    "due_date": r.due_date,
                    "pending_action": r.pending_action,
                    "created_at": r.created_at,
                    "created_by_initials": r.created_by_initials,
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        print(
            f"{r.id:>8}  {status_label(r.status):<12} {printable(r.number or '—'):<16} "
            f"{r.direction:<3} {printable(r.party[:30]):<30} {r.gross:>12} {r.currency}  "
            f"{r.due_date or ''!s:<10}  {r.created_at:%d.%m.%y} {r.created_by_initials or ''}"
        )
    return 0
