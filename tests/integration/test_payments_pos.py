"""*Paid POS* records a payment (source POS); undoing it opens the invoice again."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.details import load_case_details
from invoicedesk.services.payments.recording import PaymentInput, record_payment, undo_payment
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.payments import Payment, PaymentAllocation

D = Decimal


def _invoice(db, status: str = "sent") -> int:  # type: ignore[no-untyped-def]
    with db.write() as s:
        case = Case(
            direction="out",
            status=status,
            kind="invoice",
            party_name="Kiosk am Markt",
            gross=D("119.00"),
            net=D("100.00"),
            number="RE-2026-00301",
            due_date=date.today() + timedelta(days=14),
        )
        s.add(case)
        s.flush()
        return case.id


def test_paid_pos_records_a_pos_payment_and_undo_reopens(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _invoice(db)
    result = perform_action(db, clerk, cid, Action.PAID_POS)
    assert result.status == "completed" and not result.active
    with db.read() as s:
        case = s.get(Case, cid)
        assert (case.payment_status, case.paid_amount, case.paid_on) == (
            "paid",
            D("119.00"),
            date.today(),
        )
        (payment,) = s.scalars(select(Payment)).all()
        assert (payment.source, payment.amount, payment.direction) == ("pos", D("119.00"), "in")
        payment_id = payment.id
        (part,) = s.scalars(select(PaymentAllocation)).all()
        assert (part.case_id, part.amount) == (cid, D("119.00"))
    details = load_case_details(db, cid)
    assert [(p.method, p.amount) for p in details.payments] == [("pos", D("119.00"))]
    undo_payment(db, clerk, payment_id, "card payment reversed")
    with db.read() as s:
        case = s.get(Case, cid)
        assert (case.status, case.active, case.payment_status, case.paid_amount) == (
            "sent",
            True,
            "unpaid",
            D("0.00"),
        )
        history = s.execute(
            select(StatusHistory.from_status, StatusHistory.to_status, StatusHistory.action)
            .where(StatusHistory.case_id == cid)
            .order_by(StatusHistory.id)
        ).all()
    assert [tuple(h) for h in history] == [
        ("sent", "completed", "paid_pos"),
        ("completed", "sent", "undo_payment"),
    ]


def test_paid_pos_takes_only_what_is_open(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _invoice(db, status="overdue")
    record_payment(db, clerk, PaymentInput(D("19.00"), date.today(), [(cid, D("19.00"))]))
    perform_action(db, clerk, cid, Action.PAID_POS)
    with db.read() as s:
        amounts = sorted((p.source, p.amount) for p in s.scalars(select(Payment)))
        case = s.get(Case, cid)
        assert (case.status, case.paid_amount) == ("completed", D("119.00"))
    assert amounts == [("manual", D("19.00")), ("pos", D("100.00"))]
