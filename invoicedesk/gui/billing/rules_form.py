"""The billing rules form (stages, close dates, customer group, approval, default action,
invoice date) and the dialog that creates or edits a saved scenario with it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.gui.common import formats
from invoicedesk.gui.common.commerce_labels import commerce_label
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.qdates import pydate, qdate
from invoicedesk.services.billing.rules import ACTIONS, DATE_RULES, PERIODS, BillingRules
from invoicedesk.services.billing.scenarios import Scenario
from invoicedesk.services.orders.orders import STAGE_LABELS


class RulesForm(QWidget):
    """Edits :class:`BillingRules` plus the default action and the invoice date rule."""

    changed = Signal()

    def __init__(self, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        stages = QHBoxLayout()
        self.stage_boxes: dict[str, QCheckBox] = {}
        for code, label in STAGE_LABELS.items():
            box = QCheckBox(commerce_label(label))
            box.toggled.connect(self.changed)
            self.stage_boxes[code] = box
            stages.addWidget(box)
        stages.addStretch(1)
        form.addRow(translate("BillingRulesForm", "Order stage:"), stages)
        self.period = QComboBox()
        for code, label in PERIODS.items():
            self.period.addItem(commerce_label(label), code)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(formats.date_edit_format())
            edit.setDate(qdate(date.today()))
        dates = QHBoxLayout()
        dates.addWidget(self.period, 2)
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.date_to, 1)
        form.addRow(translate("BillingRulesForm", "Close date:"), dates)
        self.group = QComboBox()
        self.group.addItem(translate("BillingRulesForm", "All customer groups"), None)
        for g in groups:
            self.group.addItem(g, g)
        form.addRow(translate("BillingRulesForm", "Customer group:"), self.group)
        self.approved = QCheckBox(
            translate("BillingRulesForm", "Only orders approved for invoicing")
        )
        form.addRow("", self.approved)
        self.action = QComboBox()
        for code, label in ACTIONS.items():
            self.action.addItem(commerce_label(label), code)
        form.addRow(translate("BillingRulesForm", "Billing action:"), self.action)
        self.date_rule = QComboBox()
        for code, label in DATE_RULES.items():
            self.date_rule.addItem(commerce_label(label), code)
        form.addRow(translate("BillingRulesForm", "Invoice date:"), self.date_rule)
        self.period.currentIndexChanged.connect(self._period_changed)
        for w in (self.group, self.action, self.date_rule):
            w.currentIndexChanged.connect(self.changed)
        self.approved.toggled.connect(self.changed)
        self._period_changed()

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self.changed.emit()

    def set_scenario(self, scenario: Scenario) -> None:
        """Show a scenario's rules."""
        rules = scenario.rules
        for code, box in self.stage_boxes.items():
            box.setChecked(code in rules.stages)
        self.period.setCurrentIndex(max(0, self.period.findData(rules.period)))
        first, last = rules.date_range(date.today())
        self.date_from.setDate(qdate(first or date.today().replace(day=1)))
        self.date_to.setDate(qdate(last or date.today()))
        index = self.group.findData(rules.customer_group) if rules.customer_group else 0
        if index < 0:
            self.group.addItem(rules.customer_group or "", rules.customer_group)
            index = self.group.count() - 1
        self.group.setCurrentIndex(index)
        self.approved.setChecked(rules.approved_only)
        self.action.setCurrentIndex(max(0, self.action.findData(scenario.default_action)))
        self.date_rule.setCurrentIndex(max(0, self.date_rule.findData(scenario.date_rule)))

    def rules(self) -> BillingRules:
        """The rules as entered (raises ``ValidationError`` with a message for the clerk)."""
        custom = self.period.currentData() == "custom"
        return BillingRules(
            stages=tuple(c for c, b in self.stage_boxes.items() if b.isChecked()),
            period=str(self.period.currentData()),
            closed_from=pydate(self.date_from.date()) if custom else None,
            closed_to=pydate(self.date_to.date()) if custom else None,
            customer_group=self.group.currentData(),
            approved_only=self.approved.isChecked(),
        )

    def default_action(self) -> str:
        """The chosen default billing action."""
        return str(self.action.currentData())

    def invoice_date_rule(self) -> str:
        """The chosen invoice date rule."""
        return str(self.date_rule.currentData())


class ScenarioDialog(QDialog):
    """Create or edit a billing scenario."""

    def __init__(self, groups: list[str], scenario: Scenario | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("BillingRulesForm", "Edit billing scenario")
            if scenario
            else translate("BillingRulesForm", "New billing scenario")
        )
        self.scenario_id = scenario.id if scenario else None
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.name = QLineEdit(scenario.name if scenario else "")
        self.name.setPlaceholderText(translate("BillingRulesForm", "e.g. Closed orders last month"))
        self.description = QLineEdit(scenario.description if scenario else "")
        top.addRow(translate("BillingRulesForm", "Name:"), self.name)
        top.addRow(translate("BillingRulesForm", "Description:"), self.description)
        layout.addLayout(top)
        self.form = RulesForm(groups, self)
        self.form.set_scenario(scenario or Scenario("", BillingRules()))
        layout.addWidget(self.form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_scenario: Scenario | None = None
        self.resize(560, 0)

    def _accept(self) -> None:
        from invoicedesk.domain.errors import InvoiceDeskError

        try:
            rules = self.form.rules()
        except InvoiceDeskError as exc:
            self.error.setText(core_text(exc))
            return
        if not self.name.text().strip():
            self.error.setText(translate("BillingRulesForm", "Give the scenario a name."))
            return
        self.result_scenario = Scenario(
            self.name.text().strip(),
            rules,
            self.form.default_action(),
            self.form.invoice_date_rule(),
            self.description.text().strip(),
            self.scenario_id,
        )
        self.accept()
