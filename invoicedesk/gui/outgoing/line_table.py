"""The editable line table of the draft editor: article, description, quantity, unit, price,
discount, VAT rate and the computed line net.

Cells are read in the user-interface locale's form or the plain one (``1.234,50`` and
``1234.50`` in German, :mod:`invoicedesk.gui.common.formats`) and shown in the locale's form
once typed (``39.90`` -> ``39,90``); a cell that is not a number turns red and
:meth:`LineTable.lines` reports it instead of guessing. The net column is computed by
:mod:`invoicedesk.domain.totals`, never typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from invoicedesk.domain.characters import check_printable
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.money import ZERO, to_decimal
from invoicedesk.domain.precision import check_line_figures
from invoicedesk.domain.tax import SupplyKind
from invoicedesk.domain.totals import LineInput, line_net
from invoicedesk.gui.common import formats
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.services.outgoing.drafts import DraftLine
from invoicedesk.services.outgoing.tax_treatment import AUTO

COLUMNS = (
    QT_TRANSLATE_NOOP("LineTable", "Article"),
    QT_TRANSLATE_NOOP("LineTable", "Description"),
    QT_TRANSLATE_NOOP("LineTable", "Qty"),
    QT_TRANSLATE_NOOP("LineTable", "Unit"),
    QT_TRANSLATE_NOOP("LineTable", "Unit price"),
    QT_TRANSLATE_NOOP("LineTable", "Disc. %"),
    QT_TRANSLATE_NOOP("LineTable", "VAT %"),
    QT_TRANSLATE_NOOP("LineTable", "Kind"),
    QT_TRANSLATE_NOOP("LineTable", "Net"),
)
ARTICLE, DESCRIPTION, QTY, UNIT, PRICE, DISCOUNT, VAT, KIND, NET = range(len(COLUMNS))
NUMERIC = (QTY, PRICE, DISCOUNT, VAT)
WIDTHS = {ARTICLE: 80, QTY: 60, UNIT: 96, PRICE: 90, DISCOUNT: 80, VAT: 60, KIND: 80, NET: 96}
#: goods or service (decides reverse charge vs intra-EU supply, export vs not taxable)
KINDS = {
    SupplyKind.GOODS.value: QT_TRANSLATE_NOOP("LineTable", "goods"),
    SupplyKind.SERVICE.value: QT_TRANSLATE_NOOP("LineTable", "service"),
}
#: UN/ECE Rec. 20 unit codes offered in the unit column, with the clerk's words for them
UNITS = {
    "C62": QT_TRANSLATE_NOOP("LineTable", "piece"),
    "H87": QT_TRANSLATE_NOOP("LineTable", "item"),
    "HUR": QT_TRANSLATE_NOOP("LineTable", "hour"),
    "DAY": QT_TRANSLATE_NOOP("LineTable", "day"),
    "MON": QT_TRANSLATE_NOOP("LineTable", "month"),
    "KGM": QT_TRANSLATE_NOOP("LineTable", "kg"),
    "MTR": QT_TRANSLATE_NOOP("LineTable", "metre"),
    "LTR": QT_TRANSLATE_NOOP("LineTable", "litre"),
    "LS": QT_TRANSLATE_NOOP("LineTable", "lump sum"),
    "SET": QT_TRANSLATE_NOOP("LineTable", "set"),
}
VAT_RATES = ("19", "7", "0")
ERROR_BRUSH = QBrush(QColor("#fde2e1"))
NET_BRUSH = QBrush(QColor("#f3f4f6"))
AnyIndex = QModelIndex | QPersistentModelIndex


def unit_text(code: str) -> str:
    """``HUR`` -> ``HUR – hour`` (what the unit cell shows)."""
    name = UNITS.get(code)
    return f"{code} – {translate('LineTable', name)}" if name else code


def kind_text(code: str) -> str:
    """``service`` -> the clerk's word for it (what the kind cell shows)."""
    return translate("LineTable", KINDS.get(code, KINDS[SupplyKind.GOODS.value]))


def kind_code(text: str) -> str:
    """The kind code of a kind cell's text (goods when unknown)."""
    for code, name in KINDS.items():
        if text.strip().lower() in (code, translate("LineTable", name).lower()):
            return code
    return SupplyKind.GOODS.value


def unit_code(text: str) -> str:
    """The code at the start of a unit cell's text."""
    return (text.split("–")[0].split()[0] if text.strip() else "C62").upper()


