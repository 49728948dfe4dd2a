"""The reconciliation view: statement lines that wait on the left, the cases each may pay on
the right with the reason of every proposal; *Book* (accept the proposal, choose other cases
by searching, or split the amount over several), *No invoice* (fees, interest, unrelated).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.domain.errors import ValidationError
from invoicedesk.gui.common import dialogs
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.common.i18n import translate
from invoicedesk.gui.common.style import set_empty_text
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.services.payments.listing import LineRow, list_lines
from invoicedesk.services.payments.reconcile import (
    CandidateCase,
    book_statement_line,
    candidates,
    ignore_line,
)

_EDITABLE = Qt.ItemFlag.ItemIsEditable


def _money(value: Decimal) -> str:
    return QLocale().toString(float(value), "f", 2)


def _item(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~_EDITABLE)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ReconcileView(QDialog):
    """The lines the matching did not book, and what a clerk makes of them."""

    def __init__(self, window: DeskWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("reconcile_view")
        self.setWindowTitle(translate("Reconcile", "Reconcile bank statements"))
        self.resize(1150, 560)
        self.lines_data: list[LineRow] = []
        self.cands: list[CandidateCase] = []
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        lay.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        lay.addWidget(split, 1)
        self.lines = _table(
            [
                translate("Reconcile", "Date"),
                translate("Reconcile", "Amount"),
                translate("Reconcile", "Payer / payee"),
                translate("Reconcile", "Remittance text"),
                translate("Reconcile", "State"),
            ]
        )
        self.lines.setObjectName("reconcile_lines")
        set_empty_text(
            self.lines,
            translate(
                "Reconcile", "No bank lines wait — import a bank statement from the File menu."
            ),
        )
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.lines.itemSelectionChanged.connect(self._line_chosen)
        split.addWidget(self.lines)
        right = QWidget()
        rlay = QVBoxLayout(right)
        rlay.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("reconcile_search")
        self.search.setPlaceholderText(
            translate("Reconcile", "Search an open invoice by number or party, then Enter")
        )
        self.search.returnPressed.connect(self._search)
        rlay.addWidget(self.search)
        self.cases = _table(
            [
                translate("Reconcile", "Invoice"),
                translate("Reconcile", "Party"),
                translate("Reconcile", "Open"),
                translate("Reconcile", "Book"),
                translate("Reconcile", "Why"),
            ]
        )
        self.cases.setObjectName("reconcile_candidates")
        rlay.addWidget(self.cases, 1)
        buttons = QHBoxLayout()
        self.book_button = QPushButton(translate("Reconcile", "Book to the ticked invoices"))
        self.book_button.setObjectName("reconcile_book")
        self.book_button.clicked.connect(self._book)
        self.ignore_button = QPushButton(translate("Reconcile", "No invoice"))
        self.ignore_button.setObjectName("reconcile_ignore")
        self.ignore_button.clicked.connect(self._ignore)
        buttons.addStretch(1)
        buttons.addWidget(self.ignore_button)
        buttons.addWidget(self.book_button)
        rlay.addLayout(buttons)
        split.addWidget(right)
        split.setSizes([560, 590])
        self.reload()

    # --- loading ----------------------------------------------------------------------
    def reload(self) -> None:
        """Load the waiting lines again."""
        run_task(
            list_lines, self.window_.db, on_done=self._show_lines, on_error=self._failed, owner=self
        )

    def _show_lines(self, rows: list[LineRow]) -> None:
        self.lines_data = rows
        self.lines.setRowCount(len(rows))
        for n, row in enumerate(rows):
            day = QLocale().toString(QDate(row.booking_date), QLocale.FormatType.ShortFormat)
            self.lines.setItem(n, 0, _item(day))
            self.lines.setItem(n, 1, _item(f"{_money(row.amount)} {row.currency}", True))
            self.lines.setItem(n, 2, _item(row.name))
            self.lines.setItem(n, 3, _item((row.reference or row.end_to_end_id)[:80]))
            state = (
                translate("Reconcile", "proposed")
                if row.state == "proposed"
                else translate("Reconcile", "unmatched")
            )
            self.lines.setItem(n, 4, _item(state))
        self.summary.setText(
            translate("Reconcile", "{count} statement lines wait for a decision.").format(
                count=len(rows)
            )
        )
        self.lines.clearSelection()
        self._show_candidates([])
        if rows:
            self.lines.selectRow(0)

    def current_line(self) -> LineRow | None:
        """The selected statement line."""
        rows = self.lines.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines_data):
            return None
        return self.lines_data[rows[0].row()]

    def _line_chosen(self) -> None:
        line = self.current_line()
        if line is None:
            self._show_candidates([])
            return
        run_task(
            candidates,
            self.window_.db,
            line.line_id,
            on_done=self._show_candidates,
            on_error=self._failed,
            owner=self,
        )

    def _search(self) -> None:
        line = self.current_line()
        if line is None:
            return
        run_task(
            candidates,
            self.window_.db,
            line.line_id,
            self.search.text(),
            on_done=self._show_candidates,
            on_error=self._failed,
            owner=self,
        )

    def _show_candidates(self, found: list[CandidateCase]) -> None:
        self.cands = found
        self.cases.setRowCount(len(found))
        proposal = bool(found) and all(c.score > 0 for c in found)
        for n, c in enumerate(found):
            number = _item(c.number)
            number.setFlags(number.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = proposal and (c.score >= 60 or len(found) == 1)
            number.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.cases.setItem(n, 0, number)
            self.cases.setItem(n, 1, _item(c.party_name))
            self.cases.setItem(n, 2, _item(_money(c.open_amount), True))
            amount = QTableWidgetItem(_money(c.amount))
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.cases.setItem(n, 3, amount)
            self.cases.setItem(n, 4, _item(f"{c.score} % · {core_text(c.reason)}"))

    # --- decisions --------------------------------------------------------------------
    def allocations(self) -> list[tuple[int, Decimal]]:
        """The ticked cases with the amount typed for each."""
        out = []
        for n, c in enumerate(self.cands):
            number, typed = self.cases.item(n, 0), self.cases.item(n, 3)
            if number is None or typed is None or number.checkState() != Qt.CheckState.Checked:
                continue
            amount = parse_decimal(typed.text(), translate("Reconcile", "Book"))
            out.append((c.case_id, amount))
        return out

    def _book(self) -> None:
        line = self.current_line()
        if line is None:
            return
        try:
            parts = self.allocations()
        except ValidationError as exc:
            self._failed(exc)
            return
        run_task(
            book_statement_line,
            self.window_.db,
            self.window_.actor,
            line.line_id,
            parts,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _ignore(self) -> None:
        line = self.current_line()
        if line is None:
            return
        run_task(
            ignore_line,
            self.window_.db,
            self.window_.actor,
            line.line_id,
            on_done=self._done,
            on_error=self._failed,
            owner=self,
        )

    def _done(self, _result: Any) -> None:
        self.window_.refresh()
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        dialogs.show_error(self, self.windowTitle(), dialogs.error_text(exc))
