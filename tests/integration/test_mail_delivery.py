"""E-mail through the outbox and the dispatcher to a real aiosmtpd server (no mocks)."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from invoicedesk import secrets
from invoicedesk.mail.outbox import enqueue, outbox_counts
from invoicedesk.mail.settings import parse_smtp_url
from invoicedesk.services.cases.attachments import store_blob
from invoicedesk.services.demo.outbox import invoice_pdf
from invoicedesk.services.mail.dispatcher import Dispatcher, next_due_time
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.types import utcnow
from tests.smtp_server import SmtpTestServer

SUBJECT = "Rechnung RE-2027-00042 für Müller & Söhne – Übersicht"


def make_case(db, status: str = "issued") -> int:  # type: ignore[no-untyped-def]
    """An outgoing invoice case in ``status``."""
    with db.write() as s:
        case = Case(
            direction="out",
            status=status,
            number=f"RE-T-{utcnow():%H%M%S%f}",
            party_name="Müller & Söhne GmbH",
            gross=Decimal("119.00"),
            payment_status="paid" if status == "paid" else "unpaid",
        )
        s.add(case)
        s.flush()
        return case.id


def queue(db, case_id: int | None, to: list[str], **kw) -> int:  # type: ignore[no-untyped-def]
    """Queue one e-mail (with a PDF) and return its outbox id."""
    pdf = kw.pop("pdf", None)
    with db.write() as s:
        files = []
        if pdf is not None:
            files = [("Rechnung RE-2027-00042.pdf", "application/pdf", store_blob(s, pdf))]
        return enqueue(
            s,
            case_id=case_id,
            kind=kw.pop("kind", "invoice"),
            to=to,
            cc=kw.pop("cc", []),
            subject=kw.pop("subject", SUBJECT),
            body_text=kw.pop("body_text", "Guten Tag,\n\nanbei Ihre Rechnung über 119,00 €.\n"),
            attachments=files,
            **kw,
        )


def row_of(db, outbox_id: int) -> OutboxMessage:  # type: ignore[no-untyped-def]
    with db.read() as s:
        row = s.get(OutboxMessage, outbox_id)
        assert row is not None
        s.expunge_all()
        return row


def case_of(db, case_id: int) -> tuple[Case, list[StatusHistory]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case is not None
        history = list(
            s.scalars(
                select(StatusHistory)
                .where(StatusHistory.case_id == case_id)
                .order_by(StatusHistory.id)
            )
        )
        s.expunge_all()
        return case, history


def test_starttls_auth_headers_and_attachment(  # type: ignore[no-untyped-def]
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = invoice_pdf("RE-2027-00042", 50)
    with SmtpTestServer(tmp_path, starttls=True, auth=("rechnung@firma.example", "s3cret")) as srv:
        url = srv.url(reply_to="buchhaltung@firma.example")
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", url)
        settings = parse_smtp_url(url)
        secrets.set_secret("smtp", settings.keyring_name, "s3cret")
        case_id = make_case(db)
        oid = queue(
            db,
            case_id,
            ["einkauf@kunde.example", "Jörg Übel <joerg@kunde.example>"],
            cc=["chef@kunde.example"],
            reply_to="clara@firma.example",
            pdf=pdf,
        )
        assert row_of(db, oid).status == "pending"
        assert case_of(db, case_id)[0].status == "issued"
        stats = Dispatcher(db, settings, lease_s=30).run_once()
        assert (stats.sent, stats.error) == (1, None)
        [got] = srv.messages
    row = row_of(db, oid)
    msg = got.parsed()
    assert msg["Subject"] == SUBJECT
    assert msg["From"] == "Rechnung Müller <rechnung@firma.example>"
    assert msg["To"] == "einkauf@kunde.example, Jörg Übel <joerg@kunde.example>"
    assert msg["Cc"] == "chef@kunde.example"
    assert msg["Reply-To"] == "clara@firma.example"
    assert msg["Message-ID"] == row.message_id and row.message_id.endswith("@firma.example>")
    assert sorted(got.rcpt_tos) == sorted(
        ["einkauf@kunde.example", "joerg@kunde.example", "chef@kunde.example"]
    )
    assert got.mail_from == "rechnung@firma.example"
    body = msg.get_body(("plain",))
    assert body is not None and "119,00 €" in body.get_content()
    [att] = list(msg.iter_attachments())
    assert att.get_filename() == "Rechnung RE-2027-00042.pdf"
    assert att.get_content_type() == "application/pdf"
    assert att.get_content() == pdf
    assert row.status == "sent" and row.sent_at is not None and row.smtp_response.startswith("250")
    case, history = case_of(db, case_id)
    assert case.status == "sent"
    assert history[-1].action == "system_sent"
    assert "sent to einkauf@kunde.example, Jörg Übel <joerg@kunde.example>" in history[-1].comment


def test_untrusted_certificate_is_refused(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with SmtpTestServer(tmp_path, starttls=True) as srv:
        url = srv.url(cafile="")
        settings = parse_smtp_url(url)
        assert settings.cafile is None
        case_id = make_case(db)
        oid = queue(db, case_id, ["kunde@kunde.example"])
        stats = Dispatcher(db, settings).run_once()
        assert srv.messages == []
    assert stats.sent == 0 and stats.error and "not trusted" in stats.error
    row = row_of(db, oid)
    assert row.status == "held" and row.hold_reason == "certificate" and row.attempts == 0
    assert "not trusted" in row.last_error and row.next_attempt_at > utcnow()
    assert case_of(db, case_id)[0].status == "issued"


def test_4xx_is_retried_with_backoff(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with SmtpTestServer(tmp_path) as srv:
        srv.handler.data_replies["kunde@kunde.example"] = "451 4.3.0 Greylisted, try later"
        case_id = make_case(db)
        oid = queue(db, case_id, ["kunde@kunde.example"])
        dispatcher = Dispatcher(db, parse_smtp_url(srv.url()))
        t0 = utcnow()
        assert dispatcher.run_once(now=t0).retried == 1
        row = row_of(db, oid)
        assert (row.status, row.attempts) == ("pending", 1)
        assert "451 4.3.0 Greylisted" in row.last_error
        assert row.next_attempt_at == t0 + timedelta(minutes=1)
        assert next_due_time(db) == t0 + timedelta(minutes=1)
        assert case_of(db, case_id)[0].status == "issued"
        assert dispatcher.run_once(now=t0 + timedelta(seconds=30)).claimed == 0
        assert dispatcher.run_once(now=t0 + timedelta(seconds=61)).retried == 1
        assert row_of(db, oid).next_attempt_at == t0 + timedelta(seconds=61 + 120)
        del srv.handler.data_replies["kunde@kunde.example"]
        assert dispatcher.run_once(now=t0 + timedelta(minutes=5)).sent == 1
        assert len(srv.messages) == 1
    assert row_of(db, oid).status == "sent"
    assert case_of(db, case_id)[0].status == "sent"
    assert next_due_time(db) is None


def test_5xx_fails_and_case_is_send_failed(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with SmtpTestServer(tmp_path) as srv:
        srv.handler.rcpt_replies["nobody@kunde.example"] = "550 5.1.1 Mailbox unknown"
        case_id = make_case(db)
        oid = queue(db, case_id, ["nobody@kunde.example"])
        stats = Dispatcher(db, parse_smtp_url(srv.url())).run_once()
        assert srv.messages == []
    assert stats.failed == 1
    row = row_of(db, oid)
    assert row.status == "failed" and "550 5.1.1 Mailbox unknown" in row.last_error
    case, history = case_of(db, case_id)
    assert case.status == "send_failed"
    assert "550 5.1.1 Mailbox unknown" in (case.error_message or "")
    assert history[-1].action == "system_send_failed"
    assert "550 5.1.1 Mailbox unknown" in history[-1].comment
    with db.read() as s:
        assert outbox_counts(s).failed == 1


def test_partial_refusal_is_sent_with_note(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with SmtpTestServer(tmp_path) as srv:
        srv.handler.rcpt_replies["alt@kunde.example"] = "550 5.1.1 Mailbox unknown"
        case_id = make_case(db)
        oid = queue(db, case_id, ["neu@kunde.example"], cc=["alt@kunde.example"])
        assert Dispatcher(db, parse_smtp_url(srv.url())).run_once().sent == 1
        assert srv.messages[0].rcpt_tos == ["neu@kunde.example"]
    assert "refused: alt@kunde.example (550 5.1.1 Mailbox unknown)" in row_of(db, oid).last_error
    assert case_of(db, case_id)[0].status == "sent"


def test_resend_of_paid_case_keeps_status(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with SmtpTestServer(tmp_path) as srv:
        case_id = make_case(db, status="paid")
        queue(db, case_id, ["kunde@kunde.example"], kind="resend")
        assert Dispatcher(db, parse_smtp_url(srv.url())).run_once().sent == 1
    case, history = case_of(db, case_id)
    assert case.status == "paid"
    assert history[-1].action == "mail_sent" and history[-1].to_status == "paid"


def test_connection_lost_after_data_needs_review(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with SmtpTestServer(tmp_path) as srv:
        srv.handler.drop_after_data.add("kunde@kunde.example")
        case_id = make_case(db)
        oid = queue(db, case_id, ["kunde@kunde.example"])
        other = queue(db, None, ["zweiter@kunde.example"], kind="test")
        stats = Dispatcher(db, parse_smtp_url(srv.url())).run_once()
    assert (stats.needs_review, stats.sent) == (1, 1)
    assert row_of(db, oid).status == "needs_review"
    assert row_of(db, other).status == "sent"
    case, history = case_of(db, case_id)
    assert case.status == "issued"
    assert history[-1].action == "mail_needs_review"
    assert "check whether the customer received" in history[-1].comment


def test_env_url_and_unreachable_server(db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from tests.smtp_server import free_port

    monkeypatch.setenv(
        "INVOICEDESK_SMTP_URL", f"smtp://127.0.0.1:{free_port()}?tls=none&from=a@b.example"
    )
    oid = queue(db, None, ["kunde@kunde.example"], kind="test")
    stats = Dispatcher(db).run_once()
    assert stats.error and "cannot be reached" in stats.error and stats.held == 1
    row = row_of(db, oid)
    assert row.status == "held" and row.hold_reason == "unreachable" and row.attempts == 0
    assert row.message_id.endswith("@b.example>")
