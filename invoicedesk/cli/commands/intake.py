"""``invoicedesk intake FILE…``: take supplier invoices in (the same pipeline as the GUI).

``invoicedesk intake --recover`` reads to the end every case whose intake stopped (the process
was killed or lost the database) once its lease has run out; every intake also takes up some.
"""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import Any

from invoicedesk.cli.acting import acting_user, refusals_exit_2
from invoicedesk.cli.context import int_in, print_json, printable
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.incoming.intake import IntakeOutcome, read_files, take_in
from invoicedesk.services.incoming.leases import LEASE
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``intake`` command."""
    cmd = sub.add_parser("intake", help="take in supplier invoices (PDF or XML)", parents=[common])
    cmd.add_argument("files", nargs="*", type=Path, metavar="FILE")
    cmd.add_argument(
        "--recover",
        action="store_true",
        help="read to the end the cases whose intake stopped (process killed, database lost)",
    )
    cmd.add_argument(
        "--workers", type=int_in(1, 32, "a number of processes"), default=2, help="parser processes"
    )
    cmd.add_argument("--json", action="store_true", help="print a JSON array")
    # seconds a case's lease lasts without a heartbeat (tests shorten it)
    cmd.add_argument("--lease", type=float, default=LEASE.total_seconds(), help=argparse.SUPPRESS)
    cmd.set_defaults(handler=refusals_exit_2(_intake))


def _intake(args: argparse.Namespace) -> int:
    from invoicedesk.documents.intake.sandbox import SharedParser
    from invoicedesk.services.incoming.recovery import recover_stuck

    if not args.files and not args.recover:
        raise ValidationError("Name the files to take in, or use --recover.")
    if args.lease <= 0:
        raise ValidationError("--lease must be positive.")
    folders = [printable(p) for p in args.files if p.is_dir()]
    if folders:
        raise ValidationError(
            f"{', '.join(folders)} is a folder; name the files in it (e.g. {folders[0]}/*.pdf)."
        )
    missing = [printable(p) for p in args.files if not p.is_file()]
    if missing:
        raise ValidationError(f"No such file: {', '.join(missing)}.")
    db = open_database(args)
    lease = timedelta(seconds=args.lease)
    uploader = acting_user(args, db) or Actor.system()  # --as LOGIN is recorded as the uploader
    parser = SharedParser(max(1, args.workers))
    try:
        outcomes: list[IntakeOutcome] = []
        if args.files:
            files = read_files(args.files)
            outcomes = take_in(db, uploader, files, parser.get(), lease=lease)
        if args.recover:
            outcomes += recover_stuck(db, parser.get, lease=lease)
    finally:
        parser.close()
    if args.json:
        print_json([_as_json(o) for o in outcomes])
        return 0
    if args.recover and not args.files and not outcomes:
        print("No case was waiting to be read again.")
    for o in outcomes:
        detail = o.error or o.note or ", ".join(f"{k}={v}" for k, v in o.fields.items() if v)
        dup = f" (possible duplicate of {o.duplicate_of})" if o.duplicate_of else ""
        again = " (taken up again)" if o.resumed else ""
        print(printable(f"{o.file}: case {o.case_id} {o.status}{again}{dup} — {detail}"))
    return 0


def _as_json(o: IntakeOutcome) -> dict[str, Any]:
    return {
        "file": o.file,
        "case_id": o.case_id,
        "status": o.status,
        "error": o.error,
        "resumed": o.resumed,
        "note": o.note,
        "duplicate_of": o.duplicate_of,
        "einvoice_profile": o.einvoice_profile,
        "validation": None
        if o.validation is None
        else {"ok": o.validation["ok"], "summary": o.validation["summary"]},
        "fields": o.fields if o.status != "error" else None,
        "ocr": o.ocr,
        "confidence": o.confidence if o.status != "error" else None,
    }
