"""The rows of the billing wizard: fetched orders, then their outcome while a run goes on.

Column 0 is the *include* check box, the action column is edited with a combo box
(:func:`action_options`), the invoice column shows a PDF icon that opens the invoice. The
channel column follows each e-mail as the dispatcher works: queued, sent, waiting for a usable
mail server (why), failed (the server's answer).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.mail.hold import hold_text
from invoicedesk.services.billing.runs import ROW_STATUS_LABELS, FetchedRow, RowSpec, RunRow
from invoicedesk.services.orders.orders import DELIVERY_LABELS

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("BillingTable", "Order"),
    QT_TRANSLATE_NOOP("BillingTable", "Customer"),
    QT_TRANSLATE_NOOP("BillingTable", "Closed"),
    QT_TRANSLATE_NOOP("BillingTable", "Amount"),
    QT_TRANSLATE_NOOP("BillingTable", "Action"),
    QT_TRANSLATE_NOOP("BillingTable", "Check"),
    QT_TRANSLATE_NOOP("BillingTable", "Invoice status"),
    QT_TRANSLATE_NOOP("BillingTable", "Invoice"),
    QT_TRANSLATE_NOOP("BillingTable", "Channel"),
)
INCLUDE, ORDER, CUSTOMER, CLOSED, AMOUNT, ACTION, CHECK, STATUS, INVOICE, CHANNEL = range(10)
ACTION_CODES = tuple(DELIVERY_LABELS)
RED, GREEN, AMBER = QColor("#b42318"), QColor("#1a7f37"), QColor("#9a6700")
#: what became of a row's e-mail (services.billing.runs.MAIL_STATES values)
MAIL_LABELS = {
    "queued": QT_TRANSLATE_NOOP("BillingTable", "queued"),
    "waiting": QT_TRANSLATE_NOOP("BillingTable", "waiting"),
    "sent": QT_TRANSLATE_NOOP("BillingTable", "sent"),
    "failed": QT_TRANSLATE_NOOP("BillingTable", "failed"),
    "withdrawn": QT_TRANSLATE_NOOP("BillingTable", "withdrawn"),
}
MAIL_COLOURS = {"sent": GREEN, "waiting": AMBER, "failed": RED}


def money_text(value: Decimal, currency: str) -> str:
    """``1.234,50 EUR`` as the clerks read amounts."""
    text = f"{value:,.2f}".replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")
    return f"{text} {currency}"


@dataclass(frozen=True)
class Row:
    """One order in the wizard, before and after processing."""

    order_id: int
    order_number: str
    customer: str
    closed_on: date | None
    amount: Decimal
    currency: str
    action: str
    problem: str | None
    included: bool = True
    status: str = "not_done"
    case_id: int | None = None
    invoice_number: str | None = None
    channel: str | None = None
    error: str | None = None
    mail: str | None = None
    mail_reason: str | None = None

    @classmethod
    def fetched(cls, r: FetchedRow) -> Row:
        """A freshly fetched order (rows with a pre-flight problem start excluded)."""
        return cls(
            r.order_id,
            r.order_number,
            r.customer,
            r.closed_on,
            r.amount,
            r.currency,
            r.action,
            r.problem,
            included=r.problem is None,
        )


class BillingRowsModel(QAbstractTableModel):
    """Fetched orders and their outcome; editable until the run starts."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.locked = False
        #: why e-mails cannot go out now (a short reason), ``None`` when the server is usable
        self.mail_problem: str | None = None

    def set_mail_problem(self, problem: str | None) -> None:
        """Show on every e-mail row's check that its e-mail would wait (or no longer)."""
        self.mail_problem = problem
        if self.rows:
            self.dataChanged.emit(self.index(0, CHECK), self.index(len(self.rows) - 1, CHECK))

    def _mail_waits(self, r: Row) -> bool:
        return bool(self.mail_problem) and r.action == "email" and r.status == "not_done"

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def apply_run(self, run_rows: list[RunRow]) -> None:
        """Show the stored outcome of a run (rows matched by order)."""
        by_order = {r.order_id: r for r in run_rows}
        for i, row in enumerate(self.rows):
            got = by_order.get(row.order_id)
            if got is not None:
                self.rows[i] = replace(
                    row,
                    status=got.status,
                    case_id=got.case_id,
                    invoice_number=got.invoice_number,
                    channel=got.channel,
                    error=got.error,
                    action=got.action,
                    mail=got.mail,
                    mail_reason=got.mail_reason,
                )
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, CHANNEL))

    def specs(self) -> list[RowSpec]:
        """What to process: every row with its action; unticked rows excluded."""
        return [RowSpec(r.order_id, r.action, excluded=not r.included) for r in self.rows]

    def set_problem(self, row: int, problem: str | None) -> None:
        """Store a new pre-flight verdict after an action change."""
        self.rows[row] = replace(self.rows[row], problem=problem)
        self.dataChanged.emit(self.index(row, CHECK), self.index(row, CHECK))

    def set_action(self, row: int, action: str) -> None:
        """Change the billing action of one row."""
        self.rows[row] = replace(self.rows[row], action=action)
        self.dataChanged.emit(self.index(row, ACTION), self.index(row, CHECK))

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("BillingTable", COLUMNS[section]) if COLUMNS[section] else ""
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Include box and action are editable until processing starts."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and index.column() == INCLUDE:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if not self.locked and index.column() == ACTION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, check state, icons, colours and tooltips."""
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == INCLUDE:
            return Qt.CheckState.Checked if r.included else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.EditRole and col == ACTION:
            return r.action
        if role == Qt.ItemDataRole.TextAlignmentRole and col == AMOUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == STATUS:
                color = {"processed": GREEN, "failed": RED, "skipped": AMBER}.get(r.status)
                return QBrush(color) if color else None
            if col == CHANNEL and r.mail in MAIL_COLOURS:
                return QBrush(MAIL_COLOURS[r.mail])
            if col == CHECK and r.problem:
                return QBrush(RED)
            if col == CHECK and self._mail_waits(r):
                return QBrush(AMBER)
            if not r.included:
                return QBrush(QColor("#8a94a3"))
        if role == Qt.ItemDataRole.DecorationRole:
            style = QApplication.style()
            if col == INVOICE and r.case_id and r.invoice_number:
                return style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            if col == CHECK and r.problem:
                return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == CHECK and r.problem:
                return core_text(r.problem)
            if col == STATUS and r.error:
                return core_text(r.error)
            if col == CHANNEL and r.mail_reason:
                return self._mail_reason(r)
            if col == INVOICE and r.case_id:
                return translate("BillingTable", "Click to open the invoice PDF")
        return None

    def _text(self, r: Row, col: int) -> str:
        if col == ORDER:
            return r.order_number
        if col == CUSTOMER:
            return r.customer
        if col == CLOSED:
            return r.closed_on.strftime("%d.%m.%Y") if r.closed_on else "—"
        if col == AMOUNT:
            return money_text(r.amount, r.currency)
        if col == ACTION:
            return commerce_label(DELIVERY_LABELS.get(r.action, r.action))
        if col == CHECK:
            if r.problem:
                return core_text(r.problem)
            if self._mail_waits(r):
                return translate("BillingTable", "OK · e-mail would wait: {reason}").format(
                    reason=self.mail_problem
                )
            return translate("BillingTable", "OK")
        if col == STATUS:
            if not r.included and r.status == "not_done":
                return commerce_label("Excluded")
            label = commerce_label(ROW_STATUS_LABELS.get(r.status, r.status))
            return (
                f"{label}: {core_text(r.error)}"
                if r.status in ("failed", "skipped") and r.error
                else label
            )
        if col == INVOICE:
            return r.invoice_number or ""
        if col == CHANNEL:
            label = DELIVERY_LABELS.get(r.channel or "", "")
            text = commerce_label(label) if label else ""
            if r.mail in MAIL_LABELS:
                text = f"{text} · {translate('BillingTable', MAIL_LABELS[r.mail])}"
                if r.mail == "waiting":
                    text += f": {self._mail_reason(r)}"
            return text
        return ""

    @staticmethod
    def _mail_reason(r: Row) -> str:
        """Why the e-mail waits (a hold code), or the server's answer when it failed."""
        if r.mail == "waiting":
            return core_text(hold_text(r.mail_reason))
        return r.mail_reason or ""

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick/untick a row or change its action."""
        if self.locked:
            return False
        if index.column() == INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            self.rows[index.row()] = replace(self.rows[index.row()], included=checked)
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), CHANNEL))
            return True
        if index.column() == ACTION and role == Qt.ItemDataRole.EditRole and value in ACTION_CODES:
            self.set_action(index.row(), str(value))
            return True
        return False


def action_options() -> list[tuple[str, str]]:
    """(label, code) of the billing actions, for the action column's combo box."""
    return [(commerce_label(DELIVERY_LABELS[code]), code) for code in ACTION_CODES]
