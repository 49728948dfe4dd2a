"""The invoice editor, complete: XML-only e-invoices readable, findings wrapped with rule and
text, editable lines checked against the header, the party read, duplicates with a banner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QListWidgetItem

from invoicedesk.documents.intake.sandbox import ParserPool
from invoicedesk.gui.incoming.editor import IncomingEditor
from invoicedesk.services.incoming.editing import load_editor
from invoicedesk.services.incoming.intake import take_in
from invoicedesk.store.models.cases import Case
from tests.intake_corpus.corpus import generate

from .conftest import settle


@pytest.fixture(scope="module")
def pool() -> Iterator[ParserPool]:
    with ParserPool(1, timeout_s=60) as parser_pool:
        yield parser_pool


def _open(qtbot, db, users, case_id: int) -> IncomingEditor:  # type: ignore[no-untyped-def]
    editor = IncomingEditor(db, users["clara"].actor(), case_id)
    qtbot.addWidget(editor)
    editor.resize(1280, 820)
    editor.show()
    settle(qtbot)
    return editor


def _items(editor: IncomingEditor) -> list[QListWidgetItem]:
    return [editor.findings.item(i) for i in range(editor.findings.count())]


def test_an_xml_only_einvoice_is_shown_as_a_readable_page(qtbot, db, users, pool, shared_data):  # type: ignore[no-untyped-def]
    path = shared_data / "einvoice" / "xml-rechnung" / "EN16931_1_Teilrechnung.cii.xml"
    (outcome,) = take_in(db, users["clara"].actor(), [(path.name, path.read_bytes())], pool)
    editor = _open(qtbot, db, users, outcome.case_id)
    assert editor.document_pane.currentWidget() is editor.xml_view
    page = editor.xml_view.toPlainText()
    data = load_editor(db, outcome.case_id)
    assert data.fields["invoice_number"] in page and data.fields["supplier_name"] in page
    assert data.lines and data.lines[0].description in page
    assert not any(f"{line.quantity:.4f}" in page for line in data.lines), "raw quantities"


def test_validation_findings_are_listed_wrapped_with_rule_and_text(
    qtbot, db, users, pool, shared_data
):  # type: ignore[no-untyped-def]
    path = shared_data / "einvoice" / "invalid" / "python-factur-x.pdf"
    (outcome,) = take_in(db, users["clara"].actor(), [(path.name, path.read_bytes())], pool)
    assert outcome.validation is not None and not outcome.validation["ok"]
    editor = _open(qtbot, db, users, outcome.case_id)
    assert editor.findings.wordWrap()
    rule = outcome.validation["violations"][0]["rule"]
    assert any(item.text().startswith(f"{rule} — ") for item in _items(editor))
    assert editor.findings.horizontalScrollBarPolicy().name == "ScrollBarAlwaysOff"
    assert editor.tabs.tabText(3).startswith("⚠")


def test_lines_of_a_plain_pdf_can_be_added_edited_and_removed(qtbot, db, users, pool):  # type: ignore[no-untyped-def]
    sample = next(s for s in generate(size=12) if s.layout == "din")
    (outcome,) = take_in(db, users["clara"].actor(), [(sample.name, sample.pdf)], pool)
    editor = _open(qtbot, db, users, outcome.case_id)
    assert editor.lines.rowCount() == 0
    editor.lines_panel.add_line()
    editor.lines_panel.add_line()
    assert editor.lines.rowCount() == 2
    net = editor.fields["net"].text()
    editor.lines.item(0, 0).setText("Alles")
    editor.lines.item(0, 1).setText("1")
    editor.lines.item(0, 4).setText("1,00")
    assert "lines add up to 1.00" in editor.warnings.text()
    editor.lines.item(0, 4).setText(net)  # the header's net, in the clerk's locale
    editor.lines.setCurrentCell(1, 0)
    editor.lines_panel.remove_line()
    assert editor.lines.rowCount() == 1
    assert "lines add up" not in editor.warnings.text()
    with qtbot.waitSignal(editor.saved, timeout=10000):
        editor.save(finish=False)
    settle(qtbot)
    with db.read() as s:
        (line,) = s.get(Case, outcome.case_id).lines
        assert line.description == "Alles" and f"{line.net:.2f}" == sample.expected["net"]


def test_party_tab_and_duplicate_banner(qtbot, db, users, pool):  # type: ignore[no-untyped-def]
    sample = generate(size=1)[0]
    clara = users["clara"].actor()
    (first,) = take_in(db, clara, [(sample.name, sample.pdf)], pool)
    (second,) = take_in(db, clara, [(sample.name, sample.pdf)], pool)
    assert second.duplicate_of == [first.case_id]
    editor = _open(qtbot, db, users, second.case_id)
    party = editor.party.text()
    assert sample.expected["supplier_vat_id"] in party and sample.expected["iban"] in party
    assert editor.banner.isVisible()
    with qtbot.waitSignal(editor.openCase) as opened:
        editor.banner.button.click()
    assert opened.args == [first.case_id]
