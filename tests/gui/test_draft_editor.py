"""The draft editor: new invoice from the File menu, live totals, validation, saving through the
core, the conflict message when someone else saved meanwhile, read-only issued documents."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QApplication

from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.outgoing.draft_editor import DraftEditor
from invoicedesk.gui.outgoing.line_table import DESCRIPTION, NET, PRICE, QTY, VAT
from invoicedesk.services.outgoing.drafts import DraftInput, get_draft, update_draft
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.store.models.cases import Case
from tests.integration.test_outgoing import draft, history, lines, setup_outgoing

from .conftest import settle

D = Decimal


def select_case(qtbot: Any, window: Any, case_id: int) -> None:
    """Refresh the desk and select the row of ``case_id``."""
    window.refresh()
    settle(qtbot)
    rows = [i for i in range(window.model.rowCount()) if window.model.row_at(i).id == case_id]
    assert rows, f"case {case_id} not in the table"
    window.table.selectRow(rows[0])
    qtbot.waitUntil(lambda: window.current_row() is not None)
    settle(qtbot)


def open_editors(window: Any) -> list[DraftEditor]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DraftEditor)] + list(
        window.findChildren(DraftEditor)
    )


def choose_customer(qtbot: Any, editor: DraftEditor, text: str) -> None:
    editor.picker.field.setText(text)
    editor.picker.field.clearFocus()  # no popup: the offscreen platform cannot grab the keyboard
    editor.picker.search_now()
    settle(qtbot)
    labels = editor.picker.model.stringList()
    assert labels, f"no customer found for {text!r}"
    editor.picker.pick_label(labels[0])


def type_line(editor: DraftEditor, row: int, text: str, qty: str, price: str, vat: str) -> None:
    table = editor.lines
    while table.rowCount() <= row:
        table.add_line()
    for column, value in ((DESCRIPTION, text), (QTY, qty), (PRICE, price), (VAT, vat)):
        item = table.item(row, column)
        assert item is not None
        item.setText(value)


def gross_text(editor: DraftEditor) -> str:
    return editor.totals_panel.gross()


def test_new_invoice_from_file_menu(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    action = window.findChild(type(window.refresh_action), "action_new_invoice")
    assert action is not None and action.shortcut().toString() == "Ctrl+N"
    assert action in window.file_menu.actions()
    action.trigger()
    editor = open_editors(window)[-1]
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "New invoice"
    choose_customer(qtbot, editor, "müller")
    assert editor.picker.customer is not None and editor.picker.customer.id == parties["de"]
    assert "Königsallee 1" in editor.picker.details.text()
    assert "Language: German" in editor.picker.details.text()
    type_line(editor, 0, "Inspektion", "2", "1.234,50", "19")
    assert editor.lines.item(0, NET).text() == "2.469,00"  # type: ignore[union-attr]
    type_line(editor, 1, "Fachbuch", "3", "39.90", "7")
    assert gross_text(editor) == "3.066,19 EUR"  # 2469 + 469.11 + 119.70 + 8.38
    assert editor.totals_panel.rows() == [
        ("Net", "2.588,70"),
        ("VAT 19 % on 2.469,00", "469,11"),
        ("VAT 7 % on 119,70", "8,38"),
        ("Gross", "3.066,19 EUR"),
    ]
    editor.notes.setPlainText("Lieferung frei Haus")
    editor.terms_days.setValue(30)
    editor.delivery_kind.setCurrentIndex(1)
    assert editor.save(close_after=True)
    settle(qtbot)
    assert editor.case_id is not None
    view = get_draft(db, editor.case_id)
    assert view.status == "draft" and view.totals["gross"] == D("3066.19")
    assert [ln.description for ln in view.data.lines] == ["Inspektion", "Fachbuch"]
    assert view.data.lines[0].unit_price == D("1234.50")
    assert view.data.payment_terms_days == 30 and view.data.notes == "Lieferung frei Haus"
    assert view.data.delivery_date is not None
    assert history(db, editor.case_id)[0][0] == "create_draft"
    # the desk shows the new draft
    select_case(qtbot, window, editor.case_id)
    assert window.current_row().status == "draft"


def test_validation_messages(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    setup_outgoing(db)
    editor = DraftEditor(db, users["ada"].actor(), None, window)
    qtbot.addWidget(editor)
    assert not editor.save()
    assert "Choose a customer." in editor.problems.text()
    choose_customer(qtbot, editor, "Lakeside")  # no VAT ID
    type_line(editor, 0, "Beratung", "zwei", "100", "19")
    assert "Line 1: Qty 'zwei' is not a number." in editor.problems.text()
    assert gross_text(editor) == "" or editor.totals() is None
    type_line(editor, 0, "Beratung", "2", "100", "19")
    assert editor.problems.isHidden()
    editor.treatment.setCurrentIndex(editor.treatment.findData("AE"))
    assert "Reverse charge needs the VAT ID of Lakeside Ltd" in editor.problems.text()
    assert not editor.save()
    editor.treatment.setCurrentIndex(editor.treatment.findData("S"))
    editor.delivery_kind.setCurrentIndex(2)
    editor.period_start.setDate(editor.period_end.date().addDays(3))
    assert "The service period ends before it starts." in editor.problems.text()


def test_intra_eu_supply_is_zero_rated(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    setup_outgoing(db)
    editor = DraftEditor(db, users["clara"].actor(), None, window)
    qtbot.addWidget(editor)
    choose_customer(qtbot, editor, "Jansen")
    type_line(editor, 0, "Reifen 205/55 R16", "4", "80", "19")
    settle(qtbot)  # the company's tax data is read in the background
    # automatic: an NL business with a valid VAT ID buying goods -> tax-free intra-EU supply
    assert gross_text(editor) == "320,00 EUR"
    assert "Intra-Community supply" in editor.tax.explanation.text()
    editor.treatment.setCurrentIndex(editor.treatment.findData("S"))  # the clerk overrides
    assert gross_text(editor) == "380,80 EUR"
    assert "chosen by hand instead of K" in editor.tax.explanation.text()
    editor.treatment.setCurrentIndex(0)
    editor.exemption.setText("Steuerfreie innergemeinschaftliche Lieferung")
    assert editor.save()
    settle(qtbot)
    view = get_draft(db, editor.case_id)  # type: ignore[arg-type]
    assert view.data.lines[0].vat_category == "" and view.data.lines[0].vat_rate == 19
    assert view.data.tax_treatment is None
    with db.read() as s:
        line = s.get(Case, editor.case_id).lines[0]
        assert (line.vat_category, line.vat_rate, line.tax_override) == ("K", 0, False)
    assert view.data.exemption_reason == "Steuerfreie innergemeinschaftliche Lieferung"
    assert view.totals["gross"] == D("320.00")


def test_edit_draft_conflict_names_who_and_reloads(qtbot, db, users, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    select_case(qtbot, window, case_id)
    qaction = window.case_actions.actions[Action.EDIT_DRAFT]
    assert qaction.isEnabled(), qaction.toolTip()
    qaction.trigger()
    editor = [e for e in open_editors(window) if e.case_id == case_id][-1]
    qtbot.addWidget(editor)
    settle(qtbot)
    assert editor.lines.rowCount() == 2 and editor.editable
    assert editor.picker.customer is not None and editor.picker.customer.id == parties["de"]
    # Clara changes the draft meanwhile
    update_draft(
        db, users["clara"].actor(), case_id, DraftInput(party_id=parties["de"], lines=lines(3))
    )
    seen: list[str] = []

    def reload(_parent: Any, exc: ConflictError) -> bool:
        seen.append(str(exc))
        return True

    monkeypatch.setattr(dialogs, "ask_reload_after_conflict", reload)
    type_line(editor, 0, "Inspektion geändert", "1", "300", "19")
    assert editor.save()
    settle(qtbot)
    assert seen and "Clara" in seen[0]
    settle(qtbot)
    assert editor.lines.rowCount() == 3  # reloaded: Clara's version, nothing overwritten
    assert get_draft(db, case_id).data.lines[0].description == "Inspektion nach Herstellervorgabe"
    assert editor.save()
    settle(qtbot)
    assert get_draft(db, case_id).version == editor.version


def test_issued_document_opens_read_only(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    case_id = draft(db, actor, parties["nl"])
    issue_invoice(db, actor, case_id, delivery="create_only")
    editor = DraftEditor(db, actor, case_id, window)
    qtbot.addWidget(editor)
    settle(qtbot)
    assert not editor.editable and "read-only" in editor.windowTitle()
    assert not editor.save_button.isEnabled() and not editor.save()


def test_draft_is_saved_as_the_clerk_types(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    editor = DraftEditor(db, users["ada"].actor(), None, window)
    qtbot.addWidget(editor)
    editor.autosaver.timer.setInterval(50)
    choose_customer(qtbot, editor, "müller")
    type_line(editor, 0, "Inspektion", "2", "zwei", "19")  # not a number: nothing to save yet
    qtbot.wait(200)
    settle(qtbot)
    assert editor.case_id is None and editor.autosaver.saves == 0
    type_line(editor, 0, "Inspektion", "2", "1.234,50", "19")
    qtbot.waitUntil(lambda: editor.case_id is not None and not editor.autosaver.busy)
    settle(qtbot)
    case_id = editor.case_id
    assert case_id is not None and "Draft saved at" in editor.saved_label.text()
    view = get_draft(db, case_id)
    assert view.status == "draft" and view.data.party_id == parties["de"]
    assert view.data.lines[0].unit_price == D("1234.50") and editor.version == view.version
    # a change saved when the editor closes, before the pause is over
    editor.autosaver.timer.setInterval(60_000)
    editor.notes.setPlainText("Lieferung frei Haus")
    assert editor.autosaver.dirty
    editor.close()
    settle(qtbot)
    view = get_draft(db, case_id)
    assert view.data.notes == "Lieferung frei Haus" and editor.version == view.version
    assert history(db, case_id)[0][0] == "create_draft"  # one case, updated, not a second one
    # an explicit save afterwards uses the autosaved version (no conflict with itself)
    editor.show()
    editor.terms_text.setText("zahlbar sofort")
    assert editor.save()
    settle(qtbot)
    assert get_draft(db, case_id).data.payment_terms == "zahlbar sofort"
    assert editor.autosaver.saves == 2


def test_loading_a_draft_does_not_autosave(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    version = get_draft(db, case_id).version
    editor = DraftEditor(db, users["ada"].actor(), case_id, window)
    qtbot.addWidget(editor)
    editor.autosaver.timer.setInterval(50)
    settle(qtbot)
    qtbot.wait(150)
    editor.close()
    settle(qtbot)
    assert not editor.autosaver.dirty and editor.autosaver.saves == 0
    assert get_draft(db, case_id).version == version


def test_precision_and_emoji_are_refused_as_typed(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    setup_outgoing(db)
    editor = DraftEditor(db, users["clara"].actor(), None, window)
    qtbot.addWidget(editor)
    choose_customer(qtbot, editor, "müller")
    type_line(editor, 0, "Schrauben", "3", "0,12345", "19")
    data, problems = editor.draft_input()
    assert data is None and any("more than 4 decimals" in p for p in problems)
    type_line(editor, 0, "Schrauben 🚗", "3", "0,1234", "19")
    data, problems = editor.draft_input()
    assert data is None and any("cannot be printed" in p for p in problems)
    type_line(editor, 0, "Schrauben", "3", "0,1234", "19")
    editor.tax.skonto_percent.setText("2")
    editor.tax.skonto_days.setValue(7)
    data, problems = editor.draft_input()
    assert data is not None and (data.skonto_percent, data.skonto_days) == (D(2), 7)


def test_new_customer_with_xrechnung_from_the_editor(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.gui.outgoing.customer_dialog import CustomerDialog

    setup_outgoing(db)
    dialog = CustomerDialog(db, users["clara"].actor(), None, window)
    qtbot.addWidget(dialog)
    for name, value in (("name", "Stadt Neustadt"), ("street", "Rathausplatz 1"),
                        ("postal_code", "67433"), ("city", "Neustadt"),
                        ("email", "rechnung@neustadt.example.com"),
                        ("leitweg_id", "991-03730-18")):  # fmt: skip
        dialog.fields[name].setText(value)
    dialog.einvoice.setCurrentIndex(dialog.einvoice.findData("xrechnung-ubl"))
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.problem.isHidden())
    assert "Leitweg-ID" in dialog.problem.text() and dialog.saved_id is None
    dialog.fields["leitweg_id"].setText("991-03730-19")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.saved_id is not None)
    settle(qtbot)
