"""``invoicedesk bank import FILE… [--json]`` and ``invoicedesk payments list``.

The import prints, per statement line, its date, amount, end-to-end id, remittance text, the
cases it was matched to and its state (``booked``, ``proposed``, ``unmatched``,
``duplicate``). A file that cannot be read is one line on stderr (exit status 1), the other
files are imported all the same.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from invoicedesk.cli.acting import acting_user, refusals_exit_2
from invoicedesk.cli.context import print_json, printable
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.payments.bank_import import FileResult, import_files
from invoicedesk.services.payments.listing import list_lines, list_payments
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``bank`` and ``payments`` command groups."""
    bank = sub.add_parser("bank", help="bank statements (CAMT.053, MT940)", parents=[common])
    bank_sub = bank.add_subparsers(title="commands", metavar="COMMAND", required=True)
    imp = bank_sub.add_parser(
        "import", help="import statement files and match them", parents=[common]
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--json", action="store_true", help="print one JSON object per line")
    imp.set_defaults(handler=refusals_exit_2(_import))
    pay = sub.add_parser("payments", help="recorded payments", parents=[common])
    pay_sub = pay.add_subparsers(title="commands", metavar="COMMAND", required=True)
    lst = pay_sub.add_parser(
        "list", help="list payments, or the unmatched statement lines", parents=[common]
    )
    lst.add_argument(
        "--unmatched",
        action="store_true",
        help="the statement lines that wait for a clerk (proposed or unmatched)",
    )
    lst.add_argument("--json", action="store_true", help="print a JSON array")
    lst.set_defaults(handler=refusals_exit_2(_list))


def _line_json(file: FileResult) -> list[dict[str, Any]]:
    return [
        {
            "file": file.name,
            "date": ln.date,
            "amount": ln.amount,
            "currency": ln.currency,
            "end_to_end_id": ln.end_to_end_id,
            "reference": ln.reference,
            "matched_case_ids": list(ln.matched_case_ids),
            "state": ln.state,
        }
        for ln in file.lines
    ]


def _import(args: argparse.Namespace) -> int:
    missing = [printable(p) for p in args.files if not p.is_file()]
    if missing:
        raise ValidationError(f"No such file: {', '.join(missing)}.")
    db = open_database(args)
    actor = acting_user(args, db) or Actor.system()
    results = import_files(db, actor, args.files)
    failed = [r for r in results if r.error]
    for r in failed:
        print(printable(f"invoicedesk: {r.name}: {r.error}"), file=sys.stderr)
    for r in results:
        for warning in r.warnings:
            print(printable(f"invoicedesk: {r.name}: warning: {warning}"), file=sys.stderr)
    if args.json:
        print_json([row for r in results if not r.error for row in _line_json(r)])
    else:
        for r in results:
            if r.error:
                continue
            for ln in r.lines:
                cases = ",".join(str(c) for c in ln.matched_case_ids) or "-"
                print(
                    printable(
                        f"{ln.date} {ln.amount:>12} {ln.state:<9} {cases:<12} {ln.reference[:60]}"
                    )
                )
            print(
                f"{r.name}: {r.statements} statement(s), {r.duplicates} already imported; "
                f"{r.count('booked')} booked, {r.count('proposed')} proposed, "
                f"{r.count('unmatched')} unmatched, {r.count('duplicate')} duplicate"
            )
    return 1 if failed else 0


def _list(args: argparse.Namespace) -> int:
    db = open_database(args)
    if args.unmatched:
        lines = list_lines(db)
        if args.json:
            print_json(
                [
                    {
                        "line_id": ln.line_id,
                        "date": ln.booking_date,
                        "amount": ln.amount,
                        "currency": ln.currency,
                        "name": ln.name,
                        "iban": ln.iban,
                        "reference": ln.reference,
                        "end_to_end_id": ln.end_to_end_id,
                        "state": ln.state,
                        "candidate_case_ids": [c["case_id"] for c in ln.proposal],
                    }
                    for ln in lines
                ]
            )
            return 0
        for ln in lines:
            print(
                printable(
                    f"{ln.line_id:>6} {ln.booking_date} {ln.amount:>12} {ln.state:<9} "
                    f"{ln.name[:30]:<30} {ln.reference[:50]}"
                )
            )
        return 0
    payments = list_payments(db)
    if args.json:
        print_json(
            [
                {
                    "payment_id": p.payment_id,
                    "date": p.booked_on,
                    "direction": p.direction,
                    "amount": p.amount,
                    "currency": p.currency,
                    "party": p.party_name,
                    "reference": p.reference,
                    "source": p.source,
                    "case_ids": list(p.case_ids),
                    "credit": p.credit,
                    "undone": p.undone,
                }
                for p in payments
            ]
        )
        return 0
    for p in payments:
        undone = " (undone)" if p.undone else ""
        cases = ",".join(str(c) for c in p.case_ids) or "-"
        print(
            printable(
                f"{p.payment_id:>6} {p.booked_on} {p.direction:<3} {p.amount:>12} "
                f"{p.source:<6} cases {cases}{undone} {p.party_name[:30]}"
            )
        )
    return 0
