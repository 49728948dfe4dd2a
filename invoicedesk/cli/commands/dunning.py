"""``invoicedesk dunning run``: payment reminders from the command line, e.g. every morning.

    invoicedesk dunning run [--date YYYY-MM-DD] [--dry-run] [--send] [--json]

Lists every invoice whose next reminder level is due on the date (default: today) and writes
the reminders: the PDF on the case and in its history, and - with ``--send`` - the e-mail
through the outbox for customers who take e-mail (the others are to be printed). ``--dry-run``
only lists them. A second run on the same day finds nothing new. With ``--json`` each row has
``case_id, number, customer, level, title, days_overdue, open_amount, fee, interest,
interest_rate, total, channel, status, error``; decimals are strings.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from invoicedesk.cli.context import print_json
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Actor
from invoicedesk.services.dunning.due import DueReminder, due_reminders
from invoicedesk.services.dunning.process import Choice, Outcome, RowChoice, process_reminders
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``dunning`` command group."""
    dun = sub.add_parser("dunning", help="payment reminders (dunning)", parents=[common])
    dun_sub = dun.add_subparsers(title="dunning commands", metavar="COMMAND", required=True)
    run = dun_sub.add_parser(
        "run", help="write the reminders due today (or on --date)", parents=[common]
    )
    run.add_argument("--date", dest="day", metavar="YYYY-MM-DD", help="the reminders' date")
    run.add_argument("--dry-run", action="store_true", help="only list what is due")
    run.add_argument(
        "--send", action="store_true", help="e-mail the reminders (else all are to be printed)"
    )
    run.add_argument("--json", action="store_true", help="print the rows as JSON")
    run.set_defaults(handler=_run)


def _day(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            "{text!r} is not a date; write it as YYYY-MM-DD.", text=text
        ) from None


def _row(item: DueReminder, channel: str, outcome: Outcome | None) -> dict[str, Any]:
    status = outcome.status if outcome is not None else "due"
    error = str(outcome.message) if outcome is not None and outcome.message else None
    return {
        "case_id": item.case_id,
        "number": item.number,
        "customer": item.customer,
        "level": item.level,
        "title": item.title,
        "days_overdue": item.days_overdue,
        "open_amount": item.open_amount,
        "fee": item.fee + item.earlier_fees,
        "interest": item.interest,
        "interest_rate": item.interest_rate,
        "total": item.total,
        "channel": channel,
        "status": status,
        "error": error if error else (str(item.problem) if item.problem else None),
    }


def _run(args: argparse.Namespace) -> int:
    day = _day(args.day)
    db = open_database(args)
    due = due_reminders(db, day)
    channels: dict[int, Choice] = {
        d.case_id: "email" if args.send and d.channel == "email" else "print" for d in due
    }
    outcomes: dict[int, Outcome] = {}
    if not args.dry_run and due:
        choices = [RowChoice(d.case_id, channels[d.case_id]) for d in due]
        outcomes = {o.case_id: o for o in process_reminders(db, Actor.system(), choices, day)}
    rows = [_row(d, channels[d.case_id], outcomes.get(d.case_id)) for d in due]
    failed = sum(1 for r in rows if r["status"] == "failed")
    if args.json:
        print_json({"date": day, "dry_run": bool(args.dry_run), "send": bool(args.send),
                    "reminded": sum(1 for r in rows if r["status"] == "done"),
                    "failed": failed, "rows": rows})  # fmt: skip
    else:
        for r in rows:
            tail = r["error"] or ""
            print(f"{r['number']:<16} {r['customer'][:28]:<28} {r['title'][:22]:<22} "
                  f"{r['days_overdue']:>4} d {r['total']:>11} {r['channel']:<6} {r['status']:<8} "
                  f"{tail}".rstrip())  # fmt: skip
        head = "Dry run" if args.dry_run else f"Reminders of {day.isoformat()}"
        print(f"{head}: {len(rows)} due, {failed} failed.")
    return 1 if failed else 0
