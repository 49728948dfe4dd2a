"""Resumes that respect what happened meanwhile: a billing run killed (``kill -9``) mid-run,
two of its invoices canceled by a clerk, then resumed with ``--takeover`` and dispatched to a
real SMTP server — neither canceled invoice reaches the customer; cancelling withdraws a
pending e-mail and says so; a lost database is reported with exactly what was committed."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from sqlalchemy import func, select

from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.mail.settings import parse_smtp_url
from invoicedesk.services.billing.process import process_run
from invoicedesk.services.billing.rules import BillingRules
from invoicedesk.services.billing.runs import RowSpec, create_run, run_rows
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.interruptions import WorkInterrupted
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.store.models.billing import BillingRunRow
from invoicedesk.store.models.cases import StatusHistory
from invoicedesk.store.models.outbox import OutboxMessage
from tests.integration.test_billing_resume import _cli
from tests.integration.test_billing_runs import add_customer, add_order, setup
from tests.smtp_server import SmtpTestServer

ORDERS = 30


def _rows(db: Any, run_id: int) -> dict[str, list[Any]]:
    """Rows of the run by status (plain named tuples of case id and invoice number)."""
    with db.read() as s:
        found: dict[str, list[Any]] = {}
        query = select(BillingRunRow.status, BillingRunRow.case_id, BillingRunRow.invoice_number)
        for row in s.execute(query.where(BillingRunRow.run_id == run_id)):
            found.setdefault(row.status, []).append(row)
        return found


def _outbox(db: Any, case_id: int) -> list[tuple[str, str]]:
    with db.read() as s:
        return list(
            s.execute(
                select(OutboxMessage.status, OutboxMessage.message_id).where(
                    OutboxMessage.case_id == case_id
                )
            )
        )


@pytest.mark.slow
def test_killed_run_resumed_after_cancels_mails_neither_canceled_invoice(
    db: Any, db_url: str, users: Any, tmp_path: Any
) -> None:
    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    orders = [add_order(db, cust, lines=1 + i % 3) for i in range(ORDERS)]
    run_id = create_run(db, Actor.system(), BillingRules(), [RowSpec(o, "email") for o in orders])
    proc = _cli(db_url, "--resume", str(run_id), "--workers", "1", "--chunk", "3")
    deadline = time.monotonic() + 180
    while True:  # kill while some invoices are issued (no PDF, no mail) and some are mailed
        rows = _rows(db, run_id)
        if rows.get("issued") and rows.get("processed"):
            break
        assert proc.poll() is None, f"the run ended before it was killed: {proc.communicate()}"
        assert time.monotonic() < deadline
        time.sleep(0.01)
    proc.kill()
    proc.wait(30)
    rows = _rows(db, run_id)
    issued = rows["issued"][0]
    mailed = rows["processed"][0]
    assert _outbox(db, mailed.case_id)[0][0] == "pending"
    clara = users["clara"].actor()
    for row in (issued, mailed):
        result = perform_action(db, clara, row.case_id, Action.CANCEL, "wrong customer")
        assert result.status == "canceled"
    assert result.notes and "withdrawn" in result.notes[0]
    with db.read() as s:  # the pending e-mail of the mailed one was withdrawn, and said so
        notes = s.scalars(
            select(StatusHistory.comment).where(
                StatusHistory.case_id == mailed.case_id, StatusHistory.action == "mail_withdrawn"
            )
        ).all()
    assert len(notes) == 1 and "withdrawn" in notes[0]
    assert [status for status, _ in _outbox(db, mailed.case_id)] == ["canceled"]

    resumed = _cli(db_url, "--resume", str(run_id), "--takeover", "--workers", "1", "--json")
    out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err
    report = json.loads(out)
    by_number = {r["invoice_number"]: r for r in report["rows"]}
    skipped = by_number[issued.invoice_number]
    assert skipped["status"] == "skipped" and "canceled meanwhile" in skipped["error"]
    assert _outbox(db, issued.case_id) == []

    with SmtpTestServer(tmp_path) as srv:
        stats = Dispatcher(db, parse_smtp_url(srv.url())).run_once()
        sent_ids = {m.message_id for m in srv.messages}
    assert stats.sent == len(sent_ids) == ORDERS - 2
    canceled_ids = {mid for case in (issued, mailed) for _s, mid in _outbox(db, case.case_id)}
    assert not canceled_ids & sent_ids
    with db.read() as s:
        mails_per_case = dict(
            s.execute(
                select(OutboxMessage.case_id, func.count()).group_by(OutboxMessage.case_id)
            ).all()
        )
    assert set(mails_per_case.values()) == {1}  # nothing queued twice by the resume


def test_an_invoice_changed_since_its_run_issued_it_is_not_mailed(db: Any, users: Any) -> None:
    from invoicedesk.services.billing import process as process_module

    setup(db)
    cust = add_customer(db, "Jansen B.V.")
    orders = [add_order(db, cust) for _ in range(3)]
    run_id = create_run(db, Actor.system(), BillingRules(), [RowSpec(o, "email") for o in orders])
    # the state a process killed between its two transactions leaves: numbers drawn, no PDF
    process_module._claim(db, run_id, "dead-owner", False)
    with db.read() as s:
        ids = list(s.scalars(select(BillingRunRow.id).where(BillingRunRow.run_id == run_id)))
    process_module._issue_rows(db, run_id, "dead-owner", ids, Actor.system(), False)
    paid, credited, untouched = (r.case_id for r in run_rows(db, run_id))
    assert {r.status for r in run_rows(db, run_id)} == {"issued"}
    clara = users["clara"].actor()
    perform_action(db, clara, paid, Action.MARK_PAID)  # paid on the phone meanwhile
    from invoicedesk.services.outgoing.credit_notes import CreditLine, create_credit_note

    create_credit_note(db, clara, credited, reason="one line was wrong", lines=[CreditLine(1)])
    process_run(db, Actor.system(), run_id, force=True)
    rows = {r.case_id: r for r in run_rows(db, run_id)}
    assert rows[paid].status == "skipped" and "changed meanwhile (now Paid)" in rows[paid].error
    assert rows[credited].status == "skipped" and "credit note" in rows[credited].error
    assert rows[untouched].status == "processed"
    assert [len(_outbox(db, c)) for c in (paid, credited, untouched)] == [0, 0, 1]


def test_a_lost_database_stops_the_run_with_what_was_committed(
    db: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from invoicedesk.services.billing import process as process_module
    from invoicedesk.store.database import DatabaseUnavailable

    setup(db)
    cust = add_customer(db, "Autohaus Brandt GmbH")
    orders = [add_order(db, cust) for _ in range(6)]
    rows = [RowSpec(o, "create_only") for o in orders]
    run_id = create_run(db, Actor.system(), BillingRules(), rows)
    real = process_module._issue_chunk
    calls: list[int] = []

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:  # the connection drops while the third chunk is written
            raise DatabaseUnavailable(
                "The database did not answer as expected ({text}). Nothing was changed.",
                text="server closed the connection unexpectedly",
            )
        return real(*args, **kwargs)

    monkeypatch.setattr(process_module, "_issue_chunk", flaky)
    with pytest.raises(WorkInterrupted) as stopped:
        process_run(db, Actor.system(), run_id, chunk_size=2)
    text = str(stopped.value)
    assert text.startswith(f"Billing run {run_id} stopped after 4 of 6 invoices were created")
    assert f"invoicedesk billing-run --resume {run_id}" in text
    assert "Nothing was changed" not in text
    # chunks 1 and 2 were issued (2 also in flight for its PDFs), chunk 3 never started
    statuses = [r.status for r in run_rows(db, run_id)]
    assert statuses == ["processed"] * 2 + ["issued"] * 2 + ["not_done"] * 2


def test_the_scheduled_send_mails_no_collective_invoice_canceled_meanwhile(
    db: Any, users: Any, tmp_path: Any
) -> None:
    from datetime import date

    from sqlalchemy import update

    from invoicedesk.services.contracts.scheduled_send import issue_due
    from invoicedesk.store.models.cases import Case
    from tests.integration.test_scheduled_send import collective_invoices

    before, after, kept = collective_invoices(db, users, None)[:3]
    with db.write() as s:  # all three fell due while nobody ran the app
        s.execute(update(Case).where(Case.id.in_([before, after, kept])).values(
            send_date=date(2026, 3, 2)))  # fmt: skip
    clara = users["clara"].actor()
    perform_action(db, clara, before, Action.DELETE_DRAFT, "customer left")  # not issued yet
    issued, failed = issue_due(db)
    assert sorted(i.case_id for i in issued) == sorted([after, kept]) and failed == []
    result = perform_action(db, clara, after, Action.CANCEL, "wrong period")  # mail queued
    assert result.notes and "withdrawn" in result.notes[0]
    with SmtpTestServer(tmp_path) as srv:
        stats = Dispatcher(db, parse_smtp_url(srv.url())).run_once()
        sent = {m.message_id for m in srv.messages}
    assert stats.sent == len(sent) == 1
    assert _outbox(db, before) == [] and [st for st, _m in _outbox(db, after)] == ["canceled"]
    assert {mid for _st, mid in _outbox(db, kept)} == sent
