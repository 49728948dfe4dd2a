"""Detail pane content, opening attachments, actions offered vs refused, the conflict dialog."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from invoicedesk.domain.errors import ActionRefused, ConflictError
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.payments import payment_dialog
from invoicedesk.services.cases.actions import perform_action
from invoicedesk.services.cases.attachments import add_attachment
from invoicedesk.store.models.cases import StatusHistory
from invoicedesk.store.models.parties import Party

from .conftest import settle


def _select(qtbot, window, case_id: int) -> None:  # type: ignore[no-untyped-def]
    window.refresh()
    settle(qtbot)
    for i in range(window.model.rowCount()):
        if window.model.row_at(i).id == case_id:
            window.table.selectRow(i)
            break
    else:
        raise AssertionError(f"case {case_id} not in the table")
    qtbot.waitUntil(
        lambda: window.detail.details is not None and window.detail.details.id == case_id
    )
    settle(qtbot)


def test_detail_pane_shows_everything(qtbot, db, users, window, make_case, opened) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        party = Party(
            kind="customer",
            name="Autohaus Brandt",
            street="Ringstr. 4",
            postal_code="50667",
            city="Köln",
            vat_id="DE123456789",
            email="buchhaltung@brandt.example",
        )
        s.add(party)
        s.flush()
        party_id = party.id
    cid = make_case(
        "out",
        "sent",
        gross="1190.00",
        party="Autohaus Brandt",
        party_id=party_id,
        notes="call before delivery",
        lines=[
            {
                "description": "Inspektion",
                "quantity": Decimal(1),
                "unit_price": Decimal("1000.00"),
                "net": Decimal("1000.00"),
            }
        ],
    )
    with db.write() as s:
        s.add(
            StatusHistory(
                case_id=cid,
                user_id=users["ada"].id,
                action="send",
                from_status="draft",
                to_status="sent",
                comment="sent by mail",
            )
        )
    add_attachment(db, users["ada"].actor(), cid, "../RE 2026/0001?.pdf", b"%PDF-1.4 demo")
    _select(qtbot, window, cid)
    d = window.detail
    assert "RE-2026" in d.header.text() and "Autohaus Brandt" in d.header.text()
    assert "read-only" in d.header.text()  # an issued invoice
    assert "DE123456789" in d.party.text() and "Köln" in d.party.text()
    assert d.payment_labels["Open amount"].text().startswith(("1.190,00", "1,190.00"))
    assert d.lines.item(0, 2).text() == "Inspektion"
    assert d.history.item(0, 1).text() == "AD"
    assert d.history.item(0, 2).text() == "Draft → Sent"
    assert d.history.item(0, 3).text() == "sent by mail"
    assert d.notes.toPlainText() == "call before delivery" and d.notes.isReadOnly()
    assert d.attachments.item(0, 0).text() == "../RE 2026/0001?.pdf"
    # double-click opens a temporary copy with a safe name (the opener is intercepted)
    d.attachments.selectRow(0)
    d.attachments.doubleClicked.emit(d.attachments.model().index(0, 0))
    qtbot.waitUntil(lambda: len(opened) == 1)
    path = opened[0]
    assert path.name == "0001_.pdf"  # no folders, no odd characters
    assert path.read_bytes() == b"%PDF-1.4 demo"


def test_drop_attaches_and_notes_save(qtbot, db, users, window, make_case, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cid = make_case("in", "ready", number=None)
    _select(qtbot, window, cid)
    f = tmp_path / "Lieferschein.pdf"
    f.write_bytes(b"%PDF delivery note")
    window.detail.attach_files([f])
    qtbot.waitUntil(lambda: window.detail.attachments.rowCount() == 1)
    assert not window.detail.notes.isReadOnly()
    window.detail.notes.setPlainText("checked prices")
    window.detail.save_notes()
    settle(qtbot)
    qtbot.waitUntil(lambda: window.detail.details.notes == "checked prices")


def test_actions_offered_and_refused(qtbot, db, users, window, make_case) -> None:  # type: ignore[no-untyped-def]
    edited_by_ada = make_case("in", "edited", number=None, edited_by_id=users["ada"].id)
    _select(qtbot, window, edited_by_ada)
    acts = window.case_actions.actions
    assert not acts[Action.CHECK].isEnabled()
    assert "four-eyes" in acts[Action.CHECK].toolTip()
    assert acts[Action.REJECT].isEnabled()
    assert not acts[Action.MARK_PAID].isVisible()  # an outgoing action on an incoming case
    sent = make_case("out", "sent")
    _select(qtbot, window, sent)
    assert acts[Action.MARK_PAID].isEnabled() and acts[Action.MARK_PAID].isVisible()
    assert not acts[Action.MARK_UNPAID].isEnabled()
    assert "not possible in status" in acts[Action.MARK_UNPAID].toolTip()
    assert not acts[Action.SEND].isEnabled()  # no send handler on this workstation yet
    # the core refuses a forced action as well
    with pytest.raises(ActionRefused):
        perform_action(db, users["ada"].actor(), edited_by_ada, Action.CHECK)
    # a clerk without the reviewer role
    from invoicedesk.gui.desk.actions import decision_for

    row = window.current_row()
    assert decision_for(Action.MARK_PAID, row, users["clara"].rights()).allowed


def test_action_runs_and_asks_for_comment(qtbot, db, users, window, make_case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    sent = make_case("out", "sent")
    _select(qtbot, window, sent)
    # Mark paid asks for the date and the amount (the open amount is offered)
    offered = []
    monkeypatch.setattr(
        payment_dialog,
        "ask_payment",
        lambda parent, number, open_amount, currency: offered.append(open_amount)
        or (date.today(), open_amount),
    )
    window.case_actions.actions[Action.MARK_PAID].trigger()
    settle(qtbot)
    qtbot.waitUntil(
        lambda: window.current_row() is not None and window.current_row().status == "paid"
    )
    asked = []
    monkeypatch.setattr(
        dialogs,
        "ask_comment",
        lambda parent, label, required: asked.append(label) or "wrong amount",
    )
    window.case_actions.actions[Action.CANCEL].trigger()
    settle(qtbot)
    assert asked == ["Cancel"]
    assert offered == [Decimal("100.00")]
    with db.read() as s:
        last = s.execute(
            select(StatusHistory.to_status, StatusHistory.comment)
            .where(StatusHistory.case_id == sent)
            .order_by(StatusHistory.id.desc())
        ).first()
    assert tuple(last) == ("canceled", "wrong amount")


def test_conflict_dialog_names_the_other_user(
    qtbot, db, db_url, users, window, make_case, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.store.database import Database

    cid = make_case("out", "sent")
    _select(qtbot, window, cid)
    stale = window.current_row()
    other = Database(db_url)  # a second workstation
    try:
        perform_action(other, users["clara"].actor(), cid, Action.MARK_DELIVERED)
    finally:
        other.dispose()
    seen: list[ConflictError] = []
    monkeypatch.setattr(
        dialogs, "ask_reload_after_conflict", lambda parent, exc: seen.append(exc) or True
    )
    window.case_actions.execute(Action.MARK_PAID, stale)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert "Clara (CL)" in str(seen[0])
    settle(qtbot)
    qtbot.waitUntil(lambda: window.current_row().version == stale.version + 1)
    assert window.current_row().status == "sent"  # nothing overwritten
    assert window.current_row().delivered
