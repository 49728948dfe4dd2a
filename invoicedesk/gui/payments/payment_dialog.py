"""*Mark paid* / *Record payment*: the date and the amount (default: what is open), and
*Undo payment*: which payment and why."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from invoicedesk.domain.errors import ValidationError
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.common.i18n import translate
from invoicedesk.services.cases.details import PaymentLine


def _money(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 2)


class PaymentDialog(QDialog):
    """Ask for the payment date and amount of one case."""

    def __init__(
        self, parent: QWidget | None, number: str, open_amount: Decimal, currency: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("payment_dialog")
        self.setWindowTitle(translate("PaymentDialog", "Record payment"))
        form = QFormLayout(self)
        form.addRow(translate("PaymentDialog", "Invoice"), QLabel(number or "—"))
        form.addRow(
            translate("PaymentDialog", "Open amount"),
            QLabel(f"{_money(open_amount)} {currency}"),
        )
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("payment_date")
        self.date.setCalendarPopup(True)
        form.addRow(translate("PaymentDialog", "Paid on"), self.date)
        self.amount = QLineEdit(_money(open_amount))
        self.amount.setObjectName("payment_amount")
        form.addRow(translate("PaymentDialog", "Amount"), self.amount)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.value: tuple[date, Decimal] | None = None

    def _check(self) -> None:
        try:
            amount = parse_decimal(self.amount.text(), translate("PaymentDialog", "Amount"))
        except ValidationError as exc:
            dialogs.show_error(self, self.windowTitle(), dialogs.error_text(exc))
            return
        if amount <= 0:
            dialogs.show_error(
                self, self.windowTitle(), translate("PaymentDialog", "Enter an amount above zero.")
            )
            return
        picked = self.date.date()
        self.value = (date(picked.year(), picked.month(), picked.day()), amount)
        self.accept()


def ask_payment(
    parent: QWidget | None, number: str, open_amount: Decimal, currency: str
) -> tuple[date, Decimal] | None:
    """Ask for the date and amount of a payment; ``None`` when cancelled (tests replace it)."""
    dialog = PaymentDialog(parent, number, open_amount, currency)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.value


def ask_undo(
    parent: QWidget | None, payments: list[PaymentLine], currency: str
) -> tuple[int, str] | None:
    """Ask which payment to undo and why; ``None`` when cancelled (tests replace it)."""
    dialog = UndoDialog(parent, payments, currency)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()


class UndoDialog(QDialog):
    """Choose the payment to undo and give the reason."""

    def __init__(self, parent: QWidget | None, payments: list[PaymentLine], currency: str) -> None:
        super().__init__(parent)
        self.setObjectName("undo_payment_dialog")
        self.setWindowTitle(translate("PaymentDialog", "Undo payment"))
        form = QFormLayout(self)
        self.payment = QComboBox()
        self.payment.setObjectName("undo_payment_choice")
        for p in payments:
            day = QLocale().toString(QDate(p.paid_on), QLocale.FormatType.ShortFormat)
            self.payment.addItem(f"{day}  {_money(p.amount)} {currency}", p.payment_id)
        form.addRow(translate("PaymentDialog", "Payment"), self.payment)
        self.reason = QLineEdit()
        self.reason.setObjectName("undo_payment_reason")
        form.addRow(translate("PaymentDialog", "Reason"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, str]:
        """The payment's id and the reason."""
        return int(self.payment.currentData()), self.reason.text().strip()
