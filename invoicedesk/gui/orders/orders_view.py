"""Tools → Sales orders…: the orders list with stage filter and search, and what a clerk does
with an order: enter or change it, set its stage, approve it for invoicing, create and open its
delivery note, and open its invoice in the desk.

The list is filtered, sorted and paged in SQL (:mod:`invoicedesk.gui.orders.orders_model`); every
change runs in the background through :mod:`invoicedesk.services.orders.orders`, and refusals are
shown as messages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.opener import Opener, open_with_system, temp_copy
from invoicedesk.gui.common.style import apply_style, set_empty_text, style_table
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.orders.order_editor import OrderEditor
from invoicedesk.gui.orders.orders_model import COLUMN, ROW_ROLE, OrdersModel
from invoicedesk.services.orders.delivery_notes import create_delivery_note, delivery_note_pdf
from invoicedesk.services.orders.listing import OrderFilter, OrderRow
from invoicedesk.services.orders.orders import STAGE_LABELS, STAGES, change_stage, set_approved
from invoicedesk.store.database import Database

SEARCH_DELAY_MS = 300
#: column widths a clerk can read without resizing (the customer column takes the rest)
WIDTHS = {
    "number": 130,
    "order_date": 112,
    "stage": 180,
    "approved": 112,
    "delivery": 136,
    "gross": 110,
    "origin": 130,
    "delivery_note": 120,
    "invoice": 120,
}


def delivery_note_file(db: Database, actor: Actor, order_id: int, create: bool) -> Path:
    """Worker: create the delivery note if asked, and write its PDF to a temp file."""
    if create:
        create_delivery_note(db, actor, order_id)
    name, content = delivery_note_pdf(db, order_id)
    return temp_copy(name, content)


class OrdersView(QWidget):
    """A top-level window: filters and actions above the orders table."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        opener: Opener = open_with_system,
        open_case: Callable[[int], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor, self.opener, self.open_case = db, actor, opener, open_case
        self.editor: OrderEditor | None = None
        self.setObjectName("ordersView")
        self.setWindowTitle(translate("OrdersView", "Sales orders"))
        self.resize(1320, 680)
        apply_style(self)
        self.model = OrdersModel(db, self)
        self.stage_filter = QComboBox()
        self.stage_filter.setObjectName("stageFilter")
        self.stage_filter.addItem(translate("OrdersView", "All stages"), None)
        for stage in STAGES:
            self.stage_filter.addItem(commerce_label(STAGE_LABELS[stage]), stage)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(
            translate("OrdersView", "Search order, customer, shop id, delivery note, invoice…")
        )
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.new_button = QPushButton(translate("OrdersView", "New order…"))
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button = QPushButton(translate("OrdersView", "Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.stage_button = QPushButton(translate("OrdersView", "Set stage"))
        stage_menu = QMenu(self.stage_button)
        self.stage_actions: dict[str, QAction] = {}
        for stage in STAGES:
            action = stage_menu.addAction(commerce_label(STAGE_LABELS[stage]))
            action.triggered.connect(lambda _c=False, s=stage: self.set_stage(s))
            self.stage_actions[stage] = action
        self.stage_button.setMenu(stage_menu)
        self.approve_button = QPushButton(translate("OrdersView", "Approve for invoicing"))
        self.approve_button.clicked.connect(self.toggle_approved)
        self.note_button = QPushButton(translate("OrdersView", "Delivery note"))
        self.note_button.clicked.connect(self.delivery_note)
        self.invoice_button = QPushButton(translate("OrdersView", "Open invoice"))
        self.invoice_button.clicked.connect(self.show_invoice)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(translate("OrdersView", "Stage")))
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.search, 1)
        actions = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.stage_button,
            self.approve_button,
            self.note_button,
            self.invoice_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        self.table = QTableView()
        self.table.setObjectName("orderTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            COLUMN["order_date"], Qt.SortOrder.DescendingOrder
        )
        self.table.setWordWrap(False)
        style_table(self.table)
        set_empty_text(
            self.table,
            translate(
                "OrdersView",
                "No orders match — clear the search or the stage, or add one with New order…",
            ),
        )
        header = self.table.horizontalHeader()
        for key, width in WIDTHS.items():
            self.table.setColumnWidth(COLUMN[key], width)
        header.setSectionResizeMode(COLUMN["customer"], QHeaderView.ResizeMode.Stretch)
        # a new order starts at the top (else Qt would fetch the next page at once)
        header.sortIndicatorChanged.connect(lambda *_a: self.table.scrollToTop())
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.model.counted.connect(self._counted)
        self.status = QLabel(translate("OrdersView", "Loading orders…"))
        self.status.setObjectName("ordersStatus")
        lay = QVBoxLayout(self)
        lay.addLayout(filters)
        lay.addLayout(actions)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.status)
        self._update_buttons()
        self.model.reload()

    # --- list -------------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the orders of the chosen stage matching the search text."""
        old = self.model.filter
        flt = OrderFilter(
            self.stage_filter.currentData(), self.search.text(), old.sort, old.descending
        )
        self.table.scrollToTop()
        self.model.set_filter(flt)

    def _counted(self, total: int) -> None:
        self.status.setText(
            translate("OrdersView", "%Ln order(s)", None, total)
            if total
            else translate("OrdersView", "No orders match.")
        )

    def selected(self) -> OrderRow | None:
        """The order of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def select_order(self, order_id: int) -> None:
        """Select an order's row if it is loaded."""
        row = self.model.row_of(order_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        row = self.selected()
        invoiced = row is not None and row.invoice_case_id is not None
        for b in (self.edit_button, self.stage_button, self.note_button):
            b.setEnabled(row is not None)
        self.approve_button.setEnabled(row is not None and not invoiced)
        self.invoice_button.setEnabled(invoiced and self.open_case is not None)
        self.approve_button.setText(
            translate("OrdersView", "Withdraw approval")
            if row is not None and row.approved
            else translate("OrdersView", "Approve for invoicing")
        )
        self.note_button.setText(
            translate("OrdersView", "Open delivery note")
            if row is not None and row.delivery_note
            else translate("OrdersView", "Create delivery note")
        )
        for stage, action in self.stage_actions.items():
            action.setEnabled(row is not None and not invoiced and row.stage != stage)

    def _double_clicked(self, index: QModelIndex) -> None:
        row: OrderRow = self.model.data(index, ROW_ROLE)
        if index.column() == COLUMN["invoice"] and row.invoice_case_id is not None:
            self.show_invoice()
        elif index.column() == COLUMN["delivery_note"] and row.delivery_note:
            self.delivery_note()
        else:
            self.edit_selected()

    # --- actions ----------------------------------------------------------------------------

    def open_editor(self, order_id: int | None) -> OrderEditor:
        """Open the order editor (``None``: a new order); the list follows when it is saved."""
        editor = OrderEditor(self.db, self.actor, order_id, self)
        editor.accepted.connect(lambda: self._saved(editor))
        editor.open()
        self.editor = editor
        return editor

    def _saved(self, editor: OrderEditor) -> None:
        if editor.saved is not None and editor.saved.id == self.order_id_of_selection():
            self.model.refresh_order(editor.saved.id)
        else:
            self.model.reload()

    def order_id_of_selection(self) -> int | None:
        """The id of the selected order."""
        row = self.selected()
        return row.id if row else None

    def edit_selected(self) -> None:
        """Open the selected order in the editor."""
        row = self.selected()
        if row is not None:
            self.open_editor(row.id)

    def _run(self, title: str, fn: Callable[..., object], *args: object, label: str) -> None:
        row = self.selected()
        if row is None:
            return
        order_id = row.id
        run_task(
            fn,
            self.db,
            self.actor,
            order_id,
            *args,
            on_done=lambda _r: self.model.refresh_order(order_id),
            on_error=lambda exc: dialogs.show_error(self, title, dialogs.error_text(exc)),
            owner=self,
            label=label,
        )

    def set_stage(self, stage: str) -> None:
        """Move the selected order to ``stage``."""
        self._run(
            translate("OrdersView", "Stage not changed"),
            change_stage,
            stage,
            label=translate("OrdersView", "Changing order stage"),
        )

    def toggle_approved(self) -> None:
        """Approve the selected order for invoicing (or withdraw the approval)."""
        row = self.selected()
        if row is not None:
            self._run(
                translate("OrdersView", "Approval not changed"),
                set_approved,
                not row.approved,
                label=translate("OrdersView", "Approving order"),
            )

    def delivery_note(self) -> None:
        """Create the selected order's delivery note (if it has none) and open the PDF."""
        row = self.selected()
        if row is None:
            return
        order_id, create = row.id, not row.delivery_note

        def done(path: Path) -> None:
            if create:
                self.model.refresh_order(order_id)
            if not self.opener(path):
                dialogs.show_error(
                    self,
                    translate("OrdersView", "Delivery note"),
                    translate("OrdersView", "No program could open {path}.").format(path=path),
                )

        run_task(
            delivery_note_file,
            self.db,
            self.actor,
            order_id,
            create,
            on_done=done,
            on_error=lambda exc: dialogs.show_error(
                self, translate("OrdersView", "Delivery note"), dialogs.error_text(exc)
            ),
            owner=self,
            label=translate("OrdersView", "Creating delivery note")
            if create
            else translate("OrdersView", "Opening delivery note"),
        )

    def show_invoice(self) -> None:
        """Bring the selected order's invoice case up in the desk."""
        row = self.selected()
        if row is not None and row.invoice_case_id is not None and self.open_case is not None:
            self.open_case(row.invoice_case_id)
