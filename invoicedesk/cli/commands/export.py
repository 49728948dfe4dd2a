"""``invoicedesk export datev|csv --out FILE``: book approved supplier invoices;
``invoicedesk export payments --format datev|csv --out FILE``: book payments."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from invoicedesk.cli.context import check_output_file, record_id
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.incoming.booking_export import (
    export_approved,
    export_content,
    list_exports,
)
from invoicedesk.services.payments.booking_export import export_payments
from invoicedesk.startup import open_database, open_existing


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``export`` command group."""
    cmd = sub.add_parser("export", help="export approved supplier invoices to booking",
                         parents=[common])
    cmd_sub = cmd.add_subparsers(title="export commands", metavar="COMMAND", required=True)
    for fmt, text in (("datev", "DATEV Buchungsstapel (EXTF)"), ("csv", "plain CSV")):
        p = cmd_sub.add_parser(fmt, help=f"export as {text} and mark the invoices booked",
                               parents=[common])
        p.add_argument("--out", type=Path, required=True, help="file to write")
        p.set_defaults(handler=_export, format=fmt)
    pay = cmd_sub.add_parser(
        "payments",
        help="export the payments not yet booked (one fiscal year) and the reversals of "
        "payments undone after their export",
        parents=[common],
    )
    pay.add_argument("--format", choices=("datev", "csv"), default="datev")
    pay.add_argument("--out", type=Path, required=True, help="file to write")
    pay.set_defaults(handler=_export_payments)
    lst = cmd_sub.add_parser("list", help="earlier exports", parents=[common])
    lst.set_defaults(handler=_list)
    again = cmd_sub.add_parser("download", help="write an earlier export again", parents=[common])
    again.add_argument("export_id", type=record_id)
    again.add_argument("--out", type=Path, required=True)
    again.set_defaults(handler=_download)


def _export(args: argparse.Namespace) -> int:
    check_output_file(args.out, overwrite=False)
    db = open_database(args)
    result = export_approved(db, Actor.system(), args.format)
    args.out.write_bytes(result.content)
    print(f"Exported {len(result.case_ids)} invoices ({result.total_gross} total) to "
          f"{args.out}; they are now booked (export {result.export_id}).")
    return 0


def _export_payments(args: argparse.Namespace) -> int:
    check_output_file(args.out, overwrite=False)
    db = open_database(args)
    result = export_payments(db, Actor.system(), args.format)
    args.out.write_bytes(result.content)
    print(f"Exported payments ({result.total_gross} total, {len(result.case_ids)} cases) to "
          f"{args.out} (export {result.export_id}).")
    return 0


def _list(args: argparse.Namespace) -> int:
    db = open_existing(args)
    for e in list_exports(db, subject=None):
        print(f"{e.id:>5}  {e.created_at:%d.%m.%Y %H:%M}  {e.format:<5} {e.case_count:>5} "
              f"{e.subject:<8}  {e.total_gross:>12}  {e.filename}")
    return 0


def _download(args: argparse.Namespace) -> int:
    check_output_file(args.out, overwrite=False)
    db = open_existing(args)
    name, content = export_content(db, args.export_id)
    args.out.write_bytes(content)
    print(f"Wrote export {args.export_id} ({name}) to {args.out}.")
    return 0
