"""The login dialog: user name and password, checked by the services in the background.

The last user name is remembered in the workstation settings; the password never is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.config import WorkstationSettings
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.style import apply_style
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.settings.users import LoginFailed, UserInfo, authenticate
from invoicedesk.store.database import Database


class LoginDialog(QDialog):
    """Asks for the login; ``user`` holds the logged-in user after ``accept``."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user: UserInfo | None = None
        self.setWindowTitle(translate("LoginDialog", "InvoiceDesk — log in"))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(360)
        apply_style(self)
        lay = QVBoxLayout(self)
        title = QLabel(f"<b>InvoiceDesk</b><br><span>{db.name}</span>")
        title.setObjectName("loginTitle")
        lay.addWidget(title)
        form = QFormLayout()
        self.login = QLineEdit()
        self.login.setObjectName("loginName")
        self.password = QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(translate("LoginDialog", "User"), self.login)
        form.addRow(translate("LoginDialog", "Password"), self.password)
        lay.addLayout(form)
        self.message = QLabel("")
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        lay.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("LoginDialog", "Log in")
        )
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        last = WorkstationSettings.load().last_login
        if last:
            self.login.setText(last)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def try_login(self) -> None:
        """Check the credentials off the GUI thread (argon2 takes a moment)."""
        login = self.login.text().strip()
        if not login:
            self.message.setText(translate("LoginDialog", "Enter your user name."))
            return
        self.buttons.setEnabled(False)
        self.message.setText(translate("LoginDialog", "Checking…"))
        run_task(
            authenticate,
            self.db,
            login,
            self.password.text(),
            on_done=self._accepted,
            on_error=self._refused,
            owner=self,
        )

    def _accepted(self, user: UserInfo) -> None:
        self.user = user
        settings = WorkstationSettings.load()
        settings.last_login = user.login
        settings.save()
        self.password.clear()
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.password.setFocus()
        if isinstance(exc, LoginFailed):
            self.message.setText(core_text(exc))
        else:
            self.message.setText(
                translate("LoginDialog", "The login could not be checked: {error}").format(
                    error=exc
                )
            )
