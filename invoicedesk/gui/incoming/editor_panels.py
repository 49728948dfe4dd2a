"""The parts of the invoice editor beside the fields: editable lines, checks, party, banner."""

from __future__ import annotations

import re
from decimal import Decimal
from html import escape

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.incoming.editor_labels import FIELD_LABELS
from invoicedesk.gui.incoming.numbers import shown, to_decimal
from invoicedesk.services.incoming.editing import EditorData, EditorLine

LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("IncomingEditor", "Description"),
    QT_TRANSLATE_NOOP("IncomingEditor", "Qty"),
    QT_TRANSLATE_NOOP("IncomingEditor", "Unit price"),
    QT_TRANSLATE_NOOP("IncomingEditor", "VAT %"),
    QT_TRANSLATE_NOOP("IncomingEditor", "Net"),
    QT_TRANSLATE_NOOP("IncomingEditor", "Cost account"),
    QT_TRANSLATE_NOOP("IncomingEditor", "Cost centre"),
)
_NUMBER_COLUMNS = {1: None, 2: 2, 3: None, 4: 2}  # column -> decimals (None: as many as it has)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LinesPanel(QWidget):
    """The line items, editable: add, remove, change; numbers in the clerk's locale."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(LINE_COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("IncomingEditor", c) for c in LINE_COLUMNS])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(translate("IncomingEditor", "Add line"))
        self.remove_button = QPushButton(translate("IncomingEditor", "Remove line"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(self.remove_line)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _item(self, text: str, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if column in _NUMBER_COLUMNS:
            item.setTextAlignment(_RIGHT)
        return item

    def set_lines(self, lines: list[EditorLine]) -> None:
        """Show the lines (without emitting ``changed``)."""
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            values = (line.description, line.quantity, line.unit_price, line.vat_rate, line.net,
                      line.cost_account, line.cost_centre)  # fmt: skip
            for column, value in enumerate(values):
                text = (
                    shown(value, _NUMBER_COLUMNS[column])
                    if isinstance(value, Decimal)
                    else str(value)
                )
                self.table.setItem(row, column, self._item(text, column))
        self.table.blockSignals(False)

    def add_line(self) -> None:
        """Append an empty line and start editing its description."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(len(LINE_COLUMNS)):
            self.table.setItem(row, column, self._item("", column))
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        first = self.table.item(row, 0)
        if first is not None:
            self.table.editItem(first)
        self.changed.emit()

    def remove_line(self) -> None:
        """Remove the selected line."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid changes."""
        triggers = (
            QAbstractItemView.EditTrigger.AllEditTriggers
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        self.table.setEditTriggers(triggers)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)

    def lines(self) -> list[EditorLine]:
        """The table as editor lines (cells that are not numbers count as zero)."""
        result = []
        for row in range(self.table.rowCount()):
            items = [self.table.item(row, c) for c in range(len(LINE_COLUMNS))]
            cells = [item.text() if item is not None else "" for item in items]
            result.append(EditorLine(cells[0], to_decimal(cells[1]), to_decimal(cells[2]),
                                     to_decimal(cells[3]), to_decimal(cells[4]), cells[5],
                                     cells[6]))  # fmt: skip
        return result


