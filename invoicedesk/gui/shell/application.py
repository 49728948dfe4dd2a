"""Qt application start-up: crash handler, translation, database (password if needed),
first-start wizard, login, main window, event loop."""

from __future__ import annotations

import argparse
import linecache
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from invoicedesk.config import APP_NAME, WorkstationSettings, resolve_database_url
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.gui.common import dialogs, draft_journal, i18n, icons, restart, window_state
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import end_process, wait_before_exit
from invoicedesk.gui.desk.main_window import MainWindow
from invoicedesk.gui.shell import crash, gc_guard, recovered_drafts, refcount_guard
from invoicedesk.gui.shell.features import desk_window
from invoicedesk.gui.shell.login import LoginDialog
from invoicedesk.services.settings.users import UserInfo, authenticate
from invoicedesk.startup import ENV_AUTOLOGIN, is_interactive, is_new, prepare_database
from invoicedesk.store.database import Database, DatabaseUnavailable

log = logging.getLogger(__name__)


def make_app(argv: list[str]) -> QApplication:
    """The QApplication (native style; the panels get the style sheet, see :mod:`style`)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    if QLocale().language() == QLocale.Language.C:  # no locale set: the company's own
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app.setWindowIcon(icons.icon("app_icon"))
    refcount_guard.install(app)
    gc_guard.install(app)
    window_state.install(app)
    # shiboken6 reads the source of every module imported after PySide6 (inspect.getsource,
    # looking for ``from __feature__``): ~20 MB of source lines stay in linecache otherwise
    linecache.clearcache()
    return app


def _auto_login(db: Database) -> UserInfo | None:
    login = os.environ.get(ENV_AUTOLOGIN)
    if not login:
        return None
    password = sys.stdin.readline().rstrip("\n")
    return authenticate(db, login, password)  # a wrong password raises LoginFailed


def show_main_window(db: Database, user: UserInfo) -> MainWindow:
    """Create and show the main window, sized to the screen on first start."""
    window_state.set_user(user.login)
    window = desk_window(db, user)
    screen = QGuiApplication.primaryScreen()
    if not window_state.has_saved_geometry(window) and screen is not None:
        window.setGeometry(screen.availableGeometry())
        window.showMaximized()
    else:
        window.show()
    return window


def open_with_password(args: argparse.Namespace) -> Database | None:
    """Open the database; when a PostgreSQL server refuses the connection, ask for the password
    (saved in the keyring, or kept for this session when there is none) and try again."""
    from invoicedesk.gui.shell.db_password import DatabasePasswordDialog

    url = resolve_database_url(getattr(args, "database_url", None))
    for _attempt in range(4):
        try:
            return prepare_database(args)
        except DatabaseUnavailable as exc:
            log.warning("Database not reachable: %s", exc)
            if not url.startswith("postgresql"):
                dialogs.show_error(None, translate("Application", "Database"), core_text(exc))
                return None
            dialog = DatabasePasswordDialog(url, core_text(exc))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            note = dialog.remember()
            if note:
                dialogs.show_error(None, translate("Application", "Password store"), note)
        except InvoiceDeskError as exc:
            dialogs.show_error(None, translate("Application", "Database"), core_text(exc))
            return None
    return None


def first_start(db: Database) -> str | None:
    """Show the first-start wizard; returns a hint for the login dialog, ``None`` = cancelled."""
    from invoicedesk.gui.settings.first_start import FirstStartWizard

    wizard = FirstStartWizard(db)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    settings = WorkstationSettings.load()
    if wizard.demo:
        settings.last_login = "admin"
        hint = translate("Application", "Demo data is ready: log in as admin, password admin-demo.")
    else:
        assert wizard.outcome is not None
        settings.last_login = wizard.outcome.admin.login
        hint = translate("Application", "InvoiceDesk is set up. Log in with your new account.")
    settings.save()
    return hint


def run_app(args: argparse.Namespace) -> int:
    """The whole interactive start: application, database, first start, login, window."""

    make_app(sys.argv[:1])
    crash.install()
    i18n.install_translator(i18n.ui_language(WorkstationSettings.load().language))
    db = open_with_password(args)
    if db is None:
        return 1
    hint = ""
    if is_interactive(args) and is_new(db):
        answer = first_start(db)
        if answer is None:
            return 0
        hint = answer
    return run(db, sys.argv[:1], hint=hint)


def run(db: Database, argv: list[str], hint: str = "") -> int:
    """Log in, show the main window, run the event loop."""
    app = make_app(argv)
    user = _auto_login(db)
    if user is None:
        dialog = LoginDialog(db)
        if hint:
            dialog.message.setText(hint)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return 0
        user = dialog.user
    left_open = draft_journal.orphaned(user.login, db.name)  # a crash last time?
    draft_journal.start(user.login, db.name)
    window = show_main_window(db, user)
    recovered_drafts.offer(window, left_open)
    code = int(app.exec())
    window.watcher.stop()
    stuck = wait_before_exit(5000)
    draft_journal.end()
    if restart.requested():
        db.dispose()
        restart.start_again()
        code = 0
    if stuck:  # a task that never ends would keep this process alive forever
        end_process(code, stuck)
    return code
