"""The rows of the dunning run: each due reminder with its amounts, the clerk's choice (e-mail,
print, skip, stop dunning) edited with a combo box, and what became of it (reminded, its e-mail
queued → sent, waiting or failed; skipped; stopped; failed with the reason)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.mail.hold import hold_text
from invoicedesk.services.dunning.due import DueReminder
from invoicedesk.services.dunning.history import ReminderInfo
from invoicedesk.services.dunning.process import Outcome

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("DunningRows", "Customer"),
    QT_TRANSLATE_NOOP("DunningRows", "Invoice"),
    QT_TRANSLATE_NOOP("DunningRows", "Due"),
    QT_TRANSLATE_NOOP("DunningRows", "Days"),
    QT_TRANSLATE_NOOP("DunningRows", "Open amount"),
    QT_TRANSLATE_NOOP("DunningRows", "Level"),
    QT_TRANSLATE_NOOP("DunningRows", "Fees"),
    QT_TRANSLATE_NOOP("DunningRows", "Interest"),
    QT_TRANSLATE_NOOP("DunningRows", "Total"),
    QT_TRANSLATE_NOOP("DunningRows", "Action"),
    QT_TRANSLATE_NOOP("DunningRows", "Status"),
)
CUSTOMER, INVOICE, DUE, DAYS, OPEN, LEVEL, FEES, INTEREST, TOTAL, ACTION, STATUS = range(11)
AMOUNTS = (OPEN, FEES, INTEREST, TOTAL)
CHOICES = {
    "email": QT_TRANSLATE_NOOP("DunningRows", "E-mail"),
    "print": QT_TRANSLATE_NOOP("DunningRows", "Print"),
    "skip": QT_TRANSLATE_NOOP("DunningRows", "Skip"),
    "stop": QT_TRANSLATE_NOOP("DunningRows", "Stop dunning"),
}
STATUSES = {
    "not_done": QT_TRANSLATE_NOOP("DunningRows", "Not done"),
    "done": QT_TRANSLATE_NOOP("DunningRows", "Reminded"),
    "skipped": QT_TRANSLATE_NOOP("DunningRows", "Skipped"),
    "stopped": QT_TRANSLATE_NOOP("DunningRows", "Dunning stopped"),
    "not_due": QT_TRANSLATE_NOOP("DunningRows", "No longer due"),
    "failed": QT_TRANSLATE_NOOP("DunningRows", "Failed"),
}
MAIL = {
    "queued": QT_TRANSLATE_NOOP("DunningRows", "e-mail queued"),
    "waiting": QT_TRANSLATE_NOOP("DunningRows", "e-mail waits"),
    "sent": QT_TRANSLATE_NOOP("DunningRows", "e-mail sent"),
    "failed": QT_TRANSLATE_NOOP("DunningRows", "e-mail failed"),
    "withdrawn": QT_TRANSLATE_NOOP("DunningRows", "e-mail withdrawn"),
}
RED, GREEN, AMBER, GREY = QColor("#b42318"), QColor("#1a7f37"), QColor("#9a6700"), QColor("#8a94a3")


@dataclass(frozen=True)
class Row:
    """One due reminder and what the clerk chose and got."""

    item: DueReminder
    choice: str
    reason: str = ""
    status: str = "not_done"
    message: str | None = None
    reminder_id: int | None = None
    mail: str | None = None
    mail_reason: str | None = None

    @classmethod
    def due(cls, item: DueReminder) -> Row:
        """A freshly listed reminder with the customer's channel."""
        return cls(item, item.channel)


