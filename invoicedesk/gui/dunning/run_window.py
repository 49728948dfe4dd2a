"""*Tools → Payment reminders…*: the dunning run.

Lists every invoice whose next reminder level is due on the chosen day (customer, invoice, days
overdue, open amount, level, fees, interest, total), each with the customer's channel; the clerk
changes a row to *Print*, *Skip* or *Stop dunning* (with the reason, e.g. a dispute) and presses
*Process*: in the background each row is reminded (PDF on the case, e-mail through the outbox)
in its own transaction. The rows then follow their e-mails (*queued → sent*, *waits*, *failed*);
*Open reminders to print* gives one PDF of the printed ones. Opened from a case's *Remind
customer*, the run shows only that case. A second run on the same day finds nothing new.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.code_combo import CodeComboDelegate
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.mail_banner import MailBanner
from invoicedesk.gui.common.mail_events import mail_queued
from invoicedesk.gui.common.opener import Opener, open_with_system, temp_copy
from invoicedesk.gui.common.style import set_empty_text
from invoicedesk.gui.common.tasks import CancelToken, run_task
from invoicedesk.gui.dunning.rows import (
    ACTION,
    CHOICES,
    CUSTOMER,
    DunningRowsModel,
    Row,
    choice_options,
)
from invoicedesk.services.dunning.due import DueReminder, due_reminders
from invoicedesk.services.dunning.history import ReminderInfo, reminder_pdfs, reminder_states
from invoicedesk.services.dunning.process import Choice, Outcome, RowChoice, process_reminders
from invoicedesk.services.mail.readiness import MailReadiness, mail_readiness
from invoicedesk.store.database import Database

#: how often the reminders' e-mail states are read again while some are on their way
POLL_MS = 2000


def _merged(db: Database, reminder_ids: list[int]) -> Path:
    """One PDF with the reminders to print."""
    from pypdf import PdfWriter  # loaded only when reminders are printed

    writer = PdfWriter()
    for _name, content in reminder_pdfs(db, reminder_ids):
        writer.append(BytesIO(content))
    out = BytesIO()
    writer.write(out)
    return temp_copy("reminders-to-print.pdf", out.getvalue())


class DunningWindow(QDialog):
    """The dunning run; ``processed`` fires when reminders were written (desk refresh)."""

    processed = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        parent: QWidget | None = None,
        opener: Opener = open_with_system,
        setup_mail: Callable[[], None] | None = None,
        open_settings: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.opener = db, actor, opener
        self.case_ids: list[int] | None = None
        self.token: CancelToken | None = None
        self.setObjectName("dunningWindow")
        self.setWindowTitle(translate("DunningWindow", "Payment reminders"))
        self.resize(1240, 640)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setObjectName("dunningDate")
        self.day.setCalendarPopup(True)
        self.day.dateChanged.connect(lambda _d: self.reload())
        self.only = QLabel()
        self.only.setObjectName("dunningOnly")
        self.show_all = QPushButton(translate("DunningWindow", "Show all due reminders"))
        self.show_all.clicked.connect(lambda: self.show_cases(None))
        self.refresh_button = QPushButton(translate("DunningWindow", "Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("DunningWindow", "Reminders of")))
        top.addWidget(self.day)
        top.addWidget(self.refresh_button)
        top.addSpacing(16)
        top.addWidget(self.only)
        top.addWidget(self.show_all)
        top.addStretch(1)
        self.banner = MailBanner(translate("DunningWindow", "Print these instead"), setup_mail)
        self.banner.switch_requested.connect(self._email_rows_to_print)
        self.model = DunningRowsModel(self)
        self.model.stop_chosen.connect(self._ask_stop_reason)
        self.model.dataChanged.connect(lambda *_a: self._update_counts())
        self.table = QTableView()
        self.table.setObjectName("dunningTable")
        self.table.setModel(self.model)
        set_empty_text(
            self.table,
            translate(
                "DunningWindow",
                "No reminder is due on this day — no open invoice has reached its next level yet.",
            ),
        )
        self.table.setItemDelegateForColumn(ACTION, CodeComboDelegate(choice_options, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((0, 118, 78, 46, 116, 170, 84, 84, 104, 104, 250)):
            if width:
                self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(CUSTOMER, QHeaderView.ResizeMode.Stretch)
        tools = QHBoxLayout()
        tools.addWidget(QLabel(translate("DunningWindow", "Action for selected rows:")))
        self.bulk = QComboBox()
        for code, text in CHOICES.items():
            if code != "stop":
                self.bulk.addItem(translate("DunningRows", text), code)
        tools.addWidget(self.bulk)
        apply_button = QPushButton(translate("DunningWindow", "Apply"))
        apply_button.clicked.connect(self._apply_bulk)
        tools.addWidget(apply_button)
        tools.addSpacing(16)
        self.counts = QLabel()
        self.counts.setObjectName("dunningCounts")
        tools.addWidget(self.counts, 1)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setObjectName("dunningSummary")
        self.summary.setWordWrap(True)
        bottom = QHBoxLayout()
        self.settings_button = QPushButton(translate("DunningWindow", "Levels and interest…"))
        self.settings_button.setVisible(open_settings is not None)
        if open_settings is not None:
            self.settings_button.clicked.connect(open_settings)
        bottom.addWidget(self.settings_button)
        self.print_button = QPushButton(translate("DunningWindow", "Open reminders to print"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._open_print)
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        self.process_button = QPushButton(translate("DunningWindow", "Process reminders"))
        self.process_button.setObjectName("dunningProcess")
        self.process_button.setDefault(True)
        self.process_button.clicked.connect(self.process)
        self.cancel_button = QPushButton(translate("DunningWindow", "Stop"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self._cancel)
        close = QPushButton(translate("DunningWindow", "Close"))
        close.clicked.connect(self.reject)
        for button in (self.process_button, self.cancel_button, close):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.ready: MailReadiness | None = None

    # --- listing ------------------------------------------------------------------------

    def chosen_day(self) -> date:
        """The reminders' date."""
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def show_cases(self, case_ids: Sequence[int] | None) -> None:
        """List the due reminders (of ``case_ids`` only, e.g. from a case's *Remind customer*)."""
        self.case_ids = list(case_ids) if case_ids is not None else None
        self.show_all.setVisible(self.case_ids is not None)
        self.only.setVisible(self.case_ids is not None)
        self.reload()

    def reload(self) -> None:
        """Ask (in the background) which reminders are due, and whether e-mails can go out."""
        self.timer.stop()
        self.summary.clear()
        self.print_button.setEnabled(False)
        self.process_button.setEnabled(False)
        run_task(
            due_reminders,
            self.db,
            self.chosen_day(),
            self.case_ids,
            on_done=self._listed,
            on_error=self._failed,
            owner=self,
            label=translate("DunningWindow", "Finding due reminders"),
        )
        run_task(mail_readiness, self.db, on_done=self._ready, owner=self)

    def _listed(self, items: list[DueReminder]) -> None:
        self.model.set_rows([Row.due(item) for item in items])
        if self.case_ids is not None:
            number = items[0].number if items else ""
            self.only.setText(
                translate("DunningWindow", "Only invoice {number}").format(number=number)
                if items
                else translate("DunningWindow", "No reminder is due for this invoice today.")
            )
        elif not items:
            self.summary.setText(translate("DunningWindow", "No reminder is due on this day."))
        self._update_counts()

    def _ready(self, ready: MailReadiness) -> None:
        self.ready = ready
        self.model.mail_problem = core_text(ready.reason) if ready.reason else None
        self._update_counts()

    def _update_counts(self) -> None:
        rows = self.model.rows
        todo = [r for r in rows if r.status == "not_done" and r.choice in ("email", "print")]
        emails = sum(1 for r in todo if r.choice == "email")
        total = sum((r.item.total for r in todo), Decimal(0))
        text = translate(
            "DunningWindow", "{due} due · {email} by e-mail · {print} to print · {total}"
        )
        if self.model.locked:
            text = translate("DunningWindow", "{due} due")
        self.counts.setText(
            text.format(
                due=len(rows),
                email=emails,
                print=len(todo) - emails,
                total=self.model.money(total, "EUR"),
            )
        )
        busy = self.token is not None
        self.process_button.setEnabled(
            bool(todo or any(r.choice == "stop" for r in rows))
            and not busy
            and not self.model.locked
        )
        problem = self.model.mail_problem
        if problem and emails and not self.model.locked:
            self.banner.warn(
                translate(
                    "DunningWindow",
                    "⚠ E-mails cannot go out now: {reason}. The %n reminder(s) by e-mail would "
                    "wait until the mail server works.",
                    None,
                    emails,
                ).format(reason=problem)
            )
        else:
            self.banner.warn(None)

    # --- choices --------------------------------------------------------------------------

    def _apply_bulk(self) -> None:
        choice = str(self.bulk.currentData())
        for index in self.table.selectionModel().selectedRows():
            self.model.setData(self.model.index(index.row(), ACTION), choice)

    def _email_rows_to_print(self) -> None:
        for i, row in enumerate(self.model.rows):
            if row.choice == "email":
                self.model.set_choice(i, "print")

    def _ask_stop_reason(self, row: int) -> None:
        reason = dialogs.ask_comment(self, translate("DunningWindow", "Stop dunning"), True)
        if reason:
            self.model.set_choice(row, "stop", reason)

    # --- processing -----------------------------------------------------------------------

    def process(self) -> None:
        """Write the chosen reminders in the background, one transaction per row."""
        rows = [
            RowChoice(r.item.case_id, cast(Choice, r.choice), r.reason) for r in self.model.rows
        ]
        self.model.locked = True
        self.token = CancelToken()
        self.process_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, max(len(rows), 1))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.banner.warn(None)
        run_task(
            process_reminders,
            self.db,
            self.actor,
            rows,
            self.chosen_day(),
            on_done=self._processed,
            on_error=self._failed,
            on_progress=self._progress,
            cancel_token=self.token,
            owner=self,
            label=translate("DunningWindow", "Payment reminders"),
        )

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(
            translate("DunningWindow", "{done} of {total} reminders").format(done=done, total=total)
        )

    def _cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()
            self.cancel_button.setEnabled(False)

    def _processed(self, outcomes: list[Outcome]) -> None:
        self.token = None
        self.cancel_button.setEnabled(False)
        self.progress.setValue(self.progress.maximum())
        self.model.apply_outcomes(outcomes)
        done = sum(1 for o in outcomes if o.status == "done")
        failed = sum(1 for o in outcomes if o.status == "failed")
        self.summary.setText(
            translate(
                "DunningWindow", "{done} reminded · {stopped} stopped · {failed} failed"
            ).format(
                done=done, failed=failed, stopped=sum(1 for o in outcomes if o.status == "stopped")
            )
        )
        self.print_button.setEnabled(
            any(r.choice == "print" and r.reminder_id for r in self.model.rows)
        )
        if any(o.outbox_id for o in outcomes):
            mail_queued()
            self.timer.start()
        self.processed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.token = None
        self.cancel_button.setEnabled(False)
        dialogs.show_error(
            self, translate("DunningWindow", "Payment reminders"), dialogs.error_text(exc)
        )
        self._update_counts()

    def _poll(self) -> None:
        ids = [r.reminder_id for r in self.model.rows if r.reminder_id and r.mail]
        run_task(reminder_states, self.db, ids, on_done=self._states, owner=self)

    def _states(self, infos: list[ReminderInfo]) -> None:
        self.model.apply_states(infos)
        if not any(r.mail in ("queued", "waiting") for r in self.model.rows):
            self.timer.stop()
        elif not any(r.mail == "queued" for r in self.model.rows):
            self.timer.setInterval(POLL_MS * 5)  # only waiting ones left: look less often

    def _open_print(self) -> None:
        ids = [r.reminder_id for r in self.model.rows if r.choice == "print" and r.reminder_id]
        run_task(
            _merged,
            self.db,
            ids,
            on_done=self._open,
            owner=self,
            label=translate("DunningWindow", "Collecting reminders to print"),
        )

    def _open(self, path: Path) -> None:
        if not self.opener(path):
            dialogs.show_error(
                self,
                translate("DunningWindow", "Payment reminders"),
                translate("DunningWindow", "No program could open {name}.").format(name=path.name),
            )

    def done(self, result: int) -> None:
        """Closing stops following the e-mails."""
        self.timer.stop()
        super().done(result)
