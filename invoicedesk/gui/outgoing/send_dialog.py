"""The send dialog: *Send*, *Resend* and *Notify customer* with an editable recipient, CC and
text, shown before anything leaves the house.

The dialog loads a preview of the e-mail
(:func:`~invoicedesk.services.outgoing.sending.preview_mail`),
lets the clerk change recipient, copies and text, and hands the choice to the core with the
case version the clerk saw. The e-mail goes to the outbox in the same transaction as the action
and its history row; the dispatcher sends it. For a draft, *Send* issues the invoice first
(number, PDF) and *Create only* issues it without e-mail.

Before anything is issued the dialog says when the mail server is not usable (no server, no
sender, the login refused ...): the e-mail would wait, so it offers *Create only* and setting
up the server. When the case's e-mail is still waiting, *Send* is not offered (*Resend*
replaces it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import Action, Actor
from invoicedesk.gui.common import dialogs, window_state
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.domain_labels import status_text as status_label_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.mail_events import mail_queued
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.mail.hold import hold_text
from invoicedesk.services.cases.actions import ActionResult, perform_action
from invoicedesk.services.outgoing.sending import (
    MailPreview,
    Purpose,
    SendResult,
    notify_customer,
    preview_mail,
    resend_document,
    send_document,
    split_addresses,
)
from invoicedesk.store.case_query import CaseRow
from invoicedesk.store.database import Database

TITLES: dict[Purpose, str] = {
    "send": QT_TRANSLATE_NOOP("SendDialog", "Send"),
    "resend": QT_TRANSLATE_NOOP("SendDialog", "Resend"),
    "notify": QT_TRANSLATE_NOOP("SendDialog", "Notify customer"),
}
DIALOG_STYLE = """
QLabel#sendHint { color: #6b7280; }
QLabel#sendSubject { font-weight: bold; }
QFrame#sendWarning { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 4px; }
QFrame#sendWarning QLabel { color: #78350f; }
"""


class SendDialog(QDialog):
    """Send, resend or notify for one case; ``sent`` fires with the case id when queued."""

    sent = Signal(int)
    #: the case changed meanwhile and the clerk wants to see it again
    reload_requested = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        row: CaseRow,
        purpose: Purpose,
        parent: QWidget | None,
        setup_mail: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.row, self.purpose = db, actor, row, purpose
        self.setup_mail = setup_mail
        self.preview: MailPreview | None = None
        self.outcome: SendResult | ActionResult | None = None
        self.setObjectName("sendDialog")
        window_state.set_role(self, purpose)  # send, resend and notify keep their own sizes
        self.setStyleSheet(DIALOG_STYLE)
        if row.kind == "credit_note":
            draft = translate("SendDialog", "draft credit note (case {case})")
        else:
            draft = translate("SendDialog", "draft invoice (case {case})")
        name = row.number or draft.format(case=row.id)
        self.setWindowTitle(
            translate("SendDialog", "{action} — {name}").format(
                action=translate("SendDialog", TITLES[purpose]),
                name=name if purpose != "notify" else row.party,
            )
        )
        self.resize(640, 520)
        self.to = QLineEdit()
        self.to.setObjectName("sendTo")
        self.cc = QLineEdit()
        self.cc.setObjectName("sendCc")
        self.cc.setPlaceholderText(
            translate("SendDialog", "optional; several addresses separated by commas")
        )
        self.subject = QLabel("…")
        self.subject.setObjectName("sendSubject")
        self.subject.setWordWrap(True)
        self.attachment = QLabel("—")
        self.text = QPlainTextEdit()
        self.text.setObjectName("sendText")
        self.hint = QLabel()
        self.hint.setObjectName("sendHint")
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("SendDialog", "To"), self.to)
        form.addRow(translate("SendDialog", "CC"), self.cc)
        form.addRow(translate("SendDialog", "Subject"), self.subject)
        form.addRow(translate("SendDialog", "Attachment"), self.attachment)
        self.cancel_button = QPushButton(translate("SendDialog", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.create_only_button = QPushButton(translate("SendDialog", "Create only, don't send"))
        self.create_only_button.setAutoDefault(False)
        self.create_only_button.setToolTip(
            translate("SendDialog", "Issue the invoice (number and PDF) without an e-mail")
        )
        self.create_only_button.clicked.connect(self.create_only)
        self.create_only_button.setVisible(purpose == "send" and row.number is None)
        self.send_button = QPushButton(self._send_label())
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.create_only_button)
        buttons.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._warning_frame())
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("SendDialog", "Text")))
        layout.addWidget(self.text, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self._set_busy(True)
        run_task(
            preview_mail, db, row.id, purpose, on_done=self._show_preview,
            on_error=self._preview_failed, owner=self,
            label=translate("SendDialog", "Preparing the e-mail"),
        )  # fmt: skip

    def _warning_frame(self) -> QFrame:
        """The (hidden) warning about an unusable mail server or an e-mail still waiting."""
        self.warning = QFrame()
        self.warning.setObjectName("sendWarning")
        box = QHBoxLayout(self.warning)
        box.setContentsMargins(8, 6, 8, 6)
        self.warning_text = QLabel()
        self.warning_text.setObjectName("sendWarningText")
        self.warning_text.setWordWrap(True)
        box.addWidget(self.warning_text, 1)
        self.setup_button = QPushButton(translate("SendDialog", "Set up the mail server…"))
        self.setup_button.setObjectName("sendSetupMail")
        self.setup_button.setAutoDefault(False)
        self.setup_button.clicked.connect(self._setup_mail)
        box.addWidget(self.setup_button)
        self.warning.hide()
        return self.warning

    def _show_warning(self, preview: MailPreview) -> None:
        """Say before anything is issued why the e-mail would wait, or that one already does."""
        parts = []
        waiting = preview.waiting
        if waiting is not None:
            since = QLocale().toString(
                QDateTime.fromSecsSinceEpoch(int(waiting.queued_at.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            text = (
                translate("SendDialog", "The e-mail to {to} queued at {since} still waits to be "
                          "sent; this resend replaces it.")
                if self.purpose == "resend"
                else translate("SendDialog", "The e-mail to {to} queued at {since} still waits "
                               "to be sent; it is not sent twice (Resend replaces it).")
            )  # fmt: skip
            parts.append(text.format(to=waiting.to, since=since))
        if preview.mail_problem:
            reason = core_text(hold_text(preview.mail_hold))
            text = translate(
                "SendDialog", "E-mails cannot go out now: {reason}. Sent anyway, this one waits "
                "and goes out by itself once the mail server works."
            ).format(reason=reason)
            if self.create_only_button.isVisible():
                text += " " + translate(
                    "SendDialog", "Or create the invoice only and send it later."
                )
            parts.append(text)
        if not parts:
            return
        self.warning_text.setText(" ".join(parts))
        self.warning_text.setToolTip(core_text(preview.mail_problem or ""))
        self.setup_button.setVisible(bool(preview.mail_problem) and self.setup_mail is not None)
        self.warning.show()

    def _setup_mail(self) -> None:
        if self.setup_mail is not None:
            self.setup_mail()

    def _send_label(self) -> str:
        if self.purpose == "send" and self.row.number is None:
            return translate("SendDialog", "Issue and send")
        if self.purpose == "notify":
            return translate("SendDialog", "Send notice")
        return translate("SendDialog", TITLES[self.purpose])

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.to, self.cc, self.text, self.send_button, self.create_only_button):
            widget.setEnabled(not busy)

    def _show_preview(self, preview: MailPreview) -> None:
        self.preview = preview
        self._show_warning(preview)
        self.to.setText(preview.to)
        self.cc.setText(", ".join(preview.cc))
        self.subject.setText(preview.subject)
        self.attachment.setText(preview.attachment or translate("SendDialog", "none"))
        self.text.setPlainText(preview.body)
        hints = [
            translate("SendDialog", "Language of the customer: {language}.").format(
                language=preview.language
            )
        ]
        if preview.placeholders:
            hints.append(
                translate(
                    "SendDialog",
                    "Sending issues the invoice: it gets its number and PDF and can no longer be "
                    "changed. {fields} are filled in then.",
                ).format(fields="{number}, {issue_date}, {due_date}, {reference}")
            )
        if self.purpose == "resend":
            hints.append(
                translate(
                    "SendDialog", "A changed recipient is kept for later e-mails of this case."
                )
            )
        hints.append(
            translate(
                "SendDialog",
                "The e-mail is queued now and sent in the background; the history shows it.",
            )
        )
        self.hint.setText(" ".join(hints))
        self._set_busy(False)
        if preview.waiting is not None and self.purpose == "send":
            self.send_button.setEnabled(False)  # the core refuses it too
        self.to.setFocus()

    def _preview_failed(self, exc: BaseException) -> None:
        dialogs.show_error(
            self, translate("SendDialog", "E-mail not available"), dialogs.error_text(exc)
        )
        self.reject()

    def _changed_text(self) -> str | None:
        """The edited text, or ``None`` when the clerk kept the standard one."""
        text = self.text.toPlainText()
        if self.preview is not None and text.strip() == self.preview.body.strip():
            return None
        return text

    def send(self) -> None:
        """Queue the e-mail through the core (in the background)."""
        if self.preview is None:
            return
        to = self.to.text().strip()
        if not to:
            dialogs.show_error(
                self,
                translate("SendDialog", "No recipient"),
                translate("SendDialog", "Enter the recipient's e-mail address."),
            )
            return
        service = {"send": send_document, "resend": resend_document, "notify": notify_customer}
        self._set_busy(True)
        run_task(
            service[self.purpose], self.db, self.actor, self.row.id, to=to,
            cc=split_addresses(self.cc.text()), text=self._changed_text(),
            expected_version=self.row.version, on_done=self._done, on_error=self._failed,
            owner=self, label=translate("SendDialog", TITLES[self.purpose]),
        )  # fmt: skip

    def create_only(self) -> None:
        """Issue the draft without an e-mail (*Create only*)."""
        self._set_busy(True)
        run_task(
            perform_action, self.db, self.actor, self.row.id, Action.CREATE_ONLY, None,
            self.row.version, on_done=self._done, on_error=self._failed, owner=self,
            label=translate("SendDialog", "Create only"),
        )  # fmt: skip

    def _done(self, result: SendResult | ActionResult) -> None:
        self.outcome = result
        if isinstance(result, SendResult):
            mail_queued()
        self.sent.emit(result.case_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ConflictError):
            if dialogs.ask_reload_after_conflict(self, exc):
                self.reload_requested.emit(self.row.id)
                self.reject()
            return
        title = translate("SendDialog", "{action} not done").format(
            action=translate("SendDialog", TITLES[self.purpose])
        )
        dialogs.show_error(self, title, dialogs.error_text(exc))


def status_text(result: SendResult | ActionResult | None) -> str:
    """A line for the status bar after the dialog closed."""
    if isinstance(result, SendResult):
        what = result.number or translate("SendDialog", "case {case}").format(case=result.case_id)
        return translate(
            "SendDialog", "{what}: e-mail queued; it is sent in the background."
        ).format(what=what)
    if isinstance(result, ActionResult):
        return translate("SendDialog", "Case {case} created ({status}).").format(
            case=result.case_id, status=status_label_text(result.status)
        )
    return ""
