"""Sending you can trust: no usable mail server holds e-mails (never fails them) until it works;
one e-mail per case and purpose, also from two workstations (real aiosmtpd, both databases)."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from invoicedesk import secrets
from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.mail.outbox import enqueue, outbox_counts
from invoicedesk.mail.settings import SmtpSettings, parse_smtp_url
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.services.mail.readiness import mail_readiness
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.services.outgoing.sending import preview_mail, resend_document, send_document
from invoicedesk.services.settings.mail_server import save_mail_server
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.types import utcnow
from tests.smtp_server import Handler, SmtpTestServer

from .test_outgoing import draft, history, setup_outgoing


@pytest.fixture
def world(db, users, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("INVOICEDESK_SMTP_URL", raising=False)
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    return {"db": db, "clerk": clerk, "admin": users["ada"].actor(), **parties}


def rows(db) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [
            (r.status, r.hold_reason, r.purpose)
            for r in s.scalars(select(OutboxMessage).order_by(OutboxMessage.id))
        ]


def status_of(db, case_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        return case.status


def later(minutes: int = 15):  # type: ignore[no-untyped-def]
    """A moment after every hold has become due again."""
    return utcnow() + timedelta(minutes=minutes)


def test_no_server_holds_and_saving_the_settings_releases(world, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    preview = preview_mail(db, cid, "send")
    assert preview.mail_problem is not None and "No mail server" in preview.mail_problem
    send_document(db, clerk, cid)
    stats = Dispatcher(db).run_once()
    assert (stats.held, stats.failed, stats.sent) == (1, 0, 0)
    assert rows(db) == [("held", "no_server", "document")]
    assert status_of(db, cid) == "issued"  # never "send failed" for a settings problem
    ready = mail_readiness(db)
    assert not ready.ready and ready.hold == "no_server" and ready.waiting == 1
    assert str(ready.reason) == "no mail server"
    with db.read() as s:
        counts = outbox_counts(s)
    assert (counts.held, counts.held_reason, counts.failed) == (1, "no_server", 0)
    # a pass while the settings are still missing holds it again, fails nothing
    assert Dispatcher(db).run_once(later()).held == 1
    with SmtpTestServer(tmp_path) as srv:
        smtp = SmtpSettings(srv.host, srv.port, "none", sender="rechnung@firma.example")
        with pytest.raises(ActionRefused, match="admin"):
            save_mail_server(db, clerk, smtp, None)
        save_mail_server(db, world["admin"], smtp, None)
        assert rows(db) == [("pending", None, "document")]  # released at once
        assert mail_readiness(db).ready
        stats = Dispatcher(db).run_once()
        assert stats.sent == 1 and len(srv.messages) == 1
    assert rows(db) == [("sent", None, "document")]
    assert status_of(db, cid) == "sent"


def test_no_sender_holds_not_fails(world, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    with SmtpTestServer(tmp_path) as srv:
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", srv.url(sender=""))
        cid = draft(db, clerk, world["de"])
        issue_invoice(db, clerk, cid, delivery="email")
        stats = Dispatcher(db).run_once()
        assert stats.held == 1 and stats.failed == 0 and srv.messages == []
        assert rows(db) == [("held", "no_sender", "document")]
        assert status_of(db, cid) == "issued"
        assert mail_readiness(db).hold == "no_sender"
        # the setting is fixed outside the app (the environment): the next due pass sends it
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", srv.url())
        assert Dispatcher(db).run_once(later()).sent == 1
        assert len(srv.messages) == 1
    assert status_of(db, cid) == "sent"


def test_refused_login_waits_for_the_password(world, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    with SmtpTestServer(tmp_path, starttls=True, auth=("rechnung@firma.example", "s3cret")) as srv:
        url = srv.url()
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", url)
        settings = parse_smtp_url(url)
        secrets.set_secret("smtp", settings.keyring_name, "wrong")
        cid = draft(db, clerk, world["de"])
        send_document(db, clerk, cid)
        stats = Dispatcher(db).run_once()
        assert stats.held == 1 and stats.failed == 0
        assert rows(db) == [("held", "login_refused", "document")]
        ready = mail_readiness(db)  # the settings look fine, but the server said no
        assert not ready.ready and ready.hold == "login_refused" and "535" in (ready.detail or "")
        # not retried before its time (servers lock accounts that fail too often)
        assert Dispatcher(db).run_once(utcnow() + timedelta(minutes=5)).claimed == 0
        secrets.set_secret("smtp", settings.keyring_name, "s3cret")
        assert Dispatcher(db).run_once(later()).sent == 1
        assert len(srv.messages) == 1
    assert status_of(db, cid) == "sent"


def test_refused_sender_holds_refused_recipient_fails(world, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    handler = Handler(
        mail_replies={"rechnung@firma.example": "553 5.7.1 sender not allowed"},
        rcpt_replies={"weg@kunde.example": "550 5.1.1 no such user"},
    )
    with SmtpTestServer(tmp_path, handler=handler) as srv:
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", srv.url())
        first, second = draft(db, clerk, world["de"]), draft(db, clerk, world["nl"])
        send_document(db, clerk, first)
        send_document(db, clerk, second, to="weg@kunde.example")
        stats = Dispatcher(db).run_once()
        assert stats.held == 2 and stats.failed == 0 and srv.messages == []
        assert {r[1] for r in rows(db)} == {"sender_refused"}
        handler.mail_replies.clear()  # the mail server admin allowed our sender
        stats = Dispatcher(db).run_once(later())
    assert (stats.sent, stats.failed) == (1, 1)  # only the server's refusal of a message fails
    assert status_of(db, first) == "sent" and status_of(db, second) == "send_failed"


def test_send_twice_is_refused_resend_replaces(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    send_document(db, clerk, cid)
    with pytest.raises(ActionRefused, match="already waiting to be sent; Resend replaces it"):
        send_document(db, clerk, cid)
    preview = preview_mail(db, cid, "send")
    assert preview.waiting is not None and preview.waiting.status == "pending"
    result = resend_document(db, clerk, cid, to="buchhaltung@mueller.example.com")
    assert rows(db) == [("canceled", None, "document"), ("pending", None, "document")]
    assert result.outbox_id is not None and status_of(db, cid) == "issued"
    assert history(db, cid)[-1][0] == "resend"
    # an issued invoice without an e-mail on its way: Send, not Resend
    other = draft(db, clerk, world["nl"])
    issue_invoice(db, clerk, other, delivery="create_only")
    with pytest.raises(ActionRefused, match="nothing has been sent yet"):
        resend_document(db, clerk, other)


def test_the_unique_index_refuses_a_second_active_mail(db) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        case = Case(direction="out", status="issued", number="RE-X-1", party_name="X")
        s.add(case)
        s.flush()
        case_id = case.id
    fields: dict[str, Any] = {"case_id": case_id, "kind": "invoice", "purpose": "document",
                              "to_addrs": ["a@b.example"], "cc_addrs": [], "subject": "x",
                              "body_text": "x", "attachments": []}  # fmt: skip
    with db.write() as s:
        s.add(OutboxMessage(message_id="<1@x>", status="sent", **fields))
        s.add(OutboxMessage(message_id="<2@x>", status="held", **fields))
    with pytest.raises(IntegrityError), db.write() as s:
        s.add(OutboxMessage(message_id="<3@x>", status="pending", **fields))
    with db.write() as s:  # another purpose is another e-mail
        notify = {**fields, "purpose": "notify"}
        s.add(OutboxMessage(message_id="<4@x>", status="pending", **notify))


def test_two_workstations_queue_one_mail(world) -> None:  # type: ignore[no-untyped-def]
    """The second transaction starts before the first commits: it sees no row yet, and the
    database refuses its insert once the first has committed (SQLite: it waits to begin)."""
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    issue_invoice(db, clerk, cid, delivery="create_only")
    inserted, outcomes = threading.Event(), []

    def queue(first: bool) -> None:
        try:
            with db.write() as s:
                if not first:
                    inserted.wait(10)
                enqueue(s, case_id=cid, kind="invoice", to=["a@b.example"], cc=[],
                        subject="Rechnung", body_text="x", attachments=[])  # fmt: skip
                if first:
                    inserted.set()
                    threading.Event().wait(0.5)  # the other one queues meanwhile
            outcomes.append("queued")
        except ValidationError as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=queue, args=(first,)) for first in (True, False)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(outcomes) == [
        "This case already has such an e-mail on its way; it is not queued a second time.",
        "queued",
    ]
    assert [r[0] for r in rows(db)] == ["pending"]


def _send_in_process(url: str, case_id: int, user_id: int, start: Any, out: Any) -> None:
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services import wiring

    wiring.install()
    db = Database(url)
    start.wait(30)
    try:
        send_document(db, Actor(user_id, initials="CL"), case_id)
        out.put("queued")
    except (ActionRefused, ValidationError) as exc:
        out.put(type(exc).__name__)
    finally:
        db.dispose()


def test_send_from_two_processes_queues_one_mail(world, db_url: str) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["de"])
    issue_invoice(db, clerk, cid, delivery="create_only")
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=_send_in_process, args=(db_url, cid, clerk.user_id, start, out))
        for _ in range(2)
    ]
    for p in procs:
        p.start()
    start.set()
    results = sorted(out.get(timeout=120) for _ in procs)
    for p in procs:
        p.join(30)
    assert results == ["ActionRefused", "queued"]
    assert [r[0] for r in rows(db)] == ["pending"]
