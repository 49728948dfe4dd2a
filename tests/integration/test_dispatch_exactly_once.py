"""Exactly once: several dispatchers, crashes after claiming and while sending, SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from invoicedesk.cli.main import main
from invoicedesk.mail.settings import parse_smtp_url
from invoicedesk.services.demo.outbox import invoice_pdf, queue_due_mails
from invoicedesk.services.mail.dispatcher import Dispatcher, DispatchStats, next_due_time
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.types import utcnow
from tests.smtp_server import Handler, SmtpTestServer

ROOT = Path(__file__).resolve().parents[2]


def statuses(db) -> dict[str, set[str]]:  # type: ignore[no-untyped-def]
    """Message-IDs per outbox status."""
    out: dict[str, set[str]] = {}
    with db.read() as s:
        for status, mid in s.execute(select(OutboxMessage.status, OutboxMessage.message_id)):
            out.setdefault(status, set()).add(mid)
    return out


def assert_exactly_once(db, server: SmtpTestServer, total: int) -> None:  # type: ignore[no-untyped-def]
    """Every e-mail sent exactly once or marked needs_review; none lost, none twice."""
    received = Counter(m.message_id for m in server.messages)
    twice = {mid for mid, n in received.items() if n > 1}
    assert not twice, f"sent twice: {sorted(twice)[:5]}"
    by_status = statuses(db)
    sent, review = by_status.get("sent", set()), by_status.get("needs_review", set())
    assert set(by_status) <= {"sent", "needs_review"}, {k: len(v) for k, v in by_status.items()}
    assert len(sent) + len(review) == total
    assert sent <= set(received), "marked sent but never received"
    assert set(received) <= sent | review


def test_crash_after_claim_and_during_send(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    queue_due_mails(db, 5, pdf=invoice_pdf("X", 5))
    with SmtpTestServer(tmp_path) as srv:
        settings = parse_smtp_url(srv.url())
        dead = Dispatcher(db, settings, owner_id="dead", lease_s=60, batch=3)
        t0 = utcnow()
        rows = dead._claim(t0, DispatchStats())
        assert len(rows) == 3
        assert dead._step(None, rows[0], t0, DispatchStats())  # marker committed, then "killed"
        due = next_due_time(db)
        assert due is not None and due <= t0
        live = Dispatcher(db, settings, owner_id="live", lease_s=60)
        early = live.run_once(now=t0 + timedelta(seconds=1))
        assert (early.claimed, early.sent) == (2, 2)
        later = live.run_once(now=t0 + timedelta(seconds=61))
        assert (later.recovered, later.needs_review, later.sent) == (2, 1, 2)
        assert next_due_time(db) is None
        # the dead dispatcher wakes up: its fence is stale, nothing is sent or overwritten
        assert not dead._step(None, rows[1], t0 + timedelta(seconds=2), DispatchStats())
        assert_exactly_once(db, srv, 5)
        assert len(srv.messages) == 4
    with db.read() as s:
        row = s.scalar(select(OutboxMessage).where(OutboxMessage.status == "needs_review"))
        assert row is not None and row.case_id is not None
        case = s.get(Case, row.case_id)
        assert case is not None and case.status == "issued"
        note = s.scalar(
            select(StatusHistory.comment).where(
                StatusHistory.case_id == row.case_id, StatusHistory.action == "mail_needs_review"
            )
        )
        assert note and "check whether the customer received" in note


def test_stop_releases_claims(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    queue_due_mails(db, 4, pdf=invoice_pdf("X", 5))
    with SmtpTestServer(tmp_path) as srv:
        dispatcher = Dispatcher(db, parse_smtp_url(srv.url()))
        dispatcher.stop_event.set()
        stats = dispatcher.run_once()
        assert (stats.claimed, stats.released, stats.sent) == (4, 4, 0)
        assert srv.messages == []
    assert statuses(db).keys() == {"pending"}


def test_two_dispatcher_threads(db_url: str, tmp_path: Path) -> None:
    total = 60
    main_db = Database(db_url)
    queue_due_mails(main_db, total, pdf=invoice_pdf("X", 10))
    with SmtpTestServer(tmp_path, handler=Handler(data_delay=0.002)) as srv:
        settings = parse_smtp_url(srv.url())
        errors: list[BaseException] = []

        def work(name: str) -> None:
            db = Database(db_url)
            try:
                dispatcher = Dispatcher(db, settings, owner_id=name, lease_s=30, batch=7)
                while dispatcher.run_once().claimed:
                    pass
            except BaseException as exc:
                errors.append(exc)
            finally:
                db.dispose()

        threads = [threading.Thread(target=work, args=(f"t{i}",)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(50)
        assert not errors, errors
        assert_exactly_once(main_db, srv, total)
        assert len(srv.messages) == total
    with main_db.read() as s:
        owners = s.scalar(select(func.count()).select_from(Case).where(Case.status == "sent"))
        assert owners == total
    main_db.dispose()


def test_lanes_leave_at_most_one_unknown_each(db_url: str, tmp_path: Path) -> None:
    """Three lanes send at once; at no moment are more than three e-mails ``sending`` (what a
    crash at that moment would leave to review), and each is still sent exactly once."""
    total, lanes = 36, 3
    db = Database(db_url)
    queue_due_mails(db, total, pdf=invoice_pdf("X", 10))
    with SmtpTestServer(tmp_path, handler=Handler(data_delay=0.02)) as srv:
        dispatcher = Dispatcher(db, parse_smtp_url(srv.url()), lanes=lanes, batch=total)
        passes: list[DispatchStats] = []
        worker = threading.Thread(target=lambda: passes.append(dispatcher.run_once()))
        worker.start()
        most = 0
        while worker.is_alive():
            with db.read() as s:
                sending = s.scalar(select(func.count()).where(OutboxMessage.status == "sending"))
            most = max(most, sending or 0)
            time.sleep(0.003)
        worker.join()
        assert (passes[0].claimed, passes[0].sent) == (total, total), passes[0].summary()
        assert 2 <= most <= lanes, most  # the lanes overlapped, one unknown fate each at most
        assert_exactly_once(db, srv, total)
        assert len(srv.messages) == total
    db.dispose()


@pytest.mark.slow
def _finish(proc: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    """Collect a dispatcher's output; one that does not stop is killed, never left running
    to claim the next test's e-mails."""
    try:
        return proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()


