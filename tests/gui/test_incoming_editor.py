"""The incoming invoice editor on a real PDF taken in through the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from invoicedesk.documents.intake.sandbox import ParserPool
from invoicedesk.gui.incoming.editor import IncomingEditor
from invoicedesk.services.incoming.intake import take_in
from invoicedesk.store.models.cases import Case

from .conftest import settle


@pytest.fixture(scope="module")
def pool() -> Iterator[ParserPool]:
    with ParserPool(1, timeout_s=60) as parser_pool:
        yield parser_pool


def _take_in(db, users, pool, shared_data, name: str) -> int:  # type: ignore[no-untyped-def]
    path = shared_data / "pdf" / "plain-invoices" / name
    (outcome,) = take_in(db, users["clara"].actor(), [(path.name, path.read_bytes())], pool)
    assert outcome.status == "ready", outcome.error
    return outcome.case_id


def test_editor_shows_pdf_fills_from_click_and_finishes(
    qtbot, db, users, pool, shared_data
) -> None:  # type: ignore[no-untyped-def]
    case_id = _take_in(db, users, pool, shared_data, "coolblue1.pdf")
    editor = IncomingEditor(db, users["clara"].actor(), case_id)
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot)
    assert editor.fields["invoice_number"].text() == "993548900"
    assert editor.fields["gross"].text() == "717,97"  # the desk's locale (German without one)
    assert editor.canvas.page_count >= 1 and editor.canvas.word_items()
    # click-to-fill: select the due-date field, then click a word on the page
    target = editor.fields["iban"]
    target.setFocus()
    qtbot.waitUntil(lambda: editor._target is target)
    target.clear()
    item = next(w for w in editor.canvas.word_items() if w.text == "993548900")
    editor.canvas.centerOn(item)
    point = editor.canvas.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert target.text() == "993548900"
    target.setText("NL50INGB0683251309")
    # live arithmetic warning
    editor.fields["gross"].setText("700,00")
    assert editor.warnings.isVisible() and "gross amount is 700.00" in editor.warnings.text()
    editor.fields["gross"].setText("717,97")
    assert not editor.warnings.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save(finish=True)
    settle(qtbot)
    with db.read() as s:
        case = s.get(Case, case_id)
        assert case.status == "edited" and case.edited_by_id == users["clara"].id


def test_low_confidence_fields_are_highlighted_and_error_cases_read_only(
    qtbot, db, users, pool, shared_data
) -> None:  # type: ignore[no-untyped-def]
    case_id = _take_in(db, users, pool, shared_data, "saeco.pdf")
    with db.write() as s:
        s.get(Case, case_id).status = "checked"
    editor = IncomingEditor(db, users["clara"].actor(), case_id)
    qtbot.addWidget(editor)
    editor.show()
    settle(qtbot)
    assert editor.data is not None
    low = editor.data.low_confidence()
    assert low, "saeco has fields the read-out is unsure about"
    assert all(editor.fields[name].property("lowConfidence") for name in low)
    assert editor.fields["invoice_number"].isReadOnly()
    assert not editor.finish_button.isEnabled()
    assert "read-only" in editor.windowTitle()