class DunningRowsModel(QAbstractTableModel):
    """The run's rows; the action is editable until the run is processed."""

    #: the clerk chose *Stop dunning* on a row: the window asks for the reason
    stop_chosen = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.locked = False
        #: why e-mails cannot go out now (short), ``None`` when the server is usable
        self.mail_problem: str | None = None
        self._locale = QLocale()

    def set_rows(self, rows: list[Row]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.locked = False
        self.endResetModel()

    def set_choice(self, row: int, choice: str, reason: str = "") -> None:
        """Change one row's action (and the reason of a stop)."""
        self.rows[row] = replace(self.rows[row], choice=choice, reason=reason)
        self.dataChanged.emit(self.index(row, ACTION), self.index(row, STATUS))

    def apply_outcomes(self, outcomes: list[Outcome]) -> None:
        """Show what processing did to each row."""
        by_case = {o.case_id: o for o in outcomes}
        for i, row in enumerate(self.rows):
            got = by_case.get(row.item.case_id)
            if got is not None:
                message = core_text(got.message) if got.message else None
                mail = "queued" if got.outbox_id else None
                self.rows[i] = replace(row, status=got.status, message=message,
                                       reminder_id=got.reminder_id, mail=mail)  # fmt: skip
        self._changed()

    def apply_states(self, infos: list[ReminderInfo]) -> None:
        """The reminders' e-mail states, read again as the dispatcher works."""
        by_id = {info.id: info for info in infos}
        for i, row in enumerate(self.rows):
            info = by_id.get(row.reminder_id or 0)
            if info is not None:
                self.rows[i] = replace(row, mail=info.mail, mail_reason=info.mail_reason)
        self._changed()

    def _changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, STATUS))

    # --- Qt model -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Column titles (amounts right-aligned)."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("DunningRows", COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (*AMOUNTS, DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The action is editable until the run is processed."""
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.locked and index.column() == ACTION:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _day(self, value: Any) -> str:
        return self._locale.toString(QDate(value), QLocale.FormatType.ShortFormat)

    def money(self, value: Any, currency: str) -> str:
        """An amount in the UI locale with its currency."""
        return f"{self._locale.toString(float(value), 'f', 2)} {currency}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, alignment, colours and tooltips."""
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.EditRole and col == ACTION:
            return r.choice
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (*AMOUNTS, DAYS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, col)
        return None

    def _text(self, r: Row, col: int) -> str:
        it = r.item
        if col == CUSTOMER:
            return it.customer
        if col == INVOICE:
            return it.number
        if col == DUE:
            return self._day(it.due_date)
        if col == DAYS:
            return str(it.days_overdue)
        if col == LEVEL:
            return f"{it.level} · {it.title}"
        if col in AMOUNTS:
            value = {OPEN: it.open_amount, FEES: it.fee + it.earlier_fees,
                     INTEREST: it.interest, TOTAL: it.total}[col]  # fmt: skip
            return self.money(value, it.currency)
        if col == ACTION:
            text = translate("DunningRows", CHOICES[r.choice])
            return f"{text}: {r.reason}" if r.choice == "stop" and r.reason else text
        if col == STATUS:
            return self._status(r)
        return ""

    def _status(self, r: Row) -> str:
        text = translate("DunningRows", STATUSES.get(r.status, r.status))
        if r.mail in MAIL:
            text += " · " + translate("DunningRows", MAIL[r.mail])
            if r.mail == "waiting":
                text += ": " + core_text(hold_text(r.mail_reason))
        elif r.status == "done":
            text += " · " + translate("DunningRows", "to print")
        if r.message and r.status in ("failed", "not_due"):
            text += f": {r.message}"
        return text

    def _colour(self, r: Row, col: int) -> QBrush | None:
        if col == STATUS:
            if r.status == "failed" or r.mail == "failed":
                return QBrush(RED)
            if r.mail == "waiting" or (r.status == "not_done" and r.choice == "email"
                                       and self.mail_problem):  # fmt: skip
                return QBrush(AMBER)
            if r.status == "done":
                return QBrush(GREEN)
        if r.choice in ("skip", "stop") or r.item.problem:
            return QBrush(GREY if not r.item.problem else RED)
        return None

    def _tip(self, r: Row, col: int) -> str | None:
        it = r.item
        if col == INTEREST and it.interest_parts:
            line = translate("DunningRows", "{start} – {end}: {days} days at {rate} % = {amount}")
            return "\n".join(
                line.format(
                    start=self._day(p.start),
                    end=self._day(p.end),
                    days=p.days,
                    rate=self._locale.toString(float(p.rate), "f", 2),
                    amount=self.money(p.amount, it.currency),
                )
                for p in it.interest_parts
            )
        if col == ACTION and r.choice == "email":
            return it.email or translate("DunningRows", "no e-mail address")
        if col == STATUS and r.status == "not_done" and r.choice == "email" and self.mail_problem:
            return translate("DunningRows", "The e-mail would wait: {reason}").format(
                reason=self.mail_problem
            )
        if col == STATUS and (r.message or r.mail_reason or it.problem):
            return r.message or r.mail_reason or core_text(it.problem)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """The action combo: *Stop dunning* asks the window for the reason first."""
        if self.locked or index.column() != ACTION or value not in CHOICES:
            return False
        if value == "stop":
            self.stop_chosen.emit(index.row())
            return True
        self.set_choice(index.row(), str(value))
        return True


def choice_options() -> list[tuple[str, str]]:
    """(label, code) of a row's choices, for the action column's combo box."""
    return [(translate("DunningRows", text), code) for code, text in CHOICES.items()]
