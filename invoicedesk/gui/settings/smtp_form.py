"""The mail server form (wizard and settings) with its *Send test e-mail* button.

The password goes to the OS keyring when the settings are saved; for the test it is only held
in memory (:func:`invoicedesk.secrets.remember_for_session`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from invoicedesk import secrets
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.mail.settings import DEFAULT_PORTS, SECURITY_MODES, SmtpSettings
from invoicedesk.mail.trial import send_test_email


class SmtpForm(QWidget):
    """Host, port, security, login, password, sender, reply-to; test button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = QLineEdit()
        self.host.setObjectName("smtpHost")
        self.host.setPlaceholderText("smtp.firma.de")
        self.security = QComboBox()
        self.security.setObjectName("smtpSecurity")
        names = {
            "starttls": translate("SmtpForm", "STARTTLS (port 587)"),
            "ssl": translate("SmtpForm", "SSL/TLS (port 465)"),
            "none": translate("SmtpForm", "none (only inside the company network)"),
        }
        for mode in SECURITY_MODES:
            self.security.addItem(names[mode], mode)
        self.port = QSpinBox()
        self.port.setObjectName("smtpPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORTS["starttls"])
        self.security.currentIndexChanged.connect(
            lambda _i: self.port.setValue(DEFAULT_PORTS[self.security.currentData()])
        )
        self.user = QLineEdit()
        self.user.setObjectName("smtpUser")
        self.password = QLineEdit()
        self.password.setObjectName("smtpPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit()
        self.from_address.setObjectName("smtpSender")
        self.from_address.setPlaceholderText("Firma GmbH <rechnung@firma.de>")
        self.reply_to = QLineEdit()
        self.reply_to.setObjectName("smtpReplyTo")
        self.test_to = QLineEdit()
        self.test_to.setObjectName("smtpTestTo")
        self.test_to.setPlaceholderText(translate("SmtpForm", "your own address"))
        self.test_button = QPushButton(translate("SmtpForm", "Send test e-mail"))
        self.test_button.setObjectName("smtpTest")
        self.test_button.clicked.connect(self.send_test)
        self.result = QLabel()
        self.result.setObjectName("smtpResult")
        self.result.setWordWrap(True)
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(QLabel(translate("SmtpForm", "Port")))
        host_row.addWidget(self.port)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        form = QFormLayout(self)
        form.addRow(translate("SmtpForm", "Mail server"), host_row)
        form.addRow(translate("SmtpForm", "Security"), self.security)
        form.addRow(translate("SmtpForm", "User name"), self.user)
        form.addRow(translate("SmtpForm", "Password"), self.password)
        form.addRow(translate("SmtpForm", "Sender"), self.from_address)
        form.addRow(translate("SmtpForm", "Reply to"), self.reply_to)
        form.addRow(translate("SmtpForm", "Test"), test_row)
        form.addRow("", self.result)
        if not secrets.keyring_available():
            note = QLabel(translate(
                "SmtpForm",
                "No secure password store is available on this computer: the password is "
                "kept only until InvoiceDesk is closed.",
            ))  # fmt: skip
            note.setObjectName("keyringNote")
            note.setWordWrap(True)
            form.addRow("", note)

    def is_empty(self) -> bool:
        """True when no mail server was entered (mail can be set up later)."""
        return not self.host.text().strip()

    def set_values(self, smtp: SmtpSettings | None) -> None:
        """Fill the fields (the password stays empty: it is in the keyring)."""
        if smtp is None:
            return
        self.host.setText(smtp.host)
        self.security.setCurrentIndex(max(0, self.security.findData(smtp.security)))
        self.port.setValue(smtp.port)
        self.user.setText(smtp.user or "")
        self.from_address.setText(smtp.sender)
        self.reply_to.setText(smtp.reply_to or "")
        if smtp.user:
            self.password.setPlaceholderText(translate("SmtpForm", "(unchanged)"))

    def settings(self) -> SmtpSettings:
        """The settings as entered; raises ``ConfigurationError`` when the host is missing."""
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text().strip() or None,
            sender=self.from_address.text().strip(),
            reply_to=self.reply_to.text().strip() or None,
        )

    def problems(self) -> list[str]:
        """Missing host or sender (only when a server was entered at all)."""
        if self.is_empty():
            return []
        try:
            self.settings().sender_address  # noqa: B018 - validates
        except InvoiceDeskError as exc:
            return [core_text(exc)]
        return []

    def send_test(self) -> None:
        """Send the test e-mail in the background and show the server's answer."""
        try:
            smtp = self.settings()
            to = self.test_to.text().strip() or smtp.sender_address
        except InvoiceDeskError as exc:
            self.result.setText(core_text(exc))
            return
        if smtp.user and self.password.text():
            secrets.remember_for_session("smtp", smtp.keyring_name, self.password.text())
        self.test_button.setEnabled(False)
        self.result.setText(translate("SmtpForm", "Sending…"))
        run_task(send_test_email, smtp, to, on_done=self._tested, on_error=self._failed,
                 owner=self, label=translate("SmtpForm", "Sending test e-mail"))  # fmt: skip

    def _tested(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result.setText("✓ " + core_text(message))

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(dialogs.error_text(exc))
