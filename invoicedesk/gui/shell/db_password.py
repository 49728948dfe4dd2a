"""Asking for the database password when the server refused the connection without one.

With a keyring the password can be saved there; without one the dialog says so plainly and the
password is kept for this session only (never written to a file).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from invoicedesk import secrets
from invoicedesk.config import display_url
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate


class DatabasePasswordDialog(QDialog):
    """The password of a PostgreSQL database; ``password`` and ``save`` after ``accept``."""

    def __init__(self, url: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = display_url(url)
        self.setObjectName("dbPasswordDialog")
        self.setWindowTitle(translate("DatabasePassword", "InvoiceDesk — database password"))
        self.setMinimumWidth(440)
        intro = QLabel(
            translate("DatabasePassword", "The database {name} needs a password.").format(
                name=self.name
            )
        )
        detail = QLabel(reason)
        detail.setWordWrap(True)
        detail.setStyleSheet("color: #6b7280;")
        self.password = QLineEdit()
        self.password.setObjectName("dbPasswordField")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_box = QCheckBox(translate("DatabasePassword", "Save in the password store"))
        self.save_box.setObjectName("dbPasswordSave")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(detail)
        form = QFormLayout()
        form.addRow(translate("DatabasePassword", "Password"), self.password)
        layout.addLayout(form)
        if secrets.keyring_available():
            self.save_box.setChecked(True)
            layout.addWidget(self.save_box)
        else:
            note = QLabel(translate(
                "DatabasePassword",
                "No secure password store (keyring) is available on this computer, so the "
                "password cannot be saved. It is used for this session only; InvoiceDesk asks "
                "again at the next start.",
            ))  # fmt: skip
            note.setObjectName("noKeyringNote")
            note.setWordWrap(True)
            layout.addWidget(note)
            self.save_box.setChecked(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def remember(self) -> str | None:
        """Keep the typed password (keyring if ticked, else this session); returns a note when
        the keyring refused it."""
        value = self.password.text()
        secrets.remember_for_session("db", self.name, value)
        if self.save_box.isChecked():
            try:
                secrets.set_secret("db", self.name, value)
            except secrets.KeyringUnavailable as exc:
                return core_text(exc)
        return None
