"""Tools → Billing run…: the two-step Invoice Manager (seed 002).

Step 1 picks a saved billing scenario (or resumes an unfinished run); step 2 shows its rules,
**Fetch** lists the matching orders with action and pre-flight check, **Process** creates
the invoices in the background (:func:`run_task`, progress, *Cancel*), and every row ends
*Processed* (PDF icon opens the invoice) or *Failed* with the reason. A summary follows.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui import dialogs
from invoicedesk.gui.billing_print import POOL, SharedRenderPool, print_batch, summary_html
from invoicedesk.gui.billing_rules_form import RulesForm, ScenarioDialog
from invoicedesk.gui.billing_table import (
    ACTION,
    ACTION_CODES,
    CUSTOMER,
    INVOICE,
    ActionDelegate,
    BillingRowsModel,
    Row,
    money_text,
)
from invoicedesk.gui.commerce_labels import commerce_label
from invoicedesk.gui.core_messages import core_text
from invoicedesk.gui.i18n import translate
from invoicedesk.gui.opener import Opener, open_with_system, temp_copy
from invoicedesk.gui.tasks import CancelToken, run_task
from invoicedesk.services import billing_runs as br
from invoicedesk.services.billing_process import process_run
from invoicedesk.services.billing_rules import customer_groups
from invoicedesk.services.billing_scenarios import (
    Scenario,
    delete_scenario,
    list_scenarios,
    save_scenario,
)
from invoicedesk.services.issuing import invoice_pdf
from invoicedesk.services.orders import DELIVERY_LABELS
from invoicedesk.store.database import Database

if TYPE_CHECKING:
    from invoicedesk.gui.main_window import MainWindow


def _groups(db: Database) -> list[str]:
    with db.read() as s:
        return customer_groups(s)


def _process(db: Database, actor: Actor, run_id: int, pool: Any, progress: Any, cancel: Any) -> Any:
    """Worker: process (or resume) the run with the shared pool (``pool=None``: in-process)."""
    render = pool.get() if pool is not None else None
    return process_run(db, actor, run_id, pool=render, progress=progress, cancel=cancel, force=True)


def _open_pdf(db: Database, case_id: int) -> Path:
    with db.read() as s:
        name, content, _sha = invoice_pdf(s, case_id)
    return temp_copy(name, content)


class BillingWizard(QDialog):
    """The billing run dialog."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        opener: Opener = open_with_system,
        parent: QWidget | None = None,
        pool: SharedRenderPool | None = POOL,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.opener, self.pool = db, actor, opener, pool
        self.setWindowTitle(translate("BillingWizard", "Billing run — Invoice Manager"))
        self.scenarios: list[Scenario] = []
        self.scenario: Scenario | None = None
        self.run_id: int | None = None
        self.token: CancelToken | None = None
        self.summary: br.RunSummary | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_step1())
        self.stack.addWidget(self._build_step2())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(1180, 680)
        self._load_scenarios()

    # --- step 1 ---------------------------------------------------------------------------

    def _build_step1(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        title = QLabel(
            "<b>{}</b>".format(
                escape(translate("BillingWizard", "Step 1 of 2 — Select a billing scenario"))
            )
        )
        v.addWidget(title)
        self.scenario_list = QListWidget()
        self.scenario_list.currentRowChanged.connect(self._scenario_selected)
        self.scenario_list.itemDoubleClicked.connect(lambda _i: self._next())
        self.scenario_text = QLabel()
        self.scenario_text.setWordWrap(True)
        self.scenario_text.setStyleSheet("color: #4b5563; padding: 4px 2px")
        buttons = QHBoxLayout()
        for text, slot in (
            (translate("BillingWizard", "New…"), self._new_scenario),
            (translate("BillingWizard", "Edit…"), self._edit_scenario),
            (translate("BillingWizard", "Delete"), self._delete_scenario),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        v.addWidget(self.scenario_list, 3)
        v.addWidget(self.scenario_text)
        v.addLayout(buttons)
        v.addWidget(
            QLabel(
                translate(
                    "BillingWizard",
                    "<b>Unfinished runs</b> (cancelled or interrupted; resume them)",
                )
            )
        )
        self.unfinished = QListWidget()
        v.addWidget(self.unfinished, 1)
        bottom = QHBoxLayout()
        self.resume_button = QPushButton(translate("BillingWizard", "Resume run"))
        self.resume_button.clicked.connect(self._resume_selected)
        bottom.addWidget(self.resume_button)
        bottom.addStretch(1)
        self.next_button = QPushButton(translate("BillingWizard", "Next >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        close = QPushButton(translate("BillingWizard", "Close"))
        close.clicked.connect(self.reject)
        bottom.addWidget(self.next_button)
        bottom.addWidget(close)
        v.addLayout(bottom)
        return page

    def _load_scenarios(self) -> None:
        def done(result: tuple[list[Scenario], list[br.RunSummary], list[str]]) -> None:
            self.scenarios, runs, self.groups = result
            self.scenario_list.clear()
            for sc in self.scenarios:
                self.scenario_list.addItem(sc.name)
            if self.scenarios:
                self.scenario_list.setCurrentRow(0)
                self.scenario_list.setFocus()
            self.unfinished.clear()
            for sm in runs:
                when = sm.created_at.astimezone().strftime("%d.%m.%Y %H:%M")
                text = translate(
                    "BillingWizard",
                    "Run {run} · {scenario} · {when} · "
                    "{processed} processed, {open} to do, {failed} failed",
                ).format(
                    run=sm.run_id,
                    scenario=sm.scenario or translate("BillingWizard", "no scenario"),
                    when=when,
                    processed=sm.processed,
                    open=sm.open,
                    failed=sm.failed,
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, sm.run_id)
                self.unfinished.addItem(item)
            self.resume_button.setEnabled(bool(runs))

        def load(db: Database) -> tuple[list[Scenario], list[br.RunSummary], list[str]]:
            return list_scenarios(db), br.unfinished_runs(db), _groups(db)

        run_task(
            load,
            self.db,
            on_done=done,
            owner=self,
            label=translate("BillingWizard", "Loading billing scenarios"),
        )

    def _scenario_selected(self, row: int) -> None:
        if 0 <= row < len(self.scenarios):
            sc = self.scenarios[row]
            text = sc.rules.describe(date.today())
            self.scenario_text.setText(f"{sc.description}\n{text}." if sc.description else text)

    def _current(self) -> Scenario | None:
        row = self.scenario_list.currentRow()
        return self.scenarios[row] if 0 <= row < len(self.scenarios) else None

    def _new_scenario(self) -> None:
        self._edit(None)

    def _edit_scenario(self) -> None:
        if self._current() is not None:
            self._edit(self._current())

    def _edit(self, scenario: Scenario | None) -> None:
        dlg = ScenarioDialog(getattr(self, "groups", []), scenario, self)
        if dlg.exec() and dlg.result_scenario is not None:
            run_task(
                save_scenario,
                self.db,
                dlg.result_scenario,
                owner=self,
                on_done=lambda _s: self._load_scenarios(),
                label=translate("BillingWizard", "Saving scenario"),
            )

    def _delete_scenario(self) -> None:
        sc = self._current()
        if sc is None or sc.id is None:
            return
        answer = QMessageBox.question(
            self,
            translate("BillingWizard", "Delete scenario"),
            translate("BillingWizard", "Delete the scenario {name}?").format(name=sc.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_task(
                delete_scenario,
                self.db,
                sc.id,
                owner=self,
                on_done=lambda _r: self._load_scenarios(),
                label=translate("BillingWizard", "Deleting scenario"),
            )

    def _next(self) -> None:
        sc = self._current()
        if sc is None:
            return
        self.scenario = sc
        self.form.set_scenario(sc)
        self.step2_title.setText(
            "<b>{}</b>".format(
                escape(
                    translate(
                        "BillingWizard", "Step 2 of 2 — {name}: set the rules and fetch"
                    ).format(name=sc.name)
                )
            )
        )
        self.stack.setCurrentIndex(1)

    # --- step 2 ---------------------------------------------------------------------------

    def _build_step2(self) -> QWidget:
        page = QWidget()
        v = QVBoxLayout(page)
        self.step2_title = QLabel()
        v.addWidget(self.step2_title)
        top = QHBoxLayout()
        self.form = RulesForm([], page)
        top.addWidget(self.form, 3)
        side = QVBoxLayout()
        self.fetch_button = QPushButton(translate("BillingWizard", "Fetch orders"))
        self.fetch_button.clicked.connect(self.fetch)
        side.addWidget(self.fetch_button)
        side.addStretch(1)
        top.addLayout(side, 1)
        v.addLayout(top)
        self.model = BillingRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ACTION, ActionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((28, 124, 0, 84, 112, 96, 150, 130, 124, 84)):
            if width:
                self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._cell_clicked)
        self.model.dataChanged.connect(self._rows_changed)
        v.addWidget(self.table, 1)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(translate("BillingWizard", "Action for selected rows:")))
        self.bulk_action = QComboBox()
        for code in ACTION_CODES:
            self.bulk_action.addItem(commerce_label(DELIVERY_LABELS[code]), code)
        tools.addWidget(self.bulk_action)
        apply_button = QPushButton(translate("BillingWizard", "Apply"))
        apply_button.clicked.connect(self._apply_bulk)
        tools.addWidget(apply_button)
        tools.addSpacing(16)
        self.counts = QLabel()
        tools.addWidget(self.counts, 1)
        v.addLayout(tools)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        v.addWidget(self.progress)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        v.addWidget(self.summary_label)
        bottom = QHBoxLayout()
        self.back_button = QPushButton(translate("BillingWizard", "< Back"))
        self.back_button.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        bottom.addWidget(self.back_button)
        self.print_list_button = QPushButton(translate("BillingWizard", "Print list…"))
        self.print_list_button.clicked.connect(self.print_list)
        self.print_invoices_button = QPushButton(
            translate("BillingWizard", "Open invoices to print")
        )
        self.print_invoices_button.clicked.connect(self._open_print_batch)
        for b in (self.print_list_button, self.print_invoices_button):
            b.setEnabled(False)
            bottom.addWidget(b)
        bottom.addStretch(1)
        self.process_button = QPushButton(translate("BillingWizard", "Process invoices"))
        self.process_button.setEnabled(False)
        self.process_button.clicked.connect(self.process)
        self.cancel_button = QPushButton(translate("BillingWizard", "Cancel run"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel)
        close = QPushButton(translate("BillingWizard", "Close"))
        close.clicked.connect(self.reject)
        for b in (self.process_button, self.cancel_button, close):
            bottom.addWidget(b)
        v.addLayout(bottom)
        return page

    def fetch(self) -> None:
        """Fetch the orders matching the rules (in the background)."""
        try:
            rules = self.form.rules()
        except InvoiceDeskError as exc:
            dialogs.show_error(self, translate("BillingWizard", "Billing run"), core_text(exc))
            return
        self.run_id, self.summary = None, None
        self.model.locked = False
        self.summary_label.clear()
        self.fetch_button.setEnabled(False)
        run_task(
            br.fetch,
            self.db,
            rules,
            self.form.default_action(),
            owner=self,
            on_done=self._fetched,
            on_error=self._failed,
            label=translate("BillingWizard", "Fetching orders"),
        )

    def _fetched(self, rows: list[br.FetchedRow]) -> None:
        self.fetch_button.setEnabled(True)
        self.model.set_rows([Row.fetched(r) for r in rows])
        self._rows_changed()
        if not rows:
            self.summary_label.setText(
                translate(
                    "BillingWizard", "No orders match these rules (invoiced orders are left out)."
                )
            )

    def _rows_changed(self, *_args: Any) -> None:
        rows = self.model.rows
        included = [r for r in rows if r.included]
        flagged = sum(1 for r in included if r.problem)
        total = sum((r.amount for r in included), Decimal(0))
        text = translate(
            "BillingWizard", "{fetched} orders fetched, {included} to invoice, {total}"
        ).format(fetched=len(rows), included=len(included), total=money_text(total, "EUR"))
        if flagged:
            text += translate("BillingWizard", " — {flagged} would fail (see Check)").format(
                flagged=flagged
            )
        self.counts.setText(text)
        busy = self.token is not None
        self.process_button.setEnabled(bool(included) and not busy and not self.model.locked)

    def _apply_bulk(self) -> None:
        action = str(self.bulk_action.currentData())
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        for row in rows:
            self.model.setData(self.model.index(row, ACTION), action)
        self._recheck(rows)

    def _recheck(self, rows: list[int]) -> None:
        specs = [br.RowSpec(self.model.rows[r].order_id, self.model.rows[r].action) for r in rows]

        def done(result: dict[int, str | None]) -> None:
            for r in rows:
                if r < len(self.model.rows) and self.model.rows[r].order_id in result:
                    self.model.set_problem(r, result[self.model.rows[r].order_id])
            self._rows_changed()

        run_task(
            br.check_rows,
            self.db,
            specs,
            on_done=done,
            owner=self,
            label=translate("BillingWizard", "Checking rows"),
        )

    def process(self) -> None:
        """Store the run and process it in the background."""
        assert self.scenario is not None
        rules, specs = self.form.rules(), self.model.specs()
        self.model.locked = True
        self.process_button.setEnabled(False)
        self.fetch_button.setEnabled(False)
        self.back_button.setEnabled(False)
        run_task(
            br.create_run,
            self.db,
            self.actor,
            rules,
            specs,
            scenario_id=self.scenario.id,
            scenario_name=self.scenario.name,
            date_rule=self.form.invoice_date_rule(),
            on_done=self._start,
            on_error=self._failed,
            owner=self,
            label=translate("BillingWizard", "Storing billing run"),
        )

    def resume(self, run_id: int) -> None:
        """Show a stored run and process its open rows."""

        def shown(rows: list[br.RunRow]) -> None:
            self.model.set_rows(
                [
                    Row(
                        r.order_id,
                        r.order_number,
                        r.customer,
                        None,
                        r.amount,
                        "EUR",
                        r.action,
                        None,
                        not r.excluded,
                    )
                    for r in rows
                ]
            )
            self.model.apply_run(rows)
            self.model.locked = True
            self.step2_title.setText(
                "<b>{}</b>".format(
                    translate("BillingWizard", "Resuming billing run {run}").format(run=run_id)
                )
            )
            self.stack.setCurrentIndex(1)
            self._start(run_id)

        run_task(
            br.run_rows,
            self.db,
            run_id,
            on_done=shown,
            owner=self,
            label=translate("BillingWizard", "Loading run"),
        )

    def _resume_selected(self) -> None:
        item = self.unfinished.currentItem() or self.unfinished.item(0)
        if item is not None:
            self.resume(int(item.data(Qt.ItemDataRole.UserRole)))

    def _start(self, run_id: int) -> None:
        self.run_id = run_id
        self.token = CancelToken()
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setFormat(translate("BillingWizard", "Starting… %p%"))
        self.cancel_button.setEnabled(True)
        self.summary_label.setText(
            translate(
                "BillingWizard",
                "Processing… the window stays usable; Cancel stops after the invoices in progress.",
            )
        )
        run_task(
            _process,
            self.db,
            self.actor,
            run_id,
            self.pool,
            owner=self,
            on_done=self._processed,
            on_error=self._failed,
            on_progress=self._progress,
            cancel_token=self.token,
            label=translate("BillingWizard", "Billing run"),
        )

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            translate("BillingWizard", "{text} (%p%)").format(text=core_text(text))
        )
        if self.run_id is not None:
            run_task(br.run_rows, self.db, self.run_id, on_done=self.model.apply_run, owner=self)

    def _cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()
            self.cancel_button.setEnabled(False)
            self.summary_label.setText(
                translate(
                    "BillingWizard", "Cancelling… the invoices in progress are finished first."
                )
            )

    def _processed(self, summary: br.RunSummary) -> None:
        self.token = None
        self.summary = summary
        self.cancel_button.setEnabled(False)
        self.back_button.setEnabled(True)
        self.fetch_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        run_task(br.run_rows, self.db, summary.run_id, on_done=self._final_rows, owner=self)

    def _final_rows(self, rows: list[br.RunRow]) -> None:
        self.model.apply_run(rows)
        sm = self.summary
        assert sm is not None
        head = (
            translate("BillingWizard", "Run {run} finished.")
            if sm.status == "finished"
            else translate("BillingWizard", "Run {run} interrupted — resume it from step 1.")
        ).format(run=sm.run_id)
        rest = translate(
            "BillingWizard",
            "Processed: {processed} · Failed: {failed} · Skipped/excluded: {skipped} · "
            "Still to do: {open} · Total invoiced: {total}",
        ).format(
            processed=sm.processed,
            failed=sm.failed,
            skipped=sm.skipped,
            open=sm.open,
            total=money_text(sm.total, "EUR"),
        )
        self.summary_label.setText(f"<b>{escape(head)}</b> {escape(rest)}")
        self.print_list_button.setEnabled(True)
        printable = any(r.channel == "print" for r in rows)
        self.print_invoices_button.setEnabled(printable)
        self._rows_changed()

    def _failed(self, exc: BaseException) -> None:
        self.token = None
        self.model.locked = self.run_id is not None
        self.fetch_button.setEnabled(True)
        self.back_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)
        dialogs.show_error(self, translate("BillingWizard", "Billing run"), dialogs.error_text(exc))
        self._rows_changed()

    def _cell_clicked(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        if index.column() == INVOICE and row.case_id:
            run_task(
                _open_pdf,
                self.db,
                row.case_id,
                on_done=self._open,
                owner=self,
                label=translate("BillingWizard", "Opening invoice"),
            )

    def print_list(self) -> None:
        """Print the run's list (print preview)."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        doc = QTextDocument(self)
        doc.setHtml(summary_html(self.summary, self.model.rows))
        preview = QPrintPreviewDialog(self)
        preview.paintRequested.connect(doc.print_)
        preview.exec()

    def _open(self, path: Path) -> None:
        if not self.opener(path):
            dialogs.show_error(
                self,
                translate("BillingWizard", "Billing run"),
                translate("BillingWizard", "No program could open {name}.").format(name=path.name),
            )

    def _open_print_batch(self) -> None:
        ids = [r.case_id for r in self.model.rows if r.channel == "print" and r.case_id]
        run_task(
            print_batch,
            self.db,
            ids,
            on_done=self._open,
            owner=self,
            label=translate("BillingWizard", "Collecting invoices to print"),
        )


def install(window: MainWindow) -> None:
    """Add Tools → Billing run… to the main window."""
    action = QAction(translate("BillingWizard", "Billing run…"), window)
    action.setShortcut("Ctrl+Shift+B")

    def show() -> None:
        opener = getattr(window.detail, "opener", open_with_system)
        wizard = BillingWizard(window.db, window.actor, opener, window)
        wizard.finished.connect(lambda _r: window.refresh())
        wizard.show()
        window.billing_wizard = wizard  # type: ignore[attr-defined]

    action.triggered.connect(show)
    window.tools_menu.addAction(action)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(POOL.close)
