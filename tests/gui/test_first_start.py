"""The first-start wizard, the start-up flow around it, the database password dialog, the crash
handler and autosave, on the real databases (and a real SMTP server for the test e-mail)."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from invoicedesk import secrets
from invoicedesk.gui.common import autosave
from invoicedesk.gui.settings.first_start import (
    ADMIN,
    BANK,
    COMPANY,
    MAIL,
    NUMBERS,
    FirstStartWizard,
)
from invoicedesk.gui.shell import crash
from invoicedesk.gui.shell.db_password import DatabasePasswordDialog
from invoicedesk.services.settings.company import get_company
from invoicedesk.services.settings.registry import list_series
from invoicedesk.services.settings.users import authenticate, user_count
from invoicedesk.startup import is_interactive, is_new, prepare_database

from .conftest import settle

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from smtp_server import SmtpTestServer


@pytest.fixture(autouse=True)
def _fresh_session_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords typed "for this session" must not leak into other tests."""
    from invoicedesk import secrets as _secrets

    monkeypatch.setattr(_secrets, "_SESSION", {})



def _wizard(qtbot, db) -> FirstStartWizard:  # type: ignore[no-untyped-def]
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _type(widget: QLineEdit, text: str) -> None:
    widget.setText(text)


def test_set_up_own_company_step_by_step(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, db)
    wizard.next()
    assert wizard.currentId() == COMPANY
    wizard.next()  # empty company: refused with the reasons
    assert wizard.currentId() == COMPANY
    problems = wizard.currentPage().message.text()
    assert "company name" in problems and "VAT ID or a tax number" in problems
    c = wizard.company
    _type(c.name, "Müller Haustechnik GmbH")
    _type(c.street, "Hauptstraße 5")
    _type(c.postal_code, "50667")
    _type(c.city, "Köln")
    _type(c.vat_id, "DE 136 695 976")
    _type(c.email, "rechnung@mueller.example.com")
    wizard.next()
    assert wizard.currentId() == BANK
    _type(wizard.bank.iban, "DE89 3704 0044 0532 0130 01")  # wrong check digits
    assert "not valid" in wizard.bank.state.text()
    wizard.next()
    assert wizard.currentId() == BANK
    _type(wizard.bank.iban, "DE89 3704 0044 0532 0130 00")
    assert wizard.bank.bic.text() == "COBADEFFXXX"  # filled in from the IBAN
    assert wizard.bank.bank_name.text() == "Commerzbank"
    wizard.next()
    assert wizard.currentId() == NUMBERS
    pattern, _reset, preview, _info = wizard.numbers.rows["invoice"]
    _type(pattern, "RE{yy}-{seq")
    assert preview.text() == "invalid"
    wizard.next()
    assert wizard.currentId() == NUMBERS
    _type(pattern, "RE{yy}-{seq:04}")
    assert preview.text().endswith("-0001")
    wizard.numbers.terms.setValue(30)
    wizard.next()
    assert wizard.currentId() == MAIL  # an empty mail server may be set up later
    wizard.next()
    assert wizard.currentId() == ADMIN
    a = wizard.admin
    a.full_name.setText("Petra Müller")
    a._suggest_initials("Petra Müller")
    assert a.initials.text() == "PM"
    _type(a.login, "petra")
    _type(a.password, "lang-genug-1")
    _type(a.repeat, "lang-genug-2")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()  # different passwords: refused on the page, nothing stored
    assert wizard.currentId() == ADMIN and "differ" in wizard.currentPage().message.text()
    assert user_count(db) == 0
    _type(a.repeat, "lang-genug-1")
    with qtbot.waitSignal(wizard.finished, timeout=20000):
        finish.click()
    settle(qtbot)
    assert wizard.outcome is not None and wizard.outcome.admin.login == "petra"
    assert authenticate(db, "petra", "lang-genug-1").initials == "PM"
    with db.read() as s:
        company = get_company(s)
    assert company.vat_id == "DE136695976" and company.iban == "DE89370400440532013000"
    assert company.payment_terms_days == 30 and company.mail_from == company.email
    assert {s.code: s.pattern for s in list_series(db)}["invoice"] == "RE{yy}-{seq:04}"


