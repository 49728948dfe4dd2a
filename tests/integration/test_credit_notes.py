"""Credit notes (381, positive amounts, own series) and cancelling issued invoices."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from invoicedesk.documents.einvoice.validate import validate_einvoice
from invoicedesk.domain.errors import ActionRefused, ValidationError
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.outgoing.credit_notes import CreditLine, create_credit_note
from invoicedesk.services.outgoing.issuing import invoice_pdf, issue_invoice
from invoicedesk.store.models.cases import Case

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
