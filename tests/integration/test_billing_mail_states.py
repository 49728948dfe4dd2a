"""A billing run's e-mail rows show what became of their e-mails as the dispatcher works:
queued, waiting for a usable mail server (with the reason), sent, or failed (real aiosmtpd)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from invoicedesk.services.billing.runs import RowSpec, run_rows, run_summary
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.store.types import utcnow
from tests.smtp_server import Handler, SmtpTestServer

from .test_billing_runs import add_customer, add_order, process, setup


def test_rows_follow_their_mails(db: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("INVOICEDESK_SMTP_URL", raising=False)
    setup(db)
    good = add_customer(db, "Autohaus Brandt GmbH")
    gone = add_customer(db, "Spedition Vogt GmbH", email="weg@vogt.example.com")
    post = add_customer(db, "Praxis Dr. Hübner")
    orders = [(add_order(db, good), "email"), (add_order(db, gone), "email"),
              (add_order(db, post), "print")]  # fmt: skip
    run_id = process(db, [RowSpec(o, a) for o, a in orders])
    rows = run_rows(db, run_id)
    assert [(r.status, r.mail) for r in rows] == [
        ("processed", "queued"), ("processed", "queued"), ("processed", None)
    ]
    assert run_summary(db, run_id).mails == {"queued": 2}
    Dispatcher(db).run_once()  # no mail server yet: the e-mails wait, nothing failed
    rows = run_rows(db, run_id)
    assert [(r.mail, r.mail_reason) for r in rows[:2]] == [("waiting", "no_server")] * 2
    assert run_summary(db, run_id).mails == {"waiting": 2}
    handler = Handler(rcpt_replies={"weg@vogt.example.com": "550 5.1.1 no such user"})
    with SmtpTestServer(tmp_path, handler=handler) as srv:
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", srv.url())
        Dispatcher(db).run_once(utcnow() + timedelta(minutes=5))
        assert len(srv.messages) == 1
    rows = run_rows(db, run_id)
    assert [r.mail for r in rows] == ["sent", "failed", None]
    assert rows[1].mail_reason is not None and "550" in rows[1].mail_reason
    assert run_summary(db, run_id).mails == {"sent": 1, "failed": 1}
