"""What ``bench load`` checks after its run, from the database and the SMTP sink (never assumed
from what the clerks were told):

* ``lost_updates``: every draft save a clerk saw land (its marker and the version it got) must
  be the one the database holds when it is the case's last landed save, and no two landed saves
  of one case may have got the same version (one would have overwritten the other);
* ``duplicate_numbers``: numbers of our own (outgoing) invoices held by more than one case;
* ``duplicate_mails``: Message-IDs the SMTP server received more than once; ``mails_lost``:
  outbox rows marked *sent* whose message the server never received (after the drain);
* ``db_errors``: database errors that reached a clerk or a scheduler pass, not retried away;
* ``audit_ok``: every hash chain of the audit trail recomputes.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from typing import Any

from sqlalchemy import func, select

from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.outbox import OutboxMessage

SENDER = "Rechnung <rechnung@bench.example>"
#: at most this many error texts are shown in the JSON (all are counted)
SAMPLES = 5


class _Recorder:
    """aiosmtpd handler: keeps the Message-ID of every message accepted."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        from email.parser import BytesHeaderParser

        headers = BytesHeaderParser().parsebytes(envelope.original_content or envelope.content)
        with self.lock:
            self.ids.append(str(headers.get("Message-ID", "")).strip().strip("<>"))
        return "250 2.0.0 accepted"


class SmtpSink:
    """A local SMTP server (aiosmtpd, in a thread of this process) that records what arrives."""

    def __init__(self) -> None:
        """Pick a free port on the loopback interface."""
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.recorder = _Recorder()
        self._controller: Any = None

    def __enter__(self) -> SmtpSink:
        from aiosmtpd.controller import Controller

        self._controller = Controller(
            self.recorder, hostname="127.0.0.1", port=self.port, data_size_limit=60 * 1024 * 1024
        )
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()

    def configure(self, db: Database) -> None:
        """Make this server the company's mail server (the setting every dispatcher reads)."""
        from invoicedesk.mail.settings import SmtpSettings
        from invoicedesk.services.mail.readiness import release_held
        from invoicedesk.services.settings.mail_server import put_mail_server

        smtp = SmtpSettings(host="127.0.0.1", port=self.port, security="none", sender=SENDER)
        with db.write() as s:
            put_mail_server(s, None, smtp)
            release_held(s)

    @property
    def received(self) -> list[str]:
        """Message-IDs received so far."""
        with self.recorder.lock:
            return list(self.recorder.ids)


def drain_outbox(db: Database, passes: int = 200) -> int:
    """Send what the workstations left queued (their run ended); the number sent."""
    from invoicedesk.services.mail.dispatcher import Dispatcher

    dispatcher = Dispatcher(db)
    sent = 0
    for _ in range(passes):
        stats = dispatcher.run_once()
        sent += stats.sent
        if not stats.claimed or stats.error:
            break
    return sent


def _lost_updates(db: Database, saves: list[tuple[int, int, str]]) -> int:
    by_case: dict[int, list[tuple[int, str]]] = {}
    for case_id, version, marker in saves:
        by_case.setdefault(case_id, []).append((version, marker))
    lost = 0
    with db.read() as s:
        for case_id, landed in by_case.items():
            versions = Counter(v for v, _m in landed)
            lost += sum(n - 1 for n in versions.values())  # two saves got one version
            notes = s.scalar(select(Case.notes).where(Case.id == case_id))
            if notes != max(landed)[1]:  # the last landed save is not what is stored
                lost += 1
    return lost


def _duplicate_numbers(db: Database) -> int:
    with db.read() as s:
        dup = (
            select(Case.number)
            .where(Case.number.is_not(None), Case.direction == "out")  # ours (not suppliers')
            .group_by(Case.number)
            .having(func.count() > 1)
            .subquery()
        )
        return int(s.scalar(select(func.count()).select_from(dup)) or 0)


def sent_message_ids(db: Database) -> set[str]:
    """Message-IDs of the outbox rows marked *sent*."""
    with db.read() as s:
        rows = s.scalars(select(OutboxMessage.message_id).where(OutboxMessage.status == "sent"))
        return {str(i).strip("<>") for i in rows if i}


def check_run(
    db: Database, sink: SmtpSink, reports: list[dict[str, Any]], sent_before: set[str]
) -> dict[str, Any]:
    """Every check of the run (see the module text); ``sent_before``: the outbox's sent
    Message-IDs before the run."""
    from invoicedesk.services.audit_trail import verify_audit_trail

    received = sink.received
    counts = Counter(received)
    sent_ids = sent_message_ids(db) - sent_before
    saves = [tuple(save) for report in reports for save in report["saves"]]
    errors = [text for report in reports for text in report["errors"]]
    faults = [text for report in reports for text in report["faults"]]
    audit = verify_audit_trail(db)
    return {
        "lost_updates": _lost_updates(db, saves),
        "saves_landed": len(saves),
        "db_errors": len(errors),
        "db_error_samples": errors[:SAMPLES],
        "other_errors": len(faults),
        "other_error_samples": faults[:SAMPLES],
        "refusal_samples": [t for r in reports for t in r["refusals"]][:SAMPLES],
        "duplicate_numbers": _duplicate_numbers(db),
        "duplicate_mails": sum(n - 1 for n in counts.values() if n > 1),
        "mails_received": len(received),
        "mails_sent": len(sent_ids),
        "mails_lost": len(sent_ids - set(counts)),
        "audit_ok": audit.ok,
        "audit_rows": audit.rows,
    }
