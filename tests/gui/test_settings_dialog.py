"""The settings dialog on the real databases: who sees which page, saving each kind of setting,
*Test connection*, and the *Tools → Settings…* entry of the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from invoicedesk.config import WorkstationSettings
from invoicedesk.gui.settings.dialog import SettingsDialog
from invoicedesk.services.numbering import next_number
from invoicedesk.services.outgoing.mail_texts import MessageKind, render
from invoicedesk.services.settings.company import demo_company, get_company, put_company
from invoicedesk.services.settings.registry import (
    LOGIN_POPUP,
    PDF_OPTIONS,
    list_series,
    load_setting,
)

from .conftest import settle


@pytest.fixture(autouse=True)
def _fresh_session_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords typed "for this session" must not leak into other tests."""
    from invoicedesk import secrets as _secrets

    monkeypatch.setattr(_secrets, "_SESSION", {})


@pytest.fixture(autouse=True)
def _no_restart_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving the language or the database offers a restart: answer *No* (a test that checks
    the question replaces this)."""
    from invoicedesk.gui.common import dialogs

    monkeypatch.setattr(dialogs, "ask_restart", lambda parent: False)



def _dialog(qtbot, db, user) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(db, user.actor())
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot)
    return dialog


def _open(qtbot, dialog: SettingsDialog, name: str):  # type: ignore[no-untyped-def]
    dialog.show_page(name)
    settle(qtbot)
    page = dialog.page(name)
    assert page.loaded
    return page


def _save(qtbot, dialog: SettingsDialog) -> str:  # type: ignore[no-untyped-def]
    dialog.save()
    settle(qtbot)
    return dialog.message.text()


def test_clerk_sees_only_the_workstation_pages(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    clerk = _dialog(qtbot, db, users["clara"])
    assert [p.objectName() for p in clerk.pages] == [
        "databasePage", "intakeFolderPage", "languagePage"]
    assert "administrator" in clerk.message.text()
    admin = _dialog(qtbot, db, users["ada"])
    assert len(admin.pages) == 12  # with the approval rules and the change log
    assert admin.list.item(0).text() == "Company"


def test_company_number_format_and_terms_are_saved(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        put_company(s, demo_company())
    dialog = _dialog(qtbot, db, users["ada"])
    company = _open(qtbot, dialog, "companyPage")
    assert company.company_form.name.text() == "Autohaus Rheinblick GmbH"
    assert company.bank_form.iban.text() == "DE89370400440532013000"
    company.company_form.name.setText("Autohaus Rheinblick GmbH & Co. KG")
    company.company_form.name.textEdited.emit("x")
    numbers = _open(qtbot, dialog, "numbersPage")
    pattern = numbers.form.rows["invoice"][0]
    pattern.setText("{yyyy}/{seq:06}")
    pattern.textEdited.emit("x")
    numbers.form.terms.setValue(21)
    assert [p.objectName() for p in dialog.changed_pages()] == ["companyPage", "numbersPage"]
    assert _save(qtbot, dialog) == "Saved."
    assert not dialog.changed_pages()
    with db.write() as s:
        stored = get_company(s)
        number = next_number(s, "invoice", date(2026, 5, 4))
    assert stored.name.endswith("& Co. KG") and stored.payment_terms_days == 21
    assert number == "2026/000001"
    assert {x.code: x.pattern for x in list_series(db)}["invoice"] == "{yyyy}/{seq:06}"


def test_company_page_bank_fields_line_up_with_the_company_fields(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    """IBAN, BIC and bank start in the same column as the company fields and are as wide."""
    from PySide6.QtCore import QPoint

    dialog = _dialog(qtbot, db, users["ada"])
    page = _open(qtbot, dialog, "companyPage")
    form, bank = page.company_form, page.bank_form

    def left(widget):  # type: ignore[no-untyped-def]
        return widget.mapTo(page, QPoint(0, 0)).x()

    assert {left(w) for w in (bank.iban, bank.bic, bank.bank_name)} == {left(form.name)}
    assert bank.iban.width() == form.name.width() == bank.bank_name.width()


def test_invalid_entries_are_shown_and_nothing_is_saved(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        put_company(s, demo_company())
    dialog = _dialog(qtbot, db, users["ada"])
    company = _open(qtbot, dialog, "companyPage")
    company.bank_form.iban.setText("DE00 1234")
    company.changed = True
    dialog.show_page("pdfPage")
    message = _save(qtbot, dialog)
    assert "not a valid IBAN" in message
    assert dialog.list.currentRow() == 0  # back on the page with the problem
    with db.read() as s:
        assert get_company(s).iban == "DE89370400440532013000"


def test_mail_texts_pdf_and_login_popup(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, db, users["ada"])
    texts = _open(qtbot, dialog, "mailTextsPage")
    assert texts.subject.text() == "Rechnung {number} von {company}"
    assert "RE-2026-00042" in texts.preview.toPlainText()
    texts.subject.setText("Ihre Rechnung {number}")
    texts.language.setCurrentIndex(texts.language.findData("nl"))
    assert texts.subject.text() == "Factuur {number} van {company}"
    texts.changed = True
    pdf = _open(qtbot, dialog, "pdfPage")
    pdf.footer_note.setText("Vielen Dank für Ihren Auftrag!")
    pdf.changed = True
    popup = _open(qtbot, dialog, "loginPopupPage")
    popup.roles["approver"].setChecked(True)
    popup.snooze.setValue(12)
    assert popup.changed
    assert _save(qtbot, dialog) == "Saved."
    with db.read() as s:
        assert render("de", MessageKind.INVOICE, session=s, number="RE-9").subject == (
            "Ihre Rechnung RE-9")
        assert render("nl", MessageKind.INVOICE, session=s, number="RE-9",
                      company="X").subject == "Factuur RE-9 van X"
    assert load_setting(db, PDF_OPTIONS).footer_note == "Vielen Dank für Ihren Auftrag!"
    rule = load_setting(db, LOGIN_POPUP)
    assert rule.roles == ("approver", "clerk") and rule.snooze_hours == 12


def test_workstation_pages_database_folder_language(  # type: ignore[no-untyped-def]
    qtbot, db, users, db_url, tmp_path, monkeypatch
) -> None:
    from invoicedesk.gui.common import dialogs

    asked: list[object] = []
    monkeypatch.setattr(dialogs, "ask_restart", lambda parent: asked.append(parent) or False)
    dialog = _dialog(qtbot, db, users["clara"])
    database = _open(qtbot, dialog, "databasePage")
    if db_url.startswith("sqlite"):
        assert database.sqlite.isChecked()
        assert database.path.text() == db_url.removeprefix("sqlite:///")
    else:
        database.postgres.setChecked(True)
        database.url.setText(db_url)
    database.test_connection()
    settle(qtbot)
    assert database.result.text().startswith("✓ Connected to"), database.result.text()
    assert "up to date" in database.result.text()
    database.sqlite.setChecked(True)
    database.path.setText(str(tmp_path / "new" / "desk.sqlite3"))
    database.test_connection()
    settle(qtbot)
    assert "folder" in database.result.text() and "does not exist" in database.result.text()
    database.path.setText(str(tmp_path / "desk.sqlite3"))
    database.changed = True
    folder_page = _open(qtbot, dialog, "intakeFolderPage")
    folder_page.folder.setText(str(tmp_path / "missing"))
    folder_page.changed = True
    assert "does not exist" in _save(qtbot, dialog)
    assert asked == []  # nothing saved, no restart offered
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    folder_page.folder.setText(str(inbox))
    language = _open(qtbot, dialog, "languagePage")
    language.language.setCurrentIndex(language.language.findData("nl"))
    language.changed = True
    assert _save(qtbot, dialog) == "Saved."
    saved = WorkstationSettings.load()
    assert saved.database_url == f"sqlite:///{(tmp_path / 'desk.sqlite3').as_posix()}"
    assert saved.watch_folder == str(inbox) and saved.language == "nl"
    assert (inbox / "done").is_dir() and (inbox / "failed").is_dir()
    assert asked == [dialog]  # language and database take effect after the offered restart


def test_postgres_url_password_goes_to_the_keyring(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk import secrets

    dialog = _dialog(qtbot, db, users["clara"])
    database = _open(qtbot, dialog, "databasePage")
    database.postgres.setChecked(True)
    database.url.setText("postgresql://clerk:pw@server/invoicedesk")
    assert "password field" in database.problems()[0]
    database.url.setText("postgresql://clerk@server/invoicedesk")
    database.password.setText("geheim")
    database.changed = True
    assert _save(qtbot, dialog) == "Saved."
    assert WorkstationSettings.load().database_url == "postgresql://clerk@server/invoicedesk"
    assert secrets.get_secret("db", "clerk@server/invoicedesk") == "geheim"
    assert "geheim" not in Path(WorkstationSettings.path()).read_text()


def test_users_page_lists_users(qtbot, db, users) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, db, users["ada"])
    page = _open(qtbot, dialog, "usersPage")
    logins = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert logins == ["ada", "anton", "clara", "rolf"]
    assert page.table.item(0, 3).text() == "Administrator, Approver, Clerk, Reviewer"


def test_settings_entry_in_the_tools_menu(qtbot, window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.gui.settings import dialog as settings_dialog

    actions = [a for a in window.tools_menu.actions() if a.objectName() == "settingsAction"]
    assert len(actions) == 1 and actions[0].text() == "Settings…"
    opened: list[tuple[object, object, object]] = []

    class Recorder:
        def __init__(self, db, actor, parent) -> None:  # type: ignore[no-untyped-def]
            opened.append((db, actor, parent))

        def exec(self) -> int:
            return 0

        def deleteLater(self) -> None:
            pass

    monkeypatch.setattr(settings_dialog, "SettingsDialog", Recorder)
    actions[0].trigger()
    assert opened == [(window.db, window.actor, window)]
    qtbot.wait(300)  # the sidebar's 120 ms filter debounce may still be pending
    settle(qtbot)
