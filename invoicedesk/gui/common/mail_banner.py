"""The warning of a run window when e-mails cannot go out now ("E-mails cannot go out now: no
mail server …"), with a button that switches the e-mail rows to another channel (*Create
only*, *Print*) and one to the mail server settings (administrators)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from invoicedesk.gui.common.i18n import translate

STYLE = (
    "QFrame#mailBanner { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 4px; } "
    "QFrame#mailBanner QLabel { color: #78350f; }"
)


class MailBanner(QFrame):
    """Hidden until :meth:`warn`; ``switch_requested`` when the clerk takes the other channel."""

    switch_requested = Signal()

    def __init__(
        self,
        switch_text: str,
        setup_mail: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mailBanner")
        self.setStyleSheet(STYLE)
        box = QHBoxLayout(self)
        box.setContentsMargins(8, 5, 8, 5)
        self.text = QLabel()
        self.text.setWordWrap(True)
        box.addWidget(self.text, 1)
        self.switch = QPushButton(switch_text)
        self.switch.clicked.connect(self.switch_requested)
        box.addWidget(self.switch)
        self.setup = QPushButton(translate("MailBanner", "Set up the mail server…"))
        self.setup.setVisible(setup_mail is not None)
        if setup_mail is not None:
            self.setup.clicked.connect(setup_mail)
        box.addWidget(self.setup)
        self.hide()

    def warn(self, text: str | None) -> None:
        """Show ``text`` (``None``: hide the banner)."""
        if not text:
            self.hide()
            return
        self.text.setText(text)
        self.show()
