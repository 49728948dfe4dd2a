"""The timed send of collective invoices: two dispatchers and a real SMTP server (each invoice
issued and e-mailed exactly once), a send date that passed while the app was closed, failures,
the daily status job and the next wake-up time."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from invoicedesk.mail.settings import parse_smtp_url
from invoicedesk.services.contracts.collective import merge, set_send_date
from invoicedesk.services.contracts.collective_query import popup_rows
from invoicedesk.services.contracts.collective_settings import CollectiveSettings, save_settings
from invoicedesk.services.contracts.scheduled_send import (
    TimedDispatcher,
    due_case_ids,
    failure_count,
    next_send,
    next_status_job,
    next_wakeup,
    run_pass,
    run_status_jobs,
)
from invoicedesk.services.contracts.takeover import take_over
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.models.parties import Party
from invoicedesk.store.types import utcnow
from tests.integration.test_contracts import contract, setup
from tests.smtp_server import Handler, SmtpTestServer

Q1_2027 = (date(2027, 1, 1), date(2027, 3, 31))


def collective_invoices(db: Any, users: Any, send_date: date | None) -> list[int]:
    """Nine collective invoices (three customers x three months), all with ``send_date``."""
    parties = setup(db)
    clerk = users["clara"].actor()
    for party in parties.values():
        contract(db, clerk, party, interval_months=1)
    take_over(db, clerk, *Q1_2027)
    ids = list(merge(db, clerk, periods_per_invoice=1).collective_ids)
    if send_date is not None:
        set_send_date(db, clerk, ids, send_date)
    return ids


def test_two_dispatchers_issue_and_mail_each_exactly_once(
    db_url: str, users, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    main = Database(db_url)
    save_settings(main, users["ada"].actor(), CollectiveSettings(send_time="00:00"))
    today = CollectiveSettings().today()
    ids = collective_invoices(main, users, today)
    assert len(ids) == 9 and sorted(due_case_ids(main)) == sorted(ids)
    with SmtpTestServer(tmp_path, handler=Handler(data_delay=0.01)) as srv:
        settings = parse_smtp_url(srv.url())
        start = threading.Barrier(2)
        errors: list[BaseException] = []
        issued: list[str] = []

        def work(name: str) -> None:
            db = Database(db_url)
            try:
                dispatcher = TimedDispatcher(db, settings, owner_id=name, lease_s=30, batch=2)
                start.wait(10)
                for _ in range(40):
                    stats = dispatcher.run_once()
                    assert dispatcher.last_report is not None
                    issued.extend(i.number for i in dispatcher.last_report.issued)
                    if not stats.claimed and not due_case_ids(db):
                        break
            except BaseException as exc:
                errors.append(exc)
            finally:
                db.dispose()

        threads = [threading.Thread(target=work, args=(f"ws{i}",)) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors, errors
        received = Counter(m.message_id for m in srv.messages)
        assert len(received) == 9 and set(received.values()) == {1}
        attachments = sorted(
            part.get_filename()
            for m in srv.messages
            for part in m.parsed().iter_attachments()
            if part.get_content_type() == "application/pdf"
        )
    year = CollectiveSettings().today().year
    assert sorted(issued) == [f"SR-{year}-{n:05d}" for n in range(1, 10)]  # once each, no gap
    assert attachments == [f"{number}.pdf" for number in sorted(issued)]
    with main.read() as s:
        assert set(s.scalars(select(Case.status).where(Case.id.in_(ids)))) == {"sent"}
        mails = list(s.scalars(select(OutboxMessage)))
        assert len(mails) == 9 and {m.status for m in mails} == {"sent"}
        assert {m.kind for m in mails} == {"collective"}
    main.dispose()


def test_send_date_passed_while_the_app_was_closed(db_url: str, users, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = Database(db_url)
    ids = collective_invoices(first, users, None)[:2]
    with first.write() as s:  # set days ago; then nobody ran the app over the send date
        s.execute(update(Case).where(Case.id.in_(ids)).values(send_date=date(2026, 3, 2)))
    first.dispose()
    restarted = Database(db_url)
    now = utcnow()
    wake = next_wakeup(restarted, now)
    assert wake is not None and wake <= now
    with SmtpTestServer(tmp_path) as srv:
        report = run_pass(restarted, TimedDispatcher(restarted, parse_smtp_url(srv.url())))
        assert report.error is None and report.failed == []
        assert sorted(i.case_id for i in report.issued) == sorted(ids)
        assert report.dispatch.sent == 2 and len(srv.messages) == 2
        again = run_pass(restarted, TimedDispatcher(restarted, parse_smtp_url(srv.url())))
        assert again.issued == [] and again.dispatch.claimed == 0 and len(srv.messages) == 2
    with restarted.read() as s:
        notes = list(
            s.scalars(
                select(StatusHistory.comment).where(
                    StatusHistory.case_id == ids[0], StatusHistory.action == "send"
                )
            )
        )
    assert notes == ["send date 02.03.2026 reached"]
    restarted.dispose()


def test_not_due_yet_and_next_wakeup(db, users) -> None:  # type: ignore[no-untyped-def]
    tomorrow = CollectiveSettings().today() + timedelta(days=1)
    ids = collective_invoices(db, users, tomorrow)
    assert due_case_ids(db) == []
    upcoming = next_send(db)
    assert upcoming is not None and upcoming.count == len(ids)
    assert upcoming.at == CollectiveSettings().send_at(tomorrow)
    assert upcoming.at.astimezone(CollectiveSettings().zone).hour == 8
    run_status_jobs(db)
    assert next_wakeup(db) == min(upcoming.at, next_status_job(db))
    # at 08:00 Berlin on the send date they are due, a minute earlier not
    at = upcoming.at.astimezone(UTC)
    assert due_case_ids(db, at - timedelta(minutes=1)) == []
    assert len(due_case_ids(db, at)) == len(ids)


def test_failure_clears_the_send_date_and_is_counted(db, users, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ids = collective_invoices(db, users, CollectiveSettings().today() + timedelta(days=1))
    with db.write() as s:
        s.execute(update(Party).values(email=None))
    later = utcnow() + timedelta(days=2)
    with SmtpTestServer(tmp_path) as srv:
        report = run_pass(db, TimedDispatcher(db, parse_smtp_url(srv.url())), later)
        assert srv.messages == []
    assert report.issued == [] and len(report.failed) == len(ids)
    assert "no e-mail address" in report.failed[0].reason
    assert failure_count(db) == len(ids)
    rows = popup_rows(db, users["clara"].id)
    assert len(rows) == len(ids) and rows[0].error and "no e-mail address" in rows[0].error
    with db.read() as s:
        assert set(s.scalars(select(Case.number).where(Case.id.in_(ids)))) == {None}
    # a new send date clears the error
    set_send_date(db, users["clara"].actor(), ids[:1], CollectiveSettings().today())
    assert failure_count(db) == len(ids) - 1


def test_status_job_runs_once_a_day(db, make_case_out) -> None:  # type: ignore[no-untyped-def]
    case_id = make_case_out
    now = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    assert next_status_job(db, now) == now
    assert run_status_jobs(db, now) == 1
    assert run_status_jobs(db, now) == 0
    midnight = next_status_job(db, now)
    assert midnight.astimezone(CollectiveSettings().zone).date() == date(2026, 12, 2)
    with db.read() as s:
        assert s.get(Case, case_id).status == "overdue"  # type: ignore[union-attr]


@pytest.fixture
def make_case_out(db: Any) -> int:
    """A sent, unpaid invoice due on 20 November 2026."""
    with db.write() as s:
        case = Case(
            direction="out",
            status="sent",
            number="RE-2026-00001",
            party_name="Jansen B.V.",
            due_date=date(2026, 11, 20),
        )
        s.add(case)
        s.flush()
        return case.id
