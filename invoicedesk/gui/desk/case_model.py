"""The case table's model: a window of pages over a sorted, filtered SQL result.

The model never holds all rows. It knows the row count and keeps at most
:data:`MAX_PAGES` pages of :data:`PAGE_SIZE` rows; a page is fetched (one indexed query) the
first time one of its rows is painted. Sorting, filtering and searching change the SQL, never a
proxy model. Counting a large result can be slow, so the count runs in the background: until
it arrives, the table shows the first page.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from invoicedesk.gui.common import formats
from invoicedesk.gui.common.domain_labels import pending_text, status_text
from invoicedesk.gui.common.i18n import QT_TRANSLATE_NOOP, desk_locale, translate
from invoicedesk.gui.common.tasks import run_task
from invoicedesk.gui.desk.delegates import marked_pixmap
from invoicedesk.store.case_query import (
    PAGE_SIZE,
    CaseFilter,
    CaseRow,
    count_rows,
    fetch_page,
)
from invoicedesk.store.database import Database

#: (key, header title, sort key in SQL)
COLUMNS: list[tuple[str, str, str]] = [
    ("status", QT_TRANSLATE_NOOP("CaseTable", "Status"), "status"),
    ("number", QT_TRANSLATE_NOOP("CaseTable", "Number"), "number"),
    ("direction", QT_TRANSLATE_NOOP("CaseTable", "Dir"), "direction"),
    ("party", QT_TRANSLATE_NOOP("CaseTable", "Party"), "party"),
    ("gross", QT_TRANSLATE_NOOP("CaseTable", "Gross"), "gross"),
    ("due_date", QT_TRANSLATE_NOOP("CaseTable", "Due"), "due_date"),
    ("pending", QT_TRANSLATE_NOOP("CaseTable", "Next step"), "pending_action"),
    ("created", QT_TRANSLATE_NOOP("CaseTable", "Created"), "created_at"),
]
COLUMN_INDEX = {key: i for i, (key, _t, _s) in enumerate(COLUMNS)}
_STATUS_COLUMN = COLUMN_INDEX["status"]
_GROSS_COLUMN = COLUMN_INDEX["gross"]
_DUE_COLUMN = COLUMN_INDEX["due_date"]
_ALIGN_RIGHT_INT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_ALIGN_LEFT_INT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
MAX_PAGES = 25
#: the count starts after the first page is painted (it competes for the CPU otherwise)
COUNT_DELAY_MS = 40
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor("#b91c1c")
AnyIndex = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _ALIGN, _DECORATION, _FOREGROUND, _TOOLTIP, ROW_ROLE})


class CaseTableModel(QAbstractTableModel):
    """Rows of the case table, fetched page by page from the database."""

    #: total rows, and whether the number is final (False while counting)
    count_changed = Signal(int, bool)
    #: the rows were reloaded (filter, sort or refresh)
    reloaded = Signal()

    def __init__(self, db: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self.db = db
        self.filter = CaseFilter()
        self.sort_key = "created_at"
        self.descending = True
        self._total = 0
        self._exact = True
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._texts: dict[int, tuple[str, ...]] = {}
        self._generation = 0
        self._locale = desk_locale()
        self._out = translate("CaseTable", "out")
        self._in = translate("CaseTable", "in")
        self._font = QFont()

    # --- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows known so far (the final count once the background count is done)."""
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Fixed set of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("CaseTable", COLUMNS[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][0] == "gross":
                # centred: right-aligned, the sort arrow would sit on the title
                return int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell text, status label, alignment, colours; ``ROW_ROLE`` gives the :class:`CaseRow`.

        Qt's own delegate paints every cell; it asks for a dozen roles per cell, so the
        unhandled ones leave at the first test.
        """
        if role not in _ROLES or not index.isValid():
            return None
        column = index.column()
        if role == _DISPLAY:
            return "" if column == _STATUS_COLUMN else self._texts_of(index.row())[column]
        if role == _ALIGN:
            return _ALIGN_RIGHT_INT if column == _GROSS_COLUMN else _ALIGN_LEFT_INT
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == _DECORATION:
            if column != _STATUS_COLUMN:
                return None
            return marked_pixmap(row.status, case_marks(row), self._font)
        if role == ROW_ROLE:
            return row
        if role == _FOREGROUND:
            return OVERDUE_COLOR if column == _DUE_COLUMN and self._overdue(row) else None
        if role == _TOOLTIP:
            if column == _STATUS_COLUMN:
                return "\n".join([status_text(row.status), *marks_text(row)])
            if column == COLUMN_INDEX["party"]:
                return row.party
            if column == COLUMN_INDEX["pending"]:  # the full text when the column elides it
                return pending_text(row.pending_action)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by the column's sort key (the count stays, only pages are dropped)."""
        self.set_sort(COLUMNS[column][2], order == Qt.SortOrder.DescendingOrder)

    # --- rows ---------------------------------------------------------------------------

    def row_at(self, row: int) -> CaseRow | None:
        """The row at a position, fetching its page when needed."""
        if not 0 <= row < self._total:
            return None
        page_no, pos = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[pos] if pos < len(page) else None

    def _texts_of(self, row_no: int) -> tuple[str, ...]:
        """All cell texts of a row, formatted once and cached while its page is cached."""
        texts = self._texts.get(row_no)
        if texts is None:
            row = self.row_at(row_no)
            if row is None:
                return ("",) * len(COLUMNS)
            texts = tuple(self._text(row, key) for key, _t, _s in COLUMNS)
            if len(self._texts) > MAX_PAGES * PAGE_SIZE:
                self._texts.clear()
            self._texts[row_no] = texts
        return texts

    def row_of_case(self, case_id: int) -> int | None:
        """Position of a case among the loaded pages (None when not loaded)."""
        for page_no, page in self._pages.items():
            for pos, r in enumerate(page):
                if r.id == case_id:
                    return page_no * PAGE_SIZE + pos
        return None

    def _clear_cache(self) -> None:
        self._pages.clear()
        self._texts.clear()

    def _load_page(self, page_no: int) -> list[CaseRow]:
        with self.db.read() as s:
            page = fetch_page(
                s,
                self.filter,
                sort=self.sort_key,
                descending=self.descending,
                offset=page_no * PAGE_SIZE,
                total=self._total if self._exact else None,
            )
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
            self._texts.clear()
        return page

    # --- changes ------------------------------------------------------------------------

    def set_filter(self, flt: CaseFilter) -> None:
        """Show the cases matching ``flt`` (first page now, count in the background)."""
        self.filter = flt
        self._restart(count_again=True)

    def set_sort(self, key: str, descending: bool) -> None:
        """Change the order; the number of rows stays the same."""
        self.sort_key, self.descending = key, descending
        self._restart(count_again=not self._exact)

    def refresh(self) -> None:
        """Drop the cached pages and recount (another workstation changed cases)."""
        self._generation += 1
        self._clear_cache()
        if self._total:
            last = self.index(self._total - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self._count_in_background(self._generation)

    def _restart(self, *, count_again: bool) -> None:
        self._generation += 1
        self.beginResetModel()
        self._clear_cache()
        if count_again:
            first = self._fetch_first()
            self._exact = len(first) < PAGE_SIZE
            self._total = len(first)
        else:
            self._load_page(0)
        self.endResetModel()
        self.reloaded.emit()
        self.count_changed.emit(self._total, self._exact)
        if not self._exact:
            self._count_in_background(self._generation)

    def _fetch_first(self) -> list[CaseRow]:
        with self.db.read() as s:
            first = fetch_page(s, self.filter, sort=self.sort_key, descending=self.descending)
        self._pages[0] = first
        return first

    def _count_in_background(self, generation: int) -> None:
        run_task(
            _count,
            self.db,
            self.filter,
            on_done=lambda n: self._apply_count(generation, n),
            label=translate("CaseTable", "Counting cases"),
            owner=self,
            delay_ms=COUNT_DELAY_MS,
        )

    def _apply_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return  # a newer filter or refresh is on its way
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self._clear_cache()
            self.endRemoveRows()
        self._exact = True
        self.count_changed.emit(self._total, True)

    @property
    def count_is_exact(self) -> bool:
        """False while the background count is still running."""
        return self._exact

    # --- formatting ---------------------------------------------------------------------

    def money(self, amount: Any, currency: str) -> str:
        """An amount in the user's locale: ``1.190,00 EUR`` / ``1,190.00 EUR``."""
        return formats.money(amount, currency)

    def short_date(self, value: date | None) -> str:
        """A date in the locale's short format."""
        return formats.date_text(value)

    def _text(self, row: CaseRow, key: str) -> str:
        if key == "status":
            return status_text(row.status)
        if key == "number":
            return row.number or "—"
        if key == "direction":
            return self._out if row.direction == "out" else self._in
        if key == "party":
            return row.party or "—"
        if key == "gross":
            if row.payment_status == "partial":
                return translate("CaseTable", "paid {paid} of {gross}").format(
                    paid=formats.amount(row.paid_amount),
                    gross=self.money(row.gross, row.currency),
                )
            return self.money(row.gross, row.currency)
        if key == "due_date":
            return self.short_date(row.due_date)
        if key == "pending":
            return pending_text(row.pending_action)
        created = self.short_date(row.created_at.astimezone().date())
        return f"{created} · {row.created_by_initials or 'SYS'}"

    @staticmethod
    def _overdue(row: CaseRow) -> bool:
        return (
            row.due_date is not None
            and row.payment_status != "paid"
            and row.due_date < date.today()
            and row.status in ("sent", "overdue", "send_failed", "issued")
        )


def case_marks(row: CaseRow) -> tuple[str, ...]:
    """The badges of a case after its status label: an outgoing case's e-mail held for a
    usable mail server; an incoming case read completely, validation findings, duplicate."""
    if row.direction != "in":
        return ("held",) if row.mail_held else ()
    marks: tuple[str, ...] = (
        ("complete",) if row.readout == "complete" and row.status == "ready" else ()
    )
    if row.findings:
        marks += ("findings",)
    if row.duplicate_of_id is not None and row.status not in ("archived", "booked"):
        marks += ("duplicate",)
    return marks


def marks_text(row: CaseRow) -> list[str]:
    """The badges of a case in words (the status column's tooltip)."""
    texts = []
    marks = case_marks(row)
    if "held" in marks:
        texts.append(
            "✉ " + translate("CaseTable", "an e-mail waits for the mail server; see the details")
        )
    if "complete" in marks:
        texts.append("✓ " + translate("CaseTable", "read completely"))
    elif row.direction == "in" and row.readout == "check" and row.status == "ready":
        texts.append(translate("CaseTable", "check fields"))
    if "findings" in marks:
        texts.append(
            "⚠ " + translate("CaseTable", "validation findings: {count}").format(count=row.findings)
        )
    if "duplicate" in marks:
        texts.append(
            "❐ "
            + translate("CaseTable", "possible duplicate of case {id}").format(
                id=row.duplicate_of_id
            )
        )
    return texts


def _count(db: Database, flt: CaseFilter) -> int:
    with db.read() as s:
        return count_rows(s, flt)
