"""``invoicedesk bench dispatch``: outbox + dispatcher against plain smtplib, same server, same run.

A local aiosmtpd server runs in a thread of this process. The app path queues N invoice
e-mails (one ~50 KB PDF each) through :func:`invoicedesk.mail.outbox.enqueue` and runs the
dispatcher until all are sent: claiming, the per-message ``sending`` marker and verdict
transactions, composing from the stored blob, the case's status change and history row.
The raw path sends N pre-built messages of the same size over one smtplib connection, once
before and once after the app path (their mean is the baseline, so both share the machine's
load of the minute).
"""

from __future__ import annotations

import argparse
import json
import os
import smtplib
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from invoicedesk.mail.settings import SmtpSettings
from invoicedesk.services.demo.outbox import invoice_pdf, queue_due_mails
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.store.database import Database
from invoicedesk.store.migrate import upgrade

SENDER = "Rechnung <rechnung@bench.example>"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``bench dispatch``."""
    p = sub.add_parser(
        "dispatch", help="outbox + dispatcher vs. plain smtplib (JSON)", parents=[common]
    )
    p.add_argument("--mails", type=int, default=500, help="number of e-mails (default 500)")
    p.add_argument(
        "--lanes", type=int, default=None, help="dispatcher lanes (default: by database)"
    )
    p.set_defaults(handler=_run)


class _CountingHandler:
    """Accepts everything and counts messages (content is not kept)."""

    def __init__(self) -> None:
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.count += 1
        return "250 2.0.0 accepted"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _raw(port: int, messages: list[bytes]) -> float:
    """Seconds to send pre-built messages over one plain smtplib connection."""
    started = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as conn:
        for i, payload in enumerate(messages):
            conn.sendmail("rechnung@bench.example", [f"raw{i}@example.com"], payload)
    return time.perf_counter() - started


def _prebuilt(n: int, pdf: bytes) -> list[bytes]:
    import email.policy
    from email.message import EmailMessage

    messages = []
    for i in range(n):
        msg = EmailMessage()
        msg["From"] = SENDER
        msg["To"] = f"raw{i}@example.com"
        msg["Subject"] = f"Rechnung RAW-{i:06d}"
        msg["Message-ID"] = f"<raw{i}@bench.example>"
        msg.set_content("Sehr geehrte Damen und Herren,\n\nanbei die Rechnung.\n")
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"RAW-{i}.pdf")
        messages.append(msg.as_bytes(policy=email.policy.SMTP))
    return messages


def _app(db: Database, port: int, n: int, pdf: bytes, lanes: int | None) -> tuple[float, int]:
    """Seconds for the dispatcher to send ``n`` queued e-mails (queueing not timed), lanes."""
    queue_due_mails(db, n, pdf=pdf)
    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", sender=SENDER)
    dispatcher = Dispatcher(db, settings, lease_s=300, batch=50, lanes=lanes)
    started = time.perf_counter()
    sent = 0
    while True:
        stats = dispatcher.run_once()
        sent += stats.sent
        if stats.error:
            raise RuntimeError(stats.error)
        if not stats.claimed:
            break
    seconds = time.perf_counter() - started
    if sent != n:
        raise RuntimeError(f"the dispatcher sent {sent} of {n} e-mails")
    return seconds, dispatcher.lanes


def _run(args: argparse.Namespace) -> int:
    from aiosmtpd.controller import Controller

    n = max(1, args.mails)
    pdf = invoice_pdf("RE-BENCH", 50)
    handler = _CountingHandler()
    port = _free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, data_size_limit=60 * 1024 * 1024
    )
    controller.start()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{Path(folder, 'bench.sqlite3').as_posix()}"
        db = Database(url)
        try:
            upgrade(db.engine)
            prebuilt = _prebuilt(n, pdf)
            raw_before = _raw(port, prebuilt)
            app_s, lanes = _app(db, port, n, pdf, args.lanes)
            raw_s = (raw_before + _raw(port, prebuilt)) / 2  # before and after: shared noise
        finally:
            db.dispose()
            controller.stop()
    result = {
        "mails": n,
        "attachment_kb": round(len(pdf) / 1024),
        "database": "sqlite" if url.startswith("sqlite") else "postgresql",
        "lanes": lanes,
        "app_per_s": round(n / app_s, 1),
        "raw_per_s": round(n / raw_s, 1),
        "ratio": round(raw_s / app_s, 3),
        "load_avg": [round(x, 2) for x in os.getloadavg()] if hasattr(os, "getloadavg") else [],
    }
    print(json.dumps(result))
    return 0
