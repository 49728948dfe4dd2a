"""Payments as records: partial, combined, overpaid, undone; supplier invoices paid out."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.details import load_case_details
from invoicedesk.services.payments.recording import PaymentInput, record_payment, undo_payment
from invoicedesk.services.settings.users import add_user
from invoicedesk.store.models.cases import Case, StatusHistory
from invoicedesk.store.models.parties import Party
from invoicedesk.store.models.payments import Payment

D = Decimal
TODAY = date.today()


def _case(db, direction="out", status="sent", gross="1190.00", number="RE-2026-00090", **extra):  # type: ignore[no-untyped-def]
    with db.write() as s:
        case = Case(
            direction=direction,
            status=status,
            kind="invoice",
            party_name="Jansen B.V.",
            gross=D(gross),
            net=D(gross),
            number=number,
            due_date=TODAY + timedelta(days=14),
            **extra,
        )
        s.add(case)
        s.flush()
        return case.id


def _state(db, cid):  # type: ignore[no-untyped-def]
    with db.read() as s:
        c = s.get(Case, cid)
        return c.status, c.payment_status, c.paid_amount


def _actions(db, cid):  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(
            s.scalars(
                select(StatusHistory.action)
                .where(StatusHistory.case_id == cid)
                .order_by(StatusHistory.id)
            )
        )


def test_partial_then_full_payment_makes_the_invoice_paid(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _case(db)
    record_payment(db, clerk, PaymentInput(D("400.00"), TODAY, [(cid, D("400.00"))]))
    assert _state(db, cid) == ("sent", "partial", D("400.00"))
    details = load_case_details(db, cid)
    assert details.open_amount == D("790.00")
    assert [p.amount for p in details.payments] == [D("400.00")]
    record_payment(db, clerk, PaymentInput(D("790.00"), TODAY, [(cid, D("790.00"))]))
    assert _state(db, cid) == ("paid", "paid", D("1190.00"))
    assert _actions(db, cid) == ["record_payment", "record_payment"]


def test_undo_restores_the_open_amount_and_the_status(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _case(db, status="overdue")
    paid = record_payment(db, clerk, PaymentInput(D("1190.00"), TODAY, [(cid, D("1190.00"))]))
    assert _state(db, cid) == ("paid", "paid", D("1190.00"))
    undo_payment(db, clerk, paid.payment_id, "booked twice")
    assert _state(db, cid) == ("overdue", "unpaid", D("0.00"))
    assert _actions(db, cid) == ["record_payment", "undo_payment"]
    with db.read() as s:
        assert s.get(Payment, paid.payment_id).undone_at is not None
        last = s.scalars(
            select(StatusHistory)
            .where(StatusHistory.case_id == cid)
            .order_by(StatusHistory.id.desc())
        ).first()
        assert "booked twice" in last.comment
    with pytest.raises(ValidationError, match="undone already"):
        undo_payment(db, clerk, paid.payment_id)


def test_one_transfer_for_two_invoices_and_the_rest_as_credit(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    with db.write() as s:
        party = Party(kind="customer", name="Jansen B.V.")
        s.add(party)
        s.flush()
        party_id = party.id
    a = _case(db, gross="100.00", number="RE-2026-00001", party_id=party_id)
    b = _case(db, gross="50.00", number="RE-2026-00002", party_id=party_id)
    result = record_payment(
        db, clerk, PaymentInput(D("175.00"), TODAY, [(a, D("100.00")), (b, D("50.00"))])
    )
    assert result.credit == D("25.00")
    assert load_case_details(db, a).customer_credit == D("25.00")
    assert _state(db, a)[0:2] == ("paid", "paid")
    assert _state(db, b)[0:2] == ("paid", "paid")
    undo_payment(db, clerk, result.payment_id)
    assert _state(db, a) == ("sent", "unpaid", D("0.00"))
    assert _state(db, b) == ("sent", "unpaid", D("0.00"))
    assert load_case_details(db, a).customer_credit == D("0.00")


def test_more_than_open_is_refused_and_changes_nothing(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _case(db, gross="100.00")
    with pytest.raises(ValidationError, match=r"only 100\.00 open"):
        record_payment(db, clerk, PaymentInput(D("150.00"), TODAY, [(cid, D("150.00"))]))
    with pytest.raises(ValidationError, match="above zero"):
        record_payment(db, clerk, PaymentInput(D("0"), TODAY, [(cid, D("0"))]))
    assert _state(db, cid) == ("sent", "unpaid", D("0.00"))
    with db.read() as s:
        assert s.scalar(select(Payment.id)) is None


def test_cancelled_and_draft_cases_take_no_payment(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    for status in ("canceled", "draft"):
        cid = _case(db, status=status, number=None)
        with pytest.raises((ValidationError, ActionRefused)):
            record_payment(db, clerk, PaymentInput(D("10.00"), TODAY, [(cid, D("10.00"))]))
        assert _actions(db, cid) == []


def test_a_user_without_the_clerk_role_may_not_record(db, users) -> None:  # type: ignore[no-untyped-def]
    auditor = add_user(
        db,
        "rita",
        full_name="Rita",
        initials="RI",
        roles=["reviewer"],
        actor=users["ada"].actor(),
        password="correct horse",
    )
    cid = _case(db)
    with pytest.raises(ActionRefused):
        record_payment(db, auditor.actor(), PaymentInput(D("1.00"), TODAY, [(cid, D("1.00"))]))
    assert _state(db, cid) == ("sent", "unpaid", D("0.00"))


def test_mark_paid_records_a_payment_and_mark_unpaid_undoes_it(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    cid = _case(db)
    record_payment(db, clerk, PaymentInput(D("190.00"), TODAY, [(cid, D("190.00"))]))
    perform_action(db, clerk, cid, Action.MARK_PAID)
    assert _state(db, cid) == ("paid", "paid", D("1190.00"))
    with db.read() as s:
        amounts = sorted(p.amount for p in s.scalars(select(Payment)))
    assert amounts == [D("190.00"), D("1000.00")]
    perform_action(db, clerk, cid, Action.MARK_UNPAID)
    assert _state(db, cid) == ("sent", "unpaid", D("0.00"))


def test_supplier_invoice_is_paid_by_an_outgoing_payment_once_approved(db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = users["clara"].actor()
    checked = _case(db, direction="in", status="checked", gross="80.00", number="R-17")
    approved = _case(db, direction="in", status="approved", gross="80.00", number="R-18")
    with pytest.raises(ActionRefused):
        record_payment(
            db, clerk, PaymentInput(D("80.00"), TODAY, [(checked, D("80.00"))], direction="out")
        )
    with pytest.raises(ValidationError, match="direction"):
        record_payment(db, clerk, PaymentInput(D("80.00"), TODAY, [(approved, D("80.00"))]))
    record_payment(
        db, clerk, PaymentInput(D("80.00"), TODAY, [(approved, D("80.00"))], direction="out")
    )
    assert _state(db, approved) == ("approved", "paid", D("80.00"))
    assert _state(db, checked) == ("checked", "unpaid", D("0.00"))
