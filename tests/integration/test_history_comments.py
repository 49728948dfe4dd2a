"""Status history: comments the application writes keep their English text in ``comment`` (for
reports and anyone reading the table) and their template in ``comment_record``, so the detail
pane can show them in the clerk's language; a clerk's typed comment is stored as typed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from invoicedesk.domain.messages import Message
from invoicedesk.domain.workflow import Action
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.details import load_case_details
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.store.models.cases import StatusHistory
from tests.integration.test_outgoing import draft, setup_outgoing


def test_application_comments_translatable_typed_ones_as_typed(db: Any, users: Any) -> None:
    parties = setup_outgoing(db)
    clerk = users["clara"].actor()
    case_id = draft(db, clerk, parties["de"])
    issue_invoice(db, clerk, case_id, delivery="create_only")
    perform_action(db, clerk, case_id, Action.CANCEL, "Kunde hat doppelt bestellt")
    with db.read() as s:
        rows = s.execute(
            select(StatusHistory.comment, StatusHistory.comment_record)
            .where(StatusHistory.case_id == case_id)
            .order_by(StatusHistory.id)
        ).all()
    assert rows[0].comment == "draft created" and '"template": "draft created"' in (
        rows[0].comment_record or ""
    )
    assert rows[-1].comment == "Kunde hat doppelt bestellt" and rows[-1].comment_record is None
    history = load_case_details(db, case_id).history  # newest first
    created = next(h for h in history if h.comment == "draft created")
    typed = next(h for h in history if h.comment == "Kunde hat doppelt bestellt")
    assert isinstance(created.comment, Message) and created.comment.template == "draft created"
    assert not isinstance(typed.comment, Message)
