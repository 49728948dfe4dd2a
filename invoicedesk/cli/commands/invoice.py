"""``invoicedesk invoice``: write a stored invoice PDF, issue a draft, export cases as CSV;
drafts from JSON files and e-invoice XML (:mod:`invoicedesk.cli.invoice_files`)."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from sqlalchemy import select

from invoicedesk.cli import invoice_files
from invoicedesk.cli.context import check_output_file, record_id
from invoicedesk.domain.enums import OutStatus
from invoicedesk.domain.errors import NotFound, ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.outgoing.issuing import Delivery, invoice_pdf, issue_invoice
from invoicedesk.startup import open_database, open_existing
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case

CSV_COLUMNS = (
    "id", "number", "kind", "status", "party", "issue_date", "due_date", "net", "tax",
    "gross", "currency", "payment_status", "payment_reference", "delivered", "booked",
)  # fmt: skip


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``invoice`` command group."""
    inv = sub.add_parser("invoice", help="issued invoices and credit notes", parents=[common])
    inv_sub = inv.add_subparsers(title="invoice commands", metavar="COMMAND", required=True)
    pdf = inv_sub.add_parser("pdf", help="write the stored PDF of an invoice", parents=[common])
    pdf.add_argument("number", help="invoice or credit note number, e.g. RE-2026-00001")
    pdf.add_argument("--out", required=True, type=Path, help="file to write")
    pdf.set_defaults(handler=_pdf)
    issue = inv_sub.add_parser("issue", help="issue a draft", parents=[common])
    issue.add_argument("case_id", type=record_id)
    issue.add_argument("--send", action="store_true", help="queue the e-mail to the customer")
    issue.set_defaults(handler=_issue)
    exp = inv_sub.add_parser("export-csv", help="export outgoing cases as CSV", parents=[common])
    exp.add_argument("--out", required=True, type=Path)
    exp.add_argument("--status", action="append", default=[], help="status code (repeatable)")
    exp.add_argument(
        "--id", action="append", type=record_id, default=[], help="case id (repeatable)"
    )
    exp.set_defaults(handler=_export)
    invoice_files.register(inv_sub, common)


def pdf_by_number(db: Database, number: str) -> bytes:
    """The stored PDF of the outgoing document with this number, exactly as issued."""
    with db.read() as s:
        case_id = s.scalar(select(Case.id).where(Case.direction == "out", Case.number == number))
        if case_id is None:
            raise NotFound(f"There is no issued invoice or credit note with the number {number}.")
        return invoice_pdf(s, case_id)[1]


def _pdf(args: argparse.Namespace) -> int:
    check_output_file(args.out)
    content = pdf_by_number(open_existing(args), args.number)
    args.out.write_bytes(content)
    print(f"Wrote {args.number} ({len(content):,} bytes) to {args.out}.")
    return 0


def _issue(args: argparse.Namespace) -> int:
    db = open_database(args)
    delivery: Delivery = "email" if args.send else "create_only"
    result = issue_invoice(db, Actor.system(), args.case_id, delivery=delivery)
    queued = f", e-mail queued (outbox {result.outbox_id})" if result.outbox_id else ""
    print(f"Issued case {result.case_id} as {result.number}{queued}.")
    return 0


def _export(args: argparse.Namespace) -> int:
    valid = {s.value for s in OutStatus}
    for status in args.status:
        if status not in valid:
            raise ValidationError(f"Unknown status {status!r}; use one of {', '.join(valid)}.")
    check_output_file(args.out)
    db = open_existing(args)
    query = select(Case).where(Case.direction == "out").order_by(Case.id)
    if args.status:
        query = query.where(Case.status.in_(args.status))
    if args.id:
        query = query.where(Case.id.in_(args.id))
    count = 0
    with db.read() as s, args.out.open("w", newline="", encoding="utf-8-sig") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(CSV_COLUMNS)
        for case in s.scalars(query.execution_options(yield_per=500)):
            writer.writerow(
                [
                    case.id, case.number or "", case.kind, case.status, case.party_name,
                    case.issue_date or "", case.due_date or "", case.net, case.tax, case.gross,
                    case.currency, case.payment_status, case.payment_reference or "",
                    int(case.delivered), int(case.booked),
                ]
            )  # fmt: skip
            count += 1
    print(f"Exported {count} cases to {args.out}.")
    return 0
