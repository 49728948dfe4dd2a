"""The popup right after login: collective invoices without a send date, so none is forgotten.

The clerk sets a send date per row (the date field in the row) or for the ticked rows, clears
it, or opens one in the collective-invoices list; *Remind me later* closes the popup, which
comes back at the next login while such invoices remain. Every change is saved at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.style import apply_style
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.contracts.collective import set_send_date
from invoicedesk.services.contracts.collective_query import CollectiveRow
from invoicedesk.store.database import Database

#: the date edit shows this minimum as "—" (the formats module's no-date text): "no send date"
NO_DATE = QDate(2000, 1, 1)
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("LoginPopup", "Customer"),
    QT_TRANSLATE_NOOP("LoginPopup", "Period"),
    QT_TRANSLATE_NOOP("LoginPopup", "Amount"),
    QT_TRANSLATE_NOOP("LoginPopup", "Created"),
    QT_TRANSLATE_NOOP("LoginPopup", "Send date"),
)


def cell(table: QTableWidget, row: int, col: int) -> QTableWidgetItem:
    """The item of a cell that was filled (raises if it was not)."""
    item = table.item(row, col)
    if item is None:
        raise LookupError(f"cell {row},{col} of {table.objectName()} is empty")
    return item


def period_text(row: CollectiveRow) -> str:
    """``Jan–Feb 2027`` / ``Nov 2026–Jan 2027``, month names in the user-interface language."""
    return formats.ui().period(row.period_start, row.period_end)


def date_dialog(parent: QWidget | None, title: str, current: date | None = None) -> QDialog:
    """The send-date dialog: a calendar on ``current`` (today when there is none or it has
    passed); Enter or a double click on a day confirms, Esc cancels."""
    box = QDialog(parent)
    box.setObjectName("sendDateDialog")
    box.setWindowTitle(title)
    lay = QVBoxLayout(box)
    calendar = QCalendarWidget(box)
    calendar.setObjectName("sendDateCalendar")
    calendar.setMinimumDate(QDate.currentDate())
    calendar.setGridVisible(True)
    if current is not None:
        calendar.setSelectedDate(max(QDate(current), QDate.currentDate()))
    calendar.activated.connect(lambda _day: box.accept())
    lay.addWidget(calendar)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(box.accept)
    buttons.rejected.connect(box.reject)
    lay.addWidget(buttons)
    calendar.setFocus()
    return box


def picked_date(box: QDialog) -> date:
    """The day chosen in a :func:`date_dialog`."""
    calendar = box.findChild(QCalendarWidget)
    assert calendar is not None
    picked: date = calendar.selectedDate().toPython()  # type: ignore[assignment]
    return picked


def ask_date(parent: QWidget | None, title: str, current: date | None = None) -> date | None:
    """Ask for a send date with a calendar; ``None`` when cancelled (tests replace this)."""
    box = date_dialog(parent, title, current)
    if box.exec() != QDialog.DialogCode.Accepted:
        return None
    return picked_date(box)


class LoginPopup(QDialog):
    """Lists the rows; ``open_requested(case_id)`` asks the window to show one."""

    open_requested = Signal(int)
    saved = Signal()

    def __init__(
        self, db: Database, actor: Actor, rows: list[CollectiveRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.rows = db, actor, list(rows)
        self.setObjectName("collectivePopup")
        self.setWindowTitle(translate("LoginPopup", "Collective invoices without a send date"))
        self.setModal(False)
        self.resize(900, 420)
        apply_style(self)
        lay = QVBoxLayout(self)
        count = len(self.rows)
        head = translate(
            "LoginPopup",
            "<b>%n collective invoice(s) without a send date</b> will not be sent until "
            "they get one.",
            None,
            count,
        )
        intro = QLabel(
            head
            + "<br>"
            + translate(
                "LoginPopup",
                "Set the date in a row, or tick rows and set or clear it for all of them. "
                "Every change is saved at once.",
            )
        )
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.table = QTableWidget(len(self.rows), len(COLUMNS), self)
        self.table.setObjectName("popupTable")
        self.table.setHorizontalHeaderLabels(
            [translate("LoginPopup", c) if c else "" for c in COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.editors: list[QDateEdit] = []
        for i, row in enumerate(self.rows):
            self._fill(i, row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self._open())
        lay.addWidget(self.table)
        self.status = QLabel("")
        self.status.setObjectName("popupStatus")
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        self.set_button = QPushButton(translate("LoginPopup", "Set date for ticked…"))
        self.set_button.clicked.connect(self._set_for_ticked)
        self.clear_button = QPushButton(translate("LoginPopup", "Clear"))
        self.clear_button.setToolTip(
            translate("LoginPopup", "Remove the send date of the ticked rows")
        )
        self.clear_button.clicked.connect(lambda: self._save(self.ticked(), None))
        self.open_button = QPushButton(translate("LoginPopup", "Open"))
        self.open_button.clicked.connect(self._open)
        self.later_button = QPushButton(translate("LoginPopup", "Remind me later"))
        self.later_button.setDefault(True)
        self.later_button.clicked.connect(self.close)
        for b in (self.set_button, self.clear_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        lay.addLayout(buttons)

    def _fill(self, i: int, row: CollectiveRow) -> None:
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        tick.setCheckState(Qt.CheckState.Unchecked)
        self.table.setItem(i, 0, tick)
        name = QTableWidgetItem(row.party_name)
        if row.error:
            name.setToolTip(row.error)
            name.setText(f"⚠ {row.party_name}")
        self.table.setItem(i, 1, name)
        self.table.setItem(i, 2, QTableWidgetItem(period_text(row)))
        amount = QTableWidgetItem(formats.money(row.gross, row.currency))
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(i, 3, amount)
        created = formats.day_month(row.created_at.astimezone().date())
        self.table.setItem(i, 4, QTableWidgetItem(f"{created} {row.created_by}"))
        edit = QDateEdit(self.table)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(formats.date_edit_format())
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(formats.date_text(None))  # "—" as in every other list
        edit.setDate(QDate(row.send_date) if row.send_date else NO_DATE)
        edit.editingFinished.connect(lambda i=i: self._row_date_edited(i))
        self.editors.append(edit)
        self.table.setCellWidget(i, 5, edit)

    # --- reading the table --------------------------------------------------------------

    def ticked(self) -> list[int]:
        """Case ids of the ticked rows (or of the selected row when none is ticked)."""
        ids = [
            self.rows[i].id
            for i in range(self.table.rowCount())
            if cell(self.table, i, 0).checkState() == Qt.CheckState.Checked
        ]
        if not ids and self.table.currentRow() >= 0:
            ids = [self.rows[self.table.currentRow()].id]
        return ids

    def date_of(self, i: int) -> date | None:
        """The send date shown in row ``i``."""
        shown = self.editors[i].date()
        return None if shown == NO_DATE else shown.toPython()  # type: ignore[return-value]

    # --- actions --------------------------------------------------------------------------

    def _row_date_edited(self, i: int) -> None:
        day = self.date_of(i)
        if day != self.rows[i].send_date:
            self._save([self.rows[i].id], day)

    def _set_for_ticked(self) -> None:
        ids = self.ticked()
        if not ids:
            self.status.setText(translate("LoginPopup", "Tick the rows first."))
            return
        day = ask_date(self, translate("LoginPopup", "Send date"))
        if day is not None:
            self._save(ids, day)

    def _save(self, ids: list[int], day: date | None) -> None:
        if not ids:
            self.status.setText(translate("LoginPopup", "Tick the rows first."))
            return
        run_task(
            set_send_date,
            self.db,
            self.actor,
            ids,
            day,
            owner=self,
            on_done=lambda n: self._saved(ids, day, n),
            on_error=self._failed,
            label=translate("LoginPopup", "Saving send dates"),
        )

    def _saved(self, ids: list[int], day: date | None, changed: int) -> None:
        from dataclasses import replace

        for i, row in enumerate(self.rows):
            if row.id in ids:
                self.rows[i] = replace(row, send_date=day)
                editor = self.editors[i]
                editor.blockSignals(True)
                editor.setDate(QDate(day) if day else NO_DATE)
                editor.blockSignals(False)
        left = sum(1 for r in self.rows if r.send_date is None)
        when = formats.date_text(day) if day else translate("LoginPopup", "none")
        self.status.setText(
            translate(
                "LoginPopup",
                "Saved: send date {when} for {changed} invoice(s); "
                "{left} still without a send date.",
            ).format(when=when, changed=changed, left=left)
        )
        self.saved.emit()

    def _failed(self, exc: BaseException) -> None:
        self.status.setText("")
        dialogs.show_error(
            self, translate("LoginPopup", "Send date not saved"), dialogs.error_text(exc)
        )

    def _open(self) -> None:
        row = self.table.currentRow()
        ids = self.ticked()
        case_id = self.rows[row].id if row >= 0 else (ids[0] if ids else None)
        if case_id is not None:
            self.open_requested.emit(case_id)
