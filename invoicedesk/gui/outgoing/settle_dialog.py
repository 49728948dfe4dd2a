"""*Settle credit note*: refunded to the customer on a date, or offset against one of their
invoices (:func:`~invoicedesk.services.outgoing.settlement.settle_credit_note`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import ConflictError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.cases.actions import ActionResult
from invoicedesk.services.outgoing.settlement import (
    OpenInvoice,
    offset_choices,
    settle_credit_note,
)
from invoicedesk.store.case_query import CaseRow
from invoicedesk.store.database import Database


class SettleDialog(QDialog):
    """Choose how a credit note was settled; ``settled`` fires with the case id."""

    settled = Signal(int)

    def __init__(self, db: Database, actor: Actor, row: CaseRow, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.row = db, actor, row
        self.setObjectName("settleDialog")
        self.setWindowTitle(
            translate("SettleDialog", "Settle credit note {number}").format(number=row.number)
        )
        self.refund = QRadioButton(translate("SettleDialog", "Refunded to the customer"))
        self.refund.setObjectName("settleRefund")
        self.offset = QRadioButton(translate("SettleDialog", "Offset against an invoice"))
        self.offset.setObjectName("settleOffset")
        group = QButtonGroup(self)
        group.addButton(self.refund)
        group.addButton(self.offset)
        self.refund.setChecked(True)
        self.invoice = QComboBox()
        self.invoice.setObjectName("settleInvoice")
        self.invoice.setEnabled(False)
        self.offset.toggled.connect(self.invoice.setEnabled)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("settleDate")
        self.day.setCalendarPopup(True)
        self.note = QLabel(translate("SettleDialog", "Looking for open invoices…"))
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.refund)
        form.addRow(self.offset)
        form.addRow(translate("SettleDialog", "Invoice"), self.invoice)
        form.addRow(translate("SettleDialog", "Date"), self.day)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("SettleDialog", "Settle")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("SettleDialog", "Cancel")
        )
        self.buttons.accepted.connect(self.settle)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        run_task(offset_choices, db, row.id, on_done=self._choices, owner=self,
                 on_error=lambda exc: self.note.setText(dialogs.error_text(exc)))  # fmt: skip

    def _choices(self, choices: list[OpenInvoice]) -> None:
        locale = QLocale()
        for c in choices:
            text = translate("SettleDialog", "{number} of {date}, open {amount}").format(
                number=c.number,
                date=locale.toString(QDate(c.issue_date), QLocale.FormatType.ShortFormat)
                if c.issue_date
                else "—",
                amount=f"{locale.toString(float(c.open_amount), 'f', 2)} {c.currency}",
            )
            self.invoice.addItem(text, c.case_id)
        if choices:
            self.note.setText(
                translate("SettleDialog", "An offset lowers what the invoice still owes.")
            )
        else:
            self.offset.setEnabled(False)
            self.note.setText(translate("SettleDialog", "The customer has no open invoice."))

    def settle(self) -> None:
        """Record the settlement in the background."""
        offset = self.offset.isChecked()
        if offset and self.invoice.currentData() is None:
            return
        qday = self.day.date()
        day = date(qday.year(), qday.month(), qday.day())
        self.buttons.setEnabled(False)
        run_task(
            settle_credit_note, self.db, self.actor, self.row.id,
            method="offset" if offset else "refund", on=day,
            invoice_id=self.invoice.currentData() if offset else None,
            expected_version=self.row.version, on_done=self._done, on_error=self._failed,
            owner=self, label=translate("SettleDialog", "Settling credit note"),
        )  # fmt: skip

    def _done(self, result: ActionResult) -> None:
        self.settled.emit(result.case_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ConflictError):
            if dialogs.ask_reload_after_conflict(self, exc):
                self.reject()
            return
        dialogs.show_error(self, translate("SettleDialog", "Not settled"), dialogs.error_text(exc))
