"""The contract editor: customer, title, start/end, interval, billing and the article lines."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import ValidationError
from invoicedesk.domain.intervals import INTERVAL_LABELS, Billing
from invoicedesk.domain.workflow import Actor
from invoicedesk.gui.common import formats
from invoicedesk.gui.common.editor_save import read_form, store_and_close
from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.style import apply_style
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.services.contracts.contracts import (
    ContractInput,
    ContractLineInput,
    ContractView,
    create_contract,
    update_contract,
)
from invoicedesk.services.outgoing.customers import CustomerChoice, find_customers
from invoicedesk.store.database import Database

LINE_COLUMNS = (
    QT_TRANSLATE_NOOP("ContractEditor", "Article"),
    QT_TRANSLATE_NOOP("ContractEditor", "Description"),
    QT_TRANSLATE_NOOP("ContractEditor", "Qty"),
    QT_TRANSLATE_NOOP("ContractEditor", "Unit"),
    QT_TRANSLATE_NOOP("ContractEditor", "Unit price"),
    QT_TRANSLATE_NOOP("ContractEditor", "VAT %"),
)
#: the core's interval labels (domain/intervals.py), listed for pyside6-lupdate
INTERVAL_TEXTS = (
    QT_TRANSLATE_NOOP("Intervals", "monthly"),
    QT_TRANSLATE_NOOP("Intervals", "every 2 months"),
    QT_TRANSLATE_NOOP("Intervals", "every 3 months"),
    QT_TRANSLATE_NOOP("Intervals", "every 6 months"),
    QT_TRANSLATE_NOOP("Intervals", "every 12 months"),
)
#: billing values as the contract list shows them
BILLING_TEXTS = {
    Billing.ADVANCE.value: QT_TRANSLATE_NOOP("ContractEditor", "advance"),
    Billing.ARREARS.value: QT_TRANSLATE_NOOP("ContractEditor", "arrears"),
}


def interval_text(months: int) -> str:
    """The interval label of the core in the UI language."""
    return translate("Intervals", INTERVAL_LABELS[months])


def billing_text(billing: str) -> str:
    """``advance`` / ``arrears`` in the UI language (unknown values unchanged)."""
    return translate("ContractEditor", BILLING_TEXTS.get(billing, billing))


def _date_edit(value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(formats.date_edit_format())
    return edit


class ContractEditor(QDialog):
    """Create (``view=None``) or change a contract; ``saved`` holds the stored contract."""

    def __init__(
        self, db: Database, actor: Actor, view: ContractView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db, self.actor, self.view = db, actor, view
        self.saved: ContractView | None = None
        self.setObjectName("contractEditor")
        self.setWindowTitle(
            translate("ContractEditor", "Contract {number}").format(number=view.number)
            if view
            else translate("ContractEditor", "New service contract")
        )
        self.resize(760, 520)
        apply_style(self)
        self.customer = QComboBox()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(
            translate("ContractEditor", "e.g. Wartungsvertrag Klimaanlage")
        )
        self.start = _date_edit(QDate.currentDate().addDays(1 - QDate.currentDate().day()))
        self.has_end = QCheckBox(translate("ContractEditor", "ends on"))
        self.end = _date_edit(QDate.currentDate().addYears(2))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.interval = QComboBox()
        for months in INTERVAL_LABELS:
            self.interval.addItem(interval_text(months), months)
        self.billing = QComboBox()
        self.billing.addItem(
            translate("ContractEditor", "in advance (first day of the period)"),
            Billing.ADVANCE.value,
        )
        self.billing.addItem(
            translate("ContractEditor", "in arrears (after the period)"), Billing.ARREARS.value
        )
        self.email = QLineEdit()
        self.email.setPlaceholderText(
            translate("ContractEditor", "the customer's address unless given")
        )
        form = QFormLayout()
        form.addRow(translate("ContractEditor", "Customer"), self.customer)
        form.addRow(translate("ContractEditor", "Title"), self.title_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.has_end)
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(translate("ContractEditor", "Starts on"), dates)
        form.addRow(translate("ContractEditor", "Interval"), self.interval)
        form.addRow(translate("ContractEditor", "Billing"), self.billing)
        form.addRow(translate("ContractEditor", "Invoice e-mail"), self.email)
        self.lines = QTableWidget(0, len(LINE_COLUMNS))
        self.lines.setObjectName("contractLines")
        self.lines.setHorizontalHeaderLabels([translate("ContractEditor", c) for c in LINE_COLUMNS])
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(translate("ContractEditor", "Add line"))
        remove = QPushButton(translate("ContractEditor", "Remove line"))
        add.clicked.connect(lambda: self.add_line(ContractLineInput("", Decimal(1), Decimal(0))))
        remove.clicked.connect(lambda: self.lines.removeRow(self.lines.currentRow()))
        line_bar = QHBoxLayout()
        line_bar.addWidget(add)
        line_bar.addWidget(remove)
        line_bar.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.lines, 1)
        lay.addLayout(line_bar)
        lay.addWidget(buttons)
        if view is not None:
            self._fill(view)
        else:
            self.add_line(ContractLineInput("", Decimal(1), Decimal(0)))
        run_task(find_customers, db, "", 2000, on_done=self._customers, owner=self)

    def _customers(self, customers: list[CustomerChoice]) -> None:
        wanted = self.view.data.party_id if self.view else None
        for c in customers:
            self.customer.addItem(c.label, c.id)
            if c.id == wanted:
                self.customer.setCurrentIndex(self.customer.count() - 1)

    def _fill(self, view: ContractView) -> None:
        data = view.data
        self.title_edit.setText(data.title)
        self.start.setDate(QDate(data.start_date))
        self.has_end.setChecked(data.end_date is not None)
        if data.end_date:
            self.end.setDate(QDate(data.end_date))
        self.interval.setCurrentIndex(self.interval.findData(data.interval_months))
        self.billing.setCurrentIndex(self.billing.findData(data.billing))
        self.email.setText(data.recipient_email or "")
        for line in data.lines:
            self.add_line(line)

    def add_line(self, line: ContractLineInput) -> None:
        """Append one line to the table."""
        row = self.lines.rowCount()
        self.lines.insertRow(row)
        values = [
            line.article_no or "",
            line.description,
            formats.quantity(line.quantity),
            line.unit,
            formats.price(line.unit_price),
            formats.quantity(line.vat_rate),
        ]
        for col, text in enumerate(values):
            self.lines.setItem(row, col, QTableWidgetItem(text))

    def data(self) -> ContractInput:
        """The form's content (raises ValidationError on unreadable numbers or no customer)."""
        if self.customer.currentData() is None:
            raise ValidationError(translate("ContractEditor", "Choose the customer first."))
        lines = []
        for i in range(self.lines.rowCount()):
            items = [self.lines.item(i, c) for c in range(len(LINE_COLUMNS))]
            cell = [item.text() if item is not None else "" for item in items]
            lines.append(
                ContractLineInput(
                    article_no=cell[0].strip() or None,
                    description=cell[1],
                    quantity=parse_decimal(
                        cell[2],
                        translate("ContractEditor", "Line {line}, quantity").format(line=i + 1),
                    ),
                    unit=cell[3].strip() or "C62",
                    unit_price=parse_decimal(
                        cell[4],
                        translate("ContractEditor", "Line {line}, price").format(line=i + 1),
                    ),
                    vat_rate=parse_decimal(
                        cell[5], translate("ContractEditor", "Line {line}, VAT").format(line=i + 1)
                    ),
                )
            )
        return ContractInput(
            party_id=int(self.customer.currentData()),
            title=self.title_edit.text(),
            start_date=self.start.date().toPython(),  # type: ignore[arg-type]
            end_date=self.end.date().toPython() if self.has_end.isChecked() else None,  # type: ignore[arg-type]
            interval_months=int(self.interval.currentData()),
            billing=str(self.billing.currentData()),
            recipient_email=self.email.text().strip() or None,
            lines=lines,
        )

    def save(self) -> None:
        """Store the contract in the background; the dialog closes when it is saved."""
        title = translate("ContractEditor", "Contract not saved")
        data = read_form(self, title, self.data)
        if data is None:
            return
        label = translate("ContractEditor", "Saving contract")
        if self.view is None:
            store_and_close(self, title, label, create_contract, self.db, self.actor, data)
        else:
            store_and_close(self, title, label, update_contract, self.db, self.actor,
                            self.view.id, data, expected_version=self.view.version)  # fmt: skip
