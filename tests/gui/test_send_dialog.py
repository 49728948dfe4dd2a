"""Send, Create only, Resend, Notify customer, Print and Export CSV from the desk.

E-mails go through the real outbox and dispatcher to a real aiosmtpd server; printing goes to
a real ``QPrinter`` writing a PDF file; the CSV is written by the core service.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import pypdf
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import Action
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.desk import export_csv
from invoicedesk.gui.outgoing import menu as outgoing_menu
from invoicedesk.gui.outgoing import print_pdf
from invoicedesk.gui.outgoing.send_dialog import SendDialog
from invoicedesk.mail.settings import SmtpSettings
from invoicedesk.services.mail.dispatcher import Dispatcher
from invoicedesk.services.outgoing.drafts import DraftInput, get_draft, update_draft
from invoicedesk.services.outgoing.issuing import issue_invoice
from invoicedesk.services.outgoing.sending import document_pdf
from tests.integration.test_outgoing import draft, history, lines, setup_outgoing
from tests.smtp_server import SmtpTestServer

from .conftest import settle
from .test_draft_editor import select_case

SENDER = "Rechnung Müller <rechnung@firma.example>"


def open_dialog(qtbot: Any, window: Any, action: Action) -> SendDialog:
    qaction = window.case_actions.actions[action]
    assert qaction.isEnabled(), qaction.toolTip()
    qaction.trigger()
    dialogs_ = [w for w in window.findChildren(SendDialog) if w.isVisible()]
    assert dialogs_, "no send dialog opened"
    dialog = dialogs_[-1]
    settle(qtbot)
    assert dialog.preview is not None
    return dialog


def dispatch(db: Any, server: SmtpTestServer) -> None:
    settings = SmtpSettings(host=server.host, port=server.port, security="none", sender=SENDER)
    stats = Dispatcher(db, settings).run_once()
    assert not stats.error, stats.error


def test_send_draft_with_cc_and_own_text(qtbot, db, users, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    select_case(qtbot, window, case_id)
    dialog = open_dialog(qtbot, window, Action.SEND)
    assert dialog.to.text() == "einkauf@mueller.example.com"
    assert dialog.send_button.text() == "Issue and send"
    assert dialog.create_only_button.isVisible()
    assert "Rechnung {number}" in dialog.subject.text()
    assert "{number}" in dialog.text.toPlainText()
    dialog.cc.setText("chef@mueller.example.com; lager@mueller.example.com")
    dialog.text.setPlainText("Guten Tag,\n\nanbei Rechnung {number}, fällig am {due_date}.\n")
    dialog.send_button.click()
    settle(qtbot)
    assert not dialog.isVisible()
    view = get_draft(db, case_id)
    assert view.status == "issued" and view.number
    with SmtpTestServer(tmp_path) as server:
        dispatch(db, server)
        assert len(server.messages) == 1
        msg = server.messages[0].parsed()
    assert msg["To"] == "einkauf@mueller.example.com"
    assert "chef@mueller.example.com" in msg["Cc"] and "lager@mueller.example.com" in msg["Cc"]
    assert msg["Subject"].startswith(f"Rechnung {view.number}")
    body = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"anbei Rechnung {view.number}, fällig am " in body and "{" not in body
    pdf = [p for p in msg.iter_attachments() if p.get_filename() == f"{view.number}.pdf"]
    assert pdf and pdf[0].get_content()[:5] == b"%PDF-"
    rows = history(db, case_id)
    send = [r for r in rows if r[0] == "send"]
    assert send and "e-mail to einkauf@mueller.example.com" in send[0][3]
    assert "cc chef@mueller.example.com" in send[0][3]
    assert rows[-1][0] == "system_sent" and rows[-1][2] == "sent"


def test_create_only_from_dialog_sends_nothing(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["nl"])
    select_case(qtbot, window, case_id)
    dialog = open_dialog(qtbot, window, Action.SEND)
    assert dialog.text.toPlainText().startswith("Geachte heer, mevrouw")
    dialog.create_only_button.click()
    settle(qtbot)
    view = get_draft(db, case_id)
    assert view.status == "issued" and view.number
    assert [r[0] for r in history(db, case_id)] == ["create_draft", "create_only"]


def test_create_only_action_asks_first(qtbot, db, users, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["en"])
    select_case(qtbot, window, case_id)
    answers = iter([False, True])
    monkeypatch.setattr(outgoing_menu, "confirm_create_only", lambda _p, _r: next(answers))
    window.case_actions.actions[Action.CREATE_ONLY].trigger()
    settle(qtbot)
    assert get_draft(db, case_id).status == "draft"
    window.case_actions.actions[Action.CREATE_ONLY].trigger()
    settle(qtbot)
    assert get_draft(db, case_id).status == "issued"


def test_resend_to_new_recipient_and_notify(qtbot, db, users, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    case_id = draft(db, actor, parties["en"])
    issue_invoice(db, actor, case_id, delivery="email")
    with SmtpTestServer(tmp_path) as server:
        dispatch(db, server)
        select_case(qtbot, window, case_id)
        dialog = open_dialog(qtbot, window, Action.RESEND)
        assert dialog.to.text() == "accounts@lakeside.example.com"
        assert "{number}" not in dialog.text.toPlainText()
        dialog.to.setText("ap@lakeside.example.com")
        dialog.send_button.click()
        settle(qtbot)
        select_case(qtbot, window, case_id)
        notify = open_dialog(qtbot, window, Action.NOTIFY_CUSTOMER)
        assert notify.to.text() == "ap@lakeside.example.com"
        assert notify.attachment.text() == "none"
        notify.text.setPlainText("Thank you, your order is on its way.")
        notify.send_button.click()
        settle(qtbot)
        dispatch(db, server)
        got = [m.parsed() for m in server.messages]
    assert [m["To"] for m in got] == [
        "accounts@lakeside.example.com",
        "ap@lakeside.example.com",
        "ap@lakeside.example.com",
    ]
    assert got[1]["Subject"].startswith("Invoice ")
    assert got[2]["Subject"].startswith("Your order with")
    assert "on its way" in got[2].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    comments = [(r[0], r[3]) for r in history(db, case_id)]
    assert ("resend", "resent to ap@lakeside.example.com") in comments
    assert ("notify_customer", "e-mail to ap@lakeside.example.com") in comments


def test_conflict_in_send_dialog_changes_nothing(qtbot, db, users, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    select_case(qtbot, window, case_id)
    dialog = open_dialog(qtbot, window, Action.SEND)
    update_draft(
        db, users["clara"].actor(), case_id, DraftInput(party_id=parties["de"], lines=lines(1))
    )
    seen: list[str] = []

    def reload(_parent: Any, exc: ConflictError) -> bool:
        seen.append(str(exc))
        return True

    monkeypatch.setattr(dialogs, "ask_reload_after_conflict", reload)
    dialog.send_button.click()
    settle(qtbot)
    assert seen and "Clara" in seen[0]
    assert get_draft(db, case_id).status == "draft"


def test_print_issued_invoice(qtbot, db, users, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    case_id = draft(db, actor, parties["de"], lines=lines(40))
    issue_invoice(db, actor, case_id, delivery="create_only")
    select_case(qtbot, window, case_id)
    out = tmp_path / "printed.pdf"

    def to_file(_parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_pdf, "ask_printer", to_file)
    window.case_actions.actions[Action.PRINT].trigger()
    settle(qtbot)
    settle(qtbot)
    stored = pypdf.PdfReader(io.BytesIO(document_pdf(db, case_id)[1]))
    printed = pypdf.PdfReader(out)
    assert len(stored.pages) >= 2 and len(printed.pages) == len(stored.pages)
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4
    assert [r[0] for r in history(db, case_id)][-1] == "print"


def test_print_draft_issues_it_first(qtbot, db, users, window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["nl"])
    select_case(qtbot, window, case_id)
    out = tmp_path / "draft.pdf"

    def to_file(_parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(print_pdf, "confirm_issue", lambda _p, _r: True)
    monkeypatch.setattr(print_pdf, "ask_printer", to_file)
    window.case_actions.actions[Action.PRINT].trigger()
    settle(qtbot)
    settle(qtbot)
    assert get_draft(db, case_id).status == "issued"
    assert out.is_file() and len(pypdf.PdfReader(out).pages) == 1
    assert [r[0] for r in history(db, case_id)][-2:] == ["create_only", "print"]


def test_export_csv_of_filter_and_selection(
    qtbot, db, users, window, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    actor = users["ada"].actor()
    ids = [draft(db, actor, parties[k]) for k in ("de", "nl", "en")]
    select_case(qtbot, window, ids[1])
    target = tmp_path / "cases.csv"
    scopes = iter(["all", "selected"])
    monkeypatch.setattr(export_csv, "ask_scope", lambda _p, _t, _s: next(scopes))
    monkeypatch.setattr(export_csv, "ask_target", lambda _p: target)
    action = window.findChild(type(window.refresh_action), "action_export_csv")
    action.trigger()
    settle(qtbot)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Number", "Type", "Direction", "Status"]
    assert sorted(int(r[-1]) for r in rows[1:]) == sorted(ids)
    assert "Exported 3 cases" in window.statusBar().currentMessage()
    action.trigger()
    settle(qtbot)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert [int(r[-1]) for r in rows[1:]] == [ids[1]]
    assert rows[1][4] == "Jansen Bouw B.V." and rows[1][9] != ""


def test_dialogs_close_cleanly(qtbot, db, users, window) -> None:  # type: ignore[no-untyped-def]
    parties = setup_outgoing(db)
    case_id = draft(db, users["ada"].actor(), parties["de"])
    select_case(qtbot, window, case_id)
    dialog = open_dialog(qtbot, window, Action.SEND)
    dialog.reject()
    settle(qtbot)
    assert get_draft(db, case_id).status == "draft"
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, SendDialog) and w.isVisible()
    ]