def test_use_demo_data_in_one_click(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, db)
    wizard.demo_cases = 15
    with qtbot.waitSignal(wizard.finished, timeout=30000):
        qtbot.mouseClick(wizard.welcome.demo_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert wizard.demo and wizard.outcome is None
    assert authenticate(db, "admin", "admin-demo").login == "admin"
    assert not is_new(db)


def test_send_test_email_through_a_real_server(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    wizard = _wizard(qtbot, db)
    form = wizard.mail
    with SmtpTestServer(tmp_path, starttls=True, auth=("rechnung@firma.example", "pw-123")) as srv:
        form.host.setText(srv.host)
        form.security.setCurrentIndex(form.security.findData("starttls"))
        form.port.setValue(srv.port)
        form.user.setText("rechnung@firma.example")
        form.password.setText("pw-123")
        form.from_address.setText("Firma <rechnung@firma.example>")
        form.test_to.setText("chef@firma.example")
        # the server's certificate comes from a test CA: trust it as a company CA would be
        smtp = form.settings()
        form.settings = lambda: type(smtp)(**{**smtp.__dict__, "cafile": str(srv.cafile)})  # type: ignore[method-assign]
        form.send_test()
        settle(qtbot)
        assert form.result.text().startswith("✓"), form.result.text()
        assert [m.rcpt_tos for m in srv.messages] == [["chef@firma.example"]]
        form.password.setText("wrong")
        form.send_test()
        settle(qtbot)
        assert "refused the login" in form.result.text()


def test_prepare_database_fills_demo_only_without_a_person(db_url, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    args = argparse.Namespace(database_url=db_url, demo=False, no_demo=False)
    monkeypatch.delenv("INVOICEDESK_AUTOLOGIN", raising=False)
    assert is_interactive(args)
    db = prepare_database(args)
    assert is_new(db) and user_count(db) == 0  # the wizard will ask
    monkeypatch.setattr("invoicedesk.startup.FIRST_START_DEMO_CASES", 10)
    args.demo = True
    assert not is_interactive(args)
    db = prepare_database(args)
    assert not is_new(db) and user_count(db) == 4
    db.dispose()


def test_database_password_without_keyring_is_asked_for_the_session(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())
    monkeypatch.setattr(secrets, "_SESSION", {})
    url = "postgresql+psycopg://clerk@dbserver/invoicedesk"
    dialog = DatabasePasswordDialog(url, "fe_sendauth: no password supplied")
    qtbot.addWidget(dialog)
    note = dialog.findChild(QWidget, "noKeyringNote")
    assert note is not None and "cannot be saved" in note.text()
    assert not dialog.save_box.isChecked()
    dialog.password.setText("s3cret")
    assert dialog.remember() is None
    assert secrets.get_secret("db", "clerk@dbserver/invoicedesk") == "s3cret"
    from invoicedesk.config import parse_database_url
    from invoicedesk.store.database import _with_keyring_password

    assert _with_keyring_password(parse_database_url(url)).password == "s3cret"


def test_database_password_is_saved_in_the_keyring(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(secrets, "_SESSION", {})
    dialog = DatabasePasswordDialog("postgresql://clerk@dbserver/invoicedesk", "refused")
    qtbot.addWidget(dialog)
    assert dialog.save_box.isChecked()
    dialog.password.setText("pw")
    dialog.remember()
    monkeypatch.setattr(secrets, "_SESSION", {})
    assert secrets.get_secret("db", "clerk@dbserver/invoicedesk") == "pw"


class _Draft(QWidget):
    """A tiny draft editor that saves its text into a list (like a draft row)."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.stored: list[str] = []
        self.saver = autosave.Autosaver(self, self.job, on_saved=self.stored.append,
                                        delay_ms=60000)
        self.saver.watch(self.edit)

    def job(self):  # type: ignore[no-untyped-def]
        text = self.edit.text()
        return lambda: text


def test_crash_dialog_logs_saves_drafts_and_names_the_log(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from invoicedesk.logging_setup import log_file, setup_logging

    setup_logging()
    draft = _Draft()
    qtbot.addWidget(draft)
    draft.show()
    qtbot.keyClicks(draft.edit, "Entwurf")
    assert draft.saver.dirty and not draft.stored
    shown: list[tuple[str, str, Path]] = []
    previous = crash.set_shower(lambda *a: shown.append(a))
    crash.install()
    crash._last_shown = 0.0
    try:
        def boom() -> None:
            raise ZeroDivisionError("division by zero in a slot")

        QTimer.singleShot(0, boom)
        qtbot.waitUntil(lambda: bool(shown), timeout=5000)
        settle(qtbot)
    finally:
        crash.set_shower(previous)
        sys.excepthook = sys.__excepthook__
    summary, details, path = shown[0]
    assert "ZeroDivisionError" in summary and "boom" in details
    assert path == log_file() and "division by zero in a slot" in path.read_text()
    assert draft.stored == ["Entwurf"]  # the pending draft was saved before the dialog
    for handler in logging.getLogger().handlers[:]:
        if handler.get_name() == "invoicedesk-file":
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_autosave_waits_for_a_running_save_and_saves_on_focus_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    draft = _Draft()
    other = QLineEdit(draft)
    qtbot.addWidget(draft)
    draft.show()
    draft.edit.setFocus()
    qtbot.keyClicks(draft.edit, "a")
    draft.saver.flush()
    assert draft.saver.busy
    qtbot.keyClicks(draft.edit, "b")  # while the first save runs
    draft.saver.flush()  # does not start a second save of the same draft
    settle(qtbot)
    qtbot.waitUntil(lambda: draft.stored == ["a", "ab"], timeout=5000)
    qtbot.keyClicks(draft.edit, "c")
    with draft.saver.paused():
        draft.edit.setText("loaded")  # programmatic: not a change
    draft.saver.focusOut = True
    draft.saver.eventFilter(draft.edit, __import__("PySide6.QtGui", fromlist=["QFocusEvent"])
                            .QFocusEvent(__import__("PySide6.QtCore", fromlist=["QEvent"])
                                         .QEvent.Type.FocusOut))
    settle(qtbot)
    assert draft.stored[-1] == "loaded"
    assert os.environ.get("INVOICEDESK_HOME")
    other.deleteLater()