class _ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box with fixed suggestions for one column."""

    def __init__(self, choices: Sequence[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        """A combo box with the suggestions; the clerk may type another value."""
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.addItems(self.choices)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        """Show the cell's text in the combo box."""
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        """Write the chosen text back."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class LineTable(QTableWidget):
    """Draft lines in an editable table; ``changed`` fires after every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("lineTable")
        self.setHorizontalHeaderLabels([translate("LineTable", c) for c in COLUMNS])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        for column in (QTY, PRICE, DISCOUNT, VAT, NET):
            item = self.horizontalHeaderItem(column)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setItemDelegateForColumn(UNIT, _ChoiceDelegate([unit_text(c) for c in UNITS], self))
        self.setItemDelegateForColumn(VAT, _ChoiceDelegate(VAT_RATES, self))
        self.setItemDelegateForColumn(KIND, _ChoiceDelegate([kind_text(k) for k in KINDS], self))
        vat_header = self.horizontalHeaderItem(VAT)
        if vat_header is not None:
            vat_header.setToolTip(translate(
                "LineTable", "The domestic rate; reverse charge and tax-free supplies print 0 %."
            ))  # fmt: skip
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    # --- filling ----------------------------------------------------------------------------

    def set_lines(self, lines: Sequence[DraftLine]) -> None:
        """Show ``lines`` (replacing what is there)."""
        self._filling = True
        self.setRowCount(0)
        for line in lines:
            self._append(line)
        self._filling = False
        self._recompute()

    def add_line(self, vat_rate: str = "19") -> int:
        """Append an empty line and start editing its description; returns the row."""
        self._filling = True
        row = self._append(None, vat_rate)
        self._filling = False
        self.setCurrentCell(row, DESCRIPTION)
        item = self.item(row, DESCRIPTION)
        if item is not None and self.isVisible():
            self.editItem(item)
        self._recompute()
        return row

    def remove_selected(self) -> None:
        """Delete the selected lines."""
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        for row in rows:
            self.removeRow(row)
        self._recompute()

    def _append(self, line: DraftLine | None, vat_rate: str = "19") -> int:
        row = self.rowCount()
        self.insertRow(row)
        if line is None:
            texts = ["", "", "1", unit_text("C62"), "", "0", vat_rate, kind_text("goods"), ""]
        else:
            texts = [
                line.article_no or "", line.description, _plain(line.quantity),
                unit_text(line.unit), _price(line.unit_price), _plain(line.discount_percent),
                _plain(line.vat_rate), kind_text(line.kind), "",
            ]  # fmt: skip
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column in (*NUMERIC, NET):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == NET:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setBackground(NET_BRUSH)
            self.setItem(row, column, item)
        return row

    # --- reading ----------------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text().strip() if item is not None else ""

    def _number(self, row: int, column: int, problems: list[str]) -> Decimal | None:
        text = self._text(row, column)
        if not text and column == DISCOUNT:
            return ZERO
        try:
            return to_decimal(formats.ui().parse_decimal(text), COLUMNS[column])
        except (InvoiceDeskError, ValueError):
            problems.append(
                translate("LineTable", "Line {row}: {column} '{text}' is not a number.").format(
                    row=row + 1, column=translate("LineTable", COLUMNS[column]), text=text
                )
            )
            return None

    def _is_blank(self, row: int) -> bool:
        return not any(self._text(row, c) for c in (ARTICLE, DESCRIPTION, PRICE))

    def lines(self) -> tuple[list[DraftLine], list[str]]:
        """The lines as typed, and what keeps them from being saved. Blank rows are skipped."""
        lines: list[DraftLine] = []
        problems: list[str] = []
        for row in range(self.rowCount()):
            if self._is_blank(row):
                continue
            values = {c: self._number(row, c, problems) for c in NUMERIC}
            if any(v is None for v in values.values()):
                continue
            description = self._text(row, DESCRIPTION)
            if not description:
                problems.append(
                    translate("LineTable", "Line {row} has no description.").format(row=row + 1)
                )
            line = DraftLine(
                description=description,
                quantity=values[QTY] or ZERO,
                unit_price=values[PRICE] or ZERO,
                vat_rate=values[VAT] or ZERO,
                vat_category=AUTO,  # decided from the customer and the kind
                unit=unit_code(self._text(row, UNIT)),
                discount_percent=values[DISCOUNT] or ZERO,
                article_no=self._text(row, ARTICLE) or None,
                kind=kind_code(self._text(row, KIND)),
            )
            try:  # the precision rule and printable characters, as the core checks them
                check_line_figures(line.quantity, line.unit_price, line.discount_percent,
                                   line.vat_rate, line=row + 1)  # fmt: skip
                check_printable(description, line=row + 1)
            except InvoiceDeskError as exc:
                problems.append(core_text(exc.message))
                continue
            lines.append(line)
        return lines, problems

    # --- live net -----------------------------------------------------------------------

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() == NET:
            return
        if item.column() in NUMERIC:  # typed "39.90": shown as "39,90" in German
            kind = "price" if item.column() == PRICE else "quantity"
            tidy = formats.reformat(item.text(), kind)
            if tidy != item.text():
                self._filling = True
                item.setText(tidy)
                self._filling = False
        self._recompute()

    def _recompute(self) -> None:
        """Mark unreadable cells and fill the net column; then tell the editor."""
        self._filling = True
        for row in range(self.rowCount()):
            problems: list[str] = []
            values = {}
            for column in NUMERIC:
                cell = self.item(row, column)
                value = self._number(row, column, problems) if not self._is_blank(row) else ZERO
                bad = value is None and bool(self._text(row, column) or column != DISCOUNT)
                if cell is not None:
                    cell.setBackground(ERROR_BRUSH if bad else QBrush())
                values[column] = value
            net_text = ""
            if all(v is not None for v in values.values()) and not self._is_blank(row):
                rate = values[VAT] or ZERO  # the net does not depend on the rate
                try:
                    net_text = _money(
                        line_net(
                            LineInput(
                                quantity=values[QTY] or ZERO,
                                unit_price=values[PRICE] or ZERO,
                                vat_rate=rate,
                                discount_percent=values[DISCOUNT] or ZERO,
                            )
                        )
                    )
                except InvoiceDeskError:
                    net_text = "?"
            net = self.item(row, NET)
            if net is not None:
                net.setText(net_text)
        self._filling = False
        self.changed.emit()


def _plain(value: Decimal) -> str:
    """A quantity, discount or rate as entered, in the UI locale: ``2.50`` -> ``2,5``."""
    return formats.quantity(value)


def _price(value: Decimal) -> str:
    """A unit price with at least two decimals in the UI locale: ``289`` -> ``289,00``."""
    return formats.price(value)


def _money(value: Decimal) -> str:
    """A net amount with two decimals in the UI locale: ``1.234,50`` / ``1,234.50``."""
    return formats.amount(value)
