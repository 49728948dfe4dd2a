"""History of a draft's editing (issue 21): autosaves write no history; an editing session
writes one "edited" entry naming the fields it changed."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sqlalchemy import select

from invoicedesk.gui.outgoing.draft_editor import DraftEditor
from invoicedesk.services.outgoing.drafts import get_draft, update_draft
from invoicedesk.store.models.cases import StatusHistory
from tests.integration.test_outgoing import draft, setup_outgoing

from .conftest import settle


def entries(db: Any, case_id: int) -> list[tuple[str, list[str] | None, str]]:
    with db.read() as s:
        rows = s.execute(
            select(StatusHistory.action, StatusHistory.changed_fields, StatusHistory.comment)
            .where(StatusHistory.case_id == case_id)
            .order_by(StatusHistory.id)
        ).all()
    return [(a, list(f) if f else None, c) for a, f, c in rows]


def editor_for(qtbot: Any, db: Any, users: Any, window: Any, case_id: int) -> DraftEditor:
    editor = DraftEditor(db, users["ada"].actor(), case_id, window)
    qtbot.addWidget(editor)
    editor.autosaver.timer.setInterval(30)
    editor.show()  # closing a shown editor ends the session
    settle(qtbot)
    return editor


def autosave(qtbot: Any, editor: DraftEditor) -> None:
    saves = editor.autosaver.saves
    qtbot.waitUntil(lambda: editor.autosaver.saves > saves and not editor.autosaver.busy)
    settle(qtbot)


def test_autosaves_write_no_history_and_the_session_one_entry(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    before = entries(db, case_id)
    editor = editor_for(qtbot, db, users, window, case_id)
    editor.notes.setPlainText("Lieferung frei Haus")
    autosave(qtbot, editor)
    editor.terms_text.clear()
    qtbot.keyClicks(editor.terms_text, "zahlbar sofort")  # typed: textEdited
    autosave(qtbot, editor)
    editor.notes.setPlainText("Lieferung frei Haus, bitte klingeln")
    autosave(qtbot, editor)
    assert editor.autosaver.saves == 3
    assert get_draft(db, case_id).data.payment_terms == "zahlbar sofort"  # saved …
    assert entries(db, case_id) == before  # … without a history row
    editor.close()
    settle(qtbot)
    after = entries(db, case_id)
    assert len(after) == len(before) + 1
    action, fields, comment = after[-1]
    assert action == "edit_draft" and fields == ["notes", "payment_terms"]
    assert comment == "draft edited: notes, payment_terms"


def test_an_explicit_save_records_what_changed_since_the_last(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    count = len(entries(db, case_id))
    editor = editor_for(qtbot, db, users, window, case_id)
    editor.autosaver.timer.setInterval(60_000)
    editor.terms_text.setText("14 Tage netto")
    assert editor.save()
    settle(qtbot)
    assert len(entries(db, case_id)) == count + 1
    assert entries(db, case_id)[-1][1] == ["payment_terms"]
    editor.close()  # nothing changed since the save: no further entry
    settle(qtbot)
    assert len(entries(db, case_id)) == count + 1


def test_opening_and_closing_writes_nothing(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    before = entries(db, case_id)
    editor = editor_for(qtbot, db, users, window, case_id)
    qtbot.wait(100)
    editor.close()
    settle(qtbot)
    assert entries(db, case_id) == before


def test_opening_records_a_session_whose_editor_was_killed(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    """An autosave whose editor never closed (killed) left an edit mark: the same clerk's next
    opening of the draft writes its one entry before the editor shows the draft."""
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    case_id = draft(db, actor, parties["de"])
    view = get_draft(db, case_id)
    update_draft(db, actor, case_id, replace(view.data, notes="Lieferung frei Haus"),
                 expected_version=view.version, history=False)  # fmt: skip
    before = entries(db, case_id)
    editor = editor_for(qtbot, db, users, window, case_id)
    assert editor.notes.toPlainText() == "Lieferung frei Haus"
    after = entries(db, case_id)
    assert after[: len(before)] == before and len(after) == len(before) + 1
    assert after[-1][:2] == ("edit_draft", ["notes"])
    assert "recorded afterwards" in after[-1][2]
    editor.close()  # this session changed nothing: no further entry
    settle(qtbot)
    assert entries(db, case_id) == after


def wait_for_autosave(qtbot: Any, editor: Any, saves: int) -> None:
    qtbot.waitUntil(lambda: editor.autosaver.saves > saves and not editor.autosaver.busy)


def test_supplier_editor_autosaves_write_no_history_and_closing_one_entry(  # type: ignore[no-untyped-def]
    qtbot, db, users
) -> None:
    """The supplier-invoice editor: autosaves leave an edit mark (counted as an editor by the
    four-eyes check) and no history row; closing writes the session's one entry."""
    from invoicedesk.gui.incoming.editor import IncomingEditor
    from invoicedesk.services.cases.edits import editor_ids
    from tests.integration.test_rules import _incoming

    case_id = _incoming(db, users["ada"].id)
    before = entries(db, case_id)
    editor = IncomingEditor(db, users["rolf"].actor(), case_id)
    qtbot.addWidget(editor)
    editor.autosaver.timer.setInterval(30)
    editor.show()
    qtbot.waitUntil(lambda: editor.save_button.isEnabled())
    for name, text in (("invoice_number", "R-5"), ("iban", "DE89370400440532013000")):
        editor.fields[name].clear()
        qtbot.keyClicks(editor.fields[name], text)
        wait_for_autosave(qtbot, editor, editor.autosaver.saves)
    settle(qtbot)
    assert entries(db, case_id) == before
    with db.read() as s:  # what the four-eyes check reads: Rolf is an editor already
        assert editor_ids(s, case_id) == {users["rolf"].id}
    editor.close()
    settle(qtbot)
    qtbot.waitUntil(lambda: len(entries(db, case_id)) == len(before) + 1)
    action, fields, comment = entries(db, case_id)[-1]
    assert action == "edit" and fields == ["iban", "invoice_number"]
    assert comment == "edited: iban, invoice_number"
