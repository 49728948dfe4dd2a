"""Tools → Billing run…: the two-step Invoice Manager (seed 002).

Step 1 picks a saved billing scenario (or resumes an unfinished run); step 2 shows its rules,
**Fetch** lists the matching orders with action and pre-flight check, **Process** creates
the invoices in the background (:func:`run_task`, progress, *Cancel*), and every row ends
*Processed* (PDF icon opens the invoice) or *Failed* with the reason. A summary follows. When
the mail server is not usable, a warning before *Process* offers *Create only* for the e-mail
rows; afterwards each e-mail row follows its e-mail (:mod:`~invoicedesk.gui.billing.mail_watch`).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.enums import Role
from invoicedesk.domain.errors import InvoiceDeskError
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.billing.mail_watch import MailWatch, mails_text
from invoicedesk.gui.billing.rules_form import RulesForm
from invoicedesk.gui.billing.scenario_page import ScenarioPage
from invoicedesk.gui.billing.summary import POOL, SharedRenderPool, print_batch, summary_html
from invoicedesk.gui.billing.table import (
    ACTION,
    ACTION_CODES,
    CUSTOMER,
    INVOICE,
    BillingRowsModel,
    Row,
    action_options,
    money_text,
)
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.code_combo import CodeComboDelegate
from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.mail_events import mail_queued
from invoicedesk.gui.common.opener import Opener, open_with_system, temp_copy
from invoicedesk.gui.common.style import set_empty_text
from invoicedesk.gui.common.tasks import CancelToken, run_task
from invoicedesk.gui.desk.extensions import OPENERS, DeskWindow
from invoicedesk.services.billing import runs as br
from invoicedesk.services.billing.process import process_run
from invoicedesk.services.billing.scenarios import Scenario
from invoicedesk.services.orders.orders import DELIVERY_LABELS
from invoicedesk.services.outgoing.issuing import invoice_pdf
from invoicedesk.store.database import Database


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
        setup_mail: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.opener, self.pool = db, actor, opener, pool
        self.setup_mail = setup_mail
        self._summary_head = ""
        self.setWindowTitle(translate("BillingWizard", "Billing run — Invoice Manager"))
        self.scenario: Scenario | None = None
        self.run_id: int | None = None
        self.token: CancelToken | None = None
        self.summary: br.RunSummary | None = None
        self.stack = QStackedWidget()
        self.step1 = ScenarioPage(db)
        self.step1.chosen.connect(self._next)
        self.step1.resume_requested.connect(self.resume)
        self.step1.close_requested.connect(self.reject)
        self.scenario_list = self.step1.scenario_list
        self.unfinished = self.step1.unfinished
        self.next_button = self.step1.next_button
        self.stack.addWidget(self.step1)
        self.stack.addWidget(self._build_step2())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(1180, 680)
        self.step1.load()

    def _next(self, sc: Scenario) -> None:
        self.scenario = sc
        self.form.set_scenario(sc)
        self.step2_title.setText(
            "<b>{}</b>".format(
                escape(
                    translate(
                        "BillingWizard", "Step 2 of 2 — {name}: set the rules and fetch"
                    ).format(name=commerce_label(sc.name))
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
        set_empty_text(
            self.table,
            translate("BillingWizard", "No orders listed — set the rules and press Fetch orders."),
        )
        self.table.setItemDelegateForColumn(ACTION, CodeComboDelegate(action_options, self.table))
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
        self.mail = MailWatch(self.db, self.model, self.setup_mail, self)
        self.mail.banner.switch_requested.connect(self._email_rows_create_only)
        self.mail.summary_changed.connect(self._show_summary)
        v.addWidget(self.mail.banner)
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
        self.mail.check_readiness()
        self.model.set_rows([Row.fetched(r) for r in rows])
        self._rows_changed()
        if not rows:
            self.summary_label.setText(
                translate(
                    "BillingWizard", "No orders match these rules (invoiced orders are left out)."
                )
            )

    def _email_rows_create_only(self) -> None:
        """The warning's *Create only for these rows*: e-mail rows issue without e-mail."""
        rows = [i for i, r in enumerate(self.model.rows) if r.action == "email" and r.included]
        for row in rows:
            self.model.set_action(row, "create_only")
        self._recheck(rows)

    def _rows_changed(self, *_args: Any) -> None:
        self.mail.rows_changed()
        rows = self.model.rows
        included = [r for r in rows if r.included]
        flagged = sum(1 for r in included if r.problem)
        total = sum((r.amount for r in included), Decimal(0))
        text = translate(
            "BillingWizard", "%n order(s) fetched, {included} to invoice, {total}", None, len(rows)
        ).format(included=len(included), total=money_text(total, "EUR"))
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
        self.step1.resume_selected()

    def _start(self, run_id: int) -> None:
        self.run_id = run_id
        self.mail.stop()
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
        mail_queued()
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
        self._summary_head = f"<b>{escape(head)}</b> {escape(rest)}"
        self._show_summary(sm)
        self.mail.watch(sm.run_id)
        self.print_list_button.setEnabled(True)
        printable = any(r.channel == "print" for r in rows)
        self.print_invoices_button.setEnabled(printable)
        self._rows_changed()

    def _show_summary(self, summary: br.RunSummary) -> None:
        """The run's summary with its e-mails (sent, queued, waiting, failed) as they go."""
        mails = mails_text(summary)
        head = self._summary_head
        self.summary_label.setText(f"{head}<br>{escape(mails)}" if mails else head)

    def done(self, result: int) -> None:
        """Closing stops following the e-mails."""
        self.mail.stop()
        super().done(result)

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


def open_wizard(window: DeskWindow) -> BillingWizard:
    """Tools → Billing run…: show the wizard (the render pool is closed when the app quits)."""
    opener = getattr(window.detail, "opener", open_with_system)
    settings = OPENERS.get("settings")
    admin = Role.ADMIN.value in window.user.roles
    setup = (lambda: settings(window, "mailServerPage")) if settings and admin else None
    wizard = BillingWizard(window.db, window.actor, opener, window, setup_mail=setup)
    wizard.finished.connect(lambda _r: window.refresh())
    wizard.show()
    window.billing_wizard = wizard  # type: ignore[attr-defined]
    app = QApplication.instance()
    if app is not None and not app.property("billingClosesPool"):
        app.aboutToQuit.connect(POOL.close)
        app.setProperty("billingClosesPool", True)
    return wizard
