"""The reconciliation view: statement lines that wait on the left, the cases each may pay on
the right with the reason of every proposal; *Book* (accept the proposal, choose other cases
by searching, or split the amount over several), *No invoice* (fees, interest, unrelated).

The lines are filtered in SQL (state, dates, amount, text: :class:`LineFilterBar`) and read a
page at a time as the list is scrolled (:mod:`invoicedesk.services.payments.line_pages`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
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
from invoicedesk.gui.common import dialogs, formats
from invoicedesk.gui.common.core_messages import core_text
from invoicedesk.gui.common.formats import parse_decimal
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, translate
from invoicedesk.gui.common.style import set_empty_text
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.extensions import DeskWindow
from invoicedesk.gui.payments.line_filter_bar import LineFilterBar
from invoicedesk.services.payments.line_pages import PAGE, LineFilter, count_lines, fetch_lines
from invoicedesk.services.payments.listing import WAITING, LineRow
from invoicedesk.services.payments.reconcile import (
    CandidateCase,
    book_statement_line,
    candidates,
    ignore_line,
)

_EDITABLE = Qt.ItemFlag.ItemIsEditable
#: the next page is read when the list is scrolled this close to its end (rows)
_NEAR_END = 20
_STATE_TEXTS = {
    "proposed": QT_TRANSLATE_NOOP("Reconcile", "proposed"),
    "unmatched": QT_TRANSLATE_NOOP("Reconcile", "unmatched"),
    "booked": QT_TRANSLATE_NOOP("Reconcile", "booked"),
    "ignored": QT_TRANSLATE_NOOP("Reconcile", "no invoice"),
}


def _money(value: Decimal) -> str:
    return formats.amount(value)


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
        self.total = 0
        self.more = False
        self.loading = False
        self.generation = 0
        lay = QVBoxLayout(self)
        self.summary = QLabel()
        lay.addWidget(self.summary)
        self.filter_bar = LineFilterBar(self)
        self.filter_bar.changed.connect(lambda _flt: self.reload())
        lay.addWidget(self.filter_bar)
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
        self.lines.verticalScrollBar().valueChanged.connect(self._scrolled)
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
        """Read the lines of the filter again, from the first page."""
        self.generation += 1
        generation, flt = self.generation, self.filter_bar.current()
        self.loading = True
        run_task(
            _first_page,
            self.window_.db,
            flt,
            on_done=lambda page: self._show_first(generation, page),
            on_error=self._failed,
            owner=self,
        )

    def _show_first(self, generation: int, page: tuple[int, list[LineRow]]) -> None:
        if generation != self.generation:
            return  # a newer filter was asked for meanwhile
        self.loading = False
        self.total, rows = page
        self.lines_data = []
        self.lines.setRowCount(0)
        self._append(rows)
        self.lines.clearSelection()
        self._show_candidates([])
        if rows:
            self.lines.selectRow(0)

    def _scrolled(self, value: int) -> None:
        bar = self.lines.verticalScrollBar()
        per_pixel = self.lines.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
        row = self.lines.verticalHeader().defaultSectionSize() if per_pixel else 1
        near = bar.maximum() - value <= _NEAR_END * max(1, row)
        if self.more and not self.loading and near:
            self.load_more()

    def load_more(self) -> None:
        """Read the next page of lines (as the list is scrolled to its end)."""
        if not self.lines_data or not self.more:
            return
        last = self.lines_data[-1]
        generation = self.generation
        self.loading = True
        run_task(
            fetch_lines,
            self.window_.db,
            self.filter_bar.current(),
            (last.booking_date, last.line_id),
            on_done=lambda rows: self._more(generation, rows),
            on_error=self._failed,
            owner=self,
        )

    def _more(self, generation: int, rows: list[LineRow]) -> None:
        if generation == self.generation:
            self.loading = False
            self._append(rows)

    def _append(self, rows: list[LineRow]) -> None:
        start = len(self.lines_data)
        self.lines_data.extend(rows)
        self.more = len(rows) == PAGE
        self.lines.setRowCount(len(self.lines_data))
        for n, row in enumerate(rows, start=start):
            self.lines.setItem(n, 0, _item(formats.date_text(row.booking_date)))
            self.lines.setItem(n, 1, _item(f"{_money(row.amount)} {row.currency}", True))
            self.lines.setItem(n, 2, _item(row.name))
            text = _item((row.reference or row.end_to_end_id)[:120])
            text.setToolTip(row.reference or row.end_to_end_id)
            self.lines.setItem(n, 3, text)
            self.lines.setItem(
                n, 4, _item(translate("Reconcile", _STATE_TEXTS.get(row.state, row.state)))
            )
        self._summarise()

    def _summarise(self) -> None:
        if len(self.lines_data) < self.total:
            text = translate("Reconcile", "{shown} of {count} statement lines (scroll for more).")
        else:
            text = translate("Reconcile", "{count} statement lines.")
        self.summary.setText(text.format(shown=len(self.lines_data), count=self.total))

    def current_line(self) -> LineRow | None:
        """The selected statement line."""
        rows = self.lines.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.lines_data):
            return None
        return self.lines_data[rows[0].row()]

    def _line_chosen(self) -> None:
        line = self.current_line()
        waiting = line is not None and line.state in WAITING
        for widget in (self.book_button, self.ignore_button, self.search):
            widget.setEnabled(waiting)
        if line is None or not waiting:
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
        """A line was booked or marked: with the waiting lines shown it leaves the list and the
        next one is chosen; otherwise the list is read again."""
        self.window_.refresh()
        rows = self.lines.selectionModel().selectedRows()
        if not rows or not set(self.filter_bar.current().states) <= set(WAITING):
            self.reload()
            return
        n = rows[0].row()
        del self.lines_data[n]
        self.total -= 1
        self.lines.removeRow(n)
        self._summarise()
        if self.lines_data:
            self.lines.selectRow(min(n, len(self.lines_data) - 1))
        self._line_chosen()  # the removal may have moved the selection without a signal

    def _failed(self, exc: BaseException) -> None:
        dialogs.show_error(self, self.windowTitle(), dialogs.error_text(exc))


def _first_page(db: Any, flt: LineFilter) -> tuple[int, list[LineRow]]:
    """How many lines the filter finds, and the first page of them."""
    return count_lines(db, flt), fetch_lines(db, flt)