class ChecksPanel(QListWidget):
    """Findings, one per row and wrapped: validation rules with their text, duplicates (a
    double-click opens the other case), fields to check, notes of the read-out."""

    openCase = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemDoubleClicked.connect(self._open)

    def _add(self, text: str, icon: QStyle.StandardPixmap | None = None) -> QListWidgetItem:
        item = QListWidgetItem(_breakable(text))
        if icon is not None:
            item.setIcon(self.style().standardIcon(icon))
        self.addItem(item)
        return item

    def show_data(self, data: EditorData) -> int:
        """List the findings of ``data``; returns how many are warnings."""
        self.clear()
        warning = QStyle.StandardPixmap.SP_MessageBoxWarning
        info = QStyle.StandardPixmap.SP_MessageBoxInformation
        warnings = 0
        if data.einvoice_profile:
            self._add(translate("IncomingEditor", "E-invoice, profile {profile}: read exactly.")
                      .format(profile=data.einvoice_profile), info)  # fmt: skip
        for dup in data.duplicates:
            item = self._add(
                translate("IncomingEditor", "Possible duplicate of case {id}: {reason}").format(
                    id=dup["case_id"], reason=core_text(dup["reason"])
                ),
                warning,
            )
            item.setData(Qt.ItemDataRole.UserRole, int(dup["case_id"]))
            warnings += 1
        if data.validation:
            if data.validation.get("summary"):
                self._add(str(data.validation["summary"]), info)
            for finding in data.validation.get("violations", []):
                severity = warning if finding.get("severity") == "fatal" else info
                rule, text = str(finding["rule"]), str(finding["text"])
                self._add(text if text.startswith(rule) else f"{rule} — {text}", severity)
                warnings += finding.get("severity") == "fatal"
        low = [n for n in data.low_confidence() if n in data.fields]
        if low and not data.einvoice_profile:
            self._add(translate("IncomingEditor", "Check the highlighted fields: {fields}.")
                      .format(fields=", ".join(_field_label(n) for n in low)), warning)  # fmt: skip
            warnings += 1
        elif not data.einvoice_profile and data.fields:
            self._add(translate("IncomingEditor", "Read completely: every field is sure."), info)
        for note in data.notes:
            self._add(core_text(note), info)
        return warnings

    def sizeHint(self) -> QSize:
        """Room for a few wrapped findings."""
        return QSize(360, 240)

    def _open(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(case_id, int):
            self.openCase.emit(case_id)


_LONG_TOKEN = re.compile(r"([}/:,)])(?=\S)")


def _breakable(text: str) -> str:
    """Let long XML names wrap: a zero-width space after ``}`` ``/`` ``:`` ``,`` ``)``."""
    return _LONG_TOKEN.sub("\\1\u200b", text)


def _field_label(name: str) -> str:
    return translate("IncomingEditor", FIELD_LABELS[name])


class DuplicateBanner(QFrame):
    """A yellow bar over the fields when the invoice may have been taken in before."""

    openCase = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setAutoDefault(False)
        self.button.clicked.connect(lambda: self.openCase.emit(self._case_id))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._case_id: int = 0
        self.hide()

    def show_duplicates(self, duplicates: list[dict[str, object]]) -> None:
        """Show the first possible duplicate (hidden when there is none)."""
        if not duplicates:
            self.hide()
            return
        first = duplicates[0]
        self._case_id = int(str(first["case_id"]))
        self.label.setText(
            translate("IncomingEditor", "Possible duplicate of case {id}: {reason}").format(
                id=self._case_id, reason=core_text(str(first["reason"]))
            )
        )
        self.button.setText(translate("IncomingEditor", "Open case {id}").format(id=self._case_id))
        self.show()


def party_html(data: EditorData) -> str:
    """Everything read about the supplier, as rich text for the *Party* tab."""
    supplier = dict(data.details.get("supplier") or {})
    rows: list[tuple[str, str]] = [
        (translate("IncomingEditor", "Supplier"), escape(data.fields.get("supplier_name", ""))),
        (translate("IncomingEditor", "Address"),
         "<br>".join(escape(line) for line in supplier.get("address") or [])),
        (translate("IncomingEditor", "Country"), escape(supplier.get("country") or "")),
        (translate("IncomingEditor", "VAT ID"), escape(data.fields.get("supplier_vat_id", ""))),
        (translate("IncomingEditor", "IBAN"), escape(data.fields.get("iban", ""))),
    ]  # fmt: skip
    others = [v for v in data.details.get("vat_ids", []) if v != data.fields.get("supplier_vat_id")]
    if others:
        rows.append(
            (translate("IncomingEditor", "Other VAT IDs on the page"), escape(", ".join(others)))
        )
    ibans = [v for v in data.details.get("ibans", []) if v != data.fields.get("iban")]
    if ibans:
        rows.append(
            (translate("IncomingEditor", "Other IBANs on the page"), escape(", ".join(ibans)))
        )
    if data.details.get("buyer_names"):
        rows.append((translate("IncomingEditor", "Addressed to"),
                     escape(", ".join(data.details["buyer_names"]))))  # fmt: skip
    known = (
        translate("IncomingEditor", "known supplier, recognised by {how}").format(
            how=data.matched_by
        )
        if data.matched_by
        else translate("IncomingEditor", "not among the known suppliers")
    )
    rows.append((translate("IncomingEditor", "Supplier record"), escape(known)))
    cell = "<td style='color:#6b7280;padding-right:12px'>"
    body = "".join(
        f"<tr>{cell}{escape(label)}</td><td>{value}</td></tr>" for label, value in rows if value
    )
    return f"<table cellspacing='4'>{body}</table>"
