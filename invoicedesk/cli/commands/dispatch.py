"""``invoicedesk dispatch``: run the e-mail dispatcher headless (on a server, or for checks).

Each pass also does the timed work every workstation does (:mod:`invoicedesk.services.
scheduled_send`): collective invoices whose send date has come are issued and their e-mails
queued, the daily status job runs, and incoming cases whose reader stopped are read to the end.

Several dispatchers may run at once (every workstation runs one); each e-mail is still sent
once. SIGTERM or Ctrl+C stops after the message in hand and gives unsent claims back.
"""

from __future__ import annotations

import argparse
import signal
import threading
from datetime import datetime
from typing import Any

from invoicedesk.cli.context import float_in, int_in
from invoicedesk.documents.intake.sandbox import SHARED as PARSER
from invoicedesk.services.contracts.scheduled_send import TimedDispatcher
from invoicedesk.services.mail.dispatcher import DispatchStats
from invoicedesk.startup import open_database


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``dispatch`` command."""
    p = sub.add_parser("dispatch", help="send due e-mails from the outbox", parents=[common])
    p.add_argument(
        "--once",
        action="store_true",
        help="send what is due now, then exit (default: keep running)",
    )
    p.add_argument(
        "--interval",
        type=float_in(0.1, 86_400),
        default=30.0,
        help="seconds between passes (default 30)",
    )
    p.add_argument(
        "--lease", type=float_in(1, 86_400), default=120.0, help="claim lease in seconds"
    )
    p.add_argument("--batch", type=int_in(1, 10_000), default=50, help="e-mails claimed per pass")
    p.add_argument(
        "--lanes",
        type=int_in(1, 16),
        default=None,
        help="SMTP connections sending at once (default 3 on PostgreSQL, 1 on SQLite); "
        "a crash leaves at most one e-mail per lane to review",
    )
    p.add_argument("--quiet", action="store_true", help="print only passes that did something")
    p.set_defaults(handler=_dispatch)


def _printer(quiet: bool, dispatcher: TimedDispatcher) -> Any:
    def show(stats: DispatchStats) -> None:
        report = dispatcher.last_report
        timed = ""
        if report is not None and (report.issued or report.failed):
            timed = f"; collective issued {len(report.issued)}, not sent {len(report.failed)}"
        if report is not None and report.recovered:
            timed += f"; stuck incoming cases read again {report.recovered}"
        if quiet and not (
            stats.claimed or stats.error or stats.recovered or stats.needs_review or timed
        ):
            return
        print(f"{datetime.now():%Y-%m-%d %H:%M:%S} {stats.summary()}{timed}", flush=True)

    return show


def _dispatch(args: argparse.Namespace) -> int:
    db = open_database(args)
    dispatcher = TimedDispatcher(db, lease_s=args.lease, batch=args.batch, lanes=args.lanes)
    show = _printer(args.quiet, dispatcher)
    stop = threading.Event()

    def _stop(signum: int, frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    dispatcher.stop_event = stop
    failed = False
    try:
        if args.once:
            while not stop.is_set():
                stats = dispatcher.run_once()
                show(stats)
                failed = failed or stats.error is not None
                if stats.claimed < dispatcher.batch or stats.error:
                    break
        else:
            dispatcher.run_forever(stop, interval=args.interval, on_pass=show)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        PARSER.close()
        db.dispose()
    return 1 if failed else 0
