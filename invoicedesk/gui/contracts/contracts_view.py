"""Service contracts: the list, *Take over as invoices* for a period, and *Merge invoices*.

Tab 1 lists the contracts (double-click edits). Tab 2 shows the invoices the contracts generate
for the chosen months and takes them over as pending invoices. Tab 3 lists the pending
invoices; the ticked ones (or all) are merged into collective invoices in the background, with
progress and a Cancel button.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.style import apply_style, set_empty_text
from invoicedesk.gui.common.tasks import CancelToken, run_task
from invoicedesk.gui.contracts.contract_editor import ContractEditor, billing_text, interval_text
from invoicedesk.gui.contracts.login_popup import cell
from invoicedesk.services.contracts.collective import MergeResult, merge
from invoicedesk.services.contracts.collective_query import PendingInvoice, list_pending
from invoicedesk.services.contracts.contracts import ContractRow, get_contract, list_contracts
from invoicedesk.services.contracts.takeover import (
    PlannedInvoice,
    TakeOverResult,
    earliest_unbilled,
    plan_take_over,
    take_over,
)
from invoicedesk.store.database import Database


def _table(columns: tuple[str, ...], name: str, stretch: int = 1) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels([translate("ContractsView", c) if c else "" for c in columns])
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for i, cells in enumerate(rows):
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(i, col, item)
    table.resizeColumnsToContents()  # the stretched column keeps the rest of the width


def _month(value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setDisplayFormat("MM.yyyy")
    edit.setCalendarPopup(True)
    return edit


class ContractsView(QWidget):
    """A top-level window with the three tabs; ``merged`` carries the new collective ids."""

    merged = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.db, self.actor = db, actor
        self.contracts: list[ContractRow] = []
        self.pending: list[PendingInvoice] = []
        self.window_chosen = False  # set once chosen (by the clerk or at the first load)
        self.setObjectName("contractsView")
        self.setWindowTitle(translate("ContractsView", "Service contracts"))
        self.resize(1100, 640)
        apply_style(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._contracts_tab(), translate("ContractsView", "Contracts"))
        self.tabs.addTab(self._take_over_tab(), translate("ContractsView", "Take over as invoices"))
        self.tabs.addTab(self._pending_tab(), translate("ContractsView", "Pending invoices"))
        self.status = QLabel("")
        self.status.setObjectName("contractsStatus")
        close = QPushButton(translate("ContractsView", "Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addLayout(bottom)
        self.reload()

    # --- tabs --------------------------------------------------------------------------------

    def _contracts_tab(self) -> QWidget:
        page = QWidget()
        cols = (
            QT_TRANSLATE_NOOP("ContractsView", "Number"),
            QT_TRANSLATE_NOOP("ContractsView", "Customer"),
            QT_TRANSLATE_NOOP("ContractsView", "Title"),
            QT_TRANSLATE_NOOP("ContractsView", "Interval"),
            QT_TRANSLATE_NOOP("ContractsView", "Billing"),
            QT_TRANSLATE_NOOP("ContractsView", "Next due"),
            QT_TRANSLATE_NOOP("ContractsView", "Net/period"),
        )
        self.contract_table = _table(cols, "contractTable", stretch=2)
        self.contract_table.doubleClicked.connect(lambda _i: self.edit_contract())
        set_empty_text(
            self.contract_table,
            translate("ContractsView", "No service contracts yet — add one with New contract…"),
        )
        new = QPushButton(translate("ContractsView", "New contract…"))
        edit = QPushButton(translate("ContractsView", "Edit…"))
        new.clicked.connect(lambda: self._open_editor(None))
        edit.clicked.connect(self.edit_contract)
        bar = QHBoxLayout()
        bar.addWidget(new)
        bar.addWidget(edit)
        bar.addStretch(1)
        lay = QVBoxLayout(page)
        lay.addLayout(bar)
        lay.addWidget(self.contract_table)
        return page

    def _take_over_tab(self) -> QWidget:
        page = QWidget()
        year = QDate.currentDate().year() + 1
        self.window_from = _month(QDate(year, 1, 1))
        self.window_to = _month(QDate(year, 12, 1))
        for edit in (self.window_from, self.window_to):
            edit.editingFinished.connect(self._window_chosen)
        show = QPushButton(translate("ContractsView", "Show invoices"))
        run = QPushButton(translate("ContractsView", "Take over as invoices"))
        show.clicked.connect(self.show_plan)
        run.clicked.connect(self.take_over)
        bar = QHBoxLayout()
        months, to = (
            QLabel(translate("ContractsView", "Months")),
            QLabel(translate("ContractsView", "to")),
        )
        for w in (months, self.window_from, to, self.window_to, show):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(run)
        cols = (
            QT_TRANSLATE_NOOP("ContractsView", "Customer"),
            QT_TRANSLATE_NOOP("ContractsView", "Contract"),
            QT_TRANSLATE_NOOP("ContractsView", "Period"),
            QT_TRANSLATE_NOOP("ContractsView", "Billed on"),
            QT_TRANSLATE_NOOP("ContractsView", "Gross"),
            "",
        )
        self.plan_table = _table(cols, "planTable", stretch=0)
        lay = QVBoxLayout(page)
        lay.addLayout(bar)
        lay.addWidget(self.plan_table)
        return page

    def _pending_tab(self) -> QWidget:
        page = QWidget()
        pending_cols = (
            "",
            QT_TRANSLATE_NOOP("ContractsView", "Customer"),
            QT_TRANSLATE_NOOP("ContractsView", "Contract"),
            QT_TRANSLATE_NOOP("ContractsView", "Period"),
            QT_TRANSLATE_NOOP("ContractsView", "Gross"),
        )
        self.pending_table = _table(pending_cols, "pendingTable")
        self.per_invoice = QSpinBox()
        self.per_invoice.setRange(0, 12)
        self.per_invoice.setSpecialValueText(translate("ContractsView", "all"))
        self.per_invoice.setToolTip(
            translate("ContractsView", "How many periods one collective invoice covers at most")
        )
        ticked = QPushButton(translate("ContractsView", "Merge ticked"))
        everything = QPushButton(translate("ContractsView", "Merge all"))
        ticked.clicked.connect(lambda: self.merge(only_ticked=True))
        everything.clicked.connect(lambda: self.merge(only_ticked=False))
        bar = QHBoxLayout()
        bar.addWidget(QLabel(translate("ContractsView", "Periods per collective invoice")))
        bar.addWidget(self.per_invoice)
        bar.addStretch(1)
        bar.addWidget(ticked)
        bar.addWidget(everything)
        lay = QVBoxLayout(page)
        lay.addWidget(self.pending_table)
        lay.addLayout(bar)
        return page

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Load contracts and pending invoices."""
        run_task(list_contracts, self.db, on_done=self._show_contracts, owner=self)
        run_task(list_pending, self.db, on_done=self._show_pending, owner=self)
        if not self.window_chosen:
            run_task(earliest_unbilled, self.db, on_done=self._start_at, owner=self)

    def _window_chosen(self) -> None:
        self.window_chosen = True

    def _start_at(self, first: object) -> None:
        """Start the months at the earliest period never taken over (unbilled periods of
        the past are shown, first), and show what the window generates."""
        if self.window_chosen or first is None:
            return
        self.window_chosen = True  # once: later reloads keep the months shown
        start = QDate(first.year, first.month, 1)  # type: ignore[attr-defined]
        if start < self.window_from.date():
            self.window_from.setDate(start)
            self.show_plan()

    def _show_contracts(self, rows: list[ContractRow]) -> None:
        self.contracts = rows
        _fill(
            self.contract_table,
            [
                [
                    r.number,
                    r.party_name,
                    r.title,
                    interval_text(r.interval_months),
                    billing_text(r.billing),
                    formats.date_text(r.next_due)
                    if r.next_due
                    else translate("ContractsView", "ended"),
                    formats.amount(r.net_per_period),
                ]
                for r in rows
            ],
            right=(6,),
        )

    def _show_pending(self, rows: list[PendingInvoice]) -> None:
        self.pending = rows
        _fill(
            self.pending_table,
            [
                [
                    "",
                    r.party_name,
                    f"{r.contract_number} {r.contract_title}",
                    formats.date_range(r.period_start, r.period_end),
                    formats.money(r.gross, r.currency),
                ]
                for r in rows
            ],
            right=(4,),
        )
        for i in range(len(rows)):
            tick = cell(self.pending_table, i, 0)
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Unchecked)
        self.tabs.setTabText(
            2, translate("ContractsView", "Pending invoices ({count})").format(count=len(rows))
        )

    # --- contracts -----------------------------------------------------------------------------

    def edit_contract(self) -> None:
        """Open the selected contract in the editor."""
        i = self.contract_table.currentRow()
        if 0 <= i < len(self.contracts):
            run_task(
                get_contract, self.db, self.contracts[i].id, on_done=self._open_editor, owner=self
            )

    def _open_editor(self, view: object) -> None:
        editor = ContractEditor(self.db, self.actor, view, self)  # type: ignore[arg-type]
        if editor.exec() and editor.saved is not None:
            self.status.setText(
                translate("ContractsView", "Contract {number} saved.").format(
                    number=editor.saved.number
                )
            )
            self.reload()

    # --- take over ---------------------------------------------------------------------------

    def _window(self) -> tuple[object, object]:
        first = self.window_from.date()
        last = self.window_to.date()
        last = QDate(last.year(), last.month(), last.daysInMonth())
        return QDate(first.year(), first.month(), 1).toPython(), last.toPython()

    def show_plan(self) -> None:
        """Show the invoices the contracts generate for the months chosen."""
        run_task(
            plan_take_over,
            self.db,
            *self._window(),
            on_done=self._show_plan,
            owner=self,
            on_error=self._error,
            label=translate("ContractsView", "Planning invoices"),
        )

    def _show_plan(self, plan: list[PlannedInvoice]) -> None:
        _fill(
            self.plan_table,
            [
                [
                    p.party_name,
                    p.contract_number,
                    formats.date_range(p.period_start, p.period_end),
                    formats.date_text(p.billing_date),
                    formats.amount(p.gross),
                    translate("ContractsView", "taken over")
                    if p.taken_over
                    else translate("ContractsView", "new"),
                ]
                for p in plan
            ],
            right=(4,),
        )
        new = sum(1 for p in plan if not p.taken_over)
        today = date.today()
        past = sum(1 for p in plan if not p.taken_over and p.billing_date <= today)
        for i, p in enumerate(plan):
            if not p.taken_over and p.billing_date <= today:
                for col in range(self.plan_table.columnCount()):
                    font = cell(self.plan_table, i, col).font()
                    font.setBold(True)
                    cell(self.plan_table, i, col).setFont(font)
        if past:
            self.plan_table.resizeColumnsToContents()  # the bold rows are wider
        text = translate(
            "ContractsView",
            "%n invoice(s) in these months, {new} not taken over yet.",
            None,
            len(plan),
        ).format(new=new)
        if past:
            text += " " + translate(
                "ContractsView", "{past} of them were due already and are shown first."
            ).format(past=past)
        self.status.setText(text)

    def take_over(self) -> None:
        """Write the pending invoices of the chosen months."""
        run_task(
            take_over,
            self.db,
            self.actor,
            *self._window(),
            on_done=self._taken,
            on_error=self._error,
            owner=self,
            label=translate("ContractsView", "Taking over invoices"),
        )

    def _taken(self, result: TakeOverResult) -> None:
        self.status.setText(
            translate(
                "ContractsView", "Took over {created} invoices ({existing} existed already)."
            ).format(created=result.created, existing=result.existing)
        )
        self.reload()
        self.show_plan()
        if result.created:
            self.tabs.setCurrentIndex(2)

    # --- merge -------------------------------------------------------------------------------

    def ticked_ids(self) -> list[int]:
        """Ids of the ticked pending invoices."""
        return [
            self.pending[i].id
            for i in range(self.pending_table.rowCount())
            if cell(self.pending_table, i, 0).checkState() == Qt.CheckState.Checked
        ]

    def merge(self, *, only_ticked: bool) -> None:
        """Merge in the background with a progress dialog that can cancel."""
        ids = self.ticked_ids() if only_ticked else None
        if only_ticked and not ids:
            self.status.setText(translate("ContractsView", "Tick the invoices to merge first."))
            return
        token = CancelToken()
        self.progress = QProgressDialog(
            translate("ContractsView", "Merging invoices…"),
            translate("ContractsView", "Cancel"),
            0,
            0,
            self,
        )
        self.progress.setWindowTitle(translate("ContractsView", "Merge invoices"))
        self.progress.setMinimumDuration(400)
        self.progress.canceled.connect(token.cancel)
        per = self.per_invoice.value() or None
        run_task(
            merge,
            self.db,
            self.actor,
            ids,
            periods_per_invoice=per,
            cancel_token=token,
            on_progress=self._merge_progress,
            on_done=self._merged,
            on_error=self._error,
            owner=self,
            label=translate("ContractsView", "Merging invoices"),
        )

    def _merge_progress(self, done: int, total: int, text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setLabelText(
            translate("ContractsView", "Merging invoices… {done} of {total}: {text}").format(
                done=done, total=total, text=core_text(text)
            )
        )

    def _merged(self, result: MergeResult) -> None:
        self.progress.reset()
        text = (
            translate("ContractsView", "Merged {invoices} into {collectives} (stopped).")
            if result.cancelled
            else translate("ContractsView", "Merged {invoices} into {collectives}.")
        )
        invoices = translate("ContractsView", "%n invoice(s)", None, result.invoices_in)
        collectives = translate(
            "ContractsView", "%n collective invoice(s)", None, len(result.collective_ids)
        )
        self.status.setText(text.format(invoices=invoices, collectives=collectives))
        self.reload()
        self.merged.emit(result.collective_ids)

    def _error(self, exc: BaseException) -> None:
        if hasattr(self, "progress"):
            self.progress.reset()
        dialogs.show_error(
            self, translate("ContractsView", "Service contracts"), dialogs.error_text(exc)
        )
