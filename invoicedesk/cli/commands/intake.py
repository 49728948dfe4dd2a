"""``invoicedesk intake FILE…``: take supplier invoices in (the same pipeline as the GUI)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from invoicedesk.cli.acting import acting_user, refusals_exit_2
from invoicedesk.cli.context import print_json
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.incoming.intake import read_files, take_in
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``intake`` command."""
    cmd = sub.add_parser("intake", help="take in supplier invoices (PDF or XML)", parents=[common])
    cmd.add_argument("files", nargs="+", type=Path, metavar="FILE")
    cmd.add_argument("--workers", type=int, default=2, help="parser processes")
    cmd.add_argument("--json", action="store_true", help="print a JSON array")
    cmd.set_defaults(handler=refusals_exit_2(_intake))


def _intake(args: argparse.Namespace) -> int:
    from invoicedesk.documents.intake.sandbox import ParserPool

    missing = [str(p) for p in args.files if not p.is_file()]
    if missing:
        raise ValidationError(f"No such file: {', '.join(missing)}.")
    db = open_database(args)
    uploader = acting_user(args, db) or Actor.system()  # --as LOGIN is recorded as the uploader
    with ParserPool(max(1, args.workers)) as pool:
        outcomes = take_in(db, uploader, read_files(args.files), pool)
    if args.json:
        print_json(
            [
                {
                    "file": o.file,
                    "case_id": o.case_id,
                    "status": o.status,
                    "error": o.error,
                    "duplicate_of": o.duplicate_of,
                    "einvoice_profile": o.einvoice_profile,
                    "validation": None
                    if o.validation is None
                    else {"ok": o.validation["ok"], "summary": o.validation["summary"]},
                    "fields": o.fields if o.status != "error" else None,
                }
                for o in outcomes
            ]
        )
        return 0
    for o in outcomes:
        detail = o.error or ", ".join(f"{k}={v}" for k, v in o.fields.items() if v)
        dup = f" (possible duplicate of {o.duplicate_of})" if o.duplicate_of else ""
        print(f"{o.file}: case {o.case_id} {o.status}{dup} — {detail}")
    return 0
