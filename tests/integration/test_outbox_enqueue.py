"""Queueing e-mails: validation, Message-IDs, settings, and the clerk-facing counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from invoicedesk import secrets
from invoicedesk.domain.errors import ConfigurationError, NotFound, ValidationError
from invoicedesk.mail.outbox import cancel, enqueue, outbox_counts
from invoicedesk.mail.settings import load_smtp_settings, parse_smtp_url
from invoicedesk.store.models.config import Setting
from invoicedesk.store.models.outbox import OutboxMessage


def _enqueue(s, **kw):  # type: ignore[no-untyped-def]
    args = {
        "case_id": None,
        "kind": "test",
        "to": ["kunde@kunde.example"],
        "cc": [],
        "subject": "Test",
        "body_text": "Hallo",
        "attachments": [],
    }
    args.update(kw)
    return enqueue(s, **args)


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(OutboxMessage)) or 0)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("to", ["kunde@kunde"]),
        ("to", ["kunde at kunde.example"]),
        ("to", []),
        ("cc", ["ok@kunde.example", "kaputt@"]),
        ("reply_to", "no reply"),
        ("kind", "spam"),
        ("subject", "   "),
        ("send_after", datetime(2030, 1, 1)),
    ],
)
def test_enqueue_refuses_bad_input_and_writes_nothing(db, field: str, value: object) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as info, db.write() as s:
        _enqueue(s, **{field: value})
    assert str(info.value)
    assert _count(db) == 0


def test_enqueue_message_ids_dedup_and_missing_blob(db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("INVOICEDESK_SMTP_URL", "smtp://mail.firma.example?from=rechnung@firma.de")
    later = datetime.now(UTC) + timedelta(days=3)
    with db.write() as s:
        a = _enqueue(s, to=["A@kunde.example", "a@kunde.example"], cc=["a@KUNDE.example", "b@x.de"])
        b = _enqueue(s, send_after=later, kind="collective")
    with db.read() as s:
        ra, rb = s.get(OutboxMessage, a), s.get(OutboxMessage, b)
        assert ra is not None and rb is not None
        assert ra.to_addrs == ["A@kunde.example"] and ra.cc_addrs == ["b@x.de"]
        assert ra.message_id != rb.message_id and ra.message_id.endswith("@firma.de>")
        assert rb.next_attempt_at == later and rb.status == "pending" and rb.fence == 0
        assert outbox_counts(s).pending == 2
    with pytest.raises(NotFound), db.write() as s:
        _enqueue(s, attachments=[("r.pdf", "application/pdf", "0" * 64)])
    assert _count(db) == 2
    with db.write() as s:
        assert cancel(s, b) is True
    with db.read() as s:
        assert outbox_counts(s).pending == 1


def test_smtp_url_and_db_settings(db, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    s = parse_smtp_url(
        "smtp://rechnung%40firma.de@mail.firma.de:2525?tls=ssl&reply_to=buha@firma.de&timeout=5"
    )
    assert (s.host, s.port, s.security, s.user, s.sender) == (
        "mail.firma.de",
        2525,
        "ssl",
        "rechnung@firma.de",
        "rechnung@firma.de",
    )
    assert s.reply_to == "buha@firma.de" and s.timeout == 5
    with pytest.raises(ConfigurationError):
        s.password()
    secrets.set_secret("smtp", "rechnung@firma.de@mail.firma.de", "geheim")
    assert s.password() == "geheim"
    with pytest.raises(ConfigurationError, match="password"):
        parse_smtp_url("smtp://u:pw@host")
    with pytest.raises(ConfigurationError):
        parse_smtp_url("smtp://host?tls=maybe")
    assert parse_smtp_url("smtp://host").port == 587
    with db.write() as session, pytest.raises(ConfigurationError):
        load_smtp_settings(session)
    with db.write() as session:
        session.add(Setting(key="smtp", value={"host": "mx.firma.de", "security": "none"}))
    with db.read() as session:
        assert load_smtp_settings(session).port == 25
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", "smtp://other.example?tls=none")
        assert load_smtp_settings(session).host == "other.example"