def test_three_processes_one_killed(db_url: str, tmp_path: Path) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip(
            "several dispatcher processes need PostgreSQL (set INVOICEDESK_TEST_DATABASE_URL)"
        )
    total = 300
    db = Database(db_url)
    queue_due_mails(db, total, pdf=invoice_pdf("X", 10))
    with SmtpTestServer(tmp_path, handler=Handler(data_delay=0.01, keep_content=True)) as srv:
        env = {**os.environ, "INVOICEDESK_SMTP_URL": srv.url(), "PYTHONPATH": str(ROOT)}
        cmd = [sys.executable, "-m", "invoicedesk", "dispatch", "--database-url", db_url]
        cmd += ["--interval", "0.3", "--lease", "3", "--batch", "10", "--lanes", "3", "--quiet"]
        procs = [
            subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(3)
        ]
        try:
            deadline = time.monotonic() + 90  # three interpreters starting on a loaded machine
            while srv.handler.count < 60 and time.monotonic() < deadline:
                time.sleep(0.02)
            assert srv.handler.count >= 60, "dispatchers did not start sending"
            procs[0].send_signal(signal.SIGKILL)
            deadline = time.monotonic() + 40
            while time.monotonic() < deadline:
                left = statuses(db)
                if not left.keys() - {"sent", "needs_review"}:
                    break
                time.sleep(0.3)
        finally:
            for p in procs:
                if p.poll() is None:
                    p.send_signal(signal.SIGTERM)
            outputs = [_finish(p) for p in procs]
        assert [p.returncode for p in procs] == [-signal.SIGKILL, 0, 0], outputs
        assert_exactly_once(db, srv, total)
        review = statuses(db).get("needs_review", set())
        assert len(review) <= 3  # one unknown fate per lane of the killed dispatcher
    db.dispose()


def test_cli_dispatch_once_and_demo_data(db_url: str, tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    with SmtpTestServer(tmp_path) as srv:
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", srv.url())
        assert (
            main(["demo-data", "--database-url", db_url, "--cases", "0", "--due-mails", "3"]) == 0
        )
        assert main(["dispatch", "--once", "--database-url", db_url]) == 0
        assert len(srv.messages) == 3
        assert all(m.rcpt_tos[0].endswith("@example.com") for m in srv.messages)
    out = capsys.readouterr().out
    assert "claimed 3, sent 3" in out
