"""Booking export from the desk: approved supplier invoices to a DATEV or CSV file.

*Export to booking* on an approved case, or *Tools → Booking export…*, opens
:class:`BookingExportDialog`: what would be exported (count and total), the format, and the
earlier exports, each of which can be saved again. The export itself is one transaction in
:func:`invoicedesk.services.incoming.booking_export.export_approved` (the cases move to *Booked*
with
the export record); the file is written afterwards, and if that fails it can be saved again
from the list, so nothing is lost and nothing is exported twice.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.forms import child, load_form
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.save_file import write_file
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.services.incoming.booking_export import (
    ExportInfo,
    ExportResult,
    approved_summary,
    export_approved,
    export_content,
    list_exports,
)
from invoicedesk.store.database import Database

FORMATS = (
    ("datev", QT_TRANSLATE_NOOP("BookingExport", "DATEV Buchungsstapel (EXTF)")),
    ("csv", QT_TRANSLATE_NOOP("BookingExport", "Plain CSV (one row per VAT rate)")),
)
HISTORY_COLUMNS = (
    QT_TRANSLATE_NOOP("BookingExport", "Exported"),
    QT_TRANSLATE_NOOP("BookingExport", "Format"),
    QT_TRANSLATE_NOOP("BookingExport", "File"),
    QT_TRANSLATE_NOOP("BookingExport", "Invoices"),
    QT_TRANSLATE_NOOP("BookingExport", "Total"),
)


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _money(amount: Decimal) -> str:
    return formats.money(amount)


def _invoices(count: int) -> str:
    return translate("BookingExport", "%n invoice(s)", None, count)


def _load(db: Database, case_id: int | None) -> tuple[int, Decimal, int, Decimal, list[ExportInfo]]:
    count, total = approved_summary(db)
    one_count, one_total = approved_summary(db, [case_id]) if case_id else (0, Decimal(0))
    return count, total, one_count, one_total, list_exports(db)


class BookingExportDialog(QDialog):
    """Export approved supplier invoices; save earlier exports again."""

    def __init__(
        self, db: Database, actor: Actor, case_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.case_id = db, actor, case_id
        self.result_info: ExportResult | None = None
        self.setWindowTitle(translate("BookingExport", "Export to booking"))
        self.setMinimumWidth(680)
        self.form = load_form("booking_export.ui", self)
        self.all_button = child(self.form, QRadioButton, "allButton")
        self.one_button = child(self.form, QRadioButton, "oneButton")
        self.one_button.setVisible(case_id is not None)
        self.format = child(self.form, QComboBox, "format")
        for key, label in FORMATS:
            self.format.addItem(translate("BookingExport", label), key)
        self.message = child(self.form, QLabel, "message")
        self.history = child(self.form, QTableWidget, "history")
        self.history.setColumnCount(5)
        self.history.setHorizontalHeaderLabels(
            [translate("BookingExport", c) for c in HISTORY_COLUMNS]
        )
        header = self.history.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the file name
        self.save_again = child(self.form, QPushButton, "saveAgain")
        # clicked passes ``checked`` (a bool), which is no target file: ask for one
        self.save_again.clicked.connect(lambda: self.save_selected_again())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            translate("BookingExport", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setEnabled(False)
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        self._exports: list[ExportInfo] = []
        self._outcome = ""
        self._build()
        self.reload()

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.addWidget(self.form, 1)
        lay.addWidget(self.buttons)

    def reload(self) -> None:
        """Load counts and earlier exports in the background."""
        run_task(_load, self.db, self.case_id, on_done=self._loaded, owner=self, label="")

    def _loaded(self, loaded: tuple[int, Decimal, int, Decimal, list[ExportInfo]]) -> None:
        count, total, one_count, one_total, exports = loaded
        self.all_button.setText(
            translate("BookingExport", "All approved supplier invoices ({count}, {total})").format(
                count=count, total=_money(total)
            )
        )
        if self.case_id is not None:
            self.one_button.setText(
                translate("BookingExport", "Only the selected invoice ({total})").format(
                    total=_money(one_total)
                )
            )
            self.one_button.setEnabled(one_count == 1)
            if one_count == 1:
                self.one_button.setChecked(True)
        self.export_button.setEnabled(count > 0)
        if not self._outcome:  # a finished export's message stays until the next one
            self.message.setText(
                translate(
                    "BookingExport", "Exported invoices move to <b>Booked</b> in the same step."
                )
                if count
                else translate(
                    "BookingExport", "There are no approved supplier invoices to export."
                )
            )
        self._exports = exports
        self.history.setRowCount(len(exports))
        for row, info in enumerate(exports):
            when = formats.date_time(info.created_at)
            cells = [when, info.format.upper(), info.filename, str(info.case_count),
                     _money(info.total_gross)]  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 3:
                    item.setTextAlignment(RIGHT)
                self.history.setItem(row, col, item)
        self.save_again.setEnabled(bool(exports))

    def choose_and_export(self, target: Path | None = None) -> None:
        """Ask where to save, then export and write the file."""
        fmt = str(self.format.currentData())
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("BookingExport", "Save booking file"),
                f"booking-{fmt}.csv",
                translate("BookingExport", "CSV files (*.csv)"),
            )
            if not name:
                return
            target = Path(name)
        ids = [self.case_id] if self.one_button.isChecked() and self.case_id else None
        self.export_button.setEnabled(False)
        self.message.setText(translate("BookingExport", "Exporting…"))
        run_task(
            export_approved,
            self.db,
            self.actor,
            fmt,
            ids,
            on_done=lambda result: self._exported(result, target),
            on_error=self._failed,
            owner=self,
            label=translate("BookingExport", "Booking export"),
        )

    def _exported(self, result: ExportResult, target: Path) -> None:
        self.result_info = result
        count = _invoices(len(result.case_ids))
        try:
            write_file(target, result.content)
        except OSError as exc:
            self._show_outcome(
                translate(
                    "BookingExport",
                    "{count} exported and booked, but {target} could not be written ({error}). "
                    "Use “Save again…” below.",
                ).format(count=count, target=target, error=exc.strerror)
            )
        else:
            self._show_outcome(
                translate(
                    "BookingExport", "{count} ({total}) exported to {target} and booked."
                ).format(count=count, total=_money(result.total_gross), target=target)
            )
        self.reload()

    def _show_outcome(self, text: str) -> None:
        self._outcome = text
        self.message.setText(text)

    def _failed(self, exc: BaseException) -> None:
        self._show_outcome(dialogs.error_text(exc))
        self.reload()

    def save_selected_again(self, target: Path | None = None) -> None:
        """Write the unchanged bytes of the selected earlier export to a file."""
        if not self._exports:  # nothing exported yet (the button may be clicked early)
            return
        row = self.history.currentRow()
        if not 0 <= row < len(self._exports):
            row = 0
        info = self._exports[row]
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("BookingExport", "Save booking file again"),
                info.filename,
                translate("BookingExport", "CSV files (*.csv)"),
            )
            if not name:
                return
            target = Path(name)
        run_task(
            export_content,
            self.db,
            info.id,
            on_done=lambda loaded: self._saved_again(target, loaded[1]),
            owner=self,
            label="",
        )

    def _saved_again(self, target: Path, content: bytes) -> None:
        try:
            write_file(target, content)
        except OSError as exc:
            dialogs.show_error(
                self,
                translate("BookingExport", "Save again"),
                translate("BookingExport", "{target} could not be written: {error}").format(
                    target=target, error=exc.strerror
                ),
            )
            return
        self._show_outcome(
            translate("BookingExport", "Saved again as {target}.").format(target=target)
        )


def open_dialog(window: DeskWindow, case_id: int | None) -> BookingExportDialog:
    """The booking export dialog (for one case, or for every bookable one)."""
    dialog = BookingExportDialog(window.db, window.actor, case_id, window)
    dialog.finished.connect(lambda _code: window.refresh())
    dialog.open()
    return dialog
