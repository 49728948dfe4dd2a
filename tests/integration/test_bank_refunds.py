"""A refund debit line on a bank statement settles the credit note it names (issue 17's
settlement: refunded on the booking day), only in full; a part refund is only proposed.

The import books a sure refund itself, the way of a clerk's booking (payment, then the credit
note settled by the one rule); a refund its checks refuse is proposed with the credit note, and
booking it in the reconciliation settles it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from invoicedesk.bench.camt_writer import Line, camt053
from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.payments.bank_import import import_file
from invoicedesk.services.payments.reconcile import book_statement_line
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.credits import CreditSettlement
from invoicedesk.store.models.parties import Party
from invoicedesk.store.models.payments import Payment, PaymentAllocation, StatementLine

D = Decimal
DAY = date.today() - timedelta(days=1)
IBAN = "NL91ABNA0417164300"


def _credit_note(db, number: str, gross: str) -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        party = Party(kind="customer", name="Jansen B.V.", iban=IBAN, country="NL")
        s.add(party)
        s.flush()
        case = Case(
            direction="out",
            status="sent",
            kind="credit_note",
            party_id=party.id,
            party_name="Jansen B.V.",
            gross=D(gross),
            net=D(gross),
            number=number,
            payment_status="credit",
        )
        s.add(case)
        s.flush()
        return case.id


def test_refund_line_settles_the_credit_note(db, users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    whole = _credit_note(db, "GS-2026-00007", "238.00")
    part = _credit_note(db, "GS-2026-00008", "500.00")
    lines = [
        Line(D("-238.00"), DAY, "Jansen B.V.", IBAN, "Erstattung Gutschrift GS 2026 7"),
        Line(D("-200.00"), DAY, "Jansen B.V.", IBAN, "Teilerstattung GS-2026-00008"),
    ]
    path = tmp_path / "refunds.xml"
    path.write_bytes(camt053(lines, statement_id="REF-1"))
    result = import_file(db, clerk, path)
    # the exact refund is booked by the import itself (settled by the one rule), the part
    # refund waits for a clerk
    assert [(ln.state, ln.matched_case_ids) for ln in result.lines] == [
        ("booked", (whole,)),
        ("proposed", (part,)),
    ]
    with db.read() as s:
        line = s.get(StatementLine, result.lines[0].line_id)
        assert line.state == "booked"
        assert line.payment_id == s.scalar(select(Payment.id))
        credit = s.get(Case, whole)
        assert (credit.status, credit.payment_status) == ("settled", "settled")
        settlement = s.scalar(
            select(CreditSettlement).where(CreditSettlement.credit_case_id == whole)
        )
        assert (settlement.method, settlement.settled_on, settlement.amount) == (
            "refund",
            DAY,
            D("238.00"),
        )
        payment = s.scalar(select(Payment))
        assert (payment.direction, payment.source, payment.amount) == ("out", "bank", D("238.00"))
        allocation = s.scalar(select(PaymentAllocation))
        assert (allocation.case_id, allocation.amount) == (whole, D("238.00"))
        history = s.execute(
            select(StatusHistory.from_status, StatusHistory.to_status, StatusHistory.action).where(
                StatusHistory.case_id == whole
            )
        ).all()
        assert [tuple(h) for h in history] == [("sent", "settled", "settle")]
        assert s.get(Case, part).status == "sent"
    # a clerk cannot book a part refund either: the credit note is refunded in full
    with pytest.raises(ValidationError, match="in full"):
        book_statement_line(db, clerk, result.lines[1].line_id, [(part, D("200.00"))])
    with db.read() as s:
        assert s.get(Case, part).payment_status == "credit"
    # a settled credit note is no longer offered: the same refund on a new statement waits
    path.write_bytes(camt053(lines[:1], statement_id="REF-2"))
    (again,) = import_file(db, clerk, path).lines
    assert again.state == "unmatched"
    # booking it with the settle action's own check (a settled credit note cannot settle again)
    with pytest.raises(ValidationError):
        book_statement_line(db, clerk, again.line_id, [(whole, D("238.00"))])


def test_refund_by_hand_in_the_reconciliation(db, users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    credit = _credit_note(db, "GS-2026-00009", "80.00")
    path = tmp_path / "refund.xml"
    path.write_bytes(camt053([Line(D("-80.00"), DAY, "Jansen B.V.", IBAN, "Erstattung")]))
    (line,) = import_file(db, clerk, path).lines
    assert (line.state, line.matched_case_ids) == ("proposed", (credit,))  # amount + IBAN
    book_statement_line(db, clerk, line.line_id, [(credit, D("80.00"))])
    with db.read() as s:
        assert s.get(Case, credit).status == "settled"
    result = perform_action(db, clerk, credit, Action.MARK_BOOKED)
    assert result.status == "completed"


def test_refund_refused_by_its_checks_is_proposed_and_keeps_nothing(db, users, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A sure refund line whose credit note another clerk settled after the batch's index was
    read: the settle rule refuses it, the line is proposed, no payment or allocation is kept,
    and the other lines of the batch are stored and booked as usual."""
    from invoicedesk.services.payments import bank_import

    clerk = users["clara"].actor()
    credit = _credit_note(db, "GS-2026-00011", "90.00")
    other = _credit_note(db, "GS-2026-00012", "45.00")
    real = bank_import.batch_index

    def index_then_settle(session, lines):  # type: ignore[no-untyped-def]
        index = real(session, lines)
        with db.write() as w:
            w.get(Case, credit).status = "settled"
        return index

    path = tmp_path / "late.xml"
    lines = [
        Line(D("-90.00"), DAY, "Jansen B.V.", IBAN, "Erstattung GS-2026-00011"),
        Line(D("-45.00"), DAY, "Jansen B.V.", IBAN, "Erstattung GS-2026-00012"),
    ]
    path.write_bytes(camt053(lines, statement_id="LATE-1"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(bank_import, "batch_index", index_then_settle)
        result = import_file(db, clerk, path)
    assert [ln.state for ln in result.lines] == ["proposed", "booked"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StatementLine)) == 2
        allocations = s.execute(select(PaymentAllocation.case_id, PaymentAllocation.amount)).all()
        assert [tuple(a) for a in allocations] == [(other, D("45.00"))]
        assert s.scalar(select(func.count()).select_from(Payment)) == 1
        assert s.get(Case, other).status == "settled"
        assert s.get(StatementLine, result.lines[0].line_id).payment_id is None
