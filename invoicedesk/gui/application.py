"""Qt application start-up: style, login, main window, event loop."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from invoicedesk.config import APP_NAME
from invoicedesk.gui import icons, none_guard, window_state
from invoicedesk.gui.login import LoginDialog
from invoicedesk.gui.main_window import MainWindow
from invoicedesk.gui.tasks import wait_idle
from invoicedesk.services.users import UserInfo, authenticate
from invoicedesk.store.database import Database

#: log in as this user, reading the password from the first line of stdin (demos, screenshots)
ENV_AUTOLOGIN = "INVOICEDESK_AUTOLOGIN"


def make_app(argv: list[str]) -> QApplication:
    """The QApplication (native style; the panels get the style sheet, see :mod:`style`)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    if QLocale().language() == QLocale.Language.C:  # no locale set: the company's own
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app.setWindowIcon(icons.icon("app"))
    none_guard.install(app)
    return app


def _auto_login(db: Database) -> UserInfo | None:
    login = os.environ.get(ENV_AUTOLOGIN)
    if not login:
        return None
    password = sys.stdin.readline().rstrip("\n")
    return authenticate(db, login, password)  # a wrong password raises LoginFailed


def show_main_window(db: Database, user: UserInfo) -> MainWindow:
    """Create and show the main window, sized to the screen on first start."""
    window = MainWindow(db, user)
    screen = QGuiApplication.primaryScreen()
    if window_state.load_bytes(user.login, "geometry") is None and screen is not None:
        window.setGeometry(screen.availableGeometry())
        window.showMaximized()
    else:
        window.show()
    return window


def run(db: Database, argv: list[str]) -> int:
    """Log in, show the main window, run the event loop."""
    app = make_app(argv)
    user = _auto_login(db)
    if user is None:
        dialog = LoginDialog(db)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.user is None:
            return 0
        user = dialog.user
    window = show_main_window(db, user)
    code = int(app.exec())
    window.watcher.stop()
    wait_idle(5000)
    return code
