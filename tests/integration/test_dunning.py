"""Payment reminders (dunning) on the real database: levels, fees and § 288 BGB interest
(business and consumer, a base-rate change inside the period), idempotent runs, paid or stopped
invoices leave the dunning at once, the reminder PDF (pdftotext) and its e-mail."""

from __future__ import annotations

import multiprocessing
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, update

from invoicedesk.domain.errors import ActionRefused
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.dunning.due import due_reminders
from invoicedesk.services.dunning.process import (
    RowChoice,
    process_reminders,
    resume_dunning,
    stop_dunning,
)
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.services.outgoing.credit_notes import create_credit_note
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.services.settings.users import add_user
from invoicedesk.store.database import Database
from invoicedesk.store.models.cases import StatusHistory
from invoicedesk.store.models.documents import Attachment, Blob
from invoicedesk.store.models.dunning import Reminder
from invoicedesk.store.models.outbox import OutboxMessage
from invoicedesk.store.models.parties import Party
from tests.pdf_text import pdf_text, words
from tests.smtp_server import SmtpTestServer

from .test_outgoing import draft, lines, setup_outgoing

D = Decimal
ISSUED = date(2025, 5, 1)  # 14 days to pay: due on 15 May 2025


@pytest.fixture
def world(db, users, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.delenv("INVOICEDESK_SMTP_URL", raising=False)
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()

    def invoice(party: str, n: int = 2, issued: date = ISSUED, delivery: str = "print") -> int:
        """An invoice handed to the customer on paper (printed) on ``issued``."""
        case_id = draft(db, clerk, parties[party], lines=lines(n))
        issue_invoice(db, clerk, case_id, delivery=delivery, today=issued)
        return case_id

    admin = users["ada"].actor()
    return {"db": db, "clerk": clerk, "admin": admin, "invoice": invoice, **parties}


def run(db, clerk, day: date, choice: str = "email", **only: int) -> list[Any]:  # type: ignore[no-untyped-def]
    due = due_reminders(db, day)
    rows = [RowChoice(d.case_id, choice) for d in due if not only or d.case_id in only.values()]
    return process_reminders(db, clerk, rows, day)


def reminders(db, case_id: int) -> list[Reminder]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        rows = list(s.scalars(select(Reminder).where(Reminder.case_id == case_id)
                              .order_by(Reminder.level)))  # fmt: skip
        s.expunge_all()
        return rows


def pdf_of(db, reminder: Reminder) -> bytes:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return bytes(
            s.scalar(
                select(Blob.content)
                .join(Attachment, Attachment.blob_sha256 == Blob.sha256)
                .where(Attachment.id == reminder.attachment_id)
            )
        )


def reminder_pdf(db, reminder: Reminder) -> str:  # type: ignore[no-untyped-def]
    return words(pdf_text(pdf_of(db, reminder)))


def test_levels_fees_interest_and_a_base_rate_change(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = world["invoice"]("de")
    world["invoice"]("de", delivery="create_only")  # never handed over: not reminded
    assert due_reminders(db, date(2025, 5, 21)) == []  # due + 6 days
    [first] = due_reminders(db, date(2025, 5, 22))
    assert (first.level, first.title, first.days_overdue, first.fee, first.interest) == (
        1, "Zahlungserinnerung", 7, D("0.00"), D("0.00")
    )
    assert first.channel == "email" and not first.consumer
    [done] = run(db, clerk, date(2025, 5, 22))
    assert done.status == "done" and done.outbox_id is not None
    assert run(db, clerk, date(2025, 5, 22)) == []  # the same day again: nothing new
    assert due_reminders(db, date(2025, 6, 4)) == []  # 14 days between level 1 and 2
    [second] = due_reminders(db, date(2025, 6, 5))
    gross = second.open_amount
    assert (second.level, second.fee, second.earlier_fees) == (2, D("5.00"), D("0.00"))
    [part] = second.interest_parts  # 16 May .. 5 June: 21 days at 2.27 + 9 %
    assert (part.start, part.end, part.days, part.rate) == (
        date(2025, 5, 16), date(2025, 6, 5), 21, D("11.27")
    )
    assert part.amount == (gross * D("0.1127") * 21 / 365).quantize(D("0.01"))
    assert [o.status for o in run(db, clerk, date(2025, 6, 5))] == ["done"]
    # the third level spans the base-rate change of 1 July 2025 (2.27 % -> 1.27 %)
    [third] = due_reminders(db, date(2025, 7, 10))
    assert third.level == 3 and third.earlier_fees == D("5.00") and third.fee == D("10.00")
    assert [(p.start, p.end, p.days, p.rate) for p in third.interest_parts] == [
        (date(2025, 5, 16), date(2025, 6, 30), 46, D("11.27")),
        (date(2025, 7, 1), date(2025, 7, 10), 10, D("10.27")),
    ]
    assert third.interest_rate == D("10.27")
    assert third.total == gross + D("15.00") + third.interest
    run(db, clerk, date(2025, 7, 10))
    stored = reminders(db, cid)
    assert [(r.level, r.channel, r.fee) for r in stored] == [
        (1, "email", D("0.00")), (2, "email", D("5.00")), (3, "email", D("10.00"))
    ]
    assert stored[2].interest == third.interest and stored[2].total == third.total
    assert stored[2].interest_parts[1] == {"start": "2025-07-01", "end": "2025-07-10",
                                           "days": 10, "rate": "10.27",
                                           "amount": str(third.interest_parts[1].amount)}
    assert due_reminders(db, date(2025, 12, 1)) == []  # every level sent
    text = reminder_pdf(db, stored[2])
    number = third.number
    assert f"2. Mahnung zur Rechnung {number}" in text
    assert "Verzugszinsen 11,27 % p. a. vom 16.05.2025 bis 30.06.2025 (46 Tage)" in text
    assert "Verzugszinsen 10,27 % p. a. vom 01.07.2025 bis 10.07.2025 (10 Tage)" in text
    assert "Mahngebühren früherer Schreiben 5,00 €" in text and "Mahngebühr 10,00 €" in text
    assert f"Zu zahlender Betrag {_de(third.total)} €" in text
    assert "Basiszinssatz zuzüglich 9 Prozentpunkten" in text
    assert f"Bitte überweisen Sie {_de(third.total)} € bis zum 20.07.2025" in text
    with db.read() as s:
        history = [h.action for h in s.scalars(
            select(StatusHistory).where(StatusHistory.case_id == cid).order_by(StatusHistory.id)
        )]  # fmt: skip
        mails = s.scalars(select(OutboxMessage).where(OutboxMessage.kind == "reminder")).all()
        assert [m.status for m in mails] == ["canceled", "canceled", "pending"]  # superseded
        assert [m.subject for m in mails] == [
            f"Zahlungserinnerung zu Rechnung {number}",
            f"1. Mahnung zu Rechnung {number}",
            f"2. Mahnung zu Rechnung {number}",
        ]
        assert f"Zu zahlen: {_de(third.total)}\u00a0€" in mails[2].body_text
    assert history.count("remind") == 3


def test_consumer_interest_in_english(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    with db.write() as s:  # a business until marked as a consumer (the fact the tax reads too)
        assert s.get(Party, world["en"]).business is True
        s.execute(update(Party).where(Party.id == world["en"]).values(business=False))
    cid = world["invoice"]("en", issued=date(2026, 9, 1))  # due 15 September 2026
    run(db, clerk, date(2026, 9, 22), "print")
    [second] = due_reminders(db, date(2026, 10, 6))
    assert second.consumer and second.interest_parts[0].rate == D("6.27")  # 1.27 + 5
    run(db, clerk, date(2026, 10, 6), "print")
    stored = reminders(db, cid)
    assert [r.channel for r in stored] == ["print", "print"] and stored[0].outbox_id is None
    text = reminder_pdf(db, stored[1])
    assert f"First dunning notice for invoice {second.number}" in text
    assert "Default interest 6.27% p.a. from 16/09/2026 to 06/10/2026 (21 days)" in text
    assert "base rate plus 5 percentage points" in text and "Amount due" in text
    with db.write() as s:
        s.execute(update(Party).where(Party.id == world["en"]).values(business=True))
    [third] = due_reminders(db, date(2026, 10, 20))
    assert not third.consumer and third.interest_parts[0].rate == D("10.27")


def test_paid_settled_or_stopped_invoices_leave_the_dunning(world, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    invoice = world["invoice"]
    paid, credited, disputed = invoice("de"), invoice("nl"), invoice("de")
    day = date(2025, 5, 22)
    assert {d.case_id for d in due_reminders(db, day)} == {paid, credited, disputed}
    run(db, clerk, day)  # three reminder e-mails queued
    perform_action(db, clerk, paid, Action.MARK_PAID)
    create_credit_note(db, clerk, credited, reason="Kulanz")  # offset: nothing left open
    stop_dunning(db, clerk, disputed, "Kunde bestreitet die Lieferung")
    with pytest.raises(Exception, match="Say why"):
        stop_dunning(db, clerk, disputed, " ")
    assert due_reminders(db, date(2025, 7, 1)) == []
    # the queued reminders are withdrawn when a dispatcher comes to them, never sent
    with SmtpTestServer(tmp_path) as srv:
        monkeypatch.setenv("INVOICEDESK_SMTP_URL", srv.url())
        stats = Dispatcher(db).run_once()
        assert (stats.claimed, srv.messages) == (0, [])
    with db.read() as s:
        assert set(s.scalars(select(OutboxMessage.status).where(
            OutboxMessage.kind == "reminder"))) == {"canceled"}  # fmt: skip
    reviewer = add_user(db, "rena", full_name="Rena", initials="RE", roles=["reviewer"],
                        password="correct horse", actor=world["admin"]).actor()  # fmt: skip
    with pytest.raises(ActionRefused, match="needs the role"):
        resume_dunning(db, reviewer, disputed)  # a case change: clerks only
    with pytest.raises(ActionRefused, match="needs the role"):
        stop_dunning(db, reviewer, paid, "no reason to remind")
    resume_dunning(db, clerk, disputed)
    [again] = due_reminders(db, date(2025, 7, 1))
    assert again.case_id == disputed and again.level == 2


def test_a_second_run_elsewhere_the_same_day_reminds_nothing_twice(world, db_url) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    ids = [world["invoice"]("de") for _ in range(3)]
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_run_in_process, args=(db_url, clerk.user_id, start, out))
             for _ in range(2)]  # fmt: skip
    for p in procs:
        p.start()
    start.set()
    results = [out.get(timeout=180) for _ in procs]
    for p in procs:
        p.join(30)
    statuses = [status for result in results for status in result]
    assert statuses.count("done") == 3  # each invoice once, whichever process got there
    assert [len(reminders(db, cid)) for cid in ids] == [1, 1, 1]
    with db.read() as s:
        assert len(s.scalars(select(OutboxMessage.id)).all()) == 3


def _run_in_process(url: str, user_id: int, start: Any, out: Any) -> None:
    from invoicedesk.domain.workflow import Actor
    from invoicedesk.services import wiring

    wiring.install()
    db = Database(url)
    start.wait(30)
    try:
        day = date(2025, 5, 22)
        rows = [RowChoice(d.case_id, "email") for d in due_reminders(db, day)]
        actor = Actor(user_id, initials="CL")
        out.put([o.status for o in process_reminders(db, actor, rows, day)])
    finally:
        db.dispose()


def _de(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


def test_cli_dunning_run(world, db_url, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from invoicedesk.cli.main import main

    db = world["db"]
    emailed, printed = world["invoice"]("de"), world["invoice"]("en")
    with db.write() as s:  # Lakeside wants paper
        s.execute(update(Party).where(Party.id == world["en"]).values(preferred_delivery="print"))
    base = ["dunning", "run", "--database-url", db_url, "--date", "2025-06-05", "--json"]
    assert main([*base, "--dry-run"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["reminded"] == 0 and reminders(db, emailed) == []
    row = {r["case_id"]: r for r in dry["rows"]}[emailed]
    assert {"case_id", "number", "level", "days_overdue", "open_amount", "fee", "interest",
            "interest_rate"} <= set(row)  # fmt: skip
    assert (row["level"], row["days_overdue"], row["status"]) == (1, 21, "due")
    assert row["interest"] == "0.00" and row["interest_rate"] is None  # level 1: no interest
    assert main([*base, "--send"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["reminded"] == 2
    assert {r["case_id"]: r["channel"] for r in out["rows"]} == {emailed: "email", printed: "print"}
    assert main([*base, "--send"]) == 0  # the same day again: nothing
    assert json.loads(capsys.readouterr().out)["rows"] == []
    assert main([*base[:-1], "--date", "2025-06-19", "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert "1. Mahnung" in text and "First dunning notice" in text and "Dry run: 2 due" in text
    assert main(["dunning", "run", "--database-url", db_url, "--date", "5.6.2025"]) == 1
    assert "is not a date" in capsys.readouterr().err


def test_the_reminder_qr_code_asks_for_the_total(world) -> None:  # type: ignore[no-untyped-def]
    """The EPC QR code drawn on the reminder carries the total due and the invoice reference."""
    from io import BytesIO

    from pypdf import PdfReader

    from invoicedesk.documents.pdf.kit import _qr_operators, epc_matrix
    from invoicedesk.services.settings.company import get_company

    db, clerk = world["db"], world["clerk"]
    cid = world["invoice"]("de")
    run(db, clerk, date(2025, 5, 22), "print")
    [second] = due_reminders(db, date(2025, 6, 5))
    run(db, clerk, date(2025, 6, 5), "print")
    reminder = reminders(db, cid)[1]
    with db.read() as s:
        company = get_company(s)
    page = PdfReader(BytesIO(pdf_of(db, reminder))).pages[0].get_contents().get_data()
    expected = epc_matrix(company.name, company.iban or "", company.bic, reminder.total,
                          second.number)  # fmt: skip
    assert reminder.total == second.total and _qr_operators(expected).encode() in page
