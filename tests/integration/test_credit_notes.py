"""Credit notes (381, positive amounts, own series) and cancelling issued invoices."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from invoicedesk.documents.einvoice.validate import validate_einvoice
from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.outgoing.credit_notes import CreditLine, create_credit_note
from invoicedesk.services.outgoing.issuing import invoice_pdf, issue_invoice
from invoicedesk.services.outgoing.settlement import offset_choices, settle_credit_note
from invoicedesk.store.models.cases import Case
from invoicedesk.store.models.credits import CreditSettlement
from invoicedesk.store.receivables import open_amount
from tests.pdf_text import pdf_text, words

from .test_outgoing import draft, history, lines, setup_outgoing, xml_of

D = Decimal


@pytest.fixture
def world(db, users):  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    cid = draft(db, clerk, parties["de"], lines=lines(3))
    number = issue_invoice(db, clerk, cid, delivery="create_only").number
    return {"db": db, "clerk": clerk, "invoice": cid, "number": number, **parties}


def test_full_credit_note_is_381_with_positive_amounts(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    result = create_credit_note(db, clerk, world["invoice"], reason="Falsche Anschrift")
    assert result.number.startswith("GS-") and result.number.endswith("-00001")
    assert result.invoice_number == world["number"]
    with db.read() as s:
        credit, invoice = s.get(Case, result.case_id), s.get(Case, world["invoice"])
        assert credit.kind == "credit_note" and credit.credit_for_id == invoice.id
        # the invoice was not paid: the credit is offset against it at once
        assert credit.gross == invoice.gross > 0 and credit.status == "settled"
        assert credit.payment_status == "settled" and credit.pending_action == "book"
        assert credit.payment_reference is None and credit.due_date is None
        # nothing is left open on the invoice: it counts as paid (and leaves the dunning)
        assert invoice.status == "paid" and invoice.payment_reference_valid
        name, pdf, _ = invoice_pdf(s, credit.id)
    xml = xml_of(pdf)
    assert name == f"{result.number}.pdf"
    assert b"<ram:TypeCode>381</ram:TypeCode>" in xml and world["number"].encode() in xml
    assert validate_einvoice(xml).ok
    assert any(h[0] == "credit_note" for h in history(db, world["invoice"]))
    with pytest.raises(ValidationError, match="fully credited"):
        create_credit_note(db, clerk, world["invoice"], reason="again")


def test_partial_credit_and_no_over_crediting(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    # line 3: 2.5 h x 98.00 at 19 %
    first = create_credit_note(
        db, clerk, world["invoice"], reason="1 h zu viel", lines=[CreditLine(3, D("1"))]
    )
    assert first.gross == D("116.62")
    with pytest.raises(ValidationError, match=r"at most 1\.5"):
        create_credit_note(db, clerk, world["invoice"], reason="x", lines=[CreditLine(3, D("2"))])
    with pytest.raises(ValidationError, match="no line 9"):
        create_credit_note(db, clerk, world["invoice"], reason="x", lines=[CreditLine(9)])
    with pytest.raises(ValidationError, match="reason"):
        create_credit_note(db, clerk, world["invoice"], reason=" ")


def test_cancel_issued_invoice_credits_the_rest_and_invalidates_reference(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    part = create_credit_note(db, clerk, world["invoice"], reason="Teil", lines=[CreditLine(1)])
    with pytest.raises(ActionRefused, match="comment"):
        perform_action(db, clerk, world["invoice"], Action.CANCEL)
    result = perform_action(db, clerk, world["invoice"], Action.CANCEL, "Doppelt berechnet")
    assert result.status == "canceled" and not result.active
    with db.read() as s:
        invoice = s.get(Case, world["invoice"])
        credits = s.scalars(
            select(Case).where(Case.credit_for_id == invoice.id).order_by(Case.id)
        ).all()
        assert not invoice.payment_reference_valid
        assert [c.number for c in credits] == [part.number, part.number[:-1] + "2"]
        assert sum(c.gross for c in credits) == invoice.gross
        assert credits[1].notes == "Doppelt berechnet"
    with pytest.raises(ActionRefused, match="not possible"):
        perform_action(db, clerk, part.case_id, Action.CANCEL, "no")


def test_a_draft_is_deleted_not_cancelled(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    cid = draft(db, clerk, world["nl"])
    with pytest.raises(ActionRefused, match="status Draft"):
        perform_action(db, clerk, cid, Action.CANCEL, "nicht benötigt")
    result = perform_action(db, clerk, cid, Action.DELETE_DRAFT)
    assert result.status == "deleted" and not result.active
    with db.read() as s:
        assert s.scalars(select(Case).where(Case.kind == "credit_note")).all() == []
    assert history(db, cid)[-1][:3] == ("delete_draft", "draft", "deleted")
    with pytest.raises(ActionRefused, match="status Deleted"):
        perform_action(db, clerk, cid, Action.SEND)
    with pytest.raises(ActionRefused, match="status Issued"):
        perform_action(db, clerk, world["invoice"], Action.DELETE_DRAFT)


def _credit_pdf_text(db, case_id: int) -> str:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return words(pdf_text(invoice_pdf(s, case_id)[1]))


def test_wording_cancel_of_an_unpaid_invoice(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk, number = world["db"], world["clerk"], world["number"]
    perform_action(db, clerk, world["invoice"], Action.CANCEL, "Doppelt berechnet")
    with db.read() as s:
        credit = s.scalars(select(Case).where(Case.credit_for_id == world["invoice"])).one()
        settled = s.scalars(select(CreditSettlement)).one()
        assert credit.status == "settled" and credit.payment_status == "settled"
        assert (settled.method, settled.invoice_case_id, settled.amount) == (
            "offset", world["invoice"], credit.gross
        )
        credit_id = credit.id
    text = _credit_pdf_text(db, credit_id)
    assert f"Hiermit stornieren wir die Rechnung {number} vom" in text
    assert f"Die Rechnung {number} ist damit ausgeglichen; bitte bezahlen Sie sie nicht mehr." in (
        text
    )
    assert "erstattet" not in text and "verrechnet" not in text


def test_wording_cancel_of_a_paid_invoice_refunds(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk, number = world["db"], world["clerk"], world["number"]
    perform_action(db, clerk, world["invoice"], Action.MARK_PAID)
    perform_action(db, clerk, world["invoice"], Action.CANCEL, "Ware zurück")
    with db.read() as s:
        credit = s.scalars(select(Case).where(Case.credit_for_id == world["invoice"])).one()
        assert s.scalars(select(CreditSettlement)).all() == []
        # open until refunded: Issued, a credit (never overdue, no Paid POS, no reminder)
        assert (credit.status, credit.payment_status, credit.pending_action) == (
            "issued", "credit", "send"
        )
        credit_id, gross = credit.id, credit.gross
    text = _credit_pdf_text(db, credit_id)
    assert f"Hiermit stornieren wir die Rechnung {number} vom" in text
    assert f"Der Betrag von {_money(gross)} wird Ihnen erstattet." in text
    for action in (Action.MARK_PAID, Action.PAID_POS, Action.REMIND):
        with pytest.raises(ActionRefused, match="settled by refund or offset"):
            perform_action(db, clerk, credit_id, action)
    result = settle_credit_note(db, clerk, credit_id, method="refund", on=date(2026, 12, 1))
    assert result.status == "settled"
    with db.read() as s:
        row = s.scalars(select(CreditSettlement)).one()
        assert (row.method, row.settled_on, row.invoice_case_id) == (
            "refund", date(2026, 12, 1), None
        )
        assert s.get(Case, credit_id).payment_status == "settled"
    assert history(db, credit_id)[-1][:3] == ("settle", "issued", "settled")


def test_partial_credit_of_an_unpaid_invoice_is_offset(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk, number = world["db"], world["clerk"], world["number"]
    part = create_credit_note(db, clerk, world["invoice"], reason="1 h zu viel",
                              lines=[CreditLine(3, D("1"))])  # fmt: skip
    text = _credit_pdf_text(db, part.case_id)
    assert f"Der Betrag von 116,62 € wird mit der Rechnung {number} verrechnet." in text
    assert "erstattet" not in text and "storniere" not in text
    with db.read() as s:
        invoice = s.get(Case, world["invoice"])
        assert invoice.status == "issued" and invoice.payment_status == "partial"
        assert open_amount(s, invoice.id) == invoice.gross - D("116.62")
    assert any("still open: " in h[3] for h in history(db, world["invoice"]))


def test_settle_by_offset_against_another_invoice(world) -> None:  # type: ignore[no-untyped-def]
    db, clerk = world["db"], world["clerk"]
    perform_action(db, clerk, world["invoice"], Action.MARK_PAID)
    part = create_credit_note(db, clerk, world["invoice"], reason="Kulanz",
                              lines=[CreditLine(2, D("1"))])  # fmt: skip
    other = draft(db, clerk, world["de"], lines=lines(1))
    issue_invoice(db, clerk, other, delivery="create_only")
    foreign = draft(db, clerk, world["nl"], lines=lines(1))
    issue_invoice(db, clerk, foreign, delivery="create_only")
    choices = offset_choices(db, part.case_id)
    assert [c.case_id for c in choices] == [other]  # the paid invoice has nothing open
    with pytest.raises(ValidationError, match="not one of this customer"):
        settle_credit_note(db, clerk, part.case_id, method="offset", invoice_id=foreign)
    settle_credit_note(db, clerk, part.case_id, method="offset", invoice_id=other)
    with db.read() as s:
        assert s.get(Case, other).payment_status == "partial"
        assert open_amount(s, other) == s.get(Case, other).gross - part.gross


def _money(value: Decimal) -> str:
    return f"{value:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".") + " €"
