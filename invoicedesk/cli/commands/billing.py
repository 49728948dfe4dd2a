"""``invoicedesk billing-run``: a billing run from the command line, for scheduled use.

    invoicedesk billing-run --scenario "Closed orders last month" [--dry-run] [--json]
    invoicedesk billing-run --resume 12

With ``--json`` it prints ``run_id, processed, failed, skipped``, the run's ``mails`` (per
state: queued, waiting, sent, failed) and the ``rows`` (``order, customer, action, status,
invoice_number, error, mail``). When the mail server is not usable, e-mail rows are still
processed and their e-mails wait; a warning on stderr says why.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from invoicedesk.cli.context import int_in, print_json, printable, record_id
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.billing.process import process_run
from invoicedesk.services.billing.runs import (
    ROW_STATUS_LABELS,
    RowSpec,
    create_run,
    fetch,
    run_rows,
    run_summary,
)
from invoicedesk.services.billing.scenarios import scenario_by_name
from invoicedesk.services.mail.readiness import mail_readiness
from invoicedesk.services.outgoing.render_pool import RenderPool
from invoicedesk.startup import open_database, open_existing


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``billing-run`` command."""
    cmd = sub.add_parser(
        "billing-run", help="invoice the orders of a billing scenario", parents=[common]
    )
    what = cmd.add_mutually_exclusive_group(required=True)
    what.add_argument("--scenario", metavar="NAME", help="billing scenario to run")
    what.add_argument(
        "--resume",
        metavar="RUN_ID",
        type=record_id,
        help="resume an interrupted run",
    )
    cmd.add_argument("--dry-run", action="store_true", help="fetch and check, create nothing")
    cmd.add_argument("--json", action="store_true", help="print the outcome as JSON")
    cmd.add_argument(
        "--takeover",
        action="store_true",
        help="with --resume: take over a run whose process died less than a minute ago",
    )
    cmd.add_argument(
        "--workers",
        type=int_in(0, 64, "a number of processes"),
        default=None,
        help="render processes (default: cores; 0 renders in this process)",
    )
    cmd.add_argument("--chunk", type=int_in(1, 10_000), default=20, help=argparse.SUPPRESS)
    cmd.set_defaults(handler=_billing_run)


def _billing_run(args: argparse.Namespace) -> int:
    db = open_existing(args) if args.dry_run else open_database(args)
    actor = Actor.system()
    if args.resume is None:
        scenario = scenario_by_name(db, args.scenario)
        fetched = fetch(db, scenario.rules, scenario.default_action)
        if args.dry_run:
            rows = [
                {
                    "order": r.order_number,
                    "customer": r.customer,
                    "action": r.action,
                    "status": "would_fail" if r.problem else "not_done",
                    "invoice_number": None,
                    "error": r.problem,
                }
                for r in fetched
            ]
            return _report(args, None, rows)
        if not fetched:
            return _report(args, None, [])
        run_id = create_run(
            db,
            actor,
            scenario.rules,
            [RowSpec(r.order_id, r.action) for r in fetched],
            scenario_id=scenario.id,
            scenario_name=scenario.name,
            date_rule=scenario.date_rule,
        )
    else:
        run_id = args.resume
        if args.dry_run:
            summary = run_summary(db, run_id)
            print(f"Run {run_id}: {summary.open} order(s) still to do.")
            return 0
    _warn_if_mail_waits(db, run_id)
    pool = RenderPool(args.workers)

    def progress(done: int, total: int, _text: str) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{done} of {total} orders", end="", file=sys.stderr, flush=True)

    try:
        process_run(
            db,
            actor,
            run_id,
            pool=pool,
            progress=progress,
            chunk_size=args.chunk,
            force=args.takeover,
        )
    finally:
        pool.close()
    rows = [
        {
            "order": r.order_number,
            "customer": r.customer,
            "action": r.action,
            "status": r.status,
            "invoice_number": r.invoice_number,
            "error": r.error,
            "mail": r.mail,
        }
        for r in run_rows(db, run_id)
    ]
    return _report(args, run_id, rows, run_summary(db, run_id).mails)


def _warn_if_mail_waits(db: Any, run_id: int) -> None:
    """E-mail rows while the mail server is not usable: their e-mails will wait."""
    if not any(r.action == "email" and r.status == "not_done" for r in run_rows(db, run_id)):
        return
    ready = mail_readiness(db)
    if not ready.ready:
        print(f"invoicedesk: warning: the e-mails of this run will wait: {ready.reason}. "
              f"{ready.detail or ''}".strip(), file=sys.stderr)  # fmt: skip


def _report(
    args: argparse.Namespace,
    run_id: int | None,
    rows: list[dict[str, Any]],
    mails: dict[str, int] | None = None,
) -> int:
    counts = {
        "processed": sum(1 for r in rows if r["status"] == "processed"),
        "failed": sum(1 for r in rows if r["status"] in ("failed", "would_fail")),
        "skipped": sum(1 for r in rows if r["status"] in ("skipped", "excluded")),
    }
    if args.json:
        print_json({"run_id": run_id, **counts, "dry_run": bool(args.dry_run),
                    "mails": mails or {}, "rows": rows})  # fmt: skip
    else:
        for r in rows:
            label = ROW_STATUS_LABELS.get(r["status"], r["status"].replace("_", " "))
            tail = r["invoice_number"] or r["error"] or ""
            customer = printable(r["customer"][:30])
            print(f"{r['order']:<16} {customer:<30} {r['action']:<12} {label:<10} {tail}")
        head = "Dry run" if args.dry_run else f"Run {run_id}"
        print(f"{head}: {counts['processed']} processed, {counts['failed']} failed, "
              f"{counts['skipped']} skipped, {len(rows)} orders.")  # fmt: skip
    unfinished = any(r["status"] in ("not_done", "issued") for r in rows)
    return 1 if counts["failed"] or unfinished else 0
