"""Step 1 of the billing run: pick a saved billing scenario, or an unfinished run to resume.

Scenarios can be added, changed and deleted here (:class:`~.rules_form.ScenarioDialog`).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.billing.rules_form import ScenarioDialog
from invoicedesk.gui.common import formats
from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.style import set_empty_text
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.billing import runs as br
from invoicedesk.services.billing.rules import BillingRules, customer_groups
from invoicedesk.services.billing.scenarios import (
    Scenario,
    delete_scenario,
    list_scenarios,
    save_scenario,
)
from invoicedesk.services.orders.orders import STAGE_LABELS
from invoicedesk.store.database import Database


def _groups(db: Database) -> list[str]:
    with db.read() as s:
        return customer_groups(s)


class ScenarioPage(QWidget):
    """The scenario list with its description, the unfinished runs, *Next* and *Close*."""

    #: the clerk chose a scenario (*Next* or a double-click)
    chosen = Signal(object)
    #: resume the run with this id
    resume_requested = Signal(int)
    close_requested = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.scenarios: list[Scenario] = []
        self.groups: list[str] = []
        self._build()

    def _build(self) -> None:
        v = QVBoxLayout(self)
        title = QLabel(
            "<b>{}</b>".format(
                escape(translate("BillingWizard", "Step 1 of 2 — Select a billing scenario"))
            )
        )
        v.addWidget(title)
        self.scenario_list = QListWidget()
        self.scenario_list.currentRowChanged.connect(self._scenario_selected)
        self.scenario_list.itemDoubleClicked.connect(lambda _i: self.choose())
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
        set_empty_text(
            self.unfinished, translate("BillingWizard", "No unfinished runs: nothing to resume.")
        )
        v.addWidget(self.unfinished, 1)
        bottom = QHBoxLayout()
        self.resume_button = QPushButton(translate("BillingWizard", "Resume run"))
        self.resume_button.clicked.connect(self.resume_selected)
        bottom.addWidget(self.resume_button)
        bottom.addStretch(1)
        self.next_button = QPushButton(translate("BillingWizard", "Next >"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.choose)
        close = QPushButton(translate("BillingWizard", "Close"))
        close.clicked.connect(self.close_requested)
        bottom.addWidget(self.next_button)
        bottom.addWidget(close)
        v.addLayout(bottom)

    def load(self) -> None:
        """Load the scenarios, the unfinished runs and the customer groups (background)."""
        def done(result: tuple[list[Scenario], list[br.RunSummary], list[str]]) -> None:
            self.scenarios, runs, self.groups = result
            self.scenario_list.clear()
            for sc in self.scenarios:
                self.scenario_list.addItem(commerce_label(sc.name))
            if self.scenarios:
                self.scenario_list.setCurrentRow(0)
                self.scenario_list.setFocus()
            self.unfinished.clear()
            for sm in runs:
                when = formats.date_time(sm.created_at)
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
            text = describe(sc.rules, date.today())
            description = commerce_label(sc.description)
            self.scenario_text.setText(f"{description}\n{text}." if description else text)

    def current(self) -> Scenario | None:
        """The highlighted scenario."""
        row = self.scenario_list.currentRow()
        return self.scenarios[row] if 0 <= row < len(self.scenarios) else None

    def _new_scenario(self) -> None:
        self._edit(None)

    def _edit_scenario(self) -> None:
        if self.current() is not None:
            self._edit(self.current())

    def _edit(self, scenario: Scenario | None) -> None:
        dlg = ScenarioDialog(self.groups, scenario, self)
        if dlg.exec() and dlg.result_scenario is not None:
            run_task(
                save_scenario,
                self.db,
                dlg.result_scenario,
                owner=self,
                on_done=lambda _s: self.load(),
                label=translate("BillingWizard", "Saving scenario"),
            )

    def _delete_scenario(self) -> None:
        sc = self.current()
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
                on_done=lambda _r: self.load(),
                label=translate("BillingWizard", "Deleting scenario"),
            )

    def choose(self) -> None:
        """*Next*: hand the highlighted scenario to step 2."""
        sc = self.current()
        if sc is not None:
            self.chosen.emit(sc)

    def resume_selected(self) -> None:
        """*Resume run*: the highlighted unfinished run (or the first one)."""
        item = self.unfinished.currentItem() or self.unfinished.item(0)
        if item is not None:
            self.resume_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def describe(rules: BillingRules, today: date) -> str:
    """The rules in one line in the UI language: "Won orders closed 01.11.2026–30.11.2026,
    approved for invoicing"."""
    stages = ", ".join(commerce_label(STAGE_LABELS.get(s, s)) for s in rules.stages)
    text = translate("BillingWizard", "Orders: {stages}").format(stages=stages)
    first, last = rules.date_range(today)
    if first and last:
        text += translate("BillingWizard", ", closed {first}–{last}").format(
            first=formats.date_text(first), last=formats.date_text(last)
        )
    if rules.customer_group:
        text += translate("BillingWizard", ", customer group {group}").format(
            group=rules.customer_group
        )
    if rules.approved_only:
        text += translate("BillingWizard", ", approved for invoicing")
    return text
