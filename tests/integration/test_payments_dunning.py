"""Payments and issue 17: a payment that settles an invoice takes it out of the dunning; a part
payment lowers what the reminder asks; credit notes offset and payments add up; a credit note
is never paid like an invoice."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from invoicedesk.bench.camt_writer import Line, camt053
from invoicedesk.domain.errors import ActionRefused
from invoicedesk.services.dunning.due import due_reminders
from invoicedesk.services.outgoing.credit_notes import CreditLine, create_credit_note
from invoicedesk.services.payments.bank_import import import_file
from invoicedesk.services.payments.open_items import open_items
from invoicedesk.services.payments.recording import PaymentInput, record_payment, undo_payment
from invoicedesk.store.models.cases import Case

from .test_dunning import world  # noqa: F401 - the issued invoices of the dunning tests

DAY = date(2025, 5, 22)  # a week after the invoices fell due


def _case(db, cid):  # type: ignore[no-untyped-def]
    with db.read() as s:
        c = s.get(Case, cid)
        return c.number, c.gross, c.status, c.payment_status


def test_a_payment_takes_the_invoice_out_of_the_dunning(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    db, clerk = world["db"], world["clerk"]
    cid = world["invoice"]("de")
    number, gross, _status, _pay = _case(db, cid)
    [due] = due_reminders(db, DAY)
    assert due.case_id == cid and due.open_amount == gross
    part = record_payment(db, clerk, PaymentInput(Decimal("10.00"), DAY, [(cid, Decimal("10.00"))]))
    [due] = due_reminders(db, DAY)
    assert due.open_amount == gross - Decimal("10.00")
    data = camt053([Line(gross - Decimal("10.00"), DAY, "Kunde", "", f"RE {number}")])
    result = import_file(db, clerk, Path("rest.xml"), data)
    assert [line.state for line in result.lines] == ["booked"]
    assert _case(db, cid)[2:] == ("paid", "paid")
    assert due_reminders(db, DAY) == []
    undo_payment(db, clerk, part.payment_id, "bounced")
    assert _case(db, cid)[3] == "partial"
    assert [d.case_id for d in due_reminders(db, DAY)] == [cid]


def test_credit_note_offset_and_payment_settle_together(world) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    db, clerk = world["db"], world["clerk"]
    cid = world["invoice"]("de", n=2)
    _number, gross, _status, _pay = _case(db, cid)
    credit = create_credit_note(db, clerk, cid, reason="Kulanz", lines=[CreditLine(1)])
    with db.read() as s:
        credit_case = s.get(Case, credit.case_id)
        credit_gross, credit_number = credit_case.gross, credit_case.number
        items = {i.case_id: i for i in open_items(s)}
    # the invoice is offered with what the offset left open; the credit note is no receivable
    assert items[cid].open_amount == gross - credit_gross
    assert credit.case_id not in items
    rest = gross - credit_gross
    record_payment(db, clerk, PaymentInput(rest, DAY, [(cid, rest)]))
    assert _case(db, cid)[2:] == ("paid", "paid")
    assert due_reminders(db, DAY) == []
    # a credit note is settled by refund or offset, never paid like an invoice
    with pytest.raises(ActionRefused, match="not possible"):
        record_payment(db, clerk, PaymentInput(Decimal("1.00"), DAY, [(credit.case_id,
                                                                       Decimal("1.00"))],
                                               direction="out"))  # fmt: skip
    assert credit_number
    with db.read() as s:
        assert s.scalar(select(Case.payment_status).where(Case.id == credit.case_id)) in (
            "credit", "settled")  # fmt: skip
