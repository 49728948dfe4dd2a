"""The orders table's model: filtered, sorted and paged in SQL, pages loaded in the background.

The model holds the rows fetched so far and the number of matching orders. When the view
scrolls near the end, Qt calls :meth:`OrdersModel.fetchMore`, which loads the next page of
:data:`~invoicedesk.services.orders.listing.PAGE_SIZE` rows with :func:`run_task`. A new filter or
sort starts again from the first page; results of an older load are dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from invoicedesk.gui.common import formats
from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.orders.listing import (
    PAGE_SIZE,
    OrderFilter,
    OrderRow,
    count_orders,
    order_page,
    order_row,
)
from invoicedesk.services.orders.orders import DELIVERY_LABELS, STAGE_LABELS
from invoicedesk.store.database import Database

#: (sort key, header)
COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("OrdersModel", "Order")),
    ("customer", QT_TRANSLATE_NOOP("OrdersModel", "Customer")),
    ("order_date", QT_TRANSLATE_NOOP("OrdersModel", "Order date")),
    ("stage", QT_TRANSLATE_NOOP("OrdersModel", "Stage")),
    ("approved", QT_TRANSLATE_NOOP("OrdersModel", "Approved")),
    ("delivery", QT_TRANSLATE_NOOP("OrdersModel", "Invoice delivery")),
    ("gross", QT_TRANSLATE_NOOP("OrdersModel", "Amount")),
    ("origin", QT_TRANSLATE_NOOP("OrdersModel", "Origin")),
    ("delivery_note", QT_TRANSLATE_NOOP("OrdersModel", "Delivery note")),
    ("invoice", QT_TRANSLATE_NOOP("OrdersModel", "Invoice")),
]
COLUMN = {key: i for i, (key, _title) in enumerate(COLUMNS)}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_STAGE_COLORS = {"won": QColor("#047857"), "canceled": QColor("#9ca3af")}


def cell_text(row: OrderRow, key: str) -> str:
    """The text of one cell."""
    if key == "number":
        return row.number
    if key == "customer":
        return row.customer
    if key == "order_date":
        return formats.date_text(row.order_date)
    if key == "stage":
        label = commerce_label(STAGE_LABELS.get(row.stage, row.stage))
        if row.stage == "won" and row.closed_on:
            return f"{label} {formats.date_text(row.closed_on)}"
        return label
    if key == "approved":
        return translate("OrdersModel", "✔ approved") if row.approved else "—"
    if key == "delivery":
        return commerce_label(DELIVERY_LABELS.get(row.delivery, row.delivery))
    if key == "gross":
        return formats.money(row.gross, row.currency)
    if key == "origin":
        return row.origin_text or translate("OrdersModel", "entered by hand")
    if key == "delivery_note":
        return row.delivery_note or ""
    return row.invoice_number or (translate("OrdersModel", "draft") if row.invoice_case_id else "")


class OrdersModel(QAbstractTableModel):
    """Rows of the orders table."""

    #: number of matching orders, after each (re)load
    counted = Signal(int)

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = OrderFilter()
        self.rows: list[OrderRow] = []
        self.total = 0
        self._loading = False
        self._generation = 0

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Fixed set of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("OrdersModel", COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and section == COLUMN["gross"]:
                return _RIGHT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, alignment, colour; ``ROW_ROLE`` gives the :class:`OrderRow`."""
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, key)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "gross":
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "stage" and row.stage in _STAGE_COLORS:
                return _STAGE_COLORS[row.stage]
            if key == "origin" and not row.origin:
                return QColor("#6b7280")
        if role == Qt.ItemDataRole.ToolTipRole and key == "invoice" and row.invoice_case_id:
            return translate("OrdersModel", "Double-click to open the invoice in the desk")
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """More rows match than are loaded."""
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Load the next page in the background."""
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        run_task(
            order_page,
            self.db,
            self.filter,
            len(self.rows),
            PAGE_SIZE,
            on_done=lambda rows: self._append(generation, rows),
            owner=self,
            label=translate("OrdersModel", "Loading orders"),
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column and reload from the first page."""
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][0]
        if (key, descending) != (self.filter.sort, self.filter.descending):
            self.set_filter(OrderFilter(self.filter.stage, self.filter.text, key, descending))

    # --- loading --------------------------------------------------------------------------

    def set_filter(self, flt: OrderFilter) -> None:
        """Show the orders matching ``flt``."""
        self.filter = flt
        self.reload(keep=False)

    def reload(self, keep: bool = True) -> None:
        """Count the matching orders and load the first page (in the background); ``keep``
        loads as many rows as are loaded now (a refresh keeps what was scrolled into view)."""
        self._generation += 1
        self._loading = True
        generation = self._generation
        size = max(PAGE_SIZE, len(self.rows)) if keep else PAGE_SIZE

        def load(db: Database, flt: OrderFilter) -> tuple[int, list[OrderRow]]:
            return count_orders(db, flt), order_page(db, flt, 0, size)

        run_task(
            load,
            self.db,
            self.filter,
            on_done=lambda r: self._reset(generation, *r),
            owner=self,
            label=translate("OrdersModel", "Loading orders"),
        )

    def _reset(self, generation: int, total: int, rows: list[OrderRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self.rows, self.total, self._loading = rows, total, False
        self.endResetModel()
        self.counted.emit(total)

    def _append(self, generation: int, rows: list[OrderRow]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if rows:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()
        else:  # fewer rows than counted (deleted meanwhile): stop asking
            self.total = len(self.rows)

    def refresh_order(self, order_id: int) -> None:
        """Reload one order's row after a change (in the background)."""

        def done(row: OrderRow | None) -> None:
            for i, old in enumerate(self.rows):
                if old.id == order_id and row is not None:
                    self.rows[i] = row
                    self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))

        run_task(
            order_row,
            self.db,
            order_id,
            on_done=done,
            owner=self,
            label=translate("OrdersModel", "Loading order"),
        )

    def row_of(self, order_id: int) -> int | None:
        """The table row of an order, if loaded."""
        return next((i for i, r in enumerate(self.rows) if r.id == order_id), None)
