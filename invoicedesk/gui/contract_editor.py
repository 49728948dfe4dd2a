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
from invoicedesk.gui import dialogs
from invoicedesk.gui.collective_view import parse_decimal
from invoicedesk.gui.style import apply_style
from invoicedesk.gui.tasks import run_task
from invoicedesk.services.contracts import (
    ContractInput,
    ContractLineInput,
    ContractView,
    create_contract,
    update_contract,
)
from invoicedesk.services.customers import CustomerChoice, find_customers
from invoicedesk.store.database import Database

LINE_COLUMNS = ("Article", "Description", "Qty", "Unit", "Unit price", "VAT %")


def _date_edit(value: QDate) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
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
        self.setWindowTitle(f"Contract {view.number}" if view else "New service contract")
        self.resize(760, 520)
        apply_style(self)
        self.customer = QComboBox()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("e.g. Wartungsvertrag Klimaanlage")
        self.start = _date_edit(QDate.currentDate().addDays(1 - QDate.currentDate().day()))
        self.has_end = QCheckBox("ends on")
        self.end = _date_edit(QDate.currentDate().addYears(2))
        self.end.setEnabled(False)
        self.has_end.toggled.connect(self.end.setEnabled)
        self.interval = QComboBox()
        for months, label in INTERVAL_LABELS.items():
            self.interval.addItem(label, months)
        self.billing = QComboBox()
        self.billing.addItem("in advance (first day of the period)", Billing.ADVANCE.value)
        self.billing.addItem("in arrears (after the period)", Billing.ARREARS.value)
        self.email = QLineEdit()
        self.email.setPlaceholderText("the customer's address unless given")
        form = QFormLayout()
        form.addRow("Customer", self.customer)
        form.addRow("Title", self.title_edit)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(self.has_end)
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow("Starts on", dates)
        form.addRow("Interval", self.interval)
        form.addRow("Billing", self.billing)
        form.addRow("Invoice e-mail", self.email)
        self.lines = QTableWidget(0, len(LINE_COLUMNS))
        self.lines.setObjectName("contractLines")
        self.lines.setHorizontalHeaderLabels(LINE_COLUMNS)
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        add, remove = QPushButton("Add line"), QPushButton("Remove line")
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
            f"{line.quantity.normalize():f}",
            line.unit,
            f"{line.unit_price:.2f}",
            f"{line.vat_rate.normalize():f}",
        ]
        for col, text in enumerate(values):
            self.lines.setItem(row, col, QTableWidgetItem(text))

    def data(self) -> ContractInput:
        """The form's content (raises ValidationError on unreadable numbers or no customer)."""
        if self.customer.currentData() is None:
            raise ValidationError("Choose the customer first.")
        lines = []
        for i in range(self.lines.rowCount()):
            items = [self.lines.item(i, c) for c in range(len(LINE_COLUMNS))]
            cell = [item.text() if item is not None else "" for item in items]
            lines.append(
                ContractLineInput(
                    article_no=cell[0].strip() or None,
                    description=cell[1],
                    quantity=parse_decimal(cell[2], f"Line {i + 1}, quantity"),
                    unit=cell[3].strip() or "C62",
                    unit_price=parse_decimal(cell[4], f"Line {i + 1}, price"),
                    vat_rate=parse_decimal(cell[5], f"Line {i + 1}, VAT"),
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
        try:
            data = self.data()
        except ValidationError as exc:
            dialogs.show_error(self, "Contract not saved", str(exc))
            return
        if self.view is None:
            run_task(
                create_contract,
                self.db,
                self.actor,
                data,
                on_done=self._saved,
                on_error=self._failed,
                owner=self,
                label="Saving contract",
            )
        else:
            run_task(
                update_contract,
                self.db,
                self.actor,
                self.view.id,
                data,
                expected_version=self.view.version,
                on_done=self._saved,
                on_error=self._failed,
                owner=self,
                label="Saving contract",
            )

    def _saved(self, view: ContractView) -> None:
        self.saved = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        dialogs.show_error(self, "Contract not saved", dialogs.error_text(exc))
